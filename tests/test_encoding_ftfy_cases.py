"""ftfy's own test cases (read from ../shared/peer, never copied): normtext.fix_encoding must pass
every case ftfy expects to pass, compared with ``fixed-encoding`` (else ``fixed``), plus the Arabic
case among ftfy's known failures."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from normtext import fix_encoding

CASE_FILES = ("in-the-wild.json", "synthetic.json", "negative.json", "language-names.json")


def _cases(name: str) -> list[dict]:
    return json.loads(shared_path("peer", "ftfy-test-cases", name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CASE_FILES)
def test_ftfy_cases_that_ftfy_passes(name: str) -> None:
    cases = [c for c in _cases(name) if c.get("expect") == "pass"]
    assert cases
    failures = [(c["label"], c["original"], fix_encoding(c["original"]))
                for c in cases if fix_encoding(c["original"]) != c.get("fixed-encoding", c["fixed"])]
    assert failures == []


def test_ftfy_case_count_is_151() -> None:
    total = sum(1 for name in CASE_FILES for c in _cases(name) if c.get("expect") == "pass")
    assert total == 151


def test_arabic_known_failure_is_fixed() -> None:
    arabic = [c for c in _cases("known-failures.json") if "Arabic" in c["label"]]
    assert len(arabic) == 1
    case = arabic[0]
    assert fix_encoding(case["original"]) == case.get("fixed-encoding", case["fixed"])
