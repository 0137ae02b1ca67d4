"""The rare Arabic code page confusions: DOS (cp720, cp864), Mac (mac_arabic) and DOS Western (cp850).

The token engine (:mod:`.tokens`) knows the common readings (windows-1252 / latin-1 / windows-1256
and their layers). These are rarer (the spec lists them: old DOS files, Mac files, consoles), and
each has shapes clean text does not have, so a run is re-decoded whole:

- **UTF-8 shown through a one-byte code page** (rule ``mojibake/utf8-as-<codec>``): each UTF-8
  sequence shows as its lead character then its continuation characters (``╪ث`` is أ in cp720,
  ``ظ#`` in mac_arabic, ``ﻅ£`` in cp864, ``Ïú`` in cp850). A run of at least
  :data:`MIN_SEQUENCES` such sequences, with the ASCII between them, is turned back into bytes by
  the role of each character (a lead character is a lead byte, the next ones continuation bytes:
  mac_arabic shows 0xA3 and 0x23 alike as ``#``) and decoded as UTF-8.
- **legacy Arabic bytes shown through another one-byte code page** (rule
  ``mojibake/<written>-as-<shown>``): cp720 text read as cp437 (``φÜαƒσ`` is وأضاف) and
  mac_arabic text read as mac_roman (``√Ÿ‰Ê`` is أعلنت). A run of at least
  :data:`MIN_LEGACY_LETTERS` characters that are Arabic letters in the written code page is
  re-decoded when the result reads as Arabic.

A run is changed only when the result is plausible text with Arabic letters, and nothing is
changed otherwise.

>>> repair_rare_text("قال: " + "وزارة الصحة".encode("utf-8").decode("cp720"))
'قال: وزارة الصحة'
>>> repair_rare_text("وأضاف الوزير".encode("cp720").decode("cp437"))
'وأضاف الوزير'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .codecs import (
    CP1252_CONT_IMAGE,
    CP1256_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    encode_cp437,
    encode_cp1252,
    encode_cp1256,
    encode_macroman,
)
from .score import arabic_letter_count, arabic_score, is_plausible
from .splice import splice

#: Harakat and other Arabic marks, deleted before a run is scored.
_NO_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])
#: Fewest UTF-8 sequences in a run (``ظ،`` alone is clean Arabic in mac_arabic's images).
MIN_SEQUENCES = 3
#: Fewest Arabic letters a legacy run must decode to.
MIN_LEGACY_LETTERS = 5
#: A legacy re-decoding must read at least this well as Arabic (:func:`.score.arabic_score`).
MIN_ARABIC_SCORE = 5.0


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff"


#: Common punctuation that clean text holds next to anything: never evidence on its own.
_COMMON_SIGNS = set("«»–—“”‘’…·•£€¢¥©®°±×÷¡¿½¼¾ªº¬")
#: Or fewer sequences, each with a character clean text never has there (``قÄú`` is “).
MIN_STRONG = 2


def _odd(ch: str) -> bool:
    """Not ASCII, not Arabic, not a space, not common punctuation: box drawing, Latin-1 letters,
    symbols (in mojibake of these code pages, glued to an Arabic letter or to each other)."""
    return not (ch.isascii() or ch.isspace() or _is_arabic(ch) or ch in _COMMON_SIGNS)


#: The common readings of UTF-8 (the token engine's, which knows their layers and lost bytes).
_COMMON_ENCODERS = (encode_cp1252, encode_cp1256, encode_cp437, encode_macroman)


#: UTF-8 sequences as windows-1252 or windows-1256 characters (``Ã‰``, ``Ø§``, ``ط§``).
_COMMON_SEQUENCE = re.compile(
    f"[\u00c2-\u00f4][{re.escape(CP1252_CONT_IMAGE)}]{{1,3}}"
    f"|[{re.escape(CP1256_LEAD_IMAGE)}][{re.escape(CP1256_CONT_IMAGE)}]{{1,3}}")
#: A run whose non-ASCII characters are mostly such sequences is the token engine's.
COMMON_SHARE = 0.6


def _common_mojibake(run: str) -> bool:
    """A common reading explains the run: :func:`_common_utf8`, most of its characters are
    UTF-8 sequences as windows-1252 / -1256 characters (a piece of a layered run), or a common
    legacy reading makes it read as Arabic."""
    return _common_utf8(run) or _common_share(run) or _common_legacy_score(run) >= MIN_ARABIC_SCORE


def _common_share(run: str) -> bool:
    wide = sum(1 for ch in run if not ch.isascii())
    covered = sum(len(m.group()) for m in _COMMON_SEQUENCE.finditer(run))
    return wide > 0 and covered >= COMMON_SHARE * wide


def _common_utf8(run: str) -> bool:
    """A common reading turns the whole run back into valid UTF-8 (``Ã˜Â§``, ``┘ü╪º``): it is
    the token engine's to repair (cp437 and cp850 share most characters; the common one wins)."""
    if run.isascii():
        return False
    for encode in _COMMON_ENCODERS:
        try:
            encode(run).decode("utf-8")
        except UnicodeError:
            continue
        return True
    return False


def _common_legacy_score(run: str) -> float:
    """How well the common legacy readings (windows-1256 / ISO-8859-6 text read as
    windows-1252: ``ÇáÚÑÈíÉ``) make the run read as Arabic (:func:`.score.arabic_score`)."""
    try:
        raw = encode_cp1252(run)
    except UnicodeError:
        return float("-inf")
    return max(arabic_score(raw.decode(codec, "replace")) for codec in ("cp1256", "iso8859-6"))


def _strong(seq: str) -> bool:
    """A sequence clean text cannot hold: a character outside letters, ASCII and common signs
    (box drawing, maths), or an Arabic letter glued to a Latin one (``قÄú``)."""
    if any(_odd(c) and not c.isalpha() for c in seq):
        return True
    return any(_is_arabic(c) for c in seq) and any(c.isalpha() and not c.isascii() and not _is_arabic(c)
                                                    for c in seq)


#: What a short run may decode to: ASCII, Arabic, Latin-1 letters, typographic punctuation.
_USUAL_OUTPUT = re.compile("[\x00-\x7f\u00a0-\u00ff\u0600-\u06ff\u2010-\u2027\u20ac]*")


def _candidate_runs(run_re: re.Pattern, text: str, common) -> list[tuple[int, int, str]]:
    """``(start, end, run)`` of the runs of ``run_re``, cut to whole words, that ``common``
    (a test of the common readings) leaves to this module."""
    out = []
    for m in run_re.finditer(text):
        span = _whole_words(text, *m.span())
        if span is not None and not common(run := text[span[0]:span[1]]):
            out.append((*span, run))
    return out


def _whole_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without a piece of a word at either end (a run found by its shapes can
    begin inside a clean word: ``دينار؛`` ends with ``ر؛``, a valid pair in mac_arabic's
    images); ``None`` if nothing is left."""
    if start > 0 and text[start - 1].isalnum():
        cut = text.find(" ", start, end)
        if cut < 0:
            return None
        start = cut + 1
    if end < len(text) and text[end].isalnum():
        cut = text.rfind(" ", start, end)
        if cut < 0:
            return None
        end = cut
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return (start, end) if start < end else None


def _image(codec: str, byte: int) -> str | None:
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return None


def _class(chars) -> str:
    return "".join(re.escape(c) for c in sorted(set(chars)))


@dataclass(frozen=True)
class Utf8ShownAs:
    """UTF-8 bytes decoded with the one-byte code page ``codec``."""

    codec: str

    @property
    def rule(self) -> str:
        return f"mojibake/utf8-as-{self.codec.replace('_', '-')}"

    @cached_property
    def _maps(self) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
        """Reverse maps by role: lead of 2, 3, 4 bytes, and continuation (first byte wins)."""
        def reverse(lo: int, hi: int) -> dict[str, int]:
            out: dict[str, int] = {}
            for b in range(lo, hi + 1):
                ch = _image(self.codec, b)
                if ch is not None and len(ch) == 1:
                    out.setdefault(ch, b)
            return out
        return reverse(0xC2, 0xDF), reverse(0xE0, 0xEF), reverse(0xF0, 0xF4), reverse(0x80, 0xBF)

    @cached_property
    def run_re(self) -> re.Pattern:
        l2, l3, l4, cont = (f"[{_class(m)}]" for m in self._maps)
        seq = f"(?:{l2}{cont}|{l3}{cont}{{2}}|{l4}{cont}{{3}})"
        # sequences with printable ASCII between them (spaces, digits, Latin words); the run
        # ends with a sequence
        return re.compile(f"{seq}(?:[ -~]*?{seq})*")

    @cached_property
    def _seq_re(self) -> re.Pattern:
        l2, l3, l4, cont = (f"[{_class(m)}]" for m in self._maps)
        return re.compile(f"({l2}{cont}|{l3}{cont}{{2}}|{l4}{cont}{{3}})|([ -~])")

    def decode(self, run: str) -> tuple[str, int, int] | None:
        """The run as UTF-8, its number of sequences and of strong ones (with a character
        that clean text never has there: :func:`_odd`), or ``None``."""
        l2, l3, l4, cont = self._maps
        out = bytearray()
        sequences = strong = 0
        pos = 0
        for m in self._seq_re.finditer(run):
            if m.start() != pos:
                return None
            pos = m.end()
            seq = m.group(1)
            if seq is None:
                out += m.group(2).encode("ascii")
                continue
            sequences += 1
            strong += _strong(seq)
            lead = {2: l2, 3: l3, 4: l4}[len(seq)]
            out.append(lead[seq[0]])
            out += bytes(cont[c] for c in seq[1:])
        if pos != len(run):
            return None
        try:
            return out.decode("utf-8"), sequences, strong
        except UnicodeDecodeError:
            return None

    def edits(self, text: str) -> list[tuple[int, int, str, str]]:
        found = []
        for start, end, run in _candidate_runs(self.run_re, text, _common_mojibake):
            got = self.decode(run)
            if got is None:
                continue
            new, sequences, strong = got
            if not is_plausible(new):
                continue
            # Arabic text (enough sequences to tell), or a few odd sequences (“ ” é in English)
            if (sequences >= MIN_SEQUENCES and arabic_letter_count(new) >= 2
                    or strong >= MIN_STRONG and _USUAL_OUTPUT.fullmatch(new)):
                found.append((start, end, new, self.rule))
        return found


@dataclass(frozen=True)
class LegacyShownAs:
    """Arabic text in the one-byte code page ``written`` decoded with ``shown``."""

    written: str
    shown: str

    @property
    def rule(self) -> str:
        return f"mojibake/{self.written.replace('_', '-')}-as-{self.shown.replace('_', '-')}"

    @cached_property
    def letter_images(self) -> list[str]:
        """What ``shown`` makes of the bytes that are Arabic letters in ``written``."""
        out = []
        for b in range(0x80, 0x100):
            real, image = _image(self.written, b), _image(self.shown, b)
            if real and image and "\u0621" <= real <= "\u064a" and not image.isascii():
                out.append(image)
        return out

    @cached_property
    def _letters(self) -> str:
        return _class(self.letter_images)

    @cached_property
    def run_re(self) -> re.Pattern:
        # letters of the written code page shown as ``shown`` characters, with ASCII between
        other = _class(c for b in range(0x80, 0x100) if (c := _image(self.shown, b)) and not c.isascii())
        # a run may end with punctuation of the written code page (mac_arabic's full stop 0xAE
        # shows as Æ in mac_roman)
        return re.compile(f"[{self._letters}](?:[ -~{other}]*?[{self._letters}])+[{other}]{{0,2}}")

    def edits(self, text: str) -> list[tuple[int, int, str, str]]:
        found = []
        # (the common legacy readings are compared below, not used to skip the run)
        for start, end, run in _candidate_runs(self.run_re, text,
                                               lambda r: _common_utf8(r) or _common_share(r)):
            try:
                new = run.encode(self.shown).decode(self.written)
            except UnicodeError:
                continue
            letters = arabic_letter_count(new)
            # (scored without harakat: vocalised text is as Arabic as plain text)
            score = (arabic_score(new.translate(_NO_MARKS))
                     if letters >= MIN_LEGACY_LETTERS and is_plausible(new) else None)
            # better than the common legacy readings of the same characters, by a margin
            if score is not None and score >= max(MIN_ARABIC_SCORE, _common_legacy_score(run) + 1.0):
                found.append((start, end, new, self.rule))
        return found


#: The readings, in the order they are tried (a run one reading changed is not tried again).
READINGS = (Utf8ShownAs("cp720"), Utf8ShownAs("cp864"), Utf8ShownAs("mac_arabic"), Utf8ShownAs("cp850"),
            LegacyShownAs("cp720", "cp437"), LegacyShownAs("mac_arabic", "mac_roman"))
RULES = {r.rule: (f"UTF-8 read as {r.codec}" if isinstance(r, Utf8ShownAs)
                  else f"{r.written} text read as {r.shown}") for r in READINGS}
#: ISO-8859-6 is a rare code page too; UTF-8 read as ISO-8859-6 is undone by the token engine
#: (:mod:`.readings`, its layers and neighbours), under this rule.
RULES["mojibake/utf8-as-iso8859-6"] = "UTF-8 read as ISO-8859-6"


def _signature() -> tuple[dict, str]:
    """A pattern for the cheap scan of :mod:`.signatures`: the shapes of these readings that
    clean text does not have. UTF-8 Arabic (lead bytes D8-DB) shows as the lead's character
    followed by a continuation character that is neither ASCII nor Arabic nor a space (for
    cp720, whose continuation characters are Arabic letters, a box-drawing lead followed by
    any letter); legacy Arabic shows as three letter images in a row (common punctuation
    aside). Every alternative starts with a character clean Arabic and English text lacks.
    Returns the alternatives of each reading, and the characters they start with."""
    by_reading, firsts = {}, []
    for r in READINGS:
        parts = by_reading[r] = []
        if isinstance(r, Utf8ShownAs):
            leads = [c for b in range(0xD8, 0xDC) if (c := _image(r.codec, b)) and not c.isascii()]
            conts = [c for b in range(0x80, 0xC0) if (c := _image(r.codec, b)) and not c.isascii()
                     and not _is_arabic(c) and not c.isspace() and c not in _COMMON_SIGNS]
            # box drawing, Ï, presentation forms (not the signs ¦ ¤ …, which UTF-8 mojibake in
            # windows-1252 / -1256 shows everywhere): the lead is the rare character
            odd_leads = [c for c in leads if (not _is_arabic(c) or "\ufb50" <= c) and c.isalpha()
                         or "\u2500" <= c <= "\u259f"]
            if odd_leads:
                parts.append(f"[{_class(odd_leads)}](?=[^\\s\\x00-\\x7f])")
                firsts += odd_leads
            elif conts:
                # Arabic letters stand for the lead bytes (mac_arabic: ظ ع غ for Arabic, ق for
                # “ ”): an Arabic letter glued to a Latin-1 letter, the letter read second
                arabic_leads = [c for b in range(0xC2, 0xF5) if (c := _image(r.codec, b)) and _is_arabic(c)]
                letters = [c for c in conts if c.isalpha()]
                parts.append(f"[{_class(letters)}](?<=[{_class(arabic_leads)}].)")
                firsts += letters
        else:
            images = [c for c in r.letter_images if c not in _COMMON_SIGNS and not c.isspace()]
            marks = [c for b in range(0x80, 0x100) if (c := _image(r.shown, b)) and not c.isascii()
                     and (w := _image(r.written, b)) and "\u064b" <= w <= "\u0652"]
            letter, mark = f"[{_class(images)}]", f"[{_class(marks)}]{{0,2}}" if marks else ""
            parts.append(f"{letter}(?:{mark}{letter}){{2}}")  # harakat may stand between letters
            firsts += images
    return by_reading, "".join(sorted(set(firsts)))


_PARTS, SIGNATURE_FIRSTS = _signature()
#: The cheap scan's pattern for these readings (see :func:`_signature`), and the characters
#: its matches start with.
SIGNATURE = "|".join(p for parts in _PARTS.values() for p in parts)
_GATE = re.compile(SIGNATURE)
#: The first characters alone: one class gets the engine's fast scan (the alternation does not).
_FIRST = re.compile(f"[{_class(SIGNATURE_FIRSTS)}]")
#: Each reading with its own part of the signature: it looks only at lines that show it.
_READING_GATES = tuple((r, re.compile("|".join(parts))) for r, parts in _PARTS.items() if parts)


def _search(text: str, pos: int) -> re.Match | None:
    """``_GATE.search(text, pos)``, jumping between first characters with the fast scan."""
    first, match = _FIRST.search, _GATE.match
    while (f := first(text, pos)) is not None:
        m = match(text, f.start())
        if m is not None:
            return m
        pos = f.start() + 1
    return None


def rare_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping edits of every reading, on the lines where its signature shows; where two
    readings claim overlapping runs, the longer run wins (a reading that explains the whole run
    beats one that explains a piece)."""
    found = []
    pos = 0
    while (m := _search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        for reading, gate in _READING_GATES:
            if gate.search(line) is not None:
                found += [(a + start, b + start, new, rule) for a, b, new, rule in reading.edits(line)]
        pos = end + 1
    taken: list[tuple[int, int, str, str]] = []
    for edit in sorted(found, key=lambda e: (e[0] - e[1], e[0])):
        if all(edit[1] <= a or edit[0] >= b for a, b, _, _ in taken):
            taken.append(edit)
    return sorted(taken)


def repair_rare_text(text: str) -> str:
    """The repairs on a string (for tests and examples; the pipeline edits a Doc)."""
    return splice(text, rare_edits(text))
