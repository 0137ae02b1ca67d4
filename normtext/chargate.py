"""Does a text contain any character of a set? The cheapest C-level answer, chosen once.

Every step starts with such a question ("is there an NBSP?", "any presentation form?"), and on
text that needs nothing the answers are the whole cost of the step. Two ways to ask, measured on
this project's generated corpus (articles of ~1,200 characters):

- ``ch in text`` for each character: CPython's substring search, ~0.2 ns a character, so a set of
  a few characters is ~6x faster than a pattern on long text; but each test is a Python-level call,
  so on short text (and for big sets) the one pattern wins;
- one stdlib ``re`` character class (``[...]``, never ``[...]+``, which loses the charset
  fast scan and costs twice as much).

>>> gate = CharGate("\\u00a0\\u202f")
>>> gate.search("a\\u00a0b"), gate.search("plain text " * 40)
(True, False)
>>> CharGate("").search("anything")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Sets of at most this many characters are tested with ``in`` on long text.
FEW_CHARS = 16
#: Text at least this long is tested with ``in`` (shorter: one pattern search is cheaper).
LONG_TEXT = 200


def class_body(codepoints: Iterable[int]) -> str:
    """A character-class body for the code points, consecutive runs written as ranges.

    >>> class_body([0x61, 0x62, 0x63, 0x7A])
    '\\\\U00000061-\\\\U00000063\\\\U0000007a'
    """
    cps = sorted(set(codepoints))
    runs: list[list[int]] = []
    for cp in cps:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in runs)


class CharGate:
    """A compiled "any of these characters?" test (see the module docstring for the choice)."""

    __slots__ = ("chars", "pattern", "_few")

    def __init__(self, chars: Iterable[str | int]):
        cps = sorted({c if isinstance(c, int) else ord(c) for c in chars})
        self.chars = frozenset(map(chr, cps))
        self.pattern = re.compile(f"[{class_body(cps)}]") if cps else re.compile(r"(?!)")
        self._few = tuple(map(chr, cps)) if len(cps) <= FEW_CHARS else None

    def search(self, text: str) -> bool:
        """True when ``text`` contains one of the characters."""
        few = self._few
        if few is not None and len(text) >= LONG_TEXT:
            for ch in few:
                if ch in text:
                    return True
            return False
        return self.pattern.search(text) is not None

    def __bool__(self) -> bool:
        return bool(self.chars)

    def __reduce__(self):
        return (CharGate, (sorted(self.chars),))
