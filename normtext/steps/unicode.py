"""The ``unicode`` step: NFC, targeted presentation-form folding, invisible characters, line ends.

Order inside the step (each operation has its own rule id):

1. ``unicode/line-separator``: U+2028, U+2029 and NEL U+0085 → ``\\n``
   (``line_separators="newline"``, the default; ``"keep"`` leaves them).
2. ``unicode/presentation-form``: Arabic Presentation Forms-A/B letters and ligatures → base
   letters (``presentation_forms="fold"``). Targeted, not blanket NFKC: lam-alef keeps its
   hamza/madda (ﻷ → لأ), FB50 → ٱ, Forms-A letters → their Persian/Urdu letters (ﯼ → ی);
   isolated harakat forms (ﹰ ﹶ …) become the bare mark when they follow a letter (NFKC would put
   the mark on an inserted space) and are kept when they stand alone; medial forms (ﹱ …) become
   tatweel + mark. Ornate parentheses ﴾﴿, the tail fragment and Arabic symbols have no
   decomposition and are kept.
3. ``unicode/word-ligature``: the word ligatures FDF0–FDFB (ﷲ ﷺ ﷻ …) are kept by default
   (``word_ligatures="keep"``); ``"expand"`` writes their words (ﷺ → صلى الله عليه وسلم).
   The rial sign ﷼ is a currency sign and is never expanded.
4. Invisible characters, one policy per class (``keep`` | ``delete`` | ``space``):

   - ``unicode/zwsp``: ZERO WIDTH SPACE U+200B (default ``delete``).
   - ``unicode/bom``: U+FEFF inside the text (default ``delete``).
   - ``unicode/soft-hyphen``: SOFT HYPHEN U+00AD (default ``delete``).
   - ``unicode/word-joiner``: WORD JOINER U+2060 (default ``delete``).
   - ``unicode/bidi``: the 12 Bidi_Control characters (ALM, LRM, RLM, embeddings, overrides,
     isolates; default ``delete``: display hints, and the ALM/LRM that CLDR puts in numbers).
   - ``unicode/zwnj``: ZWNJ U+200C (default ``keep``: Persian spelling needs it).
   - ``unicode/zwj``: ZWJ U+200D outside emoji sequences (default ``keep``).
   - ``unicode/zwj-emoji``: ZWJ inside an emoji sequence such as 👨‍👩‍👧 (default ``keep``).
   - ``unicode/variation-selector``: VS1–VS16 (default ``keep``).
5. ``unicode/nfc``: canonical composition and mark order (``nfc=True``), last, so that a
   deletion above cannot leave a decomposed sequence behind. Uses a pinned UCD
   (``unicodedata2``), not the interpreter's.

Compatibility options (off by default; the ``camel`` preset uses them):

- ``unicode/symbol-word``: ``symbol_words="arabic"`` writes ﷼ as ``ريال`` (Arabic yeh) and
  ﷽ as ``بسم الله الرحمن الرحيم``, as CAMeL Tools does before NFKC.
- ``unicode/html-entity``: ``html_entities="decode"`` decodes HTML character references
  (``&amp;`` ``&#1604;``) exactly as ``html.unescape`` (the ``arabert`` preset; the ``encoding``
  step repairs numeric references in the other presets).
- ``unicode/nfkc``: ``nfkc=True`` applies blanket NFKC instead of NFC (CAMeL Tools'
  ``normalize_unicode``, sentencepiece). It expands honorific ligatures and puts isolated
  harakat forms on a space, which is why the presets use the targeted folds above.

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_config({"steps": {"unicode": {}}})
>>> pipe("a\\u200bb\\u00adc\\ufeff")
'abc'
>>> pipe("\\ufef7\\ufe8e\\ufedf\\ufe8e\\ufeed")   # ﻷ + presentation forms of "ا ل ا و"
'لأالاو'
>>> pipe("\\ufdfa")   # ﷺ kept
'ﷺ'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Literal

import regex

from ..chargate import CharGate, class_body
from ..chars import (
    BIDI_CONTROLS,
    BYTE_ORDER_MARK,
    LINE_SEPARATOR,
    NEXT_LINE,
    PARAGRAPH_SEPARATOR,
    SOFT_HYPHEN,
    VARIATION_SELECTORS,
    WORD_JOINER,
    ZERO_WIDTH_JOINER,
    ZERO_WIDTH_NON_JOINER,
    ZERO_WIDTH_SPACE,
)
from ..doc import CharMap, Doc
from ..step import STAGE_UNICODE, Step, register
from ..tables.ucd import (
    HARAKAT_ISOLATED_FORMS,
    HARAKAT_MEDIAL_FORMS,
    PRESENTATION_FORMS,
    WORD_LIGATURES,
)
from ._nfc import NFC_MAY_CHANGE, nfc, nfc_edit, nfkc, nfkc_edit

Policy = Literal["keep", "delete", "space"]

#: invisible class (option name) -> (characters, rule id); ZWJ is split by emoji context below.
INVISIBLE_CLASSES: dict[str, tuple[frozenset[str], str]] = {
    "zwsp": (frozenset({ZERO_WIDTH_SPACE}), "unicode/zwsp"),
    "bom": (frozenset({BYTE_ORDER_MARK}), "unicode/bom"),
    "soft_hyphen": (frozenset({SOFT_HYPHEN}), "unicode/soft-hyphen"),
    "word_joiner": (frozenset({WORD_JOINER}), "unicode/word-joiner"),
    "bidi": (BIDI_CONTROLS, "unicode/bidi"),
    "zwnj": (frozenset({ZERO_WIDTH_NON_JOINER}), "unicode/zwnj"),
    "zwj": (frozenset({ZERO_WIDTH_JOINER}), "unicode/zwj"),
    "variation_selectors": (VARIATION_SELECTORS, "unicode/variation-selector"),
}

#: Line and paragraph separators that mean a line break.
LINE_SEPARATORS = frozenset({LINE_SEPARATOR, PARAGRAPH_SEPARATOR, NEXT_LINE})

#: A ZWJ between two pictographs (after an optional VS16 / skin-tone modifier): part of an
#: emoji ZWJ sequence such as 👨‍👩‍👧 or 👍🏽‍♂.
EMOJI_ZWJ = regex.compile(
    r"(?<=\p{Extended_Pictographic}[\ufe0f\U0001f3fb-\U0001f3ff]*)\u200d(?=\p{Extended_Pictographic})"
)
_ANY_ZWJ = regex.compile("\u200d")

_LINE_SEPARATORS = CharMap({c: "\n" for c in LINE_SEPARATORS})
_FORMS = CharMap({**PRESENTATION_FORMS, **HARAKAT_MEDIAL_FORMS})
_WORD_LIGATURES = CharMap(WORD_LIGATURES)
#: An HTML character reference, as ``html.unescape`` finds them (its own pattern).
HTML_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
#: RIAL SIGN and the basmala ligature as words (CAMeL Tools' pre-NFKC map; Arabic yeh in ريال).
SYMBOL_WORDS = {0xFDFC: "\u0631\u064a\u0627\u0644", 0xFDFD: "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 "
                "\u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645"}
_SYMBOL_WORDS = CharMap(SYMBOL_WORDS)
_ISOLATED_HARAKAT_ANY = CharMap({cp: "" for cp in HARAKAT_ISOLATED_FORMS}).pattern
_ISOLATED_HARAKAT = regex.compile(
    "(?<=[\\p{L}\\p{M}])["
    + "".join(f"\\U{cp:08x}" for cp in sorted(HARAKAT_ISOLATED_FORMS)) + "]"
)


@dataclass(frozen=True)
class UnicodeOptions:
    nfc: bool = True
    presentation_forms: Literal["fold", "keep"] = "fold"
    word_ligatures: Literal["keep", "expand"] = "keep"
    line_separators: Literal["newline", "keep"] = "newline"
    zwsp: Policy = "delete"
    bom: Policy = "delete"
    soft_hyphen: Policy = "delete"
    word_joiner: Policy = "delete"
    bidi: Policy = "delete"
    zwnj: Policy = "keep"
    zwj: Policy = "keep"
    zwj_in_emoji: Policy = "keep"
    variation_selectors: Policy = "keep"
    symbol_words: Literal["keep", "arabic"] = "keep"
    html_entities: Literal["keep", "decode"] = "keep"
    nfkc: bool = False


def _repl(policy: str) -> str:
    return "" if policy == "delete" else " "


@register
class UnicodeStep(Step):
    name = "unicode"
    stage = STAGE_UNICODE
    purpose = ("NFC, Arabic presentation forms folded to letters, one policy per class of "
               "invisible characters, line separators.")
    Options = UnicodeOptions
    rules = {
        "unicode/line-separator": "U+2028 / U+2029 / NEL → newline",
        "unicode/presentation-form": "Arabic presentation-form letters, ligatures and harakat forms → base characters",
        "unicode/word-ligature": "word ligatures FDF0–FDFB (ﷲ ﷺ …) → their words (only with word_ligatures=expand)",
        **{rule: f"{cls.replace('_', ' ')}: keep | delete | space"
           for cls, (_, rule) in INVISIBLE_CLASSES.items()},
        "unicode/zwj": "ZWJ outside emoji sequences: keep | delete | space",
        "unicode/zwj-emoji": "ZWJ inside emoji sequences: keep | delete | space",
        "unicode/nfc": "canonical composition / mark order (NFC, pinned UCD)",
        "unicode/symbol-word": "﷼ → ريال and ﷽ → بسم الله الرحمن الرحيم (only with symbol_words=arabic)",
        "unicode/nfkc": "blanket NFKC (only with nfkc=true; replaces NFC)",
        "unicode/html-entity": "HTML character references decoded as html.unescape does (only with html_entities=decode)",
    }

    def setup(self) -> None:
        o = self.options
        self._maps: list[tuple[CharMap, str]] = []
        for cls, (chars, rule) in INVISIBLE_CLASSES.items():
            policy = getattr(o, cls)
            if cls == "zwj" or policy == "keep":
                continue
            self._maps.append((CharMap({c: _repl(policy) for c in chars}), rule))
        # ZWJ: one pass with the emoji context only when the two policies differ.
        self._zwj: list[tuple[regex.Pattern, str, str]] = []
        if o.zwj == o.zwj_in_emoji:
            if o.zwj != "keep":
                self._zwj.append((_ANY_ZWJ, _repl(o.zwj), "unicode/zwj"))
        else:
            def rule_of(m: regex.Match[str]) -> str:
                return "unicode/zwj-emoji" if EMOJI_ZWJ.match(m.string, m.start()) else "unicode/zwj"

            def repl_of(m: regex.Match[str]) -> str:
                inside = EMOJI_ZWJ.match(m.string, m.start()) is not None
                policy = o.zwj_in_emoji if inside else o.zwj
                return "\u200d" if policy == "keep" else _repl(policy)

            self._zwj.append((_ANY_ZWJ, repl_of, rule_of))  # type: ignore[arg-type]
        # One scan decides whether any operation before NFC has work (most text: none).
        touched: set[int] = set()
        if o.line_separators == "newline":
            touched |= _LINE_SEPARATORS.table.keys()
        if o.presentation_forms == "fold":
            touched |= _FORMS.table.keys() | HARAKAT_ISOLATED_FORMS.keys()
        if o.word_ligatures == "expand":
            touched |= _WORD_LIGATURES.table.keys()
        if o.symbol_words == "arabic":
            touched |= _SYMBOL_WORDS.table.keys()
        if self._zwj:
            touched.add(ord("\u200d"))
        for charmap, _ in self._maps:
            touched |= charmap.table.keys()
        self._touched = CharGate(touched)

    quiet_cost = 2

    def quiet(self, text: str) -> bool:
        """No character this step maps, no entity to decode, and already in NFC (or NFKC)."""
        o = self.options
        if (o.html_entities == "decode" and "&" in text) or self._touched.search(text):
            return False
        if o.nfkc:
            return nfkc(text) == text
        return not o.nfc or nfc(text) == text

    def quiet_chars(self) -> str | None:
        """What :meth:`quiet` looks for, as characters: the mapped ones, ``&``, and those NFC may
        change (a superset: combining marks, Hangul jamo, singletons, everything beyond the BMP).
        None under NFKC."""
        o = self.options
        if o.nfkc:
            return None
        chars = class_body(map(ord, self._touched.chars)) if self._touched else ""
        if o.html_entities == "decode":
            chars += "&"
        return chars + NFC_MAY_CHANGE[1:-1] if o.nfc else chars

    def __call__(self, doc: Doc) -> Doc:
        o = self.options
        if o.html_entities == "decode" and "&" in doc.text:
            doc.sub(HTML_CHARREF, lambda m: html.unescape(m.group()), "unicode/html-entity")
        if self._touched.search(doc.text):
            self._clean(doc)
        if o.nfkc:
            nfkc_edit(doc, "unicode/nfkc")
        elif o.nfc:
            nfc_edit(doc, "unicode/nfc")
        return doc

    def _clean(self, doc: Doc) -> None:
        """Every operation before NFC (the text has something for one of them)."""
        o = self.options
        if o.line_separators == "newline":
            doc.translate(_LINE_SEPARATORS, "unicode/line-separator")
        if o.presentation_forms == "fold":
            doc.translate(_FORMS, "unicode/presentation-form")
            if _ISOLATED_HARAKAT_ANY.search(doc.text) is not None:
                doc.sub(_ISOLATED_HARAKAT, lambda m: HARAKAT_ISOLATED_FORMS[ord(m.group())],
                        "unicode/presentation-form")
        if o.word_ligatures == "expand":
            doc.translate(_WORD_LIGATURES, "unicode/word-ligature")
        if o.symbol_words == "arabic":
            doc.translate(_SYMBOL_WORDS, "unicode/symbol-word")
        if "\u200d" in doc.text:
            for pattern, repl, rule in self._zwj:
                doc.sub(pattern, repl, rule)
        for charmap, rule in self._maps:
            doc.translate(charmap, rule)
