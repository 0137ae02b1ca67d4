"""Properties of segmentation on any string: tiling, clean run edges, agreement with the
character-level reference, determinism across processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from normtext.segmentation import segment
from normtext.segmentation.reference import reference_segments

BLANK = regex.compile(r"[\p{White_Space}\p{Cf}]")
ANY_STRING = st.text(st.characters(codec=None, categories=None, exclude_categories=()), max_size=60)
#: Pieces that exercise every rule: letters of three scripts, marks, tatweel, ZWNJ, digits of
#: both systems, connectors, glued punctuation, blanks, controls, line breaks, links.
PIECES = [*"ab Zم نالـ\u064e\u0670\u200c\u200d\u200b\u200e\u061c٣٤9٫٪.,'’\"-_()«»“”#@!?؟،:😀\ufe0f\n\r\u2028Жש",
          "http://x.y/a(b)", "www.q.sa.", "a@b.cd", "\u00a0", "\ufeff", "ک", "é"]
MIXED = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


def _check_tiling(text, segs):
    pos = 0
    for s in segs:
        assert s.start == pos and s.end > s.start
        pos = s.end
    assert pos == len(text)
    for s in segs:
        if s.label != "neutral":  # (a URL runs to the next whitespace, as the spec says)
            assert not BLANK.match(text[s.start]) and not BLANK.match(text[s.end - 1]), (text, s)
        assert (s.lang is None) == (s.label == "neutral" or s.lang is None)
    for a, b in zip(segs, segs[1:], strict=False):
        if a.label == b.label:
            assert a.kind or b.kind, (text, a, b)


@given(ANY_STRING)
def test_any_string_script_view(text):
    _check_tiling(text, segment(text))


@given(ANY_STRING)
def test_any_string_language_view(text):
    _check_tiling(text, segment(text, "lang"))


@given(MIXED)
def test_mixed_strings_both_views(text):
    for view in ("script", "lang"):
        segs = segment(text, view)
        _check_tiling(text, segs)
        for s in segs:
            if view == "script":
                assert s.lang is None
            assert (s.script == "Zyyy") == (s.label == "neutral")


@given(MIXED)
def test_engine_agrees_with_the_character_level_reference(text):
    fast = [(s.start, s.end, s.label, s.kind, s.script) for s in segment(text)]
    slow = [(s.start, s.end, s.label, s.kind, s.script) for s in reference_segments(text)]
    assert fast == slow


@given(MIXED)
def test_views_share_the_neutral_material_of_hard_breaks(text):
    script = {(s.start, s.end) for s in segment(text) if s.kind}
    lang = {(s.start, s.end) for s in segment(text, "lang") if s.kind}
    assert script == lang


SAMPLES = [
    "Thanks bro, tamam", "شرکت Apple گوشی جدید خود را معرفی کرد", "ذهب الی السوق",
    "Wir haben gestern das neue Museum in der Stadt besucht", "Спасибо большое друзья мои",
    "enta fen delwa2ti? https://x.sa", "خوش آمدید", "Nous avons visité le musée",
]


def test_same_output_in_a_fresh_process():
    code = ("import json, sys; from normtext.segmentation import segment; "
            "texts = json.load(sys.stdin); "
            "print(json.dumps([[s.to_dict() for s in segment(t, v)] for t in texts for v in ('script', 'lang')]))")
    here = [[s.to_dict() for s in segment(t, v)] for t in SAMPLES for v in ("script", "lang")]
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], input=json.dumps(SAMPLES), env=env,
                             capture_output=True, text=True, check=True).stdout
        assert json.loads(out) == here


def test_blank_tables_match_the_unicode_properties():
    from normtext.segmentation.chars import BLANK_CHARS

    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    assert "".join(regex.findall(r"[\p{White_Space}\p{Cf}]", everything)) == "".join(sorted(BLANK_CHARS))


def test_line_breaks_are_unprintable() -> None:
    """``assemble`` skips the line-break search in printable gaps (``str.isprintable``)."""
    from normtext.segmentation.chars import LINE_BREAKS

    assert not any(ch.isprintable() for ch in LINE_BREAKS)
