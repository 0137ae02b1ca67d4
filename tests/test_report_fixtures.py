"""Corpus and stand-in annotators for the report tests.

The report draws spans and segments whatever step produced them. So that its tests do not
depend on what the real detectors find today, two small unregistered steps stand in: one
tags or removes fragments from a fixed lexicon (through ``doc.add_span`` and ``doc.replace``,
as a detector step does), one lays script segments over the final text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

import regex

import normtext
from normtext import Pipeline
from normtext.doc import Doc
from normtext.step import REGISTRY, STAGE_INJECTED, Step

CORPUS = normtext.__file__.rsplit("/", 2)[0] + "/tests/data/report/corpus.jsonl"

#: fragment -> label, for the stand-in detector
LEXICON = {
    "اضافة اعلان": "ad_placeholder",
    "Read more Region and World\nJordan News": "site_trailer",
    "اقرأ أيضا: أسعار الوقود ترتفع للشهر الثالث": "read_more",
}


@dataclass(frozen=True)
class FragmentOptions:
    action: Literal["remove", "tag", "keep"] = "remove"


class LexiconFragments(Step):
    """Stand-in detector: the strings of :data:`LEXICON`, removed or tagged."""

    name = "test-fragments"
    stage = STAGE_INJECTED
    Options = FragmentOptions
    rules = {f"injected/{label}": label for label in LEXICON.values()}
    _pattern = regex.compile("|".join(regex.escape(k) for k in LEXICON))

    def __call__(self, doc: Doc) -> Doc:
        found = list(self._pattern.finditer(doc.text))
        for m in found:
            doc.add_span(m.start(), m.end(), LEXICON[m.group()], f"injected/{LEXICON[m.group()]}", 0.93)
        if self.options.action == "remove":
            doc.replace([(m.start(), m.end(), "", f"injected/{LEXICON[m.group()]}") for m in found])
        return doc


class ScriptSegments(Step):
    """Stand-in segmenter: script runs of the final text (``normtext.segment``)."""

    name = "test-segments"
    stage = 99

    def __call__(self, doc: Doc) -> Doc:
        doc.segments = normtext.segment(doc.text)
        return doc


def corpus() -> list[dict]:
    with open(CORPUS, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def pipeline(action: str = "remove") -> Pipeline:
    """The ``light`` preset, the ``arabic`` step's defaults (tatweel) where it exists, and the
    stand-in detector and segmenter: a pipeline whose output these tests can rely on."""
    base = Pipeline.from_preset("light")
    steps = list(base.steps)
    if "arabic" in REGISTRY:
        steps.append(REGISTRY["arabic"]())
    return Pipeline([*steps, LexiconFragments(action=action), ScriptSegments()], preset=base.preset)


def real_or_stand_in_pipeline() -> Pipeline:
    """The ``default`` preset, with a stand-in for the detector or segmenter not built yet."""
    base = Pipeline.from_preset("default")
    extra: list[Step] = []
    if "injected" not in base.step_names:
        extra.append(LexiconFragments())
    if "segment" not in base.step_names:
        extra.append(ScriptSegments())
    return Pipeline([*base.steps, *extra], preset=base.preset)


def test_stand_ins_annotate_the_corpus():
    results = pipeline().process_batch([d["text"] for d in corpus()])
    labels = {s.label for r in results for s in r.spans}
    assert labels == set(LEXICON.values())
    assert all(r.segments for r in results if r.text)
    removed = [s for r in results for s in r.spans]
    assert all(s.start == s.end for s in removed)
