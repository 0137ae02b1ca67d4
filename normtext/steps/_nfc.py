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

import regex
import unicodedata2

from ..doc import Doc
from ..tables.ucd import NFC_SINGLETON_RANGES

_SINGLETONS = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in NFC_SINGLETON_RANGES)
#: Every cluster NFC may rewrite (a superset: unchanged matches are not edits).
NFC_CLUSTER = regex.compile(
    rf"(?s)[^\p{{M}}]?\p{{M}}+|[\u1100-\u115f\uac00-\ud7a3][\u1160-\u11ff]+|[{_SINGLETONS}]"
)


def nfc(text: str) -> str:
    """NFC with the pinned UCD.

    >>> nfc("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata2.normalize("NFC", text)


def nfc_edit(doc: Doc, rule: str) -> int:
    """Bring ``doc`` to NFC through local edits carrying ``rule``; returns the number of edits."""
    text = doc.text
    if nfc(text) == text:
        return 0
    return doc.sub(NFC_CLUSTER, lambda m: nfc(m.group()), rule)
