"""The fast glue scan (candidates, then exact checks) equals the exact rule patterns everywhere."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from normtext.segmentation.glue import (
    ARABIC_THEN_LATIN,
    LATIN_THEN_ARABIC,
    glue_points,
    is_proclitic,
    protected_spans,
)

ALPHABET = "ab.:!?)\"' وفبكلالـاعنًّxyZé\u0301…»\u1dc0\u064b@#/w"


def reference_points(text: str) -> list[int]:
    """The rule written directly with the exact patterns (slow: the yardstick)."""
    points = {m.start() for m in LATIN_THEN_ARABIC.finditer(text)}
    points |= {m.end() for m in ARABIC_THEN_LATIN.finditer(text) if not is_proclitic(m.group())}
    ordered = sorted(points)
    spans = protected_spans(text)
    if spans and ordered:
        starts = [s for s, _ in spans]
        ordered = [p for p in ordered
                   if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return ordered


@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40))
def test_fast_scan_equals_reference(text):
    assert glue_points(text) == reference_points(text)


def test_examples():
    text = "Al-Ghad reported.اضافة اعلانthe end وExcel الـiPhone saidاضافة"
    assert glue_points(text) == reference_points(text) == [17, 28, 57]
