"""Segmentation (issue 7): the spec's examples, golden rule cases, the annotated set, the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA, SHARED

import normtext
from normtext.segmentation import VIEWS, segment
from normtext.segmentation.metrics import score
from normtext.types import Segment

SEG = DATA / "segmentation"


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _rows(segments: list[Segment], text: str) -> list[list]:
    return [[s.label, text[s.start:s.end], s.kind] for s in segments]


def _as_dicts(segments: list[Segment], keys: tuple[str, ...]) -> list[dict]:
    return [{k: v for k, v in s.to_dict().items() if k in keys} for s in segments]


# --- the dev set of the spec -------------------------------------------------------------------
def _dev() -> list[dict]:
    """The spec's 40 dev examples (a copy in tests/data; ../shared/dev/ when present)."""
    shared = SHARED / "dev" / "segments-dev.jsonl"
    return _load(shared if shared.exists() else SEG / "segments-dev.jsonl")


def test_dev_set_script_view_is_exact():
    for record in _dev():
        # the dev file marks URL segments in its language view only
        got = _as_dicts(segment(record["text"]), ("start", "end", "label"))
        want = [{k: v for k, v in s.items() if k in ("start", "end", "label")}
                for s in record["script_segments"]]
        assert got == want, record["id"]
        kinds = [s.get("kind") for s in record["segments"]]
        assert [s.kind for s in segment(record["text"], "lang")] == kinds, record["id"]


def test_dev_set_language_view_meets_targets():
    records = _dev()
    m = score(records, [segment(r["text"], "lang") for r in records])
    assert m["char_accuracy_letters"] >= 0.98
    assert m["boundary_f1"] >= 0.99
    assert m["segment_f1_exact"] >= 0.98
    assert m["ar_called_other"] == 0.0


# --- golden cases: one or more per rule of the spec --------------------------------------------
RULES = _load(SEG / "rules.jsonl")


@pytest.mark.parametrize("case", RULES, ids=[f"{c['rule']}:{c['text'][:24]}" for c in RULES])
def test_rule_cases(case):
    view = case.get("view", "script")
    text = case["text"]
    got = segment(text, view)
    want = [[e[0], e[1], e[2] if len(e) > 2 else None] for e in case["expect"]]
    assert _rows(got, text) == want
    if view == "lang":
        assert [s.lang for s in got if s.label != "neutral"] == [
            e[3] for e in case["expect"] if e[0] != "neutral"]


# --- our annotated set ----------------------------------------------------------------------
ANNOTATED = _load(SEG / "annotated.jsonl")


def test_annotated_set_covers_the_issue_categories():
    tags = {t for r in ANNOTATED for t in r["tags"]}
    for needed in ("glued", "brand", "acronym", "numbers", "dates", "percent", "url", "hashtag",
                   "mention", "emoji", "quote", "paren", "bidi", "arabizi", "persian", "urdu",
                   "french", "diacritics", "tatweel", "multiline", "ar-farsi-letters"):
        assert needed in tags, needed
    assert len(ANNOTATED) >= 300


def test_annotated_set_script_view_is_exact():
    for record in ANNOTATED:
        got = _as_dicts(segment(record["text"]), ("start", "end", "label", "kind"))
        assert got == record["script_segments"], record["id"]


def test_annotated_set_language_view_meets_targets():
    m = score(ANNOTATED, [segment(r["text"], "lang") for r in ANNOTATED])
    assert m["char_accuracy_letters"] >= 0.98
    assert m["boundary_f1"] >= 0.99
    assert m["segment_f1_exact"] >= 0.98
    assert m["arabizi_recall"] >= 0.90
    assert m["fa_ur_recall"] >= 0.95


def test_arabic_typed_on_a_persian_keyboard_is_never_persian():
    for record in ANNOTATED:
        if "ar-farsi-letters" in record["tags"]:
            labels = {s.label for s in segment(record["text"], "lang")}
            assert "other" not in labels, record["text"]


# --- API -----------------------------------------------------------------------------------
def test_public_entry_point_and_default_view():
    text = "وقعت Aramco اتفاقية"
    assert normtext.segment(text) == segment(text, "script")
    assert [s.lang for s in segment(text)] == [None, None, None, None, None]
    assert [s.script for s in segment(text)] == ["Arab", "Zyyy", "Latn", "Zyyy", "Arab"]


def test_unknown_view_names_the_choices():
    with pytest.raises(ValueError, match="script, lang"):
        segment("x", view="words")
    assert VIEWS == ("script", "lang")


def test_non_string_is_a_type_error():
    with pytest.raises(TypeError):
        segment(b"bytes")  # type: ignore[arg-type]


def test_offsets_index_the_text_as_given():
    text = "\ufeffقُلْ\u00a0hello\u200b"  # nothing is normalized
    segs = segment(text)
    assert "".join(text[s.start:s.end] for s in segs) == text
    assert [text[s.start:s.end] for s in segs if s.label != "neutral"] == ["قُلْ", "hello"]


def test_url_segments_are_marked_and_never_merged():
    text = "راجع https://a.example.com https://b.example.com"
    segs = segment(text)
    urls = [text[s.start:s.end] for s in segs if s.kind == "url"]
    assert urls == ["https://a.example.com", "https://b.example.com"]
    assert all(s.label == "neutral" and s.script == "Zyyy" and s.lang is None for s in segs if s.kind)


def test_other_script_runs_carry_their_script():
    text = "Hello שלום Привет"
    assert [(s.label, s.script) for s in segment(text) if s.label != "neutral"] == [
        ("en", "Latn"), ("other", "Hebr")]


def test_language_view_long_unknown_latin_asks_langdetect():
    text = "Wir haben gestern das neue Museum in der Stadt besucht"
    (seg,) = segment(text, "lang")
    assert (seg.label, seg.lang) == ("other", "de")


PATHOLOGICAL = {
    "digits": "1" * 5000, "alternating": "مa" * 2500, "at signs": "@" * 5000, "local parts": "a@" * 2500,
    "schemes": "http://" * 700, "tatweel": "ب" + "ـ" * 5000 + "a", "marks": "a" + "\u064e" * 5000 + "ب",
    "dots": "a" + "." * 5000 + "ب", "openers": "a " + "(" * 5000 + "b", "controls": "\u200e" * 5000 + "a",
    "zwnj": "ب\u200c" * 2500, "quotes": '"' * 5000, "arabizi words": "ana 3ala " * 600,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_tile(name):
    text = PATHOLOGICAL[name]
    for view in VIEWS:
        segs = segment(text, view)
        assert "".join(text[s.start:s.end] for s in segs) == text
