"""Per-token mojibake repair: the readings ftfy does not know (windows-1256, ISO-8859-6, lost bytes)
and Arabic UTF-8 mojibake inside otherwise clean lines.

A token (a run between ASCII spaces) is re-decoded as a whole, so a clean letter left in it vetoes
the change (``القط؟`` and ``(د.ط،`` stay as they are). Up to three layers are undone, outermost
first; a legacy reading (windows-1256 / ISO-8859-6 bytes) is always the innermost one. A token
whose evidence is weak (a lone ``æ`` = و, ``ط،`` = ء) is repaired only next to a repaired token.

>>> fix_line("قال ط§ظ„ظˆط²ظٹط± ÇáÚÑÈíÉ")
'قال الوزير العربية'
>>> fix_line("القط؟ (د.ط، Øresund")
'القط؟ (د.ط، Øresund'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .codecs import CP1252_CONT_IMAGE, CP1256_CONT_IMAGE, LEGACY_LETTER_IMAGE
from .readings import (
    CP1256_WEAK_ONLY_RE, EVIDENCE, LEGACY_READINGS, LOSSY_READINGS, UTF8_READINGS, Reading,
)
from .score import arabic_letter_count, arabic_score, is_plausible, is_plausible_arabic

MAX_LAYERS = 3

_WS = r"\t\n\x0b\x0c\r "
_DIGIT = "\u00d9[\u00a0\u00a1-\u00a9]"
_ZERO_SP = "\u00d9 (?=\u00d9[ \u00a0\u00a1-\u00a9]| )"
#: Tokens: a run of Arabic-Indic digits read as cp1252 whose NBSPs became spaces, or any run of
#: non-space characters.
TOKEN_RE = regex.compile(
    f"(?<![^{_WS}])(?:{_DIGIT}|{_ZERO_SP})*{_DIGIT}(?:{_ZERO_SP})*(?![^{_WS}])|[^{_WS}]+")

#: Characters that can only be mojibake in the tokens this module repairs: high latin-1 and cp1252
#: punctuation, ط/ظ followed by a windows-1256 continuation character, box drawing (cp437) and the
#: macroman letters ÿ Ÿ.
TOKEN_TRIGGER_RE = regex.compile(
    f"[\u0080-\u00ff{regex.escape(CP1252_CONT_IMAGE)}\u2500-\u259f\u0178]"
    f"|[\u0637\u0638][{regex.escape(CP1256_CONT_IMAGE)}]|\u0637$|\u0637(?=[\u0637\u0638])")

#: What remains mojibake after a layer is undone (another layer must follow).
STILL_MOJIBAKE_RE = regex.compile(
    f"[\u00c2-\u00f4][{regex.escape(CP1252_CONT_IMAGE)}]"
    f"|[\u0637\u0638][{regex.escape(CP1256_CONT_IMAGE)}]|[\u0080-\u009f]")
_LEGACY_LETTER_RE = regex.compile(f"[{regex.escape(LEGACY_LETTER_IMAGE)}]")
_HAS_ARABIC_RE = regex.compile("[\u0600-\u06ff]")
_LETTER_RE = regex.compile(r"\p{L}")


@dataclass(frozen=True)
class Candidate:
    """A repaired token: its text, the readings undone (outermost first), strength and score."""

    text: str
    chain: tuple[str, ...]
    strong: bool
    score: float

    @property
    def rule(self) -> str:
        return f"mojibake/{self.chain[0]}" if len(self.chain) == 1 else "mojibake/layered"


def _strength(reading: Reading, source: str, out: str) -> bool | None:
    """``True`` strong, ``False`` weak, ``None`` not a candidate."""
    letters = arabic_letter_count(out)
    if reading.legacy:
        if not letters or not is_plausible_arabic(out):
            return None
        return letters >= 2
    if reading.name.startswith("utf8-as-cp1256"):
        if EVIDENCE["utf8-as-cp1256"].search(source):
            return True
        if CP1256_WEAK_ONLY_RE.fullmatch(source):
            return False
        return None
    if reading.name.startswith("utf8-as-cp1252"):
        if reading.name.endswith("lost-byte") and letters < 2:
            return False if letters else None
        return bool(letters) if EVIDENCE["utf8-as-cp1252"].search(source) or letters else None
    return True if letters else None  # macroman, cp437: only for Arabic


def _final(out: str) -> bool:
    return is_plausible(out) and STILL_MOJIBAKE_RE.search(out) is None


@lru_cache(maxsize=1 << 16)
def token_candidates(token: str) -> tuple[Candidate, ...]:
    """Every shallowest repair of ``token`` (empty when nothing plausible)."""
    frontier: list[tuple[str, tuple[str, ...]]] = [(token, ())]
    for depth in range(MAX_LAYERS):
        found: list[Candidate] = []
        deeper: list[tuple[str, tuple[str, ...]]] = []
        for src, chain in frontier:
            utf8_valid = False
            for reading in UTF8_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out == src:
                    continue
                utf8_valid = True
                if _final(out):
                    strong = _strength(reading, src, out)
                    if strong is not None:
                        found.append(Candidate(out, chain + (reading.name,), strong, arabic_score(out)))
                elif depth + 1 < MAX_LAYERS and is_plausible(out):
                    deeper.append((out, chain + (reading.name,)))
            if utf8_valid:
                continue
            for reading in LOSSY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out != src and _final(out):
                    strong = _strength(reading, src, out)
                    if strong is not None:
                        found.append(Candidate(out, chain + (reading.name,), strong, arabic_score(out)))
            if _HAS_ARABIC_RE.search(src) or not _LEGACY_LETTER_RE.search(src):
                continue
            for reading in LEGACY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                strong = _strength(reading, src, out)
                if strong is not None:
                    found.append(Candidate(out, chain + (reading.name,), strong, arabic_score(out)))
        if found:
            return tuple(found)
        frontier = deeper
        if not frontier:
            break
    return ()


def line_edits(line: str, offset: int = 0) -> list[tuple[int, int, str, str]]:
    """Edits ``(start, end, new, rule)`` (offsets shifted by ``offset``) repairing ``line``."""
    tokens = []
    for m in TOKEN_RE.finditer(line):
        tok = m.group()
        cands = token_candidates(tok) if TOKEN_TRIGGER_RE.search(tok) else ()
        tokens.append((m.start(), m.end(), tok, cands))
    if not any(c for *_, c in tokens):
        return []
    # the line's preferred reading chain: most strong tokens, then best Arabic score
    rank: dict[tuple[str, ...], list[float]] = {}
    for *_, cands in tokens:
        for c in cands:
            r = rank.setdefault(c.chain, [0, 0.0])
            r[0] += c.strong
            r[1] += c.score
    chosen: list[Candidate | None] = []
    for *_, cands in tokens:
        chosen.append(max(cands, key=lambda c: (c.strong, rank[c.chain], c.score)) if cands else None)
    accepted = [c is not None and c.strong for c in chosen]
    _accept_weak_neighbours(tokens, chosen, accepted)
    return [(offset + s, offset + e, c.text, c.rule)
            for (s, e, _tok, _), c, ok in zip(tokens, chosen, accepted) if ok and c is not None]


def _accept_weak_neighbours(tokens, chosen, accepted) -> None:
    """Accept weak candidates next to an accepted token (tokens without letters are skipped)."""
    lettered = [i for i, (_, _, tok, _) in enumerate(tokens) if _LETTER_RE.search(tok)]
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(lettered):
            if accepted[i] or chosen[i] is None:
                continue
            left = k > 0 and accepted[lettered[k - 1]]
            right = k + 1 < len(lettered) and accepted[lettered[k + 1]]
            if left or right:
                accepted[i] = True
                changed = True


def fix_line(line: str) -> str:
    """``line`` with :func:`line_edits` applied (for tests and doctests)."""
    out = []
    pos = 0
    for s, e, new, _ in line_edits(line):
        out.append(line[pos:s])
        out.append(new)
        pos = e
    out.append(line[pos:])
    return "".join(out)
