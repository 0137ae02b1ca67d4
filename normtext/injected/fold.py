"""The folded matching view the lexicon is matched on, with offsets back to the text.

Folds (all named tables below):

- letters, one for one: ``أ إ آ ٱ`` → ``ا``, ``ؤ`` → ``و``, ``ئ`` → ``ي``, ``ة`` → ``ه``,
  ``ى ی`` → ``ي``, ``ک`` → ``ك``; colon variants → ``:``; NBSP and typographic spaces →
  a space; lower case (case switches are judged on the original text);
- deleted: Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks),
  tatweel, bidi controls, zero-width characters, soft hyphen, BOM.

Two forms, one table:

- :func:`fold_one_for_one` applies the one-for-one folds only (the length is kept, offsets are
  the text's own). The built-in lexicon is matched on it: its compiled patterns skip marks,
  tatweel and bidi marks after each Arabic letter and between words (:data:`SKIPPABLE`), which
  is the deletion fold done inside the pattern, at no cost for text without them;
- :class:`FoldedView` also deletes; offsets map back through a sorted list of deleted runs (no
  per-character map). User patterns are matched on it, and lexicon strings are folded with it.

>>> v = FoldedView("اقـرأ أيضاً: Read\\u200f MORE")
>>> v.text
'اقرا ايضا: read more'
>>> v.to_original(11), v.to_original(20, end=True)
(13, 23)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..chars import BIDI_CONTROLS, NBSP_LIKE, SPACE_VARIANTS

#: Arabic letters folded one for one (hamza seats, teh marbuta, alef maqsura, Persian forms).
LETTER_FOLDS: dict[str, str] = {
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE -> ALEF
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW -> ALEF
    "\u0622": "\u0627",  # ALEF WITH MADDA ABOVE -> ALEF
    "\u0671": "\u0627",  # ALEF WASLA -> ALEF
    "\u0624": "\u0648",  # WAW WITH HAMZA ABOVE -> WAW
    "\u0626": "\u064a",  # YEH WITH HAMZA ABOVE -> YEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u0649": "\u064a",  # ALEF MAQSURA -> YEH
    "\u06cc": "\u064a",  # FARSI YEH -> YEH
    "\u06a9": "\u0643",  # KEHEH -> KAF
}

#: Kept one for one under ``str.lower`` (the only character whose lower case is two long).
CASE_SAFE = {"\u0130": "i"}  # LATIN CAPITAL LETTER I WITH DOT ABOVE

#: Line breaks other than LF, seen as LF in the view so line-anchored cues match after them too
#: (a CRLF becomes two LFs: one character each, offsets unchanged).
LINE_BREAKS = frozenset({"\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"})

#: Colon look-alikes folded to ``:`` (fullwidth, small, ratio, Hebrew sof pasuq, Armenian).
COLON_VARIANTS = frozenset({"\uff1a", "\ufe55", "\u2236", "\u05c3", "\u0589"})

#: Characters deleted from the view: Arabic marks, tatweel, invisible format characters.
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
INVISIBLE_FORMAT = "".join(sorted(BIDI_CONTROLS)) + "\u200b\u200c\u200d\u2060\u00ad\ufeff"

#: All one-for-one replacements, in a fixed order (no value is also a key). Applied as a chain of
#: ``str.replace`` for the characters present: for a short table on Arabic text that is some
#: thirty times faster than ``str.translate``, which looks every character up in a dict.
ONE_FOR_ONE: tuple[tuple[str, str], ...] = tuple(sorted(
    {**LETTER_FOLDS, **CASE_SAFE, **{c: ":" for c in COLON_VARIANTS}, **{c: "\n" for c in LINE_BREAKS},
     **{c: " " for c in NBSP_LIKE | SPACE_VARIANTS}}.items()))
#: (the standard library engine: for one character class it is several times faster than ``regex``)
#: The folds of Arabic letters that are frequent in text are tried one by one; the rare ones
#: (Persian letters, colon and space variants, line breaks) only after one search finds any.
_COMMON = tuple((o, n) for o, n in ONE_FOR_ONE if o in "\u0623\u0625\u0622\u0629\u0649\u0624\u0626")
_RARE_PAIRS = tuple(p for p in ONE_FOR_ONE if p not in _COMMON)
_RARE = re.compile("[" + "".join(re.escape(o) for o, _ in _RARE_PAIRS) + "]")

#: The line breaks of :data:`LINE_BREAKS` that are ASCII (all an ASCII text can need folded).
_ASCII_BREAKS = tuple(sorted(c for c in LINE_BREAKS if c.isascii()))
#: A pattern fragment that skips deletable characters (put after each Arabic letter of a cue).
SKIPPABLE = f"[{ARABIC_MARKS}{TATWEEL}{INVISIBLE_FORMAT}]*"
_DELETABLE = re.compile(f"[{ARABIC_MARKS}{TATWEEL}{INVISIBLE_FORMAT}]+")


#: The last text folded and its fold (the injected step's quiet test folds a text, then its
#: detector folds the same object again): one tuple, read and replaced whole, so threads
#: never see a text paired with another's fold.
_LAST_FOLD: tuple[str, str] = ("", "")


def fold_one_for_one(text: str) -> str:
    """The one-for-one folds only (letters, case, colons, spaces, line breaks): same length.

    The built-in lexicon is matched on this form with patterns that skip marks, tatweel and
    bidi marks themselves (:data:`SKIPPABLE`), so offsets need no mapping at all. The same
    text object folded twice in a row is folded once.

    >>> fold_one_for_one("إقـرأ أيضاً：")
    'اقـرا ايضاً:'
    """
    global _LAST_FOLD
    last = _LAST_FOLD
    if last[0] is text:
        return last[1]
    folded = _fold(text)
    _LAST_FOLD = (text, folded)
    return folded


def _fold(text: str) -> str:
    if text.isascii():  # (a constant-time test) only the ASCII line breaks can be folded
        for old in _ASCII_BREAKS:
            if old in text:
                text = text.replace(old, "\n")
        return text.lower()
    for old, new in _COMMON:
        if old in text:
            text = text.replace(old, new)
    if _RARE.search(text):
        for old, new in _RARE_PAIRS:
            if old in text:
                text = text.replace(old, new)
    return text.lower()


class FoldedView:
    """``text`` is the folded form of ``original``; :meth:`to_original` maps offsets back.

    The deletions are applied with one substitution; the list of deleted runs that
    maps offsets back is only built the first time an offset is asked for.
    """

    __slots__ = ("original", "text", "_undeleted", "_folded_starts", "_shift")

    def __init__(self, original: str):
        self.original = original
        folded = fold_one_for_one(original)
        self._undeleted = folded
        # an ASCII text (a constant-time check) has nothing to delete: skip the scan
        self.text = folded if folded.isascii() else _DELETABLE.sub("", folded)
        self._folded_starts: list[int] | None = None
        self._shift: list[int] = []

    def _build_map(self) -> None:
        #: for each deleted run: its start in the folded text, and characters deleted up to its end
        starts: list[int] = []
        shifts: list[int] = []
        if len(self.text) != len(self._undeleted):
            shift = 0
            for m in _DELETABLE.finditer(self._undeleted):
                starts.append(m.start() - shift)
                shift += m.end() - m.start()
                shifts.append(shift)
        self._folded_starts, self._shift = starts, shifts

    def to_original(self, i: int, *, end: bool = False) -> int:
        """Original offset of folded offset ``i``.

        A start lands after deleted characters sitting at ``i``; an end lands after them too,
        so a match keeps the diacritics and tatweel of its own last letter.
        """
        if self._folded_starts is None:
            self._build_map()
        if not self._shift:
            return i
        k = bisect_right(self._folded_starts, i) - 1
        return i if k < 0 else i + self._shift[k]


def fold(text: str) -> str:
    """The folded form of ``text`` (what lexicon strings are turned into).

    >>> fold("إقـرأ أيضًا")
    'اقرا ايضا'
    """
    return FoldedView(text).text
