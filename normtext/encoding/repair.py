"""Codec repairs on a :class:`~normtext.doc.Doc`: bytes that were never decoded
(:mod:`.raw_bytes`), the rare Arabic code pages (:mod:`.rare_codepages`), then the token engine and ftfy's encoding fixes, per line, only where the
signature scan finds something; BOMs shown as mojibake; C1 controls.

>>> fix_encoding("قال ط§ظ„ظˆط²ظٹط± Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© and cafÃ©")
'قال الوزير العربية and café'
>>> fix_encoding("Ø£Ù‡Ù„Ø§Ù‹ QuÃ© tal\\u00a0!")
'أهلاً Qué tal\\xa0!'
"""

from __future__ import annotations

import regex

from ..doc import Doc
from .arabic_swap import GATE_RE as SWAP_GATE_RE
from .arabic_swap import swap_edits
from .collapsed import LATIN1_ARABIC_RE, collapsed_edits
from .ftfy_fix import ftfy_edits
from .lines import line_edits
from .rare_codepages import rare_edits
from .raw_bytes import escaped_bytes_edits, utf16_edits
from .signatures import (
    BOM_MOJIBAKE_RE,
    C1_CONTROL_RE,
    FTFY_SIGNATURE_RE,
    TOKEN_SIGNATURE_RE,
    find_signature,
    signature_lines,
)
from .unrecoverable import GATE_RE as UNRECOVERABLE_GATE_RE
from .unrecoverable import outside, unrecoverable_spans

#: Passes over the signature lines (a later pass catches what an earlier one uncovered).
MAX_PASSES = 4

RULE_BOM_MOJIBAKE = "mojibake/bom"
RULE_C1 = "encoding/c1-control"


#: ف whose second byte (0x81, undefined in windows-1252) was lost, shown as ٠ by a decoder that
#: then read the lone ``Ù`` (ftfy's output, found on real pages: ``مستش٠ى``): ٠ glued to an
#: Arabic letter with no Arabic-Indic digit beside it (digits never stand inside words).
_FA_LETTER = "[\\u0621-\\u064a\\ufb50-\\ufdff\\ufe70-\\ufefc]"
#: What later steps delete or fold between letters (marks, tatweel, invisible format characters):
#: skipped, so a second run decides as the first did.
_FA_SKIP = "[\\u064b-\\u0652\\u0640\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]*"
_FA_DIGIT = "[\\u0660-\\u0669\\u06f0-\\u06f9]"
FA_AS_ZERO_RE = regex.compile(
    f"(?<={_FA_LETTER}{_FA_SKIP})\\u0660(?!{_FA_SKIP}{_FA_DIGIT})"
    f"|(?<!(?:{_FA_LETTER}|{_FA_DIGIT}){_FA_SKIP})\\u0660(?={_FA_SKIP}{_FA_LETTER})")
RULE_FA_AS_ZERO = "mojibake/fa-as-zero"
RULE_NFKC = "mojibake/utf8-as-cp1252-nfkc"
RULE_NFKC_CP1256 = "mojibake/utf8-as-cp1256"
#: NFKC's forms of windows-1252's spacing accents (¨ ´ ¸ ¯: continuation bytes A8 B4 B8 AF).
_SPACING_ACCENT = {" \u0308": "\u00a8", " \u0301": "\u00b4", " \u0327": "\u00b8", " \u0304": "\u00af"}
#: (after ``Ø`` ``Ù`` of windows-1252 and ``ط`` ``ظ`` ``ع`` ``غ`` of windows-1256 alike)
_NFKC_SPACED_ACCENT_RE = regex.compile("(?<=[\u00d8\u00d9\u0637-\u063a]) [\u0301\u0304\u0308\u0327]")
#: ٠ (D9 A0) as windows-1256 is ``ظ`` + NBSP, which NFKC made a space: ``ظ `` right after another
#: Arabic-Indic digit as windows-1256 (``ظ،`` ``ظ¢``-``ظ©`` are ١-٩; ``ظ¢`` onwards clean text
#: never has), before a space or the end: the NBSP back, so the number is one token again.
_NFKC_CP1256_ZERO_RE = regex.compile(
    "(?<=\u0638[\u060c\u00a2-\u00a9](?:\u0638[\u00a0 ])*)\u0638 (?= |$)"
    "|(?<=\u0638[\u00a2-\u00a9](?:\u0638[\u00a0 ])*)\u0638 ")


def repair_fa_zero(doc: Doc) -> int:
    """``مستش٠ى`` → ``مستشفى`` (:data:`FA_AS_ZERO_RE`); returns the number of edits."""
    if "\u0660" not in doc.text:
        return 0
    return doc.sub(FA_AS_ZERO_RE, "\u0641", RULE_FA_AS_ZERO)


class _Guard:
    """Keeps edits out of the lines :mod:`.unrecoverable` says are to be left alone (nothing to
    do, and nothing computed, when its gate finds nothing in the text)."""

    __slots__ = ("doc", "active")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.active = UNRECOVERABLE_GATE_RE.search(doc.text) is not None

    def replace(self, edits: list[tuple[int, int, str, str]]) -> int:
        if self.active and edits:
            edits = outside(edits, unrecoverable_spans(self.doc.text))
        return self.doc.replace(edits)

    def sub(self, pattern: regex.Pattern, repl, rule: str) -> int:
        if not self.active:
            return self.doc.sub(pattern, repl, rule)
        text = self.doc.text
        return self.replace([(m.start(), m.end(), repl if isinstance(repl, str) else repl(m), rule)
                             for m in pattern.finditer(text)])


def repair_codecs(doc: Doc, *, c1_controls: bool = True, use_ftfy: bool = True) -> int:
    """Repair mojibake in ``doc`` through recorded edits; returns the number of edits."""
    if find_signature(doc.text) is None:
        return repair_fa_zero(doc)
    guard = _Guard(doc)
    # bytes that were never decoded first (their runs may hold anything the passes look at)
    total = guard.replace(escaped_bytes_edits(doc.text))
    total += guard.replace(utf16_edits(doc.text))
    # the rare code pages before the common readings, which would take their runs apart (a run
    # the common readings explain is left to them: rare_codepages._common_mojibake)
    total += guard.replace(rare_edits(doc.text))
    # ISO-8859-6 and windows-1256 read as each other (only where their shapes show)
    if SWAP_GATE_RE.search(doc.text):
        total += guard.replace(swap_edits(doc.text))
    # a BOM shown as mojibake is removed wherever it stands (files concatenated after the damage)
    total += guard.sub(BOM_MOJIBAKE_RE, "", RULE_BOM_MOJIBAKE)
    # latin-1 mojibake whose NEL / NBSP bytes a whitespace collapser took (``Ù `` is م)
    if LATIN1_ARABIC_RE.search(doc.text):
        total += guard.replace(collapsed_edits(doc.text))
    # NFKC's space + combining mark for a spacing accent after a lead character (``Ø ̄`` is د):
    # the accent back, so the token is whole again for the passes below
    if _NFKC_SPACED_ACCENT_RE.search(doc.text):
        total += guard.sub(_NFKC_SPACED_ACCENT_RE, lambda m: _SPACING_ACCENT[m.group()], RULE_NFKC)
    if "\u0638 " in doc.text and _NFKC_CP1256_ZERO_RE.search(doc.text):
        total += guard.sub(_NFKC_CP1256_ZERO_RE, "\u0638\u00a0", RULE_NFKC_CP1256)
    for _ in range(MAX_PASSES):
        n = 0
        text = doc.text
        edits = []
        for start, end in signature_lines(text, TOKEN_SIGNATURE_RE):
            edits.extend(line_edits(text[start:end], start))
        n += guard.replace(edits)
        if use_ftfy:
            text = doc.text
            edits = []
            for start, end in signature_lines(text, FTFY_SIGNATURE_RE):
                edits.extend(ftfy_edits(text[start:end], start, c1_controls=c1_controls))
            n += guard.replace(edits)
        if c1_controls:
            n += repair_c1(doc, guard)
        total += n
        if not n or find_signature(doc.text) is None:
            break
    # last: ٠ left where ف lost its second byte (mac_arabic shows ذ as ظ٠: decoded above)
    return total + repair_fa_zero(doc)


def _c1_to_cp1252(m) -> str:
    return m.group().encode("latin-1").decode("cp1252")


def repair_c1(doc: Doc, guard: _Guard | None = None) -> int:
    """C1 controls that windows-1252 defines become its characters (``\x93`` → ``“``)."""
    if C1_CONTROL_RE.search(doc.text) is None:
        return 0
    return (guard or _Guard(doc)).sub(C1_CONTROL_RE, _c1_to_cp1252, RULE_C1)


def fix_encoding(text: str) -> str:
    """The codec repairs alone: no HTML unescaping, no NFC; spaces untouched. A real BOM (U+FEFF)
    is kept; a BOM shown as mojibake (``ï»¿``, ``ï»؟``) is removed.

    >>> fix_encoding("ï»¿Ø§Ù„Ù„ØºØ© \ufeffx")
    'اللغة \ufeffx'
    """
    if find_signature(text) is None and not ("\u0660" in text and FA_AS_ZERO_RE.search(text)):
        return text
    doc = Doc(text, track=False)
    repair_codecs(doc)
    return doc.text
