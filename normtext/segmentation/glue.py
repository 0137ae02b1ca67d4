"""Where a glued Arabic/Latin run gets one space (the ``segment/split-glued`` rule).

One space goes in where

- a Latin (ASCII) letter is immediately followed by an Arabic letter (``saidاضافة`` →
  ``said اضافة``),
- sentence-final punctuation (``. ! ? … :``) after a Latin word is immediately followed by an
  Arabic letter (``reported.اضافة اعلان`` → ``reported. اضافة اعلان``),
- an Arabic word is immediately followed by a Latin (ASCII) letter (``اعلانthe`` → ``اعلان the``),

never after a proclitic alone (و ف ب ل ك ال الـ and their combinations: ``وExcel``,
``الـiPhone`` stay), never before punctuation (``iOS،`` stays: only letters follow an inserted
space), and never inside a URL, an e-mail address, a hashtag or a handle.

>>> text = "Al-Ghad reported.اضافة اعلانthe end وExcel الـiPhone #قطرQatar"
>>> points = glue_points(text)
>>> "".join(text[a:b] + (" " if b in points else "") for a, b in zip([0, *points], [*points, len(text)]))
'Al-Ghad reported. اضافة اعلان the end وExcel الـiPhone #قطرQatar'
"""

from __future__ import annotations

import re
from bisect import bisect_right

import regex

from .chars import ARABIC_LETTER
from .links import protected_spans

#: Sentence-final punctuation that a glued Arabic word may follow.
SENTENCE_FINAL = ".!?\u2026:"
_CLOSERS = ")\\]\"'\u00bb\u201d\u2019"

#: The Latin side of a glue point: an ASCII letter. A glued Latin-1 letter (``Ùؠ``) is far more
#: often leftover mojibake than English, and a space there would change what the encoding
#: repair sees on the next run (the pipeline must stay idempotent).
ASCII_LETTER = "[A-Za-z]"
#: Before an Arabic letter glued to a Latin letter or to sentence-final punctuation after one
#: (stray marks and tatweel in between do not stop it: a later step may delete them, and the
#: pipeline must stay idempotent).
LATIN_THEN_ARABIC = regex.compile(
    "(?V1)"
    rf"(?={ARABIC_LETTER})(?<={ASCII_LETTER}[\p{{M}}\u0640]*"
    rf"(?:[{_CLOSERS}\p{{M}}\u0640]*[{regex.escape(SENTENCE_FINAL)}]+[{_CLOSERS}\p{{M}}\u0640]*)?)"
)
#: An Arabic word glued to a following Latin letter.
ARABIC_THEN_LATIN = regex.compile(
    "(?V1)"
    rf"(?={ARABIC_LETTER})(?<!{ARABIC_LETTER}[\p{{M}}\u0640]*){ARABIC_LETTER}[[\p{{M}}\u0640]||{ARABIC_LETTER}]*(?={ASCII_LETTER})"
)
#: A word made of proclitics only: و ف, then ب ك ل, then ال / لل (tatweel allowed after it).
PROCLITICS = regex.compile(r"[وف]?(?:[بكل]?ال|لل|[بكل])?\u0640*")
_MARKS = regex.compile(r"[\p{M}]")
#: Cheap candidates for both rules, with stdlib ``re`` and explicit ranges (a superset: every
#: point of either rule is the end of one of these one-character matches). Only candidates are
#: checked against the exact patterns, so text without glue costs one scan.
_ARABIC_RANGES = ("\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
                  "\U00010ec0-\U00010eff\U0001ee00-\U0001eeff")
_BEFORE_ARABIC = ("A-Za-z.!?\u2026:)\\]\"'\u00bb\u201d\u2019\u0300-\u036f\u0610-\u061a"
                  "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u08ca-\u08ff\u1ab0-\u1aff"
                  "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f")
_MARK_RANGES = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: What may stand between the Latin side and the Arabic letter: marks, tatweel, closers, stops.
_BETWEEN = _BEFORE_ARABIC[len("A-Za-z"):]
#: Latin → Arabic candidates start at an ASCII letter (the rule needs one before the point; never
#: inside a run of Arabic marks, so vocalised Arabic text yields none, and never inside a run of
#: stops or closers, so such a run is scanned once: linear time); the point is the match's end.
_LATIN_CANDIDATE = re.compile(f"[A-Za-z][{_BETWEEN}]*(?=[{_ARABIC_RANGES}])")
#: Arabic → Latin candidates: an Arabic letter or mark right before an ASCII letter (the point).
_ARABIC_CANDIDATE = re.compile(f"[{_ARABIC_RANGES}{_MARK_RANGES}](?=[A-Za-z])")
#: Both kinds in one pattern (the cheap test of :func:`may_have_glue`). Two scans with one
#: class-led pattern each are faster than one scan of the alternation, and find the same
#: candidates: a Latin candidate's run is followed by an Arabic letter, never by an ASCII one.
_CANDIDATE = re.compile(f"{_LATIN_CANDIDATE.pattern}|{_ARABIC_CANDIDATE.pattern}")
_ASCII_LETTER_ANY = re.compile("[A-Za-z]")
_ARABIC_ANY = re.compile(f"[{_ARABIC_RANGES}]")
#: The Arabic word that ends at a point, found by searching backwards from it.
_ARABIC_WORD_BACK = regex.compile(rf"(?rV1){ARABIC_LETTER}(?:{ARABIC_LETTER}|[\p{{M}}\u0640])*")


def is_proclitic(word: str) -> bool:
    """True for a word that is only proclitics (``و``, ``الـ``, ``وبال``, ``لل``).

    >>> is_proclitic("وبالـ"), is_proclitic("اعلان")
    (True, False)
    """
    bare = _MARKS.sub("", word)
    return bool(bare) and PROCLITICS.fullmatch(bare) is not None


def may_have_glue(text: str) -> bool:
    """A cheap superset test of :func:`glue_points`: False means no point at all.

    >>> may_have_glue("saidاضافة"), may_have_glue("said اضافة"), may_have_glue("plain")
    (True, False, False)
    """
    # both rules need an ASCII letter and an Arabic letter: two fast class scans first
    if text.isascii() or _ASCII_LETTER_ANY.search(text) is None or _ARABIC_ANY.search(text) is None:
        return False
    return _CANDIDATE.search(text) is not None


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where the rule inserts one space, in order."""
    if not may_have_glue(text):  # one script only (two fast class scans), or no candidate
        return []
    points = [m.end() for m in _LATIN_CANDIDATE.finditer(text)
              if LATIN_THEN_ARABIC.match(text, m.end()) is not None]
    for m in _ARABIC_CANDIDATE.finditer(text):  # an ASCII letter after an Arabic word
        j = m.end()
        word = _ARABIC_WORD_BACK.search(text, 0, j)
        if word is not None and word.end() == j and not is_proclitic(word.group()):
            points.append(j)
    if not points:
        return points
    points.sort()
    spans = protected_spans(text)
    if spans:
        starts = [s for s, _ in spans]
        points = [p for p in points
                  if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return points
