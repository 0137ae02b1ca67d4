"""The ``segment`` step: script (or language) runs on the Doc, and glued runs split apart.

- ``segment/split-glued``: one space where a Latin letter or sentence-final punctuation is
  immediately followed by an Arabic letter, and where an Arabic word is immediately followed by
  a Latin letter; never after a proclitic (``وExcel``, ``الـiPhone``), never before punctuation,
  never inside URLs, e-mail addresses, hashtags or handles (:mod:`normtext.segmentation.glue`).

Then ``doc.segments`` holds the runs of ``specs/segmentation.md`` over the current text (URLs
and e-mails as ``kind="url"`` segments); they follow every later edit, so language-specific
steps can act on their own runs only (:func:`normtext.segmentation.label_spans`).

>>> from normtext import Pipeline
>>> result = Pipeline.from_config({"steps": {"segment": {}}}).process("Al-Ghad reported.اضافة اعلان")
>>> result.text, [(s.label, result.text[s.start:s.end]) for s in result.segments]
('Al-Ghad reported. اضافة اعلان', [('en', 'Al-Ghad reported.'), ('neutral', ' '), ('ar', 'اضافة اعلان')])
>>> dict(result.changes)
{'segment/split-glued': 1}
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..doc import Doc
from ..segmentation import segment
from ..segmentation.glue import glue_points, may_have_glue
from ..step import STAGE_SEGMENT, Step, register

SPLIT_GLUED = "segment/split-glued"


@dataclass(frozen=True)
class SegmentOptions:
    #: ``script`` (exact, fast; the default preset) or ``lang`` (also French, Arabizi, Persian, …).
    view: Literal["script", "lang"] = "script"
    #: Insert one space between glued Arabic and Latin runs.
    split_glued: bool = True


@register
class SegmentStep(Step):
    name = "segment"
    stage = STAGE_SEGMENT
    purpose = "Script or language runs on the Doc; one space between glued Arabic and Latin runs."
    Options = SegmentOptions
    rules = {
        SPLIT_GLUED: "one space between a Latin letter or sentence-final punctuation and a glued "
                     "Arabic letter, and between an Arabic word (not a proclitic) and a glued Latin "
                     "letter; never inside URLs, e-mails, hashtags or handles",
    }

    def setup(self) -> None:
        self._needed_later = True

    def attach(self, steps: tuple[Step, ...]) -> None:
        """Called by the pipeline: are segments read by a later step, or only reported?"""
        self._needed_later = any(s.uses_segments() for s in steps if s.stage > self.stage)

    quiet_cost = 3

    def quiet(self, text: str) -> bool:
        """No glue candidate, and no later step routes by the segments (``pipe()`` does not
        return them; a step that routes by them needs them computed)."""
        if self._needed_later:
            return False
        return not self.options.split_glued or not may_have_glue(text)

    def annotate_quiet(self, doc: Doc) -> None:
        if doc.track:
            doc.segments = segment(doc.text, self.options.view)
            doc.meta["segment_view"] = self.options.view

    def split_glued(self, doc: Doc) -> int:
        """Insert the glue spaces (no segmentation); returns the number of edits."""
        if not self.options.split_glued:
            return 0
        points = glue_points(doc.text)
        return doc.replace([(p, p, " ", SPLIT_GLUED) for p in points]) if points else 0

    def __call__(self, doc: Doc) -> Doc:
        self.split_glued(doc)
        # ``pipe(text)`` returns text only: segments that no later step routes by are skipped
        if doc.track or self._needed_later:
            doc.segments = segment(doc.text, self.options.view)
            doc.meta["segment_view"] = self.options.view  # for a step that must segment again
        return doc
