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

import re
from functools import lru_cache

import regex

from ..types import Segment
from .chars import (
    ARABIC_LETTER,
    BLANK_CHARS,
    CLOSING_PUNCTUATION,
    LATIN_LETTER,
    LINE_BREAKS,
    OPENING_PUNCTUATION,
    OTHER_LETTER,
    TATWEEL,
    WORD_CONNECTORS,
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

# Gap analysis uses the stdlib ``re`` (cheaper per call than ``regex`` on these tiny gaps).
_LB_RE = re.compile(f"[{_LB}]")
_LB_LAST = re.compile(f"[{_LB}](?!.*[{_LB}])", re.DOTALL)
_CLOSING_RUN = re.compile(f"[{char_class(CLOSING_PUNCTUATION)}]*")
_OPENING = frozenset(OPENING_PUNCTUATION)


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


#: ``lastindex`` of a run match -> the core's ``(label, lang, script)`` (``other``: filled in).
_CORE_TAIL = (None, ("ar", None, "Arab"), ("en", None, "Latn"), ("other", None, None))


def script_cores(text: str, spans: list[tuple[int, int]] | None = None) -> list[Core]:
    """Script-view cores of ``text``, never inside one of ``spans`` (the URLs and e-mails).

    >>> script_cores("VIP كبار الزوار")
    [(0, 3, 'en', None, 'Latn'), (4, 15, 'ar', None, 'Arab')]
    """
    finditer = SCRIPT_RUN_PATTERN.finditer
    tail = _CORE_TAIL
    if not spans:
        cores = [m.span() + tail[m.lastindex] for m in finditer(text)]  # type: ignore[index]
    else:
        cores = []
        pos = 0
        for stop, nxt in [*spans, (len(text), len(text))]:
            cores += [m.span() + tail[m.lastindex] for m in finditer(text, pos, stop)]  # type: ignore[index]
            pos = nxt
    for i, core in enumerate(cores):
        if core[4] is None:
            cores[i] = (core[0], core[1], "other", None, other_script(text, core[0], core[1]))
    return cores  # type: ignore[return-value]


def _opening_suffix(gap: str, lo: int) -> int:
    """Start (in ``gap``) of the opening punctuation glued to the gap's end, not before ``lo``."""
    p = len(gap)
    while p > lo and gap[p - 1] in _OPENING:
        p -= 1
    return p


#: Code points that are no letter (ASCII and Latin-1 punctuation, general punctuation, currency,
#: arrows, math and technical symbols, enclosed alphanumerics, box drawing, dingbats, variation
#: selectors, emoji): gap material of any run. ``tests/test_segment_fast_path.py`` checks them.
NO_LETTER_RANGES = (
    (0x00, 0x40), (0x5B, 0x60), (0x7B, 0xA9), (0xAB, 0xB4), (0xB6, 0xB9), (0xBB, 0xBF),
    (0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x23FF),
    (0x2460, 0x27BF), (0xFE00, 0xFE0F), (0x1F000, 0x1FAFF),
)
#: Blocks whose letters are all Latin-script letters (Basic Latin to Latin Extended-B).
LATIN_ONLY_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xBA, 0xBA), (0xC0, 0xD6),
                     (0xD8, 0xF6), (0xF8, 0x24F))
#: Blocks whose letters are Arabic-script letters (or tatweel, a Common letter: neutral).
ARABIC_ONLY_RANGES = ((0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF),
                      (0xFE70, 0xFEFF))


def _only(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    body = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}"
                   for a, b in NO_LETTER_RANGES + ranges)
    return re.compile(f"[{body}]*+")


#: ``(whole-text test, first-letter test, core tail)`` of the single-script fast path.
_SINGLE_SCRIPT = (
    (_only(ARABIC_ONLY_RANGES).fullmatch, regex.compile(f"(?V1){ARABIC_LETTER}").search,
     ("ar", None, "Arab")),
    (_only(LATIN_ONLY_RANGES).fullmatch, regex.compile(f"(?V1){LATIN_LETTER}").search,
     ("en", None, "Latn")),
)


def single_script_run(text: str) -> tuple[str, str | None, str] | tuple[()] | None:
    """For a text of one script: the ``(label, lang, script)`` of its letters, ``()`` when it
    has no letter; ``None`` when a cheap test cannot tell (letters of several scripts, or
    characters outside the blocks known here).

    Every letter of such a text is of one script, so a text without line breaks is one core.

    >>> single_script_run("مرحبا 👋!"), single_script_run("café"), single_script_run("Hi سلام")
    (('ar', None, 'Arab'), ('en', None, 'Latn'), None)
    """
    for only, letter, tail in _SINGLE_SCRIPT:
        if only(text) is not None:
            return tail if letter(text) is not None else ()
    return None


def assemble_line(text: str, label: str, lang: str | None, script: str) -> list[Segment]:
    """The segments of a text that is one core and blanks: no link, no line break (a
    printable text), one run of ``label``. What :func:`assemble` gives, without the gap walk:
    the text's start and end are line edges, so the run takes everything but edge blanks.

    >>> [(s.start, s.end, s.label) for s in assemble_line(" Hi there! ", "en", None, "Latn")]
    [(0, 1, 'neutral'), (1, 10, 'en'), (10, 11, 'neutral')]
    """
    n = len(text)
    start = n - len(text.lstrip(BLANK_CHARS))
    end = len(text.rstrip(BLANK_CHARS))
    core = Segment(start, end, label, lang, script)
    if start:
        segs = [Segment(0, start, "neutral", None, "Zyyy"), core]
    else:
        segs = [core]
    if end < n:
        segs.append(Segment(end, n, "neutral", None, "Zyyy"))
    return segs


_LB_SPLIT = re.compile(f"[{_LB}]").split
_EN_TAIL = ("en", None, "Latn")
_ASCII_LETTER = re.compile("[A-Za-z]").search


def assemble_lines(text: str) -> list[Segment] | None:
    """The script view of a text of several lines without links, line by line: a printable
    line of one script (:func:`single_script_run`) is one run from its first to its last
    non-blank character without the run pattern; any other line is assembled on its own.
    ``None`` for a text of one line (:func:`assemble` does it directly).

    Line ends are line edges (rule 5) and no run crosses them, so a line gives the same runs
    alone as inside the text, and everything between two runs is one neutral segment: what
    :func:`assemble` gives for the whole text.

    >>> [(s.start, s.end, s.label) for s in assemble_lines("Hi.\\n\\n سلام ")]
    [(0, 3, 'en'), (3, 6, 'neutral'), (6, 10, 'ar'), (10, 11, 'neutral')]
    """
    lines = _LB_SPLIT(text)
    if len(lines) == 1:
        return None
    segs: list[Segment] = []
    new = Segment
    blanks = BLANK_CHARS
    pos = 0
    free = 0  # start of the neutral material since the last run
    for line in lines:
        n = len(line)
        if n:
            tail = None
            if line.isprintable():
                if line.isascii():
                    tail = _EN_TAIL if _ASCII_LETTER(line) else ()
                else:
                    tail = single_script_run(line)
            if tail is None:  # several scripts or unprintable characters: the rules, on the line
                for seg in assemble(line, script_cores(line), []):
                    if seg.label != "neutral":
                        start = pos + seg.start
                        if start > free:
                            segs.append(new(free, start, "neutral", None, "Zyyy"))
                        free = pos + seg.end
                        segs.append(new(start, free, seg.label, seg.lang, seg.script))
            elif tail:
                start = pos + n - len(line.lstrip(blanks))
                if start > free:
                    segs.append(new(free, start, "neutral", None, "Zyyy"))
                free = pos + len(line.rstrip(blanks))
                segs.append(new(start, free, *tail))
        pos += n + 1
    if free < len(text):
        segs.append(new(free, len(text), "neutral", None, "Zyyy"))
    return segs


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
    segs: list[Segment] = []
    append = segs.append
    new = Segment
    lb_last, lb_first, closing, blanks = _LB_LAST.search, _LB_RE.search, _CLOSING_RUN.match, BLANK_CHARS
    last: Segment | None = None  # the segment of the previous core (None after a URL)
    prev_end = 0                 # the raw end of the previous item
    for item in items:
        start = item[0]
        s = start
        is_core = len(item) == 5
        if start > prev_end:
            gap = text[prev_end:start]
            if gap != " ":
                # every line break is unprintable: a printable gap (most) needs no search
                lb = None if gap.isprintable() else lb_last(gap)
                if not segs or lb is not None:  # a line (or text) start before this item
                    if last is not None:  # ... and a line end after the previous core
                        first = lb_first(gap).start()  # type: ignore[union-attr]
                        last.end = prev_end + len(gap[:first].rstrip(blanks))
                    if is_core:
                        rest = gap[lb.end():] if lb is not None else gap
                        s = start - len(rest.lstrip(blanks))
                else:
                    taken = closing(gap).end() if last is not None else 0
                    if taken:
                        last.end = prev_end + taken  # type: ignore[union-attr]
                    if is_core:
                        s = prev_end + _opening_suffix(gap, taken)
            pos = segs[-1].end if segs else 0
            if s > pos:
                append(new(pos, s, "neutral", None, "Zyyy"))
        if is_core:
            if last is not None and last.label == item[2] and last.end == s:
                last.end = item[1]  # glued same-label neighbours (language view)
            else:
                last = new(s, item[1], item[2], item[3], item[4])
                append(last)
        else:
            append(new(start, item[1], "neutral", None, "Zyyy", "url"))
            last = None
        prev_end = item[1]
    if last is not None and prev_end < n:  # the text's end is a line end
        gap = text[prev_end:]
        lb = _LB_RE.search(gap)
        last.end = prev_end + len((gap[:lb.start()] if lb is not None else gap).rstrip(BLANK_CHARS))
    pos = segs[-1].end if segs else 0
    if pos < n:
        append(Segment(pos, n, "neutral", None, "Zyyy"))
    return segs
