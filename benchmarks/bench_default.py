"""Throughput of every preset (MB/s, one core) next to ``ftfy.fix_text`` on the same input.

Two corpora from ``corpora/generate.py`` (same seed, so the same bytes every run): full articles
and short 50-300 character records. For each, the table gives MB/s of UTF-8 input for
``pipe(text)`` (text only), ``pipe.process(text)`` (offsets, spans, counters) and ``ftfy.fix_text``,
and the ratio of ``pipe(text)`` to ftfy (above 1: normtext is faster). Speeds are per CPU second
of this one process (``time.process_time``), the tools taking turns chunk by chunk, so a busy
shared machine skews the ratios little.

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


def throughput(tools: dict[str, Callable[[str], object]], texts: list[str], chunks: int = 20) -> dict[str, float]:
    """MB/s (10**6 bytes of UTF-8 input per CPU second of this process) of each tool over ``texts``.

    CPU time (``time.process_time``), not wall time, so other processes on a shared machine do
    not count; the tools take turns chunk by chunk, so what load remains hits them alike.
    """
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    spent = dict.fromkeys(tools, 0.0)
    for fn in tools.values():
        fn(texts[0])  # warm caches (compiled patterns, lazy imports)
    step = max(1, len(texts) // chunks)
    for k, i in enumerate(range(0, len(texts), step)):
        chunk = texts[i:i + step]
        names = list(tools)
        names = names[k % len(names):] + names[:k % len(names)]  # rotate the order
        for name in names:
            fn = tools[name]
            gc.collect()
            start = time.process_time()
            for t in chunk:
                fn(t)
            spent[name] += time.process_time() - start
    return {name: nbytes / 1e6 / max(sec, 1e-9) for name, sec in spent.items()}


def bench(label: str, texts: list[str], presets: list[str], with_process: bool) -> list[list[str]]:
    pipes = {name: Pipeline.from_preset(name) for name in presets}
    tools: dict[str, Callable[[str], object]] = {"ftfy": ftfy.fix_text}
    tools.update({name: pipe for name, pipe in pipes.items()})
    if with_process:
        tools.update({f"{name}.process": pipe.process for name, pipe in pipes.items()})
    speed = throughput(tools, texts)
    anchor = speed["ftfy"]
    rows = [[label, "ftfy.fix_text", f"{anchor:.2f}", "", "1.00"]]
    for name in presets:
        proc = f"{speed[name + '.process']:.2f}" if with_process else ""
        rows.append([label, f"normtext {name}", f"{speed[name]:.2f}", proc, f"{speed[name] / anchor:.2f}"])
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
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
