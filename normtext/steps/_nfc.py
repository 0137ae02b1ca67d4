"""NFC by local edits, so offsets stay exact and unchanged text costs one C call.

Normalization runs through ``unicodedata2`` (a pinned, current UCD), not the interpreter's
``unicodedata`` (CPython 3.11 ships UCD 14.0), so the output does not depend on the
interpreter. Only the clusters NFC can change are rewritten: a base character with its
combining marks, a Hangul syllable with trailing jamo, and the singletons of
:data:`normtext.tables.ucd.NFC_SINGLETON_RANGES`.

>>> from normtext.doc import Doc
>>> doc = Doc("\\u0627\\u0654 \\u0628\\u0651\\u064e")   # alef + hamza above; shadda + fatha
>>> nfc_edit(doc, "unicode/nfc")
2
>>> doc.text == "\\u0623 \\u0628\\u064e\\u0651"
True
"""

from __future__ import annotations

import re

import unicodedata2

from ..doc import Doc
from ..tables.ucd import MARK_RANGES, NFC_SINGLETON_RANGES, NFKC_CHANGE_RANGES


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The BMP part of ``ranges`` plus every astral code point: a superset that the stdlib
    ``re`` tests with a bitmap (a class of astral ranges is a slow linear list). Matching a
    superset only makes clusters larger; unchanged clusters are not edits."""
    bmp = "".join(f"\\u{a:04x}-\\u{min(b, 0xFFFF):04x}" for a, b in ranges if a <= 0xFFFF)
    return bmp + "\\U00010000-\\U0010ffff"


_MARKS = _class(MARK_RANGES)
_SINGLETONS = _class(NFC_SINGLETON_RANGES)
#: Every cluster NFC may rewrite (a superset: unchanged matches are not edits). The stdlib
#: ``re`` scans these large classes much faster than ``regex``.
#: Blocks of :data:`_MARKS`' astral superset that NFC never touches: emoji and pictographs,
#: and the variation selectors (combining class 0, no decomposition, never composed;
#: ``tests/test_unicode_steps.py`` checks it against the pinned UCD).
NFC_INERT = ((0xFE00, 0xFE0F), (0x1F000, 0x1FAFF))
#: A character NFC may change or combine with what precedes it (a superset: a text without one
#: is in NFC). Emoji and variation selectors are left out (:data:`NFC_INERT`).
_ASTRAL = "\\U00010000-\\U0010ffff"
NFC_MAY_CHANGE = "[{}\\u1160-\\u11ff\\U00010000-\\U0001efff\\U0001fb00-\\U0010ffff]".format(
    (_MARKS + _SINGLETONS).replace(_ASTRAL, "").replace("\\ufe00-\\ufe0f", ""))
NFC_CLUSTER = re.compile(
    rf"(?s)[^{_MARKS}]?[{_MARKS}]+|[\u1100-\u115f\uac00-\ud7a3][\u1160-\u11ff]+|[{_SINGLETONS}]"
)


def nfc(text: str) -> str:
    """NFC with the pinned UCD.

    >>> nfc("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata2.normalize("NFC", text)


def nfc_edit(doc: Doc, rule: str) -> int:
    """Bring ``doc`` to NFC through local edits carrying ``rule``; returns the number of edits."""
    return _normalize_edit(doc, nfc, NFC_CLUSTER, rule)


#: Lines: normalization never crosses a line feed (a starter that composes with nothing), so
#: only changed lines are searched for clusters.
_LINE = re.compile(r"[^\n]+")


def _normalize_edit(doc: Doc, norm, cluster: re.Pattern, rule: str) -> int:
    text = doc.text
    whole = norm(text)
    if whole == text:
        return 0
    if not doc.track and not doc.spans and doc.segments is None:
        # ``pipe(text)``: nothing to align, so the whole text is one edit (one C call). The
        # count in ``doc.changes`` is then 1; tracked documents count each rewritten cluster.
        return doc.replace([(0, len(text), whole, rule)])
    edits = []
    for line in _LINE.finditer(text):
        if norm(line.group()) == line.group():
            continue
        for m in cluster.finditer(text, line.start(), line.end()):
            new = norm(m.group())
            if new != m.group():
                edits.append((m.start(), m.end(), new, rule))
    return doc.replace(edits)


_COMPAT = _class(NFKC_CHANGE_RANGES)
#: Every cluster NFKC may rewrite: compatibility characters with the marks after them, and
#: the clusters of :data:`NFC_CLUSTER`.
NFKC_CLUSTER = re.compile(
    rf"(?s)(?:[{_COMPAT}][{_MARKS}]*)+|[^{_MARKS}]?[{_MARKS}]+|[\u1100-\u115f\uac00-\ud7a3][\u1160-\u11ff]+"
)


def nfkc(text: str) -> str:
    """NFKC with the pinned UCD.

    >>> nfkc("\ufefb") == "\u0644\u0627"
    True
    """
    return unicodedata2.normalize("NFKC", text)


def nfkc_edit(doc: Doc, rule: str) -> int:
    """Bring ``doc`` to NFKC through local edits carrying ``rule``; returns the number of edits."""
    return _normalize_edit(doc, nfkc, NFKC_CLUSTER, rule)
