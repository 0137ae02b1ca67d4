"""Arabic presentation forms in visual (reversed) order, as some PDF extractors emit them.

In logical order a word starts with an initial or isolated form and ends with a final or isolated
one; extracted in visual order it is the other way round, and the words of the line run backwards
too. A line is re-ordered only when more words read as visual than as logical. The forms stay
forms: folding them to letters is the ``unicode`` step's job.

>>> fix = VisualOrder()
>>> fix.fix_line("ﺔﻴﺑﺮﻌﻟﺍ ﺔﻐﻠﻟﺍ")
'ﺍﻟﻠﻐﺔ ﺍﻟﻌﺮﺑﻴﺔ'
>>> fix.fix_line("ﺍﻟﻠﻐﺔ ﺍﻟﻌﺮﺑﻴﺔ")
'ﺍﻟﻠﻐﺔ ﺍﻟﻌﺮﺑﻴﺔ'
"""

from __future__ import annotations

import unicodedata

import regex

#: The Arabic Presentation Forms-B letters (U+FE70-U+FEFC; U+FEFF, the BOM, is not one).
FORMS_B = range(0xFE70, 0xFEFD)
#: Runs of presentation forms with the spaces and punctuation between them (one RTL run).
RTL_RUN_RE = regex.compile(
    "[\ufb50-\ufdff\ufe70-\ufefc](?:[\ufb50-\ufdff\ufe70-\ufefc \u060c\u061b\u061f.,:!]*"
    "[\ufb50-\ufdff\ufe70-\ufefc])?")
WORD_RE = regex.compile("[\ufb50-\ufdff\ufe70-\ufefc]{2,}")
HAS_FORMS_RE = regex.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


class VisualOrder:
    """Built on demand (the form table is read from the UCD for the forms ranges only)."""

    def __init__(self) -> None:
        self.form: dict[str, str] = {}
        for cp in list(FORMS_B) + list(range(0xFB50, 0xFE00)):
            dec = unicodedata.decomposition(chr(cp))
            if dec.startswith("<"):
                self.form[chr(cp)] = dec[1:dec.index(">")]

    def _votes(self, line: str) -> tuple[int, int]:
        visual = logical = 0
        for m in WORD_RE.finditer(line):
            first, last = self.form.get(m.group()[0]), self.form.get(m.group()[-1])
            if first == "initial" or last == "final":
                logical += 1
            elif first == "final" or last == "initial":
                visual += 1
        return visual, logical

    def line_edits(self, line: str, offset: int = 0) -> list[tuple[int, int, str]]:
        visual, logical = self._votes(line)
        if visual <= logical:
            return []
        return [(offset + m.start(), offset + m.end(), m.group()[::-1]) for m in RTL_RUN_RE.finditer(line)]

    def fix_line(self, line: str) -> str:
        out, pos = [], 0
        for s, e, new in self.line_edits(line):
            out += [line[pos:s], new]
            pos = e
        return "".join(out + [line[pos:]])
