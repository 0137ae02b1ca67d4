"""Injected fragments: quality on the annotated corpus, and the cost of detection.

Quality (``corpora/injected/corpus.jsonl``, format in ``corpora/injected/README.md``): the
``injected`` step alone, for each label character-level precision and recall of the spans
against the gold spans, the micro average over the six target labels, the number of negative
documents touched, and the exact-match rate of the ``remove`` output against the expected clean
text. The anchor row is a naive baseline that deletes every built-in lexicon string wherever it
occurs (what a find-and-replace list does), on the same input in the same run.

Speed: the default preset with and without the ``injected`` step on a generated corpus
(``corpora/generate.py``, same seed every run); the overhead must stay at or under 30%.

    python benchmarks/bench_injected.py                  # corpus table + 2 MB speed run
    python benchmarks/bench_injected.py --size 10MB
    python benchmarks/bench_injected.py --corpus corpora/injected/blind.jsonl --no-speed
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import regex

from normtext import Pipeline
from normtext.injected.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "corpora"))
from generate import corpus_texts, parse_size  # noqa: E402

CORPUS = REPO / "corpora" / "injected" / "corpus.jsonl"
TARGET_LABELS = ("ad_placeholder", "read_more", "photo_credit", "share_follow", "site_trailer",
                 "related_links")


def load_corpus(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _chars(spans, label_of=lambda s: s["label"]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for s in spans:
        out[label_of(s)].update(range(s["start"], s["end"]))
    return out


class Scores:
    """Character-level true positives, predictions and gold counts per label, plus doc checks."""

    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.pred: dict[str, int] = defaultdict(int)
        self.gold: dict[str, int] = defaultdict(int)
        self.negatives = self.negatives_touched = self.exact = self.docs = 0
        self.misses: list[str] = []

    def add(self, record: dict, predicted: list[dict], output: str) -> None:
        gold, pred = _chars(record["spans"]), _chars(predicted)
        for label in set(gold) | set(pred):
            self.tp[label] += len(gold[label] & pred[label])
            self.pred[label] += len(pred[label])
            self.gold[label] += len(gold[label])
        self.docs += 1
        if record["negative"]:
            self.negatives += 1
            if output != record["text"] or predicted:
                self.negatives_touched += 1
                self.misses.append(record["id"] + " (negative touched)")
        if output == record["clean"]:
            self.exact += 1
        else:
            self.misses.append(record["id"])

    def pr(self, labels) -> tuple[float, float]:
        tp = sum(self.tp[x] for x in labels)
        pred = sum(self.pred[x] for x in labels)
        gold = sum(self.gold[x] for x in labels)
        return (tp / pred if pred else 1.0), (tp / gold if gold else 1.0)


def score_normtext(records: list[dict]) -> Scores:
    tag = Pipeline.from_config({"steps": {"injected": {"action": "tag"}}})
    remove = Pipeline.from_config({"steps": {"injected": {}}})
    scores = Scores()
    for r in records:
        res = tag.process(r["text"])
        spans = [{"start": s.source_start, "end": s.source_end, "label": s.label} for s in res.spans]
        scores.add(r, spans, remove(r["text"]))
    return scores


def naive_baseline():
    """Delete every built-in lexicon string wherever it occurs (exact text, any position)."""
    lex = load_lexicon()
    label_of = {}
    for e in lex.entries:
        for s in e.strings:
            label_of.setdefault(s, e.label)
    pattern = regex.compile("|".join(regex.escape(s) for s in sorted(label_of, key=len, reverse=True)))

    def run(text: str) -> tuple[list[dict], str]:
        spans = [{"start": m.start(), "end": m.end(), "label": label_of[m.group()]}
                 for m in pattern.finditer(text)]
        return spans, pattern.sub("", text)
    return run


def score_naive(records: list[dict]) -> Scores:
    run = naive_baseline()
    scores = Scores()
    for r in records:
        spans, out = run(r["text"])
        scores.add(r, spans, out)
    return scores


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def quality_table(records: list[dict], corpus: Path = CORPUS) -> tuple[Scores, Scores]:
    ours, naive = score_normtext(records), score_naive(records)
    print(f"corpus: {_shown(corpus)}: {len(records)} documents, "
          f"{sum(r['negative'] for r in records)} negatives")
    print(f"{'label':<16} {'gold chars':>10} {'P normtext':>11} {'R normtext':>11} {'P naive':>8} {'R naive':>8}")
    for label in TARGET_LABELS:
        p, rc = ours.pr([label])
        pn, rn = naive.pr([label])
        print(f"{label:<16} {ours.gold[label]:>10} {p:>11.3f} {rc:>11.3f} {pn:>8.3f} {rn:>8.3f}")
    p, rc = ours.pr(TARGET_LABELS)
    pn, rn = naive.pr(TARGET_LABELS)
    print(f"{'micro (6 labels)':<16} {sum(ours.gold[x] for x in TARGET_LABELS):>10} {p:>11.3f} {rc:>11.3f} "
          f"{pn:>8.3f} {rn:>8.3f}")
    print(f"negatives touched: normtext {ours.negatives_touched}/{ours.negatives}, "
          f"naive {naive.negatives_touched}/{naive.negatives}")
    print(f"exact match of remove output: normtext {ours.exact}/{ours.docs} ({ours.exact / ours.docs:.3f}), "
          f"naive {naive.exact}/{naive.docs} ({naive.exact / naive.docs:.3f})")
    if ours.misses:
        print("normtext misses:", ", ".join(ours.misses[:20]))
    return ours, naive


def _best_times(pipes: dict[str, Pipeline], texts: list[str], repeat: int) -> dict[str, float]:
    """Best wall time of each pipeline over ``texts``; runs are interleaved round-robin so a
    busy machine slows every pipeline alike."""
    for pipe in pipes.values():
        pipe(texts[0])
    best = dict.fromkeys(pipes, float("inf"))
    for _ in range(repeat):
        for name, pipe in pipes.items():
            gc.collect()
            start = time.perf_counter()
            for t in texts:
                pipe(t)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def speed_table(size: int, repeat: int) -> float:
    texts = corpus_texts(size, seed=0)
    nbytes = sum(len(t.encode()) for t in texts)
    pipes = {
        "default without injected": Pipeline.from_preset("default", injected=False),
        "default, injected=keep (detect)": Pipeline.from_preset("default", injected="keep"),
        "default (with injected)": Pipeline.from_preset("default"),
        "injected step alone": Pipeline.from_config({"steps": {"injected": {}}}),
    }
    best = _best_times(pipes, texts, repeat)
    overhead = best["default (with injected)"] / best["default without injected"] - 1
    detection = best["default, injected=keep (detect)"] / best["default without injected"] - 1
    print(f"\nspeed: generated corpus {nbytes / 1e6:.1f} MB, {len(texts)} documents, best of {repeat} "
          f"(interleaved); default runs {', '.join(pipes['default (with injected)'].step_names)}")
    print(f"{'pipeline':<34} {'seconds':>8} {'MB/s':>7}")
    for name, t in best.items():
        print(f"{name:<34} {t:>8.3f} {nbytes / 1e6 / t:>7.2f}")
    print(f"detection alone (injected=keep) on the default preset: {detection * 100:+.1f}% (limit +30%)")
    print(f"detection and removal (injected=remove, the default): {overhead * 100:+.1f}%")
    return overhead


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="2MB", help="generated corpus size for the speed run")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="annotated JSONL file in the corpora/injected/README.md format "
                         "(default: %(default)s)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        ap.error(f"--corpus: no such file: {args.corpus}")
    quality_table(load_corpus(args.corpus), args.corpus)
    if not args.no_speed:
        speed_table(parse_size(args.size), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
