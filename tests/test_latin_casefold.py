"""The latin step folds case one range at a time (``str.casefold``) where that equals folding
each ``\\p{Changes_When_Casefolded}`` run; :data:`CASEFOLD_NOT_CWCF` lists where it does not."""

from __future__ import annotations

import sys

import regex

from normtext.steps.latin import CASEFOLD_NOT_CWCF

CWCF = regex.compile(r"\p{Changes_When_Casefolded}")


def test_every_casefolded_character_outside_cwcf_is_listed() -> None:
    missing = [f"U+{cp:04X}" for cp in range(sys.maxunicode + 1)
               if not 0xD800 <= cp <= 0xDFFF and chr(cp).casefold() != chr(cp)
               and chr(cp) not in CASEFOLD_NOT_CWCF and not CWCF.match(chr(cp))]
    assert missing == []


def test_listed_characters_are_folded_but_not_cwcf() -> None:
    for ch in CASEFOLD_NOT_CWCF:
        assert ch.casefold() != ch and not CWCF.match(ch), f"U+{ord(ch):04X}"
