"""The whitespace step, data-driven from tests/data/whitespace.json (add cases there)."""

from __future__ import annotations

import json

import pytest
import regex
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline

CASES = json.loads((DATA / "whitespace.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_whitespace_case(case):
    pipe = Pipeline.from_config({"steps": {"whitespace": case.get("options", {})}})
    assert pipe(case["input"]) == case["expected"]
    result = pipe.process(case["input"])
    assert result.text == case["expected"]
    for edit in result.edits:
        assert case["input"][edit.source_start:edit.source_end] == edit.before
        assert edit.rule in pipe.steps[0].rules


@given(st.text(alphabet=st.sampled_from("ab \t\r\n\u00a0\u2009"), max_size=80))
def test_whitespace_is_idempotent_and_keeps_final_newline(text):
    pipe = Pipeline.from_config({"steps": {"whitespace": {}}})
    once = pipe(text)
    assert pipe(once) == once
    assert not regex.search(r"[^ \t\n]  +[^ \t\n]", once)
    ends_with_newline = text.rstrip(" \t\u00a0\u2009").endswith(("\n", "\r"))
    if once.strip():
        assert once.endswith("\n") == ends_with_newline
