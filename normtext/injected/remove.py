"""Removing detected spans and repairing the whitespace around them, through Doc primitives.

Offsets stay true and a removed span ends with ``start == end``:

- every span is deleted exactly (rule ``injected/<label>``);
- the lines they touched are repaired (rule ``injected/whitespace``): a line left empty is
  dropped; where text remains on both sides on one line, one space; spaces collapse and
  trailing spaces go in touched lines; at most one blank line remains between paragraphs,
  none at the document's start or end (its final newline is kept as it was).

Both go in as one ``Doc.replace`` call: the repairs are worked out on the text without the
spans, then mapped back around them.

>>> from normtext.doc import Doc
>>> doc = Doc("Title\\n\\nUS army\\n(Photo: X)\\nText said.اضافة اعلان\\n\\nMore.")
>>> spans = [doc.add_span(7, 25, "photo_credit", "injected/photo_credit"),
...          doc.add_span(36, 47, "ad_placeholder", "injected/ad_placeholder")]
>>> remove_spans(doc, spans)
>>> doc.text, [(s.start, s.end) for s in spans]
('Title\\n\\nText said.\\n\\nMore.', [(7, 7), (17, 17)])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from ..doc import Doc
from ..types import Span
from .detect import Lines

REPAIR_RULE = "injected/whitespace"
_SPACE_RUN = regex.compile(r"[ \t]{2,}")


def remove_spans(doc: Doc, spans: Sequence[Span]) -> None:
    """Delete ``spans`` (already on ``doc``) and repair the whitespace of the lines they touched.

    The repairs are worked out on the text as it reads without the spans, then mapped back, so
    deletions and repairs go in as one edit (one layer: segments and spans are remapped once).
    """
    live = sorted((s.start, s.end, s.rule) for s in spans if s.end > s.start)
    if not live:
        return
    text = doc.text
    pieces, vstarts, cum = [], [], [0]
    pos = 0
    for start, end, _ in live:
        pieces.append(text[pos:start])
        vstarts.append(start - cum[-1])
        cum.append(cum[-1] + end - start)
        pos = end
    pieces.append(text[pos:])
    virtual = "".join(pieces)
    edits = [(start, end, "", rule) for start, end, rule in live]
    live_starts = [x for x, _, _ in live]
    live_ends = [y for _, y, _ in live]

    def to_original(p: int, after: bool) -> int:
        k = bisect_right(vstarts, p) if after else bisect_left(vstarts, p)
        return p + cum[k]

    for a, b, new, rule in _repairs(virtual, sorted(set(vstarts))):
        if a == b:
            edits.append((to_original(a, False), to_original(a, False), new, rule))
            continue
        lo, hi = to_original(a, True), to_original(b, False)
        # the removed spans inside (lo, hi): spans are sorted and disjoint, so bisect
        cuts = live[bisect_right(live_ends, lo):bisect_left(live_starts, hi)]
        bounds, cursor = [], lo
        for x, y, _ in cuts:
            if x > cursor:
                bounds.append((cursor, x))
            cursor = max(cursor, y)
        if cursor < hi:
            bounds.append((cursor, hi))
        for n, (x, y) in enumerate(bounds):
            edits.append((x, y, new if n == 0 else "", rule))
    doc.replace(edits)


def _repairs(text: str, points: list[int]) -> list[tuple[int, int, str, str]]:
    lines = Lines(text)
    touched: dict[int, list[int]] = {}
    for p in points:
        touched.setdefault(lines.index(p), []).append(p)
    dropped = {i for i in touched if lines.blank(i)}
    edits: list[tuple[int, int, str, str]] = []
    for i, ps in touched.items():
        if i not in dropped:
            edits.extend(_repair_line(text, lines, i, ps))
    edits.extend(_drop_lines(text, lines, dropped))
    return edits


def _eol(text: str, lines: Lines, i: int) -> int:
    """Where line ``i``'s terminator begins (before the ``\r`` of a CRLF)."""
    le = lines.end(i)
    return le - 1 if le > lines.starts[i] and text[le - 1] == "\r" else le


def _repair_line(text: str, lines: Lines, i: int, points: list[int]) -> list[tuple[int, int, str, str]]:
    ls, le = lines.starts[i], _eol(text, lines, i)
    c0, c1 = lines.content(i)
    out = []
    if c0 > ls and any(p <= c0 for p in points):
        out.append((ls, c0, "", REPAIR_RULE))
    for m in _SPACE_RUN.finditer(text, c0, c1):
        out.append((m.start(), m.end(), " ", REPAIR_RULE))
    for p in points:
        if c0 < p < c1 and not text[p - 1].isspace() and not text[p].isspace():
            out.append((p, p, " ", REPAIR_RULE))
    if c1 < le:
        out.append((c1, le, "", REPAIR_RULE))
    return out


def _drop_lines(text: str, lines: Lines, dropped: set[int]) -> list[tuple[int, int, str, str]]:
    """Delete emptied lines with the blank lines around them (one blank line kept inside)."""
    out = []
    done: set[int] = set()
    last = lines.count - 1
    for i in sorted(dropped):
        if i in done:
            continue
        a = i
        while a > 0 and lines.blank(a - 1) and a - 1 not in done:
            a -= 1
        b = i
        while b < last and lines.blank(b + 1):
            b += 1
        done.update(range(a, b + 1))
        has_blank = any(k not in dropped for k in range(a, b + 1))
        if a == 0:
            out.append((0, lines.starts[b + 1] if b < last else len(text), "", REPAIR_RULE))
        elif b == last:
            start = lines.starts[a] if (last not in dropped) else _eol(text, lines, a - 1)
            out.append((start, len(text), "", REPAIR_RULE))
        elif has_blank:  # keep one line break (the first of the run): one blank line remains
            keep = _eol(text, lines, a)
            if keep > lines.starts[a]:
                out.append((lines.starts[a], keep, "", REPAIR_RULE))
            out.append((lines.starts[a + 1], lines.starts[b + 1], "", REPAIR_RULE))
        else:
            out.append((lines.starts[a], lines.starts[b + 1], "", REPAIR_RULE))
    return out
