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

from .codecs import (
    CP1252_CONT_IMAGE,
    CP1256_CONT_IMAGE,
    CP1256_LEAD_IMAGE,
    CP1256_STRONG_CONT,
    LEGACY_LETTER_IMAGE,
)
from .ftfy_fix import aligned_edits
from .readings import (
    CP1256_WEAK_ONLY_RE,
    EVIDENCE,
    LEGACY_READINGS,
    LOSSY_READINGS,
    UTF8_READINGS,
    Reading,
)
from .score import arabic_score, arabic_sign_count, is_plausible, is_plausible_arabic

MAX_LAYERS = 3

_WS = r"\t\n\x0b\x0c\r \u2000-\u200b\u202f\u205f\u2060\u3000\ufeff"
_DIGIT = "\u00d9[\u00a0\u00a1-\u00a9]"
_ZERO_SP = "\u00d9 (?=\u00d9[ \u00a0\u00a1-\u00a9]| )"
#: Tokens: a run of Arabic-Indic digits read as cp1252 whose NBSPs became spaces, or any run of
#: characters other than spaces.
TOKEN_RE = regex.compile(
    f"(?<![^{_WS}])(?:{_DIGIT}|{_ZERO_SP})*{_DIGIT}(?:{_ZERO_SP})*(?![^{_WS}])|[^{_WS}]+")
#: NBSP and the soft hyphen are continuation bytes (A0, AD) inside mojibake, but separate words
#: elsewhere (as they do once later steps turn them into a space or delete them): a token that
#: cannot be repaired whole is tried piece by piece between them.
SUB_TOKEN_RE = regex.compile("[^\u00a0\u00ad]+")
#: Mojibake-shaped runs inside a token: UTF-8 lead + continuation characters as cp1252 or
#: windows-1256, or legacy letter bytes not touching a Latin letter (``ÇáÚÑÈíÉالحكومة``; a legacy
#: reading is never tried inside Latin words: ``HÅØYA`` is not ``HإطYA``).
PIECE_RE = regex.compile(
    f"(?:[\u00c2-\u00f4][{regex.escape(CP1252_CONT_IMAGE)}]{{1,3}})+"
    f"|(?:[{regex.escape(CP1256_LEAD_IMAGE)}][{regex.escape(CP1256_CONT_IMAGE)}]{{1,3}})+"
    f"|(?<![^\u0600-\u06ff\\x21-\\x40\\x5b-\\x60\\x7b-\\x7e])[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}"
    "(?![^\u0600-\u06ff\\x21-\\x40\\x5b-\\x60\\x7b-\\x7e])")

#: Tokens worth re-decoding: any non-ASCII character other than plain Arabic letters, harakat and
#: Arabic punctuation, or ط/ظ followed by a windows-1256 continuation character.
TOKEN_TRIGGER_RE = regex.compile(
    "[^\\x00-\\x7f\u060c\u061b\u061f\u0621-\u063a\u0640-\u0652\u0660-\u0669\u0670]"
    f"|[\u0637\u0638][{regex.escape(CP1256_CONT_IMAGE)}]|\u0637$|\u0637(?=[\u0637\u0638])")

#: Continuation characters windows-1256 has and windows-1252 has not (Persian letters, joiners).
CP1256_ONLY_CONT = "".join(c for c in CP1256_CONT_IMAGE if c not in CP1252_CONT_IMAGE)
#: Two or more legacy letter bytes not touching a Latin letter: windows-1256 / ISO-8859-6 text
#: read as cp1252 (``ÇáÚÑÈíÉ``).
LEGACY_MOJIBAKE_RE = regex.compile(
    f"(?<![A-Za-z\u00c0-\u024f])[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}(?![A-Za-z\u00c0-\u024f])")
#: What remains mojibake after a layer is undone (another layer must follow).
STILL_MOJIBAKE_RE = regex.compile(
    f"[\u00c2-\u00f4][{regex.escape(CP1252_CONT_IMAGE)}]"
    f"|[{regex.escape(CP1256_LEAD_IMAGE)}][{regex.escape(CP1256_STRONG_CONT)}]|[\u0080-\u009f]")
#: A token where ASCII letters touch characters of another script (``Cafأ©``, ``ItΓÇÖs``,
#: ``caf√©``): correct text does not mix like that, so a valid re-decoding of it is strong.
MIXED_SCRIPT_RE = regex.compile(
    "[A-Za-z0-9][\u0370-\u03ff\u0600-\u06ff\u2200-\u22ff\u2500-\u259f\uf8ff]"
    "|[\u0370-\u03ff\u0600-\u06ff\u2200-\u22ff\u2500-\u259f\uf8ff][A-Za-z]|\uf8ff"
    # a Latin-1 letter, sign or haraka followed by a continuation byte only windows-1256 has:
    # ``ًں`` (F0 9F) starts every emoji, ``â€`` + ZWNJ is a closing quote
    f"|[\u00a0-\u00ff\u20ac\u064b-\u0652][{regex.escape(CP1256_ONLY_CONT)}]"
    # an Arabic letter glued to a latin-1 sign: windows-1256 ``آ£`` (£), ``أ©`` (é)
    "|[\u0621-\u064a][\u00a2-\u00aa\u00ac-\u00ba\u00bc-\u00be]"
    # Greek glued to latin-1 letters: cp437 ``ΓÇö`` (—), ``ΓÇÖ`` (’)
    "|[\u0393\u03a3\u03b1\u03c3\u03c4\u03a6\u0398\u03a9\u03b4\u03c6\u03b5][\u00c0-\u00ff]")
#: A legacy letter byte, or LRM / RLM (0xFD 0xFE of windows-1256, ``ý þ`` in latin-1).
_LEGACY_LETTER_RE = regex.compile(f"[{regex.escape(LEGACY_LETTER_IMAGE)}\u00fd\u00fe]")
_HAS_ARABIC_RE = regex.compile("[\u0600-\u06ff]")
_LETTER_RE = regex.compile(r"\p{L}")
_BIDI_MARK_RE = regex.compile("[\u200e\u200f]")
_ARABIC_DIGIT_RE = regex.compile("[\u0660-\u0669]")


@dataclass(frozen=True)
class Candidate:
    """A repaired token: its text, the readings undone (outermost first), strength and score."""

    text: str
    chain: tuple[str, ...]
    strong: bool
    score: float
    #: the source holds an unambiguous mojibake pair (not only ``ط،``-like pairs or a lone ``Ù``)
    evidence: bool = True

    @property
    def rule(self) -> str:
        return f"mojibake/{self.chain[0]}" if len(self.chain) == 1 else "mojibake/layered"


#: Non-ASCII characters a legacy (windows-1256 / ISO-8859-6) re-decoding may produce besides the
#: Arabic block: the punctuation and marks Arabic text in those code pages uses.
LEGACY_OK_RE = regex.compile(
    "[\\x00-\\x7f\u0600-\u06ff\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2022"
    "\u2026\u200c-\u200f\u00d7\u00f7]*")
#: Non-ASCII characters a weak, non-Arabic repair (next to repaired Arabic) may produce: Latin-1 and
#: Latin Extended-A letters, general punctuation, currency, emoji.
COMMON_RE = regex.compile(
    "[\\x00-\\x7f\u00a0-\u017e\u2010-\u2027\u2030-\u205e\u20ac\u2122\ufe0f\u200b-\u200f\u2060"
    "\u060c\u061b\u061c\u061f\u066a-\u066c\U0001f000-\U0001faff\u2600-\u27bf]*")
COMMON_OR_CYRILLIC_RE = regex.compile(COMMON_RE.pattern[:-2] + "\u0400-\u04ff]*")
#: Log-prior added once to a reading's line score: ISO-8859-6 is much rarer than windows-1256 and
#: must read clearly better before it wins.
READING_PRIOR = {"iso8859-6-as-latin1": -3.0}
#: Preference between readings that give the same text (the more common reading names the rule).
READING_PRIORITY = {name: i for i, name in enumerate((
    "utf8-as-cp1252", "utf8-as-cp1256", "utf8-as-cp1252-lost-byte", "utf8-as-cp1256-lost-shy",
    "cp1256-as-cp1252", "iso8859-6-as-latin1", "utf8-as-macroman", "utf8-as-cp437"))}


def _strength(reading: Reading, source: str, out: str) -> bool | None:
    """``True`` strong, ``False`` weak (only next to a repaired token), ``None`` not a candidate."""
    signs = arabic_sign_count(out)
    if reading.legacy:
        if not is_plausible_arabic(out) or LEGACY_OK_RE.fullmatch(out) is None:
            return None
        if not signs:  # only directional marks (``ýv2.1ý`` is LRM v2.1 LRM): weak
            return False if _BIDI_MARK_RE.search(out) else None
        return signs >= 2 and len(_LEGACY_LETTER_RE.findall(source)) >= 2
    weak = False if COMMON_RE.fullmatch(out) else None
    if weak is False and MIXED_SCRIPT_RE.search(source):
        weak = True
    if reading.name.startswith("utf8-as-cp1256"):
        if EVIDENCE["utf8-as-cp1256"].search(source):
            return True if signs else weak
        if CP1256_WEAK_ONLY_RE.fullmatch(source):
            return False
        return None
    if reading.name.startswith("utf8-as-cp1252"):
        if reading.name.endswith("lost-byte"):
            if signs:
                return signs >= 2
            evidence = EVIDENCE["utf8-as-cp1252"].search(source)
            return False if evidence and COMMON_OR_CYRILLIC_RE.fullmatch(out) else None
        return True if signs else weak
    return True if signs else weak  # macroman, cp437


def _has_evidence(reading: Reading, source: str) -> bool:
    if reading.legacy:
        return True
    if reading.name.startswith("utf8-as-cp1256"):
        return EVIDENCE["utf8-as-cp1256"].search(source) is not None
    if reading.name.endswith("lost-byte"):
        return EVIDENCE["utf8-as-cp1252"].search(source) is not None
    return True


def _candidate(reading: Reading, chain: tuple[str, ...], src: str, out: str,
               token: str = "") -> Candidate | None:
    strong = _strength(reading, src, out)
    if strong is False and token and token != src and MIXED_SCRIPT_RE.search(token):
        strong = True  # an outer layer glued mojibake to Latin letters (``Gazaأ‚آ\xa0in``)
    if strong is None:
        return None
    return Candidate(out, chain + (reading.name,), strong, arabic_score(out), _has_evidence(reading, src))


def _final(out: str) -> bool:
    return is_plausible(out) and STILL_MOJIBAKE_RE.search(out) is None


@lru_cache(maxsize=1 << 16)
def token_candidates(token: str) -> tuple[Candidate, ...]:
    """Every shallowest repair of ``token`` (empty when nothing plausible)."""
    frontier: list[tuple[str, tuple[str, ...]]] = [(token, ())]
    #: plausible results that still look like mojibake (``فقط،`` has ط،): used if no layer follows
    fallback: list[Candidate] = []
    for depth in range(MAX_LAYERS):
        found: list[Candidate] = []
        deeper: list[tuple[str, tuple[str, ...]]] = []
        for src, chain in frontier:
            utf8_hit = False
            for reading in UTF8_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out == src:
                    continue
                if _final(out) and not (depth + 1 < MAX_LAYERS and LEGACY_MOJIBAKE_RE.search(out)):
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        found.append(cand)
                        utf8_hit = True
                elif _final(out):  # legacy bytes under a UTF-8 layer (``Ã‡Ã¡`` → ``Çá`` → ``ال``)
                    deeper.append((out, chain + (reading.name,)))
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        fallback.append(cand)
                elif STILL_MOJIBAKE_RE.search(out) and "\ufffd" not in out:
                    if depth + 1 < MAX_LAYERS:
                        deeper.append((out, chain + (reading.name,)))
                    if is_plausible(out):
                        cand = _candidate(reading, chain, src, out, token)
                        if cand is not None:
                            fallback.append(cand)
            if utf8_hit:
                continue
            for reading in LOSSY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                if out != src and is_plausible(out):
                    cand = _candidate(reading, chain, src, out, token)
                    if cand is not None:
                        (found if _final(out) else fallback).append(cand)
                        utf8_hit = True
            if utf8_hit or _HAS_ARABIC_RE.search(src) or not _LEGACY_LETTER_RE.search(src):
                continue
            for reading in LEGACY_READINGS:
                try:
                    out = reading.undo(src)
                except UnicodeError:
                    continue
                cand = _candidate(reading, chain, src, out, token)
                if cand is not None:
                    found.append(cand)
        if found:
            return tuple(found)
        frontier = deeper
        if not frontier:
            break
    return tuple(fallback)


def _base(chain: tuple[str, ...]) -> tuple[str, ...]:
    """The chain with lossy readings named as their exact reading."""
    return tuple(name.removesuffix("-lost-byte").removesuffix("-lost-shy") for name in chain)


def _whole_line(line: str) -> tuple[str, tuple[str, ...]] | None:
    """The line re-decoded as a whole (fast path for fully damaged lines), or ``None``.

    A strict decoding of every byte of the line is the strongest evidence there is (any clean
    letter makes it fail); it is accepted only when the result is plausible, no longer looks like
    mojibake, and holds Arabic (other lines are left to the token path and ftfy).
    """
    src, chain = line, ()
    if LEGACY_MOJIBAKE_RE.search(line) and not _HAS_ARABIC_RE.search(line) and not EVIDENCE[
            "utf8-as-cp1252"].search(line):
        return _whole_line_legacy(line, chain)
    for _ in range(MAX_LAYERS):
        for reading in UTF8_READINGS:
            try:
                out = reading.undo(src)
            except UnicodeError:
                continue
            if out != src:
                break
        else:
            return None
        if reading.name == "utf8-as-cp1256" and not EVIDENCE["utf8-as-cp1256"].search(src):
            return None
        chain += (reading.name,)
        src = out
        if STILL_MOJIBAKE_RE.search(out) is None:
            break
    else:
        return None
    if arabic_sign_count(src) < 2 and LEGACY_MOJIBAKE_RE.search(src) and not _HAS_ARABIC_RE.search(src):
        return _whole_line_legacy(src, chain)
    if not is_plausible(src) or arabic_sign_count(src) < 2:
        return None
    return src, chain


def _whole_line_legacy(line: str, chain: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The line as windows-1256 or ISO-8859-6 bytes read as cp1252, when every word reads as Arabic."""
    best = None
    for reading in LEGACY_READINGS:
        try:
            out = reading.undo(line)
        except UnicodeError:
            continue
        if not is_plausible_arabic(out) or LEGACY_OK_RE.fullmatch(out) is None or arabic_sign_count(out) < 4:
            continue
        score = sum(arabic_score(word) for word in out.split()) + READING_PRIOR.get(reading.name, 0.0)
        if best is None or score > best[0]:
            best = (score, out, chain + (reading.name,))
    return None if best is None else (best[1], best[2])


def line_edits(line: str, offset: int = 0) -> list[tuple[int, int, str, str]]:
    """Edits ``(start, end, new, rule)`` (offsets shifted by ``offset``) repairing ``line``."""
    whole = _whole_line(line)
    if whole is not None:
        fixed, chain = whole
        rule = f"mojibake/{chain[0]}" if len(chain) == 1 else "mojibake/layered"
        if rule == "mojibake/utf8-as-cp1252":
            rule = _rule(Candidate(fixed, chain, True, 0.0), line)
        return aligned_edits(line, fixed, rule, offset)
    tokens: list[tuple[int, int, str, tuple[Candidate, ...]]] = []
    pieces: set[int] = set()  # indexes of entries cut out of a token: accepted only when strong
    for m in TOKEN_RE.finditer(line):
        _add_token(m.group(), m.start(), tokens, pieces)
    if not any(c for *_, c in tokens):
        return []
    # the line's preferred reading chain: most strong tokens, then best Arabic score
    rank: dict[tuple[str, ...], list[float]] = {}
    for *_, cands in tokens:
        for c in cands:
            r = rank.setdefault(c.chain, [0, 0.0])
            r[0] += c.strong
            r[1] += c.score
    for chain, r in rank.items():
        r[1] += READING_PRIOR.get(chain[-1], 0.0)
    chosen: list[Candidate | None] = []
    for *_, cands in tokens:
        chosen.append(max(cands, key=lambda c: (c.strong, rank[c.chain], c.score,
                                                -READING_PRIORITY.get(c.chain[0], 99)))
                      if cands else None)
    _drop_unlikely_legacy(tokens, chosen)
    accepted = [c is not None and c.strong for c in chosen]
    strong_readings = {_base(c.chain) for c, ok in zip(chosen, accepted, strict=False) if ok and c is not None}
    for i, c in enumerate(chosen):
        if c is not None and not accepted[i] and c.evidence and _base(c.chain) in strong_readings:
            accepted[i] = i not in pieces
    _accept_weak_neighbours(tokens, chosen, accepted, pieces)
    return [(offset + s, offset + e, c.text, _rule(c, tok))
            for (s, e, tok, _), c, ok in zip(tokens, chosen, accepted, strict=False) if ok and c is not None]


_C1_RE = regex.compile("[\u0080-\u009f]")
_CP1252_PUNCT_RE = regex.compile("[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                                 "\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _rule(c: Candidate, source: str) -> str:
    """The candidate's rule; UTF-8 read as latin-1 (C1 controls, no cp1252 punctuation) named so."""
    if c.chain == ("utf8-as-cp1252",) and _C1_RE.search(source) and not _CP1252_PUNCT_RE.search(source):
        return "mojibake/utf8-as-latin1"
    return c.rule


#: Share of the tokens holding legacy letter bytes (``ÇáÚ``…) that must re-decode to Arabic before
#: any of them is repaired: Latin-1 "soup" (``MÄ£ÄM ÌÑÌ``) has a few that happen to.
LEGACY_TOKEN_SHARE = 0.5


def _drop_unlikely_legacy(tokens, chosen) -> None:
    legacy_names = {r.name for r in LEGACY_READINGS}
    looking = [i for i, (_, _, tok, _) in enumerate(tokens)
               if _LEGACY_LETTER_RE.search(tok) and not _HAS_ARABIC_RE.search(tok)]
    hits = [i for i in looking if chosen[i] is not None and chosen[i].chain[-1] in legacy_names]
    if hits and len(hits) < LEGACY_TOKEN_SHARE * len(looking):
        for i in hits:
            chosen[i] = None


_LEGACY_NAMES = frozenset(r.name for r in LEGACY_READINGS)
#: Invisible characters the ``unicode`` step deletes by default: soft hyphen, ZWSP, word joiner
#: and the bidi controls (ALM, LRM, RLM, embeddings, overrides, isolates).
_DELETED_LATER_RE = regex.compile("[\u00ad\u200b\u2060\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LEGACY_RUN_RE = regex.compile(f"[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}")


def _strong_piece_candidates(part: str) -> tuple[Candidate, ...]:
    """Strong candidates of a piece cut out of a token (legacy ones only for a whole legacy run)."""
    if not TOKEN_TRIGGER_RE.search(part):
        return ()
    legacy_ok = _LEGACY_RUN_RE.fullmatch(part) is not None
    return tuple(c for c in token_candidates(part)
                 if c.strong and (legacy_ok or c.chain[-1] not in _LEGACY_NAMES))


def _pieces(parts: list[tuple[int, str]], tok: str) -> list:
    """Entries for the parts (other than the whole token) or mojibake runs with strong repairs."""
    found = []
    for pstart, part in parts:
        pc = _strong_piece_candidates(part) if part != tok else ()
        if pc:
            found.append((pstart, pstart + len(part), part, pc))
            continue
        for m in PIECE_RE.finditer(part):
            if m.group() != tok:
                pc = _strong_piece_candidates(m.group())
                if pc:
                    found.append((pstart + m.start(), pstart + m.end(), m.group(), pc))
    return found


def _add_token(tok: str, start: int, tokens: list, pieces: set[int]) -> None:
    """Add ``tok`` with its candidates; without a strong one, add its pieces instead when they have.

    Pieces are the mojibake-shaped runs inside the token (``šظٹ`` → ``ظٹ``), else the parts
    between NBSP / soft hyphens and the runs inside them, so that a token glued to garbage is
    repaired as it would be once later steps separate them.
    """
    cands = token_candidates(tok) if TOKEN_TRIGGER_RE.search(tok) else ()
    if any(c.strong for c in cands) or len(tok) < 3:
        tokens.append((start, start + len(tok), tok, cands))
        return
    found = _pieces([(start, tok)], tok)
    if not found and ("\u00a0" in tok or "\u00ad" in tok):
        found = _pieces([(start + m.start(), m.group()) for m in SUB_TOKEN_RE.finditer(tok)], tok)
    if not found and _DELETED_LATER_RE.search(tok):
        # as the unicode step will leave it (soft hyphen, ZWSP, word joiner deleted)
        view = _DELETED_LATER_RE.sub("", tok)
        pc = _strong_piece_candidates(view)
        if not pc:
            inner = _pieces([(0, view)], view)
            if inner:
                out, pos = [], 0
                for s, e, _part, cands_ in inner:
                    out += [view[pos:s], cands_[0].text]
                    pos = e
                best = inner[0][3][0]
                pc = (Candidate("".join(out) + view[pos:], best.chain, True, best.score),)
        if pc:
            found = [(start, start + len(tok), tok, pc)]
    if not found:
        tokens.append((start, start + len(tok), tok, cands))
        return
    for entry in found:
        pieces.add(len(tokens))
        tokens.append(entry)


def _accept_weak_neighbours(tokens, chosen, accepted, pieces=frozenset()) -> None:
    """Accept weak candidates next to an accepted token (tokens without letters are skipped)."""
    lettered = [i for i, (_, _, tok, _) in enumerate(tokens) if _LETTER_RE.search(tok)]
    changed = True
    while changed:
        changed = False
        for k, i in enumerate(lettered):
            if accepted[i] or chosen[i] is None or i in pieces:
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
