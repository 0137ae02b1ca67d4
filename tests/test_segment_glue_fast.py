"""The fast glue scan (candidates, then exact checks) equals the exact rule patterns everywhere,
and the run-by-run candidate search equals the previous letter-by-letter one."""

from __future__ import annotations

import re
import sys
import time
from bisect import bisect_right

import pytest
from conftest import REPO
from hypothesis import given
from hypothesis import strategies as st

from normtext.segmentation.glue import (
    _ARABIC_RANGES,
    _ARABIC_WORD_BACK,
    _BETWEEN,
    _MARK_RANGES,
    ARABIC_THEN_LATIN,
    LATIN_THEN_ARABIC,
    glue_points,
    is_proclitic,
    may_have_glue,
    protected_spans,
)

ALPHABET = "ab.:!?)\"' وفبكلالـاعنًّxyZé\u0301…»\u1dc0\u064b@#/w"
#: Every class the scan tells apart: ASCII letters, stops and closers (ASCII and not), Arabic
#: letters, Arabic marks and tatweel, other combining marks, presentation forms, astral Arabic,
#: Latin-1 letters, spaces (NBSP too), digits, link and hashtag characters.
WIDE_ALPHABET = ("aZx.!?…:)]\"'»”’“ وفبلاـ\u064b\u0670\u0610\u06e5\u08d3\u0301\u1ab0\u1dc0\u20d0"
                 "\ufe20\ufb50\ufe70\U0001ee00\U00010ec2\u0750\u0870é\u00a0 9٣#@/,-")
TOKENS = ["said", "iPhone", "Qatar", "اضافة", "اعلان", "وال", "الـ", "و", "كَتَبَ", "ـــ", ".", "...",
          "»", "’", ")", "\u0301", "\u064e", " ", " ", "\u00a0", "https://x.com/a", "#قطر", "@user",
          "a@b.com", "2024", "e\u0301t"]

# --- the previous scan, letter by letter (the yardstick for candidates) -----------------------
PREVIOUS_LATIN = re.compile(f"[A-Za-z][{_BETWEEN}]*(?=[{_ARABIC_RANGES}])")
PREVIOUS_ARABIC = re.compile(f"[{_ARABIC_RANGES}{_MARK_RANGES}](?=[A-Za-z])")
ASCII_LETTER_ANY = re.compile("[A-Za-z]")
ARABIC_ANY = re.compile(f"[{_ARABIC_RANGES}]")


def previous_may_have_glue(text: str) -> bool:
    return (ASCII_LETTER_ANY.search(text) is not None and ARABIC_ANY.search(text) is not None
            and (PREVIOUS_LATIN.search(text) is not None or PREVIOUS_ARABIC.search(text) is not None))


def _outside_links(text: str, points: list[int]) -> list[int]:
    spans = protected_spans(text)
    if spans and points:
        starts = [s for s, _ in spans]
        points = [p for p in points
                  if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return points


def previous_glue_points(text: str) -> list[int]:
    if not previous_may_have_glue(text):
        return []
    points = [m.end() for m in PREVIOUS_LATIN.finditer(text)
              if LATIN_THEN_ARABIC.match(text, m.end()) is not None]
    for m in PREVIOUS_ARABIC.finditer(text):
        word = _ARABIC_WORD_BACK.search(text, 0, m.end())
        if word is not None and word.end() == m.end() and not is_proclitic(word.group()):
            points.append(m.end())
    return _outside_links(text, sorted(points))


def reference_points(text: str) -> list[int]:
    """The rule written directly with the exact patterns (slow: the yardstick)."""
    points = {m.start() for m in LATIN_THEN_ARABIC.finditer(text)}
    points |= {m.end() for m in ARABIC_THEN_LATIN.finditer(text) if not is_proclitic(m.group())}
    return _outside_links(text, sorted(points))


@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=40))
def test_fast_scan_equals_reference(text):
    assert glue_points(text) == reference_points(text)


@given(st.text(alphabet=st.sampled_from(WIDE_ALPHABET), max_size=60))
def test_run_scan_equals_letter_scan(text):
    points = glue_points(text)
    assert points == previous_glue_points(text)
    assert may_have_glue(text) == previous_may_have_glue(text)
    assert not points or may_have_glue(text)


@given(st.lists(st.sampled_from(TOKENS), max_size=30).map("".join))
def test_run_scan_equals_letter_scan_on_words(text):
    assert glue_points(text) == previous_glue_points(text)
    assert may_have_glue(text) == previous_may_have_glue(text)


def test_generated_corpus_equals_letter_scan():
    sys.path.insert(0, str(REPO / "corpora"))
    from generate import corpus_texts

    texts = corpus_texts(150_000) + corpus_texts(50_000, short=True)
    assert sum(map(previous_may_have_glue, texts)) > 20  # the sample has glue to find
    for text in texts:
        assert glue_points(text) == previous_glue_points(text), text
        assert may_have_glue(text) == previous_may_have_glue(text), text


def test_examples():
    text = "Al-Ghad reported.اضافة اعلانthe end وExcel الـiPhone saidاضافة"
    assert glue_points(text) == reference_points(text) == [17, 28, 57]
    # stops, closers and marks between the two sides; an astral Arabic letter; vocalised Arabic
    assert glue_points("said.»\u0301اضافة") == [7]
    assert glue_points("x\U0001ee01\U0001ee02y") == [1, 3]
    assert glue_points("كَتَبَthe") == [6] and may_have_glue("كَتَبَ the") is False


N = 5_000
FLOOR = 0.004  # seconds: below this the timer's noise dominates


def _best(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        glue_points(text)
        may_have_glue(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", [
    "e\u0301t ",        # a mark before a Latin letter, far from any Arabic word (read backwards)
    "aب",               # a candidate at every character
    "a.)\u0301",        # stops, closers and marks after every Latin letter, no Arabic after them
    "\u064bx",          # Arabic marks glued to Latin letters
    "ـ" + "a" * 3,      # tatweel (an Arabic-range character) before Latin words
])
def test_scan_is_linear(unit):
    small, large = "ب " + unit * N, "ب " + unit * (4 * N)
    t1, t4 = _best(small), _best(large)
    assert t4 <= 8 * max(t1, FLOOR), f"{unit!r}: {t1:.4f}s at {N}, {t4:.4f}s at {4 * N}"
