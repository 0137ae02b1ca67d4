"""The ``settle`` step: codec repair once more, after the lossy folds of a search-style preset.

Case folding, quote straightening and diacritic stripping can turn leftover garbage into text
that *is* valid mojibake (``Ä»¡`` lower-cased is ``ä»¡``, UTF-8 for ``仡`` read as cp1252).
Without this step the next run of the preset would repair it, so the preset would not be
idempotent. ``settle`` runs the ``encoding`` step's codec repairs (the same engine, the same
rule ids) after those folds, and only when a fold changed something; when it repairs
something, the pipeline's folds run again on the result (at most ``rounds`` times), so the
output is both repaired and folded. After a Latin fold it also splits glued runs again (case
folding makes ASCII letters: ``ßء`` → ``ssء`` → ``ss ء``).

>>> from normtext import Pipeline
>>> Pipeline.from_config({"steps": {"latin": {"case": "lower"}, "settle": {}}})("000Ä»¡")
'000仡'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc
from ..encoding.repair import repair_codecs
from ..step import STAGE_LATIN, Step, register
from .encoding import EncodingStep

#: Rule families whose edits can create new mojibake.
FOLD_FAMILIES = ("latin/", "arabic/", "unicode/")


@dataclass(frozen=True)
class SettleOptions:
    #: C1 controls that stand for cp1252 punctuation are repaired too.
    c1_controls: bool = True
    #: repair-then-fold rounds at most (each only when the repair changed something)
    rounds: int = 3


@register
class SettleStep(Step):
    name = "settle"
    stage = STAGE_LATIN + 5
    purpose = ("Codec repair again after lossy folds (case, quotes, diacritics), so a "
               "search-style preset stays idempotent.")
    Options = SettleOptions
    rules = {rule: desc for rule, desc in EncodingStep.rules.items()
             if rule.startswith("mojibake/") or rule == "encoding/c1-control"}

    def setup(self) -> None:
        self._folds: tuple[Step, ...] = ()

    def attach(self, steps: tuple[Step, ...]) -> None:
        """Called by the pipeline: the fold steps (and glue splitting) that run before this one."""
        self._folds = tuple(s for s in steps if s.name in ("unicode", "segment", "arabic", "latin"))

    def __call__(self, doc: Doc) -> Doc:
        if not any(rule.startswith(FOLD_FAMILIES) for rule in doc.changes):
            return doc
        if any(rule.startswith("latin/") for rule in doc.changes):
            # case folding can make ASCII letters (ß → ss, ﬁ → fi) glued to an Arabic word
            # that the segment step, which ran before, could not see: split them now
            for step in self._folds:
                if step.name == "segment":
                    step.split_glued(doc)  # segments already present are carried through
        for _ in range(max(self.options.rounds, 1)):
            if not repair_codecs(doc, c1_controls=self.options.c1_controls):
                break
            for step in self._folds:
                step(doc)
        return doc
