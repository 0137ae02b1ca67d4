"""Candidate extraction: the strings of one document that may be site furniture.

Only characteristic positions are looked at, so a document yields a few dozen keys at most:

- **line** (``L``): a whole short line (at most :data:`MAX_LINE_WORDS` words and
  :data:`MAX_LINE_CHARS` characters) among the first :data:`TOP_LINES` or the last
  :data:`BOTTOM_LINES` non-blank lines, or a very short own line (at most
  :data:`MAX_MIDDLE_WORDS` words, no sentence end) anywhere between;
- **prefix** (``P``): the first one to three words of a short top or bottom line (at most
  :data:`MAX_PREFIX_LINE_WORDS` words), and its text before a separator (``-``, ``:``, ``|``,
  ``»``): ``ALMASDAR.INFO - متابعة`` gives ``almasdar.info``; ``Read more Sports`` gives ``read``,
  ``read more``, ``read more sports``;
- **suffix** (``S``): the end of a paragraph after its last sentence end, glued to it
  (``…الحادثة.اضافة اعلان`` gives ``اضافة اعلان``) or in the other script
  (``reported. اضافة اعلان``), or a short run in the other script glued to the end of a
  paragraph that has no final punctuation. A same-script last sentence after a space is a
  sentence that lost its full stop, not a fragment.

Each occurrence is ``(kind, key, position, start, end)``: ``key`` is the folded matching key
(:func:`~normtext.mine.folding.matching_key`), ``position`` an index into
:data:`~normtext.mine.budget.POSITIONS`, ``start:end`` the surface in the document.

>>> doc = "SITE.INFO\\nHeadline here\\n\\nFirst paragraph of the story, the ministry said.اضافة اعلان\\n\\nMore."
>>> [(k, key) for k, key, *_ in extract(doc) if k == "S" or key == "site.info"]
[('L', 'site.info'), ('P', 'site.info'), ('S', 'اضافه اعلان')]
"""

from __future__ import annotations

import regex

from .folding import matching_key

#: First and last non-blank lines that count as the top and the bottom: the same windows as
#: the lexicon's ``where = "top"`` / ``"bottom"``, so a mined ``where`` means the same thing there.
TOP_LINES = 6
BOTTOM_LINES = 8
MAX_LINE_CHARS = 100
MAX_LINE_WORDS = 12
MAX_MIDDLE_WORDS = 6
MAX_PREFIX_WORDS = 3
MAX_PREFIX_LINE_WORDS = 6
#: A prefix ending at a separator must start within this many characters.
MAX_PREFIX_CHARS = 40
MAX_SUFFIX_WORDS = 6
MAX_SUFFIX_CHARS = 50
#: How much of a paragraph's last line is searched for a suffix (the longest suffix, its
#: sentence end and closers).
SUFFIX_TAIL_CHARS = MAX_SUFFIX_CHARS + 8
#: The paragraph text before a suffix must be at least this long (a real paragraph).
MIN_PARAGRAPH_CHARS = 30
#: A paragraph line this long counts as body text even without a sentence end in it.
LONG_PARAGRAPH_CHARS = 60

POS_TOP, POS_MIDDLE, POS_BOTTOM, POS_FIRST_END, POS_END = range(5)

#: Sentence-final punctuation and the closers that may follow it.
SENTENCE_END = ".!?؟…۔"
CLOSERS = "\"'”’»)]"
#: Bullets and separators that may surround a furniture line (the lexicon's ``line`` anchor allows them).
EDGE_MARKS = "•·*>-–—|►▶●■◆#»›→:"
#: What :func:`_trimmed` strips: the marks, whitespace and invisible marks around them.
EDGE_STRIP = EDGE_MARKS + " \t\r\f\v\u00a0\u202f\u2007\u200b\u200e\u200f\u061c\ufeff"
_WORD = regex.compile(r"\S+")
_ENDS_SENTENCE = regex.compile(rf"[{SENTENCE_END}][{regex.escape(CLOSERS)}]*\s*$")
_HAS_SENTENCE_END = regex.compile(rf"[{SENTENCE_END}]")
_PREFIX_SEPARATOR = regex.compile(rf"^(.{{1,{MAX_PREFIX_CHARS}}}?)\s*(?:[:：|»]|\s[-–—]\s)")
_SUFFIX = regex.compile(
    rf"[{SENTENCE_END}][{regex.escape(CLOSERS)}]*[ \t]*([^{SENTENCE_END}\n]{{1,{MAX_SUFFIX_CHARS}}}?)\s*$")
_SCRIPT_SWITCH_END = regex.compile(
    r"(?:(?<=[\p{Latin}\d][\"'”’)]?)[ \t]*(\p{Arabic}[\p{Arabic}\p{M}\p{Cf} ]{1,40}?)"
    r"|(?<=\p{Arabic}\p{M}*[\"'”’)]?)[ \t]*(\p{Latin}[\p{Latin} ]{1,40}?))\s*$")
_LETTER = regex.compile(r"\p{L}")
_LAST_LETTER = regex.compile(r"\p{L}(?=\P{L}*\Z)")
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
#: One-word prefixes never worth counting (articles, prepositions, conjunctions), folded.
FUNCTION_WORDS = frozenset(
    "the a an of in on at to for and or but with from by is are was this that these those it "
    "في من على الى عن مع و او ثم ان هذا هذه ذلك التي الذي قد لا ما".split())


def _trimmed(line: str, start: int) -> tuple[int, int]:
    """Offsets of ``line`` (starting at ``start``) without surrounding bullets and separators."""
    left = len(line) - len(line.lstrip(EDGE_STRIP))
    right = len(line.rstrip(EDGE_STRIP))
    return start + left, start + max(left, right)


def extract(text: str) -> list[tuple[str, str, int, int, int]]:
    """Candidate occurrences of one document, each (kind, key) once."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    n = len(nonblank)
    out: list[tuple[str, str, int, int, int]] = []
    seen: set[tuple[str, str]] = set()

    def emit(kind: str, start: int, end: int, position: int) -> None:
        if end <= start:
            return
        key = matching_key(text[start:end])
        if not key or (kind, key) in seen or not _LETTER.search(key):
            return
        seen.add((kind, key))
        out.append((kind, key, position, start, end))

    first_body_done = False
    for k, i in enumerate(nonblank):
        line = lines[i]
        position = POS_TOP if k < TOP_LINES else POS_BOTTOM if k >= n - BOTTOM_LINES else POS_MIDDLE
        stripped = line.strip()
        if len(stripped) <= MAX_LINE_CHARS:
            words = stripped.split()
            short_enough = len(words) <= (MAX_MIDDLE_WORDS if position == POS_MIDDLE else MAX_LINE_WORDS)
            if short_enough and not (position == POS_MIDDLE and _ENDS_SENTENCE.search(stripped)):
                ls, le = _trimmed(line, starts[i])
                emit("L", ls, le, position)
                if position != POS_MIDDLE and len(words) <= MAX_PREFIX_LINE_WORDS:
                    _emit_prefixes(text, ls, le, position, emit)
        # paragraph end: the last non-blank line before a blank line or the end
        if k == n - 1 or nonblank[k + 1] != i + 1:
            if len(stripped) >= LONG_PARAGRAPH_CHARS or (
                    len(stripped) >= MIN_PARAGRAPH_CHARS and _HAS_SENTENCE_END.search(stripped)):
                end_pos = POS_END if first_body_done else POS_FIRST_END
                first_body_done = True
                _emit_suffix(line, starts[i], end_pos, emit)
    return out


def _emit_prefixes(text: str, start: int, end: int, position: int, emit) -> None:
    line = text[start:end]
    m = _PREFIX_SEPARATOR.match(line)
    if m:
        emit("P", start, start + len(m.group(1)), position)
    word_ends = [w.end() for w in _WORD.finditer(line)][:MAX_PREFIX_WORDS]
    for k, wend in enumerate(word_ends):
        ps, pe = _trimmed(line[:wend], start)
        if k == 0 and matching_key(text[ps:pe]) in FUNCTION_WORDS:
            return
        emit("P", ps, pe, position)


def _switches_script(line: str, s: int) -> bool:
    """The first letter at ``s`` and the last letter before it are of different scripts."""
    before = _LAST_LETTER.search(line, max(0, s - 20), s)
    after = _LETTER.search(line, s)
    if before is None or after is None:
        return False
    return bool(_ARABIC_LETTER.match(before.group())) != bool(_ARABIC_LETTER.match(after.group()))


def _emit_suffix(line: str, start: int, position: int, emit) -> None:
    # Only the tail can hold a suffix: the patterns run on it, not on the whole paragraph line.
    cut = max(0, len(line) - SUFFIX_TAIL_CHARS)
    tail = line[cut:]
    m = _SUFFIX.search(tail)
    if m is None:
        if _ENDS_SENTENCE.search(tail):
            return
        m = _SCRIPT_SWITCH_END.search(tail)
        if m is None:
            return
    group = 1 if m.group(1) is not None else 2
    s, e = cut + m.start(group), cut + m.end(group)
    if s < MIN_PARAGRAPH_CHARS or len(line[s:e].split()) > MAX_SUFFIX_WORDS:
        return
    if line[s - 1].isspace() and not _switches_script(line, s):
        return  # a last sentence without its full stop, not a glued fragment
    ts, te = _trimmed(line[s:e], start + s)
    emit("S", ts, te, position)
