"""A longer fuzz run of the library guarantees; what it finds becomes a regression case.

Runs the invariants of ``tests/test_properties.py`` (no crash, ``process(x).text == pipe(x)``,
idempotence, true offsets, documented rule ids) over every preset (and the injected-action
variants) with the hypothesis strategies of ``tests/strategies.py``, in rounds of fresh random
seeds until the time budget is spent. Each failure is shrunk by hypothesis to a minimal input and
appended to ``tests/data/fuzz-regressions.json``, which ``test_fuzz_regressions`` replays
through every preset in the normal test suite.

    python tools/fuzz.py --minutes 10            # the documented long run
    python tools/fuzz.py --minutes 1 --dry-run   # report only, keep the regression file as is

Exit status: 0 when nothing failed, 1 when a failure was found (and recorded).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from strategies import any_text, arabic_text, clean_prose, mixed_text  # noqa: E402
from test_properties import FUZZ_REGRESSIONS, VARIANTS, check_all, pipe_for  # noqa: E402

STRATEGIES = {
    "arabic": arabic_text(400),
    "mixed": mixed_text(60),
    "unicode": any_text(300),
    "clean": clean_prose(),
}


def run_round(strategy: str, variants: list[str], examples: int, round_seed: int) -> dict | None:
    """One hypothesis run; the shrunk failing case, or ``None``."""
    failing: dict = {}

    @seed(round_seed)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(x=STRATEGIES[strategy])
    def body(x: str) -> None:
        for variant in variants:
            try:
                check_all(pipe_for(variant), x)
            except Exception as exc:
                failing.update(input=x, variant=variant, error=f"{type(exc).__name__}: {exc}")
                raise

    try:
        body()
    except Exception:  # hypothesis re-raises the (shrunk) failure; ``failing`` holds its input
        return dict(failing) if failing else {"input": "", "variant": "?", "error": "unknown"}
    return None


def record(case: dict) -> bool:
    """Append ``case`` to the regression file unless its input is already there."""
    data = json.loads(FUZZ_REGRESSIONS.read_text(encoding="utf-8"))
    if any(c["input"] == case["input"] for c in data["cases"]):
        return False
    why = f"tools/fuzz.py {date.today().isoformat()}: {case['variant']}: {case['error']}"
    data["cases"].append({"input": case["input"], "why": why[:300]})
    FUZZ_REGRESSIONS.write_text(json.dumps(data, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="time budget (default 10)")
    parser.add_argument("--examples", type=int, default=500, help="examples per round and strategy")
    parser.add_argument("--seed", type=int, default=None, help="first round seed (default: random)")
    parser.add_argument("--variants", default=",".join(sorted(VARIANTS)),
                        help=f"comma-separated pipelines (default: {','.join(sorted(VARIANTS))})")
    parser.add_argument("--dry-run", action="store_true", help="do not write the regression file")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    for v in variants:
        if v not in VARIANTS:
            parser.error(f"unknown pipeline {v!r}; valid: {', '.join(sorted(VARIANTS))}")
    first = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    deadline = time.monotonic() + args.minutes * 60
    rounds = examples = 0
    found: list[dict] = []
    print(f"fuzzing {variants} for {args.minutes} min, first seed {first}", flush=True)
    while time.monotonic() < deadline:
        for strategy in STRATEGIES:
            case = run_round(strategy, variants, args.examples, first + rounds)
            rounds += 1
            examples += args.examples
            if case:
                new = not args.dry_run and record(case)
                found.append(case)
                print(f"FAIL [{strategy}] {case['variant']}: {case['input']!r}\n    {case['error'][:300]}"
                      f"{' (recorded)' if new else ''}", flush=True)
            if time.monotonic() >= deadline:
                break
    print(f"{rounds} rounds, about {examples} examples x {len(variants)} pipelines, "
          f"{len(found)} failure(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
