"""Build ``blind7.jsonl``, the seventh blind evaluation set, from ``blind7_docs.py``.

Each document is a list of parts ``(sep, label, text)``: ``label`` is ``None`` for content and
one of the six fragment labels for a fragment. ``sep`` is the separator written before the part
(``"\\n\\n"``/``"\\n"`` own-line, ``""`` glued, ``" "`` inline). The clean text drops each
fragment together with the separator written before it (a leading fragment drops the next
part's separator instead), which gives the README layout rules. Deterministic:

    python corpora/injected/blind7_build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind7_docs import DOCS  # noqa: E402

LABELS = {"ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer"}


def build_record(doc_id: str, lang: str, parts: list[tuple[str, str | None, str]]) -> dict:
    """Assemble one record: text, gold spans and clean text."""
    text, clean, spans = "", "", []
    drop_next_sep = False
    for index, (sep, label, body) in enumerate(parts):
        if index == 0:
            sep = ""
        text += sep
        if label is None:
            clean += "" if drop_next_sep else sep
            clean += body
            drop_next_sep = False
        else:
            if not clean:
                drop_next_sep = True
            if spans and spans[-1]["label"] == label and text[spans[-1]["end"]:].strip() == "":
                spans[-1]["end"] = len(text) + len(body)
            else:
                spans.append({"start": len(text), "end": len(text) + len(body), "label": label})
        text += body
    record = {"id": f"b7-{lang}-{doc_id}", "lang": lang, "negative": not spans,
              "text": text, "spans": spans, "clean": clean}
    validate(record)
    return record


def _squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def validate(record: dict) -> None:
    """Raise AssertionError when a record breaks the README format rules."""
    text, rid = record["text"], record["id"]
    assert record["lang"] in {"en", "ar"}, rid
    previous_end = 0
    outside = []
    for span in record["spans"]:
        start, end = span["start"], span["end"]
        assert span["label"] in LABELS, (rid, span)
        assert previous_end <= start < end <= len(text), (rid, span)
        piece = text[start:end]
        assert piece == piece.strip(), (rid, piece)
        outside.append(text[previous_end:start])
        previous_end = end
    outside.append(text[previous_end:])
    assert _squash(" ".join(outside)) == _squash(record["clean"]), rid
    assert record["negative"] == (not record["spans"]), rid
    if record["negative"]:
        assert record["clean"] == text, rid
    assert record["clean"] == record["clean"].strip() and text == text.strip(), rid
    for value in (text, record["clean"]):
        assert "\n\n\n" not in value and "  " not in value, rid
        assert " \n" not in value and "\n " not in value, rid
    assert 2 <= text.count("\n") + 1 <= 20, rid


def main() -> None:
    records = [build_record(doc_id, lang, parts) for doc_id, lang, parts in DOCS]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = HERE / "blind7.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    langs = [r["lang"] for r in records]
    negatives = sum(r["negative"] for r in records)
    labels: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print(f"{len(records)} docs ({langs.count('en')} en, {langs.count('ar')} ar), "
          f"{negatives} negatives, {sum(labels.values())} spans {dict(sorted(labels.items()))}")


if __name__ == "__main__":
    main()
