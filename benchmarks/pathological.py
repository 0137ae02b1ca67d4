"""Linear time on pathological input: time each input at sizes n and 2n, per preset.

The inputs of the reliability issue (sizes at ``--scale 1``): 10 MB with no newline, 1 MB of
combining marks on one letter, 1 MB of alternating Arabic/Latin letters, 1 MB of ``ط§`` pairs
(UTF-8 read as cp1256), deeply nested quotes and parentheses, 100k repeated lexicon cues (on
their own lines and glued together), plus 1 MB "words" with no space (Latin, Arabic) and whitespace shapes that trip backtracking patterns
(a long run of spaces inside a line, many blank lines made of spaces).

For each input and preset the script prints t(n), t(2n) and their ratio; a linear step gives
about 2. A ratio above 2.5 is marked ``SLOW`` and the exit status is 1. Times are the best of
``--repeat`` runs of ``pipe(text)`` (``--process`` times ``pipe.process`` instead), in CPU
seconds of this process (``time.process_time``), so a busy shared machine does not skew them.

    python benchmarks/pathological.py                 # quick (--scale 0.05): 500 KB no-newline, 50 KB others
    python benchmarks/pathological.py --by-step       # also which step grows, for SLOW rows
    python benchmarks/pathological.py --scale 1       # the sizes of the issue
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import normtext
from normtext import Pipeline
from normtext.doc import Doc

#: how long each input is at scale 1, in units its builder understands
FULL_SIZE = {
    "no-newline-10MB": 10_000_000,
    "combining-marks-1MB": 1_000_000,
    "alternating-ar-latin-1MB": 1_000_000,
    "cp1256-pairs-1MB": 1_000_000,
    "nested-brackets-quotes": 1_000_000,
    "cues-own-lines-100k": 100_000,
    "cues-glued-100k": 100_000,
    "long-latin-word-1MB": 1_000_000,
    "long-arabic-word-1MB": 1_000_000,
    "space-run-in-line": 1_000_000,
    "blank-lines-of-spaces": 1_000_000,
}

_WORDS = ("The ministry said on Thursday that", "قالت الوزارة يوم الخميس إن", "Al-Ghad reported.",
          "اضافة اعلان", "(Photo: Petra)", "\u00a0", "الطقس\u200b معتدل", "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", "ـــ")


def _repeat_to(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def build(kind: str, n: int) -> str:
    """The pathological input ``kind`` at size ``n``."""
    if kind.startswith("no-newline"):
        return _repeat_to(" ".join(_WORDS) + " ", n)
    if kind.startswith("combining-marks"):
        return "ب" + _repeat_to("\u064e\u0651\u0650\u0652\u0301\u0670", n - 1)
    if kind.startswith("alternating"):
        return _repeat_to("aبcدeوfيgه", n)
    if kind.startswith("cp1256-pairs"):
        return _repeat_to("ط§", n)
    if kind.startswith("nested"):
        depth = n // 8
        return "(«\"[“" * depth + "كلمة word" + "”]\"»)" * depth
    if kind.startswith("cues-own-lines"):
        return "reported.اضافة اعلان\nاقرأ أيضاً:\n" * (n // 2) + "Read more\n" * (n - n // 2)
    if kind.startswith("cues-glued"):
        return "اضافة اعلان" * (n // 2) + "Advertisement" * (n - n // 2)
    if kind.startswith("long-latin-word"):
        return _repeat_to("Advertisement", n)
    if kind.startswith("long-arabic-word"):
        return _repeat_to("اعلان", n)
    if kind.startswith("space-run"):
        return "x" + " " * (n - 2) + "y"
    if kind.startswith("blank-lines"):
        return _repeat_to(" \n", n)
    raise ValueError(f"unknown input {kind!r}; valid: {', '.join(FULL_SIZE)}")


def best_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def step_times(pipe: Pipeline, text: str) -> dict[str, float]:
    """Seconds spent in each step of ``pipe`` on ``text`` (one run, no offsets)."""
    doc = Doc(text, track=False)
    times = {}
    for step in pipe.steps:
        start = time.process_time()
        step(doc)
        times[step.name] = time.process_time() - start
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=0.05, help="fraction of the issue's sizes (default 0.05)")
    parser.add_argument("--presets", default=",".join(sorted(normtext.PRESETS)))
    parser.add_argument("--inputs", default=",".join(FULL_SIZE), help="comma-separated input names")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--process", action="store_true", help="time pipe.process (offsets) instead of pipe()")
    parser.add_argument("--by-step", action="store_true", help="for SLOW rows, the ratio of each step")
    parser.add_argument("--max-seconds", type=float, default=60.0,
                        help="skip 2n when t(n) already exceeds this (reported as SLOW)")
    args = parser.parse_args(argv)
    presets = [p for p in args.presets.split(",") if p]
    kinds = [k for k in args.inputs.split(",") if k]
    for k in kinds:
        build(k, 10)  # ValueError naming the valid inputs
    head = f"{'input':26} {'preset':8} {'n':>10} {'t(n) s':>9} {'t(2n) s':>9} {'ratio':>6}"
    print(head)
    print("-" * (len(head) + 6))
    slow = 0
    for name in presets:
        pipe = Pipeline.from_preset(name)
        fn = pipe.process if args.process else pipe
        for kind in kinds:
            n = max(16, int(FULL_SIZE[kind] * args.scale))
            t1 = best_time(fn, build(kind, n), args.repeat)
            if t1 > args.max_seconds:
                print(f"{kind:26} {name:8} {n:>10} {t1:>9.3f} {'skipped':>9} {'':>6} SLOW", flush=True)
                slow += 1
                continue
            t2 = best_time(fn, build(kind, 2 * n), args.repeat)
            ratio = t2 / t1 if t1 > 0 else float("inf")
            flag = "SLOW" if ratio > 2.5 else "ok"
            slow += flag == "SLOW"
            print(f"{kind:26} {name:8} {n:>10} {t1:>9.3f} {t2:>9.3f} {ratio:>6.2f} {flag}", flush=True)
            if flag == "SLOW" and args.by_step:
                small, large = step_times(pipe, build(kind, n)), step_times(pipe, build(kind, 2 * n))
                print("    " + ", ".join(f"{step} {large[step]:.3f}/{small[step]:.3f}s="
                                       f"{large[step] / max(small[step], 1e-9):.1f}" for step in small), flush=True)
    print(f"steps: {Pipeline.from_preset('search').step_names}; {slow} input(s) over ratio 2.5",
          file=sys.stderr)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
