"""Repair candidates for one token: the readings ftfy does not know (windows-1256, ISO-8859-6, lost
bytes) and Arabic UTF-8 mojibake, up to three layers deep.

A token (a run between ASCII spaces) is re-decoded as a whole, so a clean letter left in it vetoes
the change. Layers are undone outermost first; a legacy reading (windows-1256 / ISO-8859-6 bytes)
is always the innermost one. Each candidate says whether its evidence is strong; :mod:`.lines`
decides which candidates of a line are accepted.

>>> [(c.text, c.chain, c.strong) for c in token_candidates("ط§ظ„ظˆط²ظٹط±")]
[('الوزير', ('utf8-as-cp1256',), True)]
>>> token_candidates("القط؟")
()
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .codecs import (
    CP1252_CONT_IMAGE,
    CP1252_LEADS_BY_LENGTH,
    CP1256_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    CP1256_LEADS_BY_LENGTH,
    CP1256_STRONG_CONT,
    LEGACY_LETTER_IMAGE,
)
from .readings import (
    CP1256_WEAK_ONLY_RE,
    EVIDENCE,
    LEGACY_READINGS,
    LOSSY_READINGS,
    REPORTED_AS,
    UTF8_READINGS,
    Reading,
)
from .score import arabic_score, arabic_sign_count, impossible_spelling, is_plausible, is_plausible_arabic

MAX_LAYERS = 3

_WS = r"\t\n\x0b\x0c\r \u2000-\u200b\u202f\u205f\u2060\u3000"
_DIGIT = "\u00d9[\u00a0\u00a1-\u00a9]"
_ZERO_SP = "\u00d9 (?=\u00d9[ \u00a0\u00a1-\u00a9]| )"
#: Punctuation that may follow a number (``عام ٢٠٠٠.``, ``٢٠٢٠،``).
_AFTER_NUMBER = ".,;:!?)\\]\u00bb\u201d\"'\u060c\u061b\u061f"
#: ٠ (``Ù`` + NBSP-turned-space) ending a number: before a space, the end or punctuation.
#: (``ØŒ`` ``Ø›`` ``ØŸ`` are ، ؛ ؟ read as cp1252 themselves.)
_ZERO_SP_END = (f"\u00d9 (?=\u00d9[ \u00a0\u00a1-\u00a9]| |$|[{_AFTER_NUMBER}]"
                "|\u00d8[\u0152\u0178\u203a])")
#: Tokens: a run of Arabic-Indic digits read as cp1252 whose NBSPs became spaces (it may end
#: with ٠ and be followed by punctuation), or any run of characters other than spaces.
TOKEN_RE = regex.compile(
    f"(?<![^{_WS}])(?:{_DIGIT}|{_ZERO_SP})*{_DIGIT}(?:{_ZERO_SP_END})*"
    f"(?![^{_WS}{_AFTER_NUMBER}\u00d8]|\u00d8(?![\u0152\u0178\u203a]))"
    f"|[^{_WS}]+")
#: NBSP and the soft hyphen are continuation bytes (A0, AD) inside mojibake, but separate words
#: elsewhere (as they do once later steps turn them into a space or delete them): a token that
#: cannot be repaired whole is tried piece by piece between them.
SUB_TOKEN_RE = regex.compile("[^\u00a0\u00ad]+")
#: Mojibake-shaped runs inside a token: UTF-8 lead + continuation characters as cp1252 or
#: windows-1256, or legacy letter bytes not touching a Latin letter (``ÇáÚÑÈíÉالحكومة``; a legacy
#: reading is never tried inside Latin words: ``HÅØYA`` is not ``HإطYA``).
def _utf8_shaped(leads: tuple[str, str, str], cont: str) -> str:
    """One or more UTF-8 sequences of exactly their length, as characters of one reading."""
    c = f"[{regex.escape(cont)}]"
    two, three, four = (f"[{regex.escape(x)}]" for x in leads)
    return f"(?:{two}{c}|{three}{c}{{2}}|{four}{c}{{3}})+"


PIECE_RE = regex.compile(
    _utf8_shaped(CP1252_LEADS_BY_LENGTH, CP1252_CONT_IMAGE)
    + "|" + _utf8_shaped(CP1256_LEADS_BY_LENGTH, CP1256_CONT_IMAGE)
    + f"|(?<![^\u0600-\u06ff\\x21-\\x40\\x5b-\\x60\\x7b-\\x7e])[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}"
    "(?![^\u0600-\u06ff\\x21-\\x40\\x5b-\\x60\\x7b-\\x7e])"
    # ... or glued after a lowercase English word, four letters at least (``AdvertisementÇáÚÑÈíÉ``:
    # a case switch; no European word ends in four Latin-1 letters)
    + f"|(?<=[a-z])[{regex.escape(LEGACY_LETTER_IMAGE)}]{{4,}}(?![^\u0600-\u06ff\\x21-\\x40\\x5b-\\x60\\x7b-\\x7e])")

#: Tokens worth re-decoding: any non-ASCII character other than plain Arabic letters, harakat and
#: Arabic punctuation, or ط/ظ followed by a windows-1256 continuation character.
TOKEN_TRIGGER_RE = regex.compile(
    "[^\\x00-\\x7f\u060c\u061b\u061f\u0621-\u063a\u0640-\u0652\u0660-\u0669\u0670]"
    f"|[\u0637\u0638][{regex.escape(CP1256_CONT_IMAGE)}]|\u0637$|\u0637(?=[\u0637\u0638])")

#: Continuation characters windows-1256 has and windows-1252 has not (Persian letters, joiners).
CP1256_ONLY_CONT = "".join(c for c in CP1256_CONT_IMAGE if c not in CP1252_CONT_IMAGE)
#: Two or more legacy letter bytes not touching a Latin letter: windows-1256 / ISO-8859-6 text
#: read as cp1252 (``ÇáÚÑÈíÉ``).
LEGACY_MOJIBAKE_RE = regex.compile(
    f"(?<![A-Za-z\u00c0-\u024f])[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}(?![A-Za-z\u00c0-\u024f])")
#: What remains mojibake after a layer is undone (another layer must follow).
STILL_MOJIBAKE_RE = regex.compile(
    f"[\u00c2-\u00f4][{regex.escape(CP1252_CONT_IMAGE)}]"
    f"|[{regex.escape(CP1256_LEAD_IMAGE)}][{regex.escape(CP1256_STRONG_CONT)}]|[\u0080-\u009f]")
#: A token where ASCII letters touch characters of another script (``Cafأ©``, ``ItΓÇÖs``,
#: ``caf√©``): correct text does not mix like that, so a valid re-decoding of it is strong.
MIXED_SCRIPT_RE = regex.compile(
    "[A-Za-z0-9][\u0370-\u03ff\u0600-\u06ff\u2200-\u22ff\u2500-\u259f\uf8ff]"
    "|[\u0370-\u03ff\u0600-\u06ff\u2200-\u22ff\u2500-\u259f\uf8ff][A-Za-z]|\uf8ff"
    # a Latin-1 letter, sign or haraka followed by a continuation byte only windows-1256 has:
    # ``ًں`` (F0 9F) starts every emoji, ``â€`` + ZWNJ is a closing quote
    f"|[\u00a0-\u00ff\u20ac\u064b-\u0652][{regex.escape(CP1256_ONLY_CONT)}]"
    # an Arabic letter glued to a latin-1 sign: windows-1256 ``آ£`` (£), ``أ©`` (é)
    "|[\u0621-\u064a][\u00a2-\u00aa\u00ac-\u00ba\u00bc-\u00be]"
    # Greek glued to latin-1 letters: cp437 ``ΓÇö`` (—), ``ΓÇÖ`` (’)
    "|[\u0393\u03a3\u03b1\u03c3\u03c4\u03a6\u0398\u03a9\u03b4\u03c6\u03b5][\u00c0-\u00ff]")
#: A legacy letter byte, or LRM / RLM (0xFD 0xFE of windows-1256, ``ý þ`` in latin-1).
LEGACY_LETTER_RE = regex.compile(f"[{regex.escape(LEGACY_LETTER_IMAGE)}\u00fd\u00fe]")
HAS_ARABIC_RE = regex.compile("[\u0600-\u06ff]")
LETTER_RE = regex.compile(r"\p{L}")
_LATIN_EXT_B_RE = regex.compile("[\u0180-\u024f]")
_BIDI_MARK_RE = regex.compile("[\u200e\u200f]")
_ARABIC_DIGIT_RE = regex.compile("[\u0660-\u0669]")


@dataclass(frozen=True)
class Candidate:
    """A repaired token: its text, the readings undone (outermost first), strength and score."""

    text: str
    chain: tuple[str, ...]
    strong: bool
    score: float
    #: the source holds an unambiguous mojibake pair (not only ``ط،``-like pairs or a lone ``Ù``)
    evidence: bool = True

    @property
    def rule(self) -> str:
        if len(self.chain) > 1:
            return "mojibake/layered"
        return f"mojibake/{REPORTED_AS.get(self.chain[0], self.chain[0])}"


#: Non-ASCII characters a legacy (windows-1256 / ISO-8859-6) re-decoding may produce besides the
#: Arabic block: the punctuation and marks Arabic text in those code pages uses.
#: The shapes of case-changed mojibake: a lowercased Arabic lead before a continuation
#: character, or µ uppercased to Greek Mu after one.
CASE_CHANGED_EVIDENCE_RE = regex.compile(
    f"[\u00f8-\u00fb][{regex.escape(CP1252_CONT_IMAGE)}\u0161\u0153\u017e\u00ff]|[\u00d8-\u00db][\u039c\u0191]"
    "|[\u00c0-\u00cf]\u20ac")
#: The characters of the bytes 0x80-0x9F as windows-1252 / latin-1 (punctuation, C1 controls).
_HIGH_CONT = "".join(map(chr, range(0x80, 0xA0))) + "".join(c for c in CP1252_CONT_IMAGE if ord(c) > 0xFF)
#: An uppercased ``â`` (E2, the lead of general punctuation, currency, symbols: ’ “ – € ☕) before
#: a continuation 0x80-0x9F and another continuation: ``Â`` (C2) there would make a C1 control,
#: which text never holds (``Â€™`` is ’, ``Â‚¬`` is €).
UPPERED_PUNCT_RE = regex.compile(f"\u00c2[{regex.escape(_HIGH_CONT)}][{regex.escape(CP1252_CONT_IMAGE)}]")
#: A token of at most five Latin-1 capitals (or capitals with digits and dashes around them).
_LATIN_CAPITALS_RE = regex.compile("[\u00c0-\u00de]{1,5}")
#: What such a token must score as Arabic to be re-decoded (:func:`.score.arabic_score`).
MIN_CAPITALS_SCORE = 2.0
LEGACY_OK_RE = regex.compile(
    "[\\x00-\\x7f\u0600-\u06ff\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022"
    "\u2026\u200c-\u200f\u00d7\u00f7]*")
#: Non-ASCII characters a weak, non-Arabic repair (next to repaired Arabic) may produce: Latin-1 and
#: Latin Extended-A letters, general punctuation, currency, emoji.
COMMON_RE = regex.compile(
    "[\\x00-\\x7f\u00a0-\u017e\u2010-\u2027\u2030-\u205e\u20ac\u2122\ufe0f\u200b-\u200f\u2060"
    "\u060c\u061b\u061c\u061f\u066a-\u066c\U0001f000-\U0001faff\u2600-\u27bf]*")
COMMON_OR_CYRILLIC_RE = regex.compile(COMMON_RE.pattern[:-2] + "\u0400-\u04ff]*")
#: Log-prior added once to a reading's line score: ISO-8859-6 is much rarer than windows-1256 and
#: must read clearly better before it wins.
READING_PRIOR = {"iso8859-6-as-latin1": -5.0}
#: Preference between readings that give the same text (the more common reading names the rule).
READING_PRIORITY = {name: i for i, name in enumerate((
    "utf8-as-cp1252", "utf8-as-cp1256", "utf8-as-cp1252-lost-byte", "utf8-as-cp1256-lost-shy",
    "utf8-as-cp1256-straight-quotes", "utf8-as-cp1252-straight-quotes", "utf8-as-cp1252-nfkc",
    "utf8-as-cp1252-case-changed", "utf8-as-cp1256-nfkc", "utf8-as-cp1256-case-changed",
    "cp1256-as-cp1252", "iso8859-6-as-latin1", "utf8-as-macroman", "utf8-as-cp437", "utf8-as-iso8859-6"))}


def legacy_word_ok(source: str, out: str) -> bool:
    """A legacy re-decoding of one word (``source`` → ``out``) that Latin text does not explain
    better: a short run of Latin capitals (``ÀÈÌÒÙ``, ``ÐÞÆ``: letters named in Latin text) must
    read as frequent Arabic (``ÚÑÈ`` is عرب).

    >>> legacy_word_ok("ÚÑÈ", "عرب"), legacy_word_ok("ÀÈÌÒÙ", "ہبجزظ")
    (True, False)
    """
    return not _LATIN_CAPITALS_RE.fullmatch(source) or arabic_score(out) >= MIN_CAPITALS_SCORE


def _strength(reading: Reading, source: str, out: str) -> bool | None:
    """``True`` strong, ``False`` weak (only next to a repaired token), ``None`` not a candidate."""
    signs = arabic_sign_count(out)
    if reading.legacy:
        if not is_plausible_arabic(out) or LEGACY_OK_RE.fullmatch(out) is None or impossible_spelling(out):
            return None
        if not signs:  # only directional marks (``ýv2.1ý`` is LRM v2.1 LRM): weak
            return False if _BIDI_MARK_RE.search(out) else None
        # strong: two or more letter bytes reading as ordinary Arabic (not ``ÀÀ`` → ``ہہ``); a
        # short run of Latin capitals (``ÀÈÌÒÙ``, ``ÐÞÆ``: letters named in Latin text) must read
        # as frequent Arabic (``ÚÑÈ`` is عرب)
        if not legacy_word_ok(source, out):
            return False  # only next to a repaired token
        return signs >= 2 and len(LEGACY_LETTER_RE.findall(source)) >= 2 and arabic_score(out) > -1.0
    weak = False if COMMON_RE.fullmatch(out) else None
    if weak is False and MIXED_SCRIPT_RE.search(source):
        weak = True
    if reading.name == "utf8-as-iso8859-6":
        return (True if signs else weak) if EVIDENCE[reading.name].search(source) else None
    if reading.name.startswith("utf8-as-cp1256"):
        if signs and _LATIN_EXT_B_RE.search(out):
            return None  # Arabic beside Latin Extended-B (``اپ`` → ``ǁ``): chance, not text
        if EVIDENCE["utf8-as-cp1256"].search(source):
            return True if signs else weak
        if CP1256_WEAK_ONLY_RE.fullmatch(source):
            return False
        return None
    if reading.name.startswith("utf8-as-cp1252"):
        if reading.name.endswith(("lost-byte", "straight-quotes", "nfkc", "case-changed")):  # lossy: as strict
            if reading.name.endswith("case-changed") and UPPERED_PUNCT_RE.search(source) and COMMON_RE.fullmatch(out):
                return True  # ``Â€™``: C2 80 before a continuation byte is never UTF-8
            if signs:
                return signs >= 2
            evidence = EVIDENCE["utf8-as-cp1252"].search(source)
            return False if evidence and COMMON_OR_CYRILLIC_RE.fullmatch(out) else None
        return True if signs else weak
    return True if signs else weak  # macroman, cp437


def _has_evidence(reading: Reading, source: str) -> bool:
    if reading.legacy:
        return True
    if reading.name.startswith("utf8-as-cp1256"):
        return EVIDENCE["utf8-as-cp1256"].search(source) is not None
    if reading.name.endswith("case-changed"):
        return CASE_CHANGED_EVIDENCE_RE.search(source) is not None
    if reading.name.endswith(("lost-byte", "straight-quotes", "nfkc")):
        return EVIDENCE["utf8-as-cp1252"].search(source) is not None
    return True


def _candidate(reading: Reading, chain: tuple[str, ...], src: str, out: str,
               token: str = "") -> Candidate | None:
    strong = _strength(reading, src, out)
    if strong is False and token and token != src and MIXED_SCRIPT_RE.search(token):
        strong = True  # an outer layer glued mojibake to Latin letters (``Gazaأ‚آ\xa0in``)
    if strong is None:
        return None
    return Candidate(out, chain + (reading.name,), strong, arabic_score(out), _has_evidence(reading, src))


#: An Arabic letter mark (U+061C) or U+065C right after an Arabic letter or haraka: what
#: ``طœ`` / ``ظœ`` decode to when lowercasing made ``Œ`` (، ٌ) ``œ``; real text puts ALM beside
#: digits and punctuation, not at the end of a word (or after a closing quote or bracket).
SUSPECT_MARK_RE = regex.compile("(?<=[\u0621-\u064a\u064b-\u0652\u201d\u00bb)])[\u061c\u065c]")


def _final(out: str) -> bool:
    return is_plausible(out) and STILL_MOJIBAKE_RE.search(out) is None


@lru_cache(maxsize=1 << 16)
def token_candidates(token: str) -> tuple[Candidate, ...]:
    """Every shallowest repair of ``token`` (empty when nothing plausible)."""
    frontier: list[tuple[str, tuple[str, ...]]] = [(token, ())]
    #: plausible results that still look like mojibake (``فقط،`` has ط،): used if no layer follows
    fallback: list[Candidate] = []
    for depth in range(MAX_LAYERS):
        found: list[Candidate] = []
        deeper: list[tuple[str, tuple[str, ...]]] = []
        for src, chain in frontier:
            utf8_hit = False
            for reading in UTF8_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out == src:
                    continue
                if SUSPECT_MARK_RE.search(out):  # a lossy reading may explain it better
                    cand = _candidate(reading, chain, src, out, token) if is_plausible(out) else None
                    if cand is not None:
                        fallback.append(cand)
                    continue
                if _final(out) and not (depth + 1 < MAX_LAYERS and LEGACY_MOJIBAKE_RE.search(out)):
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        found.append(cand)
                        utf8_hit = True
                elif _final(out):  # legacy bytes under a UTF-8 layer (``Ã‡Ã¡`` → ``Çá`` → ``ال``)
                    deeper.append((out, chain + (reading.name,)))
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        fallback.append(cand)
                elif STILL_MOJIBAKE_RE.search(out) and "\ufffd" not in out:
                    if depth + 1 < MAX_LAYERS:
                        deeper.append((out, chain + (reading.name,)))
                    if is_plausible(out):
                        cand = _candidate(reading, chain, src, out, token)
                        if cand is not None:
                            fallback.append(cand)
            if utf8_hit:
                continue
            for reading in LOSSY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out != src and is_plausible(out) and not SUSPECT_MARK_RE.search(out):
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        (found if _final(out) else fallback).append(cand)
                        utf8_hit = True
            if utf8_hit or HAS_ARABIC_RE.search(src) or not LEGACY_LETTER_RE.search(src):
                continue
            for reading in LEGACY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                cand = _candidate(reading, chain, src, out, token)
                if cand is not None:
                    found.append(cand)
        if found:
            return tuple(found)
        frontier = deeper
        if not frontier:
            break
    return tuple(fallback)
