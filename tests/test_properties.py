"""Library-level guarantees, checked for every preset (and the injected-action variants).

- never crashes on any ``str`` (lone surrogates included);
- ``pipe.process(x).text == pipe(x)``, and ``process_batch`` equals ``process`` one by one;
- idempotent: ``f(f(x)) == f(x)``;
- offsets are true: every edit's ``before`` is the input at its source offsets; ``source_offset``
  is monotonic, maps untouched output text back to equal input text and loses no untouched input;
  where edits do not overlap, applying them to the input gives the output; spans and segments lie
  inside the texts;
- every change and span carries a rule id that one of the pipeline's steps documents;
- clean prose is a fixed point of ``light`` and ``default``;
- configs round-trip (dict and TOML); pickles are stable across use;
- crash cases found by ``tools/fuzz.py`` (``tests/data/fuzz-regressions.json``) stay fixed.

The new steps other modules register are covered automatically: the tests iterate over
``normtext.PRESETS``.
"""

from __future__ import annotations

import json
import pickle
import sys
import tomllib
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import normtext
from normtext import Pipeline, Result
from normtext.doc import Doc
from normtext.step import REGISTRY, get_step

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strategies import any_text, arabic_text, clean_prose, mixed_text, texts  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpora" / "samples"
FUZZ_REGRESSIONS = REPO / "tests" / "data" / "fuzz-regressions.json"


def pipeline_variants() -> dict[str, tuple[str, dict]]:
    """Every preset, plus the ``tag`` and ``keep`` actions of the injected step where it exists."""
    get_step("whitespace")  # load the registry
    variants: dict[str, tuple[str, dict]] = {name: (name, {}) for name in sorted(normtext.PRESETS)}
    if "injected" in REGISTRY:
        variants["default+tag"] = ("default", {"injected": "tag"})
        variants["default+keep"] = ("default", {"injected": "keep"})
    return variants


VARIANTS = pipeline_variants()
PRESET_NAMES = sorted(normtext.PRESETS)


@cache
def pipe_for(variant: str) -> Pipeline:
    name, overrides = VARIANTS[variant]
    return Pipeline.from_preset(name, **overrides)


# ------------------------------------------------------------------------------------------------
# Invariants as plain functions (tools/fuzz.py runs the same checks)
# ------------------------------------------------------------------------------------------------
def documented_rules(pipe: Pipeline) -> set[str]:
    return {rule for step in pipe.steps for rule in step.rules}


def _conflict(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two source intervals overlap (an empty interval conflicts with any it touches)."""
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def check_offsets(x: str, r: Result) -> None:
    """Offsets of edits, ``source_offset``, spans and segments are true to the input and output."""
    out = r.text
    covered = bytearray(len(x))
    for e in r.edits:
        assert 0 <= e.source_start <= e.source_end <= len(x), e
        assert x[e.source_start:e.source_end] == e.before, e
        covered[e.source_start:e.source_end] = b"\1" * (e.source_end - e.source_start)

    starts = [r.source_offset(i) for i in range(len(out) + 1)]
    ends = [r.source_end_offset(i) for i in range(len(out) + 1)]
    assert all(a <= b for a, b in pairwise(starts)), "source_offset is not monotonic"
    assert all(a <= b for a, b in pairwise(ends)), "source_end_offset is not monotonic"
    mapped_untouched = set()
    for i, ch in enumerate(out):
        s, e = starts[i], ends[i + 1]
        assert 0 <= s <= len(x) and 0 <= e <= len(x), (i, s, e)
        # inserted text where input was deleted maps to an empty interval (after, before the
        # deletion); anything else maps to a forward interval
        assert s <= e or all(covered[e:s]), f"output[{i}] maps to the inverted interval ({s}, {e})"
        if e == s + 1 and not covered[s]:
            assert ch == x[s], f"output[{i}]={ch!r} maps to untouched input[{s}]={x[s]!r}"
            mapped_untouched.add(s)
    untouched = {i for i, c in enumerate(covered) if not c}
    assert untouched == mapped_untouched, (
        f"untouched input positions not found in the output: {sorted(untouched - mapped_untouched)[:10]}")

    intervals = sorted((e.source_start, e.source_end, i) for i, e in enumerate(r.edits))
    if all(not _conflict(a[:2], b[:2]) for a, b in pairwise(intervals)):
        pieces, pos = [], 0
        for s, e, i in intervals:
            pieces.append(x[pos:s])
            pieces.append(r.edits[i].after)
            pos = e
        pieces.append(x[pos:])
        assert "".join(pieces) == out, "non-overlapping edits applied to the input do not give the output"

    for span in r.spans:
        assert 0 <= span.start <= span.end <= len(out), span
        assert 0 <= span.source_start <= span.source_end <= len(x), span
        assert 0.0 <= span.confidence <= 1.0, span
        touched = any(e.source_start < span.source_end and e.source_end > span.source_start
                      or span.source_start <= e.source_start == e.source_end <= span.source_end
                      for e in r.edits)
        if span.start < span.end and not touched:
            # a kept or tagged fragment nothing edited: the same text at both pairs of offsets
            assert out[span.start:span.end] == x[span.source_start:span.source_end], span
    if r.segments is not None:
        pos = 0
        for seg in r.segments:
            assert seg.start == pos and seg.end > seg.start, (seg, r.segments)
            pos = seg.end
        assert pos == len(out), r.segments


def check_rules(pipe: Pipeline, r: Result) -> None:
    """Every change and span names a rule id that a step of the pipeline documents."""
    rules = documented_rules(pipe)
    for rule, count in r.changes.items():
        assert rule in rules, f"undocumented rule {rule!r}"
        assert count > 0
    for e in r.edits:
        assert e.rule in rules, f"undocumented rule {e.rule!r}"
        assert "/" in e.rule
    for span in r.spans:
        assert span.rule in rules, f"undocumented span rule {span.rule!r}"


def check_all(pipe: Pipeline, x: str) -> None:
    """Every single-text invariant: no crash, process == call, idempotence, offsets, rules."""
    out = pipe(x)
    assert isinstance(out, str)
    r = pipe.process(x)
    assert r.text == out
    assert pipe(out) == out, "not idempotent"
    check_offsets(x, r)
    check_rules(pipe, r)
    check_quiet(pipe, x)


def check_quiet(pipe: Pipeline, x: str) -> None:
    """A text the quiet shortcut returns as it is comes out of every step unchanged, spanless."""
    if pipe.is_quiet(x):
        doc = Doc(x, track=True)
        for step in pipe.steps:
            step(doc)
        assert doc.text == x and not doc.spans and not doc.edits, "quiet test said no change"


# ------------------------------------------------------------------------------------------------
# Property tests
# ------------------------------------------------------------------------------------------------
variant_names = pytest.mark.parametrize("variant", sorted(VARIANTS))
presets = pytest.mark.parametrize("preset", PRESET_NAMES)


@variant_names
@given(x=texts())
def test_no_crash_and_process_text_equals_call(variant: str, x: str) -> None:
    pipe = pipe_for(variant)
    out = pipe(x)
    assert isinstance(out, str)
    assert pipe.process(x).text == out


@presets
@given(x=any_text(200))
def test_no_crash_on_arbitrary_unicode(preset: str, x: str) -> None:
    assert pipe_for(preset).process(x).text == pipe_for(preset)(x)


@variant_names
@given(x=texts())
def test_idempotent(variant: str, x: str) -> None:
    pipe = pipe_for(variant)
    once = pipe(x)
    assert pipe(once) == once


@presets
@given(x=st.one_of(arabic_text(), mixed_text()))
def test_idempotent_on_arabic_and_mixed_text(preset: str, x: str) -> None:
    pipe = pipe_for(preset)
    once = pipe(x)
    assert pipe(once) == once


@variant_names
@given(x=texts())
def test_offsets_are_true(variant: str, x: str) -> None:
    check_offsets(x, pipe_for(variant).process(x))


@variant_names
@given(x=texts())
def test_every_change_has_a_documented_rule(variant: str, x: str) -> None:
    pipe = pipe_for(variant)
    check_rules(pipe, pipe.process(x))


@presets
@given(xs=st.lists(texts(), max_size=5))
def test_process_batch_equals_process(preset: str, xs: list[str]) -> None:
    pipe = pipe_for(preset)
    batch = pipe.process_batch(xs)
    assert len(batch) == len(xs)
    for x, b in zip(xs, batch, strict=True):
        one = pipe.process(x)
        assert (b.text, b.changes, b.edits, b.spans, b.segments) == (
            one.text, one.changes, one.edits, one.spans, one.segments)


@pytest.mark.parametrize("preset", ["light", "default"])
@given(x=clean_prose())
def test_clean_prose_is_a_fixed_point_of_light_and_default(preset: str, x: str) -> None:
    """``light`` only repairs; ``default`` folds nothing that clean prose contains (design.md)."""
    assert pipe_for(preset)(x) == x


@presets
@given(x=clean_prose())
def test_clean_prose_changes_only_by_documented_rules(preset: str, x: str) -> None:
    pipe = pipe_for(preset)
    r = pipe.process(x)
    check_rules(pipe, r)
    check_offsets(x, r)


# ------------------------------------------------------------------------------------------------
# The project's own corpora (corpora/samples, corpora/generate.py)
# ------------------------------------------------------------------------------------------------
def sample_texts() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    for line in (SAMPLES / "samples.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec["id"], rec["text"]))
    return out


def generated_texts() -> list[str]:
    sys.path.insert(0, str(REPO / "corpora"))
    from generate import corpus_texts

    return corpus_texts(60_000, seed=11) + corpus_texts(6_000, seed=12, short=True)


@variant_names
def test_invariants_on_samples(variant: str) -> None:
    pipe = pipe_for(variant)
    for name, text in sample_texts():
        try:
            check_all(pipe, text)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc


@variant_names
def test_invariants_on_generated_corpus(variant: str) -> None:
    pipe = pipe_for(variant)
    for text in generated_texts():
        check_all(pipe, text)


@pytest.mark.parametrize("preset", ["light", "default"])
def test_clean_sample_is_a_fixed_point_of_light_and_default(preset: str) -> None:
    text = (SAMPLES / "clean-prose.txt").read_text(encoding="utf-8")
    assert pipe_for(preset)(text) == text


def test_samples_change_under_default() -> None:
    """The damaged samples do get cleaned (the invariants above are not met by doing nothing)."""
    text = (SAMPLES / "amman-english-news.txt").read_text(encoding="utf-8")
    r = pipe_for("default").process(text)
    assert "\u00a0" not in r.text and r.changes.get("whitespace/nbsp", 0) >= 1


# ------------------------------------------------------------------------------------------------
# Configuration and pickling
# ------------------------------------------------------------------------------------------------
@variant_names
def test_config_round_trips(variant: str) -> None:
    pipe = pipe_for(variant)
    config = pipe.to_config()
    assert json.loads(json.dumps(config)) == config  # plain data
    again = Pipeline.from_config(config)
    assert again == pipe and again.to_config() == config
    from_toml = Pipeline.from_config(tomllib.loads(pipe.to_toml()))
    assert from_toml == pipe and from_toml.to_config() == config


def test_config_round_trips_through_a_toml_file(tmp_path: Path) -> None:
    pipe = pipe_for("default")
    path = tmp_path / "normtext.toml"
    path.write_text(pipe.to_toml(), encoding="utf-8")
    assert Pipeline.from_config(path) == pipe
    assert Pipeline.from_config(str(path)).to_config() == pipe.to_config()


@variant_names
def test_pickles_are_stable_across_use(variant: str) -> None:
    pipe = Pipeline.from_preset(*VARIANTS[variant][:1], **VARIANTS[variant][1])
    before = pickle.dumps(pipe)
    texts_ = [t for _, t in sample_texts()]
    outputs = [pipe(t) for t in texts_]
    pipe.process_batch(texts_)
    assert pickle.dumps(pipe) == before
    clone = pickle.loads(before)
    assert clone == pipe
    assert [clone(t) for t in texts_] == outputs
    assert pickle.dumps(clone) == before


# ------------------------------------------------------------------------------------------------
# Crash cases found by fuzzing
# ------------------------------------------------------------------------------------------------
def fuzz_cases() -> list[dict]:
    return json.loads(FUZZ_REGRESSIONS.read_text(encoding="utf-8"))["cases"]


def test_fuzz_regression_file_is_well_formed() -> None:
    cases = fuzz_cases()
    assert cases, "the regression corpus is empty"
    for case in cases:
        assert isinstance(case["input"], str) and case["why"]


@variant_names
def test_fuzz_regressions(variant: str) -> None:
    pipe = pipe_for(variant)
    failures = []
    for case in fuzz_cases():
        try:
            check_all(pipe, case["input"])
        except AssertionError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "assertion failed"
            failures.append(f"{case['input']!r} -> {pipe(case['input'])!r}: {first}")
    assert not failures, f"{len(failures)} fuzz case(s) fail:\n" + "\n".join(failures)
