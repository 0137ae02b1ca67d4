"""The cheap scan that decides which lines need repair work (the fast path).

One compiled pattern per question; a document where :data:`CODEC_SIGNATURE_RE` finds nothing is
returned untouched without any per-line work.

>>> bool(CODEC_SIGNATURE_RE.search("Plain English and العربية الفصحى، القط؟"))
False
>>> [bool(CODEC_SIGNATURE_RE.search(s)) for s in ("Ø§Ù„", "ط§ظ„", "ÇáÚÑÈíÉ", "a\\x93b")]
[True, True, True, True]
"""

from __future__ import annotations

import re

import regex

from .arabic_swap import GATE as SWAP_SIGNATURE
from .arabic_swap import GATE_FIRSTS as SWAP_FIRSTS
from .codecs import (
    CP437_CONT_IMAGE,
    CP1252_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    CP1256_STRONG_CONT,
    FTFY_CONT_IMAGE,
    FTFY_LEAD_IMAGE,
    LEGACY_LETTER_IMAGE,
    MACROMAN_CONT_IMAGE,
    PRESENTATION_FORMS,
)
from .rare_codepages import SIGNATURE as RARE_CODEPAGE_SIGNATURE
from .rare_codepages import SIGNATURE_FIRSTS

_E = re.escape

#: Invisible characters later steps delete; one may sit inside mojibake without hiding it.
_INV = "[\u00ad\u200b\u2060\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"


def _pair(first: str, second: str) -> str:
    """``first`` then ``second`` (perhaps with one invisible between), written second-first: the
    scan looks for the rarer second character and only then looks back."""
    return f"[{_E(second)}](?:(?<=[{_E(first)}].)|(?<=[{_E(first)}]{_INV}.))"


#: latin-1 characters of the UTF-8 lead bytes 0xC2-0xF4 (``Â`` … ``ô``).
_LATIN1_LEADS = "".join(map(chr, range(0xC2, 0xF5)))

#: Anything the token engine (:mod:`.tokens`) could repair: a UTF-8 lead + continuation character
#: as cp1252/latin-1 (Arabic, layered, Latin), ``Ù`` with a lost second byte, a windows-1256 lead
#: + an unambiguous continuation, two legacy Arabic letter bytes read as latin-1, a BOM as
#: mojibake, box drawing / macroman / cp437 characters of UTF-8 text, or a C1 control.
TOKEN_SIGNATURE = (
    _pair(_LATIN1_LEADS, CP1252_CONT_IMAGE) + "|\u00d9"
    + "|" + _pair(CP1256_LEAD_IMAGE + PRESENTATION_FORMS, CP1256_STRONG_CONT) + "|\u00a0(?<=\u0622.)"
    + f"|[{_E(LEGACY_LETTER_IMAGE)}](?<=[{_E(LEGACY_LETTER_IMAGE)}].)|\u00ef\u00bb[\u00bf\u061f]"
    + "|" + _pair("\u00ff\u0178", MACROMAN_CONT_IMAGE) + "|" + _pair("\u256a\u2518", CP437_CONT_IMAGE)
    + "|[\u2500-\u259f]{2}|[\u0080-\u009f]|\uf8ff|\u0393\u00c7"
    # lowercased mojibake of Arabic (``ø£ù„``: the leads Ø Ù Ú Û lowercased), uppercased
    # mojibake (``ØΜ``: µ uppercased to Greek Mu)
    + "|" + _pair("\u00f8\u00f9\u00fa\u00fb", CP1252_CONT_IMAGE) + "|\u039c(?<=[\u00d8\u00d9].)"
)
#: Anything ftfy's encoding fixes could change: a lead + continuation character in one of its
#: codecs, a C1 control, or the shapes of its ``restore_byte_a0`` / ``replace_lossy_sequences``
#: (a latin-1 lead whose 0xA0 became a space, or whose next byte became ``?`` / U+FFFD).
FTFY_SIGNATURE = (
    _pair(FTFY_LEAD_IMAGE, FTFY_CONT_IMAGE) + "|[\u0080-\u009f]"
    + f"|[\u00c2\u00c3\u00c5\u00ce\u00d0\u00d9][ ?\x1a]|[\u00e2\u00e3] [{_E(CP1252_CONT_IMAGE)}]"
    + f"|[\u00c2-\u00df]\ufffd|[\u00e0-\u00ef][?\ufffd][{_E(CP1252_CONT_IMAGE)}\ufffd]"
)
#: Bytes that reached the text undecoded (:mod:`.raw_bytes`): a surrogate-escaped byte, or the
#: NUL / 0x06 high byte of a UTF-16 code unit read as a byte (never in clean text).
RAW_BYTES_SIGNATURE = "[\udc80-\udcff\x00\x06]"
#: The swapped Arabic code pages (:mod:`.arabic_swap`: ISO-8859-6 and windows-1256 read as each
#: other) are in the scan too, as ``SWAP_SIGNATURE``.
#: The rare Arabic code pages (:mod:`.rare_codepages`: cp720, cp864, mac_arabic, cp850).
RARE_SIGNATURE = RARE_CODEPAGE_SIGNATURE
#: Every character a signature can start with (the scan skips all others in one class test).
_FIRSTS = "".join(sorted(set(
    CP1252_CONT_IMAGE + CP1256_STRONG_CONT + LEGACY_LETTER_IMAGE + FTFY_CONT_IMAGE
    + MACROMAN_CONT_IMAGE + CP437_CONT_IMAGE
    + "\u00d9\u00ef\u00ff\uf8ff\u0393\u00c2\u00c3\u00c5\u00ce\u00d0\u00e2\u00e3"
    + "".join(map(chr, range(0x80, 0xA0))) + "".join(map(chr, range(0xC2, 0xF0)))
    + "".join(map(chr, range(0x2500, 0x25A0))) + "\x00\x06"
    + "".join(map(chr, range(0xDC80, 0xDD00))) + SIGNATURE_FIRSTS + "\u039c" + SWAP_FIRSTS)))
# The scans use the standard library's ``re``: on a long character class it scans ~100x faster
# than ``regex`` (measured: 1000 vs 5 MB/s), and these patterns need nothing ``regex`` adds.
CODEC_SIGNATURE_RE = re.compile(
    f"(?=[{_E(_FIRSTS)}])(?:{TOKEN_SIGNATURE}|{FTFY_SIGNATURE}|{RAW_BYTES_SIGNATURE}|{RARE_SIGNATURE}"
    f"|{SWAP_SIGNATURE})")
TOKEN_SIGNATURE_RE = re.compile(f"(?=[{_E(_FIRSTS)}])(?:{TOKEN_SIGNATURE})")
FTFY_SIGNATURE_RE = re.compile(f"(?=[{_E(_FIRSTS)}])(?:{FTFY_SIGNATURE})")
#: The first characters alone: a pattern that is one class gets the engine's charset fast scan
#: (~7x faster than the patterns above, whose leading lookahead does not).
_FIRST_RE = re.compile(f"[{_E(_FIRSTS)}]")
#: The same class as a class body: a superset of every signature (for classes fused with others).
SIGNATURE_FIRST_CHARS = _E(_FIRSTS)
#: Candidates tried one by one before one search of the whole pattern takes over (clean text
#: has a few: NBSP, dashes, guillemets and curly quotes are first characters too).
_PROBES = 6


def find_signature(text: str, pattern: re.Pattern = CODEC_SIGNATURE_RE, pos: int = 0) -> re.Match | None:
    """``pattern.search(text, pos)``, faster: jump between first characters with the fast scan.

    >>> find_signature("a clean line – with a dash, then Ø§Ù„").group()
    '§'
    """
    first = _FIRST_RE.search
    match = pattern.match
    for _ in range(_PROBES):
        f = first(text, pos)
        if f is None:
            return None
        pos = f.start()
        m = match(text, pos)
        if m is not None:
            return m
        pos += 1
    return pattern.search(text, pos)
#: A BOM shown as mojibake: EF BB BF read as cp1252/latin-1 (``ï»¿``) or windows-1256 (``ï»؟``).
BOM_MOJIBAKE_RE = regex.compile("\u00ef\u00bb[\u00bf\u061f]")
#: Remaining C1 controls that windows-1252 defines (it leaves 0x81 0x8D 0x8F 0x90 0x9D undefined).
C1_CONTROL_RE = regex.compile("[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]")


def signature_lines(text: str, pattern: re.Pattern = CODEC_SIGNATURE_RE) -> list[tuple[int, int]]:
    """``(start, end)`` of each line (without its line break) where ``pattern`` matches."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = find_signature(text, pattern, pos)
        if m is None:
            return spans
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        spans.append((start, end))
        pos = end + 1
