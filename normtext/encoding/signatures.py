"""The cheap scan that decides which lines need repair work (the fast path).

One compiled pattern per question; a document where :data:`CODEC_SIGNATURE_RE` finds nothing is
returned untouched without any per-line work.

>>> bool(CODEC_SIGNATURE_RE.search("Plain English and العربية الفصحى، القط؟"))
False
>>> [bool(CODEC_SIGNATURE_RE.search(s)) for s in ("Ø§Ù„", "ط§ظ„", "ÇáÚÑÈíÉ", "a\\x93b")]
[True, True, True, True]
"""

from __future__ import annotations

import regex

from .codecs import (
    CP1252_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    CP1256_STRONG_CONT,
    FTFY_CONT_IMAGE,
    FTFY_LEAD_IMAGE,
    LEGACY_LETTER_IMAGE,
)

_E = regex.escape

#: Anything the token engine (:mod:`.tokens`) could repair: a UTF-8 lead + continuation character
#: as cp1252/latin-1 (Arabic, layered, Latin), ``Ù`` with a lost second byte, a windows-1256 lead
#: + an unambiguous continuation, two legacy Arabic letter bytes read as latin-1, a BOM as
#: mojibake, or box drawing / macroman characters of UTF-8 Arabic.
#: Invisible characters later steps delete; they may sit inside mojibake without hiding it.
_INV = "[\u00ad\u200b\u2060\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*"
TOKEN_SIGNATURE = (
    f"[\u00c2-\u00f4]{_INV}[{_E(CP1252_CONT_IMAGE)}]|\u00d9"
    f"|[{_E(CP1256_LEAD_IMAGE)}]{_INV}[{_E(CP1256_STRONG_CONT)}]"
    f"|[{_E(LEGACY_LETTER_IMAGE)}]{{2}}|\u00ef\u00bb[\u00bf\u061f]"
    "|[\u2500-\u259f]{2}|\u00ff[\u00df\u0178]|[\u0080-\u009f]|\uf8ff|\u0393\u00c7"
)
#: Anything ftfy's encoding fixes could change: a lead + continuation character in one of its
#: codecs, a lead character before a space or lossy ``?``/U+FFFD, or a C1 control.
FTFY_SIGNATURE = (
    f"[{_E(FTFY_LEAD_IMAGE)}]{_INV}[{_E(FTFY_CONT_IMAGE)} ?\ufffd]|[\u0080-\u009f]"
)
CODEC_SIGNATURE_RE = regex.compile(f"{TOKEN_SIGNATURE}|{FTFY_SIGNATURE}")
TOKEN_SIGNATURE_RE = regex.compile(TOKEN_SIGNATURE)
FTFY_SIGNATURE_RE = regex.compile(FTFY_SIGNATURE)
#: A BOM shown as mojibake: EF BB BF read as cp1252/latin-1 (``ï»¿``) or windows-1256 (``ï»؟``).
BOM_MOJIBAKE_RE = regex.compile("\u00ef\u00bb[\u00bf\u061f]")
#: Remaining C1 controls that windows-1252 defines (it leaves 0x81 0x8D 0x8F 0x90 0x9D undefined).
C1_CONTROL_RE = regex.compile("[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]")


def signature_lines(text: str, pattern: regex.Pattern = CODEC_SIGNATURE_RE) -> list[tuple[int, int]]:
    """``(start, end)`` of each line (without its line break) where ``pattern`` matches."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return spans
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        spans.append((start, end))
        pos = end + 1
