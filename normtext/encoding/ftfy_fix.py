"""ftfy's encoding fixes (never its cosmetic ones), per line, as recorded edits with rule ids.

ftfy's default ``fix_text`` also straightens quotes, which destroys windows-1256 evidence (the
second bytes of ل and ق read as ``„`` and ``‚``); here only :func:`ftfy.fix_encoding_and_explain`
runs, with every cosmetic fixer off.

>>> ftfy_edits("Ã©tÃ© 2024")
[(0, 5, 'été', 'mojibake/utf8-as-cp1252')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

import ftfy
import regex

from .score import PLAUSIBLE_CHARS

#: ftfy configuration: encoding fixes only.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
    remove_control_chars=False, normalization=None, explain=True,
)
FTFY_CONFIG_NO_C1 = FTFY_CONFIG._replace(fix_c1_controls=False)

#: ftfy codec name -> the reading it undid.
FTFY_CODEC_MODES = {
    "latin-1": "utf8-as-latin1",
    "sloppy-windows-1252": "utf8-as-cp1252",
    "sloppy-windows-1251": "utf8-as-cp1251",
    "sloppy-windows-1250": "utf8-as-cp1250",
    "sloppy-windows-1253": "utf8-as-cp1253",
    "sloppy-windows-1254": "utf8-as-cp1254",
    "sloppy-windows-1257": "utf8-as-cp1257",
    "iso-8859-2": "utf8-as-iso8859-2",
    "macroman": "utf8-as-macroman",
    "cp437": "utf8-as-cp437",
}
_SPACE_SPLIT = regex.compile(r"[^\t\n\x0b\x0c\r ]+")
_C1_RE = regex.compile("[\u0080-\u009f]")
_PRIVATE_USE_RE = regex.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
#: Splits a line into tokens and the whitespace runs between them (odd items).
_WS_SPLIT = re.compile(r"([\t\n\x0b\x0c\r ]+)")
#: NBSP-like and typographic spaces, seen by ftfy as plain spaces.
_SPACE_VIEW = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004"
                             "\u2005\u2006\u2008\u2009\u200a\u205f\u3000"})


#: Invisible characters later steps delete; ftfy's second look is at the line without them.
_DELETED_LATER_RE = regex.compile(
    "[\u00ad\u200b\u2060\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def _view_edits(line: str, offset: int, config) -> list[tuple[int, int, str, str]]:
    """ftfy's edits on the line as later steps leave it (spaces plain, invisibles gone), mapped
    back to ``line``; a fix found only there is made now, so a second run finds nothing new."""
    keep: list[tuple[int, int]] = []  # (view start, line start) of each kept stretch
    pieces = []
    pos = vpos = 0
    for m in _DELETED_LATER_RE.finditer(line):
        keep.append((vpos, pos))
        pieces.append(line[pos:m.start()])
        vpos += m.start() - pos
        pos = m.end()
    keep.append((vpos, pos))
    pieces.append(line[pos:])
    view = "".join(pieces).translate(_SPACE_VIEW)
    if view == line:
        return []
    fixed, plan = ftfy.fix_encoding_and_explain(view, config)
    if fixed == view:
        return []
    starts = [v for v, _ in keep]

    def back(i: int) -> int:
        k = bisect_right(starts, i) - 1
        return keep[k][1] + i - keep[k][0]

    rule = rule_from_plan(plan or [])
    return [(offset + back(s), offset + back(e - 1) + 1 if e > s else offset + back(s), new, r)
            for s, e, new, r in aligned_edits(view, fixed, rule)]


def rule_from_plan(plan: list) -> str:
    """The rule id naming what ftfy's plan undid."""
    encodes = [name for kind, name in plan if kind == "encode"]
    decodes = [name for kind, name in plan if kind == "decode"]
    if len(encodes) > 1:
        return "mojibake/layered"
    if encodes and decodes and decodes[-1].startswith("utf-8"):
        return "mojibake/" + FTFY_CODEC_MODES.get(encodes[0], "utf8-as-" + encodes[0])
    if any(name == "decode_inconsistent_utf8" for _, name in plan):
        return "mojibake/utf8-partial"
    return "encoding/c1-control"


def aligned_edits(old: str, new: str, rule: str, offset: int = 0) -> list[tuple[int, int, str, str]]:
    """Per-token edits turning ``old`` into ``new`` (one edit when the tokens do not align)."""
    old_tokens = _WS_SPLIT.split(old)
    new_tokens = _WS_SPLIT.split(new)
    if len(old_tokens) == len(new_tokens) and old_tokens[1::2] == new_tokens[1::2]:
        edits = []
        pos = offset
        for i, (a, b) in enumerate(zip(old_tokens, new_tokens, strict=True)):
            if i % 2 == 0 and a != b:
                edits.append((pos, pos + len(a), b, rule))
            pos += len(a)
        return edits
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return [(offset + start, offset + len(old) - end, new[start:len(new) - end], rule)]


def ftfy_edits(line: str, offset: int = 0, *, c1_controls: bool = True) -> list[tuple[int, int, str, str]]:
    """The edits ftfy's encoding fixes make to ``line``."""
    config = FTFY_CONFIG if c1_controls else FTFY_CONFIG_NO_C1
    # when ftfy leaves the line alone, it is also asked about the line as later steps leave it
    # (NBSP-like spaces as spaces), so that a second run finds nothing new
    fixed, plan = ftfy.fix_encoding_and_explain(line, config)
    if fixed == line:
        return _view_edits(line, offset, config)
    if _PRIVATE_USE_RE.search(fixed) and not _PRIVATE_USE_RE.search(line):
        return []  # ftfy's partial decoding made garbage of something else: leave the line
    rule = rule_from_plan(plan or [])
    if rule == "encoding/c1-control" and not c1_controls:
        return []
    if rule == "mojibake/utf8-as-latin1" and _C1_RE.search(line) is None:
        rule = "mojibake/utf8-as-cp1252"  # no C1 control: the two readings are the same
    return [e for e in aligned_edits(line, fixed, rule, offset) if _credible(line[e[0] - offset:e[1] - offset], e[2])]


#: What an ftfy repair may produce: the plausible characters plus U+FFFD (ftfy's marker of lost
#: bytes) and the other major scripts (Hebrew, Armenian, Indic, Georgian, Hangul Jamo, Lao);
#: rare scripts (Syriac, N'Ko…) from a two-character token are chance.
_CREDIBLE_RE = regex.compile(
    f"[{PLAUSIBLE_CHARS}\ufffd\u0530-\u05ff\u0900-\u0dff\u0e80-\u0eff\u10a0-\u10ff\u1100-\u11ff"
    "\u2800-\u28ff\ufb00-\ufdff\ufe70-\ufefc]*")
#: What a short token (under :data:`MIN_CJK_SOURCE` characters) may become: Latin, Greek,
#: Cyrillic, Hebrew, Arabic letters, common punctuation and signs, emoji, U+FFFD. A run of two or
#: three Latin-1 characters decodes to one CJK, Hangul or symbol character by chance (``Ä»¡`` is
#: not ``仡``).
_SHORT_OK_RE = regex.compile(
    "[\\x00-\\x7f\u00a0-\u017f\u1e00-\u1eff\u0386-\u03ce\u0400-\u045f\u05d0-\u05ea\u0600-\u06ff\u2010-\u2027\u2030-\u205e\u20a0-\u20cf"
    "\u2122\u2190-\u21ff\u2600-\u27bf\ufe0f\ufffd\u200b-\u200f\U0001f000-\U0001faff]*")
#: Shortest source that may decode to anything else (two characters of 3-byte UTF-8 mojibake).
MIN_CJK_SOURCE = 6


def _credible(old: str, new: str) -> bool:
    """An ftfy repair of one token is kept when it gives characters real text uses, and CJK only
    from a source long enough to be more than chance (``Ä»¡`` is not ``仡``)."""
    if _CREDIBLE_RE.fullmatch(new) is None:
        return False
    return len(old) >= MIN_CJK_SOURCE or _SHORT_OK_RE.fullmatch(new) is not None
