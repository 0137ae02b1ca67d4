"""Benchmark: the presets and the normalizer steps against pyarabic and CAMeL Tools chains.

Prints one table (MB/s of UTF-8 input on one core, CPU time, and ratios) for the same generated mixed
corpus, in one run:

- every preset (``light``, ``default``, ``search``) as users run it (``pipe(text)``);
- ``default`` / ``search`` normalizers only (unicode + arabic + latin + whitespace, without
  encoding repair, segmentation and injected fragments);
- the ``arabic`` step alone and the ``arabic`` + ``latin`` steps with the ``search`` options
  (no ``segment`` step: URLs are protected by the fallback pattern). arabic + latin is the
  closest match of the pyarabic chain (which lower-cases); both still do more than it (yeh,
  keheh and Persian-yeh folds, elongation, number separators, URL protection, quotes, dashes);
- the equivalent pyarabic chain (strip_tashkeel, strip_tatweel, normalize_ligature,
  normalize_alef, normalize_teh, digits, lower);
- CAMeL Tools' chain (normalize_unicode, dediac_ar, normalize_alef_ar,
  normalize_alef_maksura_ar, normalize_teh_marbuta_ar) when ``camel_tools`` imports
  (``pip install --no-deps camel-tools six future emoji``).

Usage::

    .venv/bin/python benchmarks/bench_normalizers.py --size 50MB
    .venv/bin/python benchmarks/bench_normalizers.py --size 5MB --repeat 3   # a quick look

The ``× pyarabic`` column is each row's throughput over the pyarabic chain's (higher is
faster); ``--repeat N`` keeps each row's best of N runs (the machine may be shared).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from normtext import Pipeline  # noqa: E402


def parse_size(text: str) -> int:
    units = {"KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}
    text = text.strip().upper()
    for unit, factor in units.items():
        if text.endswith(unit):
            return int(float(text[:-2]) * factor)
    return int(text)


# --- corpus --------------------------------------------------------------------------------------
_AR_WORDS = ("قالَ المُدِيرُ إنّ الشركــة ستفتح مكتبًا في عمّان عام ٢٠٢٤ وأكد أن الأسعار "
             "ارتفعت بنسبة ٣٫٥٪ خلال الربع الأول، مشيرًا إلى أن المسؤولين على علم بذلك؛ "
             "هل سيستمر الارتفاع؟ جمييييل ﻷن المدرسة الجديدة تجرید علی کتاب").split()
_EN_WORDS = ("The “central bank” said on Monday — after a review — that inflation rose to "
             "3.5% in 2024; officials weren’t surprised… See https://example.org/report").split()


def own_corpus(size: int, seed: int = 0) -> list[str]:
    """A small seeded mixed corpus (used when ``corpora/generate.py`` is absent)."""
    rng = random.Random(f"bench-normalizers-{seed}")
    docs, total = [], 0
    while total < size:
        words = []
        for _ in range(rng.randint(40, 200)):
            words.append(rng.choice(_AR_WORDS if rng.random() < 0.6 else _EN_WORDS))
        doc = " ".join(words)
        if rng.random() < 0.2:
            doc = doc.replace(" ", "\u200b ", 3)
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    return docs


def corpus(size: int, seed: int) -> tuple[list[str], str]:
    try:
        sys.path.insert(0, str(REPO / "corpora"))
        from generate import corpus_texts  # type: ignore[import-not-found]
    except ImportError:
        return own_corpus(size, seed), "benchmarks' own generator"
    return corpus_texts(size, seed), "corpora/generate.py"


# --- anchor chains -------------------------------------------------------------------------------
def pyarabic_chain() -> Callable[[str], str]:
    from pyarabic import araby

    digits = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

    def run(text: str) -> str:
        text = araby.strip_tashkeel(text)
        text = araby.strip_tatweel(text)
        text = araby.normalize_ligature(text)
        text = araby.normalize_alef(text)
        text = araby.normalize_teh(text)
        return text.translate(digits).lower()

    return run


def camel_chain() -> Callable[[str], str] | None:
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except ImportError:
        return None

    def run(text: str) -> str:
        text = normalize_unicode(text)
        text = dediac_ar(text)
        text = normalize_alef_ar(text)
        text = normalize_alef_maksura_ar(text)
        return normalize_teh_marbuta_ar(text)

    return run


def measure(fn: Callable[[str], str], docs: list[str], nbytes: int, repeat: int = 1) -> float:
    """MB/s of UTF-8 input (CPU time, best of ``repeat`` runs)."""
    best = float("inf")
    for _ in range(max(repeat, 1)):
        start = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - start)
    return nbytes / 1e6 / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="50MB", help="corpus size (default 50MB)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs per row (default 1)")
    args = ap.parse_args(argv)
    docs, source = corpus(parse_size(args.size), args.seed)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    normalizers_only = {"encoding": False, "segment": False, "injected": False}
    search_steps = Pipeline.from_preset("search").to_config()["steps"]

    def steps(*names: str) -> Pipeline:
        return Pipeline.from_config({"steps": {n: search_steps[n] for n in names}})

    rows: list[tuple[str, Callable[[str], str] | None]] = [
        ("preset light", Pipeline.from_preset("light")),
        ("preset default", Pipeline.from_preset("default")),
        ("preset search (whole preset)", Pipeline.from_preset("search")),
        ("default normalizers only", Pipeline.from_preset("default", **normalizers_only)),
        ("search normalizers only", Pipeline.from_preset("search", **normalizers_only)),
        ("arabic step alone, search options", steps("arabic")),
        ("arabic+latin steps, search options", steps("arabic", "latin")),
        ("pyarabic chain (search equivalent)", pyarabic_chain()),
        ("CAMeL Tools chain", camel_chain()),
    ]
    print(f"corpus: {len(docs)} documents, {nbytes / 1e6:.1f} MB ({source}, seed {args.seed}); "
          f"one core, CPU time, best of {max(args.repeat, 1)}")
    results: dict[str, float] = {}
    for name, fn in rows:
        if fn is not None:
            results[name] = measure(fn, docs, nbytes, args.repeat)
    base = results.get("pyarabic chain (search equivalent)")
    print(f"{'pipeline':<38} {'MB/s':>8} {'× pyarabic':>11}")
    for name, fn in rows:
        if fn is None:
            print(f"{name:<38} {'n/a':>8}  (not importable)")
            continue
        ratio = f"{results[name] / base:.2f}x" if base else "n/a"
        print(f"{name:<38} {results[name]:>8.2f} {ratio:>11}")
    if base:
        print("\nvs the pyarabic chain (higher is faster):")
        for name, label in (
            ("arabic step alone, search options", "arabic step alone (search options)"),
            ("arabic+latin steps, search options", "arabic+latin steps (search options)"),
            ("preset search (whole preset)", "whole search preset (+ encoding repair, "
                                             "segmentation, injected fragments, whitespace)"),
        ):
            print(f"  {label}: {results[name] / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
