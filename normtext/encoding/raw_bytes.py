"""Bytes that reached the text undecoded: surrogate-escaped bytes, and UTF-16 read byte by byte.

Two shapes no codec reading of the token engine covers, both unambiguous:

- **surrogate-escaped bytes** (rule ``mojibake/surrogate-escaped``): Python's
  ``surrogateescape`` error handler keeps each byte it could not decode as a lone surrogate
  U+DC80-U+DCFF (windows-1256 Arabic read as UTF-8 by ``open(..., errors="surrogateescape")``).
  A run of them, with the ASCII between, is turned back into its bytes and decoded by
  :func:`~normtext.encoding.decoding.decode_bytes` (UTF-8, else windows-1256 / ISO-8859-6 /
  windows-1252, decided per line); a run no codec reads plausibly stays as it is. Such text
  cannot even be written as UTF-8 until it is repaired.
- **UTF-16 code units read as single bytes** (rule ``mojibake/utf16-as-bytes``): UTF-16LE text
  read as latin-1 (or as UTF-8) shows each code unit as two characters, the second one the high
  byte: ``\\x00`` after ASCII, ``\\x06`` after an Arabic letter (``#\\x06'\\x06`` is أا). A run
  of at least :data:`MIN_UNITS` such pairs is decoded as UTF-16LE; a byte the UTF-8 reading had
  replaced (U+FFFD) leaves U+FFFD in its code unit.

>>> repair_raw_bytes_text("\\udcc7\\udce1\\udce1\\udcdb\\udcc9 ok")
'اللغة ok'
>>> repair_raw_bytes_text("x: #\\x069\\x06D\\x06F\\x06*\\x06")
'x: أعلنت'
"""

from __future__ import annotations

import re

from ..chargate import CharGate
from .decoding import decode_bytes
from .score import is_plausible

RULE_SURROGATES = "mojibake/surrogate-escaped"
RULE_UTF16 = "mojibake/utf16-as-bytes"

#: The code points ``surrogateescape`` gives the bytes 0x80-0xFF.
ESCAPED_BYTES = "\udc80-\udcff"
#: A run of escaped bytes, the ASCII and two-byte characters between them included: bytes of
#: the same stream that happened to be valid UTF-8 were decoded (windows-1256 ``ة،`` is C9 A1,
#: which UTF-8 reads as ``ɡ``).
ESCAPED_RUN_RE = re.compile(f"[{ESCAPED_BYTES}](?:[\\x00-\u07ff]*[{ESCAPED_BYTES}])*")
#: Two-byte characters glued to either end of a run belong to it too (at most this many).
_GLUED = 24
_GLUED_AFTER = re.compile(f"[A-Za-z0-9\\x80-\u07ff]{{1,{_GLUED}}}")
_GLUED_BEFORE = re.compile(f"[A-Za-z0-9\\x80-\u07ff]{{1,{_GLUED}}}\\Z")
#: An Arabic letter elsewhere on the line: without one, a run that a legacy code page decodes is
#: read as windows-1252 where that reading is plausible (``\udce0 la`` is ``à la``, not ``ـ la``).
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: Runs with at most this many high bytes take the line's script into account.
FEW_HIGH = 2
_ESCAPED_GATE = re.compile(f"[{ESCAPED_BYTES}]")

#: High bytes of UTF-16 code units as they show after a one-byte reading, all control
#: characters that clean text never holds: 0x00 (ASCII, Latin-1), 0x06 (Arabic), 0x05 (Hebrew),
#: 0x04 (Cyrillic).
UNIT_HIGH_BYTES = "\x00\x04\x05\x06"
#: Fewest code units in a run (shorter runs are left alone: ``a\x00`` alone proves nothing).
MIN_UNITS = 4
#: One code unit: a low byte (any latin-1 character, or U+FFFD for a byte a UTF-8 reading
#: replaced), then a high byte.
_UNIT = f"[\\x00-\\xff\ufffd][{UNIT_HIGH_BYTES}]"
#: Inside a run (its units aligned by the ones before), a unit may have any high byte of the
#: blocks text often holds: U+2000-U+2FFF (dashes, quotes, …, €, arrows, symbols: ``¬ `` is
#: €, ``½&`` is ⚽), and the surrogates of an emoji (``<Ø\x89ß`` is 🎉). Such units only count
#: between two units of the kind above (a space or a comma after a letter is ordinary text).
_INNER = "[\\x00-\\xff\ufffd][\\x00-\\x2f\\xd8-\\xdf]"
#: A run may also start with a U+20xx unit whose low byte is a control character (an opening
#: quote: “ is ``\x1c ``), and end with one (or with any units of the inner kind at the end of
#: a line: …, ☕).
_EDGE_START = "(?:[\\x10-\\x1f] )"
_EDGE_END = f"(?:[\\x10-\\x1f] |(?:{_INNER})+(?=\\n|\\Z))"
#: A run of code units (at least :data:`MIN_UNITS` of the first kind); at least one high byte
#: must be NUL or 0x06 (checked after the match).
UTF16_RUN_RE = re.compile(
    f"{_EDGE_START}?{_UNIT}(?:(?:{_INNER})*?{_UNIT}){{{MIN_UNITS - 1},}}{_EDGE_END}?")
#: The characters that can signal a run (NUL and 0x06 never stand in clean text).
UTF16_GATE = CharGate("\x00\x06")
#: Control characters a genuine UTF-16 decoding does not produce (tabs and line breaks aside).
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: A placeholder low byte for a replaced one (U+FFFD); its code unit becomes U+FFFD again.
_LOST_LOW = "\x01"


def _few_high(raw: bytes) -> bool:
    """At most :data:`FEW_HIGH` bytes of ``raw`` are high: too few for a code page decision."""
    return len(raw) - len(raw.decode("latin-1").encode("ascii", "ignore")) <= FEW_HIGH


def _arabic_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_ARABIC_LETTER.search(text, line_start, start) or _ARABIC_LETTER.search(text, end, line_end))


def escaped_bytes_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Edits that decode runs of surrogate-escaped bytes (see the module docstring)."""
    if _ESCAPED_GATE.search(text) is None:
        return []
    edits = []
    last = 0
    for m in ESCAPED_RUN_RE.finditer(text):
        start, end = m.span()
        before = _GLUED_BEFORE.search(text, max(last, start - _GLUED), start)
        after = _GLUED_AFTER.match(text, end)
        start, end = before.start() if before else start, after.end() if after else end
        raw = text[start:end].encode("utf-8", "surrogateescape")
        result = decode_bytes(raw)
        decoded = result.text
        if (result.encoding not in ("utf-8", "cp1252") and _few_high(raw)
                and not _arabic_on_line(text, start, end)):
            western = raw.decode("cp1252", "surrogateescape")
            if _ESCAPED_GATE.search(western) is None and is_plausible(western):
                decoded = western
        if _ESCAPED_GATE.search(decoded) is None and is_plausible(decoded):
            edits.append((start, end, decoded, RULE_SURROGATES))
            last = end
    return edits


def _decode_units(run: str) -> str | None:
    """``run`` (low byte, high byte, …) decoded as UTF-16LE, or ``None`` if it is not UTF-16."""
    lost = run.count("\ufffd")
    data = (run.replace("\ufffd", _LOST_LOW) if lost else run).encode("latin-1")
    try:
        out = data.decode("utf-16-le")
    except UnicodeDecodeError:  # a lone surrogate code unit: not UTF-16 after all
        return None
    if lost:  # the code units whose low byte was replaced: U+FFFD (at most a few per run)
        units = list(out)
        pos = run.find("\ufffd")
        while pos >= 0:
            if pos % 2 == 0:
                units[pos // 2] = "\ufffd"
            pos = run.find("\ufffd", pos + 1)
        out = "".join(units)
    if _CONTROL_RE.search(out.replace("\ufffd", "")) or not is_plausible(out.replace("\ufffd", "")):
        return None
    return out


def utf16_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Edits that decode runs of UTF-16 code units read as bytes (see the module docstring)."""
    if not UTF16_GATE.search(text):
        return []
    edits = []
    for m in UTF16_RUN_RE.finditer(text):
        run = m.group()
        highs = run[1::2]
        if "\x00" not in highs and "\x06" not in highs:
            continue
        decoded = _decode_units(run)
        if decoded is not None:
            edits.append((m.start(), m.end(), decoded, RULE_UTF16))
    return edits


def repair_raw_bytes_text(text: str) -> str:
    """The two repairs on a string (for tests and examples; the pipeline edits a Doc)."""
    edits = sorted(escaped_bytes_edits(text) + utf16_edits(text))
    out, pos = [], 0
    for start, end, new, _ in edits:
        if start < pos:
            continue
        out += [text[pos:start], new]
        pos = end
    out.append(text[pos:])
    return "".join(out)
