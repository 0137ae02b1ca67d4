"""Build ``blind3.jsonl``, the third blind set for the ``injected`` step, from ``blind3_docs.py``.

Every document is a list of blocks joined by separators (``"\\n\\n"`` by default; a
``Sep("\\n")`` entry sets the separator before the next block). A block is

- a ``str``: content (it may hold single newlines of its own);
- ``F(label, text)``: an own-line fragment (a cue and its payload may span several lines);
- a ``list`` of ``str`` and ``G(label, text)`` pieces: a content paragraph with glued or inline
  fragments inside it.

Spans and the clean text follow the README's layout rules: an own-line fragment leaves no line
and no extra blank line (it always sits between identical separators); a fragment glued to a
paragraph end leaves the paragraph ending at its punctuation; an inline one leaves one space
between the text around it. Deterministic::

    python corpora/injected/blind3_build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind3_docs import DOCS, F, G, Sep  # noqa: E402

OUT = HERE / "blind3.jsonl"
LABELS = {"ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer"}


def _paragraph(pieces: list, base: int) -> tuple[str, str, list[dict]]:
    """Text, clean text and spans of a content paragraph with embedded fragments."""
    text, spans, kept = "", [], [""]
    for piece in pieces:
        if isinstance(piece, G):
            spans.append({"start": base + len(text), "end": base + len(text) + len(piece.text),
                          "label": piece.label})
            text += piece.text
            kept.append("")
        else:
            text += piece
            kept[-1] += piece
    clean = kept[0]
    for right in kept[1:]:
        if clean.strip() and right.strip():
            clean = clean.rstrip() + " " + right.lstrip()
        elif clean.strip():
            clean = clean.rstrip()
        else:
            clean = right.lstrip()
    return text, clean, spans


def build_record(doc: dict) -> dict:
    sep, entries = "\n\n", []
    for block in doc["blocks"]:
        if isinstance(block, Sep):
            sep = block.text
            continue
        entries.append((sep, block))
        sep = "\n\n"
    text, spans, kept = "", [], []
    for i, (before, block) in enumerate(entries):
        if i:
            text += before
        if isinstance(block, F):
            if 0 < i < len(entries) - 1:
                after = entries[i + 1][0]
                assert before == after, (doc["id"], "own-line fragment between unlike separators")
            spans.append({"start": len(text), "end": len(text) + len(block.text),
                          "label": block.label})
            text += block.text
        elif isinstance(block, list):
            ptext, pclean, pspans = _paragraph(block, len(text))
            spans += pspans
            text += ptext
            kept.append((before, pclean))
        else:
            text += block
            kept.append((before, block))
    clean = "".join((b if j else "") + c for j, (b, c) in enumerate(kept))
    merged: list[dict] = []
    for s in spans:  # blocks of one label separated only by whitespace are one span
        if merged and merged[-1]["label"] == s["label"] \
                and not text[merged[-1]["end"]:s["start"]].strip():
            merged[-1]["end"] = s["end"]
        else:
            merged.append(dict(s))
    record = {"id": doc["id"], "lang": doc["lang"], "negative": not merged, "text": text,
              "spans": merged, "clean": clean}
    validate(record)
    return record


def validate(r: dict) -> None:
    rid, text = r["id"], r["text"]
    assert r["lang"] in ("en", "ar"), rid
    assert r["id"].startswith(f"blind3-{r['lang']}-"), rid
    n_lines = len([ln for ln in text.split("\n") if ln.strip()])
    assert 3 <= n_lines <= 15, (rid, n_lines)
    assert text == text.strip() and r["clean"] == r["clean"].strip(), rid
    assert "\n\n\n" not in text and "\n\n\n" not in r["clean"], rid
    for s in r["spans"]:
        frag = text[s["start"]:s["end"]]
        assert s["label"] in LABELS, (rid, s)
        assert frag and frag == frag.strip(), (rid, frag)
    ends = sorted((s["start"], s["end"]) for s in r["spans"])
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False)), (rid, "overlapping spans")
    if r["negative"]:
        assert r["clean"] == text and not r["spans"], rid
    else:
        assert r["clean"] != text, rid
        # the clean text is the text outside the spans, up to whitespace
        rest, last = "", 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            rest += text[last:s["start"]]
            last = s["end"]
        rest += text[last:]
        assert re.sub(r"\s+", "", rest) == re.sub(r"\s+", "", r["clean"]), rid


def main() -> None:
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    records = [build_record(d) for d in DOCS]
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(r["negative"] for r in records)
    n_spans = sum(len(r["spans"]) for r in records)
    by_lang = {lang: sum(r["lang"] == lang for r in records) for lang in ("en", "ar")}
    labels: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print(f"{len(records)} documents {by_lang}, {neg} negatives, {n_spans} spans {labels}"
          f" -> {OUT.name}")


if __name__ == "__main__":
    main()
