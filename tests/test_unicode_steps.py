"""The ``unicode`` step: golden cases (tests/data/normalizers/unicode.json), pinned tables, NFC.

Each golden case is ``{"name", "input", "options"?, "expected", "rules"?}``: the step alone,
with ``options``, turns ``input`` into ``expected`` and reports every rule of ``rules``; the
output is a fixed point and every recorded edit maps back to the input. Add cases freely.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import unicodedata2
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.steps._nfc import nfc
from normtext.steps.unicode import UnicodeStep

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "data" / "normalizers"


def load_cases(step: str) -> list[dict]:
    return json.loads((CASES / f"{step}.json").read_text(encoding="utf-8"))


def check_golden(step: str, case: dict) -> None:
    """Run one golden case of ``step`` (shared by the arabic and latin tests)."""
    pipe = Pipeline.from_config({"steps": {step: case.get("options", {})}})
    x = case["input"]
    r = pipe.process(x)
    assert r.text == case["expected"], case["name"]
    assert pipe(x) == case["expected"]
    for rule in case.get("rules", []):
        assert r.changes.get(rule, 0) > 0, f"{case['name']}: no {rule} change"
    documented = set(pipe.steps[0].rules)
    for e in r.edits:
        assert e.rule in documented, e
        assert x[e.source_start:e.source_end] == e.before, e
    assert pipe(r.text) == r.text, "not idempotent"


@pytest.mark.parametrize("case", load_cases("unicode"), ids=lambda c: c["name"])
def test_unicode_golden(case: dict) -> None:
    check_golden("unicode", case)


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_tables", REPO / "tools" / "gen_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_tables_match_the_pinned_ucd() -> None:
    gen = _load_generator()
    if unicodedata2.unidata_version != gen.PINNED_UCD:
        pytest.fail(f"the dev extra pins unicodedata2=={gen.PINNED_UCD}, found {unicodedata2.unidata_version}")
    shipped = (REPO / "normtext" / "tables" / "ucd.py").read_text(encoding="utf-8")
    assert shipped == gen.render(), "normtext/tables/ucd.py is stale: run tools/gen_tables.py"


def test_presentation_fold_agrees_with_nfkc_on_letters() -> None:
    """Every folded letter form equals NFKC of the form, except where the design differs."""
    from normtext.tables.ucd import PRESENTATION_FORMS

    assert len(PRESENTATION_FORMS) > 600
    for cp, target in PRESENTATION_FORMS.items():
        nfkc = unicodedata2.normalize("NFKC", chr(cp))
        # NFKC goes on expanding U+0675–U+0678 into letter + HIGH HAMZA; the fold stops there.
        assert nfkc == unicodedata2.normalize("NFKC", target), hex(cp)


def test_every_documented_rule_has_a_golden_case() -> None:
    covered = {rule for case in load_cases("unicode") for rule in case.get("rules", [])}
    covered |= {"unicode/zwsp", "unicode/bom", "unicode/soft-hyphen", "unicode/word-joiner",
                "unicode/zwnj", "unicode/variation-selector"}  # checked by output in the cases
    assert set(UnicodeStep.rules) <= covered


_NFC_ONLY = Pipeline.from_config({"steps": {"unicode": {
    "presentation_forms": "keep", "line_separators": "keep", "zwsp": "keep", "bom": "keep",
    "soft_hyphen": "keep", "word_joiner": "keep", "bidi": "keep"}}})


@given(st.text(st.characters(codec="utf-8"), max_size=60)
       | st.text("\u0627\u0648\u064a\u06d5\u06c1\u06d2\u0653\u0654\u0655\u064e\u0651\u0650e\u0301\u1100\u1161\u11a8\uac00", max_size=30))
def test_local_nfc_equals_full_nfc(x: str) -> None:
    assert _NFC_ONLY(x) == nfc(x)


_NFKC_ONLY = Pipeline.from_config({"steps": {"unicode": {
    "nfkc": True, "presentation_forms": "keep", "line_separators": "keep", "zwsp": "keep",
    "bom": "keep", "soft_hyphen": "keep", "word_joiner": "keep", "bidi": "keep"}}})


@given(st.text(st.characters(codec="utf-8"), max_size=60)
       | st.text("\u0627\u0654\u064e\ufe70\ufe71\ufef7\ufdfa\u2460\ufb01e\u0301\u1fee\u0344\u00a8", max_size=30))
def test_local_nfkc_equals_full_nfkc(x: str) -> None:
    assert _NFKC_ONLY(x) == unicodedata2.normalize("NFKC", x)


def test_nfc_inert_blocks_are_never_touched_by_nfc():
    """``NFC_INERT`` (emoji, variation selectors) is left out of the fused quiet class: every
    character there has combining class 0, no canonical decomposition, and is never the
    second character of a canonical composition, so NFC cannot change a text through it; and
    every character NFC changes on its own is still in ``NFC_MAY_CHANGE``."""
    import re

    import unicodedata2

    from normtext.steps._nfc import NFC_INERT, NFC_MAY_CHANGE

    seconds = set()
    for cp in range(0x110000):
        d = unicodedata2.decomposition(chr(cp))
        if d and not d.startswith("<") and len(d.split()) == 2:
            seconds.add(int(d.split()[1], 16))
    for first, last in NFC_INERT:
        for cp in range(first, last + 1):
            ch = chr(cp)
            d = unicodedata2.decomposition(ch)
            assert unicodedata2.combining(ch) == 0 and (not d or d.startswith("<")) and cp not in seconds, hex(cp)
    may_change = re.compile(NFC_MAY_CHANGE)
    missing = [hex(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
               and unicodedata2.normalize("NFC", chr(cp)) != chr(cp) and not may_change.match(chr(cp))]
    assert missing == []
