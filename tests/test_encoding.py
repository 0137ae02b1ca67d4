"""The ``encoding`` step and ``normtext.fix_encoding``: golden cases from
tests/data/encoding/cases.json (add cases there), recorded edits and rule ids, options, offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import normtext
from normtext import Doc, Pipeline
from normtext.step import get_step

DATA = Path(__file__).resolve().parent / "data" / "encoding" / "cases.json"
CASES = json.loads(DATA.read_text(encoding="utf-8"))["cases"]
STEP = get_step("encoding")


def _run(case: dict):
    options = dict(case.get("options", {}))
    if options.pop("fix_encoding", False):
        return normtext.fix_encoding(case["input"]), None
    doc = STEP(options)(Doc(case["input"]))
    return doc.text, doc


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['mode']}" for i, c in enumerate(CASES)])
def test_golden(case: dict) -> None:
    text, doc = _run(case)
    assert text == case["expected"]
    if doc is not None:
        if case["input"] == case["expected"]:
            assert not doc.changes
        if "rule" in case:
            assert case["rule"] in doc.changes
        for edit in doc.edits:
            assert edit.rule in STEP.rules
            assert case["input"][edit.source_start:edit.source_end] == edit.before


def test_every_rule_is_documented_and_named_family_slash_name() -> None:
    assert all(rule.count("/") == 1 for rule in STEP.rules)
    assert {"mojibake/utf8-as-cp1256", "mojibake/cp1256-as-cp1252", "mojibake/iso8859-6-as-latin1",
            "mojibake/layered", "encoding/html-entity", "encoding/bom", "encoding/c1-control"} <= set(STEP.rules)


def test_fix_encoding_leaves_html_bom_and_spaces_alone() -> None:
    text = "\ufeff&#1575; a\u00a0b  Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©\r\n"
    assert normtext.fix_encoding(text) == "\ufeff&#1575; a\u00a0b  العربية\r\n"


def test_repairs_are_per_token_edits_with_offsets_into_the_input() -> None:
    damaged = "Al-Ghad: " + "وزير الخارجية".encode().decode("cp1256") + " and CafÃ©"
    r = Pipeline.from_config({"steps": {"encoding": {}}}).process(damaged)
    assert r.text == "Al-Ghad: وزير الخارجية and Café"
    assert r.changes["mojibake/utf8-as-cp1256"] == 2
    assert sum(n for rule, n in r.changes.items() if rule.startswith("mojibake/")) == 3
    for edit in r.edits:
        assert damaged[edit.source_start:edit.source_end] == edit.before
    start = r.text.index("الخارجية")
    assert damaged[r.source_offset(start):].startswith("ط§ظ„ط®ط§ط±ط¬ظٹط©")


def test_unrecoverable_damage_is_left_and_counted() -> None:
    doc = STEP()(Doc("?????? ????? done \ufffd\ufffd"))
    assert doc.text == "?????? ????? done \ufffd\ufffd"
    assert doc.meta["encoding"]["unrecoverable"] == 3


def test_options_validate_and_round_trip() -> None:
    pipe = Pipeline.from_config({"steps": {"encoding": {"json_escapes": "true", "c1_controls": False}}})
    assert Pipeline.from_config(pipe.to_config()) == pipe
    with pytest.raises(ValueError, match="valid"):
        Pipeline.from_config({"steps": {"encoding": {"no_such_option": True}}})


def test_presets_run_encoding_first() -> None:
    for name in ("light", "default", "search"):
        assert next(iter(normtext.PRESETS[name].steps)) == "encoding"
    # the unicode step would delete the ZWNJ (0x9D of windows-1256 inside the damage) if it ran first
    assert normtext.normalize("ط§ظ„ظ„ط؛ط©", preset="light") == "اللغة"


def test_uncurl_quotes_never_runs() -> None:
    # ftfy.fix_text straightens „ and ‚ (second bytes of ل and ق read as windows-1256 … as cp1252)
    damaged = "القانون".encode().decode("cp1256")
    assert normtext.fix_encoding(damaged) == "القانون"
    assert normtext.fix_encoding("“quoted” ‘text’") == "“quoted” ‘text’"


def test_signature_first_characters_hold_no_printable_ascii() -> None:
    """The pipeline's fused quiet test looks for these characters in every record: a printable
    ASCII character among them (a class range pasted as text once added ``-``) would send every
    record with it to the encoding step's slower checks."""
    from normtext.encoding.signatures import _FIRSTS

    assert not [c for c in set(_FIRSTS) if c.isascii() and c.isprintable()]
