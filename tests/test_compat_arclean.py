"""The ``arclean`` option of the ``arabic`` step against CAMeL Tools' real ``arclean`` map.

Needs ``camel_tools`` (CI: ``python -m pip install -q --no-deps camel-tools==1.6.0 six future
emoji``). Expected differences are the documented bug fixes only (``ARCLEAN_FIXES``: U+06FB →
ض, U+06FC → غ, ٫ → ``.``): normtext's output equals arclean applied to the input with those
three characters corrected first.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given

from normtext import Pipeline
from normtext.steps.arabic import ARCLEAN_FIXES

charmap = pytest.importorskip(
    "camel_tools.utils.charmap",
    reason="camel_tools is not installed (pip install --no-deps camel-tools six future emoji)")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from strategies import any_text, arabic_text, mixed_text  # noqa: E402
from test_compat_camel import generated_sentences, varied_sentences  # noqa: E402

ARCLEAN = charmap.CharMapper.builtin_mapper("arclean")
OURS = Pipeline.from_config({"steps": {"arabic": {"arclean": True, "tatweel": "keep",
                                                  "protect_urls": False}}})


def expected(x: str) -> str:
    return ARCLEAN(x.translate(ARCLEAN_FIXES))


def test_table_matches_installed_camel_tools() -> None:
    spec = importlib.util.spec_from_file_location("gen_arclean", REPO / "tools" / "gen_arclean_table.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)  # type: ignore[union-attr]
    assert (REPO / "normtext" / "tables" / "arclean.py").read_text(encoding="utf-8") == gen.render()


def test_arclean_matches_on_generated_and_varied_sentences() -> None:
    docs = generated_sentences(10_000) + varied_sentences(3_000)
    assert [d for d in docs if OURS(d) != expected(d)] == []


@given(any_text(80) | arabic_text() | mixed_text())
def test_arclean_matches_on_any_text(x: str) -> None:
    assert OURS(x) == expected(x)


@pytest.mark.parametrize("x,anchor,ours", [
    ("\u06fb", "\u0635", "\u0636"),
    ("\u06fc", "\u0636", "\u063a"),
    ("٣٫٥", "3,5", "3.5"),
])
def test_bug_fixes(x: str, anchor: str, ours: str) -> None:
    assert ARCLEAN(x) == anchor and OURS(x) == ours
