"""Glue-point scan benchmark: ``may_have_glue`` / ``glue_points`` against the previous scan.

The anchor is the previous implementation, written inline below: two class scans (an ASCII letter,
an Arabic character), then one stdlib ``re`` search whose charset prefix starts a match attempt at
every ASCII letter and every Arabic letter, and for ``glue_points`` one ``finditer`` per rule
(each attempting at every letter of its script). The new scan (normtext) first reads the text as
UTF-8 bytes (one ``bytes.translate`` and one integer test: an ASCII letter next to an Arabic
character?), then walks runs instead of letters. Both give the same points (checked here).

Input: ``corpora/generate.py`` articles and short records (``--mb`` MB of each, seed 0), split
into mixed documents (an ASCII letter and an Arabic character) and single-script ones. Times are
CPU time (``time.process_time``), best of ``--repeat``, in µs per document.

    .venv/bin/python benchmarks/bench_glue.py            # 5 MB of articles + 5 MB of short records
    .venv/bin/python benchmarks/bench_glue.py --mb 2 --repeat 3
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora"))

from generate import corpus_texts  # noqa: E402

from normtext.segmentation.glue import (  # noqa: E402
    _ARABIC_RANGES,
    _ARABIC_WORD_BACK,
    _BETWEEN,
    _MARK_RANGES,
    LATIN_THEN_ARABIC,
    glue_points,
    is_proclitic,
    may_have_glue,
    protected_spans,
)

# --- the anchor: the previous scan ------------------------------------------------------------
OLD_LATIN = re.compile(f"[A-Za-z][{_BETWEEN}]*(?=[{_ARABIC_RANGES}])")
OLD_ARABIC = re.compile(f"[{_ARABIC_RANGES}{_MARK_RANGES}](?=[A-Za-z])")
OLD_EITHER = re.compile(f"{OLD_LATIN.pattern}|{OLD_ARABIC.pattern}")
OLD_ASCII_LETTER = re.compile("[A-Za-z]")
OLD_ARABIC_ANY = re.compile(f"[{_ARABIC_RANGES}]")


def old_may_have_glue(text: str) -> bool:
    if text.isascii() or OLD_ASCII_LETTER.search(text) is None or OLD_ARABIC_ANY.search(text) is None:
        return False
    return OLD_EITHER.search(text) is not None


def old_glue_points(text: str) -> list[int]:
    if not old_may_have_glue(text):
        return []
    points = [m.end() for m in OLD_LATIN.finditer(text)
              if LATIN_THEN_ARABIC.match(text, m.end()) is not None]
    for m in OLD_ARABIC.finditer(text):
        j = m.end()
        word = _ARABIC_WORD_BACK.search(text, 0, j)
        if word is not None and word.end() == j and not is_proclitic(word.group()):
            points.append(j)
    if not points:
        return points
    points.sort()
    spans = protected_spans(text)
    if spans:
        starts = [s for s, _ in spans]
        points = [p for p in points
                  if (k := bisect_right(starts, p) - 1) < 0 or not (spans[k][0] < p < spans[k][1])]
    return points


# --- measuring --------------------------------------------------------------------------------
def per_doc_us(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for doc in docs:
            fn(doc)
        best = min(best, time.process_time() - start)
    return best / max(len(docs), 1) * 1e6


def is_mixed(text: str) -> bool:
    return OLD_ASCII_LETTER.search(text) is not None and OLD_ARABIC_ANY.search(text) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="MB of articles and of short records")
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs")
    args = parser.parse_args(argv)
    size = int(args.mb * 1_000_000)
    groups: dict[str, list[str]] = {}
    for label, short in (("articles", False), ("short", True)):
        texts = corpus_texts(size, short=short)
        groups[f"{label}, mixed"] = [t for t in texts if is_mixed(t)]
        groups[f"{label}, one script"] = [t for t in texts if not is_mixed(t)]
        groups[f"{label}, all"] = texts
        # same results: identical points, and the new test never True where the old one is False
        for text in texts:
            new_points = glue_points(text)
            assert new_points == old_glue_points(text), text
            assert (not new_points or may_have_glue(text)) and (not may_have_glue(text) or old_may_have_glue(text)), text

    print(f"glue scan, µs per document (CPU, best of {args.repeat}); {args.mb:g} MB of each kind")
    print(f"{'documents':24} {'docs':>6} {'chars':>6} | {'may_have_glue':^22} | {'glue_points':^22}")
    print(f"{'':24} {'':>6} {'':>6} | {'old':>6} {'new':>6} {'ratio':>7} | {'old':>6} {'new':>6} {'ratio':>7}")
    for name, docs in groups.items():
        chars = sum(map(len, docs)) / max(len(docs), 1)
        old_may = per_doc_us(old_may_have_glue, docs, args.repeat)
        new_may = per_doc_us(may_have_glue, docs, args.repeat)
        old_pts = per_doc_us(old_glue_points, docs, args.repeat)
        new_pts = per_doc_us(glue_points, docs, args.repeat)
        print(f"{name:24} {len(docs):6d} {chars:6.0f} | {old_may:6.2f} {new_may:6.2f} {old_may / new_may:6.1f}x"
              f" | {old_pts:6.2f} {new_pts:6.2f} {old_pts / new_pts:6.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
