"""URLs, e-mail addresses, handles and hashtags: the material no fold or split may touch.

URLs and e-mail addresses are hard breaks of the segmentation (spec rule 3): always neutral,
segments of their own (``kind="url"``). Handles and hashtags are ordinary words for the
segmenter, but the glue-splitting rule must not split inside them.

>>> text = "See https://example.com/a_(b)). Mail info@example.sa!"
>>> [text[s:e] for s, e in find_links(text)]
['https://example.com/a_(b)', 'info@example.sa']
"""

from __future__ import annotations

import re

import regex

#: What ends a URL (besides whitespace): ``< > " « » “ ”``.
URL_TERMINATORS = '<>"\u00ab\u00bb\u201c\u201d'
#: Stripped from the end of a URL (a ``)`` stays when a ``(`` inside the URL matches it).
URL_TRAILING = ".,;:!?)]}'\"\u00bb\u201d\u2019"

_URL = (r"(?:(?<![A-Za-z])(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|(?<![A-Za-z0-9.])[Ww]{3}\.)"
        r"[^\p{White_Space}" + regex.escape(URL_TERMINATORS, special_only=False) + r"]*")
_EMAIL = (r"[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-])?"
          r"@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*"
          r"\.[A-Za-z]{2,}(?![A-Za-z0-9\-])")
URL_PATTERN = regex.compile(_URL)
EMAIL_PATTERN = regex.compile(_EMAIL)
_SCHEMES = ("https", "http", "ftp")
_LOCAL_PART_REV = regex.compile(r"(?r)[A-Za-z0-9._%+\-]+")
#: A cheap test: no link can occur in a text without one of these.
_LINK_HINT = re.compile(r"://|[Ww]{3}\.|@")

#: ``@name`` handles (ASCII, as on the big platforms) and ``#tag`` hashtags (any letters).
HANDLE_PATTERN = regex.compile(r"@[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")
HASHTAG_PATTERN = regex.compile(r"#[\p{L}\p{M}\p{Nd}_\u200c\u200d]+")


def _may_have_link(text: str) -> bool:
    """Substring searches (far faster than any pattern) for what every link needs.

    One-character searches first: they are several times cheaper than longer ones in a
    non-ASCII text. ``www.`` in any case ends with ``w.`` or ``W.``.
    """
    if "@" in text or ("/" in text and ":" in text and "://" in text):
        return True
    return (("w." in text and ("ww." in text or "Ww." in text))
            or ("W." in text and ("WW." in text or "wW." in text)))


def _strip_url_end(url: str) -> int:
    """Length of ``url`` once trailing punctuation is stripped (matched ``)`` kept)."""
    end = len(url)
    while end:
        ch = url[end - 1]
        if ch not in URL_TRAILING:
            break
        if ch == ")" and url.count("(", 0, end) >= url.count(")", 0, end):
            break
        end -= 1
    return end


def find_links(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every URL and e-mail address in ``text``, in order.

    Patterns are only tried at an anchor (``://``, ``www.``, ``@``), so a text without links
    costs one literal search.

    >>> find_links("visit www.site.sa, or write to a.b@site.org.")
    [(6, 17), (31, 43)]
    """
    out: list[tuple[int, int]] = []
    if not _may_have_link(text):
        return out
    pos = 0
    for hint in _LINK_HINT.finditer(text):
        anchor = hint.start()
        if anchor < pos:
            continue
        kind = hint.group()
        m = None
        if kind == "://":
            head = text[max(pos, anchor - 5):anchor].lower()
            for scheme in _SCHEMES:
                if head.endswith(scheme):
                    m = URL_PATTERN.match(text, anchor - len(scheme))
                    break
        elif kind == "@":
            local = _LOCAL_PART_REV.search(text, max(pos, anchor - 64), anchor)
            if local is not None and local.end() == anchor:
                start = local.start()
                while start < anchor and text[start] == ".":
                    start += 1
                m = EMAIL_PATTERN.match(text, start)
        else:
            m = URL_PATTERN.match(text, anchor)
        if m is None:
            continue
        start, end = m.span()
        if kind != "@":
            end = start + _strip_url_end(m.group())
        if end > max(start, pos):
            out.append((start, end))
            pos = end
    return out


def protected_spans(text: str) -> list[tuple[int, int]]:
    """URLs, e-mails, handles and hashtags, merged and in order (what no rule may split).

    >>> protected_spans("#قطر_2022 @AJArabic x@y.com")
    [(0, 9), (10, 19), (20, 27)]
    """
    spans = find_links(text)
    if "@" in text or "#" in text:
        spans += [m.span() for m in HANDLE_PATTERN.finditer(text)]
        spans += [m.span() for m in HASHTAG_PATTERN.finditer(text)]
        spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
