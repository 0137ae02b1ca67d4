"""The ``arabert`` preset against AraBERT's own preprocessor, through golden files.

AraBERT's ``ArabertPreprocessor`` needs ``emoji==1.4.2``, which clashes with current packages,
so ``tools/gen_arabert_golden.py`` runs it in a separate environment and writes
``tests/data/compat/arabert.jsonl`` (1,200 generated and hand-built inputs, outputs for
``bert-base-arabertv02`` and its twitter variant). The preset must give AraBERT's output byte for
byte, deletions included; where the input holds an e-mail or a dagger alef, it must give
AraBERT's output on the input with the two bug fixes applied first (the ``+fixes`` fields).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normtext import Pipeline

GOLDEN = Path(__file__).resolve().parent / "data" / "compat" / "arabert.jsonl"
RECORDS = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
VARIANTS = {
    "bert-base-arabertv02": Pipeline.from_preset("arabert"),
    "bert-base-arabertv02-twitter": Pipeline.from_preset("arabert", arabic={"charset": "arabert-emoji"}),
}


@pytest.mark.parametrize("model", sorted(VARIANTS))
def test_arabert_matches_the_golden_file(model: str) -> None:
    pipe = VARIANTS[model]
    assert len(RECORDS) >= 1000
    differ = [r["input"] for r in RECORDS if pipe(r["input"]) != r.get(f"{model}+fixes", r[model])]
    assert differ == []
    fixed = [r for r in RECORDS if f"{model}+fixes" in r]
    assert len(fixed) > 20, "the golden file should exercise both bug fixes"


@pytest.mark.parametrize("x,anchor,ours", [
    ("هٰذا", "ه ذا", "هذا"),
    ("راسلنا على info@mail.com اليوم", "راسلنا على [رابط] اليوم", "راسلنا على [بريد] اليوم"),
])
def test_anchor_bugs_are_fixed(x: str, anchor: str, ours: str) -> None:
    assert VARIANTS["bert-base-arabertv02"](x) == ours != anchor


# expected values checked against ArabertPreprocessor("bert-base-arabertv02") 1.0.1
@pytest.mark.parametrize("x,expected", [
    ("café Straße", "caf Stra e"),                       # whitelist deletions kept (anchor design)
    ("جمييييل!!! ١٢٣كلمة 😀", "جمييل ! ! 123 كلمة"),   # elongation, digits, spacing, emoji dropped
    ("زوروا https://example.com/a?b=1 و @user_1", "زوروا [رابط] و [مستخدم]"),
    ("<b>نص</b> &amp; 10/12", "نص 10 - 12"),
])
def test_arabert_behaviour(x: str, expected: str) -> None:
    assert VARIANTS["bert-base-arabertv02"](x) == expected


def test_twitter_variant_keeps_emoji() -> None:
    assert VARIANTS["bert-base-arabertv02-twitter"]("رائع 😀👍") == "رائع 😀 👍"


def test_arabert_offsets_map_back() -> None:
    x = "قالَ المديرُ: زوروا www.site.org/x"
    r = VARIANTS["bert-base-arabertv02"].process(x)
    assert r.text == "قال المدير : زوروا [رابط]"
    for e in r.edits:
        assert x[e.source_start:e.source_end] == e.before
