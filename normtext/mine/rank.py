"""From counts to proposals: thresholds, nesting, content filters, labels, anchors.

For each group, a key is a candidate when its guaranteed document frequency (the counter's
lower bound) reaches ``min_docs`` and ``min_share`` of the group's documents. Then:

- nested prefixes keep the longest that is (almost) as frequent as its parent: ``read more``
  over ``read``; a prefix is kept over its lines only when its repeated lines take several forms
  (``min_docs`` documents outside the most frequent form: ``Read more Sports`` / ``Read more
  Local``), else the line is exacter; a line that starts with an accepted prefix is covered by it
  (``almasdar.info - متابعة``);
- a prefix whose lines do not themselves repeat (the rest of the line varies: a headline after
  ``عاجل:``) is flagged ``varying_rest``: its anchor would remove the whole line;
- other forms of an accepted top or bottom line (truncated ``ALMASDAR.INF``, extended
  ``ALMASDAR.INFO - متابعة``) join it as exact lines;
- content (:func:`~normtext.mine.filters.content_flag`) is flagged and never written;
- the label comes from the built-in lexicon when one of its cues covers most of the candidate
  (``read more`` → ``read_more``), else from the position: a top line that looks like a
  domain or a site name → ``site_tag``, other top lines → ``ui_chrome``, bottom lines →
  ``site_trailer``, paragraph-end suffixes and short own lines in the middle → ``ad_placeholder``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from .budget import POSITIONS
from .filters import content_flag
from .folding import matching_key
from .miner import Miner

KINDS = {"L": "line", "P": "prefix", "S": "suffix"}
ANCHORS = {"L": "line", "P": "prefix", "S": "glued"}
#: A longer prefix replaces its parent when it keeps this share of the parent's documents.
NESTED_PREFIX_RATIO = 0.9
#: A prefix is proposed only when lines that repeat (2+ documents) account for this share of
#: its documents: the rest of its line is furniture too, not a varying headline.
STABLE_REST_SHARE = 0.8
#: A truncated variant must keep this share of the accepted string's length.
VARIANT_MIN_RATIO = 0.6
VARIANT_MIN_CHARS = 6
VARIANT_MIN_DOCS = 2
#: An extended variant adds a separator and at most this many words.
VARIANT_MAX_EXTRA_WORDS = 3
#: A built-in cue must cover this share of a candidate to lend it its label.
RESEMBLANCE_COVER = 0.5
_DOMAIN = regex.compile(r"(?:^|\s)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|news|tv|me|co|io|[a-z]{2})\b")
_LATIN_CAPS = regex.compile(r"^[\p{Lu}\p{N}\s.\-_&]+$")


@dataclass
class Candidate:
    """One proposed (or flagged) piece of furniture of a group."""

    group: str
    kind: str  # line | prefix | suffix
    key: str  # folded matching key
    text: str  # a surface form as seen in the corpus
    docs: int  # guaranteed document frequency (lower bound)
    docs_upper: int
    share: float
    position: str
    positions: dict[str, int]
    label: str
    resembles: str = ""  # id of the built-in entry it resembles
    anchor: str = "line"
    where: str = "any"
    flag: str = ""  # why it is not proposed (content), or ""
    examples: list[dict[str, str]] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class GroupReport:
    group: str
    documents: int
    candidates: list[Candidate]
    flagged: list[Candidate]


#: The built-in lexicon file (its format is the contract; its compiled internals are not).
BUILTIN_LEXICON = ("normtext.injected", "lexicon.toml")
#: Time allowed to one built-in pattern on one candidate, in seconds.
PATTERN_TIMEOUT = 0.05


@lru_cache(maxsize=1)
def builtin_cues() -> tuple[tuple[regex.Pattern, str, str], ...]:
    """(pattern on the folded key, label, entry id) for every string and pattern of the built-in
    lexicon, in file order; empty without the injected package."""
    try:
        raw = (resources.files(BUILTIN_LEXICON[0]) / BUILTIN_LEXICON[1]).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - partial install
        return ()
    cues = []
    for entry in tomllib.loads(raw).get("entry", []):
        label, ident = entry.get("label", ""), entry.get("id", "")
        for text in entry.get("strings", []):
            key = matching_key(text).rstrip(":").strip()
            if key:
                cues.append((regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(key)}(?![\p{{L}}\p{{N}}])"),
                             label, ident))
        for pattern in entry.get("patterns", []):
            try:
                cues.append((regex.compile(pattern, regex.IGNORECASE), label, ident))
            except regex.error:  # pragma: no cover - the built-in file is validated by its loader
                continue
    return tuple(cues)


def resemblance(key: str) -> tuple[str, str]:
    """(label, entry id) of the built-in entry whose cue covers most of ``key``, or ("", "").

    >>> resemblance("read more")[0], resemblance("amman daily")
    ('read_more', ('', ''))
    """
    best, found = 0, ("", "")
    for pattern, label, ident in builtin_cues():
        try:
            m = pattern.search(key, timeout=PATTERN_TIMEOUT)
        except TimeoutError:  # pragma: no cover
            continue
        if m and m.end() - m.start() > best:
            best, found = m.end() - m.start(), (label, ident)
    return found if best >= RESEMBLANCE_COVER * len(key) else ("", "")


def positional_label(kind: str, position: str, text: str, group: str) -> str:
    """The label a candidate's position suggests."""
    if kind == "S" or position == "middle" or position.endswith("para_end"):
        return "ad_placeholder"
    if position == "bottom":
        return "site_trailer"
    name = regex.sub(r"[^\p{L}\p{N}]+", "", group.lower().rsplit("/", 1)[-1].split(".")[0])
    squeezed = regex.sub(r"[^\p{L}\p{N}]+", "", text.lower())
    if _DOMAIN.search(text.lower()) or _LATIN_CAPS.match(text) or (name and name in squeezed):
        return "site_tag"
    return "ui_chrome"


def _covers(prefix: str, line: str) -> bool:
    """``line`` starts with the whole words of ``prefix``."""
    return line == prefix or (line.startswith(prefix) and not line[len(prefix)].isalnum())


def select(miner: Miner, *, min_docs: int = 5, min_share: float = 0.25, top: int = 50) -> list[GroupReport]:
    """Ranked candidates and flagged look-alikes of every group."""
    passing: dict[str, list[tuple]] = {g: [] for g in miner.documents}
    short_lines: dict[str, list[tuple[str, int, int]]] = {g: [] for g in miner.documents}
    for group, kind, key, st, examples in miner.items():
        lo = st[0] - st[1]
        n = miner.documents[group]
        if kind == "L" and lo >= VARIANT_MIN_DOCS:
            short_lines[group].append((key, lo, _mode(st)))
        if lo >= min_docs and lo >= min_share * n:
            passing[group].append((kind, key, lo, st, examples))
    reports = []
    for group, items in passing.items():
        unstable = _unstable_prefixes(items, short_lines[group])
        kept = _suppress_nested(items, unstable, short_lines[group], min_docs)
        cands = [_candidate(group, miner.documents[group], *item) for item in kept]
        for c in cands:
            if c.kind == "prefix" and c.key in unstable and not c.flag:
                c.flag = "varying_rest"
        _attach_variants(cands, short_lines[group])
        cands.sort(key=lambda c: (-c.docs, c.kind, c.key))
        proposed = [c for c in cands if not c.flag][:top]
        flagged = [c for c in cands if c.flag][:top]
        reports.append(GroupReport(group, miner.documents[group], proposed, flagged))
    return reports


def _mode(st: list[int]) -> int:
    hist = st[2:]
    return max(range(len(hist)), key=hist.__getitem__)


def _unstable_prefixes(items: list[tuple], short_lines: list[tuple[str, int, int]]) -> set[str]:
    """Prefixes whose lines do not repeat: the rest of the line varies (a headline after
    ``عاجل:``, a dateline): removing the line with the prefix would remove content."""
    unstable = set()
    for kind, key, lo, *_ in items:
        if kind != "P":
            continue
        repeated = sum(llo for line, llo, _ in short_lines if _covers(key, line))
        if repeated < STABLE_REST_SHARE * lo:
            unstable.add(key)
    return unstable


def _suppress_nested(items: list[tuple], unstable: set[str], short_lines: list[tuple[str, int, int]],
                     min_docs: int) -> list[tuple]:
    prefixes = {key: lo for kind, key, lo, *_ in items if kind == "P"}
    drop_p: set[str] = set()
    for p, lo in prefixes.items():
        for q, qlo in prefixes.items():
            if q != p and _covers(p, q):  # q extends p
                if qlo >= NESTED_PREFIX_RATIO * lo:
                    drop_p.add(p)
                else:
                    drop_p.add(q)
        forms = [llo for line, llo, _ in short_lines if _covers(p, line)]
        if sum(forms) - max(forms, default=0) < min_docs:  # one line form carries it: the line is exacter
            drop_p.add(p)
    accepted_p = [p for p in prefixes if p not in drop_p and p not in unstable]
    kept = []
    for item in items:
        kind, key = item[0], item[1]
        if kind == "P" and key in drop_p:
            continue
        if kind == "L" and any(_covers(p, key) for p in accepted_p):
            continue
        kept.append(item)
    return kept


def _candidate(group: str, n: int, kind: str, key: str, lo: int, st: list[int], examples: list) -> Candidate:
    positions = {name: st[2 + i] for i, name in enumerate(POSITIONS) if st[2 + i]}
    position = POSITIONS[_mode(st)]
    text = examples[0][1][examples[0][2]:examples[0][3]] if examples else key
    text = " ".join(text.split())
    label, resembles = resemblance(key)
    if not label:
        label = positional_label(kind, position, text, group)
    where = position if kind in "LP" and position in ("top", "bottom") else "any"
    return Candidate(
        group=group, kind=KINDS[kind], key=key, text=text, docs=lo, docs_upper=st[0],
        share=round(lo / n, 4) if n else 0.0, position=position, positions=positions, label=label,
        resembles=resembles, anchor=ANCHORS[kind], where=where, flag=content_flag(key),
        examples=[{"doc": d, "context": c} for d, c, *_ in examples])


def _attach_variants(cands: list[Candidate], short_lines: list[tuple[str, int, int]]) -> None:
    """Add the other forms of an accepted top or bottom line seen at the same position in 2+
    documents: truncated (``almasdar.inf``) or extended by a separator and a few words
    (``almasdar.info - متابعة``). Each is a whole line, matched exactly."""
    for c in cands:
        if c.flag or c.kind == "suffix" or c.where == "any":
            continue
        for key, lo, mode in short_lines:
            if POSITIONS[mode] != c.position or key == c.key or lo < VARIANT_MIN_DOCS:
                continue
            truncated = c.key.startswith(key) and len(key) >= max(VARIANT_MIN_CHARS, VARIANT_MIN_RATIO * len(c.key))
            extended = (c.kind == "line" and key.startswith(c.key) and _covers(c.key, key)
                        and len(key[len(c.key):].split()) <= VARIANT_MAX_EXTRA_WORDS + 1
                        and not content_flag(key))
            if truncated or extended:
                c.variants.append(key)
        c.variants.sort()
