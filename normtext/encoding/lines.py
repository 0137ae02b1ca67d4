"""Line-level decisions: which token repairs of a line are accepted.

A fully damaged line is re-decoded whole (fast path); otherwise each token gets its candidates
(:mod:`.tokens`), the line's most supported reading wins where readings compete (windows-1256 vs
ISO-8859-6), strong candidates are accepted, and weak ones (a lone ``æ`` = و, ``ط،`` = ء) only next
to an accepted token. A token glued to garbage is tried piece by piece.

>>> fix_line("قال ط§ظ„ظˆط²ظٹط± ÇáÚÑÈíÉ")
'قال الوزير العربية'
>>> fix_line("القط؟ (د.ط، Øresund")
'القط؟ (د.ط، Øresund'
"""

from __future__ import annotations

import regex

from .codecs import LEGACY_LETTER_IMAGE, PRESENTATION_FOLD, PRESENTATION_FORMS
from .ftfy_fix import aligned_edits
from .readings import EVIDENCE, LEGACY_READINGS, UTF8_READINGS
from .score import (
    arabic_score,
    arabic_sign_count,
    bigram_share,
    impossible_spelling,
    is_plausible,
    is_plausible_arabic,
)
from .tokens import (
    HAS_ARABIC_RE,
    LEGACY_LETTER_RE,
    LEGACY_MOJIBAKE_RE,
    LEGACY_OK_RE,
    LETTER_RE,
    MAX_LAYERS,
    PIECE_RE,
    READING_PRIOR,
    READING_PRIORITY,
    STILL_MOJIBAKE_RE,
    SUB_TOKEN_RE,
    SUSPECT_MARK_RE,
    TOKEN_RE,
    TOKEN_TRIGGER_RE,
    Candidate,
    legacy_word_ok,
    token_candidates,
)


def _base(chain: tuple[str, ...]) -> tuple[str, ...]:
    """The chain with lossy readings named as their exact reading."""
    return tuple(name.removesuffix("-lost-byte").removesuffix("-lost-shy").removesuffix("-straight-quotes")
                 .removesuffix("-nfkc").removesuffix("-case-changed") for name in chain)


def _whole_line(line: str) -> tuple[str, tuple[str, ...]] | None:
    """The line re-decoded as a whole (fast path for fully damaged lines), or ``None``.

    A strict decoding of every byte of the line is the strongest evidence there is (any clean
    letter makes it fail); it is accepted only when the result is plausible, no longer looks like
    mojibake, and holds Arabic (other lines are left to the token path and ftfy).
    """
    src, chain = line, ()
    if LEGACY_MOJIBAKE_RE.search(line) and not HAS_ARABIC_RE.search(line) and not EVIDENCE[
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
            if not chain:
                return None
            break  # no further UTF-8 layer: what is left may be a legacy code page (below)
        if reading.name in EVIDENCE and not EVIDENCE[reading.name].search(src) and reading.name != "utf8-as-cp1252":
            return None
        if SUSPECT_MARK_RE.search(out):
            return None  # lowercased mojibake (``طœ``): the token path tries the lossy readings
        chain += (reading.name,)
        src = out
        if STILL_MOJIBAKE_RE.search(out) is None:
            break
    else:
        return None
    if arabic_sign_count(src) < 2 and LEGACY_MOJIBAKE_RE.search(src) and not HAS_ARABIC_RE.search(src):
        return _whole_line_legacy(src, chain)
    if not is_plausible(src) or arabic_sign_count(src) < 2:
        return None
    return src, chain


def _legacy_words_ok(line: str, out: str) -> bool:
    """A line whose only re-decoded word is a short run of Latin capitals must read it as
    frequent Arabic (:func:`.tokens.legacy_word_ok`); among other Arabic words it stands."""
    changed = [(a, b) for a, b in zip(line.split(), out.split(), strict=False) if a != b]
    return len(changed) != 1 or legacy_word_ok(*changed[0])


def _whole_line_legacy(line: str, chain: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The line as windows-1256 or ISO-8859-6 bytes read as cp1252, when every word reads as Arabic."""
    best = None
    for reading in LEGACY_READINGS:
        try:
            out = reading.undo(line)
        except UnicodeError:
            continue
        if (not is_plausible_arabic(out) or LEGACY_OK_RE.fullmatch(out) is None
                or arabic_sign_count(out) < 4 or bigram_share(out) < MIN_LEGACY_BIGRAM_SHARE
                or impossible_spelling(out) or not _legacy_words_ok(line, out)):
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
#: Share of frequent letter pairs the legacy-decoded words of a line must reach (real sentences
#: measured 0.51-0.88; Latin-1 soup such as ``ÉÉ ÀÀ ÑÑ`` reads as ``ةة ہہ رر``: 0.0).
MIN_LEGACY_BIGRAM_SHARE = 0.34


def _drop_unlikely_legacy(tokens, chosen) -> None:
    legacy_names = {r.name for r in LEGACY_READINGS}
    looking = [i for i, (_, _, tok, _) in enumerate(tokens)
               if LEGACY_LETTER_RE.search(tok) and not HAS_ARABIC_RE.search(tok)]
    hits = [i for i in looking if chosen[i] is not None and chosen[i].chain[-1] in legacy_names]
    decoded = " ".join(chosen[i].text for i in hits)
    hit_set = set(hits)
    clean_arabic_around = any(HAS_ARABIC_RE.search(tok) for i, (_, _, tok, _) in enumerate(tokens)
                              if i not in hit_set)
    if hits and (len(hits) < LEGACY_TOKEN_SHARE * len(looking)
                 or (not clean_arabic_around and bigram_share(decoded) < MIN_LEGACY_BIGRAM_SHARE)):
        for i in hits:
            chosen[i] = None


_LEGACY_NAMES = frozenset(r.name for r in LEGACY_READINGS)
#: Invisible characters the ``unicode`` step deletes by default: soft hyphen, ZWSP, word joiner
#: and the bidi controls (ALM, LRM, RLM, embeddings, overrides, isolates); and tatweel, which
#: the ``arabic`` step removes (inside mojibake it is noise in every preset).
_DELETED_LATER_RE = regex.compile(
    "[\u00ad\u200b\u2060\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640]")
_FOLD_RE = regex.compile(f"[{regex.escape(PRESENTATION_FORMS)}]")


def later_view(tok: str) -> str:
    """``tok`` as the ``unicode`` step's defaults leave it (invisibles gone, forms folded)."""
    if _FOLD_RE.search(tok):
        tok = tok.translate(PRESENTATION_FOLD)
    return _DELETED_LATER_RE.sub("", tok)


_LEGACY_RUN_RE = regex.compile(f"[{regex.escape(LEGACY_LETTER_IMAGE)}]{{2,}}")


def _strong_piece_candidates(part: str) -> tuple[Candidate, ...]:
    """Strong candidates of a piece cut out of a token (legacy ones only for a whole legacy run)."""
    if not TOKEN_TRIGGER_RE.search(part):
        return ()
    legacy_ok = _LEGACY_RUN_RE.fullmatch(part) is not None and len(part) >= 3
    return tuple(c for c in token_candidates(part)
                 if c.strong and (legacy_ok or c.chain[-1] not in _LEGACY_NAMES))


def _pieces(parts: list[tuple[int, str]], tok: str) -> list:
    """Entries for the parts (other than the whole token) or mojibake runs with strong repairs.

    A part between NBSPs / soft hyphens is judged as a token (it will be one once later steps
    make those a space or delete them); a run cut out of a part only as a piece.
    """
    found = []
    for pstart, part in parts:
        pc = ()
        if part != tok and TOKEN_TRIGGER_RE.search(part):
            pc = tuple(c for c in token_candidates(part) if c.strong)
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
    if any(c.strong for c in cands) or len(tok) < 2:
        tokens.append((start, start + len(tok), tok, cands))
        return
    found = _pieces([(start, tok)], tok) if len(tok) >= 3 else []
    if not found and ("\u00a0" in tok or "\u00ad" in tok):
        found = _pieces([(start + m.start(), m.group()) for m in SUB_TOKEN_RE.finditer(tok)], tok)
    view = later_view(tok)
    if not found and view != tok:
        # as the unicode step will leave it (soft hyphen, ZWSP, word joiner, bidi controls deleted;
        # presentation forms folded): a second run must find nothing new
        pc = _strong_piece_candidates(view)
        if not pc:
            inner = _pieces([(0, view)], view)
            if not inner and ("\u00a0" in view or "\u00ad" in view):
                inner = _pieces([(m.start(), m.group()) for m in SUB_TOKEN_RE.finditer(view)], view)
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
    lettered = [i for i, (_, _, tok, _) in enumerate(tokens) if LETTER_RE.search(tok)]
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
