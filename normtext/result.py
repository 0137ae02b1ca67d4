"""The :class:`Result` of ``Pipeline.process``.

>>> from normtext import Pipeline
>>> r = Pipeline.from_preset("light").process("a\\u00a0b")
>>> r.text, r.changes, r.source_offset(2)
('a b', {'whitespace/nbsp': 1}, 2)
"""

from __future__ import annotations

from typing import Any

from .doc import Doc
from .types import Edit, Segment, Span


class Result:
    """Output text, detector spans, segments, change counts and the edit log."""

    __slots__ = ("text", "spans", "segments", "changes", "edits", "source", "_doc")

    def __init__(self, doc: Doc):
        self.text: str = doc.text
        self.source: str = doc.source
        self.spans: list[Span] = list(doc.spans)
        self.segments: list[Segment] | None = doc.segments
        self.changes: dict[str, int] = dict(doc.changes)
        self.edits: list[Edit] = list(doc.edits)
        self._doc = doc

    @property
    def changed(self) -> bool:
        """Whether the output differs from the input."""
        return self.text != self.source

    def source_offset(self, i: int) -> int:
        """The input offset of output offset ``i``."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside the output text (length {len(self.text)})")
        return self._doc.source_offset(i)

    def source_end_offset(self, i: int) -> int:
        """The input offset of output offset ``i`` taken as the end of a range."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside the output text (length {len(self.text)})")
        return self._doc.source_offset(i, end=True)

    def annotations(self) -> dict[str, Any]:
        """The ``--annotate`` record: spans, segments and changes as plain data."""
        return {
            "spans": [s.to_dict() for s in self.spans],
            "segments": [s.to_dict() for s in self.segments or []],
            "changes": dict(sorted(self.changes.items())),
        }

    def __repr__(self) -> str:
        return f"Result(text={self.text!r}, changes={self.changes!r}, spans={len(self.spans)})"
