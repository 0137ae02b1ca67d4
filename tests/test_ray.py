"""Ray Data integration on a local Ray instance (2 CPUs, no dashboard, no usage stats).

Skipped only where the ``ray`` extra is not installed (``pip install -e ".[ray]"``).
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

# a local instance that never leaves the machine: no usage stats, and every Ray process on the
# loopback address (this switch makes Ray treat the node as a single-machine, non-cluster one)
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
os.environ.setdefault("RAY_DISABLE_DOCKER_CPU_WARNING", "1")
ray = pytest.importorskip("ray", reason="the 'ray' extra (ray[data]) is not installed")
pytest.importorskip("ray.data", reason="the 'ray' extra needs ray[data]")
pa = pytest.importorskip("pyarrow", reason="ray[data] needs pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas", reason="ray[data] needs pandas")
np = pytest.importorskip("numpy", reason="ray[data] needs numpy")

from normtext import Pipeline  # noqa: E402
from normtext.batch import map_batch  # noqa: E402
from normtext.integrations.ray import NormtextMapper  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PRESET = "default"
N = 3000
SNIPPETS = ["Breaking:\u00a0talks resume  in Amman", "كـــتاب\u200b جديد\r\n", "plain text",
            "a\u202fb\u2009c", "  leading and trailing  ", "عاجل:  اجتماع\u00a0اليوم"]


def records() -> list[dict]:
    rows = [{"id": i, "text": f"{SNIPPETS[i % len(SNIPPETS)]} #{i}", "lang": "x"} for i in range(N)]
    rows[7]["text"] = None
    return rows


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=200 * 1024 * 1024, ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    assert ray.util.get_node_ip_address() == "127.0.0.1"
    yield ray
    ray.shutdown()


def expected_rows(annotate) -> list[dict]:
    rows = records()
    batch = {k: [r[k] for r in rows] for k in rows[0]}
    out = map_batch(Pipeline.from_preset(PRESET), batch, annotate=annotate)
    return [dict(zip(out, values, strict=True)) for values in zip(*out.values(), strict=True)]


@pytest.mark.parametrize("batch_format", ["pyarrow", "pandas"])
def test_map_batches_equals_the_single_process_result(local_ray, batch_format):
    ds = ray.data.from_items(records(), override_num_blocks=6)
    out = ds.map_batches(NormtextMapper, fn_constructor_kwargs={"pipeline": PRESET, "annotate": True},
                         batch_format=batch_format, batch_size=256,
                         compute=ray.data.ActorPoolStrategy(size=2))
    rows = sorted(out.take_all(), key=lambda r: r["id"])
    if batch_format == "pandas":  # pandas turns the missing text into NA / NaN
        assert rows[7]["text"] is None or pd.isna(rows[7]["text"])
        rows[7]["text"] = None
    assert rows == expected_rows(True)
    schema = out.schema().base_schema
    assert schema.field("normtext_spans").type.value_type.names[:2] == ["start", "end"]
    assert schema.field("normtext_changes").type == pa.string()


def test_numpy_batches():
    rows = records()
    batch = {"id": np.array([r["id"] for r in rows]), "text": np.array([r["text"] for r in rows], dtype=object)}
    out = NormtextMapper(PRESET, annotate="changes")(batch)
    assert out["id"] is batch["id"]
    expected = expected_rows("changes")
    assert out["text"].tolist() == [r["text"] for r in expected]
    assert out["normtext_changes"].tolist() == [r["normtext_changes"] for r in expected]


def test_mapper_keeps_the_batch_type_and_other_columns():
    table = pa.table({"text": ["a\u00a0b", None], "n": [1, 2]})
    out = NormtextMapper(PRESET, output_field="clean", annotate="changes")(table)
    assert out.column_names == ["text", "n", "clean", "normtext_changes"]
    assert out.column("text") == table.column("text") and out.column("n") == table.column("n")
    assert out.column("clean").to_pylist() == ["a b", None]
    with pytest.raises(KeyError, match="no column 'body'; its columns: text, n"):
        NormtextMapper(PRESET, field="body")(table)


def test_example_jsonl_to_parquet(local_ray, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    rows = records()
    for part in range(2):
        with (src / f"part-{part}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows[part::2]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    spec = importlib.util.spec_from_file_location("ray_example", REPO / "examples" / "ray_jsonl_to_parquet.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    assert example.main([str(src), str(tmp_path / "out"), "--preset", PRESET, "--annotate",
                         "--workers", "1"]) == 0
    table = pq.read_table(tmp_path / "out")
    got = sorted(table.to_pylist(), key=lambda r: r["id"])
    assert got == expected_rows(True)


@pytest.mark.parametrize("typ", ["string", "large_string", "string_view", "dictionary"])
def test_arrow_text_column_keeps_its_type(typ):
    arrow_type = (pa.dictionary(pa.int32(), pa.string()) if typ == "dictionary"
                  else getattr(pa, typ)())
    table = pa.table({"text": pa.array(["a\u00a0b", None, "a\u00a0b"], type=arrow_type)})
    out = NormtextMapper("light")(table)
    assert out.schema.field("text").type == arrow_type
    assert out.column("text").to_pylist() == ["a b", None, "a b"]
