"""The rule engine of the spec: word runs ("cores") and how neutral material attaches to them.

A *core* is ``(start, end, label, lang, script)``: from the first letter (or glued leading
digits) of its first word to the end of its last word. :func:`script_cores` finds the cores of
the script view with one compiled pattern; the language view splits them further
(:mod:`normtext.segmentation.language`). :func:`assemble` then applies spec rules 2–6 (absorption,
hard breaks, glued punctuation, line edges, no blank at a run edge) to any list of cores.

>>> text = "Al-Ghad reported.اضافة اعلان"
>>> [(s.label, text[s.start:s.end]) for s in assemble(text, script_cores(text), [])]
[('en', 'Al-Ghad reported.'), ('ar', 'اضافة اعلان')]
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..types import Segment
from .chars import (
    ARABIC_LETTER,
    CLOSING_PUNCTUATION,
    LATIN_LETTER,
    LINE_BREAKS,
    OPENING_PUNCTUATION,
    OTHER_LETTER,
    TATWEEL,
    WORD_CONNECTORS,
    ZERO_WIDTH_JOINERS,
    char_class,
)

Core = tuple[int, int, str, "str | None", str]

_LB = char_class(LINE_BREAKS)
_CONN = char_class(WORD_CONNECTORS)
#: Digits glued in front of a word's first letter (never re-tried inside a digit string).
_LEAD = r"(?:(?<!\p{Nd})\p{Nd}+)?"


def _run_pattern(letter: str, gap: str, tail: str) -> str:
    """A script run: a word, then (neutral gap, word of the same script)*, then the word's tail.

    The gap may hold anything but letters of another script and line breaks. The tail is what
    a word takes after its last letter: marks, digits (and tatweel in Arabic), then
    ``connector + digits`` parts (``COVID-19``, ``v2.1``).
    """
    return (rf"{_LEAD}{letter}(?:(?:{gap})*{letter})?"
            rf"[\p{{M}}\p{{Nd}}{tail}]*(?:[{_CONN}]\p{{Nd}}[\p{{M}}\p{{Nd}}]*)*")


def _gap(script: str) -> str:
    """Everything but line breaks and letters of other scripts (a flat class: fast)."""
    return rf"[\p{{sc={script}}}\p{{sc=Zinh}}\P{{L}}\p{{sc=Zyyy}}--[{_LB}]]"


#: Non-letters, Common/Inherited letters and other-script letters, minus line breaks.
_OTHER_GAP = rf"[^\p{{sc=Arab}}\p{{sc=Latn}}{_LB}]|[[\p{{sc=Arab}}\p{{sc=Latn}}]--\p{{L}}]"

#: The script view in one pattern: Arabic, Latin and other-script runs.
SCRIPT_RUN_PATTERN = regex.compile(
    "(?V1)"
    f"(?P<ar>{_run_pattern(ARABIC_LETTER, _gap('Arab'), TATWEEL)})"
    f"|(?P<en>{_run_pattern(LATIN_LETTER, _gap('Latn'), '')})"
    f"|(?P<other>{_run_pattern(OTHER_LETTER, _OTHER_GAP, '')})"
)

#: ISO 15924 codes of the scripts an ``other`` run is most likely in (``Zzzz`` otherwise).
OTHER_SCRIPTS = (
    "Cyrl", "Grek", "Hebr", "Hani", "Hira", "Kana", "Hang", "Deva", "Beng", "Guru", "Gujr",
    "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr", "Khmr",
    "Geor", "Armn", "Ethi", "Syrc", "Thaa", "Nkoo", "Tfng", "Mong", "Cher", "Copt",
)
_SCRIPT_OF = regex.compile("|".join(f"(?P<{s}>\\p{{sc={s}}})" for s in OTHER_SCRIPTS))
_OTHER_LETTER_RE = regex.compile(f"(?V1){OTHER_LETTER}")

_LB_RE = regex.compile(f"[{_LB}]")
_LB_REV = regex.compile(f"(?r)[{_LB}]")
_BLANKS = regex.compile(r"[\p{White_Space}\p{Cf}]*")
_LAST_SOLID = regex.compile(r"(?r)[^\p{White_Space}\p{Cf}]")
_CLOSING_RUN = regex.compile(f"[{char_class(CLOSING_PUNCTUATION)}]*")
_OPENING = frozenset(OPENING_PUNCTUATION)
_JOINERS = ZERO_WIDTH_JOINERS


@lru_cache(maxsize=512)
def script_of(ch: str) -> str:
    """ISO 15924 code of a letter of another script (``Zzzz`` when not in the table).

    >>> script_of("Ж"), script_of("ש")
    ('Cyrl', 'Hebr')
    """
    m = _SCRIPT_OF.match(ch)
    return m.lastgroup if m else "Zzzz"


def other_script(text: str, start: int, end: int) -> str:
    """The script of the first other-script letter in ``text[start:end]``."""
    m = _OTHER_LETTER_RE.search(text, start, end)
    return script_of(m.group()) if m else "Zzzz"


_SCRIPT_OF_LABEL = {"ar": "Arab", "en": "Latn"}


def script_cores(text: str, spans: list[tuple[int, int]] | None = None) -> list[Core]:
    """Script-view cores of ``text``, never inside one of ``spans`` (the URLs and e-mails).

    >>> script_cores("VIP كبار الزوار")
    [(0, 3, 'en', None, 'Latn'), (4, 15, 'ar', None, 'Arab')]
    """
    cores: list[Core] = []
    pos = 0
    for stop, nxt in [*(spans or ()), (len(text), len(text))]:
        for m in SCRIPT_RUN_PATTERN.finditer(text, pos, stop):
            label = m.lastgroup
            start, end = m.span()
            script = _SCRIPT_OF_LABEL.get(label) or other_script(text, start, end)  # type: ignore[arg-type]
            cores.append((start, end, label, None, script))  # type: ignore[arg-type]
        pos = nxt
    return cores


def _opening_suffix(gap: str, lo: int) -> int:
    """Start (in ``gap``) of the opening punctuation glued to the gap's end, not before ``lo``."""
    p = len(gap)
    while p > lo and gap[p - 1] in _OPENING:
        p -= 1
    return p


def assemble(text: str, cores: list[Core], links: list[tuple[int, int]]) -> list[Segment]:
    """Segments that tile ``text``: cores extended by spec rules 4–5, the rest neutral.

    ``cores`` and ``links`` are each in order and do not overlap one another. Each gap between
    two items is read once: with a line break in it, both sides follow the line-edge rule 5;
    otherwise rule 4 (glued closing punctuation to the left core, glued opening punctuation to
    the right core; a URL takes none).

    >>> text = "Call us at ٠٥٠١٢٣٤٥٦٧"
    >>> [(s.label, s.end) for s in assemble(text, script_cores(text), [])]
    [('en', 21)]
    """
    n = len(text)
    if links:
        items: list[tuple] = sorted([*cores, *((s, e, "neutral", None, "Zyyy", "url") for s, e in links)],
                                    key=lambda it: it[0])
    else:
        items = cores
    out: list[list] = []
    prev_end = 0
    prev_core = False
    for item in items:
        start = item[0]
        is_core = len(item) == 5
        s = start
        if start > prev_end:
            gap = text[prev_end:start]
            if gap != " ":
                lb = _LB_REV.search(gap)
                if not out or lb is not None:  # a line (or text) start before this item
                    if prev_core:  # ... and a line end after the previous core
                        first = _LB_RE.search(gap).start()  # type: ignore[union-attr]
                        solid = _LAST_SOLID.search(gap, 0, first)
                        if solid is not None:
                            out[-1][1] = prev_end + solid.end()
                    if is_core:
                        s = prev_end + _BLANKS.match(gap, lb.end() if lb is not None else 0).end()
                else:
                    taken = _CLOSING_RUN.match(gap).end() if prev_core else 0
                    if taken:
                        out[-1][1] = prev_end + taken
                    if is_core:
                        s = prev_end + _opening_suffix(gap, taken)
        if is_core:
            out.append([s, item[1], item[2], item[3], item[4], None])
        else:
            out.append(list(item))
        prev_end = item[1]
        prev_core = is_core
    if prev_core and prev_end < n:  # the text's end is a line end
        gap = text[prev_end:]
        lb = _LB_RE.search(gap)
        solid = _LAST_SOLID.search(gap, 0, lb.start() if lb is not None else len(gap))
        if solid is not None:
            out[-1][1] = prev_end + solid.end()
    return _fill(n, out)


def _fill(n: int, items: list[tuple]) -> list[Segment]:
    """Neutral segments in the gaps between ``items``; same-label neighbours merged."""
    segs: list[Segment] = []
    pos = 0
    for s, e, label, lang, script, kind in items:
        if s > pos:
            segs.append(Segment(pos, s, "neutral", None, "Zyyy"))
        if segs and kind is None and label != "neutral" and segs[-1].label == label \
                and segs[-1].end == s and segs[-1].kind is None:
            segs[-1].end = e
        else:
            segs.append(Segment(s, e, label, lang, script, kind))
        pos = e
    if pos < n:
        segs.append(Segment(pos, n, "neutral", None, "Zyyy"))
    return segs
