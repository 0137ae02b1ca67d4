"""Ray Data: a callable class for ``Dataset.map_batches`` (extra ``ray``).

Ray builds one :class:`NormtextMapper` per worker (an actor), so the pipeline is compiled once
per worker, not once per batch::

    import ray
    from normtext.integrations.ray import NormtextMapper

    ds = ray.data.read_json("corpus/*.jsonl")
    ds = ds.map_batches(NormtextMapper, fn_constructor_kwargs={"pipeline": "default"},
                        batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=4))
    ds.write_parquet("clean/")

``batch_format`` may be ``"pyarrow"`` (other columns are passed through without a copy),
``"pandas"`` or ``"numpy"``. Annotation columns (``annotate=True``) get explicit Arrow types
(lists of structs, a JSON string for changes) with ``"pyarrow"`` and ``"pandas"``, so every
block has the same schema; ``"numpy"`` batches carry them as object arrays, whose Arrow type
Ray infers per block (a block without spans gets ``list<null>``). Values
that are not strings (nulls, NaN, numbers) are passed through unchanged.

The class does not import Ray: it works on any pyarrow table, pandas frame or dict of arrays.

>>> mapper = NormtextMapper("light", annotate="changes")
>>> mapper({"text": ["a\\u00a0b", None], "id": [1, 2]})
{'text': ['a b', None], 'id': [1, 2], 'normtext_changes': ['{"whitespace/nbsp": 1}', None]}
>>> mapper.stats["records"], mapper.stats["skipped"]
(2, 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..batch import DEFAULT_PREFIX, BatchNormalizer, arrow_types, column

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline


class NormtextMapper:
    """``batch -> batch`` for ``map_batches``; the batch type is kept (Arrow, pandas or numpy).

    ``pipeline``: a :class:`~normtext.Pipeline`, a preset name or a config dict (plain data
    travels best in ``fn_constructor_kwargs``). ``stats`` counts records, changed, skipped and
    each rule over the batches this worker has seen.
    """

    def __init__(self, pipeline: Pipeline | str | Mapping[str, Any] = "default", *,
                 field: str = "text", output_field: str | None = None,
                 annotate: bool | str | Iterable[str] = False, prefix: str = DEFAULT_PREFIX,
                 site_field: str | None = None):
        self.normalizer = BatchNormalizer(pipeline, field=field, output_field=output_field,
                                          annotate=annotate, prefix=prefix, site_field=site_field)
        self.stats: Counter = Counter()
        self._types: dict | None = None

    @property
    def types(self) -> dict:
        """The Arrow type of each annotation column."""
        if self._types is None:
            n = self.normalizer
            self._types = arrow_types(n.annotate, n.prefix) if n.annotate else {}
        return self._types

    def __call__(self, batch: Any) -> Any:
        kind = type(batch).__module__.split(".")[0]
        if kind == "pyarrow":
            return self._arrow(batch)
        if kind == "pandas":
            return self._pandas(batch)
        if isinstance(batch, Mapping):
            return self._numpy(batch)
        raise TypeError(f"NormtextMapper takes a pyarrow Table, a pandas DataFrame or a dict of "
                        f"arrays, not {type(batch).__name__}")

    def _run(self, values: list, sites: list | None = None) -> dict[str, list]:
        n = self.normalizer
        batch = {n.field: values}
        if n.site_field is not None:
            batch[n.site_field] = sites if sites is not None else [None] * len(values)
        return n(batch, self.stats)

    def _arrow(self, table: Any) -> Any:
        import pyarrow as pa

        n = self.normalizer
        names = table.column_names
        if n.field not in names:
            column({k: None for k in names}, n.field)  # KeyError naming the columns
        source = table.column(n.field)
        sites = None
        if n.site_field is not None:
            if n.site_field not in names:
                column({k: None for k in names}, n.site_field)  # KeyError naming the columns
            sites = table.column(n.site_field).to_pylist()
        out = self._run(source.to_pylist(), sites)
        target = n.output_field or n.field
        try:  # keep the column's type (string, large_string, string_view, dictionary...)
            text = pa.array(out[target], type=source.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            text = pa.array(out[target])
        table = _set_column(table, target, text)
        for name, typ in self.types.items():
            table = _set_column(table, name, pa.array(out[name], type=typ))
        return table

    def _pandas(self, frame: Any) -> Any:
        import pandas as pd
        import pyarrow as pa

        n = self.normalizer
        if n.field not in frame.columns:
            column({str(k): None for k in frame.columns}, n.field)
        sites = None
        if n.site_field is not None:
            if n.site_field not in frame.columns:
                column({str(k): None for k in frame.columns}, n.site_field)
            sites = frame[n.site_field].tolist()
        out = self._run(frame[n.field].tolist(), sites)
        source_dtype = frame[n.field].dtype
        frame = frame.copy(deep=False)
        target = n.output_field or n.field
        # keep a string dtype a string dtype (Ray would pickle an object column of str and NA)
        dtype = source_dtype if pd.api.types.is_string_dtype(source_dtype) else object
        frame[target] = pd.Series(out[target], index=frame.index, dtype=dtype)
        for name, typ in self.types.items():
            array = pd.arrays.ArrowExtensionArray(pa.array(out[name], type=typ))
            frame[name] = pd.Series(array, index=frame.index)
        return frame

    def _numpy(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        n = self.normalizer
        values = column(batch, n.field)
        sites = column(batch, n.site_field) if n.site_field is not None else None
        if isinstance(batch[n.field], list):  # a dict of lists stays a dict of lists
            return {**batch, **self._run(values, sites)}
        import numpy as np

        out = self._run(values, sites)
        result = dict(batch)
        target = n.output_field or n.field
        result[target] = np.array(out[target], dtype=object)
        for name in self.types:
            values = np.empty(len(out[name]), dtype=object)
            values[:] = out[name]
            result[name] = values
        return result

    def __repr__(self) -> str:
        return f"NormtextMapper({self.normalizer!r})"


def _set_column(table: Any, name: str, values: Any) -> Any:
    index = table.schema.get_field_index(name)
    if index < 0:
        return table.append_column(name, values)
    return table.set_column(index, name, values)
