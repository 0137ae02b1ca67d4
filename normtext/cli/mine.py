"""``normtext mine``: learn a site's furniture from its own corpus (see :mod:`normtext.mine`).

Reads text files (one document per file; the files of one directory argument, or of one parent
directory, form a group) or JSONL (one record per line; one group per input file, or per value
of ``--site-field``), puts each text through the steps that ``clean`` runs before fragment
detection (``--preset`` / ``--config``, so mined strings match what ``clean`` will see; ``--raw``
skips them), counts candidate furniture with a fixed memory budget, prints the ranked
candidates (or ``--json``), and with ``--write-lexicon FILE`` writes the accepted ones as a
lexicon for ``normtext clean --lexicon FILE``.

Exit statuses: 0 success; 2 usage error; 3 some input failed (a missing, unreadable or binary
file, a malformed JSONL line: reported and skipped). A record without the field, or with a
non-string field, is skipped and counted: not an error.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from ..mine import Miner, injected_view, select
from ..mine.budget import DEFAULT_CAPACITY
from ..mine.lexicon_out import SITE_PLACEHOLDER, write_lexicons
from ..mine.rank import GroupReport
from ..pipeline import Pipeline
from .config_args import pipeline_from_args
from .io import STDIN, decode_bytes_for_cli, guess_format, iter_input_paths, looks_binary, open_input

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
#: A chunk sent to a worker holds at most this many lines or bytes.
CHUNK_LINES = 2000
CHUNK_BYTES = 4 << 20
#: Malformed lines reported one by one before a summary.
MAX_LINE_WARNINGS = 5


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "mine", help="learn a site's furniture (stamps, ad slots, share rows, trailers) from its corpus",
        description="Find lines, line prefixes and paragraph-end suffixes that repeat across many "
                    "documents of a site at the top, the bottom or paragraph ends; print them ranked, "
                    "and optionally write them as a lexicon for 'normtext clean --lexicon'.")
    p.add_argument("files", nargs="*", metavar="FILES",
                   help="text files or directories (one document per file; a directory argument, or "
                        "the parent directory of a file argument, is one group), or JSONL files (one "
                        "group per file unless --site-field); none or '-' reads standard input")
    p.add_argument("--format", choices=["text", "jsonl"],
                   help="input format (default: from the extension: .jsonl, .jsonl.gz, .ndjson → jsonl)")
    p.add_argument("--field", default="text", metavar="NAME", help="JSONL: the text field (default: text)")
    p.add_argument("--site-field", metavar="NAME",
                   help="JSONL: group records by this field (default: one group per input file)")
    p.add_argument("--min-docs", type=int, default=5, metavar="N",
                   help="a candidate must occur in at least N documents of its group (default: 5)")
    p.add_argument("--min-share", type=float, default=0.25, metavar="F",
                   help="... and in at least this share of them, 0..1 (default: 0.25)")
    p.add_argument("--top", type=int, default=50, metavar="N", help="at most N candidates per group (default: 50)")
    p.add_argument("--write-lexicon", metavar="FILE",
                   help="write the accepted candidates as a lexicon (TOML); '{site}' in FILE gives one file per group")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--preset", default="default", metavar="NAME",
                   help="mine the text as 'clean' with this preset sees it at fragment detection "
                        "(its encoding, unicode and segment steps run first; default: default)")
    p.add_argument("--config", metavar="FILE.toml", help="... or as a pipeline config sees it")
    p.add_argument("--raw", action="store_true", help="mine the input text as given (no steps first)")
    p.add_argument("--budget", type=int, default=DEFAULT_CAPACITY, metavar="KEYS",
                   help=f"counter capacity in keys, the memory bound (default: {DEFAULT_CAPACITY}; "
                        "at most 2 x KEYS are held, 0.4-1 KB each)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="with directories: only files matching GLOB (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="with directories: skip files matching GLOB (repeatable)")
    p.set_defaults(func=run)


class UsageError(Exception):
    pass


class WorkerError(Exception):
    """A worker process of ``-j N`` died."""


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except UsageError as exc:
        print(f"normtext mine: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WorkerError as exc:
        print(f"normtext mine: error: {exc}", file=sys.stderr)
        return EXIT_INPUT


def _check_args(args: argparse.Namespace) -> int:
    if args.min_docs < 1:
        raise UsageError("--min-docs takes a number of documents of at least 1")
    if not 0 <= args.min_share <= 1:
        raise UsageError("--min-share takes a share between 0 and 1 (e.g. 0.25)")
    if args.top < 1:
        raise UsageError("--top takes a positive number")
    if args.budget < 100:
        raise UsageError("--budget takes at least 100 keys")
    if args.jobs < 0:
        raise UsageError("-j takes 0 (one per core) or a positive number")
    if args.site_field and args.format == "text":
        raise UsageError("--site-field needs JSONL input")
    return args.jobs or os.cpu_count() or 1


def _view(args: argparse.Namespace) -> Pipeline | None:
    if args.raw:
        return None
    try:
        return injected_view(pipeline_from_args(args.preset, args.config, []))
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from None


def _run(args: argparse.Namespace) -> int:
    jobs = _check_args(args)
    view = _view(args)
    problems: list[str] = []
    paths: list[tuple[str, str]] = []  # (path, group for text files)
    for arg in args.files or [STDIN]:
        for path in iter_input_paths([arg], args.include, args.exclude, problems):
            group = arg.rstrip("/\\") if os.path.isdir(arg) else os.path.dirname(path) or "."
            paths.append((path, group if path != STDIN else "<stdin>"))
    if args.write_lexicon:
        target = args.write_lexicon
        for path, _ in paths:
            if SITE_PLACEHOLDER not in target and path != STDIN and os.path.exists(target) \
                    and os.path.samefile(path, target):
                raise UsageError(f"--write-lexicon {target} names an input file")
    failed = bool(problems)
    for message in problems:
        print(f"normtext mine: {message}", file=sys.stderr)
    counts: Counter = Counter()
    chunks = _chunks(paths, args, counts)
    miner = _mine_parallel(chunks, args, jobs, counts, view) if jobs > 1 else _mine_serial(chunks, args, counts, view)
    failed = failed or counts["failed_files"] > 0 or counts["malformed"] > 0
    if counts["malformed"] > MAX_LINE_WARNINGS:
        print(f"normtext mine: {counts['malformed']} malformed JSONL lines skipped in all", file=sys.stderr)
    if counts["no_field"]:
        print(f"normtext mine: {counts['no_field']} records without a string {args.field!r} field skipped",
              file=sys.stderr)
    reports = select(miner, min_docs=args.min_docs, min_share=args.min_share, top=args.top)
    if args.write_lexicon:
        try:
            written = write_lexicons(args.write_lexicon, [(r.group, r.candidates) for r in reports])
        except OSError as exc:
            print(f"normtext mine: error: cannot write {args.write_lexicon}: {exc.strerror or exc}",
                  file=sys.stderr)
            return EXIT_INPUT
        for target, n in written:
            print(f"normtext mine: wrote {n} entries to {target}", file=sys.stderr)
    out = sys.stdout
    if args.json:
        json.dump(_json_report(reports, miner, counts), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _print_report(reports, miner, out)
    return EXIT_INPUT if failed else EXIT_OK


# --- reading ---------------------------------------------------------------------------------
def _chunks(paths: list[tuple[str, str]], args: argparse.Namespace, counts: Counter) -> Iterator[tuple]:
    """(format, group, source, first line number, [raw bytes]) chunks, streamed."""
    text_batch: list[bytes] = []
    text_meta: list[tuple[str, str]] = []
    for path, text_group in paths:
        fmt = args.format or (guess_format(path) if path != STDIN else "text")
        name = "<stdin>" if path == STDIN else path
        try:
            fh: IO[bytes] = sys.stdin.buffer if path == STDIN else open_input(path)
        except OSError as exc:
            counts["failed_files"] += 1
            print(f"normtext mine: {name}: {exc.strerror or exc} (skipped)", file=sys.stderr)
            continue
        try:
            if fmt == "text":
                data = fh.read()
                if looks_binary(data[:8192]):
                    counts["failed_files"] += 1
                    print(f"normtext mine: {name}: looks binary (skipped)", file=sys.stderr)
                    continue
                text_batch.append(data)
                text_meta.append((text_group, name))
                if len(text_batch) >= 200:
                    yield ("text", None, text_meta, 0, text_batch)
                    text_batch, text_meta = [], []
                continue
            head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
            if looks_binary(head):
                counts["failed_files"] += 1
                print(f"normtext mine: {name}: looks binary (skipped)", file=sys.stderr)
                continue
            lines: list[bytes] = []
            size = 0
            first = 1
            for n, line in enumerate(fh, 1):
                lines.append(line)
                size += len(line)
                if len(lines) >= CHUNK_LINES or size >= CHUNK_BYTES:
                    yield ("jsonl", name, name, first, lines)
                    lines, size, first = [], 0, n + 1
            if lines:
                yield ("jsonl", name, name, first, lines)
        except OSError as exc:
            counts["failed_files"] += 1
            print(f"normtext mine: {name}: {exc.strerror or exc} (rest skipped)", file=sys.stderr)
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
    if text_batch:
        yield ("text", None, text_meta, 0, text_batch)


def mine_chunk(miner: Miner, chunk: tuple, field: str, site_field: str | None, counts: Counter,
               view: Pipeline | None = None) -> None:
    """Count one chunk into ``miner`` (each text through ``view`` first); problems go to
    ``counts`` (and stderr for the first few)."""
    fmt, group, source, first, items = chunk
    if fmt == "text":
        for (text_group, name), data in zip(source, items, strict=True):
            text = decode_bytes_for_cli(data).text
            miner.add(text_group, name, view(text) if view else text)
            counts["documents"] += 1
        return
    for n, raw in enumerate(items, first):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            record = _loads_or_none(decode_bytes_for_cli(raw).text)
        except ValueError:
            record = None
        if not isinstance(record, dict):
            counts["malformed"] += 1
            if counts["malformed"] <= MAX_LINE_WARNINGS:
                print(f"normtext mine: {source}:{n}: not a JSON object (skipped)", file=sys.stderr)
            continue
        text = record.get(field)
        if not isinstance(text, str):
            counts["no_field"] += 1
            continue
        site = record.get(site_field) if site_field else group
        if site_field and not isinstance(site, (str, int)):
            site = "<no site>"
        doc_id = record.get("id")
        doc_id = str(doc_id) if isinstance(doc_id, (str, int)) else f"{source}:{n}"
        miner.add(str(site), doc_id, view(text) if view else text)
        counts["documents"] += 1


def _loads_or_none(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def _mine_serial(chunks: Iterator[tuple], args: argparse.Namespace, counts: Counter,
                 view: Pipeline | None) -> Miner:
    miner = Miner(args.budget, example_from=args.min_docs - 1)
    for chunk in chunks:
        mine_chunk(miner, chunk, args.field, args.site_field, counts, view)
    return miner


def _worker(tasks, results, capacity: int, field: str, site_field: str | None, example_from: int,
            view: Pipeline | None) -> None:
    miner = Miner(capacity, example_from=example_from)
    counts: Counter = Counter()
    while (chunk := tasks.get()) is not None:
        mine_chunk(miner, chunk, field, site_field, counts, view)
    results.put(("counts", counts))
    for piece in miner.export():  # piece by piece: no second copy of the summary in memory
        results.put(piece)
    results.put(("end",))


def _mine_parallel(chunks: Iterator[tuple], args: argparse.Namespace, jobs: int, counts: Counter,
                   view: Pipeline | None) -> Miner:
    """Workers each count their share of chunks with ``budget / jobs`` keys; their summaries
    are merged one worker after the other, piece by piece."""
    ctx = multiprocessing.get_context("spawn")
    tasks = ctx.Queue(maxsize=2 * jobs)  # bounded: reading never runs far ahead of counting
    outs = [ctx.Queue() for _ in range(jobs)]
    capacity = max(100, args.budget // jobs)
    example_from = max(2, (args.min_docs - 1) // jobs)
    procs = [ctx.Process(target=_worker, daemon=True,
                         args=(tasks, out, capacity, args.field, args.site_field, example_from, view))
             for out in outs]
    for p in procs:
        p.start()
    try:
        for chunk in chunks:
            _put(tasks, chunk, procs)
        for _ in procs:
            _put(tasks, None, procs)
        miner = Miner(args.budget)
        for proc, out in zip(procs, outs, strict=True):
            pieces = _receive(proc, out)
            counts.update(next(pieces)[1])
            miner.merge_stream(pieces)
        for p in procs:
            p.join()
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
    return miner


def _put(tasks, item, procs) -> None:
    """Queue ``item`` for the workers; an error (not a hang) if they have died."""
    while True:
        try:
            tasks.put(item, timeout=1.0)
            return
        except queue.Full:
            if any(p.exitcode not in (None, 0) for p in procs):
                raise WorkerError("a mining worker process died; run with -j 1 to see the error") from None


def _receive(proc, out) -> Iterator[tuple]:
    """The pieces a worker sends, until its end marker; an error if it dies first."""
    while True:
        try:
            piece = out.get(timeout=1.0)
        except queue.Empty:
            if proc.exitcode not in (None, 0):
                raise WorkerError("a mining worker process died; run with -j 1 to see the error") from None
            continue
        if piece[0] == "end":
            return
        yield piece


# --- output ----------------------------------------------------------------------------------
def _json_report(reports: list[GroupReport], miner: Miner, counts: Counter) -> dict:
    c = miner.counter
    return {
        "documents": sum(miner.documents.values()),
        "skipped": {"malformed": counts["malformed"], "no_field": counts["no_field"],
                    "failed_files": counts["failed_files"]},
        "budget": {"capacity": c.capacity, "keys": len(c.stats), "floor": c.floor, "evictions": c.evictions},
        "groups": [{"group": r.group, "documents": r.documents,
                    "candidates": [x.to_json() for x in r.candidates],
                    "flagged": [x.to_json() for x in r.flagged]} for r in reports],
    }


def _print_report(reports: list[GroupReport], miner: Miner, out: IO[str]) -> None:
    c = miner.counter
    out.write(f"# {sum(miner.documents.values())} documents in {len(reports)} groups; "
              f"counter {len(c.stats)}/{2 * c.capacity} keys, floor {c.floor} "
              f"(document counts are exact when the floor is 0)\n")
    for r in reports:
        out.write(f"\n{r.group}: {r.documents} documents, {len(r.candidates)} candidates\n")
        if r.candidates:
            out.write(f"  {'#':>3} {'docs':>6} {'share':>6}  {'kind':<7}{'position':<15}{'label':<15}candidate\n")
        for i, x in enumerate(r.candidates, 1):
            extra = f"  (+ {', '.join(x.variants)})" if x.variants else ""
            like = f"  [like {x.resembles}]" if x.resembles else ""
            out.write(f"  {i:>3} {x.docs:>6} {x.share:>6.1%}  {x.kind:<7}{x.position:<15}{x.label:<15}"
                      f"{x.text}{extra}{like}\n")
            for ex in x.examples:
                out.write(f"        e.g. {ex['doc']}: {ex['context']}\n")
        if r.flagged:
            out.write("  flagged (content, or unsafe to remove; not written):\n")
            for x in r.flagged:
                out.write(f"      {x.flag:<12} {x.docs:>6} {x.share:>6.1%}  {x.kind:<7}{x.text}\n")
