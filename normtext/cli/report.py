"""``normtext report``: an HTML review page of what a pipeline does to some documents.

Reads text or JSONL like ``normtext clean`` (the same readers and the same ``--preset``,
``--config``, ``--set`` options), runs the pipeline with offsets on, and writes one
self-contained HTML file (see :mod:`normtext.report`). On large inputs it shows a seeded
random sample (``--sample N``, default 1000) and counts every document in its summary.

Exit statuses as for ``clean``: 0 written; 2 usage error (unknown preset or option, ``-o``
naming an input); 3 some input could not be read or some JSONL line was malformed (the
report is still written from the rest).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from ..report import DEFAULT_SEED, ReportBuilder
from .config_args import add_pipeline_arguments, pipeline_from_args
from .io import (
    BINARY_SNIFF_BYTES,
    STDIN,
    decode_bytes_for_cli,
    guess_format,
    iter_input_paths,
    looks_binary,
    open_input,
)

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
#: Documents shown when --sample is not given (0 shows every document).
DEFAULT_SAMPLE = 1000
#: Problems (unreadable files, malformed lines) listed one by one; the rest are counted.
MAX_PROBLEMS_SHOWN = 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "report", help="write an HTML page showing what normtext changes in some documents",
        description="Run a pipeline over text or JSONL files and write one self-contained HTML "
                    "page (no network use) with the input and output of each document, every "
                    "change highlighted by rule, fragments, language segments, filters and a "
                    "summary. Large inputs are sampled (seeded) and the page says so.")
    p.add_argument("files", nargs="*", metavar="FILES",
                   help="input files or directories (recursed); none or '-' reads standard input")
    p.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    p.add_argument("--format", choices=["text", "jsonl"],
                   help="input format (default: from the extension: .jsonl, .jsonl.gz, .ndjson → jsonl)")
    p.add_argument("--field", default="text", metavar="NAME",
                   help="JSONL: the string field to normalize (default: text)")
    p.add_argument("--unit", choices=["doc", "line"], default="doc",
                   help="text format: one document per file (doc, default) or per line")
    add_pipeline_arguments(p)
    p.add_argument("--sample", type=int, default=DEFAULT_SAMPLE, metavar="N",
                   help=f"show a seeded random sample of N documents (default {DEFAULT_SAMPLE}; "
                        "0 shows all); the summary counts every document")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="S",
                   help=f"seed of the sample (default {DEFAULT_SEED})")
    p.add_argument("--title", default="normtext review report", help="the page title")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="with directories: only files matching GLOB (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="with directories: skip files matching GLOB (repeatable)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def fail(message: str, status: int) -> int:
        print(f"normtext report: error: {message}", file=sys.stderr)
        return status

    if args.sample < 0:
        return fail(f"--sample takes 0 (all) or a positive number, not {args.sample}", EXIT_USAGE)
    try:
        pipe = pipeline_from_args(args.preset, args.config, args.sets, args.injected, args.lexicon)
    except (ValueError, OSError) as exc:
        return fail(str(exc), EXIT_USAGE)
    problems: list[str] = []
    paths = list(iter_input_paths(args.files, args.include, args.exclude, problems))
    for path in paths:
        if path != STDIN and os.path.exists(args.output) and os.path.samefile(path, args.output):
            return fail(f"-o {args.output} is also an input file", EXIT_USAGE)
    config = pipe.to_config()
    builder = ReportBuilder(config=config, sample=args.sample or None, seed=args.seed, title=args.title,
                            command=_command(args))
    for name, text in _documents(paths, args, problems):
        builder.add(pipe.process(text), name)
    for message in problems[:MAX_PROBLEMS_SHOWN]:
        print(f"normtext report: {message}", file=sys.stderr)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        print(f"normtext report: … and {len(problems) - MAX_PROBLEMS_SHOWN:,} more problems", file=sys.stderr)
    try:
        shown = builder.write(args.output)
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}", EXIT_USAGE)
    t = builder.totals
    print(f"normtext report: wrote {args.output}: {shown:,} of {t.documents:,} documents shown, "
          f"{t.changed:,} changed", file=sys.stderr)
    return EXIT_INPUT if problems else EXIT_OK


def _documents(paths: list[str], args: argparse.Namespace, problems: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of every document: a whole file, a line, or a JSONL record's field.

    Line and JSONL inputs are streamed line by line (memory stays bounded on large files).
    """
    for path in paths:
        label = "<stdin>" if path == STDIN else path
        fmt = args.format or ("text" if path == STDIN else guess_format(path))
        try:
            fh = sys.stdin.buffer if path == STDIN else open_input(path)
        except OSError as exc:
            problems.append(f"{label}: cannot read ({exc.strerror or exc}); skipped")
            continue
        try:
            yield from _read(fh, label, fmt, args, problems)
        except OSError as exc:
            problems.append(f"{label}: read error ({exc}); the rest of the file is skipped")
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _read(fh: Any, label: str, fmt: str, args: argparse.Namespace,
          problems: list[str]) -> Iterator[tuple[str, str]]:
    head = fh.read(BINARY_SNIFF_BYTES)
    if looks_binary(head):
        problems.append(f"{label}: looks binary (NUL bytes); skipped")
        return
    if (fmt == "text" and args.unit == "doc") or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = decode_bytes_for_cli(head + fh.read()).text
        if fmt == "text" and args.unit == "doc":
            yield label, text
            return
        lines: Iterator[str] = iter(text.splitlines(keepends=True))
    else:
        lines = (decode_bytes_for_cli(raw).text for raw in _join_head(head, fh))
    for number, line in enumerate(lines, 1):
        name = f"{label}:{number}"
        if fmt == "text":
            yield name, line
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{name}: malformed JSON ({exc.msg}); skipped")
            continue
        if isinstance(record, dict) and isinstance(record.get(args.field), str):
            yield name, record[args.field]


def _join_head(head: bytes, fh: Any) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``fh``."""
    first, sep, rest = head.rpartition(b"\n")
    if sep:
        yield from (first + sep).splitlines(keepends=True)
        carry = rest
    else:
        carry = head
    for line in fh:
        if carry:
            line, carry = carry + line, b""
        yield line
    if carry:
        yield carry


def _command(args: argparse.Namespace) -> str:
    """The pipeline part of the command line, for the page (``--preset``/``--config``/``--set``)."""
    parts = ["normtext", "report"]
    if args.config:
        parts += ["--config", args.config]
    else:
        parts += ["--preset", args.preset]
    for item in args.sets:
        parts += ["--set", item]
    if args.injected:
        parts += ["--injected", args.injected]
    for path in args.lexicon:
        parts += ["--lexicon", path]
    import shlex

    return shlex.join(parts)
