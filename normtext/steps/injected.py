"""The ``injected`` step: detect injected fragments and page furniture, then remove, tag or keep.

Detection (:mod:`normtext.injected.detect`) matches the lexicon (built-in
``normtext/injected/lexicon.toml`` plus users' files given in ``lexicons``) on a folded view
of the text, judges each cue in context (anchor, guards), and adds the structural rules
(cue + payload, caption + credit, document trailers, script switches). Each detection becomes
one span (``doc.add_span``) with its label, rule id ``injected/<label>`` and confidence.

Actions, from the same detections:

- ``remove``: spans with ``confidence >= min_confidence`` are deleted (the span's ``start ==
  end`` afterwards) and the whitespace repaired (``injected/whitespace``): one space where text
  remains on both sides of a line, an emptied line dropped, spaces collapsed in touched lines,
  at most one blank line; detection runs again on the result until it finds nothing (a
  fragment hidden behind another, at most ``MAX_ROUNDS``), so a second run changes nothing;
- ``tag`` / ``keep``: the text is left alone; exactly the spans ``remove`` would remove are
  reported (``tag`` is for outputs that mark them, e.g. the CLI's ``⟦label⟧…⟦/label⟧``).

With ``report_candidates``, lower-confidence candidates (``>= candidate_floor``) are reported
as spans too, never removed. ``doc.meta["injected"]`` counts the acted-on spans per label.

Rules: ``injected/ad_placeholder``, ``injected/read_more``, ``injected/related_links``,
``injected/photo_credit``, ``injected/share_follow``, ``injected/site_trailer``,
``injected/site_tag``, ``injected/ui_chrome`` (spans and their deletions) and
``injected/whitespace`` (repairs after a removal).

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_config({"steps": {"injected": {}}})
>>> pipe("Al-Ghad reported.اضافة اعلان\\n\\nThe official said so.")
'Al-Ghad reported.\\n\\nThe official said so.'
>>> r = Pipeline.from_config({"steps": {"injected": {"action": "tag"}}}).process("x.اضافة اعلان")
>>> [(s.label, r.text[s.start:s.end]) for s in r.spans]
[('ad_placeholder', 'اضافة اعلان')]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from ..doc import Doc
from ..injected.detect import detect, has_cue
from ..injected.fold import FoldedView
from ..injected.lexicon import LABELS, RUN_TIMEOUT, Lexicon, lexicon_for_site, load_lexicon
from ..injected.remove import REPAIR_RULE, remove_spans
from ..options import PATH_OPTION
from ..segmentation import segment
from ..step import STAGE_INJECTED, Step, register
from ..types import Span

#: Detect-and-remove rounds at most (a second round is rare, a third almost never needed).
MAX_ROUNDS = 4


@dataclass(frozen=True)
class InjectedOptions:
    #: what the detections do to the text
    action: Literal["remove", "tag", "keep"] = "remove"
    #: users' lexicon files (TOML or JSON, the format of ``normtext/injected/lexicon.toml``);
    #: in a config file, relative paths resolve against the file's folder
    lexicons: tuple[str, ...] = field(default=(), metadata=PATH_OPTION)
    #: detections at or above this confidence are acted on (removed, or reported by tag/keep)
    min_confidence: float = 0.7
    #: also report lower-confidence candidates as spans (never removed)
    report_candidates: bool = False
    #: candidates below this confidence are not reported at all
    candidate_floor: float = 0.3
    #: labels acted on (default: all); others are not reported
    labels: tuple[str, ...] = LABELS


@register
class InjectedStep(Step):
    name = "injected"
    stage = STAGE_INJECTED
    purpose = "Detect injected fragments (ad slots, read-more blocks, credits, trailers…); remove, tag or keep."
    Options = InjectedOptions
    rules = {
        **{f"injected/{label}": f"a {label.replace('_', ' ')} fragment (span; deleted by remove)"
           for label in LABELS},
        REPAIR_RULE: "whitespace repaired where a fragment was removed",
    }

    def setup(self) -> None:
        o = self.options
        if not 0 <= o.min_confidence <= 1 or not 0 <= o.candidate_floor <= 1:
            raise ValueError("injected.min_confidence and injected.candidate_floor take a number in 0..1")
        bad = sorted(set(o.labels) - set(LABELS))
        if bad:
            raise ValueError(f"invalid label(s) {', '.join(bad)} for option injected.labels; "
                             f"valid: {', '.join(LABELS)}")
        self._files = tuple(o.lexicons)
        # every entry (site-scoped ones too): what the quiet test and site-less documents use
        self._lexicon = load_lexicon(self._files)
        self._labels = frozenset(o.labels)
        # script-switch candidates (confidence 0.5) matter only when they can be reported or acted on
        self._candidates = o.report_candidates or o.min_confidence <= 0.5
        self._routed_later = True

    def attach(self, steps: tuple[Step, ...]) -> None:
        """Called by the pipeline: does a later step route by segments (then they are computed
        again after a removal; otherwise the carried-through ones are kept)?"""
        self._routed_later = any(s.uses_segments() for s in steps if s.stage > self.stage)

    quiet_cost = 4

    def quiet(self, text: str) -> bool:
        """No cue in the text: nothing to remove, and no span to report (whatever the action;
        the cues of every site count, so the answer holds for a document of any site)."""
        return not self._candidates and not has_cue(text, self._lexicon)

    def __call__(self, doc: Doc) -> Doc:
        o = self.options
        info: dict = {}
        lex = lexicon_for_site(self._files, doc.meta.get("site"))
        found = detect(doc.text, lex, candidates=self._candidates, info=info)
        if not found:
            return doc
        acted = [d for d in found if d.label in self._labels and d.confidence >= o.min_confidence]
        # look again after removing only if some cue was set aside, or a new one may show
        recheck = info.get("rejected", False) or len(acted) < len(found)
        candidates = [d for d in found if d.label in self._labels and o.report_candidates
                      and o.candidate_floor <= d.confidence < o.min_confidence]
        for d in candidates:  # reported, never removed (carried through the removals below)
            doc.add_span(d.start, d.end, d.label, f"injected/{d.label}", d.confidence)
        if o.action == "remove":
            spans = self._remove_until_stable(doc, lex, acted, recheck)
            if spans and doc.segments is not None and self._routed_later:
                # runs that met where a fragment was cut out are labelled anew (a dash left
                # between two Arabic runs is no longer part of one): later folds route by them
                doc.segments = segment(doc.text, doc.meta.get("segment_view", "script"))
        elif acted:
            # tag / keep: report exactly what remove would remove, found on a scratch copy
            scratch = Doc(doc.text, track=True)
            spans = [doc.add_span(s.source_start, s.source_end, s.label, s.rule, s.confidence)
                     for s in self._remove_until_stable(scratch, lex, acted, recheck)]
        else:
            spans = []
        if spans:
            counts = doc.meta.get("injected")
            if counts is None:
                counts = doc.meta["injected"] = Counter()
            for span in spans:
                counts[span.label] += 1
        return doc

    def _remove_until_stable(self, doc: Doc, lex: Lexicon, acted: list, recheck: bool) -> list[Span]:
        """Remove the detections, then detect again on the result until nothing is left
        (a fragment hidden behind another one is found in the next round), so the output is
        stable under a second run. Spans overlapping in the input are merged into the first.

        The next round runs when the last one set a cue aside, or when a cue shows in the
        lines around a removal (the only places where the text changed)."""
        o = self.options
        spans: list[Span] = []
        for _ in range(MAX_ROUNDS):
            if not acted:
                break
            new = [doc.add_span(d.start, d.end, d.label, f"injected/{d.label}", d.confidence) for d in acted]
            remove_spans(doc, new)
            spans.extend(new)
            joined = [s.start for s, d in zip(new, acted, strict=True) if d.kind == "partial"]
            if not recheck and not (joined and _cue_near(lex, doc.text, joined)):
                break
            info: dict = {}
            found = detect(doc.text, lex, info=info)
            acted = [d for d in found if d.label in self._labels and d.confidence >= o.min_confidence]
            recheck = info.get("rejected", False) or len(acted) < len(found)
        return _merge_overlapping(doc, spans)



def _cue_near(lex: Lexicon, text: str, points: list[int]) -> bool:
    """Whether a lexicon cue shows on the lines where part of a line was removed (the only
    places where text came together: whole-line removals join nothing)."""
    for p in points:
        start = text.rfind("\n", 0, p) + 1
        end = text.find("\n", p)
        view = FoldedView(text[start:len(text) if end < 0 else end]).text
        if lex.line_pattern.search("\n" + view) or lex.free_pattern.search(view) or (
                lex.user_pattern is not None and lex.user_pattern.search(view, timeout=RUN_TIMEOUT)):
            return True
    return False


def _merge_overlapping(doc: Doc, spans: list[Span]) -> list[Span]:
    """Spans whose input ranges overlap or touch become one (the earlier keeps its label)."""
    if len(spans) < 2:
        return spans
    spans = sorted(spans, key=lambda s: (s.source_start, -s.source_end))
    out: list[Span] = []
    for s in spans:
        if out and s.source_start < out[-1].source_end:
            out[-1].source_end = max(out[-1].source_end, s.source_end)
            doc.spans[:] = [x for x in doc.spans if x is not s]
            continue
        out.append(s)
    return out
