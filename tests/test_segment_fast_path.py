"""The shortcuts of ``segment()`` (one-line, one-script texts) and of the Doc's edit log give
exactly what the general path gives."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from normtext.doc import Doc, _new_edit
from normtext.segmentation import find_links, segment
from normtext.segmentation.chars import ARABIC_LETTER, LATIN_LETTER, OTHER_LETTER
from normtext.segmentation.runs import (
    ARABIC_ONLY_RANGES,
    LATIN_ONLY_RANGES,
    NO_LETTER_RANGES,
    assemble,
    script_cores,
    single_script_run,
)
from normtext.types import Edit, Segment

_ARABIC = regex.compile(f"(?V1){ARABIC_LETTER}")
_LATIN = regex.compile(f"(?V1){LATIN_LETTER}")
_OTHER = regex.compile(f"(?V1){OTHER_LETTER}")


def _chars(ranges):
    return "".join(chr(cp) for a, b in ranges for cp in range(a, b + 1)
                   if not 0xD800 <= cp <= 0xDFFF)


def general(text: str) -> list:
    """``segment(text, "script")`` without any shortcut."""
    links = find_links(text)
    return assemble(text, script_cores(text, links), links)


def test_no_letter_ranges_hold_no_script_letter():
    chars = _chars(NO_LETTER_RANGES)
    assert not [c for c in chars if _ARABIC.match(c) or _LATIN.match(c) or _OTHER.match(c)]


def test_latin_only_ranges_hold_latin_letters_alone():
    chars = _chars(LATIN_ONLY_RANGES)
    assert not [c for c in chars if _ARABIC.match(c) or _OTHER.match(c)]
    assert sum(1 for c in chars if _LATIN.match(c)) > 300


def test_arabic_only_ranges_hold_arabic_letters_alone():
    chars = _chars(ARABIC_ONLY_RANGES)
    assert not [c for c in chars if _LATIN.match(c) or _OTHER.match(c)]
    assert sum(1 for c in chars if _ARABIC.match(c)) > 500


def test_single_script_run_cases():
    assert single_script_run("سلام 😀 ١٢٣") == ("ar", None, "Arab")
    assert single_script_run("Ça va — très bien!") == ("en", None, "Latn")
    assert single_script_run("١٢٣ — ٤٥") == ()
    assert single_script_run("Hi سلام") is None
    assert single_script_run("Привет") is None


_ALPHABET = ("aZé ñ ص ب ـ ً ١ 9 .,!?()«»\u200c\u00a0\t\n\u2029@#:/w-'µ😀\ufe0fЖ日\u0301\u061f"
             .replace(" ", "") + "  ")


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_segment_equals_the_general_path(text):
    assert segment(text) == general(text)


@given(st.text(max_size=30))
def test_segment_equals_the_general_path_any_text(text):
    assert segment(text) == general(text)


def test_segment_equals_the_general_path_on_every_block():
    # one text per 64 code points of the fast-path blocks, with a letter of each script around
    chars = _chars(NO_LETTER_RANGES + LATIN_ONLY_RANGES + ARABIC_ONLY_RANGES)
    for i in range(0, len(chars), 64):
        piece = chars[i:i + 64]
        for text in (piece, f"a {piece} b", f"ب {piece} ت", f" {piece}x "):
            assert segment(text) == general(text), text


def test_fast_edit_equals_the_dataclass():
    made = _new_edit("x/y", 1, 3, "ab", "c")
    assert made == Edit("x/y", 1, 3, "ab", "c")
    assert hash(made) == hash(Edit("x/y", 1, 3, "ab", "c"))
    assert made.to_dict() == Edit("x/y", 1, 3, "ab", "c").to_dict()


def test_edit_log_before_and_after_a_length_change():
    doc = Doc("ab  cd")
    doc.sub(regex.compile(" +"), " ", "whitespace/spaces")
    doc.sub(regex.compile("c"), "C", "latin/upper")
    doc.replace([(0, 0, "<", "x/open"), (5, 5, ">", "x/close")])
    assert doc.text == "<ab Cd>"
    assert [e.to_dict() for e in doc.edits] == [
        {"rule": "whitespace/spaces", "source_start": 2, "source_end": 4, "before": "  ",
         "after": " "},
        {"rule": "latin/upper", "source_start": 4, "source_end": 5, "before": "c", "after": "C"},
        {"rule": "x/open", "source_start": 0, "source_end": 0, "before": "", "after": "<"},
        {"rule": "x/close", "source_start": 6, "source_end": 6, "before": "", "after": ">"},
    ]
    assert list(doc.changes) == ["whitespace/spaces", "latin/upper", "x/open", "x/close"]
    assert [doc.source_offset(i) for i in range(len(doc.text) + 1)] == [0, 0, 1, 2, 4, 5, 6, 6]


def _reference_remap(segments, layer, length):
    """The segment-by-segment walk of :func:`normtext.doc._remap_segments` (no tail shortcut)."""
    out, pos, k, delta = [], 0, 0, 0
    starts, ends, new_ends = layer.old_starts, layer.old_ends, layer.new_ends
    for seg in segments:
        while k < len(starts) and ends[k] <= seg.start:
            delta = new_ends[k] - ends[k]
            k += 1
        if k == len(starts) or seg.end <= starts[k]:
            if not delta and seg.start == pos:
                out.append(seg)  # untouched and in place: kept as it is
                pos = seg.end
                continue
            start, end = seg.start + delta, seg.end + delta
        else:
            start, end = layer.fwd_start(seg.start), layer.fwd_end(seg.end)
        if start > pos:
            out.append(Segment(pos, start, "neutral", None, "Zyyy"))
        start = max(start, pos)
        if end > start:
            out.append(Segment(start, end, seg.label, seg.lang, seg.script, seg.kind))
            pos = end
    if pos < length:
        out.append(Segment(pos, length, "neutral", None, "Zyyy"))
    return out


@st.composite
def _segments_and_edits(draw):
    length = draw(st.integers(0, 24))
    cuts = sorted(set(draw(st.lists(st.integers(0, length), max_size=8))))
    segments, prev = [], 0
    for cut in cuts:
        if draw(st.booleans()) and draw(st.booleans()):
            prev = min(cut, prev + 1)  # a gap (or an empty run) now and then
        segments.append(Segment(prev, cut, draw(st.sampled_from(["ar", "en", "neutral"])), None,
                                "Zyyy"))
        prev = cut
    points = sorted(set(draw(st.lists(st.integers(0, length), min_size=2, max_size=6))))
    edits = [(a, b, draw(st.sampled_from(["", "x", "xyz"])), "t/t")
             for a, b in zip(points[::2], points[1::2], strict=False)]
    return length, segments, edits


@given(_segments_and_edits())
def test_remap_segments_equals_the_walk(case):
    length, segments, edits = case
    doc = Doc("a" * length)
    doc.segments = list(segments)
    layers_before = list(doc._layers)
    doc.replace(edits)
    if doc._layers == layers_before or not segments:  # no layer (same-length edits) or no
        # segments to carry: nothing remapped
        assert doc.segments == segments
        return
    assert doc.segments == _reference_remap(segments, doc._layers[-1], len(doc.text))
