"""Named character classes of the segmentation spec (``specs/segmentation.md``).

Every class is data: a string of the characters it holds, or a ``regex`` class built from
Unicode properties (compiled once, never by scanning code points).

>>> "\\u061f" in CLOSING_PUNCTUATION and "#" in OPENING_PUNCTUATION
True
"""

from __future__ import annotations

# --- hard breaks (rule 3) ------------------------------------------------------------------
#: Line breaks: a run never crosses them.
LINE_BREAKS = "\n\r\x0b\x0c\u0085\u2028\u2029"

# --- word internals (rule 1) ---------------------------------------------------------------
#: Internal connectors: join two parts of one word when the next part is the same script or digits.
WORD_CONNECTORS = (
    "'"        # APOSTROPHE
    "\u2019"   # RIGHT SINGLE QUOTATION MARK
    "-"        # HYPHEN-MINUS
    "_"        # LOW LINE
    "."        # FULL STOP
    "\u2010"   # HYPHEN
    "\u2011"   # NON-BREAKING HYPHEN
)
#: ARABIC TATWEEL (Script=Common, but part of the Arabic word around it).
TATWEEL = "\u0640"
#: ZWNJ and ZWJ: word material only between two letters.
ZERO_WIDTH_JOINERS = "\u200c\u200d"

# --- punctuation that attaches to a neighbouring run (rule 4) ------------------------------
STRAIGHT_QUOTES = "'\""
#: Glued to the end of the left run (straight quotes included).
CLOSING_PUNCTUATION = (
    ")]}"
    "\u00bb"   # » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    "\u201d"   # ” RIGHT DOUBLE QUOTATION MARK
    "\u2019"   # ’ RIGHT SINGLE QUOTATION MARK
    ".,;:!?"
    "\u2026"   # … HORIZONTAL ELLIPSIS
    "\u060c"   # ، ARABIC COMMA
    "\u061b"   # ؛ ARABIC SEMICOLON
    "\u061f"   # ؟ ARABIC QUESTION MARK
    "\u06d4"   # ۔ ARABIC FULL STOP (Urdu)
) + STRAIGHT_QUOTES
#: Glued to the start of the right run (straight quotes the left run did not take included).
OPENING_PUNCTUATION = (
    "([{"
    "\u00ab"   # « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    "\u201c"   # “ LEFT DOUBLE QUOTATION MARK
    "\u2018"   # ‘ LEFT SINGLE QUOTATION MARK
    "#@"
    "\u00bf"   # ¿ INVERTED QUESTION MARK
    "\u00a1"   # ¡ INVERTED EXCLAMATION MARK
) + STRAIGHT_QUOTES

# --- blanks: never at a run's edge, and they break "gluing" (rules 4 and 6) ------------------
#: Unicode White_Space, as code point ranges.
WHITE_SPACE_RANGES = (
    (0x09, 0x0D), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
    (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000),
)
#: General_Category=Cf (format controls: bidi marks and embeddings, ZWSP, ZWNJ/ZWJ, BOM, word
#: joiner, soft hyphen, ALM, U+0600–0605, tags, …), as of the Unicode version of ``regex``;
#: ``tests/test_segment_properties.py`` checks both tables against the properties.
FORMAT_CONTROL_RANGES = (
    (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891),
    (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def ranges_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """A character-class body for code point ranges.

    >>> ranges_class(((0x20, 0x20), (0x2000, 0x200A)))
    '\\\\U00000020\\\\U00002000-\\\\U0000200a'
    """
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


def ranges_chars(ranges: tuple[tuple[int, int], ...]) -> str:
    """Every character of the ranges, as one string (for ``str.strip``).

    >>> ranges_chars(((0x61, 0x63),))
    'abc'
    """
    return "".join(chr(cp) for a, b in ranges for cp in range(a, b + 1))


#: Whitespace and format controls: what rule 6 keeps off a run's edges.
BLANK_CLASS = ranges_class(WHITE_SPACE_RANGES + FORMAT_CONTROL_RANGES)
BLANK_CHARS = ranges_chars(WHITE_SPACE_RANGES + FORMAT_CONTROL_RANGES)

# --- regex classes (Unicode properties; the patterns use the V1 flag for set operations) ---
#: Arabic-script letters. Arabic-Indic digits, ALM, ٪ ٫ ٬ ۔ and U+0600–0605 are not letters,
#: so they stay neutral although their Script is Arabic.
#: (Classes are written flat, without nested sets: the ``regex`` module matches them faster.)
ARABIC_LETTER = r"[\p{sc=Arab}--\P{L}]"
LATIN_LETTER = r"[\p{sc=Latn}--\P{L}]"
#: Letters of every other script (Common/Inherited letters such as U+02BC are neutral).
OTHER_LETTER = r"[^\P{L}\p{sc=Arab}\p{sc=Latn}\p{sc=Zyyy}\p{sc=Zinh}]"
DIGIT = r"\p{Nd}"
MARK = r"\p{M}"
#: Whitespace and Cf format controls: never at a run's edge, and they break "gluing".
BLANK = r"[\p{White_Space}\p{Cf}]"


def char_class(chars: str) -> str:
    """A regex character class (without brackets) matching exactly ``chars``.

    >>> char_class("a-]")
    '\\\\x61\\\\x2d\\\\x5d'
    """
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" for c in chars)
