"""Property tests of the encoding repair: no crash on any string, clean text is a fixed point, and
repair(damage(x)) == x for text built from the project's own sentences in every damage mode."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import normtext
from normtext import Doc
from normtext.step import get_step

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpora" / "encoding"))
from damage_modes import TRAPS, load_sentences, modes  # noqa: E402
from strategies import any_text, arabic_text, clean_prose, mixed_text  # noqa: E402

ALL_ON = get_step("encoding")({"json_escapes": True, "bytes_reprs": True, "visual_order": True})
SENTENCES = load_sentences()
WORDS = sorted({w for _, s in SENTENCES for w in s.split()})
AR_WORDS = sorted({w for k, s in SENTENCES if k == "ar" for w in s.split()
                   if sum("\u0621" <= c <= "\u064a" for c in w) >= 2})
#: the modes whose damage loses nothing (lost-byte modes are measured by the benchmark instead)
EXACT_MODES = {name: m for name, m in modes(__import__("random").Random(0)).items()
               if name not in {"html-refs", "c1-controls", "lost-0x81", "lost-0x81-question",
                               "lost-0x81-fffd"}}


@given(st.one_of(any_text(), mixed_text(), arabic_text()))
def test_never_crashes_and_step_edits_map_back(x: str) -> None:
    assert isinstance(normtext.fix_encoding(x), str)
    doc = ALL_ON(Doc(x))
    for edit in doc.edits:
        assert x[edit.source_start:edit.source_end] == edit.before
        assert edit.rule in ALL_ON.rules


@given(clean_prose())
def test_clean_prose_is_a_fixed_point(x: str) -> None:
    assert normtext.fix_encoding(x) == x
    assert get_step("encoding")()(Doc(x)).text == x


@given(st.lists(st.sampled_from(WORDS + list(TRAPS)), min_size=1, max_size=14).map(" ".join))
def test_clean_sentences_words_and_traps_are_a_fixed_point(x: str) -> None:
    assert normtext.fix_encoding(x) == x


#: windows-1256 and ISO-8859-6 give two valid Arabic readings of the same bytes; a few words may
#: not tell them apart (``ظهرت`` / ``عمرت``), a sentence does: the inputs have 6+ words.
_ar_words = st.lists(st.sampled_from(AR_WORDS), min_size=6, max_size=12).map(" ".join)


#: legacy modes: windows-1256 is far more common than ISO-8859-6, so a short ambiguous text is read
#: as windows-1256 on purpose; they are checked on whole sentences, not on word soup.
LEGACY_MODES = {"cp1256-as-cp1252", "cp1256-as-latin1", "iso8859-6-as-latin1", "layered-legacy-then-utf8-as-cp1252"}
AR_SENTENCES = [s for k, s in SENTENCES if k in ("ar", "mixed")]


@given(_ar_words, st.sampled_from(sorted(set(EXACT_MODES) - LEGACY_MODES)))
def test_repair_undoes_damage(x: str, mode: str) -> None:
    family, damage, kinds = EXACT_MODES[mode]
    damaged = damage(x)
    if damaged is None or damaged == x:
        return
    assert normtext.fix_encoding(damaged) == x


@given(st.lists(st.sampled_from(AR_SENTENCES), min_size=1, max_size=3).map(" ".join),
       st.sampled_from(sorted(LEGACY_MODES)), st.sampled_from(["", "The minister said "]))
def test_repair_undoes_legacy_damage_of_sentences(x: str, mode: str, host: str) -> None:
    damaged = EXACT_MODES[mode][1](x)
    if damaged is None or damaged == x:
        return
    assert normtext.fix_encoding(host + damaged) == host + x


@given(_ar_words, st.sampled_from(sorted(set(EXACT_MODES) - LEGACY_MODES)),
       st.sampled_from(["The minister said", "Al-Ghad reported:"]))
def test_repair_undoes_partial_damage(x: str, mode: str, host: str) -> None:
    damaged = EXACT_MODES[mode][1](x)
    if damaged is None or damaged == x:
        return
    assert normtext.fix_encoding(f"{host} {damaged} today.") == f"{host} {x} today."


@given(st.one_of(mixed_text(), arabic_text()))
def test_fix_encoding_is_idempotent(x: str) -> None:
    once = normtext.fix_encoding(x)
    assert normtext.fix_encoding(once) == once


@given(_ar_words, st.sampled_from(["", "The minister said ", "قال الوزير "]))
def test_surrogate_escaped_windows_1256_is_decoded(x: str, host: str) -> None:
    """Bytes Python kept as lone surrogates (``errors="surrogateescape"``) are decoded."""
    try:
        damaged = x.encode("cp1256").decode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a character windows-1256 lacks (Arabic-Indic digits)
        return
    assert normtext.fix_encoding(host + damaged) == host + x


@given(st.lists(st.sampled_from([s for _, s in SENTENCES]), min_size=1, max_size=3).map("\n".join),
       st.sampled_from(["", "Title: "]))
def test_utf16_read_as_latin1_is_decoded(x: str, host: str) -> None:
    """UTF-16LE text read one byte at a time (NUL / 0x06 high bytes) is decoded."""
    damaged = x.encode("utf-16-le").decode("latin-1")
    assert normtext.fix_encoding(host + damaged) == host + x


@given(st.text(alphabet=st.sampled_from("ab \x00\x06\u0627\udcc7\udce1\ufffd\n\x1c\xd8"), max_size=40))
def test_raw_byte_repairs_never_crash_and_are_idempotent(x: str) -> None:
    once = normtext.fix_encoding(x)
    assert normtext.fix_encoding(once) == once


@given(_ar_words, st.sampled_from(["cp720", "mac_arabic", "cp850"]),
       st.sampled_from(["", "قال الوزير: ", "The minister said "]))
def test_utf8_read_as_a_rare_code_page_is_decoded(x: str, codec: str, host: str) -> None:
    """UTF-8 Arabic shown through DOS / Mac code pages (``╪ث``, ``ظ#``, ``Ïú``) is decoded."""
    damaged = x.encode("utf-8").decode(codec)
    assert normtext.fix_encoding(host + damaged) == host + x


@given(st.lists(st.sampled_from([s for k, s in SENTENCES if k == "ar"]), min_size=1, max_size=2).map(" ".join))
def test_cp720_read_as_cp437_is_decoded(x: str) -> None:
    """Legacy cp720 Arabic shown as cp437 (``φÜαƒσ``); a short Arabic word inside English text
    is too little to tell, so whole Arabic sentences are checked."""
    try:
        damaged = x.encode("cp720").decode("cp437")
    except UnicodeEncodeError:  # cp720 lacks some characters (Arabic-Indic digits, ؟ …)
        return
    assert normtext.fix_encoding(damaged) == x
