"""Segmentation benchmark: speed against langdetect / lingua, and the spec's accuracy measures.

Speed (``--speed``): a generated mixed corpus (``corpora/segmentation/generate_mixed.py``:
Arabic and English news with brands, links and numbers, social posts with hashtags, emoji and
Arabizi, chat, glued CMS pages, Persian, Urdu, French, bilingual forms). normtext's script and
language views run over the whole corpus; the reference points, which are far slower, run on a
sample of it (``--sample-mb``): langdetect per line (seeded), and lingua's mixed-language
detection where lingua is installed (``pip install lingua-language-detector``; not a normtext
dependency). Times are CPU seconds of this process, best of ``--repeat``; MB = 10^6 bytes of
UTF-8. Memory: the growth of the process's peak RSS while normtext segments the corpus.

Accuracy (``--accuracy``): the four measures of ``specs/segmentation.md`` (plus Arabizi and
Persian/Urdu recall and Arabic letters called ``other``) on our annotated set
(``tests/data/segmentation/annotated.jsonl``) and on the spec's dev set, for normtext's two
views and for the same off-the-shelf detectors, each mapped onto the spec's rules: words take
the detector's language (``en`` → en, ``ar`` → ar, anything else → other) and neutral material
attaches by the spec, so only the language decisions differ.

    .venv/bin/python benchmarks/bench_segment.py                 # both, 8 MB corpus
    .venv/bin/python benchmarks/bench_segment.py --speed --mb 50 # the issue's 50 MB run
    .venv/bin/python benchmarks/bench_segment.py --accuracy
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora" / "segmentation"))

from generate_mixed import generate  # noqa: E402

from normtext.segmentation import segment  # noqa: E402
from normtext.segmentation.metrics import METRICS, score  # noqa: E402
from normtext.segmentation.reference import reference_segments  # noqa: E402

ANNOTATED = ROOT / "tests" / "data" / "segmentation" / "annotated.jsonl"
DEV = ROOT / "tests" / "data" / "segmentation" / "segments-dev.jsonl"  # copy of ../shared/dev/
LINGUA_LANGUAGES = ("ENGLISH", "ARABIC", "PERSIAN", "URDU", "FRENCH", "SPANISH", "TURKISH", "GERMAN",
                    "ITALIAN", "PORTUGUESE", "RUSSIAN", "HEBREW", "HINDI", "CHINESE", "JAPANESE",
                    "KOREAN", "GREEK", "THAI")


# --- reference detectors ----------------------------------------------------------------------
def _label(code: str | None) -> str:
    return {"en": "en", "ar": "ar"}.get(code or "", "other")


def langdetect_fn() -> Callable[[str], str | None]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str | None:
        try:
            return detect(text)
        except LangDetectException:
            return None
    return run


def lingua_detector():
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LINGUA_LANGUAGES)).build()


def _script_default(script: str) -> str:
    return {"Arab": "ar", "Latn": "en"}.get(script, "other")


def segments_langdetect_per_doc(text: str, detect: Callable) -> list:
    label = _label(detect(text))
    return reference_segments(text, lambda t, s, e, script: (label, None))


def segments_langdetect_per_run(text: str, detect: Callable) -> list:
    """Each script-view run labelled by ``detect`` (langdetect or lingua)."""
    runs = [(s.start, s.end) for s in segment(text) if s.label != "neutral"]
    labels = {}
    for a, b in runs:
        code = detect(text[a:b])
        labels[(a, b)] = _label(code) if code else None

    def labeler(t, s, e, script):
        for (a, b), label in labels.items():
            if a <= s < b:
                return (label or _script_default(script)), None
        return _script_default(script), None
    return reference_segments(text, labeler)


def lingua_fn(detector) -> Callable[[str], str | None]:
    def run(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else None
    return run


def segments_lingua(text: str, detector) -> list:
    found = detector.detect_multiple_languages_of(text)
    spans = [(r.start_index, r.end_index, _label(r.language.iso_code_639_1.name.lower())) for r in found]

    def labeler(t, s, e, script):
        for a, b, label in spans:
            if a <= s < b:
                return label, None
        return _script_default(script), None
    return reference_segments(text, labeler)


# --- speed ------------------------------------------------------------------------------------
def _cpu(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def speed(mb: float, sample_mb: float, repeat: int, use_lingua: bool) -> None:
    docs = list(generate(int(mb * 1e6), seed=0))
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    sample, total = [], 0
    for d in docs:
        if total >= sample_mb * 1e6:
            break
        sample.append(d)
        total += len(d.encode("utf-8"))
    sample_size = total / 1e6
    runs = sum(1 for d in docs for s in segment(d) if s.label != "neutral")
    print(f"corpus: {len(docs)} documents, {size:.1f} MB, {runs / size / 1000:.1f} script runs per KB; "
          f"reference sample: {len(sample)} documents, {sample_size:.2f} MB")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rows = []

    def run_all(view: str) -> None:
        for d in docs:  # segments are dropped as we go: the memory row measures the work itself
            segment(d, view)

    for view in ("script", "lang"):
        t = _cpu(lambda view=view: run_all(view), repeat)
        rows.append((f"normtext segment(view={view!r})", size, t))
    extra_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    detect = langdetect_fn()
    detect("warm up")
    t = _cpu(lambda: [detect(line) for d in sample for line in d.split("\n") if line.strip()], 1)
    rows.append(("langdetect per line (seeded)", sample_size, t))
    if use_lingua:
        detector = lingua_detector()
        if detector is None:
            print("lingua: not installed (pip install lingua-language-detector), row skipped")
        else:
            detector.detect_multiple_languages_of("warm up")
            t = _cpu(lambda: [detector.detect_multiple_languages_of(d) for d in sample], 1)
            rows.append(("lingua detect_multiple_languages_of", sample_size, t))
    lang_speed = rows[1][1] / rows[1][2]
    print(f"\n| {'system':<40} | {'MB':>6} | {'CPU s':>7} | {'MB/s':>7} | vs lang view |")
    print(f"|{'-' * 42}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 14}|")
    for name, mbs, secs in rows:
        rate = mbs / secs if secs else float("inf")
        print(f"| {name:<40} | {mbs:>6.2f} | {secs:>7.2f} | {rate:>7.2f} | {rate / lang_speed:>11.3f}x |")
    print(f"\nextra peak RSS while segmenting: {extra_mb:.0f} MB")


# --- accuracy ---------------------------------------------------------------------------------
def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def accuracy(use_lingua: bool) -> None:
    sets = [("ours", _load(ANNOTATED))]
    if DEV.exists():
        sets.append(("dev", _load(DEV)))
    # items written after the rules were tuned (tags fresh, fresh2): the honest figure
    fresh = [r for r in sets[0][1] if {"fresh", "fresh2"} & set(r["tags"])]
    sets.insert(1, ("ours:fresh", fresh))
    detect = langdetect_fn()
    systems: list[tuple[str, str, Callable]] = [
        ("normtext script view", "script_segments", lambda t: segment(t, "script")),
        ("normtext lang view", "segments", lambda t: segment(t, "lang")),
        ("langdetect per document", "segments", lambda t: segments_langdetect_per_doc(t, detect)),
        ("langdetect per script run", "segments", lambda t: segments_langdetect_per_run(t, detect)),
    ]
    if use_lingua and (detector := lingua_detector()) is not None:
        systems.append(("lingua mixed-language", "segments", lambda t: segments_lingua(t, detector)))
        per_run = lingua_fn(detector)
        systems.append(("lingua per script run", "segments", lambda t: segments_langdetect_per_run(t, per_run)))
    extra = ("arabizi_recall", "fa_ur_recall", "ar_called_other")
    columns = (*METRICS, *extra)
    head = " | ".join(columns)
    print(f"| {'set':<10} | {'n':>3} | {'system':<26} | {head} |")
    print("|" + "|".join("-" * (w + 2) for w in (10, 3, 26, *map(len, columns))) + "|")
    for set_name, records in sets:
        for name, key, fn in systems:
            m = score(records, [fn(r["text"]) for r in records], key)
            cells = " | ".join(f"{m[k]:>{len(k)}.4f}" if k in m else f"{'-':>{len(k)}}" for k in columns)
            print(f"| {set_name:<10} | {len(records):>3} | {name:<26} | {cells} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--speed", action="store_true", help="only the speed table")
    parser.add_argument("--accuracy", action="store_true", help="only the accuracy table")
    parser.add_argument("--mb", type=float, default=8.0, help="corpus size in MB (default 8; the issue's run: 50)")
    parser.add_argument("--sample-mb", type=float, default=0.3, help="sample for the slow reference detectors")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-lingua", action="store_true")
    args = parser.parse_args()
    both = not (args.speed or args.accuracy)
    if args.speed or both:
        speed(args.mb, args.sample_mb, args.repeat, not args.no_lingua)
        print()
    if args.accuracy or both:
        accuracy(not args.no_lingua)


if __name__ == "__main__":
    main()
