"""Build ``blind.jsonl``: a blind evaluation set for the ``injected`` step.

Written from ``shared/specs/injected-fragments.md``, one real seed article and the labelling
rules of ``README.md`` only, without reading the detector's lexicon, code or own corpus. Every
document is assembled from parts (content blocks, own-line fragment blocks, glued and inline
fragment pieces); the builder computes the gold spans and the expected clean text from the
parts, so offsets are never typed by hand. Deterministic:

    python corpora/injected/blind_build.py          # rewrites blind.jsonl with the same bytes
    python benchmarks/bench_injected.py --corpus corpora/injected/blind.jsonl --no-speed

Layout rules (README): an own-line fragment leaves no line and no extra blank line (the two
separators around it merge into the longer one; at the start or end of the document both
go); a glued fragment leaves the paragraph ending at its punctuation; an inline fragment
leaves one space between the sentences around it (none at the end of a paragraph).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).with_name("blind.jsonl")
LABELS = {"ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer"}


@dataclass(frozen=True)
class F:
    """An own-line fragment block (one or more whole lines)."""
    label: str
    text: str


@dataclass(frozen=True)
class G:
    """A fragment glued to the content before it (no space), inside a content block."""
    label: str
    text: str


@dataclass(frozen=True)
class I:  # noqa: E742 - short names keep the document table readable
    """An inline fragment between sentences (spaces around it), inside a content block."""
    label: str
    text: str


@dataclass(frozen=True)
class Sep:
    """Separator placed before the next block (the default is a blank line)."""
    text: str


NL = Sep("\n")

# short label names for the document table
AD, RM, RL, PC, SF, ST = ("ad_placeholder", "read_more", "related_links", "photo_credit",
                          "share_follow", "site_trailer")


def _block_text(block) -> tuple[str, list[tuple[int, int, str]]]:
    if isinstance(block, str):
        return block, []
    if isinstance(block, F):
        return block.text, [(0, len(block.text), block.label)]
    text, spans = "", []
    for piece in block:
        if isinstance(piece, str):
            text += piece
        else:
            spans.append((len(text), len(text) + len(piece.text), piece.label))
            text += piece.text
    return text, spans


def _block_clean(block) -> str:
    if isinstance(block, str):
        return block
    out, after_inline = "", False
    for piece in block:
        if isinstance(piece, G):
            after_inline = False
        elif isinstance(piece, I):
            after_inline = True
        else:
            if after_inline:
                if not out:
                    piece = piece.lstrip(" ")
                elif out.endswith(" ") and piece.startswith(" "):
                    piece = piece[1:]
            out += piece
            after_inline = False
    if after_inline:
        out = out.rstrip(" ")
    return out


def build(doc_id: str, lang: str, items: list) -> dict:
    blocks: list[tuple[object, str]] = []
    sep = "\n\n"
    for item in items:
        if isinstance(item, Sep):
            sep = item.text
            continue
        blocks.append((item, sep if blocks else ""))
        sep = "\n\n"
    text, spans = "", []
    for block, before in blocks:
        text += before
        btext, bspans = _block_text(block)
        spans += [(len(text) + s, len(text) + e, lab) for s, e, lab in bspans]
        text += btext
    clean_parts: list[tuple[str, str]] = []
    pending: str | None = None
    for block, before in blocks:
        if pending is not None:
            before = max(before, pending, key=len)
            pending = None
        if isinstance(block, F):
            pending = before
            continue
        clean_parts.append((_block_clean(block), before if clean_parts else ""))
    clean = "".join(before + t for t, before in clean_parts)
    merged: list[list] = []
    for s, e, lab in sorted(spans):
        if merged and merged[-1][2] == lab and not text[merged[-1][1]:s].strip():
            merged[-1][1] = e
        else:
            merged.append([s, e, lab])
    record = {
        "id": doc_id,
        "lang": lang,
        "negative": not merged,
        "text": text,
        "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in merged],
        "clean": clean,
    }
    validate(record)
    return record


def validate(r: dict) -> None:
    text, spans = r["text"], r["spans"]
    last = 0
    for sp in spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= last <= s < e <= len(text), (r["id"], sp)
        frag = text[s:e]
        assert frag == frag.strip(), (r["id"], "edge whitespace", frag)
        assert sp["label"] in LABELS, (r["id"], sp["label"])
        last = e
    if r["negative"]:
        assert r["clean"] == text and not spans, r["id"]
        return
    removed, pos = "", 0
    for sp in spans:
        removed += text[pos:sp["start"]]
        pos = sp["end"]
    removed += text[pos:]

    def squash(x: str) -> str:
        return re.sub(r"\s+", " ", x).strip()

    assert squash(removed) == squash(r["clean"]), (r["id"], removed, r["clean"])
    assert "\n\n\n" not in r["clean"], r["id"]
    assert r["clean"] == r["clean"].strip(), r["id"]


def documents() -> list[dict]:
    from blind_docs import DOCS  # the document table, kept apart from the machinery
    return [build(doc_id, lang, items) for doc_id, lang, items in DOCS]


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    sys.modules.setdefault("blind_build", sys.modules[__name__])  # one copy of F, G, I
    records = documents()
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(r["negative"] for r in records)
    langs = {x: sum(r["lang"] == x for r in records) for x in ("en", "ar")}
    print(f"{OUT.name}: {len(records)} documents ({langs}), {neg} negatives "
          f"({neg / len(records):.0%}), {sum(len(r['spans']) for r in records)} gold spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
