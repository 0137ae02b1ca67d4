"""Encoding repair: normtext's ``encoding`` step vs ``ftfy.fix_text`` (and ``ftfy.fix_encoding``) on
the generated damage set of ``corpora/encoding/generate.py``; byte-level detection; speed.

Prints three tables:

1. per damage mode: exact repairs (output == the clean original) for normtext, ftfy.fix_text,
   ftfy.fix_encoding; "worse" counts outputs further from the original than the damaged input
   was; the ``clean`` / ``trap`` rows count false changes (must be 0);
2. byte-level detection: documents of one or two sentences encoded in each codec, decoded by
   ``normtext.encoding.decode_bytes`` (and charset-normalizer, when installed) - exact text rate;
3. speed on one core: clean text and fully damaged text, MB/s and the ratio to ftfy.fix_text.

Run: ``.venv/bin/python benchmarks/bench_encoding.py [--seed 1] [--per-mode 100] [--mb 2]``
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import ftfy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "corpora" / "encoding"))
from damage_modes import generate, load_sentences  # noqa: E402

from normtext import Pipeline  # noqa: E402
from normtext.encoding import decode_bytes  # noqa: E402

STEP = Pipeline.from_config({"steps": {"encoding": {}}})
FAMILY_ORDER = ("arabic", "ftfy", "markup", "clean")


def _worse(out: str, damaged: str, clean: str) -> bool:
    """Output further from the clean text than the damaged input was (character similarity)."""
    if out == damaged or out == clean:
        return False
    sim = difflib.SequenceMatcher(None, out, clean, autojunk=False).ratio()
    base = difflib.SequenceMatcher(None, damaged, clean, autojunk=False).ratio()
    return sim < base


def repair_table(seed: int, per_mode: int) -> None:
    items = generate(seed, per_mode)
    tools = {"normtext": STEP, "ftfy.fix_text": ftfy.fix_text, "ftfy.fix_encoding": ftfy.fix_encoding}
    rows: dict[str, dict] = {}
    fam: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for it in items:
        row = rows.setdefault(it["mode"], {"family": it["family"], "n": 0,
                                          **{t: 0 for t in tools}, **{t + ":worse": 0 for t in tools}})
        row["n"] += 1
        for name, fn in tools.items():
            out = fn(it["input"])
            ok = out == it["expected"]
            row[name] += ok
            fam[it["family"]][name][0] += ok
            fam[it["family"]][name][1] += 1
            if not ok and it["family"] != "clean" and _worse(out, it["input"], it["expected"]):
                row[name + ":worse"] += 1
    print(f"\n## Repair: generated set (seed {seed}, {per_mode} per mode; clean/trap rows = must not change)\n")
    head = f"| {'mode':34} | {'family':6} | {'n':>4} | {'normtext':>9} | {'ftfy.fix_text':>13} | {'ftfy.fix_encoding':>17} | worse nt/ftfy |"
    print(head)
    print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
    for family in FAMILY_ORDER:
        for mode, r in rows.items():
            if r["family"] != family:
                continue
            cells = []
            for t in tools:
                if family == "clean":
                    cells.append(f"{r['n'] - r[t]} changed")
                else:
                    cells.append(f"{100 * r[t] / r['n']:.1f}%")
            print(f"| {mode:34} | {family:6} | {r['n']:>4} | {cells[0]:>9} | {cells[1]:>13} | {cells[2]:>17} |"
                  f" {r['normtext:worse']:>4} / {r['ftfy.fix_text:worse']:<6} |")
    print("\nBy family (exact repairs; for `clean`: unchanged):")
    for family in FAMILY_ORDER:
        stats = fam[family]
        print(f"- {family:6}: " + ", ".join(
            f"{t} {100 * stats[t][0] / stats[t][1]:.2f}% ({stats[t][0]}/{stats[t][1]})" for t in tools))


def detection_table(seed: int, n: int) -> None:
    rng = random.Random(f"{seed}-bytes")
    sentences = load_sentences()
    arabic = [s for k, s in sentences if k == "ar"]
    latin = [s for k, s in sentences if k == "en" and not s.isascii()]
    everything = [s for _, s in sentences]
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover
        charset_normalizer = None
    plans = {"cp1256": arabic, "iso8859-6": arabic, "cp1252": latin, "utf-8": everything,
             "utf-8-sig": everything, "utf-16": everything, "utf-16-le": everything}
    print(f"\n## Byte-level detection: {n} documents of 1-2 sentences per codec (exact text)\n")
    print("| codec | n | normtext decode_bytes | charset-normalizer |")
    print("|---|---|---|---|")
    for codec, pool in plans.items():
        ok = cn_ok = total = 0
        while total < n:
            text = rng.choice(pool)
            if rng.random() < 0.4:
                text += " " + rng.choice(pool)
            try:
                data = text.encode(codec)
            except UnicodeError:
                continue
            total += 1
            ok += decode_bytes(data).text == text
            if charset_normalizer is not None:
                best = charset_normalizer.from_bytes(data).best()
                cn_ok += best is not None and str(best) == text
        cn = f"{100 * cn_ok / total:.1f}%" if charset_normalizer is not None else "not installed"
        print(f"| {codec} | {total} | {100 * ok / total:.1f}% | {cn} |")


def _rate(fn, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return len(text.encode("utf-8")) / best / 1e6


def speed_table(mb: float) -> None:
    sentences = [s for _, s in load_sentences()]
    rng = random.Random(7)
    lines = []
    size = 0
    while size < mb * 1e6:
        line = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
        lines.append(line)
        size += len(line.encode()) + 1
    clean = "\n".join(lines)
    damaged_1252 = "\n".join(line.encode().decode("sloppy-windows-1252") for line in lines)
    damaged_1256 = "\n".join(line.encode().decode("cp1256") for line in lines)
    print(f"\n## Speed, one core ({len(clean.encode()) / 1e6:.1f} MB of clean text; best of 3)\n")
    print("| input | normtext MB/s | ftfy.fix_text MB/s | normtext / ftfy |")
    print("|---|---|---|---|")
    for name, text in (("clean Arabic/English", clean), ("all UTF-8-as-cp1252", damaged_1252),
                       ("all UTF-8-as-cp1256", damaged_1256)):
        nt = _rate(STEP, text)
        ft = _rate(ftfy.fix_text, text, repeat=1 if mb > 1 else 3)
        print(f"| {name} | {nt:.2f} | {ft:.2f} | {nt / ft:.1f}x |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-mode", type=int, default=100)
    parser.add_argument("--docs", type=int, default=300, help="documents per codec (detection)")
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text for the speed table")
    parser.add_argument("--only", choices=("repair", "bytes", "speed"))
    args = parser.parse_args(argv)
    if args.only in (None, "repair"):
        repair_table(args.seed, args.per_mode)
    if args.only in (None, "bytes"):
        detection_table(args.seed, args.docs)
    if args.only in (None, "speed"):
        speed_table(args.mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
