"""The CLI for real work: in-place, check, diff, explain, annotate, stats, dirs, -j, interrupts."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import time

import pytest
from cli_helpers import normtext_cmd, run_cli

DIRTY = "Hello\u00a0world  \u200b\n\n\n\nسلام عليكم\n"
CLEAN = "Hello world\n\nسلام عليكم\n"


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_in_place_rewrites_atomically_and_keeps_mode(tmp_path):
    a = _write(tmp_path / "a.txt", DIRTY)
    b = _write(tmp_path / "b.txt", CLEAN)
    os.chmod(a, 0o640)
    b_mtime = os.stat(b).st_mtime_ns
    proc = run_cli("clean", "--in-place", "--preset", "light", str(a), str(b))
    assert proc.returncode == 0, proc.stderr
    assert a.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(os.stat(a).st_mode) == 0o640
    assert os.stat(b).st_mtime_ns == b_mtime  # unchanged files are not rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_check_on_clean_and_dirty_input(tmp_path):
    clean = _write(tmp_path / "clean.txt", CLEAN)
    dirty = _write(tmp_path / "dirty.txt", DIRTY)
    assert run_cli("clean", "--check", "--preset", "light", str(clean)).returncode == 0
    proc = run_cli("clean", "--check", "--preset", "light", str(clean), str(dirty))
    assert proc.returncode == 1
    assert b"dirty.txt" in proc.stderr and b"clean.txt" not in proc.stderr
    assert proc.stdout == b""
    assert dirty.read_text(encoding="utf-8") == DIRTY


def test_check_jsonl_names_record_numbers(tmp_path):
    src = _write(tmp_path / "c.jsonl", '{"text": "ok"}\n{"text": "a\u00a0b"}\n')
    proc = run_cli("clean", "--check", str(src))
    assert proc.returncode == 1 and b"c.jsonl:2" in proc.stderr and b"c.jsonl:1" not in proc.stderr


def test_diff_shows_invisible_characters(tmp_path):
    src = _write(tmp_path / "d.txt", "a\u00a0b\u200fc\n")
    proc = run_cli("clean", "--diff", "--preset", "light", "--set", "unicode.bidi=delete", str(src))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "-a<U+00A0>b<U+200F>c" in out and "+a bc" in out
    assert src.read_text(encoding="utf-8") == "a\u00a0b\u200fc\n"


def test_explain_offsets_point_at_the_changed_input(tmp_path):
    text = "x\u00a0\u00a0 y\r\n\r\n\r\nz\u200b"
    src = tmp_path / "e.txt"
    src.write_bytes(text.encode())
    explain = tmp_path / "explain.jsonl"
    proc = run_cli("clean", str(src), "--explain", str(explain))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in explain.read_text(encoding="utf-8").splitlines()]
    assert records
    for rec in records:
        assert set(rec) == {"doc", "rule", "source_start", "source_end", "before", "after"}
        assert rec["doc"] == str(src)
        assert text[rec["source_start"]:rec["source_end"]] == rec["before"]
    assert {r["rule"] for r in records} >= {"whitespace/nbsp", "whitespace/line-ending", "unicode/zwsp"}


def test_annotate_schema(tmp_path):
    src = _write(tmp_path / "a.jsonl", '{"id": "d1", "text": "a\u00a0b"}\n')
    proc = run_cli("clean", str(src), "--annotate", "--annotations-key", "nt")
    rec = json.loads(proc.stdout)
    assert rec["text"] == "a b"
    assert set(rec["nt"]) == {"spans", "segments", "changes"}
    assert rec["nt"]["changes"]["whitespace/nbsp"] == 1


def test_annotate_needs_jsonl(tmp_path):
    src = _write(tmp_path / "a.txt", "x")
    assert run_cli("clean", str(src), "--annotate").returncode == 2


def test_stats_file(tmp_path):
    src = _write(tmp_path / "s.jsonl", '{"text": "a\u00a0b"}\n{"text": "ok"}\n{"id": 1}\n')
    stats = tmp_path / "stats.json"
    proc = run_cli("clean", str(src), "--stats", str(stats), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(stats.read_text(encoding="utf-8"))
    assert data["documents"]["read"] == 2 and data["documents"]["changed"] == 1
    assert data["documents"]["skipped_no_field"] == 1
    assert data["rules"]["whitespace/nbsp"] == 1
    assert data["bytes_in"] == src.stat().st_size and data["bytes_out"] > 0
    assert data["seconds"] >= 0 and data["config"]["steps"]


def test_directories_recurse_with_globs_and_skip_symlinks(tmp_path):
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    _write(root / "a.txt", "a\u00a0\n")
    _write(root / "sub" / "b.txt", "b\u00a0\n")
    _write(root / "sub" / "skip.md", "c\u00a0\n")
    outside = _write(tmp_path / "outside.txt", "o\u00a0\n")
    os.symlink(outside, root / "link.txt")
    proc = run_cli("clean", str(root), "--include", "*.txt", "--in-place")
    assert proc.returncode == 0, proc.stderr
    assert (root / "a.txt").read_text() == "a\n" and (root / "sub" / "b.txt").read_text() == "b\n"
    assert (root / "sub" / "skip.md").read_text() == "c\u00a0\n"
    assert outside.read_text() == "o\u00a0\n"
    proc = run_cli("clean", str(root), "--exclude", "sub/*", "--check")
    assert proc.returncode == 0


def test_parallel_output_equals_serial(tmp_path):
    lines = [json.dumps({"id": i, "text": f"سطر {i}\u00a0 line  {i}\u200b"}, ensure_ascii=False)
             for i in range(5000)]
    src = _write(tmp_path / "p.jsonl", "\n".join(lines) + "\n")
    one = run_cli("clean", str(src), "-j", "1")
    two = run_cli("clean", str(src), "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") == 5000


def test_record_numbers_survive_chunking(tmp_path):
    lines = ['{"text": "ok"}'] * 2500 + ["broken"] + ['{"text": "ok"}']
    src = _write(tmp_path / "n.jsonl", "\n".join(lines) + "\n")
    proc = run_cli("clean", str(src), "-j", "2")
    assert proc.returncode == 3 and b"n.jsonl:2501" in proc.stderr


def test_output_write_failure_is_reported_and_leaves_no_partial_file(tmp_path):
    src = _write(tmp_path / "big.txt", ("x\u00a0y " * 1000 + "\n") * 400)
    out = tmp_path / "out.txt"

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    proc = subprocess.run(normtext_cmd() + ["clean", "--unit", "line", str(src), "-o", str(out)],
                          capture_output=True, preexec_fn=limit, timeout=120)
    assert proc.returncode == 3
    assert b"writing failed" in proc.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if "normtext-tmp" in p.name]


def test_in_place_failure_leaves_inputs_intact(tmp_path):
    files = [_write(tmp_path / f"f{i}.txt", ("a\u00a0b " * 1000 + "\n") * 60) for i in range(3)]
    originals = [f.read_bytes() for f in files]

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    proc = subprocess.run(normtext_cmd() + ["clean", "--in-place"] + [str(f) for f in files],
                          capture_output=True, preexec_fn=limit, timeout=120)
    assert proc.returncode == 3
    assert [f.read_bytes() for f in files] == originals
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f0.txt", "f1.txt", "f2.txt"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_in_place_run_leaves_each_file_original_or_complete(tmp_path, sig):
    body = ("كلمة\u00a0word  " * 2000 + "\n") * 20
    files = [_write(tmp_path / f"f{i:03d}.txt", body) for i in range(60)]
    expected = run_cli("clean", str(files[0])).stdout
    proc = subprocess.Popen(normtext_cmd() + ["clean", "--in-place"] + [str(f) for f in files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    for f in files:
        data = f.read_bytes()
        assert data in (body.encode(), expected), f
    assert not [p for p in tmp_path.iterdir() if "normtext-tmp" in p.name]


def test_file_that_disappears_is_reported(tmp_path, monkeypatch, capsys):
    from normtext.cli import clean as clean_mod
    from normtext.cli.main import main

    gone = tmp_path / "gone.txt"
    keep = _write(tmp_path / "keep.txt", "a\u00a0b")

    def fake_paths(args, include, exclude, problems):
        yield str(gone)
        yield str(keep)

    monkeypatch.setattr(clean_mod, "iter_input_paths", fake_paths)
    status = main(["clean", str(gone), str(keep), "--check"])
    assert status == 3
    assert "gone.txt" in capsys.readouterr().err


def test_jsonl_gz_in_and_out(tmp_path):
    import gzip

    src = tmp_path / "c.jsonl.gz"
    src.write_bytes(gzip.compress('{"text": "a\u00a0b", "k": 1}\n'.encode()))
    out = tmp_path / "o.jsonl.gz"
    proc = run_cli("clean", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(gzip.decompress(out.read_bytes())) == {"text": "a b", "k": 1}
    proc = run_cli("clean", "--in-place", str(src))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(gzip.decompress(src.read_bytes())) == {"text": "a b", "k": 1}


def test_clean_with_report(tmp_path):
    src = _write(tmp_path / "r.jsonl", "".join(
        json.dumps({"text": f"doc {i}\u00a0x"}) + "\n" for i in range(30)))
    report = tmp_path / "r.html"
    proc = run_cli("clean", str(src), "--report", str(report), "--sample", "5", "-j", "2",
                   "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0, proc.stderr
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "5 of the 30" in page
    assert "whitespace/nbsp" in page


def test_progress_bar_can_be_forced(tmp_path):
    src = _write(tmp_path / "p.txt", "a\u00a0b\n")
    proc = run_cli("clean", str(src), "--progress")
    assert proc.returncode == 0
    assert b"normtext" in proc.stderr and b"B/s" in proc.stderr
    quiet = run_cli("clean", str(src), "--no-progress")
    assert quiet.stderr == b""


ARABIC_SENTENCE = "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في عمّان.\n"


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6"])
def test_legacy_encoded_file_is_decoded_and_written_as_utf8(tmp_path, codec):
    text = ARABIC_SENTENCE.replace("عمّان", "عمان") if codec == "iso8859_6" else ARABIC_SENTENCE
    src = tmp_path / f"legacy-{codec}.txt"
    src.write_bytes(text.encode(codec))
    proc = run_cli("clean", str(src), "--preset", "light")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == text
    proc = run_cli("clean", "--in-place", "--preset", "light", str(src))
    assert proc.returncode == 0, proc.stderr
    assert src.read_bytes().decode("utf-8") == text
    assert b"UTF-8" in proc.stderr
