"""The lexicon of injected fragments: entries as data, loaded, validated, compiled into one pattern.

The built-in entries live in ``lexicon.toml`` beside this module (its header documents the
format); users add their own files (TOML, or JSON with the same structure). Plain strings are
folded (:mod:`.fold`) and escaped; all strings and trusted patterns compile into **one**
alternation, each alternative a named group that points back to its entry. Patterns from user
files are compiled on their own, probed for catastrophic backtracking and run with a timeout.

>>> lex = load_lexicon()
>>> m = lex.pattern.search("said.اضافه اعلان")
>>> lex.entry_of(m).label, m.group()
('ad_placeholder', 'اضافه اعلان')
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .fold import fold

#: The labels a detection can carry.
LABELS = ("ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer", "site_tag", "ui_chrome")
#: How an entry may sit in the text (see ``lexicon.toml``).
ANCHORS = ("line", "prefix", "glued", "inline")
WHERE = ("any", "top", "bottom")
SEPARATOR_MODES = ("optional", "required")
_ENTRY_KEYS = {"id", "label", "anchor", "strings", "patterns", "confidence", "payload", "separator",
               "where", "needs_neighbor", "caption"}
_FILE_KEYS = {"lexicon", "entry"}

#: A user pattern may spend at most this long on one probe string / one document.
PROBE_TIMEOUT = 0.1
RUN_TIMEOUT = 1.0

#: Bullets and separators allowed before a line-anchored cue (in the folded view).
LINE_LEAD = r"[ \t•·*>\-–—|►▶●■◆#»›→]*"
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
    payload: int = 3
    separator: str = "optional"
    where: str = "any"
    needs_neighbor: bool = False
    caption: bool = False
    source: str = "builtin"
    trusted: bool = True


@dataclass
class Lexicon:
    """Entries plus their compiled patterns (``pattern`` for all trusted alternatives,
    ``user_pattern`` for regular expressions from user files, run with a timeout)."""

    entries: list[Entry]
    pattern: regex.Pattern
    user_pattern: regex.Pattern | None
    groups: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def entries_of(self, match: regex.Match) -> list[Entry]:
        """The entries (in precedence order) whose cue produced ``match``."""
        return [self.entries[i] for i in self.groups[match.lastgroup]]

    def entry_of(self, match: regex.Match) -> Entry:
        """The first entry whose cue produced ``match``."""
        return self.entries[self.groups[match.lastgroup][0]]


class LexiconError(ValueError):
    """A lexicon file or entry is invalid; the message names the file and the entry."""


def string_to_regex(text: str) -> str:
    """A plain lexicon string as a pattern on the folded view.

    >>> string_to_regex("Read  More:")
    'Read[ \\\\t]+More'
    """
    folded = fold(text).strip().rstrip(":").strip()
    return r"[ \t]+".join(regex.escape(part, special_only=True) for part in folded.split())


#: Left context of a cue that is not line-anchored: not inside a word of its own script
#: (a letter before it is allowed across a script switch or a lower→upper case switch).
_LEFT_ARABIC = r"(?<!\p{Arabic})"
_LEFT_OTHER = r"(?:(?<![\p{L}\p{N}])|(?-i:(?<=\p{Ll})(?=\p{Lu}))|(?<=\p{Arabic}))"


def _anchored(body: str, anchor: str, first_char: str) -> str:
    if anchor in ("line", "prefix"):
        return f"(?<=^{LINE_LEAD})(?:{body})"
    if first_char and regex.match(r"\p{Arabic}", first_char):
        return f"{_LEFT_ARABIC}(?:{body})"
    return f"{_LEFT_OTHER}(?:{body})"


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
    payload = raw.get("payload", 3)
    if isinstance(payload, bool) or not isinstance(payload, int) or not 0 <= payload <= 20:
        raise LexiconError(f"{where}: payload must be a whole number in 0..20, not {payload!r}")
    for key, valid in (("separator", SEPARATOR_MODES), ("where", WHERE)):
        if raw.get(key, valid[0]) not in valid:
            raise LexiconError(f"{where}: {key} {raw[key]!r} is not one of {', '.join(valid)}")
    for key in ("needs_neighbor", "caption"):
        if not isinstance(raw.get(key, False), bool):
            raise LexiconError(f"{where}: {key} must be true or false")
    for p in patterns:
        _check_pattern(p, where, trusted)
    return Entry(str(name), label, anchor, tuple(strings), tuple(patterns), float(conf), payload,
                 raw.get("separator", "optional"), raw.get("where", "any"),
                 raw.get("needs_neighbor", False), raw.get("caption", False), source, trusted)


def _check_pattern(pattern: str, where: str, trusted: bool) -> None:
    """Refuse an invalid, empty-matching or catastrophic pattern, naming the entry."""
    try:
        compiled = regex.compile(pattern, regex.MULTILINE | regex.IGNORECASE)
    except regex.error as exc:
        raise LexiconError(f"{where}: invalid pattern {pattern!r}: {exc}") from None
    if trusted:
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


def compile_lexicon(entries: list[Entry]) -> Lexicon:
    """One alternation for all strings and trusted patterns; user patterns apart.

    Alternatives are ordered user entries first, then patterns, then longer strings first, so
    the longest cue wins where two start at the same place.
    """
    alts: list[tuple[tuple, str, int, str]] = []
    user_alts: list[tuple[str, int]] = []
    for idx, e in enumerate(entries):
        rank = 0 if not e.trusted else 1
        for s in e.strings:
            body = string_to_regex(s)
            if body:
                alts.append(((rank, 1, -len(body)), body, idx, fold(s).strip()[:1]))
        for p in e.patterns:
            if e.trusted:
                alts.append(((rank, 0, 0), p, idx, ""))
            else:
                user_alts.append((_anchored(p, e.anchor, ""), idx))
    alts.sort(key=lambda a: a[0])
    # One alternative per distinct cue, listing its entries in order; the left context is the
    # loosest any of them allows (the detector checks each entry's anchor).
    merged: dict[str, list[int]] = {}
    first: dict[str, str] = {}
    for _, body, idx, first_char in alts:
        merged.setdefault(body, []).append(idx)
        first[body] = first_char
    groups: dict[str, tuple[int, ...]] = {}
    parts = []
    for n, (body, idxs) in enumerate(merged.items()):
        groups[f"a{n}"] = tuple(dict.fromkeys(idxs))
        line_only = all(entries[i].anchor in ("line", "prefix") for i in idxs)
        anchored = _anchored(body, "line" if line_only else "glued", first[body])
        parts.append(f"(?P<a{n}>{anchored})")
    flags = regex.MULTILINE | regex.IGNORECASE
    pattern = regex.compile("|".join(parts) or "(?!)", flags)
    user_pattern = None
    if user_alts:
        uparts = []
        for n, (body, idx) in enumerate(user_alts):
            groups[f"u{n}"] = (idx,)
            uparts.append(f"(?P<u{n}>{body})")
        user_pattern = regex.compile("|".join(uparts), flags)
    return Lexicon(entries, pattern, user_pattern, groups)


@lru_cache(maxsize=16)
def load_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus users' files (their entries take precedence on equal cues)."""
    entries: list[Entry] = []
    for path in user_files:
        entries.extend(read_entries(path, trusted=False))
    entries.extend(_builtin_entries())
    return compile_lexicon(entries)
