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

import re
from dataclasses import dataclass
from operator import ne
from typing import Literal

import regex

from ..doc import CharMap, Doc
from ..step import STAGE_LATIN, Step, register
from ._routing import (
    ALL_BUT_AR,
    DRAFT_MIN_LENGTH,
    Ambiguous,
    Draft,
    allowed_ranges,
    sub_in,
    translate_in,
)

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

    #: untracked documents are edited as a :class:`Draft` (``False``: Doc primitives only; the
    #: tests compare both)
    use_drafts = True

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
        if not doc.track and self.use_drafts and len(doc.text) >= DRAFT_MIN_LENGTH and self._draft(doc):
            return doc
        ranges = allowed_ranges(doc, ALL_BUT_AR)
        for cmap, rule in self._maps:
            if translate_in(doc, cmap, rule, ranges) and ranges is not None:
                ranges = allowed_ranges(doc, ALL_BUT_AR)
        if self._case is not None:
            pattern, fold = self._case
            sub_in(doc, pattern, lambda m: fold(m.group()), "latin/case", ranges)
        return doc

    def _draft(self, doc: Doc) -> bool:
        """:meth:`__call__` on a :class:`Draft` (``pipe(text)``: same text, segments, spans and
        counts, one Doc edit per changed piece); ``False`` (``doc`` untouched) where an edge is
        :class:`Ambiguous`."""
        draft = Draft(doc)
        counts: dict[str, int] = {}
        try:
            ranges = draft.allowed(ALL_BUT_AR)
            for cmap, rule in self._maps:
                n = draft.translate_in(cmap, ranges)
                if n:
                    counts[rule] = counts.get(rule, 0) + n
                    # a same-length fold moves no segment edge, but may change what the
                    # fallback URL pattern finds (``A‐b@x.org``: the e-mail grows to the A)
                    if ranges is not None and (doc.segments is None or not cmap.same_length):
                        ranges = draft.allowed(ALL_BUT_AR)
            if self._case is not None:
                pattern, fold = self._case
                if fold is str.casefold:
                    n = _casefold_in(draft, pattern, ranges)
                else:
                    n = draft.sub_in(pattern, lambda m: fold(m.group()), ranges)
                if n:
                    counts["latin/case"] = counts.get("latin/case", 0) + n
        except Ambiguous:
            return False
        draft.commit(doc, "latin/draft")
        for rule, n in counts.items():
            doc.changes[rule] += n
        return True


#: Characters that ``str.casefold`` changes although they are not Changes_When_Casefolded
#: (their NFD is already folded: ``ǰ`` → ``ǰ``); ``tests/test_latin_casefold.py`` checks the list.
CASEFOLD_NOT_CWCF = ("\u01f0\u0390\u03b0\u1e96\u1e97\u1e98\u1e99\u1f50\u1f52\u1f54\u1f56\u1fb6"
                     "\u1fbe\u1fc6\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2\u1fe3\u1fe4\u1fe6\u1fe7\u1ff6")
_NOT_CWCF = re.compile(f"[{CASEFOLD_NOT_CWCF}]")


def _casefold_in(draft: Draft, pattern: regex.Pattern, ranges) -> int:
    """Case folding of every ``pattern`` run in ``ranges``: one ``str.casefold`` per range
    (folding is per character), the runs only counted; a range where folding changes the
    length or meets :data:`CASEFOLD_NOT_CWCF` is folded run by run."""
    text = draft.text
    edits = []
    count = 0
    for start, end in ranges if ranges is not None else ((0, len(text)),):
        piece = text[start:end]
        folded = piece.casefold()
        if folded == piece:
            continue
        if len(folded) != end - start or _NOT_CWCF.search(piece):
            for m in pattern.finditer(text, start, end):
                new = m.group().casefold()
                if new != m.group():
                    edits.append((m.start(), m.end(), new))
                    count += 1
            continue
        runs = pattern.findall(piece)
        count += sum(map(ne, runs, map(str.casefold, runs)))
        edits.append((start, end, folded))
    draft.edit(edits)
    return count
