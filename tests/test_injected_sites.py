"""Site-scoped lexicon entries (``sites = [...]``): applied only to the documents of their sites
when the run says where each document comes from (``site=``, ``clean --site-field``), to every
document when it does not; ``mine`` writes the scope, ``clean`` honours it."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run_cli

from normtext import Pipeline
from normtext.injected.lexicon import LexiconError, lexicon_for_site, read_entries

LEXICON = """
[[entry]]
id = "alpha-stamp"
label = "site_tag"
anchor = "line"
strings = ["ALPHA NEWS"]
sites = ["alpha.com"]

[[entry]]
id = "beta-stamp"
label = "site_tag"
anchor = "line"
strings = ["BETA DAILY"]
sites = ["beta.com", "beta.org"]

[[entry]]
id = "everywhere"
label = "site_trailer"
anchor = "line"
strings = ["Powered by ExampleCMS"]
"""

DOC = "ALPHA NEWS\nThe council met on Monday to approve the budget.\nBETA DAILY\nPowered by ExampleCMS\n"
BODY = "The council met on Monday to approve the budget.\n"


@pytest.fixture
def lexicon(tmp_path):
    path = tmp_path / "sites.toml"
    path.write_text(LEXICON, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("site", "expected"), [
    (None, BODY),  # the run does not say: every entry applies
    ("alpha.com", "The council met on Monday to approve the budget.\nBETA DAILY\n"),
    ("beta.org", "ALPHA NEWS\n" + BODY),
    ("gamma.net", "ALPHA NEWS\n" + BODY + "BETA DAILY\n"),  # a site no entry names
    ("", "ALPHA NEWS\n" + BODY + "BETA DAILY\n"),  # a record that names no site
])
def test_entries_apply_to_their_sites_only(lexicon, site, expected):
    pipe = Pipeline.from_preset("default", injected={"lexicons": (lexicon,)})
    assert pipe(DOC, site=site) == expected
    result = pipe.process(DOC, site=site)
    assert result.text == expected
    assert all(DOC[s.source_start:s.source_end] not in expected for s in result.spans)


def test_sites_that_no_entry_names_share_one_compiled_lexicon(lexicon):
    files = (lexicon,)
    assert lexicon_for_site(files, "gamma.net") is lexicon_for_site(files, "delta.io")
    assert lexicon_for_site(files, "alpha.com") is not lexicon_for_site(files, "beta.com")
    assert lexicon_for_site(files, None) is not lexicon_for_site(files, "gamma.net")


@pytest.mark.parametrize("bad", ['sites = "alpha.com"', "sites = [1]", 'sites = [""]'])
def test_bad_sites_value_is_refused_naming_the_entry(tmp_path, bad):
    path = tmp_path / "bad.toml"
    path.write_text(f'[[entry]]\nid = "x1"\nlabel = "site_tag"\nstrings = ["X"]\n{bad}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="'x1'.*sites"):
        read_entries(path)


def test_clean_site_field(lexicon, tmp_path):
    records = [{"site": "alpha.com", "text": DOC}, {"site": "beta.com", "text": DOC}, {"text": DOC},
               {"site": 7, "text": DOC}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("clean", str(src), "-o", str(out), "--lexicon", lexicon, "--site-field", "site")
    assert proc.returncode == 0, proc.stderr
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == [
        "The council met on Monday to approve the budget.\nBETA DAILY\n",
        "ALPHA NEWS\n" + BODY,
        "ALPHA NEWS\n" + BODY + "BETA DAILY\n",
        "ALPHA NEWS\n" + BODY + "BETA DAILY\n",
    ]
    # without --site-field every entry applies
    proc = run_cli("clean", str(src), "-o", str(out), "--lexicon", lexicon)
    assert proc.returncode == 0, proc.stderr
    assert all(json.loads(line)["text"] == BODY for line in out.read_text(encoding="utf-8").splitlines())


def test_clean_site_field_needs_jsonl(lexicon, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(DOC, encoding="utf-8")
    proc = run_cli("clean", str(src), "--lexicon", lexicon, "--site-field", "site")
    assert proc.returncode == 2
    assert b"--site-field needs JSONL input" in proc.stderr
    assert src.read_text(encoding="utf-8") == DOC
