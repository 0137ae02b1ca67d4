"""Time grows linearly on the inputs of ``benchmarks/pathological.py`` (no quadratic scan).

Each input is run at ``n`` and ``4n`` characters (best of three, CPU time); a quadratic step makes
the ratio about 16, a linear one about 4. The bound (8, with a floor for timer noise) leaves room
for a busy machine and still catches a quadratic regression.
"""

from __future__ import annotations

import gc
import sys
import time

import pytest
from conftest import REPO

from normtext import Pipeline

sys.path.insert(0, str(REPO / "benchmarks"))
from pathological import FULL_SIZE, build  # noqa: E402

N = 4_000
FLOOR = 0.004  # seconds: below this the timer's noise dominates


def _best(fn, text: str) -> float:
    """Best CPU time of three runs, the garbage collector paused: its passes over a heap that
    earlier tests filled grow with the objects a large input allocates, which is not the
    scan's own cost (the suite run made a linear step look quadratic)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            fn(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("preset", ["default", "search"])
@pytest.mark.parametrize("kind", sorted(k for k in FULL_SIZE if not k.startswith("no-newline")))
def test_time_is_linear(preset, kind):
    pipe = Pipeline.from_preset(preset)
    small, large = build(kind, N), build(kind, 4 * N)
    pipe(small)  # warm caches
    t1, t4 = _best(pipe, small), _best(pipe, large)
    assert t4 <= 8 * max(t1, FLOOR), f"{kind}: {t1:.4f}s at {N} chars, {t4:.4f}s at {4 * N}"


def test_glue_scan_is_linear_on_a_run_of_closers():
    from normtext.segmentation.glue import glue_points

    small, large = "x." + ")" * N + "ب", "x." + ")" * (4 * N) + "ب"
    assert glue_points(small) == [N + 2] and glue_points(large) == [4 * N + 2]
    assert glue_points("(" * N + "ب") == []
    t1, t4 = _best(glue_points, small), _best(glue_points, large)
    assert t4 <= 8 * max(t1, FLOOR)
