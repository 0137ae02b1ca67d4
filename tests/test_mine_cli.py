"""``normtext mine``: inputs, grouping, reports, the lexicon it writes, exit statuses, and the
two-pass workflow (``mine --write-lexicon`` then ``clean --lexicon``)."""

from __future__ import annotations

import json
import sys

import pytest
from cli_helpers import run_cli
from conftest import REPO

from normtext import Pipeline
from normtext.cli.main import main

sys.path.insert(0, str(REPO / "corpora" / "sites"))
import simulate  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Annotated simulated sites as JSONL, and the records."""
    path = tmp_path_factory.mktemp("mine") / "sites.jsonl"
    records = list(simulate.generate(docs_per_site=80, seed=9))
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path, records


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_site_field_groups_and_json_report(corpus, capsys):
    path, _ = corpus
    assert main(["mine", str(path), "--site-field", "site", "--json"]) == 0
    report = _json(capsys)
    groups = {g["group"]: g for g in report["groups"]}
    assert set(groups) == set(simulate.SITES)
    assert all(g["documents"] == 80 for g in groups.values())
    stamp = groups["almasdar.info"]["candidates"][0]
    assert (stamp["key"], stamp["label"], stamp["where"]) == ("almasdar.info", "site_tag", "top")
    assert stamp["anchor"] == "prefix" or {"almasdar.inf", "almasdar.info - متابعه"} <= set(stamp["variants"])
    assert 0.8 < stamp["share"] <= 1 and len(stamp["examples"]) == 2
    assert groups["nahar-plain"]["candidates"] == []
    assert report["budget"]["floor"] == 0


def test_one_group_per_file_without_site_field(tmp_path, corpus, capsys):
    _, records = corpus
    for site in ("almasdar.info", "ammandaily.com"):
        (tmp_path / f"{site}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records if r["site"] == site),
            encoding="utf-8")
    files = sorted(str(p) for p in tmp_path.glob("*.jsonl"))
    assert main(["mine", *files, "--json", "--min-share", "0.5"]) == 0
    groups = {g["group"]: g for g in _json(capsys)["groups"]}
    assert set(groups) == set(files)
    assert {c["key"] for c in groups[files[1]]["candidates"]} >= {"amman daily", "share", "read more"}


def test_text_files_group_by_directory(tmp_path, corpus, capsys):
    _, records = corpus
    site_dir = tmp_path / "alwaha"
    site_dir.mkdir()
    for r in records:
        if r["site"] == "alwaha-news":
            (site_dir / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    assert main(["mine", str(site_dir), "--json"]) == 0
    [group] = _json(capsys)["groups"]
    assert group["group"] == str(site_dir) and group["documents"] == 80
    assert [c["key"] for c in group["candidates"]] == ["اضافه اعلان"]


def test_text_report_lists_candidates_and_flags(corpus, capsys):
    path, _ = corpus
    assert main(["mine", str(path), "--site-field", "site", "--top", "2", "--min-share", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "almasdar.info: 80 documents, 1 candidates" in out
    assert "ALMASDAR.INFO" in out and "e.g. almasdar.info-" in out
    assert "byline" in out and "By Staff Writer" in out  # flagged, shown, not proposed
    assert "ammandaily.com: 80 documents, 2 candidates" in out  # --top 2


def test_two_pass_workflow_removes_furniture_and_keeps_legit_lines(corpus, tmp_path, capsys):
    path, records = corpus
    lexicon = tmp_path / "mined.toml"
    assert main(["mine", str(path), "--site-field", "site", "--write-lexicon", str(lexicon), "--json"]) == 0
    capsys.readouterr()
    pipe = Pipeline.from_preset("default", injected={"lexicons": (str(lexicon),)})
    missed = touched = 0
    for rec in records:
        result = pipe.process(rec["text"])
        removed = [(s.source_start, s.source_end) for s in result.spans]
        for s, e, _ in rec["furniture"]:
            missed += not any(a <= s and e <= b for a, b in removed)
        for s, e, _ in rec["legit"]:
            touched += any(a < e and s < b for a, b in removed)
            assert rec["text"][s:e] in result.text
    assert touched == 0
    assert missed <= 0.03 * sum(len(r["furniture"]) for r in records)


def test_cli_end_to_end_with_jobs(corpus, tmp_path):
    path, records = corpus
    lexicon = tmp_path / "{site}.toml"
    proc = run_cli("mine", str(path), "--site-field", "site", "-j", "2", "--write-lexicon", str(lexicon))
    assert proc.returncode == 0, proc.stderr
    stamp_lexicon = tmp_path / "almasdar-info.toml"
    assert stamp_lexicon.exists() and "wrote" in proc.stderr.decode()
    doc = next(r["text"] for r in records if r["site"] == "almasdar.info" and r["text"].startswith("ALMASDAR.INFO\n"))
    proc = run_cli("clean", "--lexicon", str(stamp_lexicon), input=doc.encode())
    assert proc.returncode == 0, proc.stderr
    assert "ALMASDAR" not in proc.stdout.decode()
    assert proc.stdout.decode().strip() and doc.split("\n")[1] in proc.stdout.decode()


def test_bad_inputs_and_usage(tmp_path, capsys):
    good = tmp_path / "a.jsonl"
    good.write_text('{"text": "x"}\nnot json\n{"other": 1}\n[1]\n', encoding="utf-8")
    assert main(["mine", str(good), "--json"]) == 3  # malformed lines: reported, skipped
    report = _json(capsys)
    assert report["skipped"] == {"malformed": 2, "no_field": 1, "failed_files": 0}
    assert report["documents"] == 1
    assert main(["mine", str(tmp_path / "missing.jsonl"), "--json"]) == 3
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    assert main(["mine", str(binary)]) == 3
    assert main(["mine", str(good), "--min-share", "2"]) == 2
    assert main(["mine", str(good), "--write-lexicon", str(good)]) == 2
    assert main(["mine", str(good), "--format", "text", "--site-field", "site"]) == 2
    assert main(["mine", str(good), "--preset", "no-such-preset"]) == 2
    assert "error" in capsys.readouterr().err


def test_mines_the_text_clean_will_see(tmp_path, capsys):
    """Mojibake furniture is mined as the repaired string (what ``clean`` detects on), unless --raw."""
    topics = "water roads schools power buses farms parks exams".split()
    slot = "اضافة اعلان".encode().decode("cp1252", errors="ignore")  # mojibake, as crawled
    lines = [json.dumps({"text": f"{t.title()} news\n\nThe council approved the {t} plan today, "
                                 f"officials said.{slot}\n\nMore on the {t} plan later this week."})
             for t in topics]
    path = tmp_path / "moji.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["mine", str(path), "--json"]) == 0
    [group] = _json(capsys)["groups"]
    assert [c["key"] for c in group["candidates"]] == ["اضافه اعلان"]
    assert main(["mine", str(path), "--json", "--raw"]) == 0
    [group] = _json(capsys)["groups"]
    assert "اضافه اعلان" not in [c["key"] for c in group["candidates"]]


def test_mined_entries_are_scoped_to_their_site(corpus, tmp_path, capsys):
    """One lexicon mined from several sites: each entry names its site, and a run that says
    where each record comes from applies a site's entries to that site's records only."""
    path, records = corpus
    lexicon = tmp_path / "all-sites.toml"
    assert main(["mine", str(path), "--site-field", "site", "--write-lexicon", str(lexicon), "--json"]) == 0
    capsys.readouterr()
    import tomllib

    entries = tomllib.loads(lexicon.read_text(encoding="utf-8"))["entry"]
    assert entries and all(len(e["sites"]) == 1 and e["sites"][0] in simulate.SITES for e in entries)
    pipe = Pipeline.from_preset("default", injected={"lexicons": (str(lexicon),)})
    missed = 0
    for rec in records:
        result = pipe.process(rec["text"], site=rec["site"])
        removed = [(s.source_start, s.source_end) for s in result.spans]
        missed += sum(not any(a <= s and e <= b for a, b in removed) for s, e, _ in rec["furniture"])
        assert not any(a < e and s < b for a, b in removed for s, e, _ in rec["legit"])
    assert missed <= 0.03 * sum(len(r["furniture"]) for r in records)
    stamped = next(r["text"] for r in records if r["site"] == "almasdar.info" and r["text"].startswith("ALMASDAR.INFO\n"))
    assert pipe(stamped, site="almasdar.info").startswith(stamped.split("\n")[1])
    assert pipe(stamped, site="ammandaily.com").startswith("ALMASDAR.INFO\n")  # another site's entry
