"""The HTML review report: what normtext did to a sample of documents, on one page.

The report is a view of each :class:`~normtext.result.Result`'s edit log, spans and segments
(the same data as ``--explain`` and ``--annotate``), never a second normalization. Stream
results into a :class:`ReportBuilder` (it counts every document and keeps a seeded random
sample of ``sample`` of them), or call :func:`write_report` on a list.

>>> import os, tempfile
>>> from normtext import Pipeline
>>> pipe = Pipeline.from_preset("light")
>>> results = pipe.process_batch(["a\\u00a0b", "<script>alert(1)</script>"])
>>> path = os.path.join(tempfile.mkdtemp(), "report.html")
>>> write_report(results, path, config=pipe.to_config())
2
>>> page = open(path, encoding="utf-8").read()
>>> "<script>alert(1)" in page, "&lt;script&gt;alert(1)" in page
(False, True)
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable
from typing import Any

from ..result import Result
from .model import Change, DocView, align_changes, doc_view
from .page import Totals, page_html
from .render import render_doc

__all__ = ["ReportBuilder", "write_report", "render_report", "DocView", "Change", "doc_view",
           "align_changes", "DEFAULT_SEED"]

#: Seed of the document sample: the same input gives the same report.
DEFAULT_SEED = 0


class ReportBuilder:
    """Collect results one by one; counts cover all of them, the page shows a sample.

    ``sample=None`` keeps every document (fine for a few thousand). With ``sample=N`` a
    reservoir sample of N documents (seeded: the same input gives the same sample) is kept, in
    input order, and the page says so.

    >>> from normtext import Pipeline
    >>> b = ReportBuilder(sample=2, seed=1)
    >>> for i in range(10):
    ...     b.add(Pipeline.from_preset("light").process(f"doc {i}\\u200b"), name=f"line {i + 1}")
    >>> b.totals.documents, b.totals.changed, len(b.kept)
    (10, 10, 2)
    >>> b.note
    'A random sample of 2 of the 10 documents read is shown (seed 1, --sample 2); the summary counts all 10.'
    """

    def __init__(self, *, config: dict[str, Any] | None = None, sample: int | None = None,
                 seed: int = DEFAULT_SEED, title: str = "normtext review report",
                 command: str | None = None):
        if sample is not None and sample < 1:
            raise ValueError(f"sample must be a positive number of documents, not {sample!r}")
        self.config = config
        self.sample = sample
        self.seed = seed
        self.title = title
        self.command = command
        self.totals = Totals()
        self.kept: list[tuple[int, str, Result]] = []
        self._rng = random.Random(seed)

    def add(self, result: Result, name: str = "") -> None:
        """Count one result, and keep it if it falls in the sample."""
        t = self.totals
        index = t.documents
        t.documents += 1
        if result.changed:
            t.changed += 1
        t.edits.update(result.changes)
        t.rule_docs.update(result.changes.keys())
        labels = [s.label for s in result.spans]
        t.labels.update(labels)
        t.label_docs.update(set(labels))
        t.segment_labels.update({s.label for s in result.segments or () if s.label != "neutral"})
        item = (index, name or f"document {index + 1}", result)
        if self.sample is None or len(self.kept) < self.sample:
            self.kept.append(item)
        else:  # reservoir sampling (Algorithm R)
            j = self._rng.randrange(index + 1)
            if j < self.sample:
                self.kept[j] = item

    @property
    def note(self) -> str:
        """What the page says about sampling ('' when every document is shown)."""
        n = self.totals.documents
        if self.sample is None or n <= self.sample:
            return ""
        return (f"A random sample of {self.sample:,} of the {n:,} documents read is shown "
                f"(seed {self.seed}, --sample {self.sample}); the summary counts all {n:,}.")

    def views(self) -> list[DocView]:
        """The kept documents in input order."""
        return [doc_view(result, name) for _, name, result in sorted(self.kept, key=lambda x: x[0])]

    def html(self) -> str:
        """The report page as a string."""
        views = self.views()
        t = self.totals
        docs = [render_doc(v, i) for i, v in enumerate(views)]
        return page_html(
            docs, t, config=self.config, note=self.note, title=self.title, command=self.command,
            rules=sorted(t.edits), fragment_labels=sorted(t.labels),
            segment_labels=sorted(t.segment_labels),
        )

    def write(self, path: str | os.PathLike) -> int:
        """Write the page (UTF-8) to ``path``; returns the number of documents shown."""
        page = self.html()
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)
        return len(self.kept)


def render_report(results: Iterable[Result], *, config: dict[str, Any] | None = None,
                  names: Iterable[str] | None = None, sample: int | None = None,
                  seed: int = DEFAULT_SEED, title: str = "normtext review report",
                  command: str | None = None) -> str:
    """The report page for ``results`` as an HTML string."""
    return _builder(results, config, names, sample, seed, title, command).html()


def write_report(results: Iterable[Result], path: str | os.PathLike, *,
                 config: dict[str, Any] | None = None, names: Iterable[str] | None = None,
                 sample: int | None = None, seed: int = DEFAULT_SEED,
                 title: str = "normtext review report", command: str | None = None) -> int:
    """Write the report of ``results`` to ``path``; returns the number of documents shown.

    ``config`` is ``pipe.to_config()`` (shown so the report says how to reproduce it); ``names``
    label the documents (``file.jsonl:12``); ``sample`` keeps a seeded random sample.
    """
    return _builder(results, config, names, sample, seed, title, command).write(path)


def _builder(results, config, names, sample, seed, title, command) -> ReportBuilder:
    builder = ReportBuilder(config=config, sample=sample, seed=seed, title=title, command=command)
    names_iter = iter(names) if names is not None else None
    for result in results:
        builder.add(result, next(names_iter, "") if names_iter is not None else "")
    return builder
