"""From a :class:`~normtext.result.Result` to what the report draws: aligned changes.

The report is a view of the Doc's edit log, never a second normalization. Edits are recorded
in input offsets, several per place when steps touch the same text (an NBSP made a space, then
the run of spaces collapsed). :func:`align_changes` merges overlapping edits into
:class:`Change` clusters and finds each cluster's output range: the input between two clusters
is copied unchanged to the output, so each unchanged stretch is located in the output with
``Result.source_offset`` (a binary search) and checked character for character.

>>> from normtext import Pipeline
>>> r = Pipeline.from_preset("light").process("a\\u00a0 b\\u200b!")
>>> [(c.source_start, c.source_end, c.output_start, c.output_end, c.rules) for c in align_changes(r)]
[(1, 3, 1, 2, ('whitespace/nbsp', 'whitespace/spaces')), (4, 5, 3, 3, ('unicode/zwsp',))]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..result import Result
from ..types import Edit, Segment, Span
from .families import family_of


@dataclass(frozen=True)
class Change:
    """One place where the input and the output differ, with the edits that made it."""

    source_start: int
    source_end: int
    output_start: int
    output_end: int
    edits: tuple[Edit, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        """The distinct rule ids, in the order they were applied."""
        return tuple(dict.fromkeys(e.rule for e in self.edits))

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(family_of(r) for r in self.rules))


@dataclass
class DocView:
    """Everything the report shows of one document."""

    name: str
    source: str
    text: str
    changes: list[Change]
    spans: list[Span]
    segments: list[Segment]
    counts: dict[str, int]
    edits: list[Edit] = field(default_factory=list)
    #: True when the edit log could not be aligned and the whole text is shown as one change
    approximate: bool = False

    @property
    def changed(self) -> bool:
        return self.text != self.source

    @property
    def rules(self) -> list[str]:
        return sorted(self.counts)

    @property
    def labels(self) -> list[str]:
        """Fragment labels and segment labels present (``neutral`` left out)."""
        found = {s.label for s in self.spans}
        found.update(s.label for s in self.segments if s.label != "neutral")
        return sorted(found)


def doc_view(result: Result, name: str = "") -> DocView:
    """The :class:`DocView` of one result (needs a tracked result, as ``Pipeline.process`` gives)."""
    changes, exact = _align(result)
    return DocView(
        name=name,
        source=result.source,
        text=result.text,
        changes=changes,
        spans=list(result.spans),
        segments=list(result.segments or []),
        counts=dict(result.changes),
        edits=list(result.edits),
        approximate=not exact,
    )


def align_changes(result: Result) -> list[Change]:
    """The changes of ``result`` in input order, each with its input and output range."""
    return _align(result)[0]


def _clusters(edits: Sequence[Edit]) -> list[tuple[int, int, list[Edit]]]:
    """Merge edits whose input ranges overlap or touch (a gap of at least one character
    separates two clusters)."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i].source_start, edits[i].source_end, i))
    out: list[tuple[int, int, list[int]]] = []
    for i in order:
        e = edits[i]
        if out and e.source_start <= out[-1][1]:
            s, end, members = out[-1]
            members.append(i)
            out[-1] = (s, max(end, e.source_end), members)
        else:
            out.append((e.source_start, e.source_end, [i]))
    # edits inside one cluster are listed in the order they were applied
    return [(s, e, [edits[i] for i in sorted(m)]) for s, e, m in out]


def _align(result: Result) -> tuple[list[Change], bool]:
    source, text = result.source, result.text
    if not result.edits:
        if source == text:
            return [], True
        return [Change(0, len(source), 0, len(text), ())], False
    clusters = _clusters(result.edits)
    changes: list[Change] = []
    # unchanged stretch before the first cluster starts at output 0
    out_pos = clusters[0][0]
    if source[:out_pos] != text[:out_pos]:
        return _whole(result), False
    tail = len(source) - clusters[-1][1]
    tail_start = len(text) - tail
    for k, (s, e, members) in enumerate(clusters):
        if k + 1 < len(clusters):
            nxt = clusters[k + 1][0]
            stretch = source[e:nxt]
            j = _locate(result, e, out_pos, tail_start - len(stretch))
            if j is None or text[j:j + len(stretch)] != stretch:
                return _whole(result), False
            changes.append(Change(s, e, out_pos, j, tuple(members)))
            out_pos = j + len(stretch)
        else:
            if tail_start < out_pos or text[tail_start:] != source[e:]:
                return _whole(result), False
            changes.append(Change(s, e, out_pos, tail_start, tuple(members)))
    return changes, True


def _locate(result: Result, a: int, lo: int, hi: int) -> int | None:
    """The largest output offset ``j`` in ``[lo, hi]`` whose input offset is at most ``a``."""
    if hi < lo:
        return None
    if result.source_offset(lo) > a:
        return None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if result.source_offset(mid) <= a:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _whole(result: Result) -> list[Change]:
    return [Change(0, len(result.source), 0, len(result.text), tuple(result.edits))]
