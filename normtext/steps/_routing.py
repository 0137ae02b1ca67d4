"""Edit only inside chosen segments: the routing shared by the ``arabic`` and ``latin`` steps.

A fold is given the segment labels it may touch (``{"ar", "neutral"}`` for Arabic punctuation,
everything but ``"ar"`` for Latin folds). URL / e-mail segments (``kind == "url"``) are never
touched. When the ``segment`` step has not run (``doc.segments is None``) the whole text is
allowed except URL / e-mail matches of :data:`URL_FALLBACK` (a cheap stand-in, documented as
such). :func:`allowed_ranges` returns ``None`` when the whole text is allowed, so callers keep
the fast whole-text primitives (:meth:`Doc.translate`, :meth:`Doc.sub`).

>>> from normtext.doc import CharMap, Doc
>>> doc = Doc("a’b https://x.org/it’s c’d")
>>> translate_in(doc, CharMap({"’": "'"}), "latin/quotes", allowed_ranges(doc, ALL_BUT_AR))
2
>>> doc.text
"a'b https://x.org/it’s c'd"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import regex

from ..doc import CharMap, Doc

Ranges = list[tuple[int, int]]

#: Labels Latin folds may touch (everything but Arabic runs).
ALL_BUT_AR = frozenset({"en", "other", "neutral"})
#: Labels Arabic punctuation mapping may touch (never English runs).
AR_AND_NEUTRAL = frozenset({"ar", "neutral"})
#: Every label (URL / e-mail segments are still excluded).
ANY_LABEL = frozenset({"ar", "en", "other", "neutral"})

#: URLs and e-mail addresses, for documents that were not segmented.
URL_FALLBACK = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I
)


_ANCHOR = re.compile(r"://|www\.|@", re.I)
_LAST_SPACE = re.compile(r".*\s", re.S)
_TOKEN_TAIL = re.compile(r"\S*")


def _may_have_url(text: str) -> bool:
    """Cheap test (substring searches) before the URL pattern runs."""
    return "://" in text or "@" in text or "www." in text or "WWW." in text


def fallback_urls(text: str) -> Ranges:
    """URL / e-mail spans of :data:`URL_FALLBACK`, searched only in the whitespace-delimited
    tokens around ``://``, ``www.`` and ``@`` (the pattern alone is slow on long text).

    >>> text = "mail a.b@x.org or see https://x.org/a, ok"
    >>> [text[a:b] for a, b in fallback_urls(text)]
    ['a.b@x.org', 'https://x.org/a,']
    """
    spans: Ranges = []
    done = 0
    for m in _ANCHOR.finditer(text):
        if m.start() < done:
            continue
        lo = max(done, m.start() - 200)
        head = _LAST_SPACE.match(text, lo, m.start())
        start = head.end() if head else lo
        end = _TOKEN_TAIL.match(text, m.end()).end()
        for u in URL_FALLBACK.finditer(text, start, end):
            spans.append(u.span())
        done = end
    return spans


def allowed_ranges(doc: Doc, labels: Collection[str], protect_urls: bool = True) -> Ranges | None:
    """Current-text ranges an edit may touch, or ``None`` for the whole text.

    ``protect_urls=False`` lets edits into URL / e-mail runs (compatibility presets that
    reproduce a tool which folds them too).
    """
    text = doc.text
    if doc.segments is None:
        if not protect_urls:
            return None
        if not _may_have_url(text):
            return None
        out: Ranges = []
        pos = 0
        for a, b in fallback_urls(text):
            if a > pos:
                out.append((pos, a))
            pos = b
        if pos == 0:
            return None
        if pos < len(text):
            out.append((pos, len(text)))
        return out
    out = []
    whole = True
    for seg in doc.segments:
        if (seg.kind == "url" and protect_urls) or seg.label not in labels:
            whole = False
            continue
        if out and out[-1][1] == seg.start:
            out[-1] = (out[-1][0], seg.end)
        else:
            out.append((seg.start, seg.end))
    return None if whole else out


def translate_in(doc: Doc, charmap: CharMap, rule: str, ranges: Ranges | None) -> int:
    """:meth:`Doc.translate` restricted to ``ranges``; returns characters changed."""
    if ranges is None:
        return doc.translate(charmap, rule)
    if not charmap or charmap.pattern.search(doc.text) is None:
        return 0
    text, table = doc.text, charmap.table
    edits = []
    count = 0
    for start, end in ranges:
        for m in charmap.pattern.finditer(text, start, end):
            run = m.group()
            edits.append((m.start(), m.end(), run.translate(table), rule))
            count += len(run)
    if count:
        n = doc.replace(edits)
        doc.changes[rule] += count - n  # counted in characters, as Doc.translate does
    return count


def sub_in(doc: Doc, pattern: regex.Pattern, repl: str | Callable[[regex.Match[str]], str],
           rule: str, ranges: Ranges | None) -> int:
    """:meth:`Doc.sub` restricted to ``ranges``; returns the number of edits."""
    if ranges is None:
        return doc.sub(pattern, repl, rule)
    text = doc.text
    edits = []
    for start, end in ranges:
        for m in pattern.finditer(text, start, end):
            new = repl if isinstance(repl, str) else repl(m)
            if new != m.group():
                edits.append((m.start(), m.end(), new, rule))
    return doc.replace(edits)
