"""The ``whitespace`` step: space variants, line ends, runs of spaces and blank lines. Runs last.

Rules:

- ``whitespace/nbsp``: NBSP, narrow NBSP and figure space → a space.
- ``whitespace/space-variant``: en/em/thin/hair/ideographic… spaces → a space.
- ``whitespace/line-ending``: CRLF and CR → LF (``line_endings="keep"`` to keep them).
- ``whitespace/trailing``: spaces and tabs at the end of a line removed.
- ``whitespace/spaces``: a run of spaces between two non-space characters → one space
  (indentation at the start of a line is kept).
- ``whitespace/blank-lines``: more than ``max_blank_lines`` blank lines → that many.
- ``whitespace/leading-blank-lines``: blank lines at the start of the document removed.
- ``whitespace/trailing-blank-lines``: blank lines at the end removed; the document's final
  newline is kept as it was (present or absent).

>>> from normtext import Pipeline
>>> Pipeline.from_config({"steps": {"whitespace": {}}})("a\\u00a0 b  \\r\\n\\n\\n\\nc\\n\\n")
'a b\\n\\nc\\n'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from ..chargate import CharGate
from ..chars import NBSP_LIKE, SPACE_VARIANTS
from ..doc import CharMap, Doc
from ..step import STAGE_WHITESPACE, Step, register


@dataclass(frozen=True)
class WhitespaceOptions:
    nbsp: bool = True
    space_variants: bool = True
    line_endings: Literal["lf", "keep"] = "lf"
    collapse_spaces: bool = True
    trailing: bool = True
    #: blank lines allowed between paragraphs; a negative number keeps every blank line
    max_blank_lines: int = 1
    strip_edges: bool = True


_NBSP = CharMap({c: " " for c in NBSP_LIKE})
_SPACE_VARIANTS = CharMap({c: " " for c in SPACE_VARIANTS})
_CRLF = regex.compile(r"\r\n?")
#: linear time: a match starts only at the first space of a run, and the run is taken possessively
_TRAILING = regex.compile(r"(?<![ \t])[ \t]++(?=\r?\n|\r|\Z)")
_SPACES = regex.compile(r"(?<=[^ \t\r\n]) {2,}(?=[^ \t\r\n])")
_LEADING_BLANK = regex.compile(r"\A(?:[ \t]*(?:\r\n|\r|\n))+(?=[^\r\n])")
#: "just after a line break" without splitting a CRLF pair
_AFTER_BREAK = r"(?:(?<=\n)|(?<=\r)(?!\n))"
#: linear time: starts only at the first break of a blank block (never inside one), possessive body
_TRAILING_BLANK = regex.compile(r"(?<!(?:\r|\n)[ \t]*)(?:\r\n|\r|\n)(?:[ \t]*+(?:\r\n|\r|\n))++\Z")


@register
class WhitespaceStep(Step):
    name = "whitespace"
    stage = STAGE_WHITESPACE
    purpose = "Space variants to spaces, line ends to LF, runs of spaces and blank lines tidied."
    Options = WhitespaceOptions
    rules = {
        "whitespace/nbsp": "NBSP, narrow NBSP, figure space → space",
        "whitespace/space-variant": "typographic space variants → space",
        "whitespace/line-ending": "CRLF / CR → LF",
        "whitespace/trailing": "spaces and tabs at the end of a line removed",
        "whitespace/spaces": "a run of spaces inside a line → one space",
        "whitespace/blank-lines": "runs of blank lines shortened to max_blank_lines",
        "whitespace/leading-blank-lines": "blank lines at the start of the document removed",
        "whitespace/trailing-blank-lines": "blank lines at the end removed (final newline kept as it was)",
    }

    def setup(self) -> None:
        o = self.options
        # what ``quiet`` looks for in one scan: the mapped spaces, and CR (line ends, and the
        # trailing/blank-line checks that CR complicates)
        self._quiet_chars = CharGate(set(NBSP_LIKE if o.nbsp else ()) | set(SPACE_VARIANTS if o.space_variants else ())
                                     | {"\r"})
        if o.max_blank_lines >= 0:
            nl = r"(?:\r\n|\r|\n)"
            self._blank = regex.compile(
                rf"{_AFTER_BREAK}(?:[ \t]*{nl}){{{o.max_blank_lines + 1},}}")
        else:
            self._blank = None

    quiet_cost = 1

    def quiet(self, text: str) -> bool:
        """No rule has anything to do: the same C-level checks as :meth:`__call__`, no edit."""
        if not text:
            return True
        o = self.options
        if self._quiet_chars.search(text) or (o.collapse_spaces and "  " in text):
            return False
        if o.strip_edges and (text[0] in _EDGE_CHARS or text[-1] in _EDGE_CHARS):
            return False
        if "\n" not in text:  # one line: trailing spaces can only be at the end
            return not (o.trailing and text[-1] in " \t")
        if o.trailing and _may_have_trailing(text, False):
            return False
        return self._blank is None or not _may_have_blank_run(text, o.max_blank_lines, False, o.trailing)

    def __call__(self, doc: Doc) -> Doc:
        # Each rule runs only where a cheap C-level check (``in``, ``endswith``) says it may match.
        o = self.options
        if o.nbsp:
            doc.translate(_NBSP, "whitespace/nbsp")
        if o.space_variants:
            doc.translate(_SPACE_VARIANTS, "whitespace/space-variant")
        text = doc.text
        has_cr = "\r" in text
        if o.line_endings == "lf" and has_cr:
            doc.sub(_CRLF, "\n", "whitespace/line-ending")
            has_cr = "\r" in doc.text
        if o.trailing and _may_have_trailing(doc.text, has_cr):
            doc.sub(_TRAILING, "", "whitespace/trailing")
        if o.collapse_spaces and "  " in doc.text:
            doc.sub(_SPACES, " ", "whitespace/spaces")
        if self._blank is not None and _may_have_blank_run(doc.text, o.max_blank_lines, has_cr,
                                                           o.trailing):
            keep = o.max_blank_lines
            doc.sub(self._blank, lambda m: _newline_of(m.group()) * keep, "whitespace/blank-lines")
        if o.strip_edges:
            text = doc.text
            if text[:1] in _EDGE_CHARS and text:
                doc.sub(_LEADING_BLANK, "", "whitespace/leading-blank-lines")
            text = doc.text
            tail = len(text) - len(text.rstrip(" \t\r\n"))
            if tail >= 2 and (text.count("\n", len(text) - tail) + text.count("\r", len(text) - tail)) >= 2:
                doc.sub(_TRAILING_BLANK, lambda m: _newline_of(m.group()),
                        "whitespace/trailing-blank-lines")
        return doc


_EDGE_CHARS = " \t\r\n"


def _may_have_trailing(text: str, has_cr: bool) -> bool:
    """Cheap check: a space or tab before a line break or at the end."""
    if text.endswith((" ", "\t")) or " \n" in text or "\t\n" in text:
        return True
    return has_cr and (" \r" in text or "\t\r" in text)


def _may_have_blank_run(text: str, keep: int, has_cr: bool, trailing_done: bool) -> bool:
    """Cheap check: ``keep + 1`` blank lines in a row may exist."""
    if has_cr or not trailing_done:
        return True
    return "\n" * (keep + 2) in text


def _newline_of(block: str) -> str:
    """The line break used in ``block`` (so ``line_endings="keep"`` keeps CRLF files CRLF)."""
    if "\r\n" in block:
        return "\r\n"
    return "\r" if "\r" in block and "\n" not in block else "\n"
