"""Named character tables shared by the steps: each entry a documented code point.

>>> "\\u00a0" in NBSP_LIKE
True
"""

from __future__ import annotations

# --- spaces (Unicode White_Space other than ASCII and line breaks) -------------------------
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
FIGURE_SPACE = "\u2007"
#: Spaces that forbid a line break; HTML ``&nbsp;`` leftovers are the usual source.
NBSP_LIKE = frozenset({NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE, FIGURE_SPACE})

OGHAM_SPACE_MARK = "\u1680"
EN_QUAD, EM_QUAD = "\u2000", "\u2001"
EN_SPACE, EM_SPACE = "\u2002", "\u2003"
THREE_PER_EM_SPACE, FOUR_PER_EM_SPACE, SIX_PER_EM_SPACE = "\u2004", "\u2005", "\u2006"
PUNCTUATION_SPACE, THIN_SPACE, HAIR_SPACE = "\u2008", "\u2009", "\u200a"
MEDIUM_MATHEMATICAL_SPACE = "\u205f"
IDEOGRAPHIC_SPACE = "\u3000"
#: Other Unicode space characters (typographic widths) that mean one ordinary space.
SPACE_VARIANTS = frozenset({
    OGHAM_SPACE_MARK, EN_QUAD, EM_QUAD, EN_SPACE, EM_SPACE, THREE_PER_EM_SPACE,
    FOUR_PER_EM_SPACE, SIX_PER_EM_SPACE, PUNCTUATION_SPACE, THIN_SPACE, HAIR_SPACE,
    MEDIUM_MATHEMATICAL_SPACE, IDEOGRAPHIC_SPACE,
})

# --- invisible characters -----------------------------------------------------------------
SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"
ZERO_WIDTH_NON_JOINER = "\u200c"
ZERO_WIDTH_JOINER = "\u200d"
WORD_JOINER = "\u2060"
BYTE_ORDER_MARK = "\ufeff"  # ZERO WIDTH NO-BREAK SPACE

#: The 12 Bidi_Control characters (UCD PropList).
ARABIC_LETTER_MARK = "\u061c"
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
BIDI_CONTROLS = frozenset({
    ARABIC_LETTER_MARK, LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK,
    "\u202a",  # LEFT-TO-RIGHT EMBEDDING
    "\u202b",  # RIGHT-TO-LEFT EMBEDDING
    "\u202c",  # POP DIRECTIONAL FORMATTING
    "\u202d",  # LEFT-TO-RIGHT OVERRIDE
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2066",  # LEFT-TO-RIGHT ISOLATE
    "\u2067",  # RIGHT-TO-LEFT ISOLATE
    "\u2068",  # FIRST STRONG ISOLATE
    "\u2069",  # POP DIRECTIONAL ISOLATE
})

#: Variation selectors VS1–VS16 (emoji / text presentation and CJK variants).
VARIATION_SELECTORS = frozenset(chr(cp) for cp in range(0xFE00, 0xFE10))

# --- line breaks ----------------------------------------------------------------------------
NEXT_LINE = "\u0085"
LINE_SEPARATOR = "\u2028"
PARAGRAPH_SEPARATOR = "\u2029"
