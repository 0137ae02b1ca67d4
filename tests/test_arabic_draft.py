"""Untracked documents (``pipe(text)``) are edited as a :class:`Draft` and written once.

The Draft path must give exactly what the Doc primitives give: the same text, per-rule counts,
spans and segments (which later steps route by). Each test runs both paths and compares them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.doc import Doc
from normtext.steps import _routing, arabic, latin
from normtext.steps._routing import Ambiguous, Draft, _moved
from normtext.types import Segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strategies import any_text, arabic_text, mixed_text  # noqa: E402

_SEARCH = Pipeline.from_preset("search").to_config()["steps"]
PIPELINES = {
    # segments on the Doc: URL segments are protected, latin routes by the Arabic runs
    "search": Pipeline.from_preset("search"),
    # no segment step: URLs found by the fallback pattern, looked for again after each pass
    "arabic+latin": Pipeline.from_config({"steps": {"arabic": _SEARCH["arabic"], "latin": _SEARCH["latin"]}}),
    # mixed maps (deletions and one-for-one in one pass), dagger alef → ا, lower case
    "variants": Pipeline.from_config({"steps": {"segment": {}, "arabic": {
        "hamza": "carrier", "lookalikes": "arabic", "dagger_alef": "alef", "farsi_yeh": "yeh",
        "diacritics": "strip-but-shadda", "tatweel": "remove-all", "punctuation": "latin",
        "elongation": "reduce", "elongation_threshold": 3, "elongation_keep": 2},
        "latin": {"case": "lower", "ellipsis": "ascii", "fullwidth": "ascii", "quotes": "ascii"}}}),
}


def _state(doc: Doc) -> tuple:
    return (doc.text, +doc.changes, [(s.start, s.end, s.label) for s in doc.spans],
            [(s.start, s.end, s.label, s.kind) for s in doc.segments or ()])


def _both(pipe: Pipeline, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple]:
    """The untracked run with Drafts (even on short text) and with Doc primitives only."""
    monkeypatch.setattr(arabic, "DRAFT_MIN_LENGTH", 0)
    monkeypatch.setattr(latin, "DRAFT_MIN_LENGTH", 0)
    drafted = _state(pipe.run(text, track=False))
    monkeypatch.setattr(arabic.ArabicStep, "use_drafts", False)
    monkeypatch.setattr(latin.LatinStep, "use_drafts", False)
    plain = _state(pipe.run(text, track=False))
    monkeypatch.undo()
    return drafted, plain


@pytest.mark.parametrize("name", sorted(PIPELINES))
@given(text=st.one_of(arabic_text(), mixed_text(), any_text()))
def test_draft_path_equals_doc_primitives(name: str, text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        drafted, plain = _both(PIPELINES[name], text, mp)
    assert drafted == plain


@pytest.mark.parametrize("text", [
    "قالَ المُدِيرُ: see https://example.org/مقالة‌ة and mail a.b@x.org — جمييييل ٣٫٥٪",
    "كَhttp://x.com/كتابة ما",          # the URL is found only while the fatha is there
    "ALL CAPS ΣΟΦΙΑ ǰ ẞtraße … ＡＢＣ “quoted” كتــــاب",
    "Word ǰ ΐ CAPS كتاب",               # folded by casefold, yet not Changes_When_Casefolded
    "ΑΙ\u1fbe CAPS كتاب",              # the one of them that keeps its length (ι)
    "mail A\u2010b@x.org كتاب",        # the dash fold makes the e-mail grow to the A
    "ﻷن المدرسة الجديدة تجرید علی کتاب ۱۲۳ ـــــ",
    "كَتب \udce5 ۖ \U00010ef0 كتاب " * 30,   # lone surrogate, astral Quranic mark, long text
])
def test_draft_path_on_known_cases(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for pipe in PIPELINES.values():
        drafted, plain = _both(pipe, text, monkeypatch)
        assert drafted == plain


def test_edges_follow_deletions() -> None:
    """An edge inside a deletion goes to where the deletion was; after it, it shifts."""
    assert _moved([2, 5, 9], [(1, 3, ""), (6, 7, "xyz")]) == [1, 3, 9]
    assert _moved([4], [(2, 6, "")]) == [2]
    assert _moved([3], [(1, 5, "abcd")]) == [3]  # same length: the edge stays


@pytest.mark.parametrize("edits", [
    [(1, 5, "a")],       # an edge strictly inside a shortening replacement
    [(3, 3, "x")],       # an insertion at an edge
])
def test_ambiguous_edges_are_refused(edits: list) -> None:
    with pytest.raises(Ambiguous):
        _moved([3], edits)


def _step_both(options: dict, text: str, segments: list[Segment]) -> list[tuple]:
    """The arabic step on a Doc with ``segments``, with and without a Draft."""
    step = Pipeline.from_config({"steps": {"arabic": options}}).steps[0]
    results = []
    for use in (True, False):
        doc = Doc(text, track=False)
        doc.segments = [Segment(s.start, s.end, s.label, s.lang, s.script) for s in segments]
        step.use_drafts = use
        try:
            step(doc)
        finally:
            del step.use_drafts
        results.append(_state(doc))
    return results


def test_edge_inside_a_deletion_run() -> None:
    """Fatha and kasra deleted as one run across a segment edge: the edge goes to the run."""
    text = "كَِتاب " * 80
    drafted, plain = _step_both({"diacritics": "strip"}, text, [
        Segment(0, 2, "ar", None, "Arab"), Segment(2, len(text), "ar", None, "Arab")])
    assert drafted == plain
    assert drafted[3][:2] == [(0, 1, "ar", None), (1, len(text) - 160, "ar", None)]


def test_ambiguous_document_falls_back_to_doc_primitives() -> None:
    """A segment edge inside an elongation run: the Draft refuses, the Doc path runs."""
    text = "جميييييل " * 60
    drafted, plain = _step_both({"elongation": "reduce"}, text, [
        Segment(0, 4, "ar", None, "Arab"), Segment(4, len(text), "ar", None, "Arab")])
    assert drafted == plain
    assert drafted[0].startswith("جميل جميل")
    draft = Draft(Doc(text, track=False))
    draft.doc.segments = [Segment(0, 4, "ar", None, "Arab"), Segment(4, len(text), "ar", None, "Arab")]
    with pytest.raises(Ambiguous):
        draft.edit([(2, 7, "ي")])


def test_draft_commit_writes_one_edit_per_changed_piece() -> None:
    doc = Doc("كَتَبَ Book كَ", track=False)
    doc.segments = [Segment(0, 6, "ar", None, "Arab"), Segment(6, 7, "neutral", None, "Zyyy"),
                    Segment(7, 11, "en", None, "Latn"), Segment(11, 12, "neutral", None, "Zyyy"),
                    Segment(12, 14, "ar", None, "Arab")]
    draft = Draft(doc)
    draft.edit([(1, 2, ""), (3, 4, ""), (5, 6, ""), (13, 14, "")])
    assert draft.allowed(_routing.ALL_BUT_AR) == [(3, 9)]
    draft.commit(doc, "arabic/diacritics")
    assert doc.text == "كتب Book ك"
    assert [(s.start, s.end, s.label) for s in doc.segments] == [
        (0, 3, "ar"), (3, 4, "neutral"), (4, 8, "en"), (8, 9, "neutral"), (9, 10, "ar")]
    assert not doc.changes  # the caller counts its own rules
