r"""The shared builder of the blind sets written as parts (``blind4`` … ``blind7``).

Each document is a list of parts ``(sep, label, text)``: ``label`` is ``None`` for content and
one of the six fragment labels for a fragment. ``sep`` is the separator written before the part
(``"\n\n"``/``"\n"`` own-line, ``""`` glued, ``" "`` inline). The clean text drops each
fragment together with the separator written before it (a leading fragment drops the next
part's separator instead), which gives the README layout rules. Deterministic: a set's script
(``blind7_build.py``) calls :func:`write_set` with its documents.

>>> parts = [("", None, "Title"), ("\n\n", None, "Text."), ("", "ad_placeholder", "Advertisement")]
>>> record = build_record("x", "01", "en", parts)
>>> record["id"], record["text"], record["clean"], record["spans"]
('x-en-01', 'Title\n\nText.Advertisement', 'Title\n\nText.', [{'start': 12, 'end': 25, 'label': 'ad_placeholder'}])
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"ad_placeholder", "read_more", "related_links", "photo_credit", "share_follow",
          "site_trailer"}


def build_record(prefix: str, doc_id: str, lang: str, parts: list[tuple[str, str | None, str]],
                 max_lines: int = 20) -> dict:
    """Assemble one record (id ``{prefix}-{lang}-{doc_id}``): text, gold spans and clean text;
    a fragment is never empty nor padded with spaces."""
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
            assert body == body.strip() and body, (doc_id, body)
            if not clean:
                drop_next_sep = True
            if spans and spans[-1]["label"] == label and text[spans[-1]["end"]:].strip() == "":
                spans[-1]["end"] = len(text) + len(body)
            else:
                spans.append({"start": len(text), "end": len(text) + len(body), "label": label})
        text += body
    # (an id that already names its language, ``ar-01``, is not prefixed with it twice)
    rid = f"{prefix}-{doc_id}" if doc_id.startswith(f"{lang}-") else f"{prefix}-{lang}-{doc_id}"
    record = {"id": rid, "lang": lang, "negative": not spans,
              "text": text, "spans": spans, "clean": clean}
    validate(record, max_lines)
    return record


def _squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def validate(record: dict, max_lines: int = 20) -> None:
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
    assert "\n\n\n" not in record["clean"] and "\n\n\n" not in text, rid
    assert "  " not in record["clean"], rid
    assert all(line == line.strip() for line in record["clean"].split("\n")), rid
    assert 2 <= text.count("\n") + 1 <= max_lines, rid


def write_set(docs, name: str, prefix: str, max_lines: int = 20) -> list[dict]:
    """Build every document, check the ids, write ``{name}.jsonl`` beside this file, print counts."""
    records = [build_record(prefix, doc_id, lang, parts, max_lines) for doc_id, lang, parts in docs]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = HERE / f"{name}.jsonl"
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
    return records
