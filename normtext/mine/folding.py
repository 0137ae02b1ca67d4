"""The matching view mining counts on: the lexicon's fold, with whitespace collapsed.

Mining must count strings on the same folded view that ``clean --lexicon`` matches on, so it
uses :func:`normtext.injected.fold.fold` (hamza/alef, teh marbuta, alef maqsura, diacritics,
tatweel, bidi marks, colon variants, space variants), then lower-cases (the lexicon pattern
matches case-insensitively, so case does not split a count). A small built-in adapter stands
in when that module cannot be imported (a partial install), folding the same letters.

>>> matching_key("  اقـرأ   أيضاً:\\u200f ")
'اقرا ايضا:'
>>> matching_key("ALMASDAR.INFO")
'almasdar.info'
"""

from __future__ import annotations

from functools import lru_cache

import regex

try:  # the lexicon's own fold (issue 8): one view for mining and matching
    from ..injected.fold import fold as _fold
except ImportError:  # pragma: no cover - adapter used only without normtext.injected
    _FALLBACK_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي",
                                     "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "：": ":"})
    _FALLBACK_DELETE = regex.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640\p{Cf}]+")

    def _fold(text: str) -> str:
        return _FALLBACK_DELETE.sub("", text.translate(_FALLBACK_TABLE))

FOLD_SOURCE = _fold.__module__

_SPACES = regex.compile(r"\s+")
#: Furniture repeats by definition, so its keys are cached (bounded: about 10 MB at most).
KEY_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=KEY_CACHE_SIZE)
def matching_key(text: str) -> str:
    """Folded, lower-cased ``text`` with runs of whitespace as one space, stripped (the counting key)."""
    return _SPACES.sub(" ", _fold(text)).strip().lower()
