"""Benchmark: the presets and the normalizer steps against pyarabic and CAMeL Tools chains.

Prints one table (MB/s of UTF-8 input on one core, CPU time, and ratios) for the same generated mixed
corpus, in one run:

- every preset (``light``, ``default``, ``search``) as users run it (``pipe(text)``);
- ``default`` / ``search`` normalizers only (unicode + arabic + latin + whitespace, without
  encoding repair, segmentation and injected fragments), and the arabic + latin steps alone
  with the ``search`` options (the operations the pyarabic chain performs);
- the equivalent pyarabic chain (strip_tashkeel, strip_tatweel, normalize_ligature,
  normalize_alef, normalize_teh, digits, lower);
- CAMeL Tools' chain (normalize_unicode, dediac_ar, normalize_alef_ar,
  normalize_alef_maksura_ar, normalize_teh_marbuta_ar) when ``camel_tools`` imports
  (``pip install --no-deps camel-tools six future emoji``).

Usage::

    .venv/bin/python benchmarks/bench_normalizers.py --size 50MB
    .venv/bin/python benchmarks/bench_normalizers.py --size 5MB     # a quick look
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


def measure(fn: Callable[[str], str], docs: list[str], nbytes: int) -> float:
    start = time.process_time()
    for d in docs:
        fn(d)
    return nbytes / 1e6 / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="50MB", help="corpus size (default 50MB)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    docs, source = corpus(parse_size(args.size), args.seed)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    normalizers_only = {"encoding": False, "segment": False, "injected": False}
    rows: list[tuple[str, Callable[[str], str] | None]] = [
        ("preset light", Pipeline.from_preset("light")),
        ("preset default", Pipeline.from_preset("default")),
        ("preset search", Pipeline.from_preset("search")),
        ("default normalizers only", Pipeline.from_preset("default", **normalizers_only)),
        ("search normalizers only", Pipeline.from_preset("search", **normalizers_only)),
        ("arabic+latin steps, search options", Pipeline.from_config({"steps": {
            name: opts for name, opts in Pipeline.from_preset("search").to_config()["steps"].items()
            if name in ("arabic", "latin")}})),
        ("pyarabic chain (search equivalent)", pyarabic_chain()),
        ("CAMeL Tools chain", camel_chain()),
    ]
    print(f"corpus: {len(docs)} documents, {nbytes / 1e6:.1f} MB ({source}, seed {args.seed}); one core")
    results: dict[str, float] = {}
    print(f"{'pipeline':<36} {'MB/s':>8}")
    for name, fn in rows:
        if fn is None:
            print(f"{name:<36} {'n/a':>8}  (not importable)")
            continue
        results[name] = measure(fn, docs, nbytes)
        print(f"{name:<36} {results[name]:>8.2f}")
    base = results.get("pyarabic chain (search equivalent)")
    if base:
        for name in ("preset search", "search normalizers only", "arabic+latin steps, search options"):
            print(f"ratio {name} / pyarabic chain: {results[name] / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
