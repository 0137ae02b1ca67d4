"""The ``arabic`` step: diacritics, tatweel, letter folds, digits, punctuation, elongation.

Every operation is an option with its own rule id; the defaults change nothing but tatweel
(the ``default`` preset). Where the anchors disagree (``shared/specs/arabic-normalization.md``)
the default and the alternatives are listed here and tested in
``tests/data/normalizers/arabic.json``.

Rules, in the order they run:

- ``arabic/arclean-delete`` and ``arabic/arclean``: CAMeL Tools' ``arclean`` character map
  (``arclean=True``, off by default; a compatibility option): every character outside its
  list is deleted (emoji, €, ©, Persian letters, ﷺ …: that is arclean's design, and why no
  normtext preset uses it), listed ones are mapped. Two of its bugs are fixed
  (:data:`ARCLEAN_FIXES`): U+06FB → ض and U+06FC → غ (arclean: ص, ض), ٫ → ``.`` (arclean:
  ``,``; CLDR makes ٫ the decimal separator).
- ``arabic/quranic-marks``: honorific signs, small Quranic letters, annotation marks and the
  rarer vowel signs U+0656–U+065E (``quranic_marks="strip"``; default ``keep``).
- ``arabic/diacritics``: tashkeel ً ٌ ٍ َ ُ ِ ّ ْ, the set every anchor strips
  (``diacritics``: ``keep`` | ``strip`` | ``strip-but-shadda``). Hamza marks are never
  stripped as "accents" (``سؤال`` stays ``سؤال``, unlike HF's BERT normalizer).
- ``arabic/dagger-alef``: ٰ U+0670 (``dagger_alef``: ``keep`` | ``strip`` | ``alef``; ``alef``
  writes ا except word-final or on ى, where it is dropped: ``السمٰوٰت`` → ``السماوات``).
- ``arabic/tatweel``: ـ attached to an Arabic letter removed (``tatweel="remove"``, default);
  a free-standing run (``ـــــ`` used as a rule line) is kept.
- ``arabic/lookalike``: Persian/Urdu look-alikes with an Arabic equivalent (ہ ۀ ھ ۃ ے ۓ ې ڪ …;
  ``lookalikes="arabic"``; default ``keep``). پ چ ژ گ and other letters never fold.
- ``arabic/keheh``: ک → ك (``keheh="kaf"``).
- ``arabic/farsi-yeh``: ی by position (``farsi_yeh="position"``: ي before a letter, where it is
  drawn with dots; ى at the end of a word, where it is dotless: ``تجرید`` → ``تجريد``,
  ``علی`` → ``على``); or always ``yeh`` / ``alef-maqsura``.
- ``arabic/hamza``: ؤ ئ (``hamza``: ``keep`` | ``carrier`` (و ي) | ``hamza`` (ء)).
- ``arabic/alef``: أ إ آ ٱ → ا (``alef="bare"``), with any hamza / madda mark left on the alef.
- ``arabic/alef-maqsura``: ى → ي (``alef_maqsura="yeh"``; never ى → ا, pyarabic's bug).
- ``arabic/teh-marbuta``: ة → ه (``teh_marbuta="heh"``) or → ت (``"teh"``).
- ``arabic/number-separator``: with ``digits="ascii"`` and ``number_separators``, ٫ → ``.``
  (CLDR decimal separator) and ٬ → ``,`` between digits.
- ``arabic/number-mark``: with the same options, ALM/LRM/RLM that CLDR puts inside numbers.
- ``arabic/digits``: ``digits``: ``keep`` | ``ascii`` (٠-٩ and ۰-۹ → 0-9) | ``arabic-indic``
  | ``extended`` (ASCII digits not touching a Latin letter, and the other Arabic set).
- ``arabic/punctuation``: ``punctuation``: ``keep`` | ``latin`` (، ؛ ؟ ٪ ۔ → , ; ? % .) |
  ``arabic`` (, ; ? % after Arabic text → ، ؛ ؟ ٪; never in English runs).
- ``arabic/elongation``: an Arabic letter repeated ``elongation_threshold`` (default 4) or more
  times → ``elongation_keep`` copies (``elongation="reduce"``). Digits are never touched
  (``1000000`` stays), and the threshold of 4 keeps words with a legitimate triple (``تتتابع``).
- ``arabic/nfc``: a deletion above that leaves a decomposable sequence (``اـٔ`` → ``أ``) is
  recomposed, only when the text was NFC before the step.

AraBERT compatibility options (the ``arabert`` preset; off by default), applied in AraBERT's
order with its own patterns (:mod:`normtext.tables.arabert_rules`): ``tatweel="remove-all"``;
``placeholders="arabert"`` (``arabic/email-placeholder``, ``arabic/url-placeholder``,
``arabic/mention-placeholder``: e-mails → [بريد] *before* the URL patterns, fixing AraBERT's
e-mails-as-URLs bug); ``html_markup="space"`` (``arabic/html-markup``);
``digits="arabic-indic-to-ascii"``; ``elongation_scope="non-digits"``; ``spacing="arabert"``
(``arabic/spacing``, ``arabic/slash``); ``charset="arabert"`` / ``"arabert-emoji"``
(``arabic/charset``: characters outside AraBERT's whitelist → space, as AraBERT does; the
twitter variant keeps the characters of ``emoji`` 1.4.2's emoji).

Routing: URL / e-mail segments are not touched (``protect_urls=False`` lets the folds in, for
the compatibility presets); Arabic punctuation goes to Arabic and
neutral segments only (see :mod:`normtext.steps._routing`). A document with no Arabic-script
character skips the step (one precompiled search).

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_config({"steps": {"arabic": {"diacritics": "strip", "alef": "bare"}}})
>>> pipe("إِنَّ الكتـــاب")
'ان الكتاب'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from ..doc import CharMap, Doc
from ..step import STAGE_ARABIC, Step, register
from ..tables import arabert_rules as AB
from ..tables.arabert import EMOJI_1_4_2_RANGES
from ..tables.arabic import (
    ALEF,
    ALEF_MAKSURA,
    ALEF_VARIANTS,
    ARABIC_DECIMAL_SEPARATOR,
    ARABIC_INDIC_DIGITS,
    ARABIC_THOUSANDS_SEPARATOR,
    ARABIC_TO_LATIN_PUNCTUATION,
    ASCII_DIGITS,
    DAGGER_ALEF,
    EXTENDED_ARABIC_INDIC_DIGITS,
    FARSI_YEH,
    HAMZA,
    HAMZA_MARKS,
    HEH,
    KAF,
    KEHEH,
    LOOKALIKES,
    QURANIC_MARKS,
    SHADDA,
    TASHKEEL,
    TEH,
    TEH_MARBUTA,
    WAVY_HAMZA_BELOW,
    WAW,
    WAW_HAMZA,
    YEH,
    YEH_HAMZA,
)
from ..tables.arclean import ARCLEAN_KEEP_RANGES, ARCLEAN_MAP
from ._nfc import nfc, nfc_edit
from ._routing import ANY_LABEL, AR_AND_NEUTRAL, allowed_ranges, sub_in, translate_in

#: Any Arabic-script character (blocks of spec §5.1): the fast-path test.
HAS_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
#: Arabic-script letters (gc=Lo in the Arabic blocks), for elongation; a literal class so the
#: stdlib ``re`` can scan it quickly.
ARABIC_LETTERS_CLASS = (r"[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef"
                        r"\u06fa-\u06fc\u06ff\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c8]")
_LETTER = r"[\p{sc=Arabic}&&\p{L}]"
_DIGIT = f"[{ASCII_DIGITS}{ARABIC_INDIC_DIGITS}{EXTENDED_ARABIC_INDIC_DIGITS}]"

_TATWEEL = regex.compile(rf"(?V1)(?<={_LETTER}\p{{M}}*)\u0640+|\u0640+(?={_LETTER})")
_DAGGER_TO_ALEF = regex.compile(rf"(?V1)(?<!{ALEF_MAKSURA}\p{{M}}*){DAGGER_ALEF}(?=\p{{M}}*{_LETTER})")
#: Hamza / madda marks left on a bare alef (``أٰ``): part of the alef variant being folded.
_ALEF_HAMZA_MARKS = regex.compile(r"(?<=\u0627[\u064b-\u0652\u0656-\u065e\u0670]*)[\u0653-\u0655]+")
_FARSI_YEH_JOINED = regex.compile(rf"(?V1){FARSI_YEH}(?=\p{{M}}*\u200d?{_LETTER})")
_DECIMAL = regex.compile(rf"(?<={_DIGIT}){ARABIC_DECIMAL_SEPARATOR}(?={_DIGIT})")
_GROUP = regex.compile(rf"(?<={_DIGIT}){ARABIC_THOUSANDS_SEPARATOR}(?={_DIGIT})")
_NUMBER_MARK = regex.compile(
    rf"[\u061c\u200e\u200f]+(?=[+\-\u2212]?{_DIGIT})|(?<={_DIGIT}[%\u066a\u2030\u0609]?)[\u061c\u200e\u200f]+"
)
#: An ASCII number that is not part of a Latin token (``COVID-19``, ``mp3``, ``A4``).
_ASCII_NUMBER = regex.compile(
    r"(?<![\p{Latin}0-9])(?<!\p{Latin}[-_./])[0-9]+(?![-_./]?[\p{Latin}])(?![0-9])")
_LATIN_PUNCT_AFTER_ARABIC = regex.compile(r"(?<=[\u0600-\u06ff][\p{M}\s]*)[,;?%]")
_LATIN_TO_ARABIC_PUNCTUATION = {v: k for k, v in ARABIC_TO_LATIN_PUNCTUATION.items() if v != "."}

#: Corrections to CAMeL's arclean map (shared/specs/arabic-normalization.md, anchor bugs).
ARCLEAN_FIXES = {
    0x06FB: "\u0636",  # ARABIC LETTER DAD WITH DOT BELOW → ض (arclean: ص, one letter off)
    0x06FC: "\u063a",  # ARABIC LETTER GHAIN WITH DOT BELOW → غ (arclean: ض)
    0x066B: ".",       # ARABIC DECIMAL SEPARATOR → . (arclean: ,)
}
_ARCLEAN = CharMap({**ARCLEAN_MAP, **ARCLEAN_FIXES})
_ARCLEAN_LISTED = sorted(ARCLEAN_MAP.keys() | {cp for a, b in ARCLEAN_KEEP_RANGES for cp in range(a, b + 1)})
#: Every character arclean does not list (it deletes them).
_ARCLEAN_UNLISTED = re.compile("[^" + CharMap({cp: "" for cp in _ARCLEAN_LISTED}).pattern.pattern[1:-2] + "]+")
_QURANIC = CharMap({c: "" for c in QURANIC_MARKS})
_TATWEEL_ALL = CharMap({"\u0640": ""})
# AraBERT v2 (normtext/tables/arabert_rules.py): its own patterns, compiled with re as it does.
_URLS = tuple(re.compile(p) for p in AB.URL_PATTERNS)
_EMAILS = tuple(re.compile(p) for p in AB.EMAIL_PATTERNS)
_MENTION = re.compile(AB.MENTION_PATTERN)
_HTML_BREAK = re.compile(AB.HTML_BREAK)
_HTML_TAG = re.compile(AB.HTML_TAG)
#: AraBERT spaces every character outside its set, whitespace included; the final collapse
#: makes spacing whitespace a no-op, so runs of the other characters are spaced in one edit.
_SPACED_RUN = re.compile(AB.SPACED_CHAR.replace("\\]])", "\\]\\s]+)"))
_DIGITS_THEN_LETTERS = re.compile(AB.DIGITS_THEN_LETTERS)
_LETTERS_THEN_DIGITS = re.compile(AB.LETTERS_THEN_DIGITS)
_SLASH = CharMap({"/": "-"})
_VS16 = CharMap({"\ufe0f": ""})
_EDGE_SPACE = re.compile(r"\A\s+|\s+\Z")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
_EMOJI_1_4_2 = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in EMOJI_1_4_2_RANGES)
_REJECTED = {
    "arabert": re.compile(f"[^{AB.ALLOWED_CHARS}]+"),
    "arabert-emoji": re.compile(f"[^{AB.ALLOWED_CHARS}{_EMOJI_1_4_2}]+"),
}
_DIACRITICS = {
    "strip": CharMap({c: "" for c in TASHKEEL}),
    "strip-but-shadda": CharMap({c: "" for c in TASHKEEL - {SHADDA}}),
}
_DAGGER_STRIP = CharMap({DAGGER_ALEF: ""})
_LOOKALIKES = CharMap(LOOKALIKES)
_KEHEH = CharMap({KEHEH: KAF})
_FARSI_YEH = {"yeh": CharMap({FARSI_YEH: YEH}), "alef-maqsura": CharMap({FARSI_YEH: ALEF_MAKSURA}),
              "position": CharMap({FARSI_YEH: ALEF_MAKSURA})}
_HAMZA = {
    "carrier": CharMap({WAW_HAMZA: WAW, YEH_HAMZA: YEH,
                        **{c: "" for c in HAMZA_MARKS - {WAVY_HAMZA_BELOW}}}),
    "hamza": CharMap({WAW_HAMZA: HAMZA, YEH_HAMZA: HAMZA}),
}
_ALEF = CharMap({c: ALEF for c in ALEF_VARIANTS})
_ALEF_MAKSURA = CharMap({ALEF_MAKSURA: YEH})
_TEH_MARBUTA = {"heh": CharMap({TEH_MARBUTA: HEH}), "teh": CharMap({TEH_MARBUTA: TEH})}
_DIGITS = {
    "ascii": CharMap(dict(zip(ARABIC_INDIC_DIGITS + EXTENDED_ARABIC_INDIC_DIGITS,
                              ASCII_DIGITS * 2, strict=True))),
    "arabic-indic": CharMap(dict(zip(EXTENDED_ARABIC_INDIC_DIGITS, ARABIC_INDIC_DIGITS, strict=True))),
    "extended": CharMap(dict(zip(ARABIC_INDIC_DIGITS, EXTENDED_ARABIC_INDIC_DIGITS, strict=True))),
}
_ARABIC_INDIC_TO_ASCII = CharMap(dict(zip(ARABIC_INDIC_DIGITS, ASCII_DIGITS, strict=True)))
_ASCII_TO = {"arabic-indic": str.maketrans(ASCII_DIGITS, ARABIC_INDIC_DIGITS),
             "extended": str.maketrans(ASCII_DIGITS, EXTENDED_ARABIC_INDIC_DIGITS)}
_PUNCT_TO_LATIN = CharMap(ARABIC_TO_LATIN_PUNCTUATION)


@dataclass(frozen=True)
class ArabicOptions:
    diacritics: Literal["keep", "strip", "strip-but-shadda"] = "keep"
    dagger_alef: Literal["keep", "strip", "alef"] = "keep"
    quranic_marks: Literal["keep", "strip"] = "keep"
    tatweel: Literal["remove", "keep", "remove-all"] = "remove"
    lookalikes: Literal["keep", "arabic"] = "keep"
    keheh: Literal["keep", "kaf"] = "keep"
    farsi_yeh: Literal["keep", "position", "yeh", "alef-maqsura"] = "keep"
    hamza: Literal["keep", "carrier", "hamza"] = "keep"
    alef: Literal["keep", "bare"] = "keep"
    alef_maqsura: Literal["keep", "yeh"] = "keep"
    teh_marbuta: Literal["keep", "heh", "teh"] = "keep"
    digits: Literal["keep", "ascii", "arabic-indic", "extended", "arabic-indic-to-ascii"] = "keep"
    number_separators: bool = True
    punctuation: Literal["keep", "latin", "arabic"] = "keep"
    elongation: Literal["keep", "reduce"] = "keep"
    elongation_threshold: int = 4
    elongation_keep: int = 1
    protect_urls: bool = True
    arclean: bool = False
    placeholders: Literal["keep", "arabert"] = "keep"
    html_markup: Literal["keep", "space"] = "keep"
    elongation_scope: Literal["arabic-letters", "non-digits"] = "arabic-letters"
    spacing: Literal["keep", "arabert"] = "keep"
    charset: Literal["any", "arabert", "arabert-emoji"] = "any"


#: Option values under which an operation does nothing (what :meth:`ArabicStep.quiet` knows).
IDLE_OPTIONS: dict[str, object] = {
    "diacritics": "keep", "dagger_alef": "keep", "quranic_marks": "keep", "lookalikes": "keep",
    "keheh": "keep", "farsi_yeh": "keep", "hamza": "keep", "alef": "keep", "alef_maqsura": "keep",
    "teh_marbuta": "keep", "digits": "keep", "punctuation": "keep", "elongation": "keep",
    "arclean": False, "placeholders": "keep", "html_markup": "keep", "spacing": "keep",
    "charset": "any",
}


@lru_cache(maxsize=64)
def _only_tatweel(options: ArabicOptions) -> bool:
    """Every operation but tatweel removal is idle under ``options``."""
    return all(getattr(options, k) == v for k, v in IDLE_OPTIONS.items())


@register
class ArabicStep(Step):
    name = "arabic"
    stage = STAGE_ARABIC
    purpose = ("Arabic diacritics, tatweel, letter folds, digits, punctuation and elongation, "
               "each an option (default: tatweel only).")
    Options = ArabicOptions
    rules = {
        "arabic/arclean-delete": "characters outside CAMeL's arclean list deleted (only with arclean=true)",
        "arabic/arclean": "CAMeL's arclean character map, with its 06FB/06FC and ٫ bugs fixed (only with arclean=true)",
        "arabic/quranic-marks": "honorific signs, small Quranic letters, annotation marks, rare vowel signs stripped",
        "arabic/diacritics": "tashkeel stripped (keep | strip | strip-but-shadda)",
        "arabic/dagger-alef": "dagger alef U+0670 stripped or written as ا",
        "arabic/tatweel": "tatweel attached to an Arabic letter removed",
        "arabic/lookalike": "Persian/Urdu look-alikes (ہ ۀ ھ ۃ ے ۓ ې ڪ …) → Arabic letters",
        "arabic/keheh": "ک → ك",
        "arabic/farsi-yeh": "ی → ي before a letter, ى at the end of a word (or always one of them)",
        "arabic/hamza": "ؤ ئ → و ي (carrier) or ء",
        "arabic/alef": "أ إ آ ٱ → ا",
        "arabic/alef-maqsura": "ى → ي",
        "arabic/teh-marbuta": "ة → ه (or ت)",
        "arabic/number-separator": "٫ → . and ٬ → , between digits (with digits=ascii)",
        "arabic/number-mark": "ALM / LRM / RLM inside numbers removed (with digits=ascii)",
        "arabic/digits": "digits between the ASCII, Arabic-Indic and Extended Arabic-Indic sets",
        "arabic/punctuation": "، ؛ ؟ ٪ ۔ ↔ , ; ? % .",
        "arabic/elongation": "a letter repeated elongation_threshold+ times → elongation_keep copies",
        "arabic/nfc": "sequences left decomposed by a deletion recomposed",
        "arabic/email-placeholder": "e-mail addresses → [بريد] (placeholders=arabert)",
        "arabic/url-placeholder": "URLs → [رابط] (placeholders=arabert, AraBERT's patterns)",
        "arabic/mention-placeholder": "@mentions → [مستخدم] (placeholders=arabert)",
        "arabic/html-markup": "HTML tags → space (html_markup=space)",
        "arabic/spacing": "AraBERT spacing: spaces around symbols, digits split from letters, runs of space → one",
        "arabic/slash": "/ → - (spacing=arabert)",
        "arabic/charset": "characters outside AraBERT's whitelist → space (charset=arabert | arabert-emoji)",
    }

    def setup(self) -> None:
        o = self.options
        if o.elongation_threshold < 2 or not 1 <= o.elongation_keep < o.elongation_threshold:
            raise ValueError(
                "option arabic.elongation_threshold must be >= 2 and arabic.elongation_keep "
                f"between 1 and threshold - 1 (got {o.elongation_threshold}, {o.elongation_keep})")
        self._elongation = re.compile(
            rf"({ARABIC_LETTERS_CLASS})\1{{{o.elongation_threshold - 1},}}")
        self._protect = o.protect_urls
        self._deletes = (o.diacritics != "keep" or o.dagger_alef != "keep"
                         or o.quranic_marks == "strip" or o.tatweel != "keep" or o.hamza == "carrier")
        # ASCII → Arabic digits works on documents without Arabic letters too.
        self._needs_arabic = (o.digits not in ("arabic-indic", "extended") and not o.arclean
                              and o.placeholders == "keep" and o.html_markup == "keep"
                              and o.spacing == "keep" and o.charset == "any"
                              and o.elongation_scope == "arabic-letters")
        if o.elongation_scope == "non-digits":
            self._elongation = re.compile(
                rf"(\D)\1{{{o.elongation_threshold - 1},}}", re.DOTALL)
        self._rejected = _REJECTED.get(o.charset)
        self._setup_fused()

    def _setup_fused(self) -> None:
        """The fused passes of :meth:`_fast` (character maps composed in their order)."""
        o = self.options
        self._fusable = (not o.arclean and o.placeholders == "keep" and o.html_markup == "keep"
                         and o.spacing == "keep" and o.charset == "any" and o.punctuation != "arabic"
                         and o.digits in ("keep", "ascii", "arabic-indic-to-ascii"))
        before: list[tuple[CharMap, str]] = []
        if o.quranic_marks == "strip":
            before.append((_QURANIC, "arabic/quranic-marks"))
        if o.diacritics != "keep":
            before.append((_DIACRITICS[o.diacritics], "arabic/diacritics"))
        after: list[tuple[CharMap, str]] = []
        if o.tatweel == "remove-all":
            after.append((_TATWEEL_ALL, "arabic/tatweel"))
        if o.lookalikes == "arabic":
            after.append((_LOOKALIKES, "arabic/lookalike"))
        if o.keheh == "kaf":
            after.append((_KEHEH, "arabic/keheh"))
        if o.farsi_yeh != "keep":
            after.append((_FARSI_YEH[o.farsi_yeh], "arabic/farsi-yeh"))
        if o.hamza != "keep":
            after.append((_HAMZA[o.hamza], "arabic/hamza"))
        if o.alef == "bare":
            after.append((_ALEF, "arabic/alef"))
        if o.alef_maqsura == "yeh":
            after.append((_ALEF_MAKSURA, "arabic/alef-maqsura"))
        if o.teh_marbuta != "keep":
            after.append((_TEH_MARBUTA[o.teh_marbuta], "arabic/teh-marbuta"))
        if o.digits == "ascii":
            after.append((_DIGITS["ascii"], "arabic/digits"))
        elif o.digits == "arabic-indic-to-ascii":
            after.append((_ARABIC_INDIC_TO_ASCII, "arabic/digits"))
        if o.punctuation == "latin":
            after.append((_PUNCT_TO_LATIN, "arabic/punctuation"))
        # the dagger alef map runs after the alef → ا sub, so it stays with the first group only
        # when no sub comes between
        if o.dagger_alef == "strip":
            before.append((_DAGGER_STRIP, "arabic/dagger-alef"))
        self._fused = [_fuse(before), _fuse(after)]

    quiet_cost = 2

    def quiet(self, text: str) -> bool:
        """No Arabic letter for folds that need one, or only tatweel removal configured and no
        tatweel in ``text``; any other configured operation means "cannot tell"."""
        if self._needs_arabic and HAS_ARABIC.search(text) is None:
            return True
        o = self.options
        return _only_tatweel(o) and (o.tatweel == "keep" or "\u0640" not in text)

    def uses_segments(self) -> bool:
        # Arabic punctuation is mapped only in Arabic and neutral runs; every other fold needs
        # only URL protection, which has a fallback without segments (``_routing``).
        return self.options.punctuation == "arabic"

    def __call__(self, doc: Doc) -> Doc:
        o = self.options
        if self._needs_arabic and HAS_ARABIC.search(doc.text) is None:
            return doc
        was_nfc = self._deletes and nfc(doc.text) == doc.text
        ar = allowed_ranges(doc, ANY_LABEL, self._protect)
        if ar is None and not doc.track and self._fusable:
            self._fast(doc)
            if was_nfc:
                nfc_edit(doc, "arabic/nfc")
            return doc
        if o.arclean:
            ar = self._sub(doc, _ARCLEAN_UNLISTED, "", "arabic/arclean-delete", ar)
            ar = self._tr(doc, _ARCLEAN, "arabic/arclean", ar)
        if o.quranic_marks == "strip":
            ar = self._tr(doc, _QURANIC, "arabic/quranic-marks", ar)
        if o.diacritics != "keep":
            ar = self._tr(doc, _DIACRITICS[o.diacritics], "arabic/diacritics", ar)
        if o.dagger_alef == "alef" and DAGGER_ALEF in doc.text:
            ar = self._sub(doc, _DAGGER_TO_ALEF, ALEF, "arabic/dagger-alef", ar)
        if o.dagger_alef != "keep":
            ar = self._tr(doc, _DAGGER_STRIP, "arabic/dagger-alef", ar)
        if o.tatweel == "remove" and "\u0640" in doc.text:
            ar = self._sub(doc, _TATWEEL, "", "arabic/tatweel", ar)
        elif o.tatweel == "remove-all":
            ar = self._tr(doc, _TATWEEL_ALL, "arabic/tatweel", ar)
        if o.placeholders == "arabert":
            self._placeholders(doc)
        if o.html_markup == "space" and "<" in doc.text:
            doc.sub(_HTML_BREAK, " ", "arabic/html-markup")
            doc.sub(_HTML_TAG, " ", "arabic/html-markup")
        if o.lookalikes == "arabic":
            ar = self._tr(doc, _LOOKALIKES, "arabic/lookalike", ar)
        if o.keheh == "kaf":
            ar = self._tr(doc, _KEHEH, "arabic/keheh", ar)
        if o.farsi_yeh != "keep" and FARSI_YEH in doc.text:
            if o.farsi_yeh == "position":
                ar = self._sub(doc, _FARSI_YEH_JOINED, YEH, "arabic/farsi-yeh", ar)
            ar = self._tr(doc, _FARSI_YEH[o.farsi_yeh], "arabic/farsi-yeh", ar)
        if o.hamza != "keep":
            ar = self._tr(doc, _HAMZA[o.hamza], "arabic/hamza", ar)
        if o.alef == "bare":
            ar = self._tr(doc, _ALEF, "arabic/alef", ar)
            if _has_any(doc.text, "\u0653\u0654\u0655"):
                ar = self._sub(doc, _ALEF_HAMZA_MARKS, "", "arabic/alef", ar)
        if o.alef_maqsura == "yeh":
            ar = self._tr(doc, _ALEF_MAKSURA, "arabic/alef-maqsura", ar)
        if o.teh_marbuta != "keep":
            ar = self._tr(doc, _TEH_MARBUTA[o.teh_marbuta], "arabic/teh-marbuta", ar)
        if o.digits != "keep":
            ar = self._digits(doc, ar)
        if o.punctuation == "latin":
            ar = self._tr(doc, _PUNCT_TO_LATIN, "arabic/punctuation", ar)
        elif o.punctuation == "arabic":
            ranges = allowed_ranges(doc, AR_AND_NEUTRAL, self._protect)
            sub_in(doc, _LATIN_PUNCT_AFTER_ARABIC, lambda m: _LATIN_TO_ARABIC_PUNCTUATION[m.group()],
                   "arabic/punctuation", ranges)
            ar = allowed_ranges(doc, ANY_LABEL, self._protect)
        if o.elongation == "reduce":
            keep = o.elongation_keep
            ar = self._sub(doc, self._elongation, lambda m: m.group(1) * keep, "arabic/elongation", ar)
        if o.spacing == "arabert":
            doc.sub(_SPACED_RUN, lambda m: " " + " ".join(m.group()) + " ", "arabic/spacing")
            doc.sub(_DIGITS_THEN_LETTERS, r" \1 \2 ", "arabic/spacing")
            doc.sub(_LETTERS_THEN_DIGITS, r" \1 \2 ", "arabic/spacing")
            doc.translate(_SLASH, "arabic/slash")
        if self._rejected is not None:
            doc.sub(self._rejected, lambda m: " " * len(m.group()), "arabic/charset")
        if o.spacing == "arabert":
            doc.translate(_VS16, "arabic/spacing")
            doc.sub(_EDGE_SPACE, "", "arabic/spacing")
            doc.sub(_SPACE_RUN, " ", "arabic/spacing")
        if was_nfc:
            nfc_edit(doc, "arabic/nfc")
        return doc

    def _fast(self, doc: Doc) -> None:
        """The same edits as the general path, with the character maps fused into two passes.

        Used for untracked documents (``pipe(text)``: no edit log) that routing leaves whole;
        the per-rule counts in ``doc.changes`` are the same as the general path's.
        """
        o = self.options
        first, second = self._fused
        _apply_fused(doc, first)
        if o.dagger_alef == "alef" and DAGGER_ALEF in doc.text:
            doc.sub(_DAGGER_TO_ALEF, ALEF, "arabic/dagger-alef")
            doc.translate(_DAGGER_STRIP, "arabic/dagger-alef")
        if o.tatweel == "remove" and "\u0640" in doc.text:
            doc.sub(_TATWEEL, "", "arabic/tatweel")
        if o.farsi_yeh == "position" and FARSI_YEH in doc.text:
            doc.sub(_FARSI_YEH_JOINED, YEH, "arabic/farsi-yeh")
        if o.digits == "ascii" and o.number_separators:
            text = doc.text
            if _has_any(text, "\u061c\u200e\u200f"):
                doc.sub(_NUMBER_MARK, "", "arabic/number-mark")
            if ARABIC_DECIMAL_SEPARATOR in text:
                doc.sub(_DECIMAL, ".", "arabic/number-separator")
            if ARABIC_THOUSANDS_SEPARATOR in text:
                doc.sub(_GROUP, ",", "arabic/number-separator")
        _apply_fused(doc, second)
        if o.alef == "bare" and _has_any(doc.text, "\u0653\u0654\u0655"):
            doc.sub(_ALEF_HAMZA_MARKS, "", "arabic/alef")
        if o.elongation == "reduce":
            keep = o.elongation_keep
            doc.sub(self._elongation, lambda m: m.group(1) * keep, "arabic/elongation")

    def _placeholders(self, doc: Doc) -> None:
        """URLs, e-mails and mentions → AraBERT's tokens (e-mails first: AraBERT's bug fixed)."""
        text = doc.text
        if "@" in text:
            for pattern in _EMAILS:
                doc.sub(pattern, AB.EMAIL_PLACEHOLDER, "arabic/email-placeholder")
        for pattern in _URLS:
            doc.sub(pattern, AB.URL_PLACEHOLDER, "arabic/url-placeholder")
        if "@" in doc.text:
            doc.sub(_MENTION, AB.MENTION_PLACEHOLDER, "arabic/mention-placeholder")

    # helpers: apply, then refresh the allowed ranges if the text changed --------------------
    def _tr(self, doc: Doc, charmap: CharMap, rule: str, ranges):
        if translate_in(doc, charmap, rule, ranges) and ranges is not None:
            return allowed_ranges(doc, ANY_LABEL, self._protect)
        return ranges

    def _sub(self, doc: Doc, pattern, repl, rule: str, ranges):
        if sub_in(doc, pattern, repl, rule, ranges) and ranges is not None:
            return allowed_ranges(doc, ANY_LABEL, self._protect)
        return ranges

    def _digits(self, doc: Doc, ar):
        o = self.options
        if o.digits == "arabic-indic-to-ascii":
            return self._tr(doc, _ARABIC_INDIC_TO_ASCII, "arabic/digits", ar)
        if o.digits == "ascii":
            if o.number_separators:
                text = doc.text
                if _has_any(text, "\u061c\u200e\u200f"):
                    ar = self._sub(doc, _NUMBER_MARK, "", "arabic/number-mark", ar)
                if ARABIC_DECIMAL_SEPARATOR in text:
                    ar = self._sub(doc, _DECIMAL, ".", "arabic/number-separator", ar)
                if ARABIC_THOUSANDS_SEPARATOR in text:
                    ar = self._sub(doc, _GROUP, ",", "arabic/number-separator", ar)
            return self._tr(doc, _DIGITS["ascii"], "arabic/digits", ar)
        ar = self._tr(doc, _DIGITS[o.digits], "arabic/digits", ar)
        table = _ASCII_TO[o.digits]
        sub_in(doc, _ASCII_NUMBER, lambda m: m.group().translate(table), "arabic/digits",
               allowed_ranges(doc, AR_AND_NEUTRAL, self._protect))
        return allowed_ranges(doc, ANY_LABEL, self._protect)


def _has_any(text: str, chars: str) -> bool:
    """Whether any of ``chars`` occurs in ``text`` (substring searches in C)."""
    return any(c in text for c in chars)


Fused = tuple[CharMap, dict[str, dict[str, int]]]


def _fuse(chain: list[tuple[CharMap, str]]) -> Fused | None:
    """Compose character maps applied in order into one, with the rule counts of each key."""
    if not chain:
        return None
    keys = set().union(*(cmap.table for cmap, _ in chain))
    table: dict[int, str] = {}
    hits: dict[str, dict[str, int]] = {}
    for cp in keys:
        s = chr(cp)
        rules: dict[str, int] = {}
        for cmap, rule in chain:
            changed = sum(1 for ch in s if ord(ch) in cmap.table)
            if changed:
                rules[rule] = rules.get(rule, 0) + changed
                s = s.translate(cmap.table)
        if rules:
            table[cp] = s
            hits[chr(cp)] = rules
    return CharMap(table), hits


def _apply_fused(doc: Doc, fused: Fused | None) -> None:
    """One translate for a fused map; ``doc.changes`` gets each original rule's count."""
    if fused is None:
        return
    cmap, hits = fused
    runs = cmap.pattern.findall(doc.text)
    if not runs:
        return
    found = Counter("".join(runs))
    counts: Counter[str] = Counter()
    for ch, n in found.items():
        for rule, k in hits[ch].items():
            counts[rule] += n * k
    total = doc.translate(cmap, "arabic/fused")
    doc.changes["arabic/fused"] -= total
    del doc.changes["arabic/fused"]
    doc.changes.update(counts)
