"""Throughput of every preset (MB/s, one core) next to ``ftfy.fix_text`` on the same input.

Two corpora from ``corpora/generate.py`` (same seed, so the same bytes every run): full articles
and short 50-300 character records. For each, the table gives MB/s of UTF-8 input for
``pipe(text)`` (text only), ``pipe.process(text)`` (offsets, spans, counters) and ``ftfy.fix_text``,
and the ratio of ``pipe(text)`` to ftfy (above 1: normtext is faster).

    python benchmarks/bench_default.py                 # 5 MB articles + 1 MB short records
    python benchmarks/bench_default.py --size 50MB     # the figure the foundation issue asks for
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

import normtext
from normtext import Pipeline

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "corpora"))
from generate import corpus_texts, parse_size  # noqa: E402


def throughput(fn: Callable[[str], object], texts: list[str], nbytes: int) -> float:
    """MB/s (10**6 bytes of UTF-8 input per second) of ``fn`` over ``texts``, one core."""
    fn(texts[0])  # warm caches (compiled patterns, lazy imports)
    gc.collect()
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return nbytes / 1e6 / (time.perf_counter() - start)


def bench(label: str, texts: list[str], presets: list[str], with_process: bool) -> list[list[str]]:
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    anchor = throughput(ftfy.fix_text, texts, nbytes)
    rows = [[label, "ftfy.fix_text", f"{anchor:.2f}", "", "1.00"]]
    for name in presets:
        pipe = Pipeline.from_preset(name)
        call = throughput(pipe, texts, nbytes)
        proc = f"{throughput(pipe.process, texts, nbytes):.2f}" if with_process else ""
        rows.append([label, f"normtext {name}", f"{call:.2f}", proc, f"{call / anchor:.2f}"])
    print(f"# {label}: {len(texts)} documents, {nbytes / 1e6:.1f} MB", file=sys.stderr)
    return rows


def print_table(rows: list[list[str]]) -> None:
    head = ["corpus", "tool", "MB/s pipe()", "MB/s process()", "x ftfy"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="5MB", help="size of the article corpus (default 5MB)")
    parser.add_argument("--short-size", default="1MB", help="size of the short-record corpus (default 1MB)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--presets", default=",".join(sorted(normtext.PRESETS)),
                        help="comma-separated presets (default: all)")
    parser.add_argument("--no-process", action="store_true", help="skip the process() column")
    args = parser.parse_args(argv)
    presets = [p for p in args.presets.split(",") if p]
    for p in presets:
        Pipeline.from_preset(p)  # ValueError naming the valid presets
    print(f"normtext {normtext.__version__}, ftfy {ftfy.__version__}, Python {sys.version.split()[0]}; "
          f"steps: {Pipeline.from_preset('search').step_names}", file=sys.stderr)
    rows = bench(f"articles {args.size}", corpus_texts(parse_size(args.size), args.seed), presets,
                 not args.no_process)
    if parse_size(args.short_size):
        rows += bench(f"short {args.short_size}", corpus_texts(parse_size(args.short_size), args.seed,
                                                               short=True), presets, not args.no_process)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
