"""Counting with a fixed memory budget: a space-saving counter with batch eviction.

Every (group, kind, folded string) key is counted at most once per document. The table holds
at most ``2 * capacity`` keys; when it is full, the keys with the smallest counts are evicted
down to ``capacity`` and the largest evicted count becomes the *floor*. A key that enters later
starts at ``floor + 1`` with an error of ``floor`` (space-saving, Metwally et al. 2005), so

- ``count`` is never below the key's true document frequency (an upper bound), and
- ``count - error`` is never above it (a lower bound: what ``--min-docs`` is checked against);
- a key whose true frequency exceeds the floor is never lost.

Memory is bounded by the capacity (0.4-1 KB a key with its position counts and two examples,
measured), whatever the input size; time is
linear (an eviction sorts ``2 * capacity`` counts once per ``capacity`` new keys). On real
crawls almost all keys are one-off lines (titles, sentences), so the floor stays at 1-3 and the
furniture of any site with a few dozen documents is counted exactly. Summaries from several
workers merge by adding counts and errors (a key absent from a worker adds that worker's
floor to the error).

>>> c = BudgetCounter(capacity=2)
>>> for key in ["a", "b", "a", "c", "d", "e", "a"]:
...     _ = c.add(key, 0)
>>> c.bounds("a")
(3, 3)
>>> c.floor, len(c.stats) <= 4
(1, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

#: Positions a key is counted at (index into the stats list after count and error).
POSITIONS = ("top", "middle", "bottom", "first_para_end", "para_end")
#: Examples kept per key (captured from the key's 2nd and 3rd documents, so one-off keys cost none).
EXAMPLES_PER_KEY = 2
#: Default capacity: at most 200,000 keys held, about 80-200 MB.
DEFAULT_CAPACITY = 100_000


class BudgetCounter:
    """Document frequency per key, position histogram and two examples, in bounded memory."""

    __slots__ = ("capacity", "stats", "examples", "floor", "evictions")

    def __init__(self, capacity: int = DEFAULT_CAPACITY):
        if capacity < 1:
            raise ValueError("the counting budget must be at least 1 key")
        self.capacity = capacity
        #: key -> [count, error, one count per position in POSITIONS]
        self.stats: dict[str, list[int]] = {}
        #: key -> up to EXAMPLES_PER_KEY (doc id, context, surface start, surface end) tuples
        self.examples: dict[str, list[tuple]] = {}
        self.floor = 0
        self.evictions = 0

    def add(self, key: str, position: int) -> list[int]:
        """Count ``key`` once (for one document) at ``position``; returns its stats list."""
        st = self.stats.get(key)
        if st is None:
            st = [self.floor + 1, self.floor, 0, 0, 0, 0, 0]
            self.stats[key] = st
            st[2 + position] += 1
            if len(self.stats) > 2 * self.capacity:
                self._evict()
            return st
        st[0] += 1
        st[2 + position] += 1
        return st

    def wants_example(self, key: str, st: list[int], from_count: int = 2) -> bool:
        """True for a key seen in at least ``from_count`` documents (lower bound) that has fewer
        than two examples: only keys that can still become candidates pay for examples."""
        return st[0] - st[1] >= from_count and len(self.examples.get(key, ())) < EXAMPLES_PER_KEY

    def add_example(self, key: str, example: tuple) -> None:
        self.examples.setdefault(key, []).append(example)

    def bounds(self, key: str) -> tuple[int, int]:
        """(lower, upper) bounds of the document frequency of ``key``."""
        st = self.stats.get(key)
        if st is None:
            return 0, self.floor
        return st[0] - st[1], st[0]

    def _evict(self) -> None:
        counts = sorted(st[0] for st in self.stats.values())
        cut = counts[len(counts) - self.capacity - 1]
        drop = [k for k, st in self.stats.items() if st[0] <= cut]
        for k in drop:
            del self.stats[k]
            self.examples.pop(k, None)
        self.floor = max(self.floor, cut)
        self.evictions += 1

    def drain(self) -> Iterator[tuple[str, list[int], list | None]]:
        """Yield (key, stats, examples) for every key, emptying the counter as it goes."""
        stats, examples = self.stats, self.examples
        while stats:
            key, st = stats.popitem()
            yield key, st, examples.pop(key, None)

    def merge(self, other: BudgetCounter, rename=None) -> None:
        """Add ``other``'s counts (keys optionally renamed by ``rename(key)``), emptying it."""
        items = ((rename(k) if rename else k, st, ex) for k, st, ex in other.drain())
        self.merge_items(items, other.floor, other.evictions)

    def merge_items(self, items: Iterable[tuple[str, list[int], list | None]], floor: int,
                    evictions: int = 0) -> None:
        """Add the drained items of another counter whose floor was ``floor``, as they stream in
        (no second copy of either table is built)."""
        mine_floor = self.floor
        touched: set[str] = set()
        for key, st, examples in items:
            touched.add(key)
            mine = self.stats.get(key)
            if mine is None:
                st[0] += mine_floor
                st[1] += mine_floor
                self.stats[key] = st
                if examples:
                    self.examples[key] = examples[:EXAMPLES_PER_KEY]
            else:
                for i in range(len(mine)):
                    mine[i] += st[i]
                if examples:
                    have = self.examples.setdefault(key, [])
                    have.extend(examples[: EXAMPLES_PER_KEY - len(have)])
        if floor:
            for key, st in self.stats.items():
                if key not in touched:  # absent from the other counter: up to its floor there
                    st[0] += floor
                    st[1] += floor
        self.floor = mine_floor + floor
        self.evictions += evictions
        while len(self.stats) > 2 * self.capacity:
            self._evict()
