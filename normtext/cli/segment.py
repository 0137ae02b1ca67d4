"""``normtext segment``: script or language runs of each document, as JSONL (or readable).

Output, one line per document: ``{"id"?, "segments": [{"start", "end", "label", "lang",
"script", "kind"?}]}`` (the format of ``specs/segmentation.md``; offsets index the document as
decoded, or the JSONL field as given). For JSONL input, ``id`` is the record's ``id`` field when
it has one; a record without a string ``--field`` gets ``"segments": null`` (counted, not an
error). ``--human`` prints each run with its label instead.

Exit status: 0 ok; 2 usage error; 3 some input failed (a missing, unreadable or binary file is
reported and skipped; a malformed JSONL line is reported and skipped).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from ..segmentation import VIEWS, segment
from ..types import Segment
from .io import (
    STDIN,
    decode_bytes_for_cli,
    encode_output,
    guess_format,
    iter_input_paths,
    looks_binary,
    open_input,
)

PROG = "normtext segment"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "segment", help="split text into Arabic / English / other runs (JSONL out)",
        description="Write the runs of each document (specs/segmentation.md) as JSONL: "
                    '{"id"?, "segments": [...]}. Text files are one document each; JSONL files '
                    "one document per record.")
    p.add_argument("files", nargs="*", metavar="FILES", help="input files (none or '-': standard input)")
    p.add_argument("--view", choices=VIEWS, default="script",
                   help="script: by script, exact (default); lang: also French, Arabizi, Persian, Urdu, ...")
    p.add_argument("--format", choices=("text", "jsonl"), default=None,
                   help="input format (default: from the extension, .jsonl -> jsonl, else text)")
    p.add_argument("--field", default="text", metavar="NAME",
                   help="the JSONL field holding the text (default: text)")
    p.add_argument("--human", action="store_true",
                   help="print each run with its label, one per line, instead of JSONL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems: list[str] = []
    out = sys.stdout.buffer
    counts = {"missing_field": 0}
    for path in iter_input_paths(list(args.files), [], [], problems):
        fmt = args.format or ("text" if path == STDIN else guess_format(path))
        if fmt not in ("text", "jsonl"):
            problems.append(f"{path}: {fmt} input is not supported by segment (skipped)")
            continue
        try:
            fh = sys.stdin.buffer if path == STDIN else open_input(path)
        except OSError as exc:
            problems.append(f"{path}: cannot read: {exc.strerror or exc} (skipped)")
            continue
        try:
            if fmt == "text":
                _segment_text(path, fh, args, out, problems)
            else:
                _segment_jsonl(path, fh, args, out, problems, counts)
        except OSError as exc:
            problems.append(f"{path}: cannot read: {exc.strerror or exc} (skipped)")
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
        out.flush()
    for problem in problems:
        print(f"{PROG}: {problem}", file=sys.stderr)
    if counts["missing_field"]:
        print(f"{PROG}: {counts['missing_field']} record(s) without a string {args.field!r} field "
              '(written with "segments": null)', file=sys.stderr)
    return 3 if problems else 0


def _segment_text(path: str, fh: IO[bytes], args: argparse.Namespace, out: IO[bytes],
                  problems: list[str]) -> None:
    data = fh.read()
    if looks_binary(data):
        problems.append(f"{path}: looks binary (skipped)")
        return
    decoded = decode_bytes_for_cli(data)
    for warning in decoded.warnings:
        print(f"{PROG}: {path}: {warning}", file=sys.stderr)
    _write(out, args, decoded.text, None, path)


def _segment_jsonl(path: str, fh: IO[bytes], args: argparse.Namespace, out: IO[bytes],
                   problems: list[str], counts: dict[str, int]) -> None:
    for lineno, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        if lineno == 1 and looks_binary(raw):
            problems.append(f"{path}: looks binary (skipped)")
            return
        try:
            record = json.loads(raw.decode("utf-8", "surrogateescape"))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{path}:{lineno}: malformed JSONL line ({exc}) (skipped)")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}:{lineno}: malformed JSONL line (not an object) (skipped)")
            continue
        text = record.get(args.field)
        rid = record.get("id")
        where = f"{path}:{lineno}"
        if not isinstance(text, str):
            counts["missing_field"] += 1
            if not args.human:
                head = {"id": rid} if "id" in record else {}
                out.write(encode_output(json.dumps({**head, "segments": None}, ensure_ascii=False)) + b"\n")
            continue
        _write(out, args, text, record if "id" in record else None, where)


def _write(out: IO[bytes], args: argparse.Namespace, text: str, record: dict | None, where: str) -> None:
    segments = segment(text, args.view)
    if args.human:
        out.write(encode_output(_human(text, segments, where if record is None else f"{where} id={record['id']!r}")))
        return
    head = {"id": record["id"]} if record is not None else {}
    line = json.dumps({**head, "segments": [s.to_dict() for s in segments]}, ensure_ascii=False)
    out.write(encode_output(line) + b"\n")


def _human(text: str, segments: list[Segment], title: str) -> str:
    """One line per run: offsets, label, language, script and the run's text (JSON-quoted).

    >>> print(_human("VIP كبار", segment("VIP كبار"), "doc"), end="")
    == doc
         0      3  en       -        Latn  "VIP"
         3      4  neutral  -        Zyyy  " "
         4      8  ar       -        Arab  "كبار"
    """
    lines = [f"== {title}"]
    for s in segments:
        label = s.label + ("/url" if s.kind else "")
        lines.append(f"{s.start:>6} {s.end:>6}  {label:<8} {s.lang or '-':<8} {s.script:<5} "
                     f"{json.dumps(text[s.start:s.end], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"
