"""Benchmark: the compatibility presets against the real anchors on the same input, one run.

Prints MB/s (UTF-8 input, CPU time, one core) and the ratio preset / anchor:

- ``camel`` against CAMeL Tools' chain (normalize_unicode, dediac_ar, normalize_alef_ar,
  normalize_alef_maksura_ar, normalize_teh_marbuta_ar); needs
  ``pip install --no-deps camel-tools six future emoji``;
- ``arabert`` against ``ArabertPreprocessor("bert-base-arabertv02")``, timed in AraBERT's own
  environment (``--arabert-python``; it needs ``emoji==1.4.2``) on the same documents.

Usage::

    .venv/bin/python benchmarks/bench_compat.py --size 20MB --arabert-python /tmp/arabert-venv/bin/python
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_normalizers import camel_chain, corpus, parse_size  # noqa: E402

from normtext import PRESETS, Pipeline  # noqa: E402


def arabert_anchor() -> Callable[[str], str] | None:
    try:
        from arabert.preprocess import ArabertPreprocessor
    except ImportError:
        return None
    return ArabertPreprocessor("bert-base-arabertv02").preprocess


_TIMER = """
import json, sys, time
from arabert.preprocess import ArabertPreprocessor
docs = json.load(open(sys.argv[1], encoding="utf-8"))
pre = ArabertPreprocessor("bert-base-arabertv02").preprocess
nbytes = sum(len(d.encode("utf-8")) for d in docs)
start = time.process_time()
for d in docs:
    pre(d)
print(nbytes / 1e6 / (time.process_time() - start))
"""


def arabert_in(python: str, docs: list[str]) -> float:
    """AraBERT's MB/s measured by another interpreter (its own venv, emoji==1.4.2)."""
    import json
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(docs, fh, ensure_ascii=False)
    out = subprocess.run([python, "-c", _TIMER, fh.name], capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return float(out.stdout.strip().splitlines()[-1])


def measure(fn: Callable[[str], str], docs: list[str], nbytes: int) -> float:
    start = time.process_time()
    for d in docs:
        fn(d)
    return nbytes / 1e6 / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="20MB")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--arabert-python", default="",
                    help="interpreter of a venv with arabert and emoji==1.4.2 (see tools/gen_arabert_golden.py)")
    args = ap.parse_args(argv)
    docs, source = corpus(parse_size(args.size), args.seed)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    print(f"corpus: {len(docs)} documents, {nbytes / 1e6:.1f} MB ({source}, seed {args.seed}); one core")
    print(f"{'preset':<10} {'normtext MB/s':>14} {'anchor MB/s':>12} {'ratio':>7}")
    for name, anchor in (("camel", camel_chain()), ("arabert", arabert_anchor())):
        if name not in PRESETS:
            print(f"{name:<10} {'n/a':>14}  (preset not built yet)")
            continue
        ours = measure(Pipeline.from_preset(name), docs, nbytes)
        if anchor is None and name == "arabert" and args.arabert_python:
            theirs = arabert_in(args.arabert_python, docs)
            print(f"{name:<10} {ours:>14.2f} {theirs:>12.2f} {ours / theirs:>6.2f}x  (anchor timed in {args.arabert_python})")
            continue
        if anchor is None:
            print(f"{name:<10} {ours:>14.2f} {'n/a':>12}  (anchor not importable)")
            continue
        theirs = measure(anchor, docs, nbytes)
        print(f"{name:<10} {ours:>14.2f} {theirs:>12.2f} {ours / theirs:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
