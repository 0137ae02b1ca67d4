"""Edit only inside chosen segments: the routing shared by the ``arabic`` and ``latin`` steps.

A fold is given the segment labels it may touch (``{"ar", "neutral"}`` for Arabic punctuation,
everything but ``"ar"`` for Latin folds). URL / e-mail segments (``kind == "url"``) are never
touched. When the ``segment`` step has not run (``doc.segments is None``) the whole text is
allowed except the URLs and e-mails the segmenter's link finder finds (the same ones the
``segment`` step would have made URL segments of). :func:`allowed_ranges` returns ``None``
when the whole text is allowed, so callers keep the fast whole-text primitives (:meth:`Doc.translate`, :meth:`Doc.sub`).

For untracked documents (``pipe(text)``) a step may instead edit a :class:`Draft`: the text as a
plain string, with the segment and span edges carried the way the Doc would carry them, written
back with one edit per changed piece (no Doc edit per changed run of characters).

>>> from normtext.doc import CharMap, Doc
>>> doc = Doc("a’b https://x.org/it’s c’d")
>>> translate_in(doc, CharMap({"’": "'"}), "latin/quotes", allowed_ranges(doc, ALL_BUT_AR))
2
>>> doc.text
"a'b https://x.org/it’s c'd"
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from functools import lru_cache

import regex

from ..doc import CharMap, Doc
from ..segmentation.links import find_links

Ranges = list[tuple[int, int]]

#: Labels Latin folds may touch (everything but Arabic runs).
ALL_BUT_AR = frozenset({"en", "other", "neutral"})
#: Labels Arabic punctuation mapping may touch (never English runs).
AR_AND_NEUTRAL = frozenset({"ar", "neutral"})
#: Every label (URL / e-mail segments are still excluded).
ANY_LABEL = frozenset({"ar", "en", "other", "neutral"})

def _may_have_url(text: str) -> bool:
    """Cheap test (substring searches) before the URL pattern runs."""
    return "://" in text or "@" in text or "www." in text or "WWW." in text


def fallback_urls(text: str) -> Ranges:
    """URL / e-mail spans for a document that was not segmented: the segmenter's own link
    finder (:func:`normtext.segmentation.links.find_links`), so ``pipe(text)``, which skips
    segmentation, protects exactly what ``process(text)`` protects.

    >>> text = "mail a.b@x.org or see https://x.org/a, ok"
    >>> [text[a:b] for a, b in fallback_urls(text)]
    ['a.b@x.org', 'https://x.org/a']
    """
    return find_links(text)


def outside_urls(text: str) -> Ranges | None:
    """The ranges of an unsegmented ``text`` outside its URLs and e-mails (``None``: all of it).

    >>> outside_urls("see https://x.org/a now"), outside_urls("no link")
    ([(0, 4), (19, 23)], None)
    """
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


def allowed_ranges(doc: Doc, labels: Collection[str], protect_urls: bool = True) -> Ranges | None:
    """Current-text ranges an edit may touch, or ``None`` for the whole text.

    ``protect_urls=False`` lets edits into URL / e-mail runs (compatibility presets that
    reproduce a tool which folds them too).
    """
    text = doc.text
    if doc.segments is None:
        return outside_urls(text) if protect_urls else None
    out: Ranges = []
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


# --- untracked documents: edit a plain string, carry the boundaries, commit once ------------------
#: Below this length a step's few Doc primitives cost less than a :class:`Draft` (measured on
#: the generated corpus: short records vs articles).
DRAFT_MIN_LENGTH = 400


class Ambiguous(Exception):
    """A boundary falls strictly inside an edit that changes length without deleting it all:
    :meth:`Draft.edit` cannot tell where :class:`~normtext.doc.Doc` would put it."""


def boundaries(doc: Doc) -> list[int]:
    """Sorted inner offsets (``0 < p < len``) of the segment and span edges of ``doc``."""
    n = len(doc.text)
    segments = doc.segments or ()
    ends = [s.end for s in segments]
    if not doc.spans and ends and ends[:-1] == [s.start for s in segments[1:]]:
        return [p for p in ends if 0 < p < n]  # segments tile the text: their ends are sorted
    points = {p for s in segments for p in (s.start, s.end)}
    points.update(p for s in doc.spans for p in (s.start, s.end))
    return sorted(p for p in points if 0 < p < n)


class Draft:
    """The text of an untracked :class:`~normtext.doc.Doc` edited as a plain string.

    Whole-text passes of a step run on ``text`` (C-level ``str`` and ``re`` calls), and
    ``bounds`` (the segment and span edges) move the way :class:`~normtext.doc.Doc` would move
    them through the same passes; :meth:`commit` then writes the result with one edit per
    piece between two edges, so the Doc's segments and spans come out exactly as if each pass
    had been a Doc primitive. A pass that would put an edge strictly inside a length-changing
    replacement raises :class:`Ambiguous` (the caller then takes its general path).

    >>> from normtext.types import Segment
    >>> doc = Doc("كَتَبَ Book", track=False)
    >>> doc.segments = [Segment(0, 6, "ar", None, "Arab"), Segment(6, 7, "neutral", None, "Zyyy"),
    ...                 Segment(7, 11, "en", None, "Latn")]
    >>> draft = Draft(doc)
    >>> draft.edit([(1, 2, ""), (3, 4, ""), (5, 6, "")])
    >>> draft.commit(doc, "arabic/diacritics")
    >>> doc.text, [(s.start, s.end) for s in doc.segments], dict(doc.changes)
    ('كتب Book', [(0, 3), (3, 4), (4, 8)], {})
    """

    __slots__ = ("doc", "source", "text", "protect", "_edges", "_bounds", "_routes")

    def __init__(self, doc: Doc, protect_urls: bool = True):
        self.doc = doc
        self.source = self.text = doc.text
        self.protect = protect_urls
        # the edges are found only once an edit changes a length (most documents: never)
        self._edges: list[int] | None = None
        self._bounds: list[int] | None = None
        #: labels -> the allowed ranges as ``(start edge, end edge)`` indices (``None``: whole)
        self._routes: dict[Collection[str], list[tuple[int, int]] | None] = {}

    @property
    def edges(self) -> list[int]:
        """The segment and span edges in the Doc's text (:func:`boundaries`)."""
        if self._edges is None:
            doc = self.doc
            self._edges = boundaries(doc) if doc.segments or doc.spans else []
        return self._edges

    @property
    def bounds(self) -> list[int]:
        """Where :attr:`edges` are in :attr:`text`."""
        if self._bounds is None:
            self._bounds = list(self.edges)
        return self._bounds

    # routing: the same ranges as :func:`allowed_ranges` on the Doc these edits would give --
    def allowed(self, labels: Collection[str]) -> Ranges | None:
        """:func:`allowed_ranges` of the edited text (``None``: the whole text)."""
        text = self.text
        segments = self.doc.segments
        if segments is None:
            return outside_urls(text) if self.protect else None
        if self._bounds is None:  # no edge moved yet
            return allowed_ranges(self.doc, labels, self.protect)
        if labels not in self._routes:
            self._routes[labels] = self._route(labels)
        routes = self._routes[labels]
        if routes is None:
            return None
        edge = [0, *self._bounds, len(text)]
        # a run of segments the edits emptied is dropped by the Doc (never merged: a protected
        # or other-label segment between two runs is never edited)
        return [(edge[a], edge[b]) for a, b in routes if edge[a] < edge[b]]

    def _route(self, labels: Collection[str]) -> list[tuple[int, int]] | None:
        """:func:`allowed_ranges` over the Doc's segments, as edge indices."""
        index = {p: i for i, p in enumerate([0, *self.edges, len(self.source)])}
        out: list[tuple[int, int]] = []
        whole = True
        for seg in self.doc.segments or ():
            if (seg.kind == "url" and self.protect) or seg.label not in labels:
                whole = False
                continue
            a, b = index[seg.start], index[seg.end]
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return None if whole else out

    def translate_in(self, charmap: CharMap, ranges: Ranges | None) -> int:
        """:func:`translate_in` on the draft; returns characters changed."""
        text = self.text
        gate = getattr(charmap, "gate", None)  # a C substring search where it is cheaper
        if not charmap or not (gate.search(text) if gate is not None else charmap.pattern.search(text)):
            return 0
        table = charmap.table
        edits = []
        count = 0
        spans = ranges if ranges is not None else ((0, len(text)),)
        if charmap.same_length and _replace_ok(charmap):
            # one edit per range (no edge moves): a few C-level replaces of the keys present
            findall = charmap.pattern.findall
            for start, end in spans:
                runs = findall(text, start, end)
                if runs:
                    present = "".join(runs)
                    count += len(present)
                    piece = text[start:end]
                    for ch in set(present):
                        piece = piece.replace(ch, table[ord(ch)])
                    edits.append((start, end, piece))
        else:
            for start, end in spans:
                for m in charmap.pattern.finditer(text, start, end):
                    run = m.group()
                    edits.append((m.start(), m.end(), run.translate(table)))
                    count += len(run)
        self.edit(edits)
        return count

    def sub_in(self, pattern: regex.Pattern, repl: str | Callable[[regex.Match[str]], str],
               ranges: Ranges | None) -> int:
        """:func:`sub_in` on the draft (``repl``: a literal string or a callable); returns the
        number of edits."""
        text = self.text
        edits = []
        literal = isinstance(repl, str)
        # :meth:`Doc.sub` (``ranges is None``) expands backslash templates, ``sub_in`` does not
        expand = literal and ranges is None and "\\" in repl  # type: ignore[operator]
        for start, end in ranges if ranges is not None else ((0, len(text)),):
            for m in pattern.finditer(text, start, end):
                if expand:
                    new = m.expand(repl)  # type: ignore[arg-type]
                else:
                    new = repl if literal else repl(m)  # type: ignore[operator]
                if new != m.group():
                    edits.append((m.start(), m.end(), new))
        self.edit(edits)
        return len(edits)

    def edit(self, edits: list[tuple[int, int, str]]) -> None:
        """Apply sorted, non-overlapping ``(start, end, new)`` replacements of non-empty ranges."""
        if not edits:
            return
        text = self.text
        if self._bounds is not None or any(len(new) != end - start for start, end, new in edits):
            bounds = self.bounds
            if bounds:
                self._bounds = _moved(bounds, edits)
        pieces = []
        pos = 0
        for start, end, new in edits:
            pieces.append(text[pos:start])
            pieces.append(new)
            pos = end
        pieces.append(text[pos:])
        self.text = "".join(pieces)

    def commit(self, doc: Doc, rule: str) -> None:
        """Write the text into ``doc`` (one edit per changed piece); ``doc.changes`` is left as it
        was (the caller adds the counts of its own rules)."""
        text, source = self.text, self.source
        if text == source:
            return
        if not self._bounds or (len(text) == len(source) and self._bounds == self._edges):
            # one edit: no edge moved (a Doc keeps segments and spans through a same-length edit)
            edits = [(0, len(source), text, rule)]
        else:
            old = [0, *self.edges, len(source)]
            new = [0, *self._bounds, len(text)]
            edits = [(old[i], old[i + 1], text[new[i]:new[i + 1]], rule)
                     for i in range(len(old) - 1)
                     if new[i + 1] - new[i] != old[i + 1] - old[i]
                     or text[new[i]:new[i + 1]] != source[old[i]:old[i + 1]]]
        n = doc.replace(edits)
        doc.changes[rule] -= n
        if not doc.changes[rule]:
            del doc.changes[rule]


@lru_cache(maxsize=256)
def _replace_ok(charmap: CharMap) -> bool:
    """``str.replace`` of each key in turn equals the translate: no value holds a key."""
    return not any(ord(ch) in charmap.table for value in charmap.table.values() for ch in value)


def _moved(bounds: list[int], edits: list[tuple[int, int, str]]) -> list[int]:
    """``bounds`` after ``edits``, as :class:`~normtext.doc.Doc` maps segment and span edges
    (an edge inside a deletion goes to where the deletion was; see :class:`Ambiguous`).

    >>> _moved([2, 5, 9], [(1, 3, ""), (6, 7, "xyz")])
    [1, 3, 9]
    """
    out: list[int] = []
    i = 0
    delta = 0
    for start, end, new in edits:
        j = bisect_right(bounds, start, i)  # edges up to the edit's start keep the delta so far
        if start == end and j > i and bounds[j - 1] == start:
            raise Ambiguous(start)  # an insertion at an edge: before or after it?
        out.extend([p + delta for p in bounds[i:j]] if delta else bounds[i:j])
        k = bisect_left(bounds, end, j)  # edges strictly inside the edit
        if k > j:
            if not new:
                out.extend([start + delta] * (k - j))
            elif len(new) == end - start:
                out.extend([p + delta for p in bounds[j:k]])
            else:
                raise Ambiguous(bounds[j])
        i = k
        delta += len(new) - (end - start)
    out.extend([p + delta for p in bounds[i:]] if delta else bounds[i:])
    return out
