"""Build ``blind2.jsonl`` (second blind injected-fragment set) from the table in ``blind2_docs.py``.

Deterministic: ``python corpora/injected/blind2_build.py`` rewrites the same bytes. Each document
is assembled from parts; the gold spans and the expected ``clean`` text follow the layout rules
of ``README.md``:

- an own-line fragment block leaves no line and no extra blank line (it goes with the separator
  before it, or the one after it when it opens the document);
- a fragment glued to a paragraph end (with or without one space) leaves the paragraph ending
  at its punctuation;
- an inline fragment leaves one space between the sentences around it.

Every record is validated (offsets, labels, whitespace at span edges, negatives unchanged,
line counts) before anything is written.

>>> rec = build_record({"id": "blind2-en-9999", "lang": "en", "sep": "\\n\\n",
...                     "parts": ["Title", "Body one.", ("G", "ad_placeholder", "AD"),
...                               ("F", "site_trailer", "Back to Top"), "Last line."]})
>>> rec["text"]
'Title\\n\\nBody one.AD\\n\\nBack to Top\\n\\nLast line.'
>>> rec["clean"]
'Title\\n\\nBody one.\\n\\nLast line.'
>>> [(s["label"], rec["text"][s["start"]:s["end"]]) for s in rec["spans"]]
[('ad_placeholder', 'AD'), ('site_trailer', 'Back to Top')]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blind2_docs import DOCS  # noqa: E402

OUT = HERE / "blind2.jsonl"
LABELS = {"ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer"}
# per piece kind: (text before the fragment, text after it) in the document, and what stays
GLUE = {"G": ("", ""), "GS": (" ", ""), "I": (" ", " ")}
CLEAN_GLUE = {"G": "", "GS": "", "I": " "}


def _blocks(parts: list, default_sep: str) -> list[dict]:
    """Group parts into blocks: ``{"sep": str, "kind": "content"|"frag", "pieces": [...]}``."""
    blocks: list[dict] = []
    pending_sep = None
    join_next = False
    for part in parts:
        if isinstance(part, tuple) and part[0] == "SEP":
            pending_sep = part[1]
            continue
        if isinstance(part, str):
            if join_next:
                blocks[-1]["pieces"].append(("txt", None, part))
                join_next = False
            else:
                blocks.append({"sep": pending_sep or default_sep, "kind": "content",
                               "pieces": [("txt", None, part)]})
                pending_sep = None
            continue
        kind, label, text = part
        if kind == "F":
            blocks.append({"sep": pending_sep or default_sep, "kind": "frag",
                           "pieces": [("F", label, text)]})
            pending_sep = None
        elif kind in GLUE:
            if not blocks or blocks[-1]["kind"] != "content" or join_next:
                raise ValueError(f"{kind} piece must follow content: {text!r}")
            blocks[-1]["pieces"].append((kind, label, text))
            join_next = kind == "I"
        else:
            raise ValueError(f"unknown part kind {kind!r}")
    if join_next:
        raise ValueError("inline piece at the end of a document")
    return blocks


def build_record(d: dict) -> dict:
    blocks = _blocks(d["parts"], d["sep"])
    text, clean, spans = [], [], []
    pos = 0
    for i, block in enumerate(blocks):
        if i:
            text.append(block["sep"])
            pos += len(block["sep"])
        if block["kind"] == "frag":
            _, label, frag = block["pieces"][0]
            spans.append({"start": pos, "end": pos + len(frag), "label": label})
            text.append(frag)
            pos += len(frag)
            continue
        if i and blocks[i - 1]["kind"] == "frag" and i - 1 == 0:
            pass  # the opening fragment took this block's separator with it
        elif i:
            clean.append(block["sep"])
        for kind, label, piece in block["pieces"]:
            if kind == "txt":
                text.append(piece)
                clean.append(piece)
                pos += len(piece)
                continue
            before, after = GLUE[kind]
            start = pos + len(before)
            spans.append({"start": start, "end": start + len(piece), "label": label})
            text.append(before + piece + after)
            clean.append(CLEAN_GLUE[kind])
            pos += len(before) + len(piece) + len(after)
    if blocks and blocks[0]["kind"] == "frag" and len(blocks) > 1 and blocks[1]["kind"] == "frag":
        raise ValueError("two fragment blocks open the document: separator rule undefined")
    record = {"id": d["id"], "lang": d["lang"], "negative": not spans, "text": "".join(text),
              "spans": spans, "clean": "".join(clean)}
    validate(record, blocks)
    return record


def validate(r: dict, blocks: list[dict]) -> None:
    text, rid = r["text"], r["id"]
    assert r["lang"] in ("ar", "en"), rid
    assert r["id"].startswith(f"blind2-{r['lang']}-"), rid
    for i, b in enumerate(blocks):
        if b["kind"] != "frag":
            continue
        # an own-line fragment sits between identical separators, so "no extra blank line" is
        # unambiguous
        if 0 < i < len(blocks) - 1:
            assert b["sep"] == blocks[i + 1]["sep"], f"{rid}: unequal separators around block {i}"
        if i and blocks[i - 1]["kind"] == "frag":
            assert blocks[i - 1]["pieces"][0][1] != b["pieces"][0][1], \
                f"{rid}: adjacent {b['pieces'][0][1]} blocks must be one span"
    prev_end = -1
    for s in r["spans"]:
        assert s["label"] in LABELS, (rid, s)
        frag = text[s["start"]:s["end"]]
        assert frag and frag == frag.strip() and not frag[0].isspace() and not frag[-1].isspace(), \
            (rid, frag)
        assert s["start"] >= prev_end, f"{rid}: overlapping or unsorted spans"
        prev_end = s["end"]
    if r["negative"]:
        assert r["clean"] == text and not r["spans"], rid
    else:
        assert r["clean"] != text, rid
    for t in (text, r["clean"]):
        assert t == t.strip(), f"{rid}: leading or trailing whitespace"
        assert "\n\n\n" not in t and "  " not in t and "\r" not in t, rid
    lines = [x for x in text.split("\n") if x.strip()]
    assert 3 <= len(lines) <= 15, f"{rid}: {len(lines)} lines"
    # the clean text keeps every content piece in order
    kept = [p[2] for b in blocks if b["kind"] == "content" for p in b["pieces"] if p[0] == "txt"]
    pos = 0
    for piece in kept:
        pos = r["clean"].index(piece, pos) + len(piece)


def build() -> list[dict]:
    records = [build_record(d) for d in DOCS]
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert 70 <= len(records) <= 90, len(records)
    neg = sum(r["negative"] for r in records)
    assert neg / len(records) >= 0.4, (neg, len(records))
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    langs = {x: sum(r["lang"] == x for r in records) for x in ("en", "ar")}
    print(f"wrote {OUT.name}: {len(records)} documents ({langs['en']} en, {langs['ar']} ar), "
          f"{sum(r['negative'] for r in records)} negatives, "
          f"{sum(len(r['spans']) for r in records)} gold spans")


if __name__ == "__main__":
    main()
