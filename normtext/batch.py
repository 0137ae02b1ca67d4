"""Column-level normalization for batched frameworks (HF ``datasets``, Ray Data, pandas, Spark).

:func:`map_batch` takes a batch as a dict of columns (``{"text": [...], "id": [...]}``),
normalizes one text column and returns the batch with that column replaced (or written to
``output_field``) and, with ``annotate``, extra columns in Arrow-friendly types:

- ``{prefix}spans``: a list of structs with the fixed keys of :data:`SPAN_KEYS`,
- ``{prefix}segments``: a list of structs with the fixed keys of :data:`SEGMENT_KEYS`
  (``None`` where the pipeline does not segment),
- ``{prefix}changes``: a JSON object ``{rule id: count}`` as a string (keys sorted), since a
  map whose keys vary from row to row is not a fixed struct.

A value that is not a string (``None``, a number, a pandas ``NaN``) is passed through unchanged,
its annotation columns are ``None``, and it is counted in ``stats["skipped"]``. Output is
deterministic, and :class:`BatchNormalizer` pickles by configuration, so it can be sent to
worker processes and fingerprinted by HF ``datasets``.

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_preset("light")
>>> out = map_batch(pipe, {"text": ["a\\u00a0b", None], "id": [1, 2]}, annotate=True)
>>> out["text"], out["id"], out["normtext_changes"]
(['a b', None], [1, 2], ['{"whitespace/nbsp": 1}', None])
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline
    from .result import Result

#: The annotation columns :func:`map_batch` can add (each named ``prefix + name``).
ANNOTATIONS = ("spans", "segments", "changes")
#: Keys of every struct in the ``spans`` column, in order.
SPAN_KEYS = ("start", "end", "source_start", "source_end", "label", "rule", "confidence")
#: Keys of every struct in the ``segments`` column, in order (``kind`` is ``None`` or ``"url"``).
SEGMENT_KEYS = ("start", "end", "label", "lang", "script", "kind")
DEFAULT_PREFIX = "normtext_"


def annotation_names(annotate: bool | str | Iterable[str]) -> tuple[str, ...]:
    """The annotation names asked for: ``True`` = all, ``False`` = none, or a subset by name.

    >>> annotation_names(True), annotation_names("spans"), annotation_names(False)
    (('spans', 'segments', 'changes'), ('spans',), ())
    """
    if annotate is True:
        return ANNOTATIONS
    if annotate is False or annotate is None:
        return ()
    names = (annotate,) if isinstance(annotate, str) else tuple(annotate)
    bad = [n for n in names if n not in ANNOTATIONS]
    if bad:
        raise ValueError(f"unknown annotation(s) {', '.join(map(repr, bad))}; valid: "
                         + ", ".join(ANNOTATIONS))
    return tuple(n for n in ANNOTATIONS if n in names)


def map_batch(pipe: Pipeline, batch: Mapping[str, Any], *, field: str = "text",
              output_field: str | None = None, annotate: bool | str | Iterable[str] = False,
              prefix: str = DEFAULT_PREFIX, stats: Counter | None = None,
              site_field: str | None = None) -> dict[str, list]:
    """Normalize the column ``field`` of ``batch``; return the batch with the new columns.

    ``output_field`` writes the normalized text to another column (the input column is kept).
    ``annotate``: ``True``, or names from :data:`ANNOTATIONS`. ``stats``, if given, is updated
    with ``records``, ``changed`` and ``skipped`` (values that are not strings), and, when
    annotating (which runs :meth:`Pipeline.process`), with the change count of every rule id.
    ``site_field``: the column naming each row's site, for lexicon entries learned on one site
    (``normtext mine``; a row whose site is not a string or a number gets only the entries
    learned on no particular site); ``None`` applies every entry.

    >>> from normtext import Pipeline
    >>> stats = Counter()
    >>> map_batch(Pipeline.from_preset("light"), {"body": ["x  y", 3]}, field="body", stats=stats)
    {'body': ['x y', 3]}
    >>> stats["records"], stats["changed"], stats["skipped"]
    (2, 1, 1)
    """
    names = annotation_names(annotate)
    values = column(batch, field)
    sites = _sites(column(batch, site_field)) if site_field is not None else [None] * len(values)
    texts: list[Any] = []
    columns: dict[str, list] = {prefix + n: [] for n in names}
    changed = skipped = 0
    rule_counts: Counter = Counter()
    if names:
        for value, site in zip(values, sites, strict=True):
            if not isinstance(value, str):
                texts.append(value)
                skipped += 1
                for col in columns.values():
                    col.append(None)
                continue
            result = pipe.process(value, site=site)
            texts.append(result.text)
            changed += result.text != value
            rule_counts.update(result.changes)
            _annotate(result, names, prefix, columns)
    else:
        for value, site in zip(values, sites, strict=True):
            if isinstance(value, str):
                out = pipe(value, site=site)
                changed += out != value
                texts.append(out)
            else:
                texts.append(value)
                skipped += 1
    if stats is not None:
        stats["records"] += len(texts)
        stats["changed"] += changed
        stats["skipped"] += skipped
        stats.update(rule_counts)
    result_batch = dict(batch)
    result_batch[output_field or field] = texts
    result_batch.update(columns)
    return result_batch


def _sites(values: list) -> list[str]:
    """Each row's site as a string (``""`` where the row names none)."""
    return [str(v) if isinstance(v, (str, int)) and not isinstance(v, bool) else "" for v in values]


def column(batch: Mapping[str, Any], field: str) -> list:
    """The column ``field`` of ``batch`` as a list of Python values; ``KeyError`` naming the columns.

    Lists, tuples, numpy arrays, pandas Series and pyarrow arrays are accepted.

    >>> column({"a": [1]}, "text")
    Traceback (most recent call last):
    ...
    KeyError: "batch has no column 'text'; its columns: a (choose one with field=...)"
    """
    try:
        values = batch[field]
    except KeyError:
        cols = ", ".join(map(str, batch)) or "(none)"
        raise KeyError(f"batch has no column {field!r}; its columns: {cols} "
                       "(choose one with field=...)") from None
    if isinstance(values, list):
        return values
    for method in ("to_pylist", "tolist"):  # pyarrow arrays; numpy arrays and pandas Series
        if hasattr(values, method):
            return getattr(values, method)()
    return list(values)


def _annotate(result: Result, names: tuple[str, ...], prefix: str,
              columns: dict[str, list]) -> None:
    for name in names:
        if name == "spans":
            value: Any = [span_record(s) for s in result.spans]
        elif name == "segments":
            value = None if result.segments is None else [segment_record(s) for s in result.segments]
        else:
            value = changes_json(result.changes)
        columns[prefix + name].append(value)


def span_record(span: Any) -> dict[str, Any]:
    """A span as a dict with exactly the keys of :data:`SPAN_KEYS`."""
    return {k: getattr(span, k) for k in SPAN_KEYS}


def segment_record(segment: Any) -> dict[str, Any]:
    """A segment as a dict with exactly the keys of :data:`SEGMENT_KEYS` (``kind`` may be None).

    >>> from normtext.types import Segment
    >>> segment_record(Segment(0, 2, "en", "en", "Latn"))
    {'start': 0, 'end': 2, 'label': 'en', 'lang': 'en', 'script': 'Latn', 'kind': None}
    """
    return {k: getattr(segment, k) for k in SEGMENT_KEYS}


def changes_json(changes: Mapping[str, int]) -> str:
    """``{rule id: count}`` as compact-ish JSON with sorted keys (identical bytes every run).

    >>> changes_json({"b/x": 1, "a/y": 2})
    '{"a/y": 2, "b/x": 1}'
    """
    return json.dumps(dict(changes), sort_keys=True, ensure_ascii=False)


def arrow_types(annotate: bool | str | Iterable[str] = True, prefix: str = DEFAULT_PREFIX) -> dict:
    """The pyarrow type of each annotation column (needs ``pyarrow``).

    An explicit type keeps a column's schema the same in every batch, even one whose rows all
    have empty span lists.

    >>> print(arrow_types("changes"))
    {'normtext_changes': DataType(string)}
    """
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("source_start", pa.int64()),
                      ("source_end", pa.int64()), ("label", pa.string()), ("rule", pa.string()),
                      ("confidence", pa.float64())])
    segment = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()),
                         ("lang", pa.string()), ("script", pa.string()), ("kind", pa.string())])
    types = {"spans": pa.list_(span), "segments": pa.list_(segment), "changes": pa.string()}
    return {prefix + n: types[n] for n in annotation_names(annotate)}


class BatchNormalizer:
    """A picklable ``batch -> batch`` callable: :func:`map_batch` with a fixed pipeline and options.

    It pickles as its pipeline's configuration plus its options, so the pickled bytes (and an HF
    ``datasets`` fingerprint) are the same in every process and do not change after use.

    >>> import pickle
    >>> fn = BatchNormalizer("light", field="body")
    >>> fn({"body": ["a  b"]})
    {'body': ['a b']}
    >>> pickle.loads(pickle.dumps(fn)) == fn
    True
    """

    def __init__(self, pipeline: Pipeline | str | Mapping[str, Any] = "default", *,
                 field: str = "text", output_field: str | None = None,
                 annotate: bool | str | Iterable[str] = False, prefix: str = DEFAULT_PREFIX,
                 site_field: str | None = None):
        from .pipeline import Pipeline

        if isinstance(pipeline, str):
            pipeline = Pipeline.from_preset(pipeline)
        elif not isinstance(pipeline, Pipeline):
            pipeline = Pipeline.from_config(pipeline)
        self.pipe = pipeline
        self.field = field
        self.output_field = output_field
        self.annotate = annotation_names(annotate)
        self.prefix = prefix
        self.site_field = site_field

    def __call__(self, batch: Mapping[str, Any], stats: Counter | None = None) -> dict[str, list]:
        return map_batch(self.pipe, batch, field=self.field, output_field=self.output_field,
                         annotate=self.annotate, prefix=self.prefix, stats=stats,
                         site_field=self.site_field)

    @property
    def input_columns(self) -> list[str]:
        """The columns this callable reads: the text column, and the site column if any."""
        return [self.field] + ([self.site_field] if self.site_field else [])

    @property
    def output_columns(self) -> list[str]:
        """The columns this callable writes: the text column, then the annotation columns."""
        return [self.output_field or self.field] + [self.prefix + n for n in self.annotate]

    def _options(self) -> dict[str, Any]:
        options = {"field": self.field, "output_field": self.output_field,
                   "annotate": self.annotate, "prefix": self.prefix}
        if self.site_field is not None:  # (absent otherwise: fingerprints of old runs stay valid)
            options["site_field"] = self.site_field
        return options

    def __reduce__(self):
        return (_rebuild, (type(self), self.pipe.to_config(), self._options()))

    def __eq__(self, other: object) -> bool:
        return (type(other) is type(self) and other.pipe == self.pipe  # type: ignore[attr-defined]
                and other._options() == self._options())  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.pipe, self.field, self.output_field, self.annotate, self.prefix, self.site_field))

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self._options().items())
        return f"{type(self).__name__}({self.pipe!r}, {opts})"


def _rebuild(cls: type, config: dict[str, Any], options: dict[str, Any]) -> Any:
    return cls(config, **options)
