"""``normtext clean``: normalize files or standard input (text or JSONL).

Exit statuses: 0 success; 1 ``--check`` found a document that would change; 2 usage error;
3 some input failed (missing, unreadable or binary file; malformed JSONL line; a record whose
normalization raised). Several at once: 2 before 3 before 1.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import regex

from .config_args import add_pipeline_arguments, pipeline_from_args
from .io import STDIN, guess_format, iter_input_paths, looks_binary, open_input, wrap_output
from .process import (
    DEFAULT_TAG_CLOSE,
    DEFAULT_TAG_OPEN,
    Chunk,
    ChunkResult,
    JobSpec,
    init_worker,
    process_chunk,
    set_local,
)

EXIT_OK, EXIT_CHECK, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
EXIT_INTERRUPTED = 130
#: Worker start method: fork where the platform has it (no re-import, the parent holds no
#: threads when the pool starts), spawn elsewhere.
_START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
#: A chunk of a streamed file holds about this many bytes of whole lines.
CHUNK_BYTES = 1 << 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "clean", help="normalize text or JSONL files (or standard input)",
        description="Normalize text or JSONL files, or standard input, with a preset or config. "
                    "Output goes to standard output unless -o or --in-place is given.")
    p.add_argument("files", nargs="*", metavar="FILES",
                   help="input files or directories (recursed); none or '-' reads standard input")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="OUT", help="write the output to OUT")
    out.add_argument("--in-place", action="store_true",
                     help="rewrite each input file atomically (temporary file, fsync, rename)")
    p.add_argument("--format", choices=["text", "jsonl"],
                   help="input format (default: from the extension: .jsonl, .jsonl.gz, .ndjson → jsonl)")
    p.add_argument("--field", default="text", metavar="NAME",
                   help="JSONL: the string field to normalize (default: text)")
    p.add_argument("--site-field", metavar="NAME",
                   help="JSONL: the field naming each record's site; lexicon entries learned on a "
                        "site (normtext mine) then apply only to that site's records (a record "
                        "without it gets only entries learned on no particular site)")
    p.add_argument("--unit", choices=["doc", "line"], default="doc",
                   help="text format: one document per file (doc, default) or per line (streaming)")
    add_pipeline_arguments(p)
    p.add_argument("--tag-open", default=DEFAULT_TAG_OPEN, metavar="FMT",
                   help="text output with --injected tag: opening marker (default: %(default)s)")
    p.add_argument("--tag-close", default=DEFAULT_TAG_CLOSE, metavar="FMT",
                   help="text output with --injected tag: closing marker (default: %(default)s)")
    p.add_argument("--annotate", action="store_true",
                   help="JSONL output: add spans, segments and changes to each record")
    p.add_argument("--annotations-key", default="normtext", metavar="KEY",
                   help="the key --annotate adds (default: normtext)")
    p.add_argument("--explain", metavar="FILE", help="write one JSONL record per change to FILE")
    p.add_argument("--diff", action="store_true",
                   help="change nothing; print a unified diff with invisible characters made visible")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 if any document would change, listing which")
    p.add_argument("--stats", metavar="FILE", help="write counts per rule and label, documents and bytes as JSON")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core); output order is kept")
    prog = p.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="show a progress bar on stderr (default: when stderr is a terminal)")
    prog.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="with directories: only files matching GLOB (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="with directories: skip files matching GLOB (repeatable)")
    p.add_argument("--report", metavar="FILE.html",
                   help="also write an HTML review report of a seeded sample of the documents")
    p.add_argument("--sample", type=int, default=1000, metavar="N",
                   help="with --report: documents shown (default 1000; the summary counts all)")
    p.add_argument("--keep-line-endings", action="store_true",
                   help="keep CRLF / CR line endings (whitespace.line_endings=keep)")
    p.set_defaults(func=run)


class UsageError(Exception):
    pass


@dataclass
class RunState:
    status_input: bool = False
    would_change: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    failed_files: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    report: Any = None  # a normtext.report.ReportBuilder with --report

    def warn(self, message: str) -> None:
        print(f"normtext: {message}", file=sys.stderr)

    def fail(self, message: str) -> None:
        self.status_input = True
        self.warn(message)


@dataclass
class FileSink:
    """Where one input's output goes, and how to finish it."""

    label: str
    path: str | None
    in_place: bool
    tmp: str | None = None
    raw: IO[bytes] | None = None  # the temporary file
    fh: IO[bytes] | None = None  # what is written to (raw, or a compressor around it)
    changed: bool = False
    transcoded: bool = False
    encoding_note: str = ""
    in_parts: list[bytes] = field(default_factory=list)
    out_parts: list[bytes] = field(default_factory=list)


def run(args: argparse.Namespace) -> int:
    state = RunState()
    try:
        return _run(args, state)
    except UsageError as exc:
        print(f"normtext clean: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace, state: RunState) -> int:
    started = time.perf_counter()
    sets = list(args.sets)
    if args.keep_line_endings:
        sets.append("whitespace.line_endings=keep")
    try:
        pipe = pipeline_from_args(args.preset, args.config, sets, args.injected, args.lexicon)
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from None
    if args.jobs < 0:
        raise UsageError("-j takes 0 (one per core) or a positive number")
    jobs = args.jobs or os.cpu_count() or 1
    problems: list[str] = []
    paths = list(iter_input_paths(args.files, args.include, args.exclude, problems))
    if args.in_place and STDIN in paths:
        raise UsageError("--in-place needs files, not standard input")
    if args.output:
        for path in paths:
            if path != STDIN and os.path.exists(args.output) and os.path.samefile(path, args.output):
                raise UsageError(f"-o {args.output} names an input file; use --in-place to rewrite it")
    fmt_of = {p: args.format or (guess_format(p) if p != STDIN else "text") for p in paths}
    if args.annotate and not args.diff and not args.check:
        if any(f not in ("jsonl", "parquet") for f in fmt_of.values()):
            raise UsageError("--annotate needs JSONL input and output (--format jsonl)")
    if args.site_field and any(f != "jsonl" for f in fmt_of.values()):
        raise UsageError("--site-field needs JSONL input")
    parquet = [p for p, f in fmt_of.items() if f == "parquet"]
    if parquet:
        if len(parquet) != len(paths):
            raise UsageError("Parquet inputs cannot be mixed with text or JSONL inputs in one run")
        if args.diff:
            raise UsageError("--diff does not support Parquet; use --check or --explain")
        if not (args.check or args.in_place):
            if not (args.output or "").lower().endswith(".parquet"):
                raise UsageError("Parquet input needs -o FILE.parquet or --in-place")
            if len(parquet) > 1:
                raise UsageError("several Parquet inputs need --in-place (one output file each)")
    for message in problems:
        state.fail(message)

    injected_action = next((s.options.action for s in pipe.steps if s.name == "injected"), None)
    tag = injected_action == "tag"
    writes = not (args.check or args.diff)
    spec = JobSpec(
        field=args.field,
        site_field=args.site_field,
        annotate_key=args.annotations_key if args.annotate else None,
        tag_markers=(args.tag_open, args.tag_close) if tag else None,
        explain=bool(args.explain),
        track=bool(args.explain or args.annotate or tag or args.stats or args.report),
        keep_io=bool(args.report),
    )
    if args.report:
        from ..report import ReportBuilder

        if args.sample < 1:
            raise UsageError("--sample takes a positive number of documents")
        state.report = ReportBuilder(config=pipe.to_config(), sample=args.sample,
                                     command="normtext " + " ".join(sys.argv[1:]))
    # workers first: they start before this process opens outputs or a progress thread
    pool = multiprocessing.get_context(_START_METHOD).Pool(jobs, init_worker, (pipe.to_config(), spec)) \
        if jobs > 1 else None
    explain_fh = open(args.explain, "w", encoding="utf-8", errors="surrogateescape") if args.explain else None
    progress = _progress_bar(args, paths)
    out_fh, out_raw, out_tmp = (_open_output(args) if writes and not args.in_place and not parquet
                                else (None, None, None))
    if pool is None:
        set_local(pipe, spec)
    old_term = signal.signal(signal.SIGTERM, _raise_interrupt)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    sinks: list[FileSink] = []
    try:
        pending: collections.deque = collections.deque()
        for path in paths:
            sink = FileSink(path if path != STDIN else "<stdin>", None if path == STDIN else path,
                            args.in_place and writes)
            sinks.append(sink)
            if fmt_of[path] == "parquet":
                _parquet(path, sink, args, state, pool, jobs, explain_fh, progress, writes)
                continue
            for chunk in _chunks(path, fmt_of[path], args.unit, sink, state):
                in_bytes = chunk.data if chunk.data is not None else (chunk.block or b"")
                if pool is not None:
                    pending.append((sink, in_bytes, pool.apply_async(process_chunk, (chunk,))))
                    while len(pending) >= 2 * jobs:
                        _consume(pending.popleft(), args, state, out_fh, explain_fh, progress)
                else:
                    _consume((sink, in_bytes, process_chunk(chunk)), args, state, out_fh,
                             explain_fh, progress)
            if pool is not None:
                pending.append((sink, None, None))
            else:
                _finish_file(sink, args, state)
            while pending and (pool is None or pending[0][2] is None or pending[0][2].ready()):
                item = pending.popleft()
                if item[2] is None:
                    _finish_file(item[0], args, state)
                else:
                    _consume(item, args, state, out_fh, explain_fh, progress)
        while pending:
            item = pending.popleft()
            if item[2] is None:
                _finish_file(item[0], args, state)
            else:
                _consume(item, args, state, out_fh, explain_fh, progress)
        if out_fh is not None:
            _close_output(out_fh, out_raw, out_tmp, args.output)
            out_fh = None
    except KeyboardInterrupt:
        if pool is not None:
            pool.terminate()
            pool = None
        _abandon(sinks, out_raw, out_tmp, state)
        print("normtext: interrupted; no input was changed by an unfinished file", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        if pool is not None:
            pool.terminate()
            pool = None
        _abandon(sinks, out_raw, out_tmp, state)
        state.fail(f"writing failed: {exc}; incomplete output removed: "
                   + (", ".join(state.incomplete) or "none"))
        return EXIT_INPUT
    finally:
        signal.signal(signal.SIGTERM, old_term)
        if pool is not None:
            pool.close()
            pool.join()
        if explain_fh is not None:
            explain_fh.close()
        if progress is not None:
            progress.close()

    if args.check and state.would_change:
        for doc_id in state.would_change:
            print(f"would change: {doc_id}", file=sys.stderr)
    if args.stats:
        _write_stats(args.stats, state, pipe, time.perf_counter() - started)
    if state.report is not None:
        shown = state.report.write(args.report)
        state.warn(f"report: {args.report} ({shown} of {state.report.totals.documents} documents shown)")
    if state.failed_files:
        state.warn("failed: " + ", ".join(state.failed_files))
    if state.status_input:
        return EXIT_INPUT
    if args.check and state.would_change:
        return EXIT_CHECK
    return EXIT_OK


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _parquet(path: str, sink: FileSink, args: argparse.Namespace, state: RunState, pool: Any, jobs: int,
             explain_fh: IO[str] | None, progress: Any, writes: bool) -> None:
    from .parquet_io import run_parquet_file

    def submit(chunk: Chunk) -> Any:
        return pool.apply_async(process_chunk, (chunk,)) if pool is not None else process_chunk(chunk)

    out_path = None if not writes else (path if args.in_place else args.output)
    try:
        run_parquet_file(path, sink.label, args.field, out_path,
                         args.annotations_key if args.annotate else None, submit, jobs,
                         lambda res, nbytes: _account(res, state, explain_fh, progress, nbytes))
    except KeyError as exc:
        state.fail(str(exc.args[0]) + "; skipped")
        state.failed_files.append(sink.label)
    except OSError as exc:
        state.fail(f"{sink.label}: {exc}; skipped (no output written for it)")
        state.failed_files.append(sink.label)
    except Exception as exc:  # noqa: BLE001 - e.g. a file that is not Parquet
        state.fail(f"{sink.label}: cannot read as Parquet ({type(exc).__name__}: {exc}); skipped")
        state.failed_files.append(sink.label)


# --- reading ----------------------------------------------------------------------------------
def _chunks(path: str, fmt: str, unit: str, sink: FileSink, state: RunState) -> Iterator[Chunk]:
    label = sink.label
    try:
        fh = sys.stdin.buffer if path == STDIN else open_input(path)
    except OSError as exc:
        state.fail(f"{label}: cannot read ({exc.strerror or exc}); skipped")
        state.failed_files.append(label)
        return
    try:
        head = fh.read(8192)
        if looks_binary(head):
            state.fail(f"{label}: looks binary (NUL bytes); skipped")
            state.failed_files.append(label)
            return
        if fmt == "text" and unit == "doc":
            yield Chunk(label, 0, data=head + fh.read(), fmt="text")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            data = (head + fh.read()).decode("utf-16", "surrogateescape").encode("utf-8", "surrogateescape")
            sink.transcoded = True
            sink.encoding_note = "utf-16"
            blocks: Any = _split_blocks(data)
        else:
            blocks = _read_blocks(head, fh)
        # Blocks of whole lines go to the workers as bytes; they split them into lines (the
        # parent only moves bytes, so -j N scales).
        first = 1
        for block in blocks:
            yield Chunk(label, first, block=block, fmt=fmt)
            first += block.count(b"\n") + (0 if block.endswith(b"\n") else 1)
    except OSError as exc:
        state.fail(f"{label}: read error ({exc}); the rest of the file is skipped")
        state.failed_files.append(label)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def _read_blocks(head: bytes, fh: IO[bytes]) -> Iterator[bytes]:
    """About :data:`CHUNK_BYTES` of whole lines at a time (a longer line is one block)."""
    pending = head
    while True:
        more = fh.read(CHUNK_BYTES)
        block, pending = pending + more, b""
        if not block:
            return
        if more and not block.endswith(b"\n"):
            block += fh.readline()
        yield block
        if not more:
            return


def _split_blocks(data: bytes) -> Iterator[bytes]:
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + CHUNK_BYTES)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


# --- writing ----------------------------------------------------------------------------------
def _consume(item: tuple, args: argparse.Namespace, state: RunState, out_fh: IO[bytes] | None,
             explain_fh: IO[str] | None, progress: Any) -> None:
    sink, in_bytes, res = item
    if not isinstance(res, ChunkResult):
        res = res.get()
    _account(res, state, explain_fh, None, 0)
    if res.transcoded:
        sink.transcoded = True
    if res.out != in_bytes:
        sink.changed = True
    if args.diff:
        sink.in_parts.append(in_bytes)
        sink.out_parts.append(res.out)
    elif args.check:
        pass
    elif sink.in_place:
        if sink.fh is None:
            directory = os.path.dirname(os.path.abspath(sink.path or "."))
            fd, sink.tmp = tempfile.mkstemp(prefix=f".{os.path.basename(sink.path or 'out')}.",
                                            suffix=".normtext-tmp", dir=directory)
            sink.raw = os.fdopen(fd, "wb")
            sink.fh = wrap_output(sink.raw, sink.path)
        sink.fh.write(res.out)
    elif out_fh is not None:
        out_fh.write(res.out)
    if progress is not None:
        progress.update(len(in_bytes))
        progress.set_postfix(docs=state.counts["documents"], refresh=False)


def _account(res: ChunkResult, state: RunState, explain_fh: IO[str] | None, progress: Any,
             nbytes: int) -> None:
    """Merge one chunk's counts, problems and explain records into the run."""
    if res.failed:
        state.status_input = True
    for problem in res.problems:
        state.warn(problem)
    state.counts.update(res.counts)
    state.rules.update(res.rules)
    state.labels.update(res.labels)
    state.would_change.extend(res.changed)
    if state.report is not None:
        for doc_id, result in res.results:
            state.report.add(result, name=doc_id)
    if explain_fh is not None:
        for line in res.explain:
            explain_fh.write(line + "\n")
    if progress is not None and nbytes:
        progress.update(nbytes)
        progress.set_postfix(docs=state.counts["documents"], refresh=False)


def _finish_file(sink: FileSink, args: argparse.Namespace, state: RunState) -> None:
    if args.diff:
        _print_diff(sink)
        return
    if not sink.in_place or sink.fh is None:
        return
    fh, raw, tmp = sink.fh, sink.raw, sink.tmp
    sink.fh = sink.raw = None
    try:
        if fh is not raw:
            fh.close()  # finish the compressed stream
        if not sink.changed:
            raw.close()  # type: ignore[union-attr]
            os.unlink(tmp)  # type: ignore[arg-type]
            return
        raw.flush()  # type: ignore[union-attr]
        os.fsync(raw.fileno())  # type: ignore[union-attr]
        raw.close()  # type: ignore[union-attr]
        mode = os.stat(sink.path).st_mode  # type: ignore[arg-type]
        os.chmod(tmp, mode & 0o7777)  # type: ignore[arg-type]
        os.replace(tmp, sink.path)  # type: ignore[arg-type]
        sink.tmp = None
        if sink.transcoded:
            state.warn(f"{sink.label}: rewritten in place as UTF-8 (it was not UTF-8)")
    except OSError as exc:
        _remove_quietly(tmp)
        sink.tmp = None
        state.fail(f"{sink.label}: could not rewrite in place ({exc}); the file is unchanged")
        state.failed_files.append(sink.label)


def _abandon(sinks: list[FileSink], out_fh: IO[bytes] | None, out_tmp: str | None,
             state: RunState) -> None:
    for sink in sinks:
        for fh in (sink.fh, sink.raw):
            if fh is not None:
                try:
                    fh.close()
                except (OSError, ValueError):
                    pass
        sink.fh = sink.raw = None
        if sink.tmp:
            _remove_quietly(sink.tmp)
            state.incomplete.append(sink.label)
            sink.tmp = None
    if out_fh is not None and out_tmp is not None:
        try:
            out_fh.close()
        except OSError:
            pass
        _remove_quietly(out_tmp)
        state.incomplete.append(out_tmp)


def _remove_quietly(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _open_output(args: argparse.Namespace) -> tuple[IO[bytes], IO[bytes] | None, str | None]:
    """(what to write to, the raw temporary file, its path); stdout has neither."""
    if not args.output or args.output == "-":
        return sys.stdout.buffer, None, None
    directory = os.path.dirname(os.path.abspath(args.output))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(args.output)}.",
                                   suffix=".normtext-tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    raw = os.fdopen(fd, "wb")
    return wrap_output(raw, args.output), raw, tmp


def _close_output(fh: IO[bytes], raw: IO[bytes] | None, tmp: str | None, target: str | None) -> None:
    if raw is None or tmp is None:
        fh.flush()
        return
    if fh is not raw:
        fh.close()  # finish the compressed stream (the raw file stays open)
    raw.flush()
    os.fsync(raw.fileno())
    raw.close()
    if target and os.path.exists(target):
        os.chmod(tmp, os.stat(target).st_mode & 0o7777)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, target)  # type: ignore[arg-type]


# --- diff, stats, progress ------------------------------------------------------------------
_INVISIBLE = regex.compile(r"[^\S\n\t ]|[\p{Cf}\p{Co}\p{Cs}\p{Cc}--[\n\t]]", regex.V1)


def make_visible(text: str) -> str:
    """Show invisible and space-like characters as ``<U+XXXX>`` (undecodable bytes as ``<0xNN>``).

    >>> make_visible("a\\u00a0b\\u200fc")
    'a<U+00A0>b<U+200F>c'
    """
    def show(m: regex.Match) -> str:
        cp = ord(m.group())
        if 0xDC80 <= cp <= 0xDCFF:
            return f"<0x{cp - 0xDC00:02X}>"
        return f"<U+{cp:04X}>"

    return _INVISIBLE.sub(show, text)


def _print_diff(sink: FileSink) -> None:
    before = b"".join(sink.in_parts).decode("utf-8", "surrogateescape")
    after = b"".join(sink.out_parts).decode("utf-8", "surrogateescape")
    if before == after:
        return
    a = [make_visible(line) + "\n" for line in before.split("\n")]
    b = [make_visible(line) + "\n" for line in after.split("\n")]
    lines = difflib.unified_diff(a, b, fromfile=f"{sink.label}", tofile=f"{sink.label} (normalized)")
    out = "".join(lines)
    sys.stdout.buffer.write(out.encode("utf-8", "surrogateescape"))
    sys.stdout.flush()


def _write_stats(path: str, state: RunState, pipe: Any, seconds: float) -> None:
    c = state.counts
    stats = {
        "documents": {"read": c["documents"] + c["failed"], "changed": c["changed"],
                      "failed": c["failed"], "skipped_no_field": c["skipped"],
                      "malformed_lines": c["malformed"]},
        "rules": dict(sorted(state.rules.items())),
        "labels": dict(sorted(state.labels.items())),
        "bytes_in": c["bytes_in"],
        "bytes_out": c["bytes_out"],
        "seconds": round(seconds, 3),
        "failed_files": state.failed_files,
        "config": pipe.to_config(),
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(stats, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def _progress_bar(args: argparse.Namespace, paths: list[str]) -> Any:
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    if not show:
        return None
    from tqdm import tqdm

    total = 0
    for p in paths:
        if p == STDIN:
            total = None  # type: ignore[assignment]
            break
        try:
            total += os.path.getsize(p)
        except OSError:
            pass
    return tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                desc="normtext", dynamic_ncols=True)
