"""The ``arabic`` step: golden cases (tests/data/normalizers/arabic.json), routing, fast path.

Golden case format: see ``tests/test_unicode_steps.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.doc import Doc
from normtext.steps.arabic import ArabicStep
from normtext.types import Segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strategies import arabic_text, mixed_text  # noqa: E402
from test_unicode_steps import check_golden, load_cases  # noqa: E402


@pytest.mark.parametrize("case", load_cases("arabic"), ids=lambda c: c["name"])
def test_arabic_golden(case: dict) -> None:
    check_golden("arabic", case)


def test_every_documented_rule_has_a_golden_case() -> None:
    covered = {rule for case in load_cases("arabic") for rule in case.get("rules", [])}
    assert set(ArabicStep.rules) - covered <= {"arabic/nfc"}


def test_recompose_after_a_deletion() -> None:
    doc = Doc("\u0627\u0640\u0654")  # alef, tatweel, hamza above: NFC text
    ArabicStep()(doc)
    assert doc.text == "\u0623" and doc.changes["arabic/nfc"] == 1


def test_no_arabic_skips_the_step() -> None:
    doc = Doc("Plain English, 2020 — nothing Arabic here.")
    ArabicStep(diacritics="strip", digits="ascii", alef="bare")(doc)
    assert not doc.changes and doc.text == doc.source


def test_segments_route_folds() -> None:
    """URL segments are never folded; Arabic punctuation never enters English runs."""
    text = "مدرسة, see x.com/مدرسة ok, good?"
    doc = Doc(text)
    url_start = text.index("x.com")
    url_end = text.index(" ok")
    doc.segments = [
        Segment(0, 5, "ar", "ar", "Arab"),
        Segment(5, 7, "neutral", None, "Zyyy"),
        Segment(7, url_start, "en", "en", "Latn"),
        Segment(url_start, url_end, "other", None, "Zyyy", kind="url"),
        Segment(url_end, len(text), "en", "en", "Latn"),
    ]
    ArabicStep(teh_marbuta="heh", punctuation="arabic")(doc)
    assert doc.text == "مدرسه، see x.com/مدرسة ok, good?"
    assert [s.kind for s in doc.segments].count("url") == 1


def test_bad_elongation_options_are_clear() -> None:
    with pytest.raises(ValueError, match="elongation_keep"):
        ArabicStep(elongation="reduce", elongation_threshold=3, elongation_keep=3)
    with pytest.raises(ValueError, match="valid: 'keep', 'heh', 'teh'"):
        ArabicStep(teh_marbuta="ta")


_FOLDS = Pipeline.from_config({"steps": {"arabic": {
    "diacritics": "strip", "dagger_alef": "alef", "quranic_marks": "strip", "tatweel": "remove",
    "lookalikes": "arabic", "keheh": "kaf", "farsi_yeh": "position", "hamza": "carrier",
    "alef": "bare", "alef_maqsura": "yeh", "teh_marbuta": "heh", "digits": "ascii",
    "punctuation": "latin", "elongation": "reduce"}}})


@given(st.one_of(arabic_text(), mixed_text()))
def test_fused_fast_path_equals_the_general_path(x: str) -> None:
    """Untracked documents take the fused path: same text and the same per-rule counts."""
    fast = _FOLDS.run(x, track=False)
    slow = _FOLDS.run(x, track=True)
    assert fast.text == slow.text
    assert +fast.changes == +slow.changes
