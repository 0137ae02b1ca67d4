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
character skips the step (one precompiled search). Untracked documents (``pipe(text)``) run the
passes on a :class:`~normtext.steps._routing.Draft` with the character maps fused into two
passes (same output, segments, spans and counts as the Doc primitives; ``tests/test_arabic_draft.py``).

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_config({"steps": {"arabic": {"diacritics": "strip", "alef": "bare"}}})
>>> pipe("إِنَّ الكتـــاب")
'ان الكتاب'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

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
from ._routing import (
    ANY_LABEL,
    AR_AND_NEUTRAL,
    DRAFT_MIN_LENGTH,
    Ambiguous,
    Draft,
    allowed_ranges,
    sub_in,
    translate_in,
)

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
        self._dagger_strip = _fuse([(_DAGGER_STRIP, "arabic/dagger-alef")])
        #: a Draft pays off where character maps or elongation run on the whole text (not for
        #: tatweel removal alone, the ``default`` preset)
        self._draft_pays = self._fused != [None, None] or o.elongation == "reduce"
        # what ``quiet`` reads on every document (the options' hash is not cheap)
        self._tatweel_only = _only_tatweel(o)
        self._keep_tatweel = o.tatweel == "keep"

    quiet_cost = 2
    #: untracked documents are edited as a :class:`Draft` (``False``: Doc primitives only; the
    #: tests compare both)
    use_drafts = True

    def quiet(self, text: str) -> bool:
        """No Arabic letter for folds that need one, or only tatweel removal configured and no
        tatweel in ``text``; any other configured operation means "cannot tell"."""
        if self._needs_arabic and HAS_ARABIC.search(text) is None:
            return True
        return self._tatweel_only and (self._keep_tatweel or "\u0640" not in text)

    def quiet_chars(self) -> str | None:
        """What :meth:`quiet` looks for: tatweel when only tatweel removal is on, any Arabic
        character for folds that need one; otherwise None."""
        if self._tatweel_only:
            return "" if self._keep_tatweel else "\u0640"
        return HAS_ARABIC.pattern[1:-1] if self._needs_arabic else None

    def uses_segments(self) -> bool:
        # Arabic punctuation is mapped only in Arabic and neutral runs; every other fold needs
        # only URL protection, which has a fallback without segments (``_routing``).
        return self.options.punctuation == "arabic"

    def __call__(self, doc: Doc) -> Doc:
        if self.quiet(doc.text):  # nothing to do (no Arabic; or tatweel removal alone, no tatweel)
            return doc
        was_nfc = self._deletes and nfc(doc.text) == doc.text
        ar = allowed_ranges(doc, ANY_LABEL, self._protect)
        done = False
        if not doc.track and self._fusable and self.use_drafts:
            # ``pipe(text)``: edit a plain string, write it into the Doc once (:class:`Draft`)
            if ar is None and (len(doc.text) < DRAFT_MIN_LENGTH or not self._draft_pays):
                self._fast_doc(doc)  # its few Doc edits cost less than a Draft
                done = True
            elif ar is None or doc.segments is not None:
                done = self._fast(doc, ar)
            else:  # URLs found by the fallback pattern: looked for again after each pass
                done = self._routed_draft(doc, ar)
        if not done:
            if ar is None and not doc.track and self._fusable:
                self._fast_doc(doc)
            else:
                self._general(doc, _DocEditor(doc, self._protect, ar))
        if was_nfc:
            nfc_edit(doc, "arabic/nfc")
        return doc

    def _routed_draft(self, doc: Doc, ar: list[tuple[int, int]]) -> bool:
        """:meth:`_general` on a :class:`Draft` (same text, segments, spans and counts);
        ``False`` (``doc`` untouched) where an edge is :class:`Ambiguous`."""
        editor = _DraftEditor(doc, self._protect, ar)
        try:
            self._general(doc, editor)
        except Ambiguous:
            return False
        editor.draft.commit(doc, "arabic/fused")
        changes = doc.changes
        for rule, n in editor.counts.items():
            changes[rule] += n
        return True

    def _general(self, doc: Doc, ed: _DocEditor | _DraftEditor) -> None:
        """Every option, one pass each, each routed by the allowed ranges of ``ed``.

        A :class:`_DraftEditor` is only given the options of :attr:`_fusable` (the passes that
        are not routed edit ``doc`` directly).
        """
        o = self.options
        if o.arclean:
            ed.sub(_ARCLEAN_UNLISTED, "", "arabic/arclean-delete")
            ed.tr(_ARCLEAN, "arabic/arclean")
        if o.quranic_marks == "strip":
            ed.tr(_QURANIC, "arabic/quranic-marks")
        if o.diacritics != "keep":
            ed.tr(_DIACRITICS[o.diacritics], "arabic/diacritics")
        if o.dagger_alef == "alef" and DAGGER_ALEF in ed.text:
            ed.sub(_DAGGER_TO_ALEF, ALEF, "arabic/dagger-alef")
        if o.dagger_alef != "keep":
            ed.tr(_DAGGER_STRIP, "arabic/dagger-alef")
        if o.tatweel == "remove" and "\u0640" in ed.text:
            ed.sub(_TATWEEL, "", "arabic/tatweel")
        elif o.tatweel == "remove-all":
            ed.tr(_TATWEEL_ALL, "arabic/tatweel")
        if o.placeholders == "arabert":
            self._placeholders(doc)
        if o.html_markup == "space" and "<" in doc.text:
            doc.sub(_HTML_BREAK, " ", "arabic/html-markup")
            doc.sub(_HTML_TAG, " ", "arabic/html-markup")
        if o.lookalikes == "arabic":
            ed.tr(_LOOKALIKES, "arabic/lookalike")
        if o.keheh == "kaf":
            ed.tr(_KEHEH, "arabic/keheh")
        if o.farsi_yeh != "keep" and FARSI_YEH in ed.text:
            if o.farsi_yeh == "position":
                ed.sub(_FARSI_YEH_JOINED, YEH, "arabic/farsi-yeh")
            ed.tr(_FARSI_YEH[o.farsi_yeh], "arabic/farsi-yeh")
        if o.hamza != "keep":
            ed.tr(_HAMZA[o.hamza], "arabic/hamza")
        if o.alef == "bare":
            ed.tr(_ALEF, "arabic/alef")
            if _has_any(ed.text, "\u0653\u0654\u0655"):
                ed.sub(_ALEF_HAMZA_MARKS, "", "arabic/alef")
        if o.alef_maqsura == "yeh":
            ed.tr(_ALEF_MAKSURA, "arabic/alef-maqsura")
        if o.teh_marbuta != "keep":
            ed.tr(_TEH_MARBUTA[o.teh_marbuta], "arabic/teh-marbuta")
        if o.digits != "keep":
            self._digits(ed)
        if o.punctuation == "latin":
            ed.tr(_PUNCT_TO_LATIN, "arabic/punctuation")
        elif o.punctuation == "arabic":
            ed.sub(_LATIN_PUNCT_AFTER_ARABIC, lambda m: _LATIN_TO_ARABIC_PUNCTUATION[m.group()],
                   "arabic/punctuation", AR_AND_NEUTRAL)
        if o.elongation == "reduce":
            keep = o.elongation_keep
            ed.sub(self._elongation, lambda m: m.group(1) * keep, "arabic/elongation")
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

    def _fast(self, doc: Doc, ar: list[tuple[int, int]] | None) -> bool:
        """:meth:`_fast_doc` on a plain string (:class:`Draft`), written into ``doc`` once.

        Same text, segments, spans and per-rule counts as :meth:`_fast_doc` (and as
        :meth:`_general`), without a Doc edit per run of changed characters. Also used for
        segmented documents with URL segments: the passes then edit the other segments only,
        which the edits never make or unmake, so grouping the character maps as
        :meth:`_fast_doc` does changes nothing. Returns ``False`` (``doc`` untouched) where a
        segment or span edge would fall inside a length-changing replacement (:class:`Ambiguous`).
        """
        run = _FastRun(doc, self._protect, ar)
        try:
            self._fast_passes(run)
        except Ambiguous:
            return False
        run.draft.commit(doc, "arabic/fused")
        changes = doc.changes
        for rule, n in run.counts.items():
            changes[rule] += n
        return True

    def _fast_doc(self, doc: Doc) -> None:
        """The same edits as the general path, with the character maps fused into two passes.

        Used for untracked documents (``pipe(text)``: no edit log) that routing leaves whole;
        the per-rule counts in ``doc.changes`` are the same as the general path's.
        """
        self._fast_passes(_DocRun(doc))

    def _fast_passes(self, run: _FastRun | _DocRun) -> None:
        """The fused passes, in order, on a :class:`Draft` (:class:`_FastRun`) or on the Doc."""
        o = self.options
        first, second = self._fused
        run.fused(first)
        if o.dagger_alef == "alef" and DAGGER_ALEF in run.text:
            run.sub(_DAGGER_TO_ALEF, ALEF, "arabic/dagger-alef")
            run.fused(self._dagger_strip)
        if o.tatweel == "remove" and "\u0640" in run.text:
            run.sub(_TATWEEL, "", "arabic/tatweel")
        if o.farsi_yeh == "position" and FARSI_YEH in run.text:
            run.sub(_FARSI_YEH_JOINED, YEH, "arabic/farsi-yeh")
        if o.digits == "ascii" and o.number_separators:
            text = run.text
            if _has_any(text, "\u061c\u200e\u200f"):
                run.sub(_NUMBER_MARK, "", "arabic/number-mark")
            if ARABIC_DECIMAL_SEPARATOR in text:
                run.sub(_DECIMAL, ".", "arabic/number-separator")
            if ARABIC_THOUSANDS_SEPARATOR in text:
                run.sub(_GROUP, ",", "arabic/number-separator")
        run.fused(second)
        if o.alef == "bare" and _has_any(run.text, "\u0653\u0654\u0655"):
            run.sub(_ALEF_HAMZA_MARKS, "", "arabic/alef")
        if o.elongation == "reduce":
            keep = o.elongation_keep
            run.sub(self._elongation, lambda m: m.group(1) * keep, "arabic/elongation")

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

    def _digits(self, ed: _DocEditor | _DraftEditor) -> None:
        o = self.options
        if o.digits == "arabic-indic-to-ascii":
            ed.tr(_ARABIC_INDIC_TO_ASCII, "arabic/digits")
            return
        if o.digits == "ascii":
            if o.number_separators:
                text = ed.text
                if _has_any(text, "\u061c\u200e\u200f"):
                    ed.sub(_NUMBER_MARK, "", "arabic/number-mark")
                if ARABIC_DECIMAL_SEPARATOR in text:
                    ed.sub(_DECIMAL, ".", "arabic/number-separator")
                if ARABIC_THOUSANDS_SEPARATOR in text:
                    ed.sub(_GROUP, ",", "arabic/number-separator")
            ed.tr(_DIGITS["ascii"], "arabic/digits")
            return
        ed.tr(_DIGITS[o.digits], "arabic/digits")
        table = _ASCII_TO[o.digits]
        ed.sub(_ASCII_NUMBER, lambda m: m.group().translate(table), "arabic/digits", AR_AND_NEUTRAL)


class _DocEditor:
    """The passes of :meth:`ArabicStep._general` as Doc primitives, routed by
    :func:`allowed_ranges` (refreshed after a pass that changed something)."""

    __slots__ = ("doc", "protect", "ar")

    def __init__(self, doc: Doc, protect: bool, ar):
        self.doc = doc
        self.protect = protect
        self.ar = ar

    @property
    def text(self) -> str:
        return self.doc.text

    def tr(self, charmap: CharMap, rule: str) -> None:
        if translate_in(self.doc, charmap, rule, self.ar) and self.ar is not None:
            self.ar = allowed_ranges(self.doc, ANY_LABEL, self.protect)

    def sub(self, pattern, repl, rule: str, labels=None) -> None:
        doc = self.doc
        if labels is not None:  # a narrower routing for this pass only
            sub_in(doc, pattern, repl, rule, allowed_ranges(doc, labels, self.protect))
            self.ar = allowed_ranges(doc, ANY_LABEL, self.protect)
        elif sub_in(doc, pattern, repl, rule, self.ar) and self.ar is not None:
            self.ar = allowed_ranges(doc, ANY_LABEL, self.protect)


class _DraftEditor:
    """:class:`_DocEditor` on a :class:`Draft`: the same edits and counts, written at the end."""

    __slots__ = ("draft", "counts", "ar")

    def __init__(self, doc: Doc, protect: bool, ar: list[tuple[int, int]] | None):
        self.draft = Draft(doc, protect)
        self.counts: dict[str, int] = {}
        self.ar = ar  # allowed_ranges(doc, ANY_LABEL, protect)

    @property
    def text(self) -> str:
        return self.draft.text

    def _count(self, rule: str, n: int) -> None:
        if n:
            self.counts[rule] = self.counts.get(rule, 0) + n
            if self.ar is not None:
                self.ar = self.draft.allowed(ANY_LABEL)

    def tr(self, charmap: CharMap, rule: str) -> None:
        self._count(rule, self.draft.translate_in(charmap, self.ar))

    def sub(self, pattern, repl, rule: str, labels=None) -> None:
        if labels is not None:
            n = self.draft.sub_in(pattern, repl, self.draft.allowed(labels))
            if n:
                self.counts[rule] = self.counts.get(rule, 0) + n
            self.ar = self.draft.allowed(ANY_LABEL)
        else:
            self._count(rule, self.draft.sub_in(pattern, repl, self.ar))


def _has_any(text: str, chars: str) -> bool:
    """Whether any of the three ``chars`` occurs in ``text`` (substring searches in C).

    >>> _has_any("a\u200fb", "\u061c\u200e\u200f"), _has_any("ab", "\u061c\u200e\u200f")
    (True, False)
    """
    a, b, c = chars
    return a in text or b in text or c in text


#: Characters of ordinary Arabic text: a fused map looks for these with ``in`` (a C substring
#: search, ~20x cheaper than a character-class scan) and for its other keys with one class.
COMMON_KEYS = frozenset(
    TASHKEEL | {DAGGER_ALEF} | ALEF_VARIANTS | {ALEF_MAKSURA, TEH_MARBUTA, FARSI_YEH, KEHEH}
    | set(ARABIC_INDIC_DIGITS) | set(EXTENDED_ARABIC_INDIC_DIGITS))


#: Below this length a fused map looks for its keys with its one class pattern.
SHORT_TEXT = 256


class Fused(NamedTuple):
    """Character maps composed into one (:func:`_fuse`)."""

    cmap: CharMap
    #: key -> {rule: characters it changes}
    hits: dict[str, dict[str, int]]
    #: ``str.replace`` of each key in turn equals the translate (no value holds a key)
    replace_ok: bool
    #: the keys of :data:`COMMON_KEYS`, and a class of the others (``None``: there are none)
    common: tuple[str, ...]
    rare_bmp: re.Pattern | None
    rare_astral: re.Pattern | None

    def found(self, text: str) -> dict[str, int]:
        """Each key present in ``text`` and its count (``Counter`` of the matched runs)."""
        if len(text) < SHORT_TEXT:  # one class search is cheaper than many ``in`` tests
            runs = self.cmap.pattern.findall(text)
            return Counter("".join(runs)) if runs else {}
        if ((self.rare_bmp is not None and self.rare_bmp.search(text))
                or (self.rare_astral is not None and _has_astral(text)
                    and self.rare_astral.search(text))):
            return Counter("".join(self.cmap.pattern.findall(text)))
        return {ch: text.count(ch) for ch in self.common if ch in text}

    def runs_of(self, found: Collection[str]) -> re.Pattern:
        """Runs of the keys ``found`` only (a small class scans faster than all the keys)."""
        return _runs_of(frozenset(found))


@lru_cache(maxsize=256)
def _runs_of(chars: frozenset[str]) -> re.Pattern:
    return CharMap(dict.fromkeys(chars, "")).pattern


def _has_astral(text: str) -> bool:
    """Whether ``text`` holds a character outside the BMP (one C-level encode; lone surrogates
    count as BMP).

    >>> _has_astral("abc" + chr(0xD800)), _has_astral("a" + chr(0x1F600))
    (False, True)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def _key_class(keys: list[int]) -> re.Pattern | None:
    """One stdlib class (no ``+``: the charset scan) of ``keys``, or ``None``."""
    return re.compile("[" + CharMap(dict.fromkeys(keys, "")).pattern.pattern[1:-2] + "]") if keys else None


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
    replace_ok = not any(ord(ch) in table for value in table.values() for ch in value)
    common = tuple(sorted(chr(cp) for cp in table if chr(cp) in COMMON_KEYS))
    rare = sorted(cp for cp in table if chr(cp) not in COMMON_KEYS)
    return Fused(CharMap(table), hits, replace_ok, common,
                 _key_class([cp for cp in rare if cp <= 0xFFFF]),
                 _key_class([cp for cp in rare if cp > 0xFFFF]))


def _apply_fused(doc: Doc, fused: Fused | None) -> None:
    """One translate for a fused map; ``doc.changes`` gets each original rule's count."""
    if fused is None:
        return
    cmap, hits = fused.cmap, fused.hits
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


class _DocRun:
    """The passes of :meth:`ArabicStep._fast_passes` straight on the Doc (few edits: cheaper
    than a :class:`Draft` for short documents)."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc):
        self.doc = doc

    @property
    def text(self) -> str:
        return self.doc.text

    def sub(self, pattern, repl, rule: str) -> None:
        self.doc.sub(pattern, repl, rule)

    def fused(self, fused: Fused | None) -> None:
        _apply_fused(self.doc, fused)


class _FastRun(_DraftEditor):
    """The passes of :meth:`ArabicStep._fast` on a :class:`Draft` (a :class:`_DraftEditor` that
    also applies fused maps), routed by its allowed ranges (``None``: the whole text)."""

    __slots__ = ()

    def fused(self, fused: Fused | None) -> None:
        """:func:`_apply_fused`: one pass of a fused map, each original rule counted."""
        if fused is None:
            return
        draft = self.draft
        cmap, hits = fused.cmap, fused.hits
        text = draft.text
        if self.ar is None:
            found = fused.found(text)
        else:
            found = Counter()
            for start, end in self.ar:
                found.update(fused.found(text[start:end]))
        if not found:
            return
        counts = self.counts
        for ch, n in found.items():
            for rule, k in hits[ch].items():
                counts[rule] = counts.get(rule, 0) + n * k
        table = cmap.table
        deletes = cmap.single == ""
        if self.ar is None and (not deletes or not draft.bounds) and (deletes or cmap.same_length):
            if deletes or fused.replace_ok:
                for ch in found:  # a few C-level replaces of the characters present
                    text = text.replace(ch, table[ord(ch)])
            else:
                text = text.translate(table)
            draft.text = text
        else:
            runs = fused.runs_of(found).finditer
            spans = (self.ar or ((0, len(text)),))
            if deletes:
                draft.edit([(*m.span(), "") for start, end in spans for m in runs(text, start, end)])
            else:
                draft.edit([(m.start(), m.end(), m.group().translate(table))
                            for start, end in spans for m in runs(text, start, end)])
        if not cmap.same_length and self.ar is not None:
            self.ar = self.draft.allowed(ANY_LABEL)
