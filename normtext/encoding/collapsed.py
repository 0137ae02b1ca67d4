"""UTF-8 Arabic read as latin-1, then whitespace collapsed (``re.sub(r"\\s+", " ", s)``).

Python's ``\\s`` (and ``str.split``) take the C1 control NEL (U+0085) and NBSP for whitespace: in
latin-1 mojibake they are the second bytes of م (D9 85) and ٠ (D9 A0). A collapser turns them
into a space, merges them with a real space after them, or strips them at a line end, so that
``Ù `` is left where م stood, with or without a space after it. The C1 controls that latin-1
keeps elsewhere in the run (``Ù\\x84`` is ل) say the reading is latin-1 (where no byte is lost
otherwise: a lone ``Ù`` is not ف with a lost 0x81, as it is in windows-1252 text).

Whether the space after ``Ù`` was real is guessed from the words around it: م alone is no word
(``Ù Ø³ØªØ´Ù\\x81Ù\\x89`` is مستشفى); the article ``ال`` takes no space (المتحدث); a one-letter
remainder is a suffix (الرسمي); a next word with the article, a Latin word or a number stands
apart (يوم الأحد); the two-letter particles لم تم ثم هم كم stand apart. A run is changed only
when all of it then decodes as UTF-8 to plausible text with Arabic letters.

>>> fix_collapsed("Ø§Ù\\x84Ù Ø¯Ù\\x8aÙ\\x86Ø© Ù\\x8aÙ\\x88Ù Ø§Ù\\x84Ø£Ø\\xadØ¯")
'المدينة يوم الأحد'
"""

from __future__ import annotations

import regex

from .codecs import encode_cp1252
from .score import arabic_sign_count, is_plausible
from .splice import splice

#: UTF-8 Arabic read as latin-1: a lead (``Ø`` ``Ù``) before a C1 control (the gate).
LATIN1_ARABIC_RE = regex.compile("[\u00d8\u00d9][\u0080-\u009f]")
#: A run of latin-1 characters (spaces included) holding such a pair.
_RUN_RE = regex.compile("[\\x20-\\xff]*[\u00d8\u00d9][\u0080-\u009f][\\x20-\\xff]*")
#: ``Ù`` whose second byte became a space or went at the line end.
_BARE_RE = regex.compile("\u00d9(?= |$)")
#: An Arabic letter as latin-1 (lead ``Ø``-``Û`` + continuation character).
_LETTER_RE = regex.compile("[\u00d8-\u00db](?:[\u0080-\u00bf]|(?= |$))")
#: Arabic-Indic digits as latin-1 (``Ù`` + 0xA0-0xA9): ``Ù `` beside them is ٠ (NBSP collapsed).
_DIGIT_RE = regex.compile("\u00d9[\u00a0-\u00a9 ]")
#: The article ال (``Ø§Ù\x84``) and لل at the start of a word.
ARTICLE = ("\u00d8\u00a7\u00d9\u0084", "\u00d9\u0084\u00d9\u0084")
#: Two-letter particles ending in م (their first letter as latin-1): لم تم ثم هم كم.
PARTICLE_LEADS = frozenset({"\u00d9\u0084", "\u00d8\u00aa", "\u00d8\u00ab", "\u00d9\u0087", "\u00d9\u0083"})
_WAW = "\u00d9\u0088"
#: Punctuation that follows a word without a space.
_CLOSING = frozenset(".,;:!?)]\u00bb")
RULE = "mojibake/utf8-as-latin1"


def _keeps_space(prev: str, nxt: str) -> bool:
    """Whether the space between ``prev + "م"`` and ``nxt`` (latin-1 mojibake) was real."""
    before = len(_LETTER_RE.findall(prev))
    after = len(_LETTER_RE.findall(nxt))
    if before == 0 or prev.endswith(ARTICLE) or (nxt and nxt[0] in _CLOSING):
        return False
    if after == 0 or nxt[0].isascii():
        return True  # a Latin word, a number
    if after == 1 and len(nxt) <= 3 and nxt != _WAW:
        return False  # a one-letter suffix (ي ه ك), not the conjunction و
    if before == 1 and prev in PARTICLE_LEADS:
        return True
    return nxt.startswith(ARTICLE) and after >= 4


def _restore(run: str) -> str:
    """``run`` with the second byte of each bare ``Ù`` given back (see the module docstring)."""
    out, pos = [], 0
    for m in _BARE_RE.finditer(run):
        i = m.start()
        word_start = run.rfind(" ", 0, i) + 1
        nxt_end = run.find(" ", i + 2)
        nxt = run[i + 2:nxt_end if nxt_end >= 0 else len(run)]
        prev = run[word_start:i]
        out.append(run[pos:i])
        next_digit = _DIGIT_RE.match(run, i + 2) is not None or _BARE_RE.match(run, i + 2) is not None
        if _DIGIT_RE.fullmatch(prev[-2:]) or (not prev and next_digit):
            out.append("\u00d9\u00a0" + ("" if next_digit else " "))
        elif i + 1 >= len(run):
            out.append("\u00d9\u0085")
        else:
            out.append("\u00d9\u0085 " if _keeps_space(prev, nxt) else "\u00d9\u0085")
        pos = i + 2 if i + 1 < len(run) else i + 1
    out.append(run[pos:])
    return "".join(out)


def collapsed_edits(text: str) -> list[tuple[int, int, str, str]]:
    """Edits ``(start, end, new, rule)`` for the runs of collapsed latin-1 mojibake in ``text``."""
    edits = []
    for m in _RUN_RE.finditer(text):
        run = m.group().strip(" ")
        start = m.start() + len(m.group()) - len(m.group().lstrip(" "))
        end = start + len(run)
        if _BARE_RE.search(run) is None or (run.endswith("\u00d9") and end < len(text) and not text[end].isspace()):
            continue  # (a run cut inside a word: windows-1252 shows ``Ù…`` for م)
        try:
            new = encode_cp1252(_restore(run)).decode("utf-8")
        except UnicodeError:
            continue
        if is_plausible(new) and arabic_sign_count(new) >= 2:
            edits.append((start, end, new, RULE))
    return edits


def fix_collapsed(text: str) -> str:
    """The repairs on a string (for tests and examples; the pipeline edits a Doc)."""
    return splice(text, collapsed_edits(text))
