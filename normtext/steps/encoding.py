"""The ``encoding`` step: codec repair first, before anything touches invisible characters.

Rules (every rule id this step emits):

- ``mojibake/utf8-as-cp1252``, ``mojibake/utf8-as-latin1``: UTF-8 read as windows-1252 / latin-1
  (``Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©``, ``cafÃ©``).
- ``mojibake/utf8-as-cp1256``: UTF-8 read as windows-1256 (``ط§ظ„ط¹ط±ط¨ظٹط©``);
  ``mojibake/utf8-as-cp1256-lost-shy``: the same with the soft hyphen (second byte of ح) stripped;
  ``mojibake/utf8-as-cp1256-straight-quotes``: the same after a tool straightened its low quotes
  (``ظ"`` is ل, ``ظ'`` is ق).
- ``mojibake/cp1256-as-cp1252``: windows-1256 text read as windows-1252 / latin-1 (``ÇáÚÑÈíÉ``).
- ``mojibake/iso8859-6-as-latin1``: ISO-8859-6 text read as latin-1.
- ``mojibake/iso8859-6-as-cp1256``, ``mojibake/cp1256-as-iso8859-6``: the two Arabic code pages
  read as each other (``ال`` shown as ``ان`` / ``اف``), only on lines with their shapes (an
  Arabic letter glued to a Latin-1 letter, a mid-word tanween) and a clear gain in Arabic score.
- ``mojibake/utf8-as-cp1252-lost-byte``: UTF-8 Arabic read as cp1252 whose byte 0x81 (second byte of
  ف) was lost or became ``?`` / U+FFFD, or whose NBSP (in ٠) became a space.
- ``mojibake/utf8-as-macroman``, ``mojibake/utf8-as-cp437``, ``mojibake/utf8-as-cp1250`` …
  ``cp1257``, ``mojibake/utf8-as-iso8859-2``: UTF-8 read as the other codecs ftfy knows.
- ``mojibake/layered``: two or three readings on top of each other (``Ã˜Â§``, cp1256 then cp1252).
- ``mojibake/utf8-partial``: UTF-8 sequences inside text of another reading (ftfy's
  ``decode_inconsistent_utf8``).
- ``mojibake/bom``: a BOM shown as mojibake (``ï»¿``, ``ï»؟``) is removed, wherever it stands (a real U+FEFF is left to ``encoding/bom``).
- ``encoding/c1-control``: C1 controls that stand for windows-1252 punctuation (option
  ``c1_controls``).
- ``encoding/html-numeric``, ``encoding/html-entity``: HTML character references
  (``&#1575;``, ``&amp;``) in text that holds no markup tag (option ``html_references``).
- ``encoding/bom``: U+FEFF at the start of the document removed (option ``bom``).
- ``encoding/json-escape``: raw JSON ``\\u0627`` escapes (opt-in ``json_escapes``).
- ``encoding/bytes-repr``: Python bytes reprs ``b'\\xd8\\xa7'`` (opt-in ``bytes_reprs``).
- ``encoding/visual-order``: presentation forms in visual order re-ordered (opt-in
  ``visual_order``).

Unrecoverable damage (``?????``, runs of U+FFFD) is left alone and, on tracked documents
(``process``), counted in ``doc.meta["encoding"]["unrecoverable"]``. The step applies no NFC,
NFKC, quote straightening or width folding.

>>> from normtext import Pipeline
>>> Pipeline.from_config({"steps": {"encoding": {}}})("\\ufeffط§ظ„ظ„ط؛ط© &#1575;&#1604; ÇáÚÑÈíÉ")
'اللغة ال العربية'
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..doc import Doc
from ..encoding.rare_codepages import RULES as RARE_RULES
from ..encoding.references import (
    BYTES_REPR_RE,
    HTML_REF_RE,
    JSON_ESCAPE_RE,
    MARKUP_TAG_RE,
    bytes_repr,
    html_ref,
    json_escape,
)
from ..encoding.repair import FA_AS_ZERO_RE, repair_codecs
from ..encoding.signatures import C1_CONTROL_RE, SIGNATURE_FIRST_CHARS, find_signature
from ..encoding.visual import HAS_FORMS_RE, VisualOrder
from ..step import STAGE_ENCODING, Step, register

#: Damage nobody can undo: runs of ``?`` or U+FFFD standing for letters.
UNRECOVERABLE_RE = regex.compile(r"(?<![^\s])(?:\?{3,}|\ufffd{2,})(?![^\s])")
_BOM = "\ufeff"


@dataclass(frozen=True)
class EncodingOptions:
    #: codec repairs: mojibake in every mode, lost bytes, BOMs shown as mojibake
    mojibake: bool = True
    #: C1 controls standing for windows-1252 punctuation
    c1_controls: bool = True
    #: HTML numeric references and named entities, in text that holds no markup tag
    html_references: bool = True
    #: a BOM (U+FEFF) at the start of the document
    bom: bool = True
    #: raw JSON ``\\uXXXX`` escapes (opt-in)
    json_escapes: bool = False
    #: Python bytes reprs ``b'\\xd8\\xa7'`` and bare ``\\xd8\\xa7`` runs (opt-in)
    bytes_reprs: bool = False
    #: presentation forms in visual (reversed) order from PDF extraction (opt-in)
    visual_order: bool = False


def _html_rule(m: regex.Match[str]) -> str:
    return "encoding/html-numeric" if "#" in m.group() else "encoding/html-entity"


@register
class EncodingStep(Step):
    name = "encoding"
    stage = STAGE_ENCODING
    purpose = "Repair mojibake (ftfy's modes and the Arabic ones), lost bytes, C1 controls, HTML references."
    Options = EncodingOptions
    rules = {
        "mojibake/utf8-as-cp1252": "UTF-8 read as windows-1252",
        "mojibake/utf8-as-latin1": "UTF-8 read as latin-1 (C1 controls present)",
        "mojibake/utf8-as-cp1256": "UTF-8 read as windows-1256",
        "mojibake/utf8-as-cp1256-lost-shy": "UTF-8 read as windows-1256, soft hyphen of ح stripped",
        "mojibake/cp1256-as-cp1252": "windows-1256 text read as windows-1252 / latin-1",
        "mojibake/iso8859-6-as-latin1": "ISO-8859-6 text read as latin-1",
        "mojibake/iso8859-6-as-cp1256": "ISO-8859-6 text read as windows-1256 (ال shown as ان)",
        "mojibake/cp1256-as-iso8859-6": "windows-1256 text read as ISO-8859-6 (ال shown as اف)",
        "mojibake/utf8-as-cp1252-lost-byte": "UTF-8 read as cp1252 with byte 0x81 lost or replaced",
        "mojibake/utf8-as-cp1252-straight-quotes": "UTF-8 read as cp1252, then its low quotes straightened "
                                                    "(Ù\" is ل, Ù' is ق)",
        "mojibake/utf8-as-cp1252-nfkc": "UTF-8 read as cp1252, then NFKC (Øa is ت, Ø1 is ع, Ù... is م)",
        "mojibake/utf8-as-cp1252-case-changed": "UTF-8 read as cp1252, then lowercased or uppercased "
                                                 "(ø£ is أ, ØΜ is ص)",
        "mojibake/utf8-as-cp1256-straight-quotes": "UTF-8 read as windows-1256, then its low quotes "
                                                    "straightened (ظ\" is ل, ظ' is ق)",
        "mojibake/utf8-as-macroman": "UTF-8 read as MacRoman",
        "mojibake/utf8-as-cp437": "UTF-8 read as cp437",
        "mojibake/utf8-as-cp1250": "UTF-8 read as windows-1250",
        "mojibake/utf8-as-cp1251": "UTF-8 read as windows-1251",
        "mojibake/utf8-as-cp1253": "UTF-8 read as windows-1253",
        "mojibake/utf8-as-cp1254": "UTF-8 read as windows-1254",
        "mojibake/utf8-as-cp1257": "UTF-8 read as windows-1257",
        "mojibake/utf8-as-iso8859-2": "UTF-8 read as ISO-8859-2",
        "mojibake/layered": "two or three readings on top of each other",
        "mojibake/utf8-partial": "UTF-8 sequences inside text of another reading",
        "mojibake/bom": "a BOM shown as mojibake is removed",
        "mojibake/fa-as-zero": "ف whose lost second byte left ٠ (the garbage of real pages: مستش٠ى) becomes ف",
        "mojibake/surrogate-escaped": "bytes kept as lone surrogates (surrogateescape) decoded "
                                      "(UTF-8, else windows-1256 / ISO-8859-6 / windows-1252)",
        "mojibake/utf16-as-bytes": "UTF-16LE code units read as single bytes (NUL, 0x06 pairs) decoded",
        **RARE_RULES,
        "encoding/c1-control": "C1 control standing for windows-1252 punctuation",
        "encoding/html-numeric": "HTML numeric character reference",
        "encoding/html-entity": "HTML named entity",
        "encoding/bom": "BOM at the start of the document removed",
        "encoding/json-escape": "raw JSON \\uXXXX escapes decoded (opt-in)",
        "encoding/bytes-repr": "Python bytes repr of UTF-8 decoded (opt-in)",
        "encoding/visual-order": "presentation forms in visual order re-ordered (opt-in)",
    }

    def setup(self) -> None:
        self._visual = VisualOrder() if self.options.visual_order else None

    quiet_cost = 2

    def quiet(self, text: str) -> bool:
        """Nothing to decode or repair: the gates of :meth:`__call__`, each a C-level check."""
        opts = self.options
        if (opts.json_escapes and "u" in text) or (opts.bytes_reprs and "\\x" in text):
            return False
        if (opts.html_references and "&" in text) or (opts.bom and text.startswith(_BOM)):
            return False
        if self._visual is not None and HAS_FORMS_RE.search(text):
            return False
        if opts.mojibake:
            return find_signature(text) is None and not ("\u0660" in text and FA_AS_ZERO_RE.search(text))
        return not (opts.c1_controls and C1_CONTROL_RE.search(text))

    def quiet_chars(self) -> str | None:
        """What :meth:`quiet` looks for, as characters (the first characters of the signature
        stand for it; a BOM anywhere for one at the start). None where it needs more."""
        opts = self.options
        if opts.json_escapes or opts.bytes_reprs or self._visual is not None:
            return None
        chars = ("&" if opts.html_references else "") + (_BOM if opts.bom else "")
        if opts.mojibake:
            return chars + SIGNATURE_FIRST_CHARS + "\u0660"
        return chars + C1_CONTROL_RE.pattern[1:-1] if opts.c1_controls else chars

    def __call__(self, doc: Doc) -> Doc:
        opts = self.options
        if opts.json_escapes and "u" in doc.text:
            doc.sub(JSON_ESCAPE_RE, json_escape, "encoding/json-escape")
        if opts.bytes_reprs and "\\x" in doc.text:
            doc.sub(BYTES_REPR_RE, bytes_repr, "encoding/bytes-repr")
        if opts.html_references and "&" in doc.text and MARKUP_TAG_RE.search(doc.text) is None:
            doc.sub(HTML_REF_RE, html_ref, _html_rule)
        if opts.mojibake:
            repair_codecs(doc, c1_controls=opts.c1_controls)
        elif opts.c1_controls:
            from ..encoding.repair import repair_c1

            repair_c1(doc)
        if self._visual is not None and HAS_FORMS_RE.search(doc.text):
            self._visual_order(doc)
        if opts.bom and doc.text.startswith(_BOM):
            doc.replace([(0, 1, "", "encoding/bom")])
        # the count is a report: ``pipe(text)`` (untracked, text only) skips it
        if doc.track and ("?" in doc.text or "\ufffd" in doc.text):
            lost = sum(1 for _ in UNRECOVERABLE_RE.finditer(doc.text))
            if lost:
                doc.meta.setdefault("encoding", {})["unrecoverable"] = lost
        return doc

    def _visual_order(self, doc: Doc) -> None:
        text = doc.text
        edits = []
        pos = 0
        for line in text.split("\n"):
            if HAS_FORMS_RE.search(line):
                edits += [(s, e, new, "encoding/visual-order")
                          for s, e, new in self._visual.line_edits(line, pos)]
            pos += len(line) + 1
        doc.replace(edits)
