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
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator

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
#: Code points, as data: the Arabic ranges (every Arabic letter is inside them), the non-Arabic
#: combining marks that may stand inside a glue, and the stops and closers.
_ASCII_LETTER_SPANS = ((0x41, 0x5A), (0x61, 0x7A))
_ARABIC_SPANS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFC), (0x10EC0, 0x10EFF), (0x1EE00, 0x1EEFF))
_MARK_SPANS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
               (0xFE20, 0xFE2F))
_STOPS_CLOSERS = SENTENCE_FINAL + _CLOSERS.replace("\\", "")


def _ranges(spans: Iterable[tuple[int, int]]) -> str:
    """A character-class body for ``re``: ``[(0x41, 0x5A), (0x61, 0x7A)]`` → ``A-Za-z``.

    >>> _ranges([(0x41, 0x5A), (0x61, 0x7A)])
    'A-Za-z'
    """
    return "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in spans)


def _complement(spans: Iterable[tuple[int, int]]) -> str:
    """A class body for every code point outside ``spans``, as positive ranges (``re`` tests a
    class of ranges about four times faster than the negated ``[^A-Za-z]``).

    >>> not_letters = re.compile(f"[{_complement([(0x41, 0x5A), (0x61, 0x7A)])}]+")
    >>> not_letters.fullmatch("ب 1,[é]`{"), not_letters.search("aZ")
    (<re.Match object; span=(0, 9), match='ب 1,[é]`{'>, None)
    """
    body, start = [], 0
    for first, last in sorted(spans):
        if first > start:
            body.append(f"{re.escape(chr(start))}-{re.escape(chr(first - 1))}")
        start = max(start, last + 1)
    if start <= sys.maxunicode:
        body.append(f"{re.escape(chr(start))}-{re.escape(chr(sys.maxunicode))}")
    return "".join(body)


_ARABIC_RANGES = _ranges(_ARABIC_SPANS)
_MARK_RANGES = _ranges(_MARK_SPANS)
_BEFORE_ARABIC = ("A-Za-z.!?\u2026:)\\]\"'\u00bb\u201d\u2019\u0300-\u036f\u0610-\u061a"
                  "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u08ca-\u08ff\u1ab0-\u1aff"
                  "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f")
#: What may stand between the Latin side and the Arabic letter: marks, tatweel, closers, stops.
_BETWEEN = _BEFORE_ARABIC[len("A-Za-z"):]
#: The part of :data:`_BETWEEN` outside the Arabic ranges (stops, closers, non-Arabic marks).
_BETWEEN_NOT_ARABIC = re.escape(_STOPS_CLOSERS) + _MARK_RANGES
#: Candidates for both rules, with stdlib ``re`` and explicit ranges (a superset: every point of
#: either rule is at a candidate). Only candidates are checked against the exact patterns.
#:
#: The Latin → Arabic candidate of one ASCII letter: its point is the end of this match (never
#: inside a run of Arabic marks, so vocalised Arabic text yields none).
_LATIN_CANDIDATE = re.compile(f"[A-Za-z][{_BETWEEN}]*(?=[{_ARABIC_RANGES}])")
#: The next candidate, found run by run rather than letter by letter (a letter-led search starts
#: a match attempt at every letter: ~25 ns each). Text alternates two kinds of maximal runs:
#: ``_LATIN_RUN``, anything but Arabic characters, non-Arabic marks, stops and closers (so ASCII
#: letters, spaces, digits, commas...), and ``_OTHER_RUN``, anything but ASCII letters. A candidate
#: can only sit at the end of a run: an ASCII letter ending a Latin run and followed by stops,
#: closers or marks and then an Arabic character (group ``latin``, which ends after that letter),
#: or an Arabic character or mark ending an other run right before an ASCII letter (group
#: ``arabic``, which ends at the point). Runs are possessive and their end tests read ahead at
#: most one run, so each character is read at most three times: linear. Matched at a position,
#: the pattern skips every run that ends without a candidate and stops at the next candidate; a
#: mostly English or mostly Arabic text costs a few runs (one per stop, or per word of the other
#: script) instead of one attempt per letter.
_LATIN_RUN = "[{}]++".format(_complement(
    [*_ARABIC_SPANS, *_MARK_SPANS, *((ord(c), ord(c)) for c in _STOPS_CLOSERS)]))
_LATIN_END = f"(?<=[A-Za-z])[{_BETWEEN_NOT_ARABIC}]*+[{_ARABIC_RANGES}]"
_OTHER_RUN = f"[{_complement(_ASCII_LETTER_SPANS)}]++"
_ARABIC_END = f"(?<=[{_ARABIC_RANGES}{_MARK_RANGES}])[A-Za-z]"
_NEXT_CANDIDATE = re.compile(
    f"(?:{_LATIN_RUN}(?!{_LATIN_END})|{_OTHER_RUN}(?!{_ARABIC_END}))*+"
    f"(?:(?P<latin>{_LATIN_RUN}(?={_LATIN_END}))|(?P<arabic>{_OTHER_RUN}(?={_ARABIC_END})))"
)
#: The characters before the first Arabic one (both rules need one: text with none has no point).
_BEFORE_FIRST_ARABIC = re.compile(f"[{_complement(_ARABIC_SPANS)}]*+")
#: The Arabic word that ends at a point, matched backwards from it.
_ARABIC_WORD_BACK = regex.compile(rf"(?rV1){ARABIC_LETTER}(?:{ARABIC_LETTER}|[\p{{M}}\u0640])*")


def _candidates(text: str) -> Iterator[tuple[str, int]]:
    """Yield ``(kind, end)`` for every candidate in order (``latin``: the letter ends at ``end``)."""
    pos = 0
    while (m := _NEXT_CANDIDATE.match(text, pos)) is not None:
        pos = m.end()
        yield m.lastgroup, pos


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
    if text.isascii() or _BEFORE_FIRST_ARABIC.match(text).end() == len(text):
        return False
    return _NEXT_CANDIDATE.match(text) is not None


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where the rule inserts one space, in order."""
    if text.isascii() or _BEFORE_FIRST_ARABIC.match(text).end() == len(text):  # no Arabic
        return []
    points = []
    for kind, end in _candidates(text):
        if kind == "latin":  # an ASCII letter ends at ``end``: its candidate point
            point = _LATIN_CANDIDATE.match(text, end - 1).end()
            if LATIN_THEN_ARABIC.match(text, point) is not None:
                points.append(point)
        else:  # an ASCII letter after an Arabic word
            word = _ARABIC_WORD_BACK.match(text, 0, end)
            if word is not None and not is_proclitic(word.group()):
                points.append(end)
    if not points:
        return points
    points.sort()
    spans = protected_spans(text)
    if spans:
        starts = [s for s, _ in spans]
        points = [p for p in points
                  if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return points
