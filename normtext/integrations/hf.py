"""HF ``datasets``: a picklable, fingerprint-stable function for ``Dataset.map`` (extra ``hf``).

Text only (any ``num_proc``; a second identical ``map`` loads the cached result)::

    from normtext.integrations.hf import normtext_map
    fn = normtext_map("default", field="text")
    ds = ds.map(fn, batched=True, num_proc=4)

With annotation columns, give ``map`` their types (a batch whose rows have no spans cannot
tell Arrow what a span is), or let :func:`normalize_dataset` do it::

    fn = normtext_map("default", annotate=True)
    ds = ds.map(fn, batched=True, num_proc=4, features=fn.features(ds.features))

The function's fingerprint is a hash of the pipeline configuration and the options (see
:class:`normtext.batch.BatchNormalizer`): the same in every process and session, so the cache
is reused; a different preset, option or normtext version gives a new fingerprint.

>>> fn = normtext_map("light")
>>> fn({"text": ["a\\u00a0b"], "id": [7]})
{'text': ['a b']}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..batch import DEFAULT_PREFIX, BatchNormalizer, arrow_types, column

if TYPE_CHECKING:  # pragma: no cover
    import datasets

    from ..pipeline import Pipeline


class HFNormalizer(BatchNormalizer):
    """``batch -> {output columns}`` for ``Dataset.map(batched=True)``.

    It returns only the columns it writes (``map`` keeps the others), so the rest of each row is
    not copied through Python.
    """

    def __call__(self, batch: Mapping[str, Any], stats: Counter | None = None) -> dict[str, list]:
        # only the text column is read: datasets formats a column when it is accessed
        out = super().__call__({name: column(batch, name) for name in self.input_columns}, stats)
        return {name: out[name] for name in self.output_columns}

    def features(self, input_features: datasets.Features) -> datasets.Features:
        """``input_features`` plus the output columns, with explicit types (for ``features=``)."""
        import datasets
        import pyarrow as pa

        out = datasets.Features(dict(input_features))
        target = self.output_field or self.field
        if target not in out:
            source = out.get(self.field)
            out[target] = source if source is not None else datasets.Value("string")
        types = arrow_types(self.annotate, self.prefix)
        out.update(datasets.Features.from_arrow_schema(pa.schema(list(types.items()))))
        return out


def normtext_map(pipeline: Pipeline | str | Mapping[str, Any] = "default", *, field: str = "text",
                 output_field: str | None = None, annotate: bool | str | Iterable[str] = False,
                 prefix: str = DEFAULT_PREFIX, site_field: str | None = None) -> HFNormalizer:
    """The function to pass to ``Dataset.map(fn, batched=True)``.

    ``pipeline``: a :class:`~normtext.Pipeline`, a preset name or a config dict. See
    :func:`normtext.batch.map_batch` for the other options.
    """
    return HFNormalizer(pipeline, field=field, output_field=output_field, annotate=annotate,
                        prefix=prefix, site_field=site_field)


def normalize_dataset(ds: datasets.Dataset, pipeline: Pipeline | str | Mapping[str, Any] = "default",
                      *, field: str = "text", output_field: str | None = None,
                      annotate: bool | str | Iterable[str] = False, prefix: str = DEFAULT_PREFIX,
                      site_field: str | None = None, **map_kwargs: Any) -> datasets.Dataset:
    """``ds.map`` with :func:`normtext_map` and the right ``features``; ``map_kwargs`` pass through
    (``num_proc``, ``batch_size``, ``remove_columns``, ``desc``, ...).

    A ``DatasetDict`` works too (each split is mapped); so does an ``IterableDataset`` (typed
    annotation columns there need its features to be known).
    """
    import datasets

    fn = normtext_map(pipeline, field=field, output_field=output_field, annotate=annotate,
                      prefix=prefix, site_field=site_field)
    if isinstance(ds, (datasets.DatasetDict, datasets.IterableDatasetDict)):
        return type(ds)({name: normalize_dataset(split, fn.pipe, field=field, output_field=output_field,
                                                 annotate=annotate, prefix=prefix, site_field=site_field,
                                                 **map_kwargs)
                         for name, split in ds.items()})
    if isinstance(ds.column_names, list) and field not in ds.column_names:
        raise KeyError(f"dataset has no column {field!r}; its columns: {', '.join(ds.column_names)} "
                       "(choose one with field=...)")
    map_kwargs.setdefault("batched", True)
    if isinstance(ds, datasets.Dataset):  # IterableDataset.map has no progress description
        map_kwargs.setdefault("desc", f"normtext {fn.pipe.preset or 'pipeline'}")
    if fn.annotate and "features" not in map_kwargs and ds.features is not None:
        removed = map_kwargs.get("remove_columns") or ()
        removed = {removed} if isinstance(removed, str) else set(removed)
        features = fn.features(ds.features)
        map_kwargs["features"] = type(features)({k: v for k, v in features.items()
                                                 if k not in removed or k in fn.output_columns})
    return ds.map(fn, **map_kwargs)
