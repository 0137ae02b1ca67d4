"""The ``latin`` step: golden cases (tests/data/normalizers/latin.json) and segment routing.

Golden case format: see ``tests/test_unicode_steps.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from normtext.doc import Doc
from normtext.steps.latin import LatinStep
from normtext.types import Segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_unicode_steps import check_golden, load_cases  # noqa: E402


@pytest.mark.parametrize("case", load_cases("latin"), ids=lambda c: c["name"])
def test_latin_golden(case: dict) -> None:
    check_golden("latin", case)


def test_every_documented_rule_has_a_golden_case() -> None:
    covered = {rule for case in load_cases("latin") for rule in case.get("rules", [])}
    assert set(LatinStep.rules) <= covered


def test_arabic_runs_and_urls_are_not_touched() -> None:
    text = "“Hi” «قال “نعم”» Mail@X.ORG"
    a = text.index("«")
    b = text.index("» ") + 1
    m = text.index("Mail")
    doc = Doc(text)
    doc.segments = [
        Segment(0, a, "en", "en", "Latn"),
        Segment(a, b, "ar", "ar", "Arab"),
        Segment(b, m, "neutral", None, "Zyyy"),
        Segment(m, len(text), "other", None, "Zyyy", kind="url"),
    ]
    LatinStep(quotes="ascii", case="casefold")(doc)
    assert doc.text == "\"hi\" «قال “نعم”» Mail@X.ORG"
    assert doc.source_offset(doc.text.index("«")) == a
