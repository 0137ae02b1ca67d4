"""The ``settle`` step keeps search-style presets idempotent when folds create mojibake."""

from __future__ import annotations

import pytest

from normtext import Pipeline

#: Garbage that case folding / digit folding turns into valid mojibake (found by fuzzing).
CASES = ["000Ä»¡", "000٠»¨", "الحكومة Ÿ± ", "–Ÿ§ ", "\x8cÀ"]


@pytest.mark.parametrize("text", CASES)
def test_search_is_idempotent_on_fold_made_mojibake(text):
    pipe = Pipeline.from_preset("search")
    once = pipe(text)
    assert pipe(once) == once
    assert pipe.process(text).text == once


def test_without_settle_the_fold_made_mojibake_survives():
    pipe = Pipeline.from_preset("search", settle=False)
    once = pipe("000Ä»¡")
    assert once == "000ä»¡"
    assert pipe(once) != once  # the reason settle exists


def test_settle_does_nothing_without_folds():
    pipe = Pipeline.from_config({"steps": {"settle": {}}})
    assert pipe("ä»¡") == "ä»¡"
