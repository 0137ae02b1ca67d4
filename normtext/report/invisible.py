"""Characters the report shows as small labelled badges instead of drawing them.

Invisible characters (bidi controls, zero-width characters, space variants, controls) are the
very thing a reviewer needs to see, and bidi controls would also reorder the page around
them. Each is replaced in the HTML by a badge naming it (``RLM``, ``ZWJ``, ``NBSP`` …); the
character itself is never written into the page.

>>> badge_label("\\u200f"), badge_label("\\x85"), badge_label("\\udcff")
('RLM', 'NEL', '0xFF')
"""

from __future__ import annotations

import unicodedata

import regex

from .. import chars

#: character -> short badge label. Other controls get ``U+XXXX``; surrogate-escaped bytes
#: (undecodable input kept by ``surrogateescape``) get ``0xNN``.
BADGES: dict[str, str] = {
    chars.NO_BREAK_SPACE: "NBSP",
    chars.NARROW_NO_BREAK_SPACE: "NNBSP",
    chars.FIGURE_SPACE: "FIGSP",
    chars.OGHAM_SPACE_MARK: "OGHAM SP",
    chars.EN_QUAD: "EN QUAD",
    chars.EM_QUAD: "EM QUAD",
    chars.EN_SPACE: "ENSP",
    chars.EM_SPACE: "EMSP",
    chars.THREE_PER_EM_SPACE: "3/EM SP",
    chars.FOUR_PER_EM_SPACE: "4/EM SP",
    chars.SIX_PER_EM_SPACE: "6/EM SP",
    chars.PUNCTUATION_SPACE: "PUNCSP",
    chars.THIN_SPACE: "THINSP",
    chars.HAIR_SPACE: "HAIRSP",
    chars.MEDIUM_MATHEMATICAL_SPACE: "MMSP",
    chars.IDEOGRAPHIC_SPACE: "IDSP",
    chars.SOFT_HYPHEN: "SHY",
    chars.ZERO_WIDTH_SPACE: "ZWSP",
    chars.ZERO_WIDTH_NON_JOINER: "ZWNJ",
    chars.ZERO_WIDTH_JOINER: "ZWJ",
    chars.WORD_JOINER: "WJ",
    chars.BYTE_ORDER_MARK: "BOM",
    chars.ARABIC_LETTER_MARK: "ALM",
    chars.LEFT_TO_RIGHT_MARK: "LRM",
    chars.RIGHT_TO_LEFT_MARK: "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u180e": "MVS",
    "\u2061": "FA",
    "\u2062": "IT",
    "\u2063": "IS",
    "\u2064": "IP",
    chars.NEXT_LINE: "NEL",
    chars.LINE_SEPARATOR: "LSEP",
    chars.PARAGRAPH_SEPARATOR: "PSEP",
    "\r": "CR",
    "\ufffd": "U+FFFD",
}
for _cp in range(0xFE00, 0xFE10):
    BADGES[chr(_cp)] = f"VS{_cp - 0xFE00 + 1}"

#: Everything shown as a badge: the table above, other C0/C1 controls (tab and newline are
#: drawn as they are), other format characters, and lone surrogates.
INVISIBLE = regex.compile(
    "[" + "".join(f"\\U{ord(c):08x}" for c in sorted(BADGES))
    + r"\x00-\x08\x0b-\x1f\x7f-\x9f\p{Cf}\ud800-\udfff]"
)


def badge_label(char: str) -> str:
    """The badge text for one invisible character."""
    label = BADGES.get(char)
    if label is not None:
        return label
    cp = ord(char)
    if 0xDC80 <= cp <= 0xDCFF:
        return f"0x{cp - 0xDC00:02X}"
    return f"U+{cp:04X}"


def badge_title(char: str) -> str:
    """The tooltip of a badge: code point and Unicode name.

    >>> badge_title("\\u200d")
    'U+200D ZERO WIDTH JOINER'
    """
    cp = ord(char)
    if 0xDC80 <= cp <= 0xDCFF:
        return f"undecodable byte 0x{cp - 0xDC00:02X} (kept as it came)"
    name = unicodedata.name(char, "")
    return f"U+{cp:04X} {name}".rstrip()
