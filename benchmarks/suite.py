"""The benchmark suite: one run, one table (``python -m benchmarks``).

On a seeded corpus (``corpora/generate.py``: mixed Arabic/English news, social posts and tech
text with realistic damage: a few percent mojibake, NBSPs and zero-width characters, injected
CMS fragments in a share of documents), it measures, on one core unless a row says otherwise:

- ``preset``: every preset's ``pipe(text)`` in MB/s and docs/s, on full articles and on short
  50-300 character records, with the ratio to ``ftfy.fix_text`` on the same input; for
  ``default`` also ``pipe.process`` (offsets, spans) and ``map_batch(annotate=True)``;
- ``step``: each step of ``default`` timed inside the pipeline (on the text it really gets),
  with its share of the pipeline's time;
- ``anchor``: ``ftfy.fix_text``, the pyarabic chain, langdetect per document and CAMeL Tools'
  normalizers (where importable), each next to the normtext work it compares with;
- ``scaling``: ``default`` over growing sizes (time must grow linearly: the last column is the
  time per MB relative to the smallest size);
- ``memory``: peak Python allocations (tracemalloc) of one ``default`` pass, and the process's
  peak RSS;
- ``cli``: ``normtext clean -j 1`` against ``-j 2`` on a JSONL file (peak RSS summed over the
  parent and its workers; outputs checked byte-identical).

MB are megabytes (10^6) of UTF-8 input text. In-process rows are timed in CPU seconds of this
process (best of ``--repeat``), which other load on a shared machine barely disturbs; ``--wall``
times them by the wall clock. The ``cli`` rows are wall-clock time of the whole command.

    python -m benchmarks                        # small sizes, about two minutes
    python -m benchmarks --scaling 1MB,10MB,100MB --cli-size 100MB   # the full run
    python -m benchmarks --markdown             # the table as Markdown, for the README
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import normtext
from normtext import Pipeline
from normtext.batch import map_batch
from normtext.doc import Doc

REPO = Path(__file__).resolve().parents[1]
MB = 1_000_000


# ----------------------------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------------------------
def _generator():
    """``corpora/generate.py`` (the project's seeded generator) as a module."""
    sys.path.insert(0, str(REPO / "corpora"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    return generate


def corpus(size: int, seed: int, *, short: bool = False) -> list[str]:
    """About ``size`` bytes of generated documents (the same bytes for the same seed)."""
    return _generator().corpus_texts(size, seed=seed, short=short)


def parse_size(text: str) -> int:
    return _generator().parse_size(text)


def megabytes(texts: Iterable[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / MB


# ----------------------------------------------------------------------------------------------
# Rows and timing
# ----------------------------------------------------------------------------------------------
@dataclass
class Row:
    group: str
    what: str
    corpus: str
    mb: float
    docs: int
    seconds: float | None
    vs: str = ""
    peak_mb: float | None = None
    note: str = ""

    @property
    def mb_s(self) -> float | None:
        return self.mb / self.seconds if self.seconds else None

    @property
    def docs_s(self) -> float | None:
        return self.docs / self.seconds if self.seconds else None


#: The clock of the in-process rows: CPU time of this process by default, so that other load
#: on a shared machine does not count (``--wall`` switches to wall-clock time).
CLOCK: Callable[[], float] = time.process_time


def best_time(fn: Callable[[], object], repeat: int) -> float:
    """The best time of ``repeat`` calls of ``fn`` on :data:`CLOCK` (garbage collected before each)."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        gc.collect()
        start = CLOCK()
        fn()
        best = min(best, CLOCK() - start)
    return best


def over(fn: Callable[[str], object], texts: list[str]) -> Callable[[], None]:
    def run() -> None:
        for t in texts:
            fn(t)
    return run


def ratio(a: float | None, b: float | None, label: str) -> str:
    return f"{a / b:.2f}x {label}" if a and b else ""


# ----------------------------------------------------------------------------------------------
# Sections
# ----------------------------------------------------------------------------------------------
def preset_rows(corpora: dict[str, list[str]], repeat: int) -> tuple[list[Row], dict[str, float]]:
    """Every preset on every corpus, next to ftfy; returns the rows and ftfy's MB/s per corpus."""
    import ftfy

    rows: list[Row] = []
    ftfy_speed: dict[str, float] = {}
    for name, texts in corpora.items():
        mb = megabytes(texts)
        ftfy_s = best_time(over(ftfy.fix_text, texts), repeat)
        ftfy_speed[name] = mb / ftfy_s
        rows.append(Row("anchor", "ftfy.fix_text", name, mb, len(texts), ftfy_s, "1.00x ftfy"))
        for preset in sorted(normtext.PRESETS):
            pipe = Pipeline.from_preset(preset)
            s = best_time(over(pipe, texts), repeat)
            rows.append(Row("preset", f"{preset} pipe()", name, mb, len(texts), s,
                            ratio(mb / s, ftfy_speed[name], "ftfy")))
            if preset == "default":
                text_only = s
                s = best_time(over(pipe.process, texts), repeat)
                rows.append(Row("preset", "default process()", name, mb, len(texts), s,
                                ratio(mb / s, ftfy_speed[name], "ftfy"),
                                note=f"offsets {100 * (s / text_only - 1):+.0f}% vs pipe()"))
                batches = [{"text": texts[i:i + 1000]} for i in range(0, len(texts), 1000)]
                s = best_time(lambda b=batches, p=pipe: [map_batch(p, x, annotate=True) for x in b],
                              repeat)
                rows.append(Row("preset", "default map_batch(annotate)", name, mb, len(texts), s,
                                ratio(mb / s, ftfy_speed[name], "ftfy"),
                                note=f"annotate {100 * (s / text_only - 1):+.0f}% vs pipe()"))
    return rows, ftfy_speed


def step_rows(texts: list[str], corpus_name: str, repeat: int) -> list[Row]:
    """Each step of ``default`` timed inside the pipeline, on the text it really receives."""
    pipe = Pipeline.from_preset("default")
    mb = megabytes(texts)
    best: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        spent = dict.fromkeys(pipe.step_names, 0.0)
        gc.collect()
        clock = CLOCK
        for text in texts:
            doc = Doc(text, track=False)
            for step in pipe.steps:
                start = clock()
                step(doc)
                spent[step.name] += clock() - start
        for k, v in spent.items():
            best[k] = min(best.get(k, float("inf")), v)
    total = sum(best.values())
    return [Row("step", f"default: {name}", corpus_name, mb, len(texts), s,
                f"{100 * s / total:.0f}% of pipeline") for name, s in best.items()]


def anchor_rows(texts: list[str], corpus_name: str, repeat: int, lang_docs: int) -> list[Row]:
    """pyarabic, langdetect and CAMeL Tools, each next to the comparable normtext work."""
    rows: list[Row] = []
    mb = megabytes(texts)
    search = Pipeline.from_preset("search")
    arabic = Pipeline([s for s in search.steps if s.name == "arabic"])
    arabic_s = best_time(over(arabic, texts), repeat) if arabic.steps else None
    if arabic_s:
        rows.append(Row("anchor", "normtext arabic step (search)", corpus_name, mb, len(texts),
                        arabic_s))
    try:
        import pyarabic.araby as araby
    except ImportError as exc:
        rows.append(Row("anchor", "pyarabic chain", corpus_name, mb, len(texts), None,
                        note=f"skipped: {exc}"))
    else:
        def pyarabic_chain(t: str) -> str:
            t = araby.strip_tashkeel(t)
            t = araby.strip_tatweel(t)
            t = araby.normalize_ligature(t)
            t = araby.normalize_hamza(t)
            return araby.normalize_teh(t)

        s = best_time(over(pyarabic_chain, texts), repeat)
        vs = ratio(mb / arabic_s, mb / s, "pyarabic (arabic step)") if arabic_s else ""
        rows.append(Row("anchor", "pyarabic chain", corpus_name, mb, len(texts), s, vs,
                        note="strip_tashkeel, strip_tatweel, normalize_ligature, _hamza, _teh"))
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except Exception as exc:  # not installed, or a missing dependency of it
        rows.append(Row("anchor", "CAMeL Tools normalizers", corpus_name, mb, len(texts), None,
                        note=f"skipped: camel_tools not importable ({type(exc).__name__}: {exc})"))
    else:
        def camel_chain(t: str) -> str:
            return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(
                dediac_ar(normalize_unicode(t)))))

        s = best_time(over(camel_chain, texts), repeat)
        target = "camel" if "camel" in normtext.PRESETS else None
        if target:
            camel = Pipeline.from_preset(target)
            cs = best_time(over(camel, texts), repeat)
            rows.append(Row("anchor", "normtext camel preset", corpus_name, mb, len(texts), cs))
            vs = ratio(mb / cs, mb / s, "CAMeL (camel preset)")
        else:
            vs = ratio(mb / arabic_s, mb / s, "CAMeL (arabic step)") if arabic_s else ""
        rows.append(Row("anchor", "CAMeL Tools normalizers", corpus_name, mb, len(texts), s, vs,
                        note="normalize_unicode, dediac_ar, alef, alef maksura, teh marbuta"))
    try:
        from langdetect import DetectorFactory, LangDetectException, detect
    except ImportError as exc:
        rows.append(Row("anchor", "langdetect per document", corpus_name, 0, 0, None,
                        note=f"skipped: {exc}"))
    else:
        sample = texts[:lang_docs]
        smb = megabytes(sample)
        DetectorFactory.seed = 0

        def detect_one(t: str) -> str | None:
            try:
                return detect(t)
            except LangDetectException:
                return None

        def segment_lang(t: str) -> object:
            return normtext.segment(t, view="lang")

        for warm in (detect_one, segment_lang):  # load langdetect's profiles outside the timing
            warm("warm up: a short English sentence. جملة عربية قصيرة")
        s = best_time(over(detect_one, sample), 1)
        ns = best_time(over(segment_lang, sample), 1)
        rows.append(Row("anchor", "normtext.segment(view=lang)", corpus_name, smb, len(sample), ns,
                        note=f"first {len(sample)} documents"))
        rows.append(Row("anchor", "langdetect per document", corpus_name, smb, len(sample), s,
                        ratio(smb / ns, smb / s, "langdetect (segment lang)"),
                        note=f"first {len(sample)} documents, seeded"))
    return rows


def scaling_rows(sizes: list[int], seed: int) -> list[Row]:
    """``default`` pipe() over growing corpora; ``vs`` is time per MB relative to the smallest."""
    pipe = Pipeline.from_preset("default")
    rows: list[Row] = []
    base = None
    for size in sizes:
        texts = corpus(size, seed)
        mb = megabytes(texts)
        s = best_time(over(pipe, texts), 1)
        per_mb = s / mb
        base = base or per_mb
        rows.append(Row("scaling", "default pipe()", f"articles {size / MB:g} MB", mb, len(texts), s,
                        f"{per_mb / base:.2f}x s/MB of smallest"))
        del texts
    return rows


def memory_rows(texts: list[str], corpus_name: str) -> list[Row]:
    pipe = Pipeline.from_preset("default")
    mb = megabytes(texts)
    gc.collect()
    tracemalloc.start()
    start = CLOCK()
    for t in texts:
        pipe(t)
    s = CLOCK() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # ru_maxrss is KiB on Linux
    return [Row("memory", "default pipe() working memory", corpus_name, mb, len(texts), s,
                peak_mb=peak / MB, note="tracemalloc peak (slows the run); corpus not counted"),
            Row("memory", "this benchmark process", "all", 0, 0, None, peak_mb=rss / MB,
                note="peak RSS (corpora included)")]


# ----------------------------------------------------------------------------------------------
# CLI -j 1 against -j 2
# ----------------------------------------------------------------------------------------------
CLI = [sys.executable, "-c", "import sys; from normtext.cli import main; sys.exit(main())"]


def cli_jobs_supported() -> str | None:
    """``None`` if ``normtext clean`` has ``-j``; otherwise the reason to skip the rows."""
    try:
        out = subprocess.run(CLI + ["clean", "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"normtext clean --help failed: {exc}"
    if out.returncode != 0:
        return f"normtext clean --help exited {out.returncode}: {out.stderr.strip()[:200]}"
    if "--jobs" not in out.stdout and " -j" not in out.stdout:
        return "normtext clean has no -j option yet"
    return None


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (Linux ``/proc``)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_measured(cmd: list[str]) -> tuple[float, float, int, subprocess.CompletedProcess]:
    """Wall time, CPU time and peak summed RSS (sampled every 50 ms) of ``cmd`` and its children."""
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.isdir("/proc"):
        sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    if sampler.is_alive():
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def cli_rows(size: int, seed: int) -> list[Row]:
    reason = cli_jobs_supported()
    if reason:
        return [Row("cli", "normtext clean -j 1 / -j 2", "jsonl", 0, 0, None,
                    note=f"skipped: {reason}")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="normtext-bench-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        docs = _generator().write(src, size=size, seed=seed, fmt="jsonl")
        mb = src.stat().st_size / MB
        outputs = []
        base = None
        for jobs in (1, 2):
            dst = Path(tmp) / f"out-j{jobs}.jsonl"
            s, cpu, peak, proc = run_measured(CLI + ["clean", str(src), "-o", str(dst), "-j", str(jobs),
                                                "--no-progress"])
            if proc.returncode not in (0, 3):
                rows.append(Row("cli", f"normtext clean -j {jobs}", "jsonl file", mb, docs, None,
                                note=f"failed (exit {proc.returncode}): "
                                     f"{proc.stderr.decode(errors='replace').strip()[-200:]}"))
                continue
            outputs.append(dst.read_bytes())
            base = base or s
            rows.append(Row("cli", f"normtext clean -j {jobs}", "jsonl file", mb, docs, s,
                            f"{base / s:.2f}x -j 1", peak_mb=peak / MB if peak else None,
                            note=f"CPU {cpu:.1f} s in all processes; peak RSS summed over them"))
        if len(outputs) == 2 and outputs[0] != outputs[1]:
            rows[-1].note += "; OUTPUT DIFFERS from -j 1"
    return rows


# ----------------------------------------------------------------------------------------------
# The table
# ----------------------------------------------------------------------------------------------
HEADER = ("group", "what", "corpus", "MB", "docs", "s", "MB/s", "docs/s", "vs anchor", "peak MB",
          "note")


def _fmt(v: float | None, digits: int = 2) -> str:
    return "" if v is None else f"{v:,.{digits}f}"


def table(rows: list[Row], markdown: bool) -> str:
    cells = [HEADER] + [(r.group, r.what, r.corpus, _fmt(r.mb or None), str(r.docs) if r.docs else "",
                         _fmt(r.seconds), _fmt(r.mb_s), _fmt(r.docs_s, 0), r.vs,
                         _fmt(r.peak_mb, 1), r.note) for r in rows]
    if markdown:
        lines = ["| " + " | ".join(c) + " |" for c in cells]
        lines.insert(1, "|" + "|".join("---" for _ in HEADER) + "|")
        return "\n".join(lines)
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    right = {3, 4, 5, 6, 7, 9}
    out = []
    for n, c in enumerate(cells):
        out.append("  ".join(c[i].rjust(widths[i]) if i in right else c[i].ljust(widths[i])
                             for i in range(len(HEADER))).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(line.split(":", 1)[1].strip() for line in fh if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import ftfy

    try:
        load = "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + ", "
    except OSError:
        load = ""
    return (f"{cpu}, {os.cpu_count()} cores, {load}Python {platform.python_version()}, "
            f"normtext {normtext.__version__}, ftfy {ftfy.__version__}, "
            f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="1MB", help="articles corpus size (default 1MB)")
    parser.add_argument("--short-size", default="500KB", help="short-records corpus size")
    parser.add_argument("--scaling", default="500KB,1MB,2MB",
                        help="comma-separated sizes for the scaling rows (full: 1MB,10MB,100MB)")
    parser.add_argument("--cli-size", default="2MB", help="JSONL size for the -j 1 / -j 2 rows")
    parser.add_argument("--lang-docs", type=int, default=300,
                        help="documents for the langdetect comparison (it is slow)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3,
                        help="best of N runs per row (scaling and langdetect rows: one run)")
    parser.add_argument("--wall", action="store_true",
                        help="time in-process rows by the wall clock, not by this process's CPU time")
    parser.add_argument("--skip", default="", help="sections to skip: preset,step,anchor,scaling,"
                                                   "memory,cli")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    global CLOCK
    CLOCK = time.perf_counter if args.wall else time.process_time
    try:
        size, short_size, cli_size = (parse_size(args.size), parse_size(args.short_size),
                                      parse_size(args.cli_size))
        scaling = [parse_size(s) for s in args.scaling.split(",") if s.strip()]
    except ValueError as exc:
        parser.error(str(exc))
    started = time.perf_counter()
    corpora = {"articles": corpus(size, args.seed), "short": corpus(short_size, args.seed, short=True)}
    rows: list[Row] = []
    steps = [
        ("preset", lambda: preset_rows(corpora, args.repeat)[0]),
        ("step", lambda: [r for name, texts in corpora.items()
                          for r in step_rows(texts, name, args.repeat)]),
        ("anchor", lambda: anchor_rows(corpora["articles"], "articles", args.repeat, args.lang_docs)),
        ("scaling", lambda: scaling_rows(scaling, args.seed)),
        ("memory", lambda: memory_rows(corpora["articles"], "articles")),
        ("cli", lambda: cli_rows(cli_size, args.seed)),
    ]
    for name, section in steps:
        if name in skip:
            continue
        print(f"[benchmarks] {name} ...", file=sys.stderr, flush=True)
        rows.extend(section())
    print(f"normtext benchmarks: {machine()}")
    print("in-process rows: " + ("wall-clock" if args.wall else "CPU") + f" seconds, best of "
          f"{args.repeat}; cli rows: wall-clock seconds of the whole command")
    print(f"seed {args.seed}; presets: " + ", ".join(
        f"{p}={Pipeline.from_preset(p).step_names}" for p in sorted(normtext.PRESETS)))
    print(table(rows, args.markdown))
    print(f"(total {time.perf_counter() - started:.0f} s; command: python -m benchmarks "
          + " ".join(argv if argv is not None else sys.argv[1:]) + ")")
    if args.json:
        args.json.write_text(json.dumps([{**r.__dict__, "mb_s": r.mb_s, "docs_s": r.docs_s}
                                         for r in rows], indent=1), encoding="utf-8")
    return 0
