"""Applying sorted, non-overlapping ``(start, end, new, rule)`` edits to a plain string.

The pipeline edits a :class:`normtext.doc.Doc`; the string forms of the repairs (for tests,
examples and users who want a function of a string) splice the same edits.

>>> splice("abcdef", [(1, 3, "X", "r"), (4, 4, "-", "r")])
'aXd-ef'
"""

from __future__ import annotations

from collections.abc import Iterable


def splice(text: str, edits: Iterable[tuple[int, int, str, str]]) -> str:
    """``text`` with each edit's ``start:end`` replaced by its ``new`` text (edits sorted)."""
    out, pos = [], 0
    for start, end, new, _ in edits:
        out += [text[pos:start], new]
        pos = end
    out.append(text[pos:])
    return "".join(out)
