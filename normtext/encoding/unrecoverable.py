"""Lines whose mojibake lost too many bytes to be undone: left alone, whole.

Some damage keeps the shape of mojibake but not its bytes. Repairing the few words that happen to
be whole would leave a line half repaired and half garbage (different garbage from the input, and
no longer recognisable as one reading); such a line is left as it is:

- **UTF-8 read with a code page that leaves most continuation bytes undefined, replaced by
  U+FFFD** (ISO-8859-6, cp864): a lead byte's character (``ظ`` ``ع`` for D8 D9 in ISO-8859-6,
  ``ﻅ`` ``ﻋ`` in cp864, ``أ`` for C3) followed by U+FFFD (:data:`LOSSY_LEAD_RE`). Most letters
  are gone, and which one each was cannot be known.
- **UTF-8 Arabic read as latin-1, then its C1 controls deleted**: the continuation bytes
  0x80-0x9F (the second bytes of ل م ن ه و ي ق ك) are gone, leaving ``Ù`` / ``Ø`` alone
  (:func:`stripped_c1_line`). A windows-1252 reading that lost only 0x81 (ف) shows the others as
  ``Ù„`` ``Ù…``…; a line with two or more lone leads, not one lead before a 0x80-0x9F
  character and no latin-1 letter of a legacy reading (``ÇáÚÑÈíÉ``: ``Ù`` is ع there) lost them
  all.

>>> bool(LOSSY_LEAD_RE.search("ظ\\ufffdع\\x84"))
True
>>> stripped_c1_line("Ø§ÙÙØºØ© ÙÙ"), stripped_c1_line("Ø§Ù„Ù„ØºØ© Ø¶Ø¹ÙŠÙ"), stripped_c1_line("ÇáÚÑÈíÉ ÙÙì")
(True, False, False)
>>> unrecoverable_spans("ok\\nØ§ÙÙØºØ© ÙÙ\\nok")
[(3, 14)]
"""

from __future__ import annotations

import codecs as _codecs
import re

from .codecs import CP1252_CONT_IMAGE

#: Code pages that leave most UTF-8 continuation bytes undefined (a decoder with
#: ``errors="replace"`` turns them into U+FFFD).
LOSSY_CODEPAGES = ("iso8859_6", "cp864")
#: Their characters for the UTF-8 lead bytes (C2-F4): Arabic letters, harakat, presentation forms
#: (``ظ`` ``ع`` lead Arabic letters, ``أ`` ``آ`` Latin-1 letters and signs, ``ق`` punctuation).
LOSSY_LEAD_IMAGES = "".join(sorted({
    ch for codec in LOSSY_CODEPAGES for b in range(0xC2, 0xF5)
    if (ch := _codecs.decode(bytes([b]), codec, "ignore")) and ch.isalpha() or ch == "\u0651"}))
#: Such a lead character followed by U+FFFD: the line lost its continuation bytes.
LOSSY_LEAD_RE = re.compile(f"[{re.escape(LOSSY_LEAD_IMAGES)}]\ufffd")
#: windows-1252 / latin-1 characters of the bytes 0x80-0x9F (C1 controls and cp1252 punctuation).
HIGH_CONT_IMAGE = "".join(map(chr, range(0x80, 0xA0))) + "".join(
    c for c in CP1252_CONT_IMAGE if ord(c) > 0xFF)
#: ``Ø`` ``Ù`` ``Ú`` ``Û`` (lead bytes D8-DB as latin-1) followed by no continuation character.
LONE_LEAD_RE = re.compile(f"[\u00d8-\u00db](?![{re.escape(CP1252_CONT_IMAGE)}])")
#: Such a lead followed by a 0x80-0x9F character: those bytes survived.
HIGH_PAIR_RE = re.compile(f"[\u00d8-\u00db][{re.escape(HIGH_CONT_IMAGE)}]")
#: A latin-1 letter that is no lead of Arabic (``Ø``-``Û``), punctuation (``â``) or emoji
#: (``ð``) and stands before no continuation character: a letter of a legacy reading
#: (``ÇáÚÑÈíÉ``, mac_roman's ``ÿ``), not UTF-8.
OTHER_LETTER_RE = re.compile("[\u00c0-\u00d7\u00dc-\u00e1\u00e3-\u00ef\u00f1-\u00ff](?![\u00a0-\u00bf])")
#: A lead followed by NFKC's form of a continuation character (``Ù...`` is م, ``Ø1`` is ع,
#: ``Ø ̄`` is د): NFKC'd mojibake (:mod:`.readings`), whose 0x80-0x9F bytes are kept or folded.
NFKC_FORM_RE = re.compile("[\u00d8-\u00db](?:\\.\\.\\.|[ao123\u03bc]| [\u0300-\u036f])")
#: A lead followed by a continuation character 0xA0-0xBF as latin-1 (``Ø§`` is ا): UTF-8 Arabic.
LATIN1_PAIR_RE = re.compile("[\u00d8-\u00db][\u00a0-\u00bf]")
#: Fewest lone leads (and latin-1 pairs) that say the line lost all its 0x80-0x9F bytes.
MIN_LONE_LEADS = 2
#: The cheap gate: either shape anywhere in the text.
GATE_RE = re.compile(f"{LOSSY_LEAD_RE.pattern}|{LONE_LEAD_RE.pattern}")


def stripped_c1_line(line: str) -> bool:
    """UTF-8 Arabic read as latin-1 whose C1 controls were deleted (see the module docstring)."""
    if (HIGH_PAIR_RE.search(line) is not None or OTHER_LETTER_RE.search(line) is not None
            or NFKC_FORM_RE.search(line) is not None):
        return False
    return (_at_least(LONE_LEAD_RE, line, MIN_LONE_LEADS)
            and _at_least(LATIN1_PAIR_RE, line, MIN_LONE_LEADS))


def _at_least(pattern: re.Pattern, text: str, n: int) -> bool:
    """Whether ``pattern`` matches ``text`` ``n`` times or more (stops counting there)."""
    for k, _ in enumerate(pattern.finditer(text), 1):
        if k >= n:
            return True
    return False


def unrecoverable_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line (without its line break) to be left alone."""
    spans: list[tuple[int, int]] = []
    pos = 0
    search = GATE_RE.search
    while (m := search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if LOSSY_LEAD_RE.search(line) is not None or stripped_c1_line(line):
            spans.append((start, end))
        pos = end + 1
    return spans


def outside(edits: list[tuple[int, int, str, str]], spans: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """The edits that touch none of ``spans`` (line spans, sorted).

    >>> outside([(0, 2, "x", "r"), (5, 6, "y", "r")], [(4, 8)])
    [(0, 2, 'x', 'r')]
    """
    if not spans:
        return edits
    return [e for e in edits if not any(a <= e[1] and e[0] <= b for a, b in spans)]
