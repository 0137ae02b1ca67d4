"""``normtext segment`` through the real console script."""

from __future__ import annotations

import json

from cli_helpers import run_cli

from normtext.segmentation import segment


def _records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").split("\n") if line]


def test_text_file_is_one_document(tmp_path):
    path = tmp_path / "a.txt"
    text = "Related articles:مقالات ذات صلة\nسطر ثان"
    path.write_text(text, encoding="utf-8")
    done = run_cli("segment", str(path))
    assert done.returncode == 0, done.stderr
    (record,) = _records(done.stdout)
    assert record == {"segments": [s.to_dict() for s in segment(text)]}


def test_jsonl_ids_field_view_and_bad_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a1", "body": "Thanks bro, tamam"}\n'
                    "not json\n"
                    '{"body": "VIP كبار الزوار"}\n'
                    '{"id": 3}\n', encoding="utf-8")
    done = run_cli("segment", str(path), "--field", "body", "--view", "lang")
    assert done.returncode == 3
    assert b"docs.jsonl:2: malformed JSONL line" in done.stderr
    first, second, third = _records(done.stdout)
    assert first["id"] == "a1"
    assert [(s["label"], s["lang"]) for s in first["segments"] if s["label"] != "neutral"] == [
        ("en", "en"), ("other", "ar-Latn")]
    assert "id" not in second and second["segments"][0]["label"] == "en"
    assert third == {"id": 3, "segments": None}


def test_missing_file_is_reported_and_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("مرحبا", encoding="utf-8")
    done = run_cli("segment", str(tmp_path / "missing.txt"), str(good))
    assert done.returncode == 3
    assert b"missing.txt" in done.stderr
    assert len(_records(done.stdout)) == 1


def test_stdin_format_option_and_url_kind():
    done = run_cli("segment", "--format", "jsonl", input='{"text": "عبر https://x.sa اليوم"}\n'.encode())
    assert done.returncode == 0
    (record,) = _records(done.stdout)
    assert [s.get("kind") for s in record["segments"]] == [None, None, "url", None, None]


def test_human_mode_prints_each_run_with_its_label():
    done = run_cli("segment", "--human", input="VIP كبار".encode())
    assert done.returncode == 0
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0] == "== -"
    assert [line.split()[2] for line in lines[1:]] == ["en", "neutral", "ar"]
    assert lines[3].endswith('"كبار"')


def test_usage_errors_exit_2():
    assert run_cli("segment", "--view", "words", input=b"x").returncode == 2
    assert run_cli("segment", "--format", "xml", input=b"x").returncode == 2


def test_undecodable_bytes_do_not_crash(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7")
    done = run_cli("segment", str(path))
    assert done.returncode == 0
    (record,) = _records(done.stdout)
    assert record["segments"][-1]["label"] == "ar"
