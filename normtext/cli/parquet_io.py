"""Parquet in ``normtext clean`` (the ``parquet`` extra): streamed by row group, other columns kept.

The text column is normalized; with ``--annotate`` a string column (JSON) named by
``--annotations-key`` is added. Output goes to ``-o FILE.parquet`` or back in place.
"""

from __future__ import annotations

import collections
import os
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

from .process import Chunk, ChunkResult

#: Rows per chunk sent to a worker.
PARQUET_BATCH_ROWS = 2000


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise OSError("Parquet needs the parquet extra: pip install 'normtext[parquet]'") from None
    return pa, pq


def parquet_columns(path: str) -> list[str]:
    """The column names of a Parquet file."""
    _, pq = _pyarrow()
    return list(pq.ParquetFile(path).schema_arrow.names)


def iter_parquet_batches(path: str) -> Iterator[Any]:
    _, pq = _pyarrow()
    pf = pq.ParquetFile(path)
    yield from pf.iter_batches(batch_size=PARQUET_BATCH_ROWS)


def run_parquet_file(path: str, label: str, field: str, out_path: str | None, annotate_key: str | None,
                     submit: Callable[[Chunk], Any], jobs: int,
                     consume: Callable[[ChunkResult, int], None]) -> bool:
    """Normalize one Parquet file; write ``out_path`` atomically (None: check only).

    Returns whether any value changed. Raises ``KeyError`` naming the columns when ``field`` is
    missing, ``OSError`` on write errors (the temporary file is removed).
    """
    pa, pq = _pyarrow()
    columns = parquet_columns(path)
    if field not in columns:
        raise KeyError(f"{label}: no column {field!r}; the file has: {', '.join(columns)}")
    writer = None
    tmp = None
    changed = False
    pending: collections.deque = collections.deque()
    row = 1

    def finish(batch: Any, res: Any) -> None:
        nonlocal writer, changed
        if not isinstance(res, ChunkResult):
            res = res.get()
        old = batch.column(field).to_pylist()
        if res.values != old:
            changed = True
        consume(res, batch.nbytes)
        if out_path is None:
            return
        idx = batch.schema.get_field_index(field)
        arrays = list(batch.columns)
        names = list(batch.schema.names)
        arrays[idx] = pa.array(res.values, type=batch.schema.field(idx).type)
        if annotate_key is not None:
            if annotate_key in names:
                arrays[names.index(annotate_key)] = pa.array(res.annotations, type=pa.string())
            else:
                names.append(annotate_key)
                arrays.append(pa.array(res.annotations, type=pa.string()))
        table = pa.Table.from_arrays(arrays, names=names)
        if writer is None:
            writer = pq.ParquetWriter(tmp, table.schema)
        writer.write_table(table)

    try:
        if out_path is not None:
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(out_path)}.", suffix=".normtext-tmp",
                                       dir=os.path.dirname(os.path.abspath(out_path)))
            os.close(fd)
        for batch in iter_parquet_batches(path):
            chunk = Chunk(label, row, fmt="values", values=batch.column(field).to_pylist())
            row += batch.num_rows
            pending.append((batch, submit(chunk)))
            while len(pending) >= 2 * max(jobs, 1):
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
        if out_path is None:
            return changed
        if writer is None:  # no rows: keep the schema
            schema = pq.ParquetFile(path).schema_arrow
            writer = pq.ParquetWriter(tmp, schema)
        writer.close()
        writer = None
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        if os.path.exists(out_path):
            os.chmod(tmp, os.stat(out_path).st_mode & 0o7777)
        if changed or not os.path.exists(out_path) or not os.path.samefile(path, out_path):
            os.replace(tmp, out_path)
            tmp = None
        return changed
    finally:
        if writer is not None:
            try:
                writer.close()
            except Exception:  # noqa: BLE001
                pass
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)

