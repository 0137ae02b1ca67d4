"""AraBERT's digit/letter spacing patterns, with their look-behinds, match exactly as the originals."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from normtext.tables import arabert_rules as AB

_CLASS = "[\u0621-\u063A\u0641-\u064A\u0660-\u066C]"
ORIGINAL_DIGITS_THEN_LETTERS = re.compile(rf"(\d+)({_CLASS}+)")
ORIGINAL_LETTERS_THEN_DIGITS = re.compile(rf"({_CLASS}+)(\d+)")


@given(st.text(alphabet=st.sampled_from("12٣٤٠بجيa ۵-"), max_size=30))
def test_same_substitutions_as_the_original_patterns(text):
    for original, ours in ((ORIGINAL_DIGITS_THEN_LETTERS, AB.DIGITS_THEN_LETTERS),
                           (ORIGINAL_LETTERS_THEN_DIGITS, AB.LETTERS_THEN_DIGITS)):
        assert re.sub(ours, r" \1 \2 ", text) == original.sub(r" \1 \2 ", text)


ORIGINAL_DOT_COM = re.compile(r"[a-zA-Z]+\.com")


@given(st.text(alphabet=st.sampled_from("ab.comC x"), max_size=30))
def test_dot_com_pattern_matches_as_the_original(text):
    ours = re.compile(next(p for p in AB.URL_PATTERNS if p.endswith(r"[a-zA-Z]+\.com")))
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in ORIGINAL_DOT_COM.finditer(text)]
