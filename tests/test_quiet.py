"""The fast paths: ``pipe(text)`` returns a text untouched when every step's quiet test says so,
and the cheap scans behind the steps' gates answer exactly like the patterns they stand for."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.chargate import CharGate
from normtext.encoding.signatures import (
    CODEC_SIGNATURE_RE,
    FTFY_SIGNATURE_RE,
    TOKEN_SIGNATURE_RE,
    find_signature,
)
from normtext.segmentation.glue import glue_points, may_have_glue
from normtext.step import REGISTRY, Step

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpora"))
from generate import corpus_texts  # noqa: E402

#: Pipelines with the shortcut: the presets that have it, and one where a later step routes by
#: segments (so the ``segment`` step must run even when it splits nothing).
PIPES = {name: Pipeline.from_preset(name) for name in ("light", "default", "camel", "arabert", "search")}
PIPES["default+arabic-punctuation"] = Pipeline.from_preset("default", arabic={"punctuation": "arabic"})
GATED = [name for name, pipe in PIPES.items() if pipe._quiet is not None]

#: Characters that trip the steps: mojibake, spaces, marks, tatweel, presentation forms,
#: invisibles, glue, cues of the injected lexicon.
_PIECES = ["Ø§Ù„", "Ã©", "\u00a0", "  ", " \n", "\n\n\n", "\r\n", "\u0640", "\u064e", "\ufefb",
           "\u200f", "\u200b", "&amp;", "\x93", "\ufeff", "saidاضافة", "اعلانthe", "اضافة اعلان",
           "Read more", "\nShare\n", "(Photo: AP)", "ي", "ی", "٣", "«", "—", "Read", "e\u0301"]
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=12).map("".join)


@pytest.mark.parametrize("preset", GATED)
@given(text=texts)
def test_a_quiet_text_is_really_unchanged(preset, text):
    pipe = PIPES[preset]
    if pipe.is_quiet(text):
        assert pipe.run(text, track=False).text == text
    assert pipe(text) == pipe.run(text, track=False).text


@pytest.mark.parametrize("preset", sorted(PIPES))
@given(text=texts)
def test_pipe_agrees_with_run_when_it_tests_steps_first(preset, text):
    """On short text ``pipe()`` skips each step whose quiet test passes on the text as it is
    then (every preset, ``search`` too, whose ``latin`` step has no test)."""
    assert PIPES[preset](text) == PIPES[preset].run(text, track=False).text


def test_pipe_agrees_with_run_on_short_records_of_every_preset():
    docs = corpus_texts(40_000, seed=5, short=True)
    for name, pipe in PIPES.items():
        assert [pipe(t) for t in docs] == [pipe.run(t, track=False).text for t in docs], name


@pytest.mark.parametrize("preset", GATED)
def test_quiet_on_generated_corpus(preset):
    pipe = PIPES[preset]
    docs = corpus_texts(150_000, seed=3) + corpus_texts(60_000, seed=3, short=True)
    quiet = [t for t in docs if pipe.is_quiet(t)]
    assert all(pipe.run(t, track=False).text == t for t in quiet)
    # the steps whose test passed are skipped while the text is unchanged: same output
    assert all(pipe(t) == pipe.run(t, track=False).text == pipe.process(t).text for t in docs[::3])


def test_segment_step_runs_when_a_later_step_routes_by_segments():
    pipe = PIPES["default+arabic-punctuation"]
    segment_step = next(s for s in pipe.steps if s.name == "segment")
    assert not segment_step.quiet("plain text, no glue")
    text = "قال الوزير, ثم غادر. He left, then came back."
    assert pipe(text) == pipe.process(text).text == "قال الوزير، ثم غادر. He left, then came back."


def test_default_takes_the_shortcut_for_clean_records():
    pipe = Pipeline.from_preset("default")
    for text in ("Plain English sentence.", "جملة عربية نظيفة تماما.", "Mixed جملة and English."):
        assert pipe.is_quiet(text), text
    for text in ("a\u00a0b", "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", "كـتاب", "saidاضافة", "text\n\nاضافة اعلان", "x  y"):
        assert not pipe.is_quiet(text), text


@dataclass(frozen=True)
class _NoOptions:
    pass


class _Upper(Step):
    """A step without a quiet test (the base class's answer: cannot tell)."""

    name = "upper-test"
    stage = 70
    Options = _NoOptions
    rules = {"test/upper": "upper case"}

    def __call__(self, doc):
        doc.sub(re.compile("[a-z]+"), lambda m: m.group().upper(), "test/upper")
        return doc


def test_a_step_that_cannot_tell_turns_the_shortcut_off():
    pipe = Pipeline([REGISTRY["whitespace"](), _Upper()])
    assert pipe._quiet is None and not pipe.is_quiet("plain")
    assert pipe("plain  text") == "PLAIN TEXT"


@given(chars=st.sets(st.characters(), max_size=30), text=st.text(max_size=400))
def test_chargate_answers_like_a_class(chars, text):
    gate = CharGate(chars)
    assert gate.search(text) == any(c in text for c in chars)
    assert gate.search(text * 3) == any(c in text for c in chars)  # long text: the `in` path


@pytest.mark.parametrize("pattern", [CODEC_SIGNATURE_RE, TOKEN_SIGNATURE_RE, FTFY_SIGNATURE_RE])
@given(text=st.lists(st.one_of(st.sampled_from(["Ø", "§", "Ù", "„", "\u00a0", "–", "«", "»",
                                                 "\x93", "ï»¿", "â€", "Ã©", "x"]), st.text(max_size=4)),
                     max_size=40).map("".join), pos=st.integers(0, 20))
def test_find_signature_equals_search(pattern, text, pos):
    expected = pattern.search(text, pos)
    found = find_signature(text, pattern, pos)
    assert (found and found.span()) == (expected and expected.span())


@given(text=st.lists(st.one_of(st.sampled_from(["said", "اضافة", ".", "»", "\u064e", "\u0640", " ",
                                                 "iPhone", "الـ", "https://x.com/ا", "#قطر"]),
                               st.text(max_size=3)), max_size=15).map("".join))
def test_may_have_glue_is_a_superset(text):
    if glue_points(text):
        assert may_have_glue(text)


def test_chargate_is_picklable_and_uses_no_plus_pattern():
    import pickle

    gate = CharGate("\u00a0\u2007")
    assert pickle.loads(pickle.dumps(gate)).search("x\u2007")
    assert re.fullmatch(r"\[.*\]", gate.pattern.pattern)


@pytest.mark.parametrize("preset", GATED)
@given(text=texts)
def test_fused_quiet_class_answers_like_the_steps(preset, text):
    """A text without any character of the fused class is quiet for every step that gave one
    (``Step.quiet_chars``: a superset of what ``quiet`` rejects)."""
    pipe = PIPES[preset]
    if pipe._fused is None:
        return
    count, fused = pipe._fused
    if fused.search(text) is None:
        assert all(step.quiet(text) for step in pipe._quiet_steps[:count])


def test_fused_quiet_class_on_generated_corpus_and_every_option_set():
    """The same on the generated corpus, for the presets and for steps with other options."""
    docs = corpus_texts(120_000, seed=4) + corpus_texts(40_000, seed=4, short=True)
    pipes = [PIPES[name] for name in GATED] + [
        Pipeline.from_config({"steps": {"encoding": {"mojibake": False}, "unicode": {"html_entities": "decode"},
                                        "arabic": {"tatweel": "keep"}, "whitespace": {}}}),
        Pipeline.from_config({"steps": {"encoding": {"html_references": False, "bom": False},
                                        "unicode": {"nfc": False}, "whitespace": {}}}),
    ]
    checked = 0
    for pipe in pipes:
        if pipe._fused is None:
            continue
        count, fused = pipe._fused
        for t in docs:
            if fused.search(t) is None:
                checked += 1
                assert all(step.quiet(t) for step in pipe._quiet_steps[:count]), t[:80]
    assert checked > 1000
