"""HF ``datasets`` integration: ``ds.map(normtext_map(...), batched=True, num_proc=N)``.

Skipped only where the ``hf`` extra is not installed (``pip install -e ".[hf]"``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
datasets = pytest.importorskip("datasets", reason="the 'hf' extra (datasets) is not installed")

from datasets.fingerprint import Hasher  # noqa: E402

from normtext import Pipeline  # noqa: E402
from normtext.batch import map_batch  # noqa: E402
from normtext.integrations.hf import normalize_dataset, normtext_map  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_batch import _DemoTagger  # noqa: E402

datasets.disable_progress_bars()
TEXTS = ([f"plain headline {i}" for i in range(40)]
         + [f"a\u00a0b  c\u200b {i}" for i in range(40)]
         + ["Al-Ghad reported.اضافة اعلان", None, "كـــتاب\r\n"])


@pytest.fixture
def on_disk(tmp_path):
    """A dataset backed by Arrow files in ``tmp_path`` (so ``map`` writes cache files there)."""
    datasets.Dataset.from_dict({"text": TEXTS, "id": list(range(len(TEXTS)))}).save_to_disk(
        tmp_path / "ds")
    return datasets.load_from_disk(str(tmp_path / "ds"))


def test_second_identical_map_reuses_the_cache(on_disk):
    first = on_disk.map(normtext_map("light"), batched=True, batch_size=16, num_proc=2)
    files = [f["filename"] for f in first.cache_files]
    assert len(files) == 2 and all(Path(f).name.startswith("cache-") for f in files)
    mtimes = [os.stat(f).st_mtime_ns for f in files]
    second = on_disk.map(normtext_map("light"), batched=True, batch_size=16, num_proc=2)
    assert second._fingerprint == first._fingerprint
    assert second.cache_files == first.cache_files
    assert [os.stat(f).st_mtime_ns for f in files] == mtimes  # loaded, not written again
    other = on_disk.map(normtext_map("light", output_field="clean"), batched=True, batch_size=16,
                       num_proc=2)
    assert other._fingerprint != first._fingerprint
    pipe = Pipeline.from_preset("light")
    assert second["text"] == [pipe(t) if isinstance(t, str) else t for t in TEXTS]
    assert second["id"] == list(range(len(TEXTS)))


def test_fingerprint_is_the_same_in_a_fresh_process():
    code = ("from datasets.fingerprint import Hasher; from normtext.integrations.hf import normtext_map;"
            "print(Hasher.hash(normtext_map('light', annotate=True, field='body')))")
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           timeout=120, env={**os.environ, "PYTHONHASHSEED": "12345"})
    here = Hasher.hash(normtext_map("light", annotate=True, field="body"))
    assert there.stdout.strip() == here
    assert Hasher.hash(normtext_map("light", annotate=True, field="text")) != here


def test_spans_and_segments_as_typed_columns():
    pipe = Pipeline([_DemoTagger()])
    texts = ["no marker here"] * 10 + ["x [AD] y", None, "tail [AD]"]
    ds = datasets.Dataset.from_dict({"text": texts})
    fn = normtext_map(pipe, annotate=True)
    # the first batches have no span: the explicit features keep the column a list of structs
    out = ds.map(fn, batched=True, batch_size=4, features=fn.features(ds.features))
    assert set(out.features) == {"text", "normtext_spans", "normtext_segments", "normtext_changes"}
    assert out.features["normtext_spans"].feature["source_start"].dtype == "int64"
    expected = map_batch(pipe, {"text": texts}, annotate=True)
    assert out.to_dict() == expected
    (span,) = out[10]["normtext_spans"]
    assert out[10]["text"][span["start"]:span["end"]] == "[AD]"


def test_normalize_dataset_sets_features_and_honours_map_options(on_disk):
    split = datasets.DatasetDict({"train": on_disk, "test": on_disk.select(range(5))})
    out = normalize_dataset(split, "default", output_field="clean", annotate=True,
                            remove_columns=["id"], num_proc=2)
    assert set(out) == {"train", "test"}
    train = out["train"]
    assert train.column_names == ["text", "clean", "normtext_spans", "normtext_segments",
                                  "normtext_changes"]
    expected = map_batch(Pipeline.from_preset("default"), {"text": TEXTS}, output_field="clean",
                         annotate=True)
    assert train.to_dict() == expected  # spans and segments of the real steps, in 2 processes
    assert out["test"].num_rows == 5


def test_missing_field_is_a_clear_error(on_disk):
    with pytest.raises(KeyError, match="no column 'body'; its columns: text, id"):
        normalize_dataset(on_disk, "light", field="body")


def test_iterable_dataset(on_disk):
    stream = on_disk.to_iterable_dataset(num_shards=2)
    out = normalize_dataset(stream, "light", annotate="changes")
    rows = list(out)
    assert [r["text"] for r in rows] == map_batch(Pipeline.from_preset("light"), {"text": TEXTS})["text"]
    assert rows[40]["normtext_changes"] is not None
