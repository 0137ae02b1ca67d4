"""Decoding bytes that may not be UTF-8 (``normtext.encoding.decode_bytes`` / ``read_text``), with
real windows-1256, ISO-8859-6, cp1252, UTF-16 and mixed files written to tmp_path."""

from __future__ import annotations

import codecs

import pytest

from normtext.encoding import decode_bytes, read_text

ARABIC = ("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.\n"
          "وأكد المتحدث باسم الحكومة أن الخطة الجديدة تهدف إلى خفض نسبة البطالة.\n")
LATIN = "Le café est très apprécié à Zürich, señor.\n"


@pytest.mark.parametrize("codec", ["cp1256", "iso8859-6"])
def test_legacy_arabic_files(tmp_path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(ARABIC.encode(codec))
    decoded = read_text(path)
    assert decoded.text == ARABIC
    assert decoded.encoding == codec
    assert decoded.decisions == [(0, path.stat().st_size, codec)]
    assert decoded.warnings == []


def test_cp1252_file(tmp_path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(LATIN.encode("cp1252"))
    decoded = read_text(path)
    assert (decoded.text, decoded.encoding) == (LATIN, "cp1252")


@pytest.mark.parametrize("codec, name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_unicode_files(tmp_path, codec: str, name: str) -> None:
    path = tmp_path / "u.txt"
    path.write_bytes((ARABIC + LATIN).encode(codec))
    decoded = read_text(path)
    assert decoded.text == ARABIC + LATIN
    assert decoded.encoding == name


def test_utf16_big_endian_bom() -> None:
    data = codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be")
    assert decode_bytes(data).text == ARABIC


def test_a_file_mixing_utf8_and_cp1256_lines_is_decided_per_line() -> None:
    first = "مرحبا بكم في الموقع الرسمي\n".encode()
    second = ARABIC.encode("cp1256")
    decoded = decode_bytes(first + second)
    assert decoded.text == "مرحبا بكم في الموقع الرسمي\n" + ARABIC
    assert decoded.encoding == "mixed"
    assert decoded.decisions == [(0, len(first), "utf-8"), (len(first), len(first) + len(second), "cp1256")]


def test_undecodable_bytes_survive_as_surrogateescape() -> None:
    data = "ذكرت مصادر مطلعة".encode("iso8859-6") + b" \xff\xfe " + "أن المفاوضات".encode("iso8859-6")
    decoded = decode_bytes(data)
    assert decoded.encoding == "iso8859-6"
    assert "\udcff\udcfe" in decoded.text
    assert decoded.text.encode("utf-8", "surrogateescape").endswith("أن المفاوضات".encode())
    assert b"\xff\xfe" in decoded.text.encode("utf-8", "surrogateescape")
    assert any("byte offset" in w for w in decoded.warnings)


def test_ascii_and_empty() -> None:
    assert decode_bytes(b"").text == ""
    assert decode_bytes(b"plain ascii\n").encoding == "utf-8"


def test_short_cp1256_lines_follow_the_document_decision() -> None:
    lines = ["نعم", "لا", "ربما غداً", "شكراً لكم على المتابعة، وإلى اللقاء في الحلقة القادمة"]
    data = "\n".join(lines).encode("cp1256")
    assert decode_bytes(data).text == "\n".join(lines)


def test_bytes_no_codec_reads_plausibly_are_kept_raw() -> None:
    data = "سلام world\n".encode() + b"tail \xff\xfe\xfd end\n"
    decoded = decode_bytes(data)
    assert decoded.text.encode("utf-8", "surrogateescape") == data
    assert decoded.decisions[-1][2] == "undecodable"
    assert decoded.warnings


def test_utf16_without_bom_with_emoji_and_punctuation() -> None:
    """Emoji (surrogate code units) and punctuation do not hide UTF-16LE without a BOM."""
    text = "مبروك للفريق 🏆🔥 فوز مستحق — “اللي شافه” 😍"
    decoded = decode_bytes(text.encode("utf-16-le"))
    assert (decoded.encoding, decoded.text) == ("utf-16-le", text)
