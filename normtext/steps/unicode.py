"""The ``unicode`` step: one explicit policy for each class of invisible characters.

Each class takes ``keep`` | ``delete`` | ``space``; each has its own rule id:

- ``unicode/zwsp``: ZERO WIDTH SPACE U+200B (default ``delete``).
- ``unicode/bom``: U+FEFF inside the text (default ``delete``).
- ``unicode/soft-hyphen``: SOFT HYPHEN U+00AD (default ``delete``).
- ``unicode/word-joiner``: WORD JOINER U+2060 (default ``delete``).
- ``unicode/bidi``: the 12 Bidi_Control characters (default ``keep``).
- ``unicode/zwnj``: ZWNJ U+200C (default ``keep``: Persian spelling needs it).
- ``unicode/zwj``: ZWJ U+200D (default ``keep``: emoji sequences need it).
- ``unicode/variation-selector``: VS1–VS16 (default ``keep``).

>>> from normtext import Pipeline
>>> Pipeline.from_config({"steps": {"unicode": {}}})("a\\u200bb\\u00adc\\ufeff")
'abc'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..chars import (
    BIDI_CONTROLS, BYTE_ORDER_MARK, SOFT_HYPHEN, VARIATION_SELECTORS, WORD_JOINER,
    ZERO_WIDTH_JOINER, ZERO_WIDTH_NON_JOINER, ZERO_WIDTH_SPACE,
)
from ..doc import CharMap, Doc
from ..step import STAGE_UNICODE, Step, register

Policy = Literal["keep", "delete", "space"]

#: invisible class -> (characters, rule id)
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


@dataclass(frozen=True)
class UnicodeOptions:
    zwsp: Policy = "delete"
    bom: Policy = "delete"
    soft_hyphen: Policy = "delete"
    word_joiner: Policy = "delete"
    bidi: Policy = "keep"
    zwnj: Policy = "keep"
    zwj: Policy = "keep"
    variation_selectors: Policy = "keep"


@register
class UnicodeStep(Step):
    name = "unicode"
    stage = STAGE_UNICODE
    purpose = "Invisible characters handled by one explicit policy per class."
    Options = UnicodeOptions
    rules = {rule: f"{cls.replace('_', ' ')}: keep | delete | space"
             for cls, (_, rule) in INVISIBLE_CLASSES.items()}

    def setup(self) -> None:
        self._maps: list[tuple[CharMap, str]] = []
        for cls, (chars, rule) in INVISIBLE_CLASSES.items():
            policy = getattr(self.options, cls)
            if policy != "keep":
                repl = "" if policy == "delete" else " "
                self._maps.append((CharMap({c: repl for c in chars}), rule))

    def __call__(self, doc: Doc) -> Doc:
        for charmap, rule in self._maps:
            doc.translate(charmap, rule)
        return doc
