"""A slow, literal transcription of ``specs/segmentation.md``, one character at a time.

It is the yardstick of the fast engine (:mod:`.runs`): the tests check that both agree on
random strings, and the annotated data set is built with it from word-level language labels
(``corpora/segmentation/``). Not for production use: it loops over characters in Python.

>>> text = "سجل مؤشر S&P 500 مكاسب"
>>> [(s.label, text[s.start:s.end]) for s in reference_segments(text)]
[('ar', 'سجل مؤشر'), ('neutral', ' '), ('en', 'S&P'), ('neutral', ' 500 '), ('ar', 'مكاسب')]
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..types import Segment
from .chars import (
    CLOSING_PUNCTUATION,
    LINE_BREAKS,
    OPENING_PUNCTUATION,
    TATWEEL,
    WORD_CONNECTORS,
    ZERO_WIDTH_JOINERS,
)
from .links import find_links
from .runs import script_of

_ARAB = regex.compile(r"\p{sc=Arab}")
_LATN = regex.compile(r"\p{sc=Latn}")
_COMMON = regex.compile(r"[\p{sc=Zyyy}\p{sc=Zinh}]")
# Properties as the ``regex`` module knows them (its Unicode version may be newer than
# ``unicodedata``'s): the same source as the fast engine.
_LETTER = regex.compile(r"\p{L}")
_MARK = regex.compile(r"\p{M}")
_DIGIT = regex.compile(r"\p{Nd}")
_BLANK = regex.compile(r"[\p{White_Space}\p{Cf}]")

#: ``(text, start, end, script) -> (label, lang)`` for one word.
WordLabeler = Callable[[str, int, int, str], tuple[str, "str | None"]]


def letter_script(ch: str) -> str | None:
    """``Arab`` / ``Latn`` / another ISO code for a letter of a script; ``None`` otherwise."""
    if _LETTER.match(ch) is None:
        return None
    if _ARAB.match(ch):
        return "Arab"
    if _LATN.match(ch):
        return "Latn"
    if _COMMON.match(ch):
        return None
    return "Othr"


def _is_mark(ch: str) -> bool:
    return _MARK.match(ch) is not None


def _is_digit(ch: str) -> bool:
    return _DIGIT.match(ch) is not None


def _is_blank(ch: str) -> bool:
    return _BLANK.match(ch) is not None


def script_labeler(text: str, start: int, end: int, script: str) -> tuple[str, str | None]:
    """The script view: ``Arab`` → ``ar``, ``Latn`` → ``en``, others → ``other``."""
    return {"Arab": "ar", "Latn": "en"}.get(script, "other"), None


def words(text: str, blocked: list[bool]) -> list[tuple[int, int, str]]:
    """``(start, end, script)`` of every word (rule 1), outside ``blocked`` characters."""
    out = []
    n = len(text)
    i = 0
    while i < n:
        # digits glued in front of a first letter belong to the word
        j = i
        while j < n and not blocked[j] and _is_digit(text[j]):
            j += 1
        if j < n and not blocked[j] and (script := letter_script(text[j])):
            start = i
            k = j + 1
            while k < n and not blocked[k]:
                ch = text[k]
                if letter_script(ch) == script or _is_mark(ch) or _is_digit(ch):
                    k += 1
                elif ch == TATWEEL and script == "Arab":
                    k += 1
                elif (ch in ZERO_WIDTH_JOINERS and k + 1 < n and not blocked[k + 1]
                      and letter_script(text[k + 1]) == script
                      and (letter_script(text[k - 1]) == script or _is_mark(text[k - 1]))):
                    k += 1
                elif (ch in WORD_CONNECTORS and k + 1 < n and not blocked[k + 1]
                      and (letter_script(text[k + 1]) == script or _is_digit(text[k + 1]))):
                    k += 1
                else:
                    break
            out.append((start, k, script))
            i = k
        else:
            i = max(j, i + 1) if j == i else j
    return out


def reference_segments(text: str, labeler: WordLabeler = script_labeler) -> list[Segment]:
    """Segments of ``text`` by the spec, with each word labelled by ``labeler``."""
    n = len(text)
    links = find_links(text)
    blocked = [False] * n
    hard = [ch in LINE_BREAKS for ch in text]
    for s, e in links:
        for p in range(s, e):
            blocked[p] = hard[p] = True
    # words -> labelled runs (rule 2: absorb between same labels unless a hard break)
    runs: list[list] = []
    for s, e, script in words(text, blocked):
        label, lang = labeler(text, s, e, script)
        if script == "Othr":
            script = script_of(text[s]) if letter_script(text[s]) else script_of(
                next(c for c in text[s:e] if letter_script(c)))
        if runs and runs[-1][2] == label and not any(hard[runs[-1][1]:s]):
            runs[-1][1] = e  # a merged run keeps the language and script of its first word
        else:
            runs.append([s, e, label, lang, script])
    items = sorted([(r[0], r[1], r) for r in runs] + [(s, e, None) for s, e in links])
    ext: list[list] = []
    for idx, (s, e, run) in enumerate(items):
        if run is None:
            ext.append([s, e, "neutral", None, "Zyyy", "url"])
            continue
        # left edge
        prev_end = items[idx - 1][1] if idx else 0
        gap = range(prev_end, s)
        lb = [p for p in gap if text[p] in LINE_BREAKS]
        if idx == 0 or lb:  # line start: absorb all but leading blanks (rule 5)
            p = (lb[-1] + 1) if lb else prev_end
            while p < s and _is_blank(text[p]):
                p += 1
            new_s = p
        else:  # rule 4: glued opening punctuation joins, straight quotes only if the left did not take them
            left_took = 0
            if items[idx - 1][2] is not None:
                while prev_end + left_took < s and text[prev_end + left_took] in CLOSING_PUNCTUATION:
                    left_took += 1
            p = s
            while p > prev_end + left_took and text[p - 1] in OPENING_PUNCTUATION:
                p -= 1
            new_s = p
        # right edge
        next_start = items[idx + 1][0] if idx + 1 < len(items) else n
        lb = [p for p in range(e, next_start) if text[p] in LINE_BREAKS]
        if idx + 1 == len(items) or lb:  # line end
            stop = lb[0] if lb else next_start
            p = stop
            while p > e and _is_blank(text[p - 1]):
                p -= 1
            new_e = p
        else:
            p = e
            while p < next_start and text[p] in CLOSING_PUNCTUATION:
                p += 1
            new_e = p
        ext.append([new_s, new_e, run[2], run[3], run[4], None])
    segs: list[Segment] = []
    pos = 0
    for s, e, label, lang, script, kind in ext:
        if s > pos:
            segs.append(Segment(pos, s, "neutral", None, "Zyyy"))
        segs.append(Segment(s, e, label, lang, script, kind))
        pos = e
    if pos < n:
        segs.append(Segment(pos, n, "neutral", None, "Zyyy"))
    return segs
