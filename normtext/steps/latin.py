"""The ``latin`` step: curly quotes, dashes, ellipsis, fullwidth forms and case, outside Arabic runs.

Every fold is an option (default ``keep``) with its own rule id:

- ``latin/quotes``: ‘ ’ ‚ ‛ → ``'`` and “ ” „ ‟ → ``"`` (``quotes="ascii"``). Guillemets « »
  are kept: Arabic and French text use them as their own quotes.
- ``latin/dashes``: hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign,
  small em dash / hyphen-minus → ``-`` (``dashes="ascii"``).
- ``latin/ellipsis``: … → ``...`` (``ellipsis="ascii"``).
- ``latin/fullwidth``: fullwidth ASCII variants U+FF01–U+FF5E → ASCII (``fullwidth="ascii"``).
- ``latin/case``: ``case``: ``keep`` | ``lower`` | ``casefold`` (full Unicode case folding,
  ``ß`` → ``ss``; for search and deduplication).

Routing: Arabic runs and URL / e-mail segments are never touched (``doc.segments`` from the
``segment`` step; without it, URLs and e-mails found by a cheap pattern are skipped). See
:mod:`normtext.steps._routing`.

>>> from normtext import Pipeline
>>> pipe = Pipeline.from_config({"steps": {"latin": {"quotes": "ascii", "dashes": "ascii",
...                                                  "case": "casefold"}}})
>>> pipe("“Straße” – see https://Example.org/A")
'"strasse" - see https://Example.org/A'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..doc import CharMap, Doc
from ..step import STAGE_LATIN, Step, register
from ._routing import ALL_BUT_AR, allowed_ranges, sub_in, translate_in

#: Curly and low-9 single / double quotation marks.
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"
#: Hyphens and dashes that mean ASCII ``-``.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"
HORIZONTAL_ELLIPSIS = "\u2026"
#: Fullwidth ASCII variants U+FF01–U+FF5E (offset 0xFEE0 from ASCII).
FULLWIDTH_ASCII = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}

_QUOTES = CharMap({**{c: "'" for c in SINGLE_QUOTES}, **{c: '"' for c in DOUBLE_QUOTES}})
_DASHES = CharMap({c: "-" for c in DASHES})
_ELLIPSIS = CharMap({HORIZONTAL_ELLIPSIS: "..."})
_FULLWIDTH = CharMap(FULLWIDTH_ASCII)
_CASE = {
    "casefold": (regex.compile(r"\p{Changes_When_Casefolded}+"), str.casefold),
    "lower": (regex.compile(r"\p{Changes_When_Lowercased}+"), str.lower),
}


@dataclass(frozen=True)
class LatinOptions:
    quotes: Literal["keep", "ascii"] = "keep"
    dashes: Literal["keep", "ascii"] = "keep"
    ellipsis: Literal["keep", "ascii"] = "keep"
    fullwidth: Literal["keep", "ascii"] = "keep"
    case: Literal["keep", "lower", "casefold"] = "keep"


@register
class LatinStep(Step):
    name = "latin"
    stage = STAGE_LATIN
    purpose = "Curly quotes, dashes, ellipsis, fullwidth forms and case folded outside Arabic runs."
    Options = LatinOptions
    rules = {
        "latin/quotes": "curly / low-9 quotes → ASCII ' and \"",
        "latin/dashes": "hyphens, dashes and the minus sign → ASCII -",
        "latin/ellipsis": "… → ...",
        "latin/fullwidth": "fullwidth ASCII variants → ASCII",
        "latin/case": "lower case or full case folding",
    }

    def setup(self) -> None:
        o = self.options
        self._maps = [(cmap, rule) for opt, cmap, rule in (
            (o.fullwidth, _FULLWIDTH, "latin/fullwidth"),
            (o.quotes, _QUOTES, "latin/quotes"),
            (o.dashes, _DASHES, "latin/dashes"),
            (o.ellipsis, _ELLIPSIS, "latin/ellipsis"),
        ) if opt == "ascii"]
        self._case = _CASE.get(o.case)

    def uses_segments(self) -> bool:
        return True  # Latin folds never touch Arabic runs

    def __call__(self, doc: Doc) -> Doc:
        ranges = allowed_ranges(doc, ALL_BUT_AR)
        for cmap, rule in self._maps:
            if translate_in(doc, cmap, rule, ranges) and ranges is not None:
                ranges = allowed_ranges(doc, ALL_BUT_AR)
        if self._case is not None:
            pattern, fold = self._case
            sub_in(doc, pattern, lambda m: fold(m.group()), "latin/case", ranges)
        return doc
