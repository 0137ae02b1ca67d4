"""Parquet in ``normtext clean`` (the parquet extra): other columns kept, row groups streamed."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run_cli

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")


def _table(n: int = 5000):
    return pa.table({
        "id": list(range(n)),
        "text": [f"سطر\u00a0{i}  line\u200b" if i % 3 else None for i in range(n)],
        "lang": ["ar"] * n,
    })


def test_parquet_to_parquet_keeps_other_columns(tmp_path):
    src = tmp_path / "in.parquet"
    pq.write_table(_table(), src, row_group_size=1500)
    out = tmp_path / "out.parquet"
    proc = run_cli("clean", str(src), "-o", str(out), "--annotate", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    assert table.column_names == ["id", "text", "lang", "normtext"]
    assert table.column("id").to_pylist() == list(range(5000))
    texts = table.column("text").to_pylist()
    assert texts[0] is None and texts[1] == "سطر 1 line"
    note = json.loads(table.column("normtext").to_pylist()[1])
    assert note["changes"]["whitespace/nbsp"] == 1


def test_parquet_in_place_and_check(tmp_path):
    src = tmp_path / "d.parquet"
    pq.write_table(_table(100), src)
    assert run_cli("clean", "--check", str(src)).returncode == 1
    proc = run_cli("clean", "--in-place", str(src))
    assert proc.returncode == 0, proc.stderr
    assert run_cli("clean", "--check", str(src)).returncode == 0
    assert pq.read_table(src).column("text").to_pylist()[1] == "سطر 1 line"


def test_parquet_without_the_field_names_the_columns(tmp_path):
    src = tmp_path / "x.parquet"
    pq.write_table(pa.table({"body": ["a"], "id": [1]}), src)
    proc = run_cli("clean", str(src), "-o", str(tmp_path / "o.parquet"))
    assert proc.returncode == 3
    assert b"body" in proc.stderr and b"id" in proc.stderr and b"'text'" in proc.stderr
    assert not (tmp_path / "o.parquet").exists()


def test_parquet_needs_an_output_file(tmp_path):
    src = tmp_path / "x.parquet"
    pq.write_table(_table(3), src)
    assert run_cli("clean", str(src)).returncode == 2
