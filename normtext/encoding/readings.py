"""The readings normtext can undo, each a named mode with its rule id.

A reading turns correct text into mojibake; :data:`UTF8_READINGS` undo "UTF-8 bytes decoded with
codec X" (encode with X, decode as UTF-8) and :data:`LEGACY_READINGS` undo "Arabic legacy bytes
decoded as cp1252/latin-1" (encode with cp1252, decode with the legacy codec). A legacy reading is
always the innermost layer. :data:`LOSSY_READINGS` undo a reading that also lost a byte.

>>> READINGS["utf8-as-cp1256"].undo("ط§ظ„ظ„ط؛ط©")
'اللغة'
>>> READINGS["cp1256-as-cp1252"].undo("ÇááÛÉ")
'اللغة'
>>> READINGS["utf8-as-cp1252-lost-byte"].undo("Ø¶Ø¹ÙŠÙ")
'ضعيف'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from .codecs import (
    CP1252_CONT_IMAGE,
    CP1256_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    CP1256_STRONG_CONT,
    CP1256_WEAK_CONT,
    encode_cp437,
    encode_cp1252,
    encode_cp1256,
    encode_iso8859_6,
    encode_macroman,
)

#: ``Ù`` / ``Û`` / ``Ñ`` (0xD9 / 0xDB / 0xD1, lead bytes of ف, Urdu ہ, Cyrillic с) whose second
#: byte 0x81 - undefined in windows-1252 - was lost, or became ``?`` / U+FFFD.
_LOST_0X81_RE = regex.compile(f"([\u00d9\u00db\u00d1])(?:[?\ufffd]|(?![{regex.escape(CP1252_CONT_IMAGE)}]))")
#: ``Ø`` (0xD8, lead byte of ح) whose second byte, the soft hyphen 0xAD, was stripped (HTML
#: cleaners drop soft hyphens; the other second bytes of 0xD8 are kept by windows-1252).
_LOST_SHY_CP1252_RE = regex.compile(f"\u00d8(?![{regex.escape(CP1252_CONT_IMAGE)}])")
#: ``ط`` (0xD8, lead byte of ح) whose second byte, the soft hyphen 0xAD, was stripped (not
#: before NFKC's form of a continuation character: ``ط1`` is ع, :data:`NFKC_CP1256_CONTINUATIONS`).
_LOST_SHY_RE = regex.compile(f"\u0637(?![{regex.escape(CP1256_CONT_IMAGE)}]|[123\u03bc]|\\.\\.\\.)")
#: ٠ (D9 A0) read as cp1252 where the NBSP then became a space (only inside digit tokens).
_ZERO_SPACE_RE = regex.compile("\u00d9 ")

_ESC_CP1252_CONT = regex.escape(CP1252_CONT_IMAGE)
_ESC_CP1256_LEAD = regex.escape(CP1256_LEAD_IMAGE)
#: A UTF-8 lead character followed by a continuation character, per reading: the evidence a token
#: needs before a re-decoding is considered strong.
EVIDENCE = {
    "utf8-as-cp1252": regex.compile(f"[\u00c2-\u00f4][{_ESC_CP1252_CONT}]"),
    # ``آ`` + NBSP is C2 A0, the UTF-8 NBSP: common in English text read as windows-1256
    "utf8-as-cp1256": regex.compile(
        f"[{_ESC_CP1256_LEAD}][{regex.escape(CP1256_STRONG_CONT)}]|\u0622\u00a0"),
    # a lead byte's letter (ظ ع غ for Arabic, ق for punctuation) before a C1 control or a latin-1
    # sign ISO-8859-6 leaves undefined
    "utf8-as-iso8859-6": regex.compile(
        "[\u0622-\u063a\u0640-\u064a][\u0080-\u009f\u00a1-\u00a3\u00a5-\u00ab\u00ae-\u00ba\u00bc-\u00be]"),
}
#: A cp1256 token made only of ط/ظ + punctuation pairs (``ط،`` → ء, ``ظ،`` → ١): weak evidence.
CP1256_WEAK_ONLY_RE = regex.compile(
    f"(?:[\\x21-\\x7e]|[\u0637\u0638][{regex.escape(CP1256_WEAK_CONT)}])+")


@dataclass(frozen=True)
class Reading:
    """One way text was misread; ``undo`` raises ``UnicodeError`` when the text cannot be undone."""

    name: str
    encode: Callable[[str], bytes]
    decode_codec: str
    legacy: bool = False
    prepare: Callable[[str], str] | None = None

    def undo(self, text: str) -> str:
        if self.prepare is not None:
            text = self.prepare(text)
        return self.encode(text).decode(self.decode_codec)

    @property
    def rule(self) -> str:
        return f"mojibake/{REPORTED_AS.get(self.name, self.name)}"


def _restore_0x81(text: str) -> str:
    """Give ``Ù`` back its lost second byte (as latin-1's U+0081), and a lone ``Ø`` its stripped
    soft hyphen (``ØØ¨`` is حب); ``Ù `` in digits is ٠."""
    text = _ZERO_SPACE_RE.sub("\u00d9\u00a0", text)
    text = _LOST_SHY_CP1252_RE.sub("\u00d8\u00ad", text)
    return _LOST_0X81_RE.sub("\\1\u0081", text)


#: ``ظ"`` / ``ظ'``: ظ (0xD9 as windows-1256) whose next byte, a low quote (0x84 „ / 0x82 ‚), was
#: straightened by a quote-fixing tool (ftfy's default does it): ل (D9 84) and ق (D9 82), far more
#: frequent than the marks the other quote bytes would give.
_STRAIGHT_QUOTE_RE = regex.compile("\u0638([\"'])")
_CURLY_BACK = {'"': "\u201e", "'": "\u201a"}


def _restore_quotes(text: str) -> str:
    """Give ``ظ"`` / ``ظ'`` back the low quote a quote straightener took (``ظ"`` is ل)."""
    return _STRAIGHT_QUOTE_RE.sub(lambda m: "\u0638" + _CURLY_BACK[m.group(1)], text)


def _restore_shy(text: str) -> str:
    """Give a lone ``ط`` back its stripped soft hyphen (ط + 0xAD is ح)."""
    return _LOST_SHY_RE.sub("\u0637\u00ad", text)


#: ``Ù"`` / ``Ù'``: ل (D9 84 „) and ق (D9 82 ‚) read as windows-1252, whose low quotes a quote
#: straightener (ftfy's default) turned into ``"`` and ``'``.
_STRAIGHT_QUOTE_CP1252_RE = regex.compile("\u00d9([\"'])")


def _restore_quotes_cp1252(text: str) -> str:
    """Give ``Ù"`` / ``Ù'`` back the low quote a quote straightener took (``Ù"`` is ل)."""
    return _STRAIGHT_QUOTE_CP1252_RE.sub(lambda m: "\u00d9" + _CURLY_BACK[m.group(1)], text)


#: What NFKC makes of the windows-1252 characters of UTF-8 continuation bytes (``ª`` → ``a``,
#: ``¹`` → ``1``, ``…`` → ``...``, ``´`` → space + combining acute), and their characters back.
NFKC_CONTINUATIONS = {"a": "\u00aa", "o": "\u00ba", "1": "\u00b9", "2": "\u00b2", "3": "\u00b3",
                      "\u03bc": "\u00b5", "...": "\u2026", " \u0308": "\u00a8", " \u0301": "\u00b4",
                      " \u0327": "\u00b8", " \u0304": "\u00af"}
#: Such a form right after the lead character of an Arabic letter (``Ø`` ``Ù``): in mojibake a
#: continuation character stands there, never an ASCII letter or digit.
_NFKC_FORM_RE = regex.compile(
    "(?<=[\u00d8\u00d9])(?:" + "|".join(regex.escape(k) for k in sorted(NFKC_CONTINUATIONS, key=len, reverse=True)) + ")")


#: ``TM`` after ``â€`` (E2 80): NFKC's form of ``™`` (0x99), the last byte of ’ (E2 80 99).
_NFKC_TM_RE = regex.compile("(?<=\u00e2\u20ac)TM")


def _restore_nfkc(text: str) -> str:
    """Give NFKC's forms after ``Ø`` / ``Ù`` their windows-1252 characters back (``ØaØ1`` is تع)."""
    return _NFKC_TM_RE.sub("\u2122", _NFKC_FORM_RE.sub(lambda m: NFKC_CONTINUATIONS[m.group()], text))


#: What NFKC makes of the windows-1256 characters of UTF-8 continuation bytes (``¹`` → ``1``,
#: ``…`` → ``...``, ``¾`` → ``3⁄4``; the spaced accents are rejoined in :mod:`.repair`), and
#: their characters back. (windows-1256 has ھ and ؛ at 0xAA and 0xBA: no ``a`` / ``o``.)
NFKC_CP1256_CONTINUATIONS = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3", "\u03bc": "\u00b5",
                             "...": "\u2026", "1\u20444": "\u00bc", "1\u20442": "\u00bd",
                             "3\u20444": "\u00be"}
#: Such a form right after ط ظ ع غ (0xD8-0xDB as windows-1256: the leads of Arabic letters and
#: Persian digits).
_NFKC_CP1256_FORM_RE = regex.compile(
    "(?<=[\u0637-\u063a])(?:" + "|".join(regex.escape(k) for k in sorted(NFKC_CP1256_CONTINUATIONS, key=len,
                                                                          reverse=True)) + ")")


def _restore_nfkc_cp1256(text: str) -> str:
    """Give NFKC's forms after ``ط`` / ``ظ`` their windows-1256 characters back (``ط1ظ„`` is عل)."""
    text = _NFKC_CP1256_FORM_RE.sub(lambda m: NFKC_CP1256_CONTINUATIONS[m.group()], text)
    return _restore_shy(_NFKC_TM_RE.sub("\u2122", text))


#: Lowercased windows-1256 mojibake: ``Œ`` (0x8C, second byte of ، ٌ ی) became ``œ`` (0x9C, whose
#: pairs are the rare U+061C, U+065C, U+06DC) after the leads ط ظ ع غ (0xD8-0xDB).
_LOWERED_CP1256_RE = regex.compile("(?<=[\u0637-\u063a])\u0153")
#: ``â€œ`` between two Arabic letters as windows-1256 (lead + continuation): ZWNJ (E2 80 8C)
#: lowercased, not an opening quote (Persian spelling: ``چراغ‌های``).
_LOWERED_ZWNJ_CP1256_RE = regex.compile(
    f"(?<=[\u0637-\u063a][{regex.escape(CP1256_CONT_IMAGE)}])\u00e2\u20ac\u0153(?=[\u0637-\u063a])")


def _restore_case_cp1256(text: str) -> str:
    """Undo ``str.lower()`` on windows-1256 mojibake (``طœ`` is ،, ``ظœ`` is ٌ)."""
    text = _LOWERED_ZWNJ_CP1256_RE.sub("\u00e2\u20ac\u0152", text)
    return _restore_shy(_LOWERED_CP1256_RE.sub("\u0152", text))


#: Lowercased mojibake: a lowercase Latin-1 letter where a UTF-8 lead byte stood, before a
#: continuation character (``ø£`` is أ, ``ã©`` is é), and the continuation characters lowercasing
#: changed (Š Œ Ž Ÿ, 8A 8C 8E 9F, became š œ ž ÿ: after an Arabic lead the uppercase one is the
#: frequent letter, ي ، َ ؟). Uppercased mojibake: µ became Greek Mu (``ØΜ`` is ص).
_LOWERED_LEAD_RE = regex.compile(
    f"[\u00e0-\u00f6\u00f8-\u00fe](?=[{regex.escape(CP1252_CONT_IMAGE)}\u0161\u0153\u017e\u00ff?\ufffd])")
_LOWERED_CONT_RE = regex.compile("(?<=[\u00d8-\u00db])[\u0161\u0153\u017e\u00ff]")
_UPPER_CONT = {"\u0161": "\u0160", "\u0153": "\u0152", "\u017e": "\u017d", "\u00ff": "\u0178"}
_UPPERED_MU_RE = regex.compile("(?<=[\u00d8-\u00db])\u039c")
#: Uppercased mojibake: ``ƒ`` (0x83, second byte of ك) became ``Ƒ``, which windows-1252 lacks; a
#: lead of three or four bytes (``â`` ``ð``, 0xE2 0xF0) became a two-byte lead (``Â`` ``Ð``: 0xC2
#: 0xD0) before as many continuation characters as the longer sequence has, where the two-byte
#: reading is invalid (``Â€™`` is ’, ``ÐŸ˜€`` an emoji).
_UPPER_EVIDENCE_RE = regex.compile(
    f"\u0191|(?<=[\u00d8-\u00db])\u039c|[\u00c0-\u00cf](?=[{_ESC_CP1252_CONT}]{{2}})"
    f"|[\u00d0-\u00d4](?=[{_ESC_CP1252_CONT}]{{3}})")
_UPPERED_LEAD_RE = regex.compile(
    f"[\u00c0-\u00cf](?=[{_ESC_CP1252_CONT}]{{2}})|[\u00d0-\u00d4](?=[{_ESC_CP1252_CONT}]{{3}})")
#: ``Œ`` after a restored ``â€`` is an uppercased ``œ`` (“, E2 80 9C), unless it stands between two
#: Arabic letters (lead + continuation): ZWNJ (E2 80 8C) in Persian spelling.
_UPPERED_QUOTE_RE = regex.compile(
    "(?<=\u00e2\u20ac)\u0152(?![\u00d8-\u00db])"
    f"|(?<=\u00e2\u20ac)(?<![\u00d8-\u00db][{_ESC_CP1252_CONT}]\u00e2\u20ac)\u0152")


def _restore_upper(text: str) -> str:
    """Undo ``str.upper()`` on windows-1252 mojibake (``ÙƑ`` is ك, ``ØΜ`` is ص, ``Â€™`` is ’)."""
    text = _UPPERED_LEAD_RE.sub(lambda m: m.group().lower(), text)
    text = _UPPERED_QUOTE_RE.sub("\u0153", text)
    return _UPPERED_MU_RE.sub("\u00b5", text.replace("\u0191", "\u0192"))


def _restore_case(text: str) -> str:
    """Undo ``str.lower()`` / ``str.upper()`` on windows-1252 mojibake (see above)."""
    if _UPPER_EVIDENCE_RE.search(text):
        return _restore_upper(text)
    text = _LOWERED_LEAD_RE.sub(lambda m: m.group().upper(), text)
    text = _LOWERED_CONT_RE.sub(lambda m: _UPPER_CONT[m.group()], text)
    return _UPPERED_MU_RE.sub("\u00b5", text)


UTF8_READINGS = (
    Reading("utf8-as-cp1252", encode_cp1252, "utf-8"),
    Reading("utf8-as-cp1256", encode_cp1256, "utf-8"),
    Reading("utf8-as-macroman", encode_macroman, "utf-8"),
    Reading("utf8-as-cp437", encode_cp437, "utf-8"),
    Reading("utf8-as-iso8859-6", encode_iso8859_6, "utf-8"),
)
#: The lossy variants, tried (innermost layer only) when the exact reading fails.
LOSSY_READINGS = (
    Reading("utf8-as-cp1252-lost-byte", encode_cp1252, "utf-8", prepare=_restore_0x81),
    Reading("utf8-as-cp1256-lost-shy", encode_cp1256, "utf-8", prepare=_restore_shy),
    Reading("utf8-as-cp1256-straight-quotes", encode_cp1256, "utf-8", prepare=_restore_quotes),
    Reading("utf8-as-cp1252-straight-quotes", encode_cp1252, "utf-8",
            prepare=lambda t: _restore_0x81(_restore_quotes_cp1252(t))),
    Reading("utf8-as-cp1252-nfkc", encode_cp1252, "utf-8", prepare=lambda t: _restore_0x81(_restore_nfkc(t))),
    Reading("utf8-as-cp1252-case-changed", encode_cp1252, "utf-8", prepare=lambda t: _restore_0x81(_restore_case(t))),
    Reading("utf8-as-cp1256-nfkc", encode_cp1256, "utf-8", prepare=_restore_nfkc_cp1256),
    Reading("utf8-as-cp1256-case-changed", encode_cp1256, "utf-8", prepare=_restore_case_cp1256),
)
LEGACY_READINGS = (
    Reading("cp1256-as-cp1252", encode_cp1252, "cp1256", legacy=True),
    Reading("iso8859-6-as-latin1", encode_cp1252, "iso8859-6", legacy=True),
)
READINGS = {r.name: r for r in UTF8_READINGS + LOSSY_READINGS + LEGACY_READINGS}
#: Readings recorded under the rule of their exact reading (the step lists no rule of their own).
REPORTED_AS = {"utf8-as-cp1256-nfkc": "utf8-as-cp1256", "utf8-as-cp1256-case-changed": "utf8-as-cp1256"}
