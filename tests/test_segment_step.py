"""The ``segment`` step: glue splitting (``segment/split-glued``), segments on the Doc."""

from __future__ import annotations

import re

import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.segmentation import label_spans
from normtext.segmentation.glue import glue_points, is_proclitic
from normtext.step import get_step

_ESC = re.compile(r"\\(u[0-9a-fA-F]{4}|n)")


def _unescape(s: str) -> str:
    return _ESC.sub(lambda m: "\n" if m.group(1) == "n" else chr(int(m.group(1)[1:], 16)), s)


def _glue_cases() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "segmentation" / "glue.tsv").read_text(encoding="utf-8").split("\n"):
        if line.strip() and not line.startswith("#"):
            source, expected, why = line.split("\t")
            rows.append((_unescape(source), _unescape(expected), why))
    return rows


GLUE = _glue_cases()
ONLY_SEGMENT = {"steps": {"segment": {}}}


@pytest.mark.parametrize(("source", "expected", "why"), GLUE, ids=[c[2] for c in GLUE])
def test_split_glued_cases(source, expected, why):
    result = Pipeline.from_config(ONLY_SEGMENT).process(source)
    assert result.text == expected
    inserted = len(expected) - len(source)
    assert result.changes.get("segment/split-glued", 0) == inserted
    for edit in result.edits:
        assert (edit.rule, edit.before, edit.after) == ("segment/split-glued", "", " ")


def test_split_glued_can_be_switched_off():
    pipe = Pipeline.from_config({"steps": {"segment": {"split_glued": False}}})
    result = pipe.process("saidاضافة")
    assert result.text == "saidاضافة"
    assert [result.text[s.start:s.end] for s in result.segments] == ["said", "اضافة"]


def test_step_documents_its_rule_and_options():
    step = get_step("segment")
    assert set(step.rules) == {"segment/split-glued"}
    assert step().config() == {"view": "script", "split_glued": True}
    with pytest.raises(ValueError, match="'script', 'lang'"):
        step({"view": "words"})


def test_language_view_option_labels_languages():
    result = Pipeline.from_config({"steps": {"segment": {"view": "lang"}}}).process(
        "Thanks bro, tamam")
    assert [(s.label, s.lang) for s in result.segments if s.label != "neutral"] == [
        ("en", "en"), ("other", "ar-Latn")]


def test_default_preset_segments_and_segments_follow_later_edits():
    result = Pipeline.from_preset("default").process("Al-Ghad   reported.اضافة  اعلان  ")
    text = result.text
    assert "".join(text[s.start:s.end] for s in result.segments) == text
    assert [(s.label, text[s.start:s.end]) for s in result.segments if s.label != "neutral"][0][0] == "en"


def test_label_spans_route_language_specific_steps():
    result = Pipeline.from_config(ONLY_SEGMENT).process("كتاب \"book\" https://x.sa/كتاب")
    text = result.text
    assert [text[a:b] for a, b in label_spans(result.segments, "ar")] == ["كتاب"]
    assert [text[a:b] for a, b in label_spans(result.segments, ("en",))] == ['"book"']


@pytest.mark.parametrize("word", ["و", "ف", "ب", "ل", "ك", "ال", "الـ", "وال", "بال", "فال", "لل",
                                  "ولل", "وبال", "والـــ", "كال"])
def test_proclitics(word):
    assert is_proclitic(word)


@pytest.mark.parametrize("word", ["اعلان", "في", "من", "وقال", "الى", ""])
def test_not_proclitics(word):
    assert not is_proclitic(word)


PIECES = [*"ab Zوالـ.!?:\"'#@/-_٣2", "اعلان", "https://x.y/", "a@b.cd", "\u064e"]


@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_split_glued_only_inserts_spaces_and_is_idempotent(text):
    pipe = Pipeline.from_config(ONLY_SEGMENT)
    once = pipe(text)
    assert once.replace(" ", "") == text.replace(" ", "")
    assert len(once) - len(text) == len(glue_points(text))
    assert glue_points(once) == []
    assert pipe(once) == once
