"""The :class:`Doc`: the one object that flows through a pipeline.

Steps never assign ``doc.text``. They edit through three primitives, each edit carrying a rule
id (``family/name``):

- :meth:`Doc.translate` with a :class:`CharMap` (a ``str.translate`` table and its pattern),
- :meth:`Doc.sub` with a compiled pattern,
- :meth:`Doc.replace` with a list of ``(start, end, new_text, rule)`` intervals.

Each primitive that changes something adds one :class:`Layer` (a sorted list of replaced
intervals), so offsets map back to the input text through a list of edits, not a per-character
array: a step that changes nothing costs nothing. Spans and segments already on the Doc are
kept in step with every edit.

>>> import regex
>>> doc = Doc("a\\u00a0b  c")
>>> doc.translate(CharMap({0xA0: " "}), "whitespace/nbsp")
1
>>> doc.sub(regex.compile(" {2,}"), " ", "whitespace/spaces")
1
>>> doc.text, doc.source_offset(4), dict(doc.changes)
('a b c', 5, {'whitespace/nbsp': 1, 'whitespace/spaces': 1})
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from itertools import accumulate
from operator import sub

import regex

from .chargate import CharGate, class_body
from .types import Edit, Segment, Span

#: ``Edit(...)`` without the frozen dataclass's ``__init__`` (an edit log is built per edit on
#: the hot path): the same object, fields set through the slot descriptors.
_EDIT_NEW = Edit.__new__
_EDIT_SLOTS = tuple(Edit.__dict__[f].__set__ for f in ("rule", "source_start", "source_end", "before",
                                                      "after"))


def _new_edit(rule: str, source_start: int, source_end: int, before: str, after: str) -> Edit:
    """``Edit(rule, source_start, source_end, before, after)``, faster."""
    edit = _EDIT_NEW(Edit)
    set_rule, set_start, set_end, set_before, set_after = _EDIT_SLOTS
    set_rule(edit, rule)
    set_start(edit, source_start)
    set_end(edit, source_end)
    set_before(edit, before)
    set_after(edit, after)
    return edit


Repl = str | Callable[["regex.Match[str]"], str]
RuleOf = str | Callable[["regex.Match[str]"], str]


class CharMap:
    """A character table compiled once: a ``str.translate`` table plus a pattern of its keys.

    Identity entries are dropped. Values are strings (``""`` deletes).

    >>> CharMap({ord("ـ"): ""}).apply("كـتاب")
    'كتاب'
    """

    __slots__ = ("table", "pattern", "same_length", "single", "char_pattern", "gate")

    def __init__(self, mapping: Mapping[int | str, str | None]):
        table: dict[int, str] = {}
        for key, value in mapping.items():
            cp = ord(key) if isinstance(key, str) else int(key)
            new = "" if value is None else value
            if new != chr(cp):
                table[cp] = new
        self.table = table
        #: every value is one character: offsets do not move, segments need no remapping
        self.same_length = all(len(v) == 1 for v in table.values())
        if table:
            # Ranges of consecutive code points, compiled with the stdlib ``re``: its charset
            # scan is several times faster than ``regex`` on large classes (presentation forms).
            body = class_body(table)
            self.pattern = re.compile(f"[{body}]+")
        else:
            self.pattern = re.compile(r"(?!)")
        #: the cheap "is any key present?" test that every translate starts with
        self.gate = CharGate(table)
        values = set(table.values())
        #: the one replacement of every key (deletion tables, many-to-one folds), else None
        self.single = values.pop() if len(values) == 1 else None
        self.char_pattern = re.compile(self.pattern.pattern[:-1]) if self.single is not None else None

    def apply(self, text: str) -> str:
        """Translate ``text`` without recording anything."""
        return text.translate(self.table)

    def __bool__(self) -> bool:
        return bool(self.table)

    def __reduce__(self):
        return (CharMap, (self.table,))


class Layer:
    """The replaced intervals of one primitive call, in old and new coordinates (sorted)."""

    __slots__ = ("old_starts", "old_ends", "new_starts", "new_ends")

    def __init__(self) -> None:
        self.old_starts: list[int] = []
        self.old_ends: list[int] = []
        self.new_starts: list[int] = []
        self.new_ends: list[int] = []

    # new -> old --------------------------------------------------------------------------
    def back_start(self, p: int) -> int:
        """Old offset of new offset ``p`` used as a start (after a deletion at ``p``)."""
        k = bisect_right(self.new_starts, p) - 1
        if k < 0:
            return p
        ns, ne, os_, oe = self.new_starts[k], self.new_ends[k], self.old_starts[k], self.old_ends[k]
        if p >= ne:
            return p - ne + oe
        if p == ns:
            return os_
        return os_ + (p - ns) if ne - ns == oe - os_ else os_

    def back_end(self, p: int) -> int:
        """Old offset of new offset ``p`` used as an end (before a deletion at ``p``)."""
        k = bisect_left(self.new_starts, p) - 1
        if k < 0:
            return p
        ns, ne, os_, oe = self.new_starts[k], self.new_ends[k], self.old_starts[k], self.old_ends[k]
        if p >= ne:
            return p - ne + oe
        return os_ + (p - ns) if ne - ns == oe - os_ else oe

    # old -> new --------------------------------------------------------------------------
    def fwd_start(self, p: int) -> int:
        """New offset of old offset ``p`` used as a start."""
        k = bisect_right(self.old_starts, p) - 1
        if k < 0:
            return p
        ns, ne, os_, oe = self.new_starts[k], self.new_ends[k], self.old_starts[k], self.old_ends[k]
        if p >= oe:
            return p - oe + ne
        if p == os_:
            return ns
        return ns + (p - os_) if ne - ns == oe - os_ else ns

    def fwd_end(self, p: int) -> int:
        """New offset of old offset ``p`` used as an end."""
        k = bisect_left(self.old_starts, p) - 1
        if k < 0:
            return p
        ns, ne, os_, oe = self.new_starts[k], self.new_ends[k], self.old_starts[k], self.old_ends[k]
        if p >= oe:
            return p - oe + ne
        return ns + (p - os_) if ne - ns == oe - os_ else ne


class Doc:
    """Current text, its alignment to the input, spans, segments and per-rule counters.

    ``track=False`` keeps only the text, spans, segments and counters (no edit log, no
    offsets back to the input): what ``pipe(text)`` needs.
    """

    __slots__ = ("source", "_text", "track", "spans", "segments", "changes", "edits", "_layers",
                 "meta")

    def __init__(self, text: str, *, track: bool = True):
        self.source = text
        self._text = text
        self.track = track
        self.spans: list[Span] = []
        self.segments: list[Segment] | None = None
        self.changes: Counter[str] = Counter()
        self.edits: list[Edit] = []
        self._layers: list[Layer] = []
        self.meta: dict = {}

    @property
    def text(self) -> str:
        """The current text (read-only: change it through the primitives)."""
        return self._text

    # primitives ------------------------------------------------------------------------
    def translate(self, charmap: CharMap, rule: str) -> int:
        """Translate every character of ``charmap`` (one edit per run of mapped characters).

        Returns the number of characters changed, which is what ``changes[rule]`` counts.
        """
        if not charmap.table or not charmap.gate.search(self._text):
            return 0
        table = charmap.table
        if not self.track and not self.spans and (self.segments is None or charmap.same_length):
            # Nothing to align: no edit list (same text and counts as the loop below).
            if charmap.char_pattern is not None:
                self._text, count = charmap.char_pattern.subn(charmap.single, self._text)
            else:
                runs: list[int] = []

                def repl(m: re.Match[str]) -> str:
                    run = m.group()
                    runs.append(len(run))
                    return run.translate(table)

                self._text = charmap.pattern.sub(repl, self._text)
                count = sum(runs)
            self.changes[rule] += count
            return count
        edits = []
        count = 0
        for m in charmap.pattern.finditer(self._text):
            run = m.group()
            edits.append((m.start(), m.end(), run.translate(table), rule))
            count += len(run)
        self._apply(edits, count_edits=False)
        self.changes[rule] += count
        return count

    def sub(self, pattern: regex.Pattern, repl: Repl, rule: RuleOf) -> int:
        """Replace every match of ``pattern``; ``repl`` and ``rule`` may be callables of the match.

        A match whose replacement equals the matched text is not an edit. Returns the number of
        edits.
        """
        text = self._text
        edits = []
        literal = isinstance(repl, str) and "\\" not in repl
        for m in pattern.finditer(text):
            if literal:
                new = repl  # type: ignore[assignment]
            elif isinstance(repl, str):
                new = m.expand(repl)
            else:
                new = repl(m)
            if new == m.group():
                continue
            edits.append((m.start(), m.end(), new, rule if isinstance(rule, str) else rule(m)))
        return self._apply(edits)

    def replace(self, edits: Iterable[tuple[int, int, str, str]]) -> int:
        """Apply ``(start, end, new_text, rule)`` edits given in current-text offsets.

        Edits must not overlap; they are sorted here. No-op edits are skipped.
        """
        text = self._text
        clean = sorted((e for e in edits if text[e[0]:e[1]] != e[2]), key=lambda e: (e[0], e[1]))
        for a, b in zip(clean, clean[1:], strict=False):
            if b[0] < a[1]:
                raise ValueError(f"overlapping edits {a[:2]} and {b[:2]} ({a[3]}, {b[3]})")
        return self._apply(clean)

    # internals -------------------------------------------------------------------------
    def _apply(self, edits: list[tuple[int, int, str, str]], count_edits: bool = True) -> int:
        if not edits:
            return 0
        text = self._text
        pieces = []
        pos = 0
        for start, end, new, _ in edits:
            pieces.append(text[pos:start])
            pieces.append(new)
            pos = end
        pieces.append(text[pos:])
        if count_edits:
            self.changes.update([e[3] for e in edits])  # in edit order (first-seen key order)
        if self.track:
            source = self.source
            if not self._layers:  # offsets are still the input's
                self.edits += [_new_edit(rule, start, end, source[start:end], new)
                               for start, end, new, rule in edits]
            else:
                back = self._back
                for start, end, new, rule in edits:
                    ss = back(start, True)
                    # an insertion maps to an empty source interval (never start > end at a deletion)
                    se = back(end, False) if end > start else ss
                    self.edits.append(_new_edit(rule, ss, se, source[ss:se], new))
        self._text = "".join(pieces)
        changes = [len(e[2]) - e[1] + e[0] for e in edits]
        if not any(changes):
            # every edit keeps its length (a one-for-one fold): an identity on offsets, no layer
            # to keep, nothing to remap
            return len(edits)
        if not (self.track or self.spans or self.segments):
            return len(edits)
        layer = Layer()
        layer.old_starts = old_starts = [e[0] for e in edits]
        layer.old_ends = old_ends = [e[1] for e in edits]
        shift = list(accumulate(changes, initial=0))
        layer.new_starts = [p + d for p, d in zip(old_starts, shift, strict=False)]
        layer.new_ends = [p + d for p, d in zip(old_ends, shift[1:], strict=True)]
        if self.track:
            self._layers.append(layer)
        if self.spans:
            for span in self.spans:
                collapsed = span.start == span.end  # a removed span stays empty (contract)
                span.start = layer.fwd_start(span.start)
                span.end = span.start if collapsed else max(span.start, layer.fwd_end(span.end))
        if self.segments:
            self.segments = _remap_segments(self.segments, layer, len(self._text))
        return len(edits)

    def _back(self, p: int, as_start: bool) -> int:
        for layer in reversed(self._layers):
            p = layer.back_start(p) if as_start else layer.back_end(p)
        return p

    # offsets ---------------------------------------------------------------------------
    def source_offset(self, i: int, *, end: bool = False) -> int:
        """The input offset of current offset ``i`` (``end=True``: as the end of a range)."""
        if not self.track:
            raise RuntimeError("offsets back to the input need Doc(track=True)")
        return self._back(i, not end)

    def add_span(self, start: int, end: int, label: str, rule: str,
                 confidence: float = 1.0) -> Span:
        """Record a detector span given in current-text offsets; returns it."""
        if self.track:
            ss = self._back(start, True)
            se = self._back(end, False) if end > start else ss
        else:
            ss, se = start, end
        span = Span(start, end, ss, se, label, rule, confidence)
        self.spans.append(span)
        return span


def _remap_segments(segments: list[Segment], layer: Layer, length: int) -> list[Segment]:
    """Carry segments through one layer; gaps left by insertions become neutral runs.

    Segments and edits are both sorted, so one walk finds, for each segment that no edit
    touches, the length change of the edits before it: such a segment just shifts (the object
    is reused when it does not move); only segments an edit touches are mapped one by one.
    """
    out: list[Segment] = []
    pos = 0
    starts, ends, new_ends = layer.old_starts, layer.old_ends, layer.new_ends
    n = len(starts)
    k = 0
    delta = 0
    tried = False
    for i, seg in enumerate(segments):
        while k < n and ends[k] <= seg.start:
            delta = new_ends[k] - ends[k]
            k += 1
        if k == n and not tried and seg.start + delta == pos:
            # past the last edit: the rest just shift by ``delta`` when they tile from ``pos``
            # with no empty run (what the walk below would give them one by one); tried once
            tried = True
            rest = segments[i:]
            seg_starts = [r.start for r in rest]
            seg_ends = [r.end for r in rest]
            if seg_starts[1:] == seg_ends[:-1] and min(map(sub, seg_ends, seg_starts)) > 0:
                if delta:
                    out += [Segment(r.start + delta, r.end + delta, r.label, r.lang, r.script, r.kind)
                            for r in rest]
                else:
                    out += rest
                pos = seg_ends[-1] + delta
                break
        if k == n or seg.end <= starts[k]:
            if not delta and seg.start == pos:
                out.append(seg)
                pos = seg.end
                continue
            start, end = seg.start + delta, seg.end + delta
        else:
            start = layer.fwd_start(seg.start)
            end = layer.fwd_end(seg.end)
        if start > pos:
            out.append(Segment(pos, start, "neutral", None, "Zyyy"))
        start = max(start, pos)
        if end > start:
            out.append(Segment(start, end, seg.label, seg.lang, seg.script, seg.kind))
            pos = end
    if pos < length:
        out.append(Segment(pos, length, "neutral", None, "Zyyy"))
    return out
