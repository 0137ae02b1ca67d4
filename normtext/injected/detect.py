"""Detection of injected fragments: lexicon cues in context, captions, trailers, script switches.

One pass over the one-for-one folded text (:func:`.fold.fold_one_for_one`) with the lexicon's
two compiled alternations (cues that start a line, cues that may sit anywhere; user patterns
on the full :class:`.fold.FoldedView`) finds candidates; each is then judged on the original text by
its entry's anchor and by guards (quotes and parentheses, running text, lowercase
continuations, a headline first line, notices, neighbours). A cue next to an accepted one on
its line is judged again with that one taken out of its context. Structural rules extend or
add detections:

- **cue + payload**: a ``prefix`` cue takes the rest of its line and/or up to ``payload``
  short headline-like lines below it (one span);
- **caption + credit**: a credit line (``caption = true`` entries) takes the short caption line
  just above it (one span; a caption line repeated twice goes too);
- **trailers**: a short site-name line ending the document after a ``read_more`` /
  ``site_trailer`` block joins it (``Read more Region and World`` / ``Jordan News``);
- **script switch**: a short Arabic run glued after the last full stop of an English line (or
  the mirror) is supporting evidence for a cue there, and alone a low-confidence candidate.

>>> from normtext.injected.lexicon import load_lexicon
>>> text = "Hello world, Al-Ghad reported.اضافة اعلان\\n\\nMore text."
>>> [(d.label, text[d.start:d.end]) for d in detect(text, load_lexicon())]
[('ad_placeholder', 'اضافة اعلان')]
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import accumulate

import regex

from ..chargate import CharGate
from .fold import INVISIBLE_FORMAT, FoldedView, fold_one_for_one
from .lexicon import RUN_TIMEOUT, Entry, Lexicon

#: Sentence-final punctuation (a cue glued after one sits at a paragraph end).
SENTENCE_END = ".!?؟…۔"
#: Closing quotes and brackets that may follow sentence-final punctuation.
#: (every quote a quote straightener turns into ``"`` or ``'`` counts, as those two do, so a
#: second run after the ``search`` preset straightened them decides the same way)
CLOSERS = "\"'”’“‘»«)]"
#: Separators between a cue and its payload.
_SEPARATOR = regex.compile(r"[ \t\u00a0]*(?:[:：﹕∶»›>|→]|\.\.+|…|[-–—](?=[ \t\u00a0]))[ \t\u00a0]*")
# Marks and tatweel count as decoration too: a later step may strip them, and a second run
# must then find nothing new (idempotence).
_LEAD_ONLY = regex.compile(r"[\s\p{Cf}\p{M}\u0640•·*>\-–—|►▶●■◆#»›→\p{So}\p{Sk}]*")
#: (pointing emoji and arrows too: "اقرأ أيضاً 👇" points at its headline below)
_TRAIL_ONLY = regex.compile(r"[\s\p{Cf}\p{M}\u0640.:：»›>|\-–—…!\p{So}\u2190-\u21ff]*")
#: Characters of a line looked at on each side of a cue when judging it.
CONTEXT_CHARS = 1000
#: Stands for the rest of a line beyond the context window (no edge pattern accepts it).
_CUT_SHORT = "\ufffe"
#: (``(?r)``: searched from the end, so a long line before a cue costs one attempt, not one per
#: character)
_AFTER_SENTENCE = regex.compile(
    rf"(?r)[{SENTENCE_END}][{regex.escape(CLOSERS)}]*(?:[ \t\u00a0]*\([^()\n]{{1,40}}\))?[ \t\u00a0\p{{M}}\u0640]*"
    rf"(?:[-–—•|·][ \t\u00a0]*)?[\p{{Cf}}\p{{M}}\u0640]*\Z")
#: Decoration between a sentence and a cue glued after it ("days.- Advertisement -"): it goes
#: with the cue.
_DECORATION_BEFORE = regex.compile(r"(?r)[-–—•|·][ \t\u00a0]*\p{Cf}*\Z")
_SPACE = regex.compile(r"[ \t\u00a0]+")
_CF = regex.compile(r"\p{Cf}")
_INVISIBLE = re.compile(f"[{INVISIBLE_FORMAT}]")
_ONLY_INVISIBLE = re.compile(f"[\\s{INVISIBLE_FORMAT}]+")
_CF_OR_MARK = regex.compile(r"[\p{Cf}\p{M}]")
#: A name after an inline cue ("Advertisement Standards Authority"), unless its first word is
#: one that opens sentences ("Advertisement The IMF had …": a lost line break).
_CAPITALIZED_PAIR = regex.compile(
    r"[ \t\u00a0]+(?!(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|"
    r"However|Meanwhile|According|After|Before|When|While|Last|Earlier|Officials|There)\b)"
    r"\p{Lu}\p{L}*[ \t\u00a0]+\p{Lu}")
#: What follows an Arabic cue between sentences: perhaps a decoration (group 1), then the next
#: sentence's first Arabic letter.
_NEXT_ARABIC_SENTENCE = regex.compile(r"[ \t\u00a0]*([-–—•|·])?[ \t\u00a0]+(?=\p{Arabic})")
#: Words that open an Arabic sentence in news copy: a conjunction-prefixed word, a reporting verb.
_ARABIC_SENTENCE_OPENER = regex.compile(
    r"(?:[وف]\p{Arabic}{2,}|قال|قالت|[اأ]كد|[اأ]كدت|[اأ]ضاف|[اأ]ضافت|[اأ]وضح|[اأ]وضحت|[اأ]شار|[اأ]شارت|ذكر|ذكرت|"
    r"كما|يذكر|يشار|بدوره|بدورها|من جهته|من جانبه)\b")
_NEXT_SENTENCE = regex.compile(r"[ \t\u00a0]*[»›]?[ \t\u00a0]+(?=\p{Lu})")
_LETTER = regex.compile(r"\p{L}")
#: Lines a screen reader's list markup leaves in scraped text (Al Jazeera's "list of 3 items",
#: "list 1 of 3", "end of list"): inside a block of headlines, they belong to it.
_LIST_MARKUP = regex.compile(r"(?i)list of \d{1,2} items?|list \d{1,2} of \d{1,2}|end of list")
#: A tag under a tag-list heading: a few words, lower case allowed, no sentence punctuation.
_TAG_LINE = regex.compile(r"[#\w][\w'’\-&]*(?:[ \t]+[\w'’\-&]+){0,3}")
#: A line that is one link (a share box's short URL under its label).
_URL_LINE = regex.compile(r"(?:https?://|www\.)\S{3,200}")
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
#: Words that open a notice or announcement after a bare ``إعلان`` line (folded spelling).
NOTICE_OPENERS = regex.compile(
    r"(?:[وف]?(?:تعلن|يعلن|نعلن|اعلن|تدعو|يدعو|ندعو|تنوه|ينوه|تعلم|يعلم|يسر|تتشرف|يتشرف|يرجى|ترجو|"
    r"يرجو|عطاء|مناقصه|دعوه|بيع|للبيع|مطلوب|وظائف|وظيفه|عن|بخصوص|بشان|صادر|الى|الي|بناء|استنادا|"
    r"حول|نتائج|فتح|موعد|قبول))\b")
#: Bare ad words that also mean "announcement" (guarded by :data:`NOTICE_OPENERS`).
AMBIGUOUS_AD_WORDS = frozenset({"اعلان", "الاعلان", "اعلانات", "اشهار"})
#: Labels whose cues carry a payload (headlines) on the rest of their line.
PAYLOAD_LABELS = frozenset({"read_more", "related_links"})
#: A credit line must be short.
MAX_CREDIT_WORDS = 12
MAX_HEADLINE_WORDS = 16
MAX_CAPTION_WORDS = 25
TOP_LINES = 6
BOTTOM_LINES = 8
_SCRIPT_SWITCH_RUN = regex.compile(
    r"(?<=[.!?][\"'”’]?)(\p{Arabic}[\p{Arabic}\p{M}\p{Cf} ]{0,40}?|\p{Latin}[\p{Latin} ]{0,40}?)[ \t\p{Cf}]*$",
    regex.MULTILINE)


@dataclass
class Detection:
    """A fragment in current-text offsets, with its label, confidence and entry (or rule) id."""

    start: int
    end: int
    label: str
    confidence: float
    source: str
    first_line: int = 0
    last_line: int = 0
    kind: str = "line"  # "line": covers whole lines; "partial": part of a line
    needs_neighbor: bool = False  # counts only next to another detected line (checked once)


#: Line breaks: CRLF, LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR (the whitespace step
#: turns them into LF later; judging lines the same way now keeps a second run idempotent).
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
#: (a few characters: ``in`` tests on long text, several times cheaper than one class scan)
_RARE_BREAK = CharGate("\r\x0b\x0c\x85\u2028\u2029")


_PLUS_ONE = (1).__add__
_MINUS_ONE = (-1).__add__


class Lines:
    """Line boundaries of a text, with blank-line and shape helpers."""

    def __init__(self, text: str):
        self.text = text
        self._split: list[str] | None = None
        if not _RARE_BREAK.search(text):  # LF only (the usual case): lengths of the split
            self._split = text.split("\n")
            # line starts and ends from the line lengths, without a Python-level loop
            starts = list(accumulate(map(_PLUS_ONE, map(len, self._split)), initial=0))
            ends = list(map(_MINUS_ONE, starts[1:]))
            del starts[-1]
        else:
            starts, ends = [0], []
            for m in _LINE_BREAK.finditer(text):
                ends.append(m.start())
                starts.append(m.end())
            ends.append(len(text))
        self.starts, self.ends = starts, ends
        self.count = len(starts)
        self._nonblank: list[int] | None = None

    def end(self, i: int) -> int:
        """Offset of the end of line ``i`` (its line break excluded)."""
        return self.ends[i]

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def line(self, i: int) -> str:
        return self.text[self.starts[i]:self.end(i)]

    def blank(self, i: int) -> bool:
        """Only spaces and invisible format characters (bidi marks, zero-width) on line ``i``."""
        s = self.text[self.starts[i]:self.ends[i]].strip()
        return not s or _ONLY_INVISIBLE.fullmatch(s) is not None

    def content(self, i: int) -> tuple[int, int]:
        """Offsets of the first and after the last non-space character of line ``i``."""
        s, e = self.starts[i], self.end(i)
        line = self.text[s:e]
        return s + (len(line) - len(line.lstrip())), s + len(line.rstrip())

    @property
    def nonblank(self) -> list[int]:
        if self._nonblank is None:
            if self._split is not None and _INVISIBLE.search(self.text) is None:
                self._nonblank = [i for i, line in enumerate(self._split) if line and not line.isspace()]
            else:
                blank = self.blank
                self._nonblank = [i for i in range(self.count) if not blank(i)]
        return self._nonblank

    def rank(self, i: int) -> tuple[int, int]:
        """(non-blank lines before ``i``, non-blank lines after ``i``)."""
        nb = self.nonblank
        k = bisect_right(nb, i)
        before = k - 1 if k and nb[k - 1] == i else k
        return before, len(nb) - k

    def next_nonblank(self, i: int) -> int | None:
        for j in range(i + 1, self.count):
            if not self.blank(j):
                return j
        return None

    def prev_nonblank(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if not self.blank(j):
                return j
        return None


def _words(s: str) -> int:
    return len(s.split())


def headline_like(s: str) -> bool:
    """A short line that is not a sentence: a headline, a section name, a link title.

    >>> headline_like("Jordan hosts regional water summit"), headline_like("He said it was fine.")
    (True, False)
    """
    s = s.strip()
    if not s or _words(s) > MAX_HEADLINE_WORDS or len(s) > 160:
        return False
    if s[-1] in ".;,،؛:" and not s.endswith(".."):
        return False
    m = _LETTER.search(s)
    return m is None or not (_LATIN.match(m.group()) and m.group().islower())


def _caption_like(s: str, preceded_by_break: bool) -> bool:
    s = s.strip()
    n = _words(s)
    if not s or n > MAX_CAPTION_WORDS or len(s) > 220 or s[-1] in ":،,;":
        return False
    if s[-1] in SENTENCE_END:  # a caption in sentences (the Guardian's): its own paragraph
        return preceded_by_break
    return True


#: Double quotes a quote straightener turns into ``"`` (the ``latin`` step): counted as one kind,
#: so a cue is judged the same before and after straightening (``““. Also Read``).
DOUBLE_QUOTES = "\"“”„‟"
#: What may close a quote right after a cue (every form that straightens to ``"`` or ``'``).
_QUOTE_AFTER = DOUBLE_QUOTES + "»'’‘‚‛"


def _inside_quotes(line_before: str, after: str) -> bool:
    """Whether a cue sits inside quotes or parentheses on its line."""
    if line_before.count("(") > line_before.count(")") or line_before.count("[") > line_before.count("]"):
        return True
    if line_before.count("«") > line_before.count("»"):
        return True
    if sum(map(line_before.count, DOUBLE_QUOTES)) % 2 == 1:
        return True
    head = after.lstrip(" \t\u00a0")
    return bool(head) and head[0] in _QUOTE_AFTER and not line_before.rstrip().endswith((".", "!", "?"))


#: Marks, tatweel and invisible characters at the end of a word (a later step may delete them).
_DELETABLE_TAIL = regex.compile(r"(?r)[\p{M}\u0640\p{Cf}]+\Z")
_DELETABLE_HEAD = regex.compile(r"[\p{M}\u0640\p{Cf}]+")


def _glued_to_word(before: str) -> bool:
    """The text before a cue ends with a letter, digit or percent sign (``عليّ``, ``1.6%``),
    its trailing marks and tatweel aside, so deleting them later decides nothing new."""
    last = _DELETABLE_TAIL.sub("", before[-8:])[-1:]
    return last.isalnum() or last in "%\u066a"


def _script(ch: str) -> str:
    if _ARABIC.match(ch):
        return "Arab"
    if _LATIN.match(ch):
        return "Latn"
    return ""


def _switch(left: str, right: str) -> bool:
    """A script switch or a lower→upper case switch between two adjacent letters."""
    a, b = _script(left), _script(right)
    if a and b and a != b:
        return True
    return bool(a == b == "Latn" and left.islower() and right.isupper())


class _Judge:
    """Judges lexicon matches in their context (one per document)."""

    def __init__(self, text: str, lines: Lines, cue_lines: set[int]):
        self.text = text
        self.lines = lines
        self.cue_lines = cue_lines  # lines where a lexicon cue starts: payloads stop there
        self.partial: dict[int, list[tuple[int, int, str]]] = {}  # accepted detections per line (sorted)
        self.partial_labels: dict[int, set[str]] = {}
        self.second_round = False

    def same_label_on_line(self, entry: Entry, s: int) -> bool:
        """Second round: only a cue of the same furniture as an accepted one on its line."""
        if entry.needs_neighbor:
            return False
        i = self.lines.index(s)
        return entry.label in self.partial_labels.get(i, ())

    def accept(self, det: Detection) -> None:
        """Remember an accepted detection: later judgements on its line see around it."""
        if det.first_line == det.last_line:
            insort(self.partial.setdefault(det.first_line, []), (det.start, det.end, det.label))
            self.partial_labels.setdefault(det.first_line, set()).add(det.label)

    def _context(self, i: int, s: int, e: int) -> tuple[str, str]:
        """The line's text before and after ``s:e``, accepted detections on it taken out.

        Only a window of :data:`CONTEXT_CHARS` on each side is looked at (every judgement needs
        local context only), so a long line with many cues stays linear; a window cut short of
        the line's edge starts (or ends) with :data:`_CUT_SHORT`, which no edge test accepts.
        """
        text = self.text
        ls, le = self.lines.starts[i], self.lines.end(i)
        lo, hi = max(ls, s - CONTEXT_CHARS), min(le, e + CONTEXT_CHARS)
        head = _CUT_SHORT if lo > ls else ""
        tail = _CUT_SHORT if hi < le else ""
        cuts = self.partial.get(i)
        if not cuts:
            return head + text[lo:s], text[e:hi] + tail
        # accepted detections that overlap the window [lo, hi): sorted and disjoint
        k0 = max(bisect_left(cuts, (lo,)) - 1, 0)
        k1 = bisect_left(cuts, (hi,))
        window = cuts[k0:k1]
        before, after, pos = [], [], lo
        for a, b, _ in window:
            if b <= s and b > pos:
                before.append(text[pos:max(a, pos)])
                pos = b
        before.append(text[pos:s] if pos < s else "")
        pos = e
        for a, b, _ in window:
            if a >= e and b > pos:
                after.append(text[pos:min(a, hi)])
                pos = b
        after.append(text[pos:hi] if pos < hi else "")
        return head + "".join(before), "".join(after) + tail

    def judge(self, entry: Entry, s: int, e: int) -> Detection | None:
        text, lines = self.text, self.lines
        i = lines.index(s)
        le = lines.end(i)
        if e > le:
            if not text[le:e].isspace():
                return None
            e = le
        before, after = self._context(i, s, e)
        # marks, tatweel and invisible characters right after the cue: a later step may delete
        # them, and the cue must read the same then (idempotence)
        if (lead := _DELETABLE_HEAD.match(after)) is not None:
            after = after[lead.end():]
        at_line_start = not before or _LEAD_ONLY.fullmatch(before) is not None
        if entry.anchor in ("line", "prefix") and not at_line_start:
            return None
        conf = entry.confidence
        left = "start"
        if not at_line_start:
            if _AFTER_SENTENCE.search(before):
                left = "sentence"
                if before[-1:].isspace():
                    conf -= 0.02
            elif before and _switch(before[-1], text[s]):
                left = "switch"
                conf -= 0.05
            elif (entry.anchor == "glued" and entry.confidence >= 0.95
                  and _glued_to_word(before) and _TRAIL_ONLY.fullmatch(after)):
                left = "letter"  # a strong cue glued to the last word (or figure: 1.6%) of a paragraph
                conf -= 0.1
            else:
                return None
            if _inside_quotes(before, after):
                return None
            prev_letters = _LETTER.findall(before[-40:])
            if prev_letters and _script(prev_letters[-1]) != _script(text[s]):
                conf += 0.03  # supporting evidence: a script switch at the boundary
        if entry.where != "any":
            above, below = lines.rank(i)
            if (entry.where == "top" and above >= TOP_LINES or entry.where == "bottom" and below >= BOTTOM_LINES
                    or entry.where == "head" and above > 1 or entry.where == "second" and above != 1):
                return None
        cs, ce = lines.content(i)
        # right context
        tail = after.rstrip()
        if entry.anchor == "prefix" and tail.endswith((".", "!")) and not tail.endswith(".."):
            return None  # "More." is a sentence, not a cue
        if _TRAIL_ONLY.fullmatch(after):
            end = ce if at_line_start or left != "start" else e
            start = s
            if left == "sentence" and (decoration := _DECORATION_BEFORE.search(before)):
                start = s - len(decoration.group())
            det = Detection(cs if at_line_start else start, max(end, e), entry.label, conf, entry.id, i, i,
                            "line" if at_line_start else "partial")
            if entry.payload:
                self._take_payload_below(det, entry, i)
            return self._guards(det, entry, i)
        if entry.anchor == "line":
            return None
        sep = _SEPARATOR.match(after)
        if entry.anchor == "prefix":
            if sep:
                rest = after[sep.end():]
                if _words(rest) > 30:
                    return None
                if entry.separator == "required" and lines.rank(i)[0] == 0:
                    return None  # "شاهد: …" as the first line is a video article's headline
            else:
                if entry.separator == "required" or not after[:1].isspace():
                    return None
                if not headline_like(after) or lines.rank(i)[0] == 0:  # the first line is the headline
                    return None
                conf -= 0.1
            det = Detection(cs, ce, entry.label, conf, entry.id, i, i, "line")
            det.kind = "line"
            if not sep:
                det.source += ":bare"
                if entry.label == "related_links" and entry.payload:
                    # a section heading ("Latest from Kuwait") over its list of headlines
                    self._take_payload_below(det, entry, i)
            return self._guards(det, entry, i)
        # glued / inline, text continues on the line
        if after and _switch(text[e - 1], after[0]):
            return self._guards(Detection(s, e, entry.label, conf - 0.03, entry.id, i, i, "partial"),
                                entry, i)
        if sep and entry.label in PAYLOAD_LABELS:
            # a read-more cue after a sentence, its headline filling the rest of the line
            rest = after[sep.end():]
            if headline_like(rest):
                return self._guards(Detection(cs if at_line_start else s, ce, entry.label, conf - 0.1,
                                              entry.id, i, i, "line" if at_line_start else "partial"),
                                    entry, i)
            return None
        cue = text[s:e]
        # Between sentences: an all-caps cue, a cue glued to the full stop, or one after a
        # sentence that is not followed by a run of capitalized words ("Advertisement
        # Standards Authority" is a name, "Advertisement The minister" a lost line break).
        between = cue.isupper() or left == "sentence" and (
            not before[-1:].isspace() or not _CAPITALIZED_PAIR.match(after))
        if entry.anchor == "inline" and between:
            m = _NEXT_SENTENCE.match(after)
            if m:
                end = e + len(after[:m.end()].rstrip(" \t\u00a0"))
                return self._guards(Detection(cs if at_line_start else s, end, entry.label, conf - 0.08,
                                              entry.id, i, i, "partial"), entry, i)
        # Between two Arabic sentences (no capital letter to tell a new one): a strong ad cue
        # ("… الحالي. اضافة اعلان وقال …") before a word that opens sentences (a conjunction, a
# reporting verb: "… إضافة إعلان جديد تكلف …" is content), or an ad word decorated on both
# sides ("- إعلان -").
        if left == "sentence" and entry.label == "ad_placeholder" and _ARABIC.match(cue):
            decorated = _DECORATION_BEFORE.search(before) is not None
            m = _NEXT_ARABIC_SENTENCE.match(after)
            if m and (decorated and m.group(1) or entry.confidence >= 0.95
                      and _ARABIC_SENTENCE_OPENER.match(after, m.end()) is not None):
                start = s - len(_DECORATION_BEFORE.search(before).group()) if decorated else s
                end = e + len(after[:m.end()].rstrip(" \t\u00a0"))
                return self._guards(Detection(start, end, entry.label, conf - 0.08, entry.id, i, i, "partial"),
                                    entry, i)
        return None

    def _take_payload_below(self, det: Detection, entry: Entry, i: int) -> None:
        lines = self.lines
        j = i + 1
        taken = 0
        gap_used = False
        while taken < entry.payload and j < lines.count:
            if lines.blank(j):  # one gap (a run of blank lines) allowed before the first line
                if taken or (gap_used and not lines.blank(j - 1)):
                    break
                gap_used = True
                j += 1
                continue
            line = lines.line(j)
            if _LIST_MARKUP.fullmatch(line.strip()):  # screen-reader list markup: part of the block
                det.end = lines.content(j)[1]
                det.last_line = j
                j += 1
                continue
            if j in self.cue_lines or not (headline_like(line) or _URL_LINE.fullmatch(line.strip())
                                           or entry.label == "site_trailer" and _TAG_LINE.fullmatch(line.strip())):
                break
            det.end = lines.content(j)[1]
            det.last_line = j
            taken += 1
            j += 1
        while taken and j < lines.count and _LIST_MARKUP.fullmatch(lines.line(j).strip()):
            det.end = lines.content(j)[1]  # the list's closing markup ("end of list")
            det.last_line = j
            j += 1

    def _guards(self, det: Detection, entry: Entry, i: int) -> Detection | None:
        if entry.label == "ad_placeholder" and det.kind == "line" and det.end - det.start <= 24:
            word = _SPACE.sub(" ", FoldedView(self.text[det.start:det.end]).text).strip(" :.-")
            if word in AMBIGUOUS_AD_WORDS:
                nxt = self.lines.next_nonblank(det.last_line)
                if nxt is not None and NOTICE_OPENERS.match(FoldedView(self.lines.line(nxt).strip()).text):
                    return None
                if self.lines.rank(i)[0] == 0:
                    det.confidence = min(det.confidence, 0.6)
        if det.kind == "line" and entry.needs_neighbor:
            det.needs_neighbor = True
        det.confidence = round(min(det.confidence, 0.99), 3)
        return det


def has_cue(text: str, lexicon: Lexicon) -> bool:
    """Whether any lexicon cue shows in ``text``: without one, :func:`detect` finds nothing
    (script-switch candidates aside). Searches only, no lists, no judging.

    >>> from normtext.injected.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> has_cue("Prices rose.\\nاضافة اعلان", lex), has_cue("Prices rose.", lex)
    (True, False)
    """
    same = fold_one_for_one(text)
    if lexicon.free_pattern.search(same) is not None or lexicon.line_pattern.search("\n" + same) is not None:
        return True
    if lexicon.user_pattern is None:
        return False
    try:
        return lexicon.user_pattern.search(FoldedView(text).text, timeout=RUN_TIMEOUT) is not None
    except TimeoutError:
        return True  # the detector reports it


def detect(text: str, lexicon: Lexicon, *, candidates: bool = False,
           info: dict | None = None) -> list[Detection]:
    """Detections in ``text`` (non-overlapping, sorted), candidates included.

    Every detection carries its confidence; the caller decides which to act on. ``info``, when
    given, gets ``"rejected": True`` if some cue was found but judged not to be a fragment
    (after a removal, such a cue may read differently: the caller then looks again).
    """
    # Built-in cues: on the one-for-one view (same offsets as ``text``; the compiled patterns
    # skip marks, tatweel and bidi marks). User patterns: on the full folded view, mapped back.
    same = fold_one_for_one(text)
    spans = []
    for start, end, m in lexicon.line_matches(same):
        spans.append((start, end, m, True))
    spans += [(*m.span(), m, False) for m in lexicon.free_pattern.finditer(same)]
    if lexicon.user_pattern is not None:
        view = FoldedView(text)
        try:
            for m in lexicon.user_pattern.finditer(view.text, timeout=RUN_TIMEOUT):
                spans.append((view.to_original(m.start()), view.to_original(m.end(), end=True), m, True))
        except TimeoutError:
            names = sorted({lexicon.entries[i].id for g in lexicon.groups.values() for i in g
                            if not lexicon.entries[i].trusted and lexicon.entries[i].patterns})
            warnings.warn(f"user lexicon patterns timed out on a document and were skipped: "
                          f"{', '.join(names)}", RuntimeWarning, stacklevel=2)
    script_runs = list(_SCRIPT_SWITCH_RUN.finditer(text)) if candidates else []
    if not spans and not script_runs:
        return []
    lines = Lines(text)
    cue_lines = set()
    for s, _, _, _ in spans:
        i = lines.index(s)
        if s == lines.starts[i] or _LEAD_ONLY.fullmatch(text, lines.starts[i], s):
            cue_lines.add(i)
    judge = _Judge(text, lines, cue_lines)
    found: list[Detection] = []
    pending = sorted((x for x in spans if x[0] < x[1]), key=lambda x: (x[0], x[1]))
    # Rounds: a cue that touches an accepted one on its line is judged again with that one
    # taken out of its context ("ADVERTISEMENT Advertisement", "اضافة اعلان. اضافة اعلان"),
    # so a second pass over the output finds nothing more (idempotence).
    rejected: list = []
    for _ in range(3):
        rejected = []
        for s, e, m, line in pending:
            for entry in lexicon.entries_of(m, line=line, cue=same[s:e] if line else None):
                if judge.second_round and not judge.same_label_on_line(entry, s):
                    continue
                det = judge.judge(entry, s, e)
                if det is not None:
                    if entry.caption:
                        _take_caption(det, lines, cue_lines)
                    found.append(det)
                    judge.accept(det)
                    break
            else:
                rejected.append((s, e, m, line))
        if len(rejected) == len(pending) or not found:
            break
        pending = [x for x in rejected if lines.index(x[0]) in judge.partial]
        judge.second_round = True
    if info is not None:  # a cue inside an accepted detection (found twice) is no rejection
        covered = [(d.start, d.end) for d in found]
        info["rejected"] = any(not any(a <= x[0] and x[1] <= b for a, b in covered) for x in rejected)
    found = _resolve(found, lines, info)
    _extend_trailer(found, lines)
    found = _merge_blocks(found, lines)
    if candidates:
        found.extend(_script_switch_candidates(script_runs, found, lines))
        found = _resolve(found, lines)
    found = _trim(found, text)
    return found


def _take_caption(det: Detection, lines: Lines, cue_lines: set[int]) -> None:
    """Caption + credit: the short line just above a credit line goes with it (not a line where
    another cue starts: a share button above a credit is no caption). A line of furniture above
    the caption separates it from the text as a blank line does."""
    if det.kind != "line" or det.first_line == 0:
        return
    c = det.first_line - 1
    if c in cue_lines or lines.blank(c) or lines.rank(c)[0] == 0:
        return
    above = c - 1
    preceded_by_break = above < 0 or lines.blank(above) or lines.rank(above)[0] == 0 or above in cue_lines
    if not _caption_like(lines.line(c), preceded_by_break):
        return
    det.start = lines.content(c)[0]
    det.first_line = c
    if above >= 0 and not lines.blank(above) and lines.rank(above)[0] > 0 \
            and lines.line(above).strip() == lines.line(c).strip():
        det.start = lines.content(above)[0]
        det.first_line = above


def _resolve(found: list[Detection], lines: Lines, info: dict | None = None) -> list[Detection]:
    """Overlaps merged (the longer detection wins), neighbour-only entries checked."""
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[Detection] = []
    for d in found:
        if out and d.start < out[-1].end:
            prev = out[-1]
            if d.end > prev.end:
                prev.end, prev.last_line = d.end, d.last_line
            prev.confidence = max(prev.confidence, d.confidence) if prev.label == d.label else prev.confidence
            prev.needs_neighbor = prev.needs_neighbor and d.needs_neighbor
            continue
        out.append(d)
    line_dets = {}
    for d in out:
        if d.kind == "line":
            for k in range(d.first_line, d.last_line + 1):
                line_dets[k] = d
    kept = []
    for d in out:
        if d.needs_neighbor:
            p, n = lines.prev_nonblank(d.first_line), lines.next_nonblank(d.last_line)
            if not (p in line_dets and line_dets[p] is not d or n in line_dets and line_dets[n] is not d):
                if info is not None:
                    info["rejected"] = True  # a neighbour-only cue without a neighbour
                continue
            d.needs_neighbor = False
        kept.append(d)
    return kept


def _merge_blocks(found: list[Detection], lines: Lines) -> list[Detection]:
    """Whole-line detections of one label separated only by blank lines become one span
    (``Advertisement\n\nAdvertisement``, a share row, a trailer block)."""
    out: list[Detection] = []
    for d in found:
        if out and d.kind == "line" and out[-1].label == d.label and out[-1].last_line < d.first_line \
                and (out[-1].kind == "line" or lines.content(out[-1].last_line)[1] == out[-1].end) \
                and all(lines.blank(k) for k in range(out[-1].last_line + 1, d.first_line)):
            prev = out[-1]
            prev.end, prev.last_line = d.end, d.last_line
            prev.confidence = min(prev.confidence, d.confidence)
            continue
        out.append(d)
    return out


def _extend_trailer(found: list[Detection], lines: Lines) -> None:
    """A short site-name line ending the document joins the read-more / trailer block above it."""
    if not found:
        return
    last = found[-1]
    if last.kind != "line" or last.label not in ("read_more", "site_trailer"):
        return
    rest = [j for j in lines.nonblank if j > last.last_line]
    if not rest or len(rest) > 2:
        return
    for j in rest:
        s = lines.line(j).strip()
        if _words(s) > 4 or len(s) > 40 or s[-1] in SENTENCE_END + ":،," or s[0] in "([" \
                or not _LETTER.search(s):
            return
    if last.label == "read_more" and not last.source.endswith(":bare"):
        return
    last.end = lines.content(rest[-1])[1]
    last.last_line = rest[-1]
    last.label = "site_trailer"


def _script_switch_candidates(runs, found: list[Detection], lines: Lines) -> list[Detection]:
    out = []
    text = lines.text
    for m in runs:
        s, e = m.start(1), m.start(1) + len(m.group(1).rstrip())
        if _words(text[s:e]) > 4 or any(d.start <= s < d.end or s <= d.start < e for d in found):
            continue
        i = lines.index(s)
        line_before = text[lines.starts[i]:s]
        letters = _LETTER.findall(line_before)
        if len(letters) < 20 or _script(letters[-1]) == _script(text[s]):
            continue
        out.append(Detection(s, e, "ad_placeholder", 0.5, "script-switch", i, i, "partial"))
    return out


def _trim(found: list[Detection], text: str) -> list[Detection]:
    """Spans never start or end with whitespace; adjacent format controls (bidi marks) join."""
    out = []
    for d in found:
        s, e = d.start, d.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while s > 0 and _CF.match(text[s - 1]):
            s -= 1
        while e < len(text) and _CF_OR_MARK.match(text[e]):
            e += 1
        if s < e:
            d.start, d.end = s, e
            out.append(d)
    return out
