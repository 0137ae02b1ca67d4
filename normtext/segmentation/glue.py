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


def is_proclitic(word: str) -> bool:
    """True for a word that is only proclitics (``و``, ``الـ``, ``وبال``, ``لل``).

    >>> is_proclitic("وبالـ"), is_proclitic("اعلان")
    (True, False)
    """
    bare = _MARKS.sub("", word)
    return bool(bare) and PROCLITICS.fullmatch(bare) is not None


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where the rule inserts one space, in order."""
    points = [m.start() for m in LATIN_THEN_ARABIC.finditer(text)]
    after = [m.end() for m in ARABIC_THEN_LATIN.finditer(text) if not is_proclitic(m.group())]
    if after:
        points = sorted(set(points).union(after))
    if not points:
        return points
    spans = protected_spans(text)
    if spans:
        starts = [s for s, _ in spans]
        points = [p for p in points
                  if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return points
