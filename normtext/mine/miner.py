"""The streaming miner: documents in, bounded counts per site group out.

>>> m = Miner(capacity=1000)
>>> for i in range(5):
...     m.add("site-a", f"d{i}", f"STAMP.NET\\nHeadline number {i}\\n\\nBody text of story {i}, officials said.")
>>> m.documents["site-a"]
5
>>> m.counter.bounds(m.key_of("site-a", "L", "stamp.net"))
(5, 5)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .budget import DEFAULT_CAPACITY, BudgetCounter
from .extract import extract

#: Context shown on each side of an example, in characters.
CONTEXT_CHARS = 45
#: Separator inside counter keys: group id, kind code, folded string.
KEY_SEP = "\x1f"


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, int, int]:
    """``text[start:end]`` in brackets with up to ``width`` characters each side, newlines as ⏎,
    and where the fragment sits in it.

    >>> ctx, s, e = context("one\\ntwo three", 4, 7, width=3)
    >>> ctx, ctx[s:e]
    ('…ne⏎⟦two⟧ th…', 'two')
    """
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    lead = "…" if start > width else ""
    tail = "…" if end + width < len(text) else ""
    s = len(lead) + len(left) + 1
    ctx = f"{lead}{left}⟦{text[start:end]}⟧{right}{tail}".replace("\n", "⏎")
    return ctx, s, s + end - start


class Miner:
    """Counts candidate keys per group (site) with one :class:`BudgetCounter` for all groups."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, *, example_from: int = 2):
        self.counter = BudgetCounter(capacity)
        #: examples are kept from a key's ``example_from``-th document on (``min_docs - 1`` in
        #: the CLI): keys that can never become candidates cost no example memory
        self.example_from = max(2, example_from)
        #: group name -> number of documents (exact)
        self.documents: dict[str, int] = {}
        self._gid: dict[str, int] = {}
        self._names: list[str] = []

    def key_of(self, group: str, kind: str, key: str) -> str:
        return f"{self._gid[group]}{KEY_SEP}{kind}{KEY_SEP}{key}"

    def split_key(self, full: str) -> tuple[str, str, str]:
        gid, kind, key = full.split(KEY_SEP, 2)
        return self._names[int(gid)], kind, key

    def _group_id(self, group: str) -> int:
        gid = self._gid.get(group)
        if gid is None:
            gid = self._gid[group] = len(self._names)
            self._names.append(group)
            self.documents[group] = 0
        return gid

    def add(self, group: str, doc_id: str, text: str) -> None:
        """Count the candidates of one document of ``group``."""
        prefix = f"{self._group_id(group)}{KEY_SEP}"
        self.documents[group] += 1
        counter = self.counter
        example_from = self.example_from
        for kind, key, position, start, end in extract(text):
            full = f"{prefix}{kind}{KEY_SEP}{key}"
            st = counter.add(full, position)
            if counter.wants_example(full, st, example_from):
                ctx, s, e = context(text, start, end)
                counter.add_example(full, (doc_id, ctx, s, e))

    def merge(self, other: Miner) -> None:
        """Add another miner's counts (from another worker), emptying it."""
        self.merge_stream(other.export())

    def export(self, batch: int = 5000) -> Iterator[tuple]:
        """This miner's summary in pieces, emptying it as it goes (sent from a worker process
        piece by piece, so neither side holds a second copy): a header, then key batches."""
        counter = self.counter
        yield ("header", dict(self.documents), list(self._names), counter.floor, counter.evictions)
        part = []
        for item in counter.drain():
            part.append(item)
            if len(part) >= batch:
                yield ("keys", part)
                part = []
        if part:
            yield ("keys", part)

    def merge_stream(self, pieces: Iterable[tuple]) -> None:
        """Merge the pieces of another miner's :meth:`export`."""
        pieces = iter(pieces)
        _, documents, names, floor, evictions = next(pieces)
        for group, n in documents.items():
            self._group_id(group)
            self.documents[group] += n
        new_id = [self._gid[name] for name in names]

        def items():
            for _, part in pieces:
                for full, st, examples in part:
                    gid, rest = full.split(KEY_SEP, 1)
                    yield f"{new_id[int(gid)]}{KEY_SEP}{rest}", st, examples

        self.counter.merge_items(items(), floor, evictions)

    def items(self):
        """(group, kind, folded key, stats, examples) for every counted key."""
        examples = self.counter.examples
        for full, st in self.counter.stats.items():
            group, kind, key = self.split_key(full)
            yield group, kind, key, st, examples.get(full, [])
