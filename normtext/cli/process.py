"""The unit of work of ``normtext clean``: a chunk of one input, processed in or out of process.

A :class:`Chunk` holds raw bytes (a whole document, or a batch of lines / JSONL records);
:func:`process_chunk` decodes, normalizes and serializes it, and returns the output bytes with
the explain records, change counts and problems. The same function runs in the main process
(``-j 1``) and in worker processes (``-j N``), so results are identical.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..doc import Doc
from ..pipeline import Pipeline
from .io import decode_bytes_for_cli, encode_output

DEFAULT_TAG_OPEN = "⟦{label}⟧"
DEFAULT_TAG_CLOSE = "⟦/{label}⟧"


@dataclass(frozen=True)
class JobSpec:
    """What to do with each document; the same for every chunk of a run."""

    field: str = "text"
    site_field: str | None = None  # JSONL: the record's site (site-scoped lexicon entries)
    annotate_key: str | None = None
    tag_markers: tuple[str, str] | None = None
    explain: bool = False
    track: bool = False
    keep_io: bool = False  # return each Result (for --report)


@dataclass
class Chunk:
    label: str
    first_number: int  # 1-based number of the first line (0 for a whole document)
    fmt: str = "text"  # text | jsonl
    lines: list[bytes] | None = None
    data: bytes | None = None
    values: list[Any] | None = None  # a column of a Parquet row group
    block: bytes | None = None  # whole lines, split in the worker


@dataclass
class ChunkResult:
    out: bytes = b""
    explain: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failed: int = 0
    counts: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    transcoded: bool = False
    results: list[Any] = field(default_factory=list)
    values: list[Any] | None = None
    annotations: list[str] | None = None


_PIPELINE: Pipeline | None = None
_SPEC: JobSpec | None = None


def init_worker(config: dict, spec: JobSpec) -> None:
    """Pool initializer: build the pipeline once per worker process."""
    global _PIPELINE, _SPEC
    _PIPELINE = Pipeline.from_config(config)
    _SPEC = spec


def set_local(pipe: Pipeline, spec: JobSpec) -> None:
    """Use ``pipe`` in this process (``-j 1``)."""
    global _PIPELINE, _SPEC
    _PIPELINE, _SPEC = pipe, spec


def process_chunk(chunk: Chunk) -> ChunkResult:
    """Decode, normalize and serialize one chunk (never raises for a bad record)."""
    assert _PIPELINE is not None and _SPEC is not None, "init_worker/set_local first"
    res = ChunkResult()
    if chunk.block is not None:
        chunk.lines = split_lines(chunk.block)
    if chunk.values is not None:
        _process_values(chunk, res)
    elif chunk.data is not None:
        _process_document(chunk, res)
    elif chunk.fmt == "jsonl":
        _process_jsonl(chunk, res)
    else:
        _process_lines(chunk, res)
    return res


# --- documents ------------------------------------------------------------------------------
def _normalize(text: str, doc_id: str, res: ChunkResult, site: str | None = None) -> tuple[str, Doc | None]:
    """Run the pipeline; on an exception, pass the text through and record the failure."""
    spec = _SPEC
    try:
        doc = _PIPELINE.run(text, track=spec.track, site=site)  # type: ignore[union-attr]
    except Exception as exc:  # noqa: BLE001 - a record must never be lost
        res.failed += 1
        res.counts["failed"] += 1
        res.problems.append(f"{doc_id}: normalization failed ({type(exc).__name__}: {exc}); "
                            "passed through unchanged")
        return text, None
    res.counts["documents"] += 1
    res.rules.update(doc.changes)
    for span in doc.spans:
        res.labels[span.label] += 1
    out = doc.text
    if out != text:
        res.counts["changed"] += 1
        res.changed.append(doc_id)
    if spec.explain and doc.track:
        for e in doc.edits:
            res.explain.append(json.dumps(
                {"doc": doc_id, "rule": e.rule, "source_start": e.source_start,
                 "source_end": e.source_end, "before": e.before, "after": e.after},
                ensure_ascii=False))
    if spec.keep_io and doc.track:
        from ..result import Result

        res.results.append((doc_id, Result(doc)))
    return out, doc


def _with_markers(text: str, doc: Doc | None) -> str:
    markers = _SPEC.tag_markers  # type: ignore[union-attr]
    if not markers or doc is None or not doc.spans:
        return text
    open_fmt, close_fmt = markers
    pieces = []
    pos = 0
    for span in sorted(doc.spans, key=lambda s: (s.start, -s.end)):
        if span.start < pos or span.end <= span.start:
            continue
        pieces.append(text[pos:span.start])
        pieces.append(open_fmt.format(label=span.label))
        pieces.append(text[span.start:span.end])
        pieces.append(close_fmt.format(label=span.label))
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _process_document(chunk: Chunk, res: ChunkResult) -> None:
    data = chunk.data or b""
    res.counts["bytes_in"] += len(data)
    decoded = decode_bytes_for_cli(data)
    res.transcoded = decoded.transcoded
    res.problems.extend(f"{chunk.label}: {w}" for w in decoded.warnings)
    out, doc = _normalize(decoded.text, chunk.label, res)
    out = _with_markers(out, doc)
    res.out = encode_output(out) if (out != decoded.text or decoded.transcoded) else data
    res.counts["bytes_out"] += len(res.out)


def split_lines(block: bytes) -> list[bytes]:
    """Lines of ``block``, each with its ``\\n`` (the last one may have none).

    >>> split_lines(b"a\\nb\\r\\nc")
    [b'a\\n', b'b\\r\\n', b'c']
    """
    parts = block.split(b"\n")
    lines = [part + b"\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _split_terminator(line: bytes) -> tuple[bytes, bytes]:
    if line.endswith(b"\r\n"):
        return line[:-2], b"\r\n"
    if line.endswith(b"\n"):
        return line[:-1], b"\n"
    return line, b""


def _decode_line(body: bytes, doc_id: str, res: ChunkResult) -> tuple[str, bool]:
    try:
        return body.decode("utf-8"), False
    except UnicodeDecodeError:
        decoded = decode_bytes_for_cli(body)
        res.problems.extend(f"{doc_id}: {w}" for w in decoded.warnings)
        return decoded.text, decoded.transcoded


def _process_lines(chunk: Chunk, res: ChunkResult) -> None:
    outs = []
    for n, line in enumerate(chunk.lines or [], start=chunk.first_number):
        res.counts["bytes_in"] += len(line)
        body, term = _split_terminator(line)
        doc_id = f"{chunk.label}:{n}"
        text, transcoded = _decode_line(body, doc_id, res)
        out, doc = _normalize(text, doc_id, res)
        out = _with_markers(out, doc)
        if out == text and not transcoded:
            outs.append(line)
        else:
            outs.append(encode_output(out) + term)
    res.out = b"".join(outs)
    res.counts["bytes_out"] += len(res.out)


def _process_jsonl(chunk: Chunk, res: ChunkResult) -> None:
    spec = _SPEC
    outs = []
    for n, line in enumerate(chunk.lines or [], start=chunk.first_number):
        res.counts["bytes_in"] += len(line)
        body, term = _split_terminator(line)
        doc_id = f"{chunk.label}:{n}"
        text, _ = _decode_line(body, doc_id, res)
        record: Any
        try:
            record = json.loads(text) if text.strip() else None
        except ValueError as exc:
            record = exc
        if not isinstance(record, dict):
            what = ("blank line" if record is None else
                    f"malformed JSON ({record})" if isinstance(record, ValueError) else
                    f"not a JSON object ({type(record).__name__})")
            res.problems.append(f"{doc_id}: {what}; passed through unchanged")
            res.failed += 1
            res.counts["malformed"] += 1
            outs.append(line)
            continue
        value = record.get(spec.field)
        if not isinstance(value, str):
            res.counts["skipped"] += 1
            if spec.annotate_key is None:
                outs.append(line)
                continue
            out_text, doc = None, None
        else:
            out_text, doc = _normalize(value, doc_id, res, _site_of(record, spec.site_field))
        if out_text == value and spec.annotate_key is None:
            outs.append(line)
            continue
        if out_text is not None:
            record[spec.field] = out_text
        if spec.annotate_key is not None:
            record[spec.annotate_key] = _annotations(doc)
        outs.append(_dump(record, text) + term)
    res.out = b"".join(outs)
    res.counts["bytes_out"] += len(res.out)


def _site_of(record: dict, site_field: str | None) -> str | None:
    """The record's site for ``--site-field`` (``""``: the record names none); None without it."""
    if site_field is None:
        return None
    site = record.get(site_field)
    return str(site) if isinstance(site, (str, int)) and not isinstance(site, bool) else ""


def _process_values(chunk: Chunk, res: ChunkResult) -> None:
    """A column of values (Parquet): strings are normalized, anything else passes through."""
    spec = _SPEC
    outs: list[Any] = []
    notes: list[str] = []
    for n, value in enumerate(chunk.values or [], start=chunk.first_number):
        doc_id = f"{chunk.label}:{n}"
        if isinstance(value, str):
            res.counts["bytes_in"] += len(value.encode("utf-8", "surrogatepass"))
            out, doc = _normalize(value, doc_id, res)
            res.counts["bytes_out"] += len(out.encode("utf-8", "surrogatepass"))
        else:
            res.counts["skipped"] += 1
            out, doc = value, None
        outs.append(out)
        if spec.annotate_key is not None:
            notes.append(json.dumps(_annotations(doc), ensure_ascii=False))
    res.values = outs
    res.annotations = notes if spec.annotate_key is not None else None


def _annotations(doc: Doc | None) -> dict:
    if doc is None:
        return {"spans": [], "segments": [], "changes": {}}
    return {
        "spans": [s.to_dict() for s in doc.spans],
        "segments": [s.to_dict() for s in doc.segments or []],
        "changes": dict(sorted(doc.changes.items())),
    }


def _dump(record: dict, original: str) -> bytes:
    """Serialize in the style of the original line (compact or spaced separators)."""
    compact = '":' in original and '": ' not in original
    seps = (",", ":") if compact else (", ", ": ")
    out = json.dumps(record, ensure_ascii=False, separators=seps)
    try:
        return out.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True, separators=seps).encode("ascii")
