"""Determinism: the same input and config give the same bytes everywhere.

Checked for every preset on the project's corpora: in a fresh interpreter with other
``PYTHONHASHSEED`` values (a subprocess running the library), in a ``spawn`` worker pool, and
across ``process`` / ``process_batch`` / ``__call__``. The fingerprint covers the output text,
the change counters, the edit log, spans and segments.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

import normtext
from normtext import Pipeline

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
PRESET_NAMES = sorted(normtext.PRESETS)


def corpus() -> list[str]:
    """Samples, a small generated corpus (articles and short records) and the fuzz cases."""
    sys.path.insert(0, str(REPO / "corpora"))
    from generate import corpus_texts

    samples = REPO / "corpora" / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (samples / "samples.jsonl").read_text("utf-8").splitlines()]
    texts += corpus_texts(40_000, seed=5) + corpus_texts(4_000, seed=6, short=True)
    fuzz = json.loads((TESTS / "data" / "fuzz-regressions.json").read_text("utf-8"))["cases"]
    return texts + [c["input"] for c in fuzz]


def fingerprint(preset: str, texts: list[str]) -> str:
    """SHA-256 of everything ``process_batch`` reports for ``texts`` under ``preset``."""
    pipe = Pipeline.from_preset(preset)
    h = hashlib.sha256()
    for r in pipe.process_batch(texts):
        record = {
            "text": r.text,
            "changes": sorted(r.changes.items()),
            "edits": [e.to_dict() for e in r.edits],
            "annotations": r.annotations(),
        }
        h.update(json.dumps(record, ensure_ascii=True, sort_keys=True).encode("ascii"))
        h.update(b"\n")
    return h.hexdigest()


def fingerprints() -> dict[str, str]:
    texts = corpus()
    return {name: fingerprint(name, texts) for name in PRESET_NAMES}


def _in_fresh_process(hash_seed: str) -> dict[str, str]:
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); "
            "from test_determinism import fingerprints; print(json.dumps(fingerprints()))")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    proc = subprocess.run([sys.executable, "-c", code, str(TESTS)], env=env, capture_output=True,
                          text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_same_bytes_in_a_fresh_process_with_another_hash_seed(hash_seed: str) -> None:
    assert _in_fresh_process(hash_seed) == fingerprints()


def test_same_bytes_in_a_spawn_worker_pool() -> None:
    texts = corpus()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        for name in PRESET_NAMES:
            pipe = Pipeline.from_preset(name)
            assert pool.map(pipe, texts, chunksize=16) == [pipe(t) for t in texts], name


@pytest.mark.parametrize("preset", PRESET_NAMES)
def test_process_batch_call_and_process_agree(preset: str) -> None:
    texts = corpus()
    pipe = Pipeline.from_preset(preset)
    batch = pipe.process_batch(texts)
    assert [r.text for r in batch] == [pipe(t) for t in texts]
    assert [r.annotations() for r in batch] == [pipe.process(t).annotations() for t in texts]


def test_fingerprint_sees_a_difference() -> None:
    """The fingerprint is sensitive: a different config over the same texts gives another one."""
    texts = ["a\u00a0b  c"]
    assert fingerprint("light", texts) != fingerprint("light", ["a b c"])


def test_generator_is_deterministic_prefix_stable_and_damaged_at_realistic_rates() -> None:
    """``corpora/generate.py``: same seed, same documents; damage in the documented proportions."""
    import doctest

    sys.path.insert(0, str(REPO / "corpora"))
    import generate

    assert doctest.testmod(generate).failed == 0
    docs = list(generate.generate(docs=600, seed=9))
    assert docs[:100] == list(generate.generate(docs=100, seed=9))
    assert docs != list(generate.generate(docs=600, seed=10))
    share = {mode: sum(any(d.startswith(mode) for d in doc["damage"]) for doc in docs) / len(docs)
             for mode in ("mojibake", "nbsp", "zwsp", "injected", "tatweel", "diacritics")}
    assert 0.01 <= share["mojibake"] <= 0.10, share
    assert 0.15 <= share["nbsp"] <= 0.35 and 0.03 <= share["zwsp"] <= 0.15, share
    assert 0.15 <= share["injected"] <= 0.45 and 0.03 <= share["tatweel"] <= 0.25, share
    short = list(generate.generate(docs=200, seed=9, short=True))
    assert all(50 <= len(d["text"]) <= 300 for d in short)
