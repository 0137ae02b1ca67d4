"""The lexicon of injected fragments: entries as data, loaded, validated, compiled into patterns.

The built-in entries live in ``lexicon.toml`` beside this module (its header documents the
format); users add their own files (TOML, or JSON with the same structure). Plain strings are
folded (:mod:`.fold`) and escaped; all strings and trusted patterns compile into one
alternation per anchor family (line-start cues, free cues), not a loop over entries: strings
as a trie, each built-in pattern behind a look-ahead of its possible first characters, what
must follow a line cue (the line end, a separator) checked by the pattern itself. Patterns
from user files are compiled apart, probed for catastrophic backtracking and run with a
timeout on the full folded view.

>>> lex = load_lexicon()
>>> m = lex.free_pattern.search("said.اضافه اعلان")
>>> [e.label for e in lex.entries_of(m, line=False)], m.group()
(['ad_placeholder'], 'اضافه اعلان')
>>> view = "hi\\n• read more: next"
>>> [(start, end, [e.id for e in lex.entries_of(m, line=True, cue=view[start:end])])
...  for start, end, m in lex.line_matches(view)]
[(5, 14, ['en-read-more', 'en-read-more-bare'])]
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .fold import ARABIC_MARKS, INVISIBLE_FORMAT, LETTER_FOLDS, SKIPPABLE, TATWEEL, fold

#: The labels a detection can carry.
LABELS = ("ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer", "site_tag", "ui_chrome")
#: How an entry may sit in the text (see ``lexicon.toml``).
ANCHORS = ("line", "prefix", "glued", "inline")
WHERE = ("any", "top", "bottom", "head", "second")
SEPARATOR_MODES = ("optional", "required")
_ENTRY_KEYS = {"id", "label", "anchor", "strings", "patterns", "confidence", "payload", "separator",
               "where", "needs_neighbor", "caption", "sites"}
_FILE_KEYS = {"lexicon", "entry"}

#: A user pattern may spend at most this long on one probe string / one document.
PROBE_TIMEOUT = 0.1
RUN_TIMEOUT = 1.0

#: Arabic letter folds applied to pattern text, so patterns may be written in ordinary spelling.
_PATTERN_FOLDS = str.maketrans(LETTER_FOLDS)

#: Bullets, separators, arrows, shapes and emoji allowed before a line-anchored cue
#: ("• اقرأ أيضا", "📌 Read more:"), in the folded view; stray marks and tatweel too (a later
#: step may delete them, and a second run must find nothing new).
LINE_LEAD = (r"[ \t•·*>\-–—|►▶●■◆#»›→\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff"
             + INVISIBLE_FORMAT + ARABIC_MARKS + TATWEEL + "]*")
_NESTED_QUANTIFIER = regex.compile(r"\((?:[^()\\]|\\.)*(?:[+*]|\{\d*,\d*\})\)(?:[+*]|\{\d*,\d*\})")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry (see the format in ``lexicon.toml``)."""

    id: str
    label: str
    anchor: str
    strings: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    confidence: float = 0.9
    payload: int = 0
    separator: str = "optional"
    where: str = "any"
    needs_neighbor: bool = False
    caption: bool = False
    source: str = "builtin"
    trusted: bool = True
    #: the sites the entry was learned on (``normtext mine``): when a run says which site each
    #: document comes from (``site=``, ``clean --site-field``), the entry applies only to those
    #: sites' documents; empty: every document
    sites: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Entries compiled into a few patterns on the folded view.

    ``line_pattern``: every cue and pattern of ``line``/``prefix`` entries, after a line break
    and bullets, so it is only tried at line starts (scan ``"\\n" + text``: see
    :meth:`line_matches`); ``free_pattern``: the cues of ``glued`` /
    ``inline`` entries, anywhere (their left context is judged by the detector);
    ``user_pattern``: regular expressions from user files, run with a timeout. A string cue is
    looked up by its matched text (case and spaces normalized), a pattern by its named group.
    """

    entries: list[Entry]
    line_pattern: re.Pattern
    free_pattern: re.Pattern
    user_pattern: regex.Pattern | None
    cues: dict[tuple[bool, str], tuple[int, ...]] = field(default_factory=dict)
    groups: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def line_matches(self, view: str) -> list[tuple[int, int, re.Match]]:
        """``(start, end, match)`` of the line cues of ``view`` (offsets into ``view``).

        A cue starts where the line's lead (bullets, marks) ends, and ends at the empty marker
        group that closes its alternative (see :func:`compile_lexicon`)."""
        return [(m.end(1) - 1, m.end(m.lastindex) - 1, m) for m in self.line_pattern.finditer("\n" + view)]

    def entries_of(self, match: regex.Match, *, line: bool, cue: str | None = None) -> list[Entry]:
        """The entries (in precedence order) whose cue or pattern produced ``match``; ``cue``:
        the matched text when it is not the whole match (line cues)."""
        name = match.lastgroup
        if name is not None and name in self.groups:
            idxs = self.groups[name]
        else:
            idxs = self.cues.get((line, cue_key(match.group() if cue is None else cue)), ())
        return [self.entries[i] for i in idxs]


@lru_cache(maxsize=4096)
def cue_key(text: str) -> str:
    """The lookup form of a matched cue: folded, runs of spaces as one space (cached: the same
    few cues are matched over and over)."""
    return " ".join(fold(text).split())


_ARABIC_LETTER = re.compile("([\u0621-\u064a\u066e-\u06d3])([?*+{])?")


#: ``[^\n]{a,b}`` in a built-in pattern: "up to b characters of the line".
_BOUNDED_REST = re.compile(r"\[\^\\n\]\{(\d+),(\d+)\}")


_SPACE_CLASS = re.compile(r"(?<!\\)\\s")
#: ``\s`` inside a character class (``[^\s:]``): :func:`one_line` cannot rewrite it.
_SPACE_IN_CLASS = re.compile(r"(?<!\\)\[(?:[^\]\\]|\\.)*?(?<!\\)\\s")


def one_line(pattern: str) -> str:
    r"""Keep a built-in pattern on one line: ``\s`` matches a space or a tab, never a line break
    (a cue ending its line must not swallow the next line's first word and then be refused).

    >>> one_line(r"abc\s*:\S")
    'abc[ \\t]*:\\S'
    """
    if _SPACE_IN_CLASS.search(pattern):
        raise LexiconError(f"built-in pattern {pattern!r}: write [ \\t] instead of \\s inside a class")
    return _SPACE_CLASS.sub(lambda m: "[ \\t]", pattern)


#: What a later step deletes or collapses (Arabic marks, tatweel, invisible format characters;
#: runs of spaces): free in a length limit.
_DELETED = ARABIC_MARKS + TATWEEL + INVISIBLE_FORMAT
_FREE = f"[ \\t{_DELETED}]"


def count_visible(pattern: str) -> str:
    r"""Let ``[^\n]{a,b}`` count the characters that stay (spaces, marks, tatweel and invisible
    characters between them are free), so what a later step deletes or collapses cannot flip a
    length limit (a second run must decide the same way).

    >>> "[ \\t" in count_visible("abc[^\\n]{0,60}") and "{0,60}" in count_visible("abc[^\\n]{0,60}")
    True
    """
    return _BOUNDED_REST.sub(lambda m: f"(?:{_FREE}*[^\\s{_DELETED}]){{{m.group(1)},{m.group(2)}}}{_FREE}*",
                             pattern)


def skip_marks(pattern: str) -> str:
    """Let a built-in pattern skip marks, tatweel and bidi marks after each Arabic letter.

    Built-in patterns use Arabic letters only as literals (never inside a character class).

    A quantified letter (``و?ل``) is grouped with its skip, so the quantifier stays on the letter.

    >>> skip_marks("اب").count("]*")
    2
    >>> import re
    >>> bool(re.fullmatch(skip_marks("و?ل"), "ل")), bool(re.fullmatch(skip_marks("و?ل"), "وَل"))
    (True, True)
    """
    return _ARABIC_LETTER.sub(lambda m: f"(?:{m.group(1)}{SKIPPABLE}){m.group(2)}" if m.group(2) else m.group(1) + SKIPPABLE,
                              pattern)


class LexiconError(ValueError):
    """A lexicon file or entry is invalid; the message names the file and the entry."""


def string_to_regex(text: str) -> str:
    """A plain lexicon string as a pattern on the folded view.

    >>> string_to_regex("Read  More:")
    'read[ \\\\t]+more'
    """
    folded = fold(text).strip().rstrip(":").strip()
    return _GAP.join(regex.escape(part, special_only=True) for part in folded.split())


#: Between the words of a cue: spaces (bidi marks may sit among them).
_GAP = r"[ \t]+"
_GAP_SKIPPING = "[ \\t" + INVISIBLE_FORMAT + "]+"


def _validate_entry(raw: Any, index: int, source: str, trusted: bool) -> Entry:
    where = f"{source}: entry #{index + 1}"
    if not isinstance(raw, dict):
        raise LexiconError(f"{where} is not a table")
    name = raw.get("id", f"{raw.get('label', 'entry')}-{index + 1}")
    where = f"{source}: entry {name!r}"
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(unknown)}; valid: {', '.join(sorted(_ENTRY_KEYS))}")
    label = raw.get("label")
    if label not in LABELS:
        raise LexiconError(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
    anchor = raw.get("anchor", "line")
    if anchor not in ANCHORS:
        raise LexiconError(f"{where}: anchor {anchor!r} is not one of {', '.join(ANCHORS)}")
    strings, patterns = raw.get("strings", []), raw.get("patterns", [])
    for key, value in (("strings", strings), ("patterns", patterns)):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{where}: {key} must be a list of non-empty strings")
    if not strings and not patterns:
        raise LexiconError(f"{where}: give at least one of strings, patterns")
    conf = raw.get("confidence", 0.9)
    if isinstance(conf, bool) or not isinstance(conf, (int, float)) or not 0 <= conf <= 1:
        raise LexiconError(f"{where}: confidence must be a number in 0..1, not {conf!r}")
    payload = raw.get("payload", 3 if anchor == "prefix" else 0)
    if isinstance(payload, bool) or not isinstance(payload, int) or not 0 <= payload <= 20:
        raise LexiconError(f"{where}: payload must be a whole number in 0..20, not {payload!r}")
    for key, valid in (("separator", SEPARATOR_MODES), ("where", WHERE)):
        if raw.get(key, valid[0]) not in valid:
            raise LexiconError(f"{where}: {key} {raw[key]!r} is not one of {', '.join(valid)}")
    for key in ("needs_neighbor", "caption"):
        if not isinstance(raw.get(key, False), bool):
            raise LexiconError(f"{where}: {key} must be true or false")
    sites = raw.get("sites", [])
    if not isinstance(sites, list) or not all(isinstance(v, str) and v.strip() for v in sites):
        raise LexiconError(f"{where}: sites must be a list of non-empty strings (site names)")
    patterns = [p.translate(_PATTERN_FOLDS) for p in patterns]
    for p in patterns:
        _check_pattern(p, where, trusted)
    return Entry(str(name), label, anchor, tuple(strings), tuple(patterns), float(conf), payload,
                 raw.get("separator", "optional"), raw.get("where", "any"),
                 raw.get("needs_neighbor", False), raw.get("caption", False), source, trusted,
                 tuple(s.strip() for s in sites))


def _check_pattern(pattern: str, where: str, trusted: bool) -> None:
    """Refuse an invalid, empty-matching or catastrophic pattern, naming the entry."""
    try:
        compiled = regex.compile(pattern, regex.MULTILINE | regex.IGNORECASE)
    except regex.error as exc:
        raise LexiconError(f"{where}: invalid pattern {pattern!r}: {exc}") from None
    if trusted:
        if regex.search(r"(?<!\\)[A-Z]", pattern):
            raise LexiconError(f"{where}: built-in pattern {pattern!r} must be written in lower case")
        return
    if compiled.search("") is not None:
        raise LexiconError(f"{where}: pattern {pattern!r} matches the empty string")
    if _NESTED_QUANTIFIER.search(pattern):
        raise LexiconError(f"{where}: pattern {pattern!r} nests repeated quantifiers (catastrophic "
                           "backtracking); rewrite it without a repeated group of repeats")
    letters = sorted({c for c in pattern if c.isalnum()} | {"a", " ", "ا"})
    probes = [c * 3000 + "\u0000" for c in letters] + ["".join(letters) * 400 + "\u0000"]
    for probe in probes:
        try:
            compiled.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            raise LexiconError(f"{where}: pattern {pattern!r} is too slow (catastrophic backtracking "
                               f"on a {len(probe)}-character probe); simplify it") from None


def _read_file(path: str | Path) -> dict:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror or exc}") from None
    try:
        if path.suffix.lower() == ".json":
            doc = json.loads(data.decode("utf-8"))
        else:
            doc = tomllib.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicon {path}: not valid {'JSON' if path.suffix == '.json' else 'TOML'}: {exc}") from None
    if not isinstance(doc, dict):
        raise LexiconError(f"lexicon {path}: the top level must be a table")
    unknown = sorted(set(doc) - _FILE_KEYS)
    if unknown:
        raise LexiconError(f"lexicon {path}: unknown key(s) {', '.join(unknown)}; valid: lexicon, entry")
    return doc


def read_entries(path: str | Path, *, trusted: bool = False) -> list[Entry]:
    """Validate the entries of one lexicon file (``LexiconError`` naming file and entry)."""
    doc = _read_file(path)
    raw = doc.get("entry", [])
    if not isinstance(raw, list):
        raise LexiconError(f"lexicon {path}: 'entry' must be an array of tables ([[entry]])")
    entries = [_validate_entry(e, i, str(path), trusted) for i, e in enumerate(raw)]
    seen: set[str] = set()
    for e in entries:
        if e.id in seen:
            raise LexiconError(f"lexicon {path}: entry id {e.id!r} is used twice")
        seen.add(e.id)
    return entries


BUILTIN_PATH = "lexicon.toml"


def _builtin_entries() -> list[Entry]:
    with resources.as_file(resources.files(__package__) / BUILTIN_PATH) as path:
        return read_entries(path, trusted=True)


#: What may close a whole-line cue (decoration, then the end of the line), and what may follow a
#: cue that needs a separator (in the folded view: colon variants are ":", no invisible marks).
_TRAIL = ("[ \\t.:»›>|\\-–—…!" + INVISIBLE_FORMAT + "\u0640\u064b-\u065f"
          "\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff]*")
_LINE_END = f"(?={_TRAIL}$)"
_SEP_OR_END = f"(?=[ \\t{INVISIBLE_FORMAT}]*(?:[:»›>|→]|\\.\\.|…|[-–—](?=[ \\t]))|{_TRAIL}$)"
_ATOM = re.compile(r"\\.|\[ \\t\]\+|.", re.DOTALL)


def trie_regex(bodies: set[str]) -> str:
    """One alternation for many cue patterns, factored as a trie (longest first at each branch).

    A backtracking engine then tries one branch per shared prefix instead of every cue, which
    matters when many cues start alike (``اضافه``, ``اقرا``, ``read more``).

    >>> trie_regex({"ab", "ac", "b"})
    '(?:a(?:b|c)|b)'
    """
    trie: dict = {}
    for body in bodies:
        node = trie
        for atom in _ATOM.findall(body):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [atom + emit(child) for atom, child in
                sorted(((a, c) for a, c in node.items() if a), key=lambda ac: ac[0])]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends and (len(alts) > 1 or body.startswith("(?:")) else (
            f"(?:{body})?" if ends else body)

    return emit(trie)


def first_chars(pattern: str) -> str | None:
    """The characters a match of ``pattern`` can start with, as a class body (``None``: any).

    Used to lead each built-in pattern with its first character (:func:`led_by_first_char`),
    so the alternation tries it only where that character stands.

    >>> first_chars("(?:photo|image)s?:"), first_chars("[ab]x"), first_chars(".x")
    ('ip', 'ab', None)
    """
    chars = first_char_set(pattern)
    return None if chars is None else class_of(chars)


def class_of(chars: frozenset[str]) -> str:
    """A class body for ``chars`` (sorted, escaped)."""
    return "".join(re.escape(ch) for ch in sorted(chars))


def first_char_set(pattern: str) -> frozenset[str] | None:
    """The set behind :func:`first_chars` (``None``: any character, or not known)."""
    from re import _constants as c
    from re import _parser

    def seq(items) -> tuple[set[int] | None, bool]:
        out: set[int] = set()
        for op, av in items:
            chars, nullable = one(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def one(op, av) -> tuple[set[int] | None, bool]:
        if op is c.LITERAL:
            return {av}, False
        if op is c.IN:
            chars: set[int] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(iav)
                elif iop is c.RANGE and iav[1] - iav[0] < 512:
                    chars.update(range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return chars, False
        if op is c.BRANCH:
            chars, nullable = set(), False
            for branch in av[1]:
                b, n = seq(branch)
                if b is None:
                    return None, False
                chars |= b
                nullable |= n
            return chars, nullable
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            chars, nullable = seq(av[2])
            return chars, nullable or av[0] == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        return None, False

    chars, nullable = seq(_parser.parse(pattern))
    if chars is None or nullable:
        return None
    return frozenset(map(chr, chars))


def led_by_first_char(pattern: str, starts: str | None) -> str:
    """``pattern`` as an alternative that begins with the class of its first characters.

    The engine skips an alternative whose first item is a literal or a class at the cost of one
    character test, without entering it (a look-ahead guard is entered like any group). The
    pattern itself runs in a look-ahead from that character (``[F](?<=(?=P).)``), so its groups
    keep their spans; the match as a whole ends after the first character.

    >>> import re
    >>> m = re.search(led_by_first_char("(?P<p0>ab+)", "a"), "xabbb")
    >>> m.span("p0"), m.span()
    ((1, 5), (1, 2))
    """
    if not starts or "\n" in starts:
        return pattern
    return f"[{starts}](?<=(?={pattern}).)"


#: How a line that a built-in "shape" pattern (one that may start with any character) matches
#: can end: a closing bracket or guillemet (perhaps with a space or full stop after it), a Latin letter (a
#: credit: "… / AFP", "Photo: Daily News Egypt"), a digit (a copyright year: "Site © 2024"), or an
#: Arabic letter or mark (a tail such as
#: "ـ من المصدر"), perhaps followed by a space or two (the whitespace step strips them later). Such
#: patterns are tried only on lines ending so: one scan per line, and most
#: lines (sentences ending with a full stop) go no further. ``tests/test_injected.py`` checks
#: every built-in shape pattern against it.
SHAPE_LINE_END = (r"(?:(?<=[)\]»])|(?<=[)\]][ \t.])|(?<=[)\]][ \t.][ \t.])"
                  "|(?<=[a-z0-9\u0621-\u064a\u064b-\u065f\u0640\u0660-\u0669])"
                  "|(?<=[a-z0-9\u0621-\u064a\u064b-\u065f\u0640\u0660-\u0669][ \t])"
                  "|(?<=[a-z0-9\u0621-\u064a\u064b-\u065f\u0640\u0660-\u0669][ \t][ \t]))")

#: Names of the empty groups that end a line cue string's alternative (``cue0``, ``cue1``…):
#: a match ending at one is looked up by its text (:meth:`Lexicon.entries_of`).
CUE_GROUP = "cue"

#: Buckets of first characters for the line patterns (class bodies; every other character is
#: one more bucket). A line start tests one bucket class per bucket, then only the patterns
#: that can begin with a character of its bucket, each led by its own first characters.
LINE_BUCKETS = ("\u0600-\u06ff", "a-f", "g-o", "p-r", "s-z")


def dispatch_by_first_char(parts: list[tuple[str, str, frozenset[str] | None]]) -> tuple[list[str], dict[str, str]]:
    """Alternatives equivalent to ``parts`` in their order, grouped by bucket of first character.

    ``parts`` are ``(name, body, first characters)``, the body holding ``(?P<name>…)``. Each
    bucket is one alternative ``[bucket](?<=(?=(?:…)).)`` over its parts (in their order), so at
    a line start the engine skips whole buckets with one character test. A part whose first
    characters span buckets is repeated in each under a new name ``name_k``; the returned
    dict maps every such name to its part's name.

    >>> alts, names = dispatch_by_first_char([("p0", "(?P<p0>ab)", frozenset("a")),
    ...                                       ("p1", "(?P<p1>ؤx|zy)", frozenset("ؤz"))])
    >>> [re.search(a, "zy").lastgroup for a in alts if re.search(a, "zy")], sorted(names)
    (['p1_4'], ['p0_1', 'p1_0', 'p1_4'])
    """
    buckets = [*LINE_BUCKETS, "^" + "".join(LINE_BUCKETS)]
    tests = [re.compile(f"[{b}]") for b in buckets]
    # parts that may start with any character (whole-line shapes: captions with their credit)
    # come first, once, behind one test of how the line ends (:data:`SHAPE_LINE_END`)
    shapes = [body for _, body, chars in parts if chars is None]
    out: list[str] = [f"(?=[^\n]*+{SHAPE_LINE_END})(?:{'|'.join(shapes)})"] if shapes else []
    names: dict[str, str] = {}
    for k, (bucket, test) in enumerate(zip(buckets, tests, strict=True)):
        alts = []
        for name, body, chars in parts:
            if chars is None:
                continue
            chars = frozenset(ch for ch in chars if test.match(ch))
            if not chars:
                continue
            alias = f"{name}_{k}"
            names[alias] = name
            alts.append(led_by_first_char(body.replace(f"(?P<{name}>", f"(?P<{alias}>", 1),
                                          class_of(chars)))
        if alts:
            out.append(f"[{bucket}](?<=(?=(?:{'|'.join(alts)})).)")
    return out, names


def compile_lexicon(entries: list[Entry]) -> Lexicon:
    """Compile entries into the line, free and user patterns (see :class:`Lexicon`).

    Within a pattern, patterns come first, then longer strings first, so the longest cue wins
    where two start at the same place; user entries come before built-in ones for equal cues.
    """
    cues: dict[tuple[bool, str], list[int]] = {}
    bodies: dict[bool, set[str]] = {True: set(), False: set()}
    # what may follow a line cue, the loosest any of its entries allows: 0 anything (prefix with
    # optional separator), 1 a separator or the line end (prefix, separator required), 2 the
    # line end (line entries). Checked by the pattern itself, so "More than…" or "Share prices…"
    # never reach the detector.
    follow: dict[str, int] = {}
    groups: dict[str, tuple[int, ...]] = {}
    pattern_parts: dict[bool, list[str]] = {True: [], False: []}
    line_parts: list[tuple[str, str, frozenset[str] | None]] = []
    user_parts: list[str] = []
    for idx, e in enumerate(entries):
        line = e.anchor in ("line", "prefix")
        for s in e.strings:
            body = string_to_regex(s)
            if body:
                bodies[line].add(body)
                mode = 2 if e.anchor == "line" else 1 if e.separator == "required" else 0
                follow[body] = min(follow.get(body, 2), mode) if line else 0
                cues.setdefault((line, cue_key(fold(s).strip().rstrip(":").strip())), []).append(idx)
        for p in e.patterns:
            name = f"{'p' if e.trusted else 'u'}{len(groups)}"
            groups[name] = (idx,)
            body = count_visible(one_line(skip_marks(p))) if e.trusted else p
            part = f"(?P<{name}>{body})"
            if not e.trusted:
                user_parts.append(f"^{LINE_LEAD}\\K{part}" if line else part)  # regex: \\K
            else:
                if line:  # line matches end at their empty named group (Lexicon.line_matches)
                    marked = f"(?:{body}){_LINE_END if e.anchor == 'line' else ''}(?P<{name}>)"
                    line_parts.append((name, marked, first_char_set(p)))
                else:  # free matches are read from the whole match: a look-ahead guard
                    starts = first_chars(p)
                    pattern_parts[line].append((f"(?=[{starts}])" if starts else "") + part)

    def tolerant(alternation: str) -> str:  # skip marks, tatweel and bidi marks inside cues
        return skip_marks(alternation.replace(_GAP, _GAP_SKIPPING))

    def strings(line: bool) -> str:
        return tolerant(trie_regex(bodies[line])) or "(?!)"

    # Built-in alternations use the standard library's engine on the lower-cased view: for a
    # large alternation of literals it is many times faster than ``regex``. A cue of the line
    # family ends at the empty group that closes its alternative (``cueN`` for strings, looked
    # up by text; ``pN`` for a pattern).
    def line_cues(keep: set[str]) -> str:
        """The line cue strings among ``keep``: whole-line cues first (a line that is all cue,
        "Your email address will not be published. Required fields are marked *", is not read
        as a shorter prefix cue followed by a sentence), then cues a separator must follow."""
        by_mode = [tolerant(trie_regex({b for b in keep if follow[b] == mode})) for mode in (0, 1, 2)]
        return "|".join(alt for alt in (by_mode[2] and f"(?:{by_mode[2]}){_LINE_END}",
                                        by_mode[1] and f"(?:{by_mode[1]}){_SEP_OR_END}", by_mode[0]) if alt)

    # Cue strings are dispatched with the patterns, after them in each bucket (the same
    # precedence as one alternation after all patterns): grouped by their first character, as
    # string bodies always begin with a literal.
    by_first: dict[frozenset[str] | None, set[str]] = {}
    for body in bodies[True]:
        by_first.setdefault(first_char_set(body), set()).add(body)
    cue_parts = [(f"{CUE_GROUP}{k}", f"(?:{line_cues(keep)})(?P<{CUE_GROUP}{k}>)", chars)
                 for k, (chars, keep) in enumerate(sorted(by_first.items(), key=lambda kv: sorted(kv[0] or ())))]
    # (a cue whose first character is not known would land among the shapes: it runs apart)
    undispatched = [body for _, body, chars in cue_parts if chars is None]
    dispatched, aliases = dispatch_by_first_char(line_parts + [p for p in cue_parts if p[2] is not None])
    for alias, name in aliases.items():
        if name in groups:
            groups[alias] = groups[name]
    line_alts = dispatched + undispatched or ["(?!)"]
    # a line start is a "\n" (the scan runs on "\n" + text): a literal first character lets
    # the engine skip to line breaks instead of testing "^" at every position
    # The lead is group 1 and each alternative ends with an empty named group: no group is
    # open while an alternative runs, so the engine's mark saving inside repeated branches
    # stays cheap (with a group around each alternative it copies every earlier mark).
    line_pattern = re.compile(f"\n({LINE_LEAD})(?:{'|'.join(line_alts)})", re.MULTILINE)
    free_pattern = re.compile("|".join(pattern_parts[False] + [strings(False)]), re.MULTILINE)
    flags = regex.MULTILINE | regex.IGNORECASE
    user_pattern = regex.compile("|".join(user_parts), flags) if user_parts else None
    return Lexicon(entries, line_pattern, free_pattern, user_pattern,
                   {k: tuple(dict.fromkeys(v)) for k, v in cues.items()}, groups)


@lru_cache(maxsize=16)
def load_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus users' files (their entries take precedence on equal cues).

    Every entry, whatever its ``sites``: what a run uses when it does not say where its
    documents come from (see :func:`lexicon_for_site`).
    """
    return compile_lexicon(_all_entries(user_files))


@lru_cache(maxsize=16)
def _all_entries(user_files: tuple[str, ...]) -> list[Entry]:
    entries: list[Entry] = []
    for path in user_files:
        entries.extend(read_entries(path, trusted=False))
    entries.extend(_builtin_entries())
    return entries


def site_names(user_files: tuple[str, ...] = ()) -> frozenset[str]:
    """Every site named by an entry's ``sites``."""
    return _site_names(user_files)


@lru_cache(maxsize=16)
def _site_names(user_files: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s for e in _all_entries(user_files) for s in e.sites)


def lexicon_for_site(user_files: tuple[str, ...], site: str | None) -> Lexicon:
    """The lexicon for documents of ``site``: the entries without ``sites`` and those naming it.

    ``site=None`` (the run does not say) gives every entry. A site no entry names shares one
    compiled lexicon with all such sites, so the number of compilations is bounded by the sites
    the files name, not by the sites of the corpus.

    >>> lexicon_for_site((), "example.com") is lexicon_for_site((), "other.org")
    True
    """
    if site is None or not site_names(user_files):
        return load_lexicon(user_files)
    return _scoped_lexicon(user_files, site if site in site_names(user_files) else "")


@lru_cache(maxsize=256)
def _scoped_lexicon(user_files: tuple[str, ...], site: str) -> Lexicon:
    return compile_lexicon([e for e in _all_entries(user_files) if not e.sites or site in e.sites])
