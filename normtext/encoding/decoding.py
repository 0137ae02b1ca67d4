"""Decoding bytes that may not be UTF-8: BOMs, UTF-16, and windows-1256 / ISO-8859-6 / cp1252 decided
per line (or per segment where one line mixes UTF-8 with a legacy code page).

Nothing is lost: bytes no decision can decode are kept as ``surrogateescape`` code points, so
``decoded.text.encode("utf-8", "surrogateescape")`` gives them back where they were.

>>> d = decode_bytes("مرحبا بالعالم، كيف حالكم اليوم؟".encode("cp1256"))
>>> d.text, d.encoding
('مرحبا بالعالم، كيف حالكم اليوم؟', 'cp1256')
>>> decode_bytes("Olá, café!".encode("cp1252")).encoding
'cp1252'
>>> d = decode_bytes(b"caf\\xc3\\xa9 \\xe3\\xd1\\xcd\\xc8\\xc7\\n")
>>> d.text, d.encoding, d.decisions
('café مرحبا\\n', 'mixed', [(0, 6, 'utf-8'), (6, 12, 'cp1256')])
"""

from __future__ import annotations

import codecs
import os
from collections import Counter
from dataclasses import dataclass, field

import regex

from .score import arabic_score

#: windows-1252 bytes of punctuation and signs that stand between words (€ … ‘ ’ “ ” • – — NBSP
#: £ © « ° · » ½).
CP1252_SIGN_BYTES = (b"\x80", b"\x85", b"\x91", b"\x92", b"\x93", b"\x94", b"\x95", b"\x96",
                     b"\x97", b"\xa0", b"\xa3", b"\xa9", b"\xab", b"\xb0", b"\xb7", b"\xbb", b"\xbd")
#: Decision names that are not Python codec names.
_PYTHON_CODEC = {"undecodable": "ascii"}
#: Legacy codecs a non-UTF-8 segment is decided between.
LEGACY_CODECS = ("cp1256", "iso8859-6", "cp1252")
#: Decide a line on its own bytes when it has at least this many high bytes (else the document's
#: decision applies).
LINE_DECISION_MIN_HIGH = 12

_HIGH_RUN_RE = regex.compile(rb"[\x80-\xff]+")
_LATIN_WORD_HIGH_RE = regex.compile(rb"(?<=[A-Za-z])[\x80-\xff]{1,2}|[\x80-\xff]{1,2}(?=[A-Za-z])")
_ASCII_LETTER_RE = regex.compile(r"[A-Za-z\u00c0-\u00ff]")
_ARABIC_RE = regex.compile("[\u0621-\u064a]")
#: An Arabic letter glued to a Latin one: the wrong code page read Latin text as Arabic.
_LATIN_GLUED_RE = regex.compile(
    "[\u0621-\u064a][A-Za-z\u00c0-\u00ff]|[A-Za-z\u00c0-\u00ff][\u0621-\u064a]")


@dataclass
class Decoded:
    """Decoded text, the decision (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1256``, ``iso8859-6``,
    ``cp1252``, ``mixed``; ``undecodable`` for bytes no codec reads plausibly, kept as
    surrogateescape), per-segment decisions ``(byte_start, byte_end, encoding)``, warnings."""

    text: str
    encoding: str
    decisions: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_text(path: str | os.PathLike) -> Decoded:
    """Read and decode a file (see :func:`decode_bytes`)."""
    with open(path, "rb") as fh:
        return decode_bytes(fh.read())


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``: a BOM decides; else UTF-8 if valid; else per line/segment legacy codecs."""
    n = len(data)
    for bom, codec, name in ((codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
                             (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
                             (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
                             (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
                             (codecs.BOM_UTF16_BE, "utf-16", "utf-16")):
        if data.startswith(bom):
            if codec == "utf-8-sig":
                inner = decode_bytes(data[3:])
                if inner.encoding in ("utf-8", "ascii"):
                    return Decoded(inner.text, name, [(0, n, name)], inner.warnings)
                shifted = [(s + 3, e + 3, enc) for s, e, enc in inner.decisions]
                return Decoded(inner.text, "mixed", [(0, 3, name)] + shifted, inner.warnings)
            return _decode_wide(data, codec, name)
    guess = _utf16_without_bom(data)
    if guess:
        return _decode_wide(data, guess, guess)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", [(0, n, "utf-8")] if n else [])
    except UnicodeDecodeError:
        pass
    return _decode_mixed(data)


def _decode_wide(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name, [(0, len(data), name)])
    except UnicodeDecodeError as exc:
        head = data[:exc.start].decode(codec)
        tail = data[exc.start:].decode("latin-1").translate(_ESCAPE_HIGH)
        return Decoded(head + tail, name, [(0, exc.start, name), (exc.start, len(data), "undecodable")],
                       [f"{len(data) - exc.start} undecodable bytes from byte offset {exc.start} kept as is"])


#: latin-1 code points 0x80-0xFF -> the surrogateescape code points of those bytes.
_ESCAPE_HIGH = {b: chr(0xDC00 + b) for b in range(0x80, 0x100)}


#: High bytes of UTF-16 code units that text in one script mixes in: its own block (ASCII and
#: Latin-1 0x00, Cyrillic 0x04, Hebrew 0x05, Arabic 0x06), general punctuation, currency and
#: symbols (0x20-0x27), and the surrogates of emoji (0xD8-0xDF).
USUAL_HIGH_BYTES = bytes([0x00, 0x04, 0x05, 0x06, *range(0x20, 0x28), *range(0xD8, 0xE0)])


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` for text without a BOM: the high byte of each pair takes one
    or two values (0x00 for ASCII, 0x06 for Arabic) while the low byte varies, and the decoded
    text holds no control characters other than tabs and line breaks."""
    if len(data) < 8 or len(data) % 2:
        return None
    sample = data[:4096]
    for codec, high, low in (("utf-16-le", sample[1::2], sample[0::2]),
                             ("utf-16-be", sample[0::2], sample[1::2])):
        if 0 not in high:
            continue
        top_high = sum(n for _, n in Counter(high).most_common(2))
        # high bytes of the blocks text mixes in: punctuation and symbols, emoji surrogates
        usual_high = len(high) - len(high.translate(None, USUAL_HIGH_BYTES))
        top_low = sum(n for _, n in Counter(low).most_common(2))
        if max(top_high, usual_high) < 0.9 * len(high) or top_low > 0.6 * len(low):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _CONTROL_RE.search(text) is None:
            return codec
    return None


_CONTROL_RE = regex.compile("[\x00-\x08\x0b\x0e-\x1f\ud800-\udfff]")


def _legacy_quality(raw: bytes, codec: str) -> tuple[float, bool]:
    """How plausible ``raw`` (the non-UTF-8 bytes of a document or line) reads in ``codec``, and
    whether it is plausible at all (Latin: high bytes inside words; Arabic: high bytes are Arabic
    letters not glued to Latin ones)."""
    highs = sum(len(m.group()) for m in _HIGH_RUN_RE.finditer(raw))
    if not highs:
        return 0.0, True
    text = raw.decode(codec, "surrogateescape")
    undefined = sum(1 for ch in text if "\udc80" <= ch <= "\udcff" or "\x80" <= ch <= "\x9f")
    if codec == "cp1252":
        in_words = sum(len(m.group()) for m in _LATIN_WORD_HIGH_RE.finditer(raw))
        signs = sum(raw.count(b) for b in CP1252_SIGN_BYTES)
        quality = 4.0 * in_words / highs - 4.0 * undefined / highs - 2.0
        return quality, undefined == 0 and in_words + signs >= 0.5 * highs
    arabic = len(_ARABIC_RE.findall(text))
    latin_glued = len(_LATIN_GLUED_RE.findall(text))
    quality = (arabic_score(text) + 3.0 * arabic / highs - 6.0 * undefined / highs
               - 8.0 * latin_glued / highs)
    return quality, arabic >= 0.5 * highs and latin_glued <= 0.1 * highs and undefined <= 0.1 * highs


def _best_codec(raw: bytes) -> str | None:
    """The legacy codec that reads ``raw`` best, or ``None`` when none reads it plausibly."""
    scored = [(_legacy_quality(raw, c), c) for c in LEGACY_CODECS]
    plausible = [(q, c == "cp1256", c) for (q, ok), c in scored if ok]
    return max(plausible)[2] if plausible else None


def _line_segments(line: bytes) -> list[tuple[int, int, bool]]:
    """``(start, end, is_utf8)`` pieces of a line that is not valid UTF-8 as a whole.

    A run of high bytes that is valid UTF-8 stays UTF-8 when it is 3+ bytes long or touches an
    ASCII letter (``caf\xc3\xa9``); a lone 2-byte run (``\xd8\xa1``, ``ط،`` in windows-1256) is
    left to the legacy decision.
    """
    runs = list(_HIGH_RUN_RE.finditer(line))
    pieces: list[tuple[int, int, bool]] = []
    for m in runs:
        chunk = m.group()
        try:
            chunk.decode("utf-8")
            before = line[m.start() - 1:m.start()]
            after = line[m.end():m.end() + 1]
            valid = len(chunk) >= 3 or before.isalpha() or after.isalpha()
        except UnicodeDecodeError:
            valid = False
        pieces.append((m.start(), m.end(), valid))
    if not any(v for *_, v in pieces):
        return [(0, len(line), False)]
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end, valid in pieces:
        if out and out[-1][2] == valid:
            out[-1] = (out[-1][0], end, valid)
        else:
            if out:
                out[-1] = (out[-1][0], start, out[-1][2])
            out.append((pos if not out else start, end, valid))
        pos = end
    out[-1] = (out[-1][0], len(line), out[-1][2])
    return out


def _decode_mixed(data: bytes) -> Decoded:
    lines = data.splitlines(keepends=True)
    pieces: list[tuple[int, int, bool]] = []  # absolute byte ranges, utf-8 or legacy
    pos = 0
    for line in lines:
        try:
            line.decode("utf-8")
            pieces.append((pos, pos + len(line), True))
        except UnicodeDecodeError:
            pieces.extend((pos + s, pos + e, v) for s, e, v in _line_segments(line))
        pos += len(line)
    legacy_raw = b"".join(data[s:e] for s, e, v in pieces if not v)
    doc_codec = _best_codec(legacy_raw)
    texts: list[str] = []
    decisions: list[tuple[int, int, str]] = []
    warnings: list[str] = []
    for s, e, valid in pieces:
        chunk = data[s:e]
        if valid:
            codec = "utf-8" if not chunk.isascii() else None
        else:
            highs = sum(len(m.group()) for m in _HIGH_RUN_RE.finditer(chunk))
            codec = _best_codec(chunk) if highs >= LINE_DECISION_MIN_HIGH else doc_codec
            codec = codec or "undecodable"
        text = chunk.decode(_PYTHON_CODEC.get(codec or "ascii", codec or "ascii"), "surrogateescape")
        for m in regex.finditer("[\udc80-\udcff]+", text):
            prefix = text[:m.start()].encode(_PYTHON_CODEC.get(codec or "ascii", codec or "ascii"),
                                             "surrogateescape")
            offset = s + len(prefix)
            warnings.append(f"undecodable byte(s) {m.group().encode('utf-8', 'surrogateescape').hex(' ')} "
                            f"at byte offset {offset} kept as is")
        texts.append(text)
        if codec is None:  # ASCII: joins its neighbour's decision
            codec = decisions[-1][2] if decisions else None
        if codec is None:
            decisions.append((s, e, "ascii"))
        elif decisions and decisions[-1][2] in (codec, "ascii"):
            decisions[-1] = (decisions[-1][0], e, codec)
        else:
            decisions.append((s, e, codec))
    names = {enc for *_, enc in decisions if enc != "ascii"}
    encoding = names.pop() if len(names) == 1 else "mixed"
    return Decoded("".join(texts), encoding, decisions, warnings)
