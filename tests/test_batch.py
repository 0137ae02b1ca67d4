"""The column-level batch API: :func:`normtext.batch.map_batch` and :class:`BatchNormalizer`.

Cases in ``tests/data/batch.json`` (anyone can extend them); the rest checks that the columns
agree with ``pipe()`` / ``pipe.process()`` for every preset, on any input.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import normtext
from normtext import Pipeline
from normtext.batch import (
    ANNOTATIONS,
    SEGMENT_KEYS,
    SPAN_KEYS,
    BatchNormalizer,
    annotation_names,
    changes_json,
    map_batch,
)
from normtext.doc import Doc
from normtext.step import STAGE_INJECTED, Step
from normtext.types import Segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strategies import texts  # noqa: E402

CASES = json.loads((Path(__file__).parent / "data" / "batch.json").read_text(encoding="utf-8"))
PRESETS = sorted(normtext.PRESETS)
MIXED = [
    "Al-Ghad reported.اضافة اعلان",
    "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©  text",
    "كـــتاب\u200b و\u00a0قلم\r\n",
    "",
    None,
    "Read more: https://example.com/a?b=1  ",
    float("nan"),
]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_batch_cases(case):
    stats = Counter()
    pipe = Pipeline.from_preset(case["preset"])
    out = map_batch(pipe, case["batch"], stats=stats, **case["options"])
    assert out == case["expected"]
    assert list(out) == list(case["expected"])  # column order: input columns, then new ones
    assert {k: stats[k] for k in case["stats"]} == case["stats"]


@pytest.mark.parametrize("preset", PRESETS)
def test_columns_agree_with_pipe_and_process(preset):
    pipe = Pipeline.from_preset(preset)
    out = map_batch(pipe, {"text": MIXED, "n": list(range(len(MIXED)))}, annotate=True)
    assert out["n"] == list(range(len(MIXED)))
    for i, value in enumerate(MIXED):
        if not isinstance(value, str):
            assert out["text"][i] is value
            assert [out["normtext_" + a][i] for a in ANNOTATIONS] == [None, None, None]
            continue
        result = pipe.process(value)
        assert out["text"][i] == result.text == pipe(value)
        assert out["normtext_spans"][i] == [s.to_dict() for s in result.spans]
        segments = out["normtext_segments"][i]
        if result.segments is None:
            assert segments is None
        else:
            assert [tuple(s) for s in segments] == [SEGMENT_KEYS] * len(segments)
            assert [{k: v for k, v in s.items() if v is not None or k != "kind"} for s in segments] \
                == [s.to_dict() for s in result.segments]
        assert json.loads(out["normtext_changes"][i]) == result.changes


class _DemoTagger(Step):
    """Tags ``[AD]`` as a span and segments the text into Latin / other runs (test only)."""

    name = "demo_tagger"
    stage = STAGE_INJECTED
    rules = {"demo/ad": "an [AD] marker"}
    _AD = regex.compile(r"\[AD\]")
    _RUNS = regex.compile(r"\p{Latin}+|[^\p{Latin}]+")

    def __call__(self, doc: Doc) -> Doc:
        doc.segments = [Segment(m.start(), m.end(), "en" if m.group()[0].isascii() else "other",
                                None, "Latn" if m.group()[0].isascii() else "Zyyy")
                        for m in self._RUNS.finditer(doc.text)]
        for m in self._AD.finditer(doc.text):
            doc.add_span(m.start(), m.end(), "ad_placeholder", "demo/ad", 0.9)
        return doc


def test_span_and_segment_columns_have_fixed_keys_and_true_offsets():
    pipe = Pipeline([_DemoTagger(), normtext.step.get_step("whitespace")()])
    source = "x\u00a0\u00a0[AD]  y"
    out = map_batch(pipe, {"text": [source]}, annotate=["spans", "segments"])
    assert list(out) == ["text", "normtext_spans", "normtext_segments"]
    text, (span,), segments = out["text"][0], out["normtext_spans"][0], out["normtext_segments"][0]
    assert tuple(span) == SPAN_KEYS
    assert text[span["start"]:span["end"]] == "[AD]"
    assert source[span["source_start"]:span["source_end"]] == "[AD]"
    assert (span["label"], span["rule"], span["confidence"]) == ("ad_placeholder", "demo/ad", 0.9)
    assert all(tuple(s) == SEGMENT_KEYS for s in segments)
    assert segments[0]["start"] == 0 and segments[-1]["end"] == len(text)
    assert all(a["end"] == b["start"] for a, b in zip(segments, segments[1:], strict=False))


def test_missing_column_names_the_columns():
    with pytest.raises(KeyError, match="no column 'text'; its columns: body, id"):
        map_batch(Pipeline.from_preset("light"), {"body": ["x"], "id": [1]})


def test_unknown_annotation_names_the_valid_ones():
    with pytest.raises(ValueError, match="'spanz'.*valid: spans, segments, changes"):
        annotation_names(["spanz"])


def test_pipeline_method_delegates():
    pipe = Pipeline.from_preset("light")
    batch = {"body": ["a\u00a0b", None]}
    assert pipe.map_batch(batch, field="body", annotate=True) == \
        map_batch(pipe, batch, field="body", annotate=True)


def test_input_batch_is_not_modified():
    batch = {"text": ["a\u00a0b"], "id": [1]}
    map_batch(Pipeline.from_preset("light"), batch, annotate=True)
    assert batch == {"text": ["a\u00a0b"], "id": [1]}


values = st.lists(st.one_of(texts(), st.none(), st.integers(), st.floats()), max_size=8)


@given(values)
def test_any_column_text_equals_pipe_and_non_strings_pass_through(column):
    pipe = Pipeline.from_preset("default")
    stats = Counter()
    out = map_batch(pipe, {"text": column}, annotate="changes", stats=stats)
    assert len(out["text"]) == len(out["normtext_changes"]) == len(column)
    for before, after, changes in zip(column, out["text"], out["normtext_changes"], strict=True):
        if isinstance(before, str):
            assert after == pipe(before)
            assert json.loads(changes) == pipe.process(before).changes
        else:
            assert after is before and changes is None
    assert stats["records"] == len(column)
    assert stats["skipped"] == sum(not isinstance(v, str) for v in column)


def test_changes_json_is_sorted_and_stable():
    assert changes_json({"z/a": 1, "a/z": 2}) == changes_json({"a/z": 2, "z/a": 1}) \
        == '{"a/z": 2, "z/a": 1}'


def _run_in_worker(fn: BatchNormalizer, batch: dict) -> dict:
    return fn(batch)


def test_normalizer_pickles_by_config_and_is_deterministic_in_another_process():
    fn = BatchNormalizer("default", annotate=True)
    before = pickle.dumps(fn)
    batch = {"text": [t for t in MIXED if isinstance(t, str)]}
    here = fn(batch)
    assert pickle.dumps(fn) == before  # use does not change the pickled bytes
    assert pickle.loads(before) == fn
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        there = pool.submit(_run_in_worker, fn, batch).result(timeout=120)
    assert there == here


def test_arrow_types_hold_the_columns():
    pa = pytest.importorskip("pyarrow", reason="pyarrow is the 'parquet' extra")
    from normtext.batch import arrow_types

    pipe = Pipeline([_DemoTagger()])
    out = map_batch(pipe, {"text": ["a [AD] b", "", None]}, annotate=True)
    for name, typ in arrow_types(True).items():
        assert pa.array(out[name], type=typ).to_pylist() == out[name]


def test_array_columns_are_read_as_python_values():
    pa = pytest.importorskip("pyarrow", reason="pyarrow is the 'parquet' extra")
    np = pytest.importorskip("numpy")
    pipe = Pipeline.from_preset("light")
    expected = ["a b", None]
    for col in (pa.chunked_array([["a\u00a0b"], [None]]), pa.array(["a\u00a0b", None]),
                np.array(["a\u00a0b", None], dtype=object), ("a\u00a0b", None)):
        assert map_batch(pipe, {"text": col})["text"] == expected, type(col)
