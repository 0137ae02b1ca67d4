"""Normalize a JSONL or Parquet corpus with Ray Data and write Parquet.

    pip install "normtext[ray]"
    python examples/ray_jsonl_to_parquet.py corpus/ clean/ --preset default --workers 4
    python examples/ray_jsonl_to_parquet.py 'dump/*.jsonl.gz' clean/ --field body --annotate
    python examples/ray_jsonl_to_parquet.py shards/ clean/ --address auto   # a running cluster

INPUT is a file, a directory or a glob of ``.jsonl`` / ``.jsonl.gz`` / ``.json`` or
``.parquet`` files. Every column is kept; the text column is normalized in place (or written
to ``--output-field``); ``--annotate`` adds the ``normtext_spans``, ``normtext_segments`` and
``normtext_changes`` columns. Each Ray worker builds the pipeline once
(:class:`normtext.integrations.ray.NormtextMapper`) and works on Arrow batches, so columns other
than the text are never converted to Python objects.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from pathlib import Path

JSON_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")


def input_files(spec: str) -> list[str]:
    """The files INPUT names (a file, a directory, or a glob), sorted."""
    path = Path(spec)
    if path.is_dir():
        files = [str(p) for p in sorted(path.rglob("*")) if p.is_file()
                 and p.name.endswith(JSON_SUFFIXES + PARQUET_SUFFIXES)]
    elif path.is_file():
        files = [spec]
    else:
        files = sorted(glob.glob(spec))
    if not files:
        raise SystemExit(f"error: no .jsonl, .jsonl.gz or .parquet files in {spec!r}")
    return files


def input_format(files: list[str]) -> str:
    kinds = {"parquet" if f.endswith(PARQUET_SUFFIXES) else "json" if f.endswith(JSON_SUFFIXES)
             else "unknown" for f in files}
    if kinds == {"parquet"} or kinds == {"json"}:
        return kinds.pop()
    raise SystemExit(f"error: give either JSONL or Parquet files, not a mix ({sorted(kinds)})")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="file, directory or glob of JSONL(.gz) or Parquet files")
    parser.add_argument("output", help="output directory for the Parquet files")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--preset", default="default", help="normtext preset (default: default)")
    source.add_argument("--config", help="a normtext TOML config instead of a preset")
    parser.add_argument("--field", default="text", help="the text column (default: text)")
    parser.add_argument("--output-field", help="write the normalized text to this column")
    parser.add_argument("--annotate", action="store_true", help="add spans/segments/changes columns")
    parser.add_argument("--workers", type=int, default=max(1, (os.cpu_count() or 2) - 1),
                        help="normtext workers, one core each (Ray actors; default: cores - 1, so "
                             "reading and writing tasks keep a core: with every core held by an "
                             "actor, Ray Data waits for one forever)")
    parser.add_argument("--batch-size", type=int, default=1024, help="records per batch")
    parser.add_argument("--address", help="a Ray cluster to join ('auto'); default: a local instance")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if not args.address:  # a local instance: keep every Ray process on the loopback address
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    import ray
    import ray.data

    from normtext import Pipeline
    from normtext.integrations.ray import NormtextMapper

    pipeline = Pipeline.from_config(args.config) if args.config else Pipeline.from_preset(args.preset)
    files = input_files(args.input)
    fmt = input_format(files)
    if not ray.is_initialized():
        ray.init(address=args.address, include_dashboard=False)
    start = time.perf_counter()
    ds = ray.data.read_parquet(files) if fmt == "parquet" else ray.data.read_json(files)
    if args.field not in ds.schema().names:
        raise SystemExit(f"error: the input has no column {args.field!r}; its columns: "
                         + ", ".join(ds.schema().names))
    ds = ds.map_batches(
        NormtextMapper,
        fn_constructor_kwargs={"pipeline": pipeline.to_config(), "field": args.field,
                               "output_field": args.output_field, "annotate": args.annotate},
        batch_format="pyarrow", batch_size=args.batch_size,
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=max(1, args.workers)),
    )
    ds.write_parquet(args.output)
    seconds = time.perf_counter() - start
    size = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} file(s), {size / 1e6:.1f} MB -> {args.output} in {seconds:.1f} s "
          f"({size / 1e6 / seconds:.2f} MB/s, preset {pipeline.preset})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
