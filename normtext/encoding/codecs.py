"""Codec tables for mojibake repair, built once at import from 256-byte decodes (no code-point scans).

A *reading* is what happened to the text: bytes written in one encoding were decoded with another.
Undoing a reading means encoding the damaged text back with the codec that misread it, then decoding
the bytes with the codec they were written in.

- ``encode_cp1252(s)`` encodes with the union of windows-1252 and latin-1 ("sloppy" cp1252: a C1
  control such as U+0081, which latin-1 produces for the bytes cp1252 leaves undefined, becomes that
  byte again).
- ``CP1256_IMAGE`` etc. are the characters each codec produces for the high bytes, used by the
  signature patterns.

>>> encode_cp1252("Ø§Ù„").decode("utf-8")
'ال'
>>> encode_cp1256("ط§ظ„").decode("utf-8")
'ال'
"""

from __future__ import annotations

import codecs as _codecs
import unicodedata as _unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers ftfy's "sloppy-windows-125x" codecs)

HIGH_BYTES = bytes(range(0x80, 0x100))
#: UTF-8 continuation bytes 0x80-0xBF and the lead bytes 0xC2-0xF4 of multi-byte sequences.
CONT_BYTES = bytes(range(0x80, 0xC0))
LEAD_BYTES = bytes(range(0xC2, 0xF5))


def _image(data: bytes, codec: str) -> str:
    """The characters ``codec`` gives the bytes of ``data`` (undefined bytes skipped)."""
    return "".join(_codecs.decode(bytes([b]), codec, "ignore") for b in data)


#: cp1252 characters for 0x80-0x9F that are not latin-1's C1 controls, mapped to their byte value.
CP1252_PUNCT_TO_LATIN1: dict[int, str] = {
    ord(ch): chr(b)
    for b in range(0x80, 0xA0)
    if (ch := _codecs.decode(bytes([b]), "cp1252", "ignore"))
}
#: The five bytes windows-1252 leaves undefined; latin-1 readings keep them as C1 controls.
CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def encode_cp1252(text: str) -> bytes:
    """Encode with windows-1252 ∪ latin-1 (raises ``UnicodeEncodeError`` for anything else)."""
    return text.translate(CP1252_PUNCT_TO_LATIN1).encode("latin-1")


def encode_cp1256(text: str) -> bytes:
    """Encode with windows-1256 (strict)."""
    return text.encode("cp1256")


#: ISO-8859-6 read "sloppily": its characters, and for the bytes it leaves undefined the latin-1
#: character a lenient decoder shows (``§`` for 0xA7), mapped to the byte. A latin-1 character
#: whose byte ISO-8859-6 defines otherwise (``Ç`` at 0xC7 is ا) is not in the table.
ISO8859_6_SLOPPY_TO_LATIN1: dict[int, str] = {
    ord(_codecs.decode(bytes([b]), "iso8859-6", "ignore") or chr(b)): chr(b) for b in range(0x80, 0x100)
}
_ISO8859_6_REFUSED = {ord(chr(b)): "\uffff" for b in range(0xA0, 0x100)
                      if _codecs.decode(bytes([b]), "iso8859-6", "ignore") not in ("", chr(b))}


def encode_iso8859_6(text: str) -> bytes:
    """Encode with ISO-8859-6 ∪ latin-1 for its undefined bytes (raises ``UnicodeEncodeError``
    for anything else).

    >>> encode_iso8859_6("ظ§ع\x84").decode("utf-8")
    'ال'
    """
    return text.translate(_ISO8859_6_REFUSED | ISO8859_6_SLOPPY_TO_LATIN1).encode("latin-1")


def encode_macroman(text: str) -> bytes:
    return text.encode("mac_roman")


def encode_cp437(text: str) -> bytes:
    return text.encode("cp437")


#: Characters cp1252/latin-1 give UTF-8 lead and continuation bytes.
CP1252_LEAD_IMAGE = LEAD_BYTES.decode("latin-1")
CP1252_CONT_IMAGE = CONT_BYTES.decode("latin-1") + "".join(
    chr(k) for k in CP1252_PUNCT_TO_LATIN1)
#: Lead characters by sequence length (2, 3, 4 bytes) as cp1252/latin-1 and windows-1256.
CP1252_LEADS_BY_LENGTH = (bytes(range(0xC2, 0xE0)).decode("latin-1"),
                          bytes(range(0xE0, 0xF0)).decode("latin-1"),
                          bytes(range(0xF0, 0xF5)).decode("latin-1"))
CP1256_LEADS_BY_LENGTH = (bytes(range(0xC2, 0xE0)).decode("cp1256"),
                          bytes(range(0xE0, 0xF0)).decode("cp1256"),
                          bytes(range(0xF0, 0xF5)).decode("cp1256"))
#: Characters windows-1256 gives UTF-8 lead and continuation bytes.
CP1256_LEAD_IMAGE = LEAD_BYTES.decode("cp1256")
CP1256_CONT_IMAGE = CONT_BYTES.decode("cp1256")
#: cp1256 continuation characters that also occur after ط/ظ in correct Arabic text: punctuation
#: (، ؛ ؟ « »), NBSP, and joiners used in Persian spelling. A token of these pairs alone is weak
#: evidence (``ط،`` would decode to ``ء``, ``ظ،`` to ``١``).
CP1256_WEAK_CONT = "\u060c\u061b\u061f\u00ab\u00bb\u00a0\u200c\u200d"
CP1256_STRONG_CONT = "".join(c for c in CP1256_CONT_IMAGE if c not in CP1256_WEAK_CONT)

#: Continuation characters of UTF-8 read as MacRoman and cp437 (Arabic leads D8/D9 read as
#: ``ÿ Ÿ`` and ``╪ ┘``).
MACROMAN_CONT_IMAGE = CONT_BYTES.decode("mac_roman")
CP437_CONT_IMAGE = CONT_BYTES.decode("cp437")

#: Single-byte codecs ftfy tries (its CHARMAP_ENCODINGS): their lead/continuation images, minus
#: windows-1256 which ftfy does not know.
FTFY_CODECS = ("latin-1", "sloppy-windows-1252", "sloppy-windows-1251", "sloppy-windows-1250",
               "sloppy-windows-1253", "sloppy-windows-1254", "sloppy-windows-1257", "iso-8859-2",
               "macroman", "cp437")
FTFY_LEAD_IMAGE = "".join(sorted({c for cd in FTFY_CODECS for c in _image(LEAD_BYTES, cd)}))
FTFY_CONT_IMAGE = "".join(sorted({c for cd in FTFY_CODECS for c in _image(CONT_BYTES, cd)}))

#: latin-1 characters of the bytes 0xC0-0xFF that hold Arabic letters and harakat in
#: windows-1256 (with Urdu ہ ے at 0xC0, 0xFF) / ISO-8859-6.
ARABIC_LEGACY_LETTER_BYTES = bytes(
    b for b in range(0xC0, 0x100)
    if "\u0621" <= _codecs.decode(bytes([b]), "cp1256") <= "\u06ff"
    or "\u0621" <= _codecs.decode(bytes([b]), "iso8859-6", "ignore") <= "\u0652"
)
LEGACY_LETTER_IMAGE = ARABIC_LEGACY_LETTER_BYTES.decode("latin-1")


#: Arabic presentation forms (Forms-A letters U+FB50-U+FDFF, Forms-B U+FE70-U+FEFC) -> the letters
#: the ``unicode`` step folds them to (their compatibility decomposition). Built from these two
#: ranges only.
PRESENTATION_FOLD: dict[int, str] = {
    cp: _unicodedata.normalize("NFKC", chr(cp))
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]
    if _unicodedata.decomposition(chr(cp)).startswith("<")
}
PRESENTATION_FORMS = "".join(map(chr, PRESENTATION_FOLD))
