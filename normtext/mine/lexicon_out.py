"""Write mined candidates as a lexicon file in the format of ``normtext/injected/lexicon.toml``.

Proposed candidates of a group with the same label, anchor and position share one
``[[entry]]``: ``label``, ``anchor`` (``line`` for a whole line,
``prefix`` with ``payload = 0`` for a line prefix: the rest of that line goes, nothing below,
``glued`` for a paragraph-end suffix), ``strings`` (the surface seen in the corpus; the loader
folds it), ``where`` (``top`` / ``bottom`` when that is where the candidate sits) and a
``confidence`` from the share (the lowest of its strings). Truncated variants join a
``line`` entry. Flagged
candidates (content) are never written. Each entry names the group it was learned on
(``sites = ["<group>"]``): ``normtext clean --site-field`` then applies it only to that site's
records (without ``--site-field`` every entry applies). The ``[lexicon]`` header lists the groups
(``scope``); put ``{site}`` in the file name to get one file per site.

>>> from normtext.mine.rank import Candidate
>>> c = Candidate("ex.com", "prefix", "ex.com", "EX.COM", 9, 9, 0.9, "top", {"top": 9},
...               "site_tag", anchor="prefix", where="top")
>>> doc = lexicon_document([("ex.com", [c])])
>>> doc["lexicon"]["scope"], doc["entry"][0]["anchor"], doc["entry"][0]["payload"]
('site:ex.com', 'prefix', 0)
>>> doc["entry"][0]["sites"]
['ex.com']
"""

from __future__ import annotations

import os

import regex
import tomli_w

from .rank import Candidate

#: Confidence written for a candidate: BASE + SPAN * share (above the default min_confidence 0.7).
CONFIDENCE_BASE = 0.8
CONFIDENCE_SPAN = 0.19
SITE_PLACEHOLDER = "{site}"

HEADER = """\
# Lexicon mined by `normtext mine` from the site's own corpus ({groups}).
# Use it with: normtext clean --lexicon {name}
# Format: see normtext/injected/lexicon.toml. Review before use: every entry repeated in a large
# share of the site's documents at the same position; content look-alikes were left out.
"""


def slug(group: str) -> str:
    """A short id-safe name for a group.

    >>> slug("data/sites/almasdar.info.jsonl")
    'almasdar-info-jsonl'
    """
    base = group.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or "stdin"
    return regex.sub(r"[^\p{L}\p{N}]+", "-", base).strip("-").lower() or "group"


def _entries(group: str, cands: list[Candidate]) -> list[dict]:
    """Entries of one group: candidates sharing label, anchor and ``where`` share one entry."""
    merged: dict[tuple, dict] = {}
    for c in cands:
        if c.flag:
            continue
        confidence = round(CONFIDENCE_BASE + CONFIDENCE_SPAN * c.share, 2)
        forms = [(c.anchor, [c.text])] + ([("line", list(c.variants))] if c.variants else [])
        for anchor, strings in forms:
            entry = merged.get((c.label, anchor, c.where))
            if entry is None:
                entry = merged[(c.label, anchor, c.where)] = {
                    "id": "", "label": c.label, "anchor": anchor, "strings": [],
                    "confidence": confidence, "where": c.where, "sites": [group]}
                if anchor == "prefix":
                    entry["payload"] = 0
            entry["strings"].extend(x for x in strings if x not in entry["strings"])
            entry["confidence"] = min(entry["confidence"], confidence)
    out = list(merged.values())
    for n, entry in enumerate(out, 1):
        entry["id"] = f"mined-{slug(group)}-{n}"
    return out


def lexicon_document(groups: list[tuple[str, list[Candidate]]], *, name: str = "mined") -> dict:
    """The lexicon as plain data (``{"lexicon": {...}, "entry": [...]}``)."""
    entries = []
    for group, cands in groups:
        entries.extend(_entries(group, cands))
    scope = ", ".join(f"site:{g}" for g, _ in groups)
    return {"lexicon": {"name": name, "version": 1, "scope": scope}, "entry": entries}


def write_lexicons(path: str, groups: list[tuple[str, list[Candidate]]]) -> list[tuple[str, int]]:
    """Write one file (or one per group when ``path`` contains ``{site}``); (path, entries) each."""
    if SITE_PLACEHOLDER in path:
        jobs = [(path.replace(SITE_PLACEHOLDER, slug(g)), [(g, c)]) for g, c in groups]
    else:
        jobs = [(path, groups)]
    written = []
    for target, part in jobs:
        doc = lexicon_document(part, name=f"mined:{slug(part[0][0])}" if len(part) == 1 else "mined")
        text = HEADER.format(groups=", ".join(g for g, _ in part) or "no groups",
                             name=os.path.basename(target)) + "\n" + tomli_w.dumps(doc)
        tmp = f"{target}.tmp{os.getpid()}"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
        written.append((target, len(doc["entry"])))
    return written
