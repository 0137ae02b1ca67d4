"""The Doc primitives: edits, counters, offsets back to the input, spans and segments carried."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from normtext.doc import CharMap, Doc
from normtext.types import Segment

SPACES = regex.compile(" {2,}")


def test_no_change_costs_no_layer():
    doc = Doc("plain text")
    assert doc.translate(CharMap({0xA0: " "}), "whitespace/nbsp") == 0
    assert doc.sub(SPACES, " ", "whitespace/spaces") == 0
    assert doc.text == "plain text" and not doc.changes and not doc.edits
    assert doc._layers == []


def test_translate_counts_characters_and_logs_runs():
    doc = Doc("a\u00a0\u00a0b\u00a0c")
    assert doc.translate(CharMap({0xA0: " "}), "whitespace/nbsp") == 3
    assert doc.text == "a  b c"
    assert doc.changes == {"whitespace/nbsp": 3}
    assert [(e.source_start, e.source_end, e.before, e.after) for e in doc.edits] == [
        (1, 3, "\u00a0\u00a0", "  "), (4, 5, "\u00a0", " ")]


def test_sub_with_callable_rule_and_replacement():
    pattern = regex.compile(r"(?P<crlf>\r\n)|(?P<tab>\t)")
    doc = Doc("a\r\nb\tc")
    n = doc.sub(pattern, lambda m: "\n" if m.group("crlf") else " ",
                lambda m: "ws/crlf" if m.group("crlf") else "ws/tab")
    assert n == 2 and doc.text == "a\nb c"
    assert doc.changes == {"ws/crlf": 1, "ws/tab": 1}


def test_sub_skips_identity_matches():
    doc = Doc("a b")
    assert doc.sub(regex.compile(" "), " ", "x/y") == 0
    assert not doc.changes


def test_replace_rejects_overlap():
    doc = Doc("abcdef")
    try:
        doc.replace([(0, 3, "X", "t/a"), (2, 4, "Y", "t/b")])
    except ValueError as exc:
        assert "overlapping" in str(exc)
    else:
        raise AssertionError("overlapping edits accepted")


def test_offsets_through_several_layers():
    doc = Doc("x\u00a0\u00a0 y\r\n\r\n\r\nz")
    doc.translate(CharMap({0xA0: " "}), "whitespace/nbsp")
    doc.sub(regex.compile(r"\r\n"), "\n", "whitespace/line-ending")
    doc.sub(SPACES, " ", "whitespace/spaces")
    assert doc.text == "x y\n\n\nz"
    # output 'y' at 2 comes from input 4; 'z' at 6 from input 11
    assert doc.source_offset(2) == 4 and doc.source_offset(6) == 11
    assert doc.source_offset(len(doc.text)) == len(doc.source)
    for e in doc.edits:
        assert doc.source[e.source_start:e.source_end] == e.before


def test_deletion_maps_start_after_and_end_before():
    doc = Doc("ab\u200bcd")
    doc.translate(CharMap({0x200B: ""}), "unicode/zwsp")
    assert doc.text == "abcd"
    assert doc.source_offset(2) == 3  # 'c' as a start
    assert doc.source_offset(2, end=True) == 2  # end of 'ab'


def test_spans_follow_edits_and_removal_makes_them_empty():
    doc = Doc("one  two AD three")
    span = doc.add_span(9, 11, "ad_placeholder", "injected/ad_placeholder")
    doc.sub(SPACES, " ", "whitespace/spaces")
    assert doc.text[span.start:span.end] == "AD"
    assert (span.source_start, span.source_end) == (9, 11)
    doc.replace([(span.start, span.end, "", "injected/ad_placeholder")])
    assert span.start == span.end == 8


def test_segments_keep_tiling_after_an_insertion():
    doc = Doc("said.اضافة")
    doc.segments = [Segment(0, 5, "en", None, "Latn"), Segment(5, 10, "ar", None, "Arab")]
    doc.replace([(5, 5, " ", "segment/split-glued")])
    assert doc.text == "said. اضافة"
    labels = [(s.start, s.end, s.label) for s in doc.segments]
    assert labels == [(0, 5, "en"), (5, 6, "neutral"), (6, 11, "ar")]


@given(st.text(alphabet=st.sampled_from("ab \u00a0\r\n\t\u200b"), max_size=60))
def test_untouched_characters_map_back_to_equal_input(text):
    doc = Doc(text)
    doc.translate(CharMap({0xA0: " ", 0x200B: ""}), "t/map")
    doc.sub(SPACES, " ", "t/spaces")
    doc.sub(regex.compile(r"\r\n?"), "\n", "t/crlf")
    for e in doc.edits:
        assert text[e.source_start:e.source_end] == e.before
    previous = 0
    for i, ch in enumerate(doc.text):
        src = doc.source_offset(i)
        assert src >= previous
        previous = src
        if ch in "ab":
            assert text[src] == ch
