"""The ``camel`` preset against the real CAMeL Tools functions.

CAMeL Tools' ``utils`` import without its heavy dependencies; CI installs them with::

    python -m pip install -q --no-deps camel-tools==1.6.0 six future emoji

The comparison runs on 10,000 generated Arabic/mixed sentences (``corpora/generate.py``) plus
sentences built here around the characters the chain changes (presentation forms, harakat
forms, ligatures, diacritics, alef/yeh/teh marbuta forms). Expected differences:

- Where CAMeL's chain is not idempotent, normtext's output is: a hamza mark left after a
  folded letter (``ىٔ`` → CAMeL ``ئ``, normtext ``ئ``; ``إٕ`` → CAMeL ``إ``, normtext ``ا``).
  The test checks that every difference is of this kind (CAMeL's own output changes when the
  chain runs again).
- CAMeL normalizes with the interpreter's UCD (14.0 on CPython 3.11), normtext with the pinned
  UCD 18.0: characters assigned after 14.0 may differ (none in the corpus).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given

from normtext import Pipeline

camel_normalize = pytest.importorskip(
    "camel_tools.utils.normalize",
    reason="camel_tools is not installed (pip install --no-deps camel-tools six future emoji)")
camel_dediac = pytest.importorskip("camel_tools.utils.dediac")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "corpora"))
from strategies import arabic_text, mixed_text  # noqa: E402

CAMEL = Pipeline.from_preset("camel")


def camel_chain(text: str) -> str:
    """CAMeL Tools' usual chain, the anchor of the ``camel`` preset."""
    text = camel_normalize.normalize_unicode(text)
    text = camel_dediac.dediac_ar(text)
    text = camel_normalize.normalize_alef_ar(text)
    text = camel_normalize.normalize_alef_maksura_ar(text)
    return camel_normalize.normalize_teh_marbuta_ar(text)


_WORDS = ("قالَ المُدِيرُ إنّ الشركــة ستفتح مكتبًا في عمّان عام ٢٠٢٤ بنسبة ٣٫٥٪ على مستوى "
          "المسؤولين هٰذا إلى آخر ٱلكتاب مدرسة جديدة تجرید علی کتاب پنجاب ﷺ ﷲ ﷼ ﷽ ﴾الآية﴿ "
          "ﻷن ﻻ ﺍﻟﻜﺘﺎﺏ ﻣﺪﺭﺳﺔ ب\ufe76 \ufe70 ﹱ ﰀ ﳲ ① ﬁ ２０ café “quote” 😀 https://x.com/مدرسة "
          "a\u200bb \u200fنص\u200e ـــــ").split()


def varied_sentences(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(f"compat-camel-{seed}")
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def generated_sentences(count: int) -> list[str]:
    try:
        from generate import generate  # corpora/generate.py
    except ImportError:
        return varied_sentences(count, seed=11)
    return [d["text"] for d in generate(docs=count, seed=11, short=True)]


def test_camel_matches_on_10000_generated_sentences() -> None:
    docs = generated_sentences(10_000)
    assert len(docs) == 10_000
    differ = [d for d in docs if CAMEL(d) != camel_chain(d)]
    assert differ == []


def test_camel_matches_on_sentences_around_the_changed_characters() -> None:
    docs = varied_sentences(3_000)
    differ = [d for d in docs if CAMEL(d) != camel_chain(d)]
    assert differ == []


def _check(x: str) -> None:
    ours, theirs = CAMEL(x), camel_chain(x)
    if ours != theirs:
        # the only accepted difference: CAMeL's output is not a fixed point of its own chain
        assert camel_chain(theirs) != theirs, (x, ours, theirs)
        assert CAMEL(theirs) == ours, (x, ours, theirs)


@given(arabic_text())
def test_camel_matches_on_arabic_text(x: str) -> None:
    _check(x)


@given(mixed_text())
def test_camel_matches_on_mixed_text(x: str) -> None:
    _check(x)


@pytest.mark.parametrize("x,camel,ours", [
    ("\u0649\u0654", "\u064a\u0654", "\u0626"),
    ("\ufe87\u0655", "\u0627\u0655", "\u0627"),
])
def test_expected_differences(x: str, camel: str, ours: str) -> None:
    assert camel_chain(x) == camel and CAMEL(x) == ours
    assert camel_chain(camel_chain(x)) != camel_chain(x)  # CAMeL is not idempotent there


def test_camel_combines_with_normtext_repairs() -> None:
    pipe = Pipeline.from_preset("camel", encoding={}, injected="remove", whitespace={})
    assert pipe.step_names == ["encoding", "unicode", "injected", "arabic", "whitespace"]
    assert pipe("المُدِيرُ\u00a0\u00a0قالَ  ") == "المدير قال"
