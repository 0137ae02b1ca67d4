"""Presets ``light`` / ``default`` / ``search`` on Arabic and mixed text.

- golden cases per preset (tests/data/normalizers/presets.json: ``{"name", "preset",
  "overrides"?, "input", "expected"}``);
- a regression test for every anchor bug of ``shared/specs/arabic-normalization.md``;
- no preset deletes a character it does not know;
- idempotence and true offsets with every Arabic and Latin fold switched on at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strategies import any_text, arabic_text, mixed_text  # noqa: E402
from test_properties import check_offsets, check_rules  # noqa: E402

CASES = json.loads((Path(__file__).resolve().parent / "data" / "normalizers" / "presets.json")
                   .read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_preset_golden(case: dict) -> None:
    pipe = Pipeline.from_preset(case["preset"], **case.get("overrides", {}))
    assert pipe(case["input"]) == case["expected"]


# --- anchor bugs (spec: "Bugs in the anchors that normtext must not repeat") -------------------
SEARCH = Pipeline.from_preset("search")
DEFAULT = Pipeline.from_preset("default")

ANCHOR_BUGS = [
    # (bug, pipeline, input, output the anchor gives, expected here)
    ("tnkeeh/Maha: repeated-letter reduction hits digits", SEARCH, "1000000", "100", "1000000"),
    ("tnkeeh: U+0660 mapped to '.'", SEARCH, "٢٠٢٠", "٢.٢.", "2020"),
    ("pyarabic normalize_alef: ى → ا", SEARCH, "على", "علا", "علي"),
    ("pyarabic normalize_ligature drops the hamza of lam-alef", DEFAULT, "ﻷ", "لا", "لأ"),
    ("pyarabic normalize_ligature folds only isolated lam-alef", DEFAULT, "ﻸ", "ﻸ", "لأ"),
    ("CAMeL arclean maps ٫ to ','", Pipeline.from_preset("search"), "٣٫٥", "3,5", "3.5"),
    ("CAMeL arclean deletes emoji, €, ©, °, Persian letters, ﷺ, ﴾﴿", DEFAULT,
     "😀 € © ° پ ﷺ ﴾﴿", "      ", "😀 € © ° پ ﷺ ﴾﴿"),
    ("CAMeL arclean maps U+06FB/U+06FC one letter off", SEARCH, "ۻ ۼ", "ۼ ڽ", "ۻ ۼ"),
    ("AraBERT: هٰذا → ه ذا", SEARCH, "هٰذا", "ه ذا", "هذا"),
    ("AraBERT: café → caf", SEARCH, "café", "caf", "café"),
    ("HF BERT strips hamza as an accent: سؤال → سوال", SEARCH, "سؤال", "سوال", "سؤال"),
    ("HF BERT strips hamza as an accent: المسؤول → المسوول", SEARCH, "المسؤول", "المسوول", "المسؤول"),
    ("CAMeL #117: farsi yeh mapped to ى in medial position", SEARCH, "تجرید", "تجرىد", "تجريد"),
]


@pytest.mark.parametrize("bug,pipe,x,anchor,expected", ANCHOR_BUGS, ids=[b[0] for b in ANCHOR_BUGS])
def test_anchor_bug_is_not_repeated(bug: str, pipe: Pipeline, x: str, anchor: str, expected: str) -> None:
    out = pipe(x)
    assert out == expected and out != anchor, bug


# --- unknown characters ------------------------------------------------------------------------
UNKNOWN = ("😀🎉👍€£¥©®°±§¶™✓→∞≈√"  # symbols and emoji
           "پچژگڈٹںڑ"  # Persian / Urdu letters
           "שלוםאבג中文字日本語한국어ДЖЯñçøåß"  # other scripts, accented Latin
           "ﷺﷲ﴾﴿﷼ۻۼ")


@pytest.mark.parametrize("preset", ["light", "default", "search"])
@given(x=st.text(st.sampled_from(UNKNOWN), min_size=1, max_size=30))
def test_no_preset_deletes_unknown_characters(preset: str, x: str) -> None:
    # Encoding repair and injected-fragment removal are left out: they change text on purpose
    # (mojibake such as "ß£", credit lines starting with "©") and have their own tests; every
    # normalizer of the preset runs.
    out = Pipeline.from_preset(preset, encoding=False, injected=False)(x)
    if preset == "search":  # case folding is named by the preset: compare folded
        x = x.casefold()
    assert out.replace(" ", "") == x


# --- every fold at once: idempotence and offsets -----------------------------------------------
# Only the steps of this part (plus segment routing): the full presets, encoding repair and
# injected fragments included, are covered by tests/test_properties.py.
MINE = {"encoding": False, "injected": False}
EVERYTHING = Pipeline.from_preset(
    "search", **MINE,
    unicode={"word_ligatures": "expand", "zwj_in_emoji": "delete", "variation_selectors": "delete"},
    arabic={"lookalikes": "arabic", "hamza": "carrier", "punctuation": "latin",
            "dagger_alef": "alef", "elongation_keep": 2},
    latin={"ellipsis": "ascii", "fullwidth": "ascii"},
)
ARABIC_OUT = Pipeline.from_preset("default", **MINE, arabic={"digits": "arabic-indic", "punctuation": "arabic",
                                                     "diacritics": "strip-but-shadda",
                                                     "farsi_yeh": "alef-maqsura", "hamza": "hamza",
                                                     "teh_marbuta": "teh"})


@pytest.mark.parametrize("pipe", [EVERYTHING, ARABIC_OUT], ids=["all-folds", "to-arabic"])
@given(x=st.one_of(arabic_text(), mixed_text(), any_text(80)))
def test_every_fold_is_idempotent_with_true_offsets(pipe: Pipeline, x: str) -> None:
    out = pipe(x)
    assert pipe(out) == out
    r = pipe.process(x)
    assert r.text == out
    check_offsets(x, r)
    check_rules(pipe, r)
