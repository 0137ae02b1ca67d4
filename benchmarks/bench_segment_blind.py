"""Score ``normtext.segment`` on the blind set ``corpora/segmentation/blind_segments.jsonl``.

The gold was written by hand from ``specs/segmentation.md`` without looking at normtext's code.
The measures are computed here, independently of ``normtext.segmentation.metrics``:

* ``exact``: share of records whose whole segmentation ``(start, end, label)`` equals the gold;
* ``seg_f1``: F1 of exact ``(start, end, label)`` matches of the non-neutral runs;
* ``acc_let``: over letters and marks inside gold ``ar``/``en``/``other`` runs, the share whose
  predicted label equals the gold label (the spec's headline figure);
* ``acc_all``: the same over every character, neutral ones included;
* ``bnd_f1``: F1 of label changes between consecutive content letters (gold non-neutral letters);
* ``lang_acc`` (language view only): letters whose predicted ``lang`` equals the gold ``lang``.

Micro-averaged per tag (a record counts under each of its tags) and over ``ALL``.

    .venv/bin/python benchmarks/bench_segment_blind.py           # tables
    .venv/bin/python benchmarks/bench_segment_blind.py --show 40 # plus mismatching records
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import normtext  # noqa: E402

BLIND = ROOT / "corpora" / "segmentation" / "blind_segments.jsonl"
COLUMNS = ("n", "exact", "seg_f1", "acc_let", "acc_all", "bnd_f1", "lang_acc")


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _char_labels(segs: list[dict], n: int, key: str = "label") -> list:
    out = [None] * n
    for s in segs:
        for i in range(s["start"], s["end"]):
            out[i] = s[key]
    return out


def _boundaries(positions: list[int], labels: list) -> set[tuple[int, int]]:
    return {(a, b) for a, b in zip(positions, positions[1:], strict=False) if labels[a] != labels[b]}


class Tally:
    """Counts for one (view, tag) cell."""

    def __init__(self) -> None:
        self.c: dict[str, float] = defaultdict(float)

    def add(self, text: str, gold: list[dict], pred: list[dict], lang_view: bool) -> None:
        c, n = self.c, len(text)
        c["n"] += 1
        key = lambda s: (s["start"], s["end"], s["label"])  # noqa: E731
        c["exact_hit"] += [key(s) for s in gold] == [key(s) for s in pred]
        g_runs = {key(s) for s in gold if s["label"] != "neutral"}
        p_runs = {key(s) for s in pred if s["label"] != "neutral"}
        c["seg_tp"] += len(g_runs & p_runs)
        c["seg_fp"] += len(p_runs - g_runs)
        c["seg_fn"] += len(g_runs - p_runs)
        gl, pl = _char_labels(gold, n), _char_labels(pred, n)
        content = [i for i in range(n) if gl[i] != "neutral" and _is_letter(text[i])]
        c["let_total"] += len(content)
        c["let_ok"] += sum(gl[i] == pl[i] for i in content)
        c["all_total"] += n
        c["all_ok"] += sum(a == b for a, b in zip(gl, pl, strict=True))
        gb, pb = _boundaries(content, gl), _boundaries(content, pl)
        c["bnd_tp"] += len(gb & pb)
        c["bnd_fp"] += len(pb - gb)
        c["bnd_fn"] += len(gb - pb)
        if lang_view:
            glang, plang = _char_labels(gold, n, "lang"), _char_labels(pred, n, "lang")
            c["lang_ok"] += sum(glang[i] == plang[i] for i in content)

    def row(self, lang_view: bool) -> list[str]:
        c = self.c

        def f1(p: str) -> str:
            tp, fp, fn = c[p + "_tp"], c[p + "_fp"], c[p + "_fn"]
            if tp + fp + fn == 0:
                return "  -  "
            return f"{2 * tp / (2 * tp + fp + fn):.3f}"

        def ratio(a: float, b: float) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        return [
            f"{int(c['n'])}",
            ratio(c["exact_hit"], c["n"]),
            f1("seg"),
            ratio(c["let_ok"], c["let_total"]),
            ratio(c["all_ok"], c["all_total"]),
            f1("bnd"),
            ratio(c["lang_ok"], c["let_total"]) if lang_view else "  -  ",
        ]


def _pred(text: str, view: str) -> list[dict]:
    return [
        {"start": s.start, "end": s.end, "label": s.label, "lang": s.lang, "kind": s.kind}
        for s in normtext.segment(text, view=view)
    ]


def _fmt(text: str, segs: list[dict]) -> str:
    parts = []
    for s in segs:
        tag = s["label"] if s["label"] != "neutral" else "n"
        if s.get("lang") and s["lang"] != s["label"]:
            tag += "/" + s["lang"]
        if s.get("kind"):
            tag += "/url"
        parts.append(f"{tag}{text[s['start']:s['end']]!r}")
    return " | ".join(parts)


def _key(seg: dict, with_lang: bool) -> tuple:
    return seg["start"], seg["end"], seg["label"], seg.get("lang") if with_lang else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=BLIND)
    ap.add_argument("--show", type=int, default=0, help="print up to N mismatching records")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").split("\n") if line]
    tallies = {v: defaultdict(Tally) for v in ("script", "lang")}
    mismatches = []
    for rec in records:
        text = rec["text"]
        for view, gold in (("script", rec["script_segments"]), ("lang", rec["segments"])):
            pred = _pred(text, view)
            for tag in ["ALL", *rec["tags"]]:
                tallies[view][tag].add(text, gold, pred, view == "lang")
            lang_key = view == "lang"
            if [_key(s, lang_key) for s in gold] != [_key(s, lang_key) for s in pred]:
                mismatches.append((rec["id"], view, text, _fmt(text, gold), _fmt(text, pred)))
    for view in ("script", "lang"):
        print(f"\n## view={view}  ({args.file.name}, {len(records)} records)")
        print(f"{'tag':<18}" + "".join(f"{c:>9}" for c in COLUMNS))
        tags = sorted(tallies[view], key=lambda t: (t != "ALL", t))
        for tag in tags:
            print(f"{tag:<18}" + "".join(f"{v:>9}" for v in tallies[view][tag].row(view == "lang")))
    print(f"\nmismatching (record, view) pairs, lang included in the lang view: {len(mismatches)}")
    for rid, view, text, gold, pred in mismatches[: args.show]:
        print(f"\n[{rid} {view}] {text!r}\n  gold: {gold}\n  pred: {pred}")


if __name__ == "__main__":
    main()
