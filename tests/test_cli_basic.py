"""``normtext clean`` / ``presets`` / ``--version``: I/O, formats, bad input, exit statuses."""

from __future__ import annotations

import json

from cli_helpers import run_cli

import normtext


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"normtext {normtext.__version__}"


def test_stdin_to_stdout():
    proc = run_cli("clean", "--preset", "light", input="Hello\u00a0world  \n\n\n\nok\n".encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "Hello world\n\nok\n"


def test_empty_input_gives_empty_output():
    proc = run_cli("clean", input=b"")
    assert proc.returncode == 0 and proc.stdout == b""


def test_file_to_output_file(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("a\u00a0b\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    proc = run_cli("clean", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == "a b\n"
    assert src.read_text(encoding="utf-8") == "a\u00a0b\n"
    assert not [p for p in tmp_path.iterdir() if "normtext-tmp" in p.name]


def test_output_naming_an_input_is_a_usage_error(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("a\u00a0b\n", encoding="utf-8")
    proc = run_cli("clean", str(src), "-o", str(src))
    assert proc.returncode == 2
    assert b"names an input" in proc.stderr
    assert src.read_text(encoding="utf-8") == "a\u00a0b\n"


def test_jsonl_keeps_fields_order_and_unchanged_records_byte_identical(tmp_path):
    lines = [
        '{"id": 1, "text": "a\u00a0b", "meta": {"x": [1, 2]}, "z": 1.5}',
        '{"text":"already clean","id":2}',
        '{"id": 3, "text": 5}',
        '{"id": 4}',
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_cli("clean", str(src))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode().split("\n")
    first = json.loads(out[0])
    assert list(first) == ["id", "text", "meta", "z"] and first["text"] == "a b"
    assert first["meta"] == {"x": [1, 2]} and first["z"] == 1.5
    assert out[1:4] == lines[1:4]


def test_bad_jsonl_lines_pass_through_with_status_3(tmp_path):
    raw = b'{"text": "x\xc2\xa0y"}\nnot json\n\n[1, 2]\n{"text": "ok"}\n'
    src = tmp_path / "in.jsonl"
    src.write_bytes(raw)
    proc = run_cli("clean", str(src))
    assert proc.returncode == 3
    out = proc.stdout.split(b"\n")
    assert out[1:5] == [b"not json", b"", b"[1, 2]", b'{"text": "ok"}']
    err = proc.stderr.decode()
    assert "in.jsonl:2" in err and "in.jsonl:3" in err and "in.jsonl:4" in err
    assert json.loads(out[0]) == {"text": "x y"}


def test_field_option(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "a\u00a0b", "text": "c\u00a0d"}\n', encoding="utf-8")
    proc = run_cli("clean", str(src), "--field", "body")
    assert json.loads(proc.stdout) == {"body": "a b", "text": "c\u00a0d"}


def test_invalid_utf8_bytes_are_kept(tmp_path):
    raw = "سلام world \u00a0ok\n".encode() + b"tail \xff\xfe\xfd end\n"
    src = tmp_path / "bad.txt"
    src.write_bytes(raw)
    proc = run_cli("clean", str(src), "--preset", "light")
    assert proc.returncode == 0, proc.stderr
    assert b"\xff\xfe\xfd" in proc.stdout
    assert proc.stdout == raw.replace("\u00a0".encode(), b" ").replace(b"  ", b" ")
    assert b"bad.txt" in proc.stderr and b"offset" in proc.stderr


def test_missing_and_binary_files_are_reported_and_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("a\u00a0b", encoding="utf-8")
    binary = tmp_path / "img.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = run_cli("clean", str(tmp_path / "missing.txt"), str(binary), str(good))
    assert proc.returncode == 3
    assert proc.stdout == b"a b"
    err = proc.stderr.decode()
    assert "missing.txt" in err and "img.bin" in err and "binary" in err


def test_utf16_with_bom_is_text(tmp_path):
    src = tmp_path / "u16.txt"
    src.write_bytes("مرحبا\u00a0world\n".encode("utf-16"))
    proc = run_cli("clean", str(src))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "مرحبا world\n"


def test_unknown_preset_and_option_are_usage_errors():
    proc = run_cli("clean", "--preset", "nope", input=b"x")
    assert proc.returncode == 2 and b"default" in proc.stderr
    proc = run_cli("clean", "--set", "whitespace.bogus=1", input=b"x")
    assert proc.returncode == 2 and b"max_blank_lines" in proc.stderr
    proc = run_cli("clean", "--no-such-flag", input=b"x")
    assert proc.returncode == 2


def test_set_and_config(tmp_path):
    proc = run_cli("clean", "--set", "whitespace.max_blank_lines=0", input=b"a\n\n\nb")
    assert proc.stdout == b"a\nb"
    cfg = tmp_path / "c.toml"
    proc = run_cli("presets", "light", "--config")
    assert proc.returncode == 0
    cfg.write_bytes(proc.stdout)
    proc = run_cli("clean", "--config", str(cfg), input="x\u200by".encode())
    assert proc.stdout.decode() == "xy"


def test_presets_lists_versions_and_purposes():
    proc = run_cli("presets")
    out = proc.stdout.decode()
    for preset in normtext.PRESETS.values():
        assert preset.ref in out and preset.purpose in out


def test_broken_pipe_is_quiet(tmp_path):
    import subprocess

    big = tmp_path / "big.txt"
    big.write_text("line\u00a0x\n" * 200000, encoding="utf-8")
    from cli_helpers import normtext_cmd

    cmd = " ".join(normtext_cmd()) + f" clean --unit line {big} | head -n 1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=120)
    assert proc.stdout == b"line x\n"
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr


def test_unit_line_streams_each_line(tmp_path):
    src = tmp_path / "lines.txt"
    src.write_bytes("a\u00a0 b\r\nclean\n\u200bc".encode())
    proc = run_cli("clean", "--unit", "line", str(src), "--check")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "lines.txt:1" in err and "lines.txt:3" in err and "lines.txt:2" not in err
