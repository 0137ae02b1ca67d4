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

from dataclasses import dataclass
from typing import Literal

import regex

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
from ._nfc import nfc_edit

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

    def __call__(self, doc: Doc) -> Doc:
        o = self.options
        if o.line_separators == "newline":
            doc.translate(_LINE_SEPARATORS, "unicode/line-separator")
        if o.presentation_forms == "fold":
            doc.translate(_FORMS, "unicode/presentation-form")
            doc.sub(_ISOLATED_HARAKAT, lambda m: HARAKAT_ISOLATED_FORMS[ord(m.group())],
                    "unicode/presentation-form")
        if o.word_ligatures == "expand":
            doc.translate(_WORD_LIGATURES, "unicode/word-ligature")
        if "\u200d" in doc.text:
            for pattern, repl, rule in self._zwj:
                doc.sub(pattern, repl, rule)
        for charmap, rule in self._maps:
            doc.translate(charmap, rule)
        if o.nfc:
            nfc_edit(doc, "unicode/nfc")
        return doc
