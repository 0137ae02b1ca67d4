"""``normtext report``: inputs, options, sampling and exit statuses."""

from __future__ import annotations

import json
import re

import pytest
from test_report_fixtures import CORPUS

from normtext.cli.main import main


def _names(page: str) -> list[str]:
    return re.findall(r'<article class="doc"[^>]* data-name="([^"]*)"', page)


def test_jsonl_corpus(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", CORPUS, "-o", str(out), "--preset", "light"]) == 0
    page = out.read_text(encoding="utf-8")
    assert _names(page) == [f"{CORPUS}:{i}" for i in range(1, 9)]
    assert 'id="preset">light@1<' in page and "normtext report --preset light" in page
    assert "8 of 8 documents shown" in capsys.readouterr().err


def test_text_files_lines_and_field(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("one\u00a0doc\nsecond line\n", encoding="utf-8")
    b = tmp_path / "b.jsonl"
    b.write_text(json.dumps({"body": "x\u200by", "text": 1}) + "\n" + json.dumps({"body": 3}) + "\n",
                 encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(a), "-o", str(out)]) == 0
    assert _names(out.read_text(encoding="utf-8")) == [str(a)]
    assert main(["report", str(a), "--unit", "line", "-o", str(out)]) == 0
    assert _names(out.read_text(encoding="utf-8")) == [f"{a}:1", f"{a}:2"]
    assert main(["report", str(b), "--field", "body", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert _names(page) == [f"{b}:1"] and "unicode/zwsp" in page


def test_sample_is_seeded_and_announced(tmp_path):
    src = tmp_path / "big.txt"
    src.write_text("".join(f"line {i}\u00a0end\n" for i in range(300)), encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(src), "--unit", "line", "--sample", "25", "--seed", "3", "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert len(_names(first)) == 25
    assert "A random sample of 25 of the 300 documents read is shown (seed 3, --sample 25)" in first
    assert main(["report", str(src), "--unit", "line", "--sample", "25", "--seed", "3", "-o", str(out)]) == 0
    assert _names(out.read_text(encoding="utf-8")) == _names(first)
    assert main(["report", str(src), "--unit", "line", "--sample", "0", "-o", str(out)]) == 0
    assert len(_names(out.read_text(encoding="utf-8"))) == 300


@pytest.mark.parametrize("argv, message", [
    (["--preset", "nope"], "unknown preset"),
    (["--set", "whitespace.nope=1"], "unknown option"),
    (["--sample", "-1"], "--sample"),
])
def test_usage_errors_exit_2(tmp_path, capsys, argv, message):
    src = tmp_path / "a.txt"
    src.write_text("x", encoding="utf-8")
    assert main(["report", str(src), "-o", str(tmp_path / "r.html"), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_output_naming_an_input_exits_2(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("keep me", encoding="utf-8")
    assert main(["report", str(src), "-o", str(src)]) == 2
    assert src.read_text(encoding="utf-8") == "keep me"


def test_bad_inputs_exit_3_and_the_rest_is_reported(tmp_path, capsys):
    good = tmp_path / "g.jsonl"
    good.write_text('{"text": "a\\u00a0b"}\n{broken\n\n[1, 2]\n', encoding="utf-8")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    out = tmp_path / "r.html"
    assert main(["report", str(good), str(binary), str(tmp_path / "missing.txt"), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "g.jsonl:2: malformed JSON" in err and "looks binary" in err and "missing.txt" in err
    assert _names(out.read_text(encoding="utf-8")) == [f"{good}:1"]
