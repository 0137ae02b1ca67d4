"""normtext.mine: extraction, bounded counting, content filters, ranking, lexicon output."""

from __future__ import annotations

import json
import random
import sys
import tomllib
from collections import Counter

import pytest
from conftest import DATA, REPO
from hypothesis import given
from hypothesis import strategies as st
from strategies import texts

from normtext.mine import Miner, mine
from normtext.mine.budget import BudgetCounter
from normtext.mine.extract import extract
from normtext.mine.filters import content_flag
from normtext.mine.folding import matching_key
from normtext.mine.lexicon_out import lexicon_document, write_lexicons

sys.path.insert(0, str(REPO / "corpora" / "sites"))
import simulate  # noqa: E402

CONTENT_CASES = json.loads((DATA / "mine_content.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CONTENT_CASES, ids=[c["text"] for c in CONTENT_CASES])
def test_content_flags(case):
    assert content_flag(matching_key(case["text"])) == case["flag"]


def test_matching_key_folds_like_the_lexicon():
    assert matching_key("إضافـة إعلان") == matching_key("اضافة اعلان") == "اضافه اعلان"
    assert matching_key("READ\u00a0 More") == "read more"


# --- extraction ------------------------------------------------------------------------------
def test_extract_kinds_and_positions():
    doc = ("SITE.NET - خاص\nعنوان الخبر اليوم\n\n"
           "نص الفقرة الأولى من الخبر كما ورد في البيان الرسمي.اضافة اعلان\n\n"
           "فقرة ثانية من الخبر مع تفاصيل إضافية عن الموضوع.\n\nRead more Sports\nAmman Daily")
    occ = {(kind, key): pos for kind, key, pos, _, _ in extract(doc)}
    assert occ[("P", "site.net")] == 0  # top
    assert occ[("S", "اضافه اعلان")] == 3  # end of the first body paragraph
    assert occ[("L", "amman daily")] == 2 or occ[("L", "amman daily")] == 0
    assert ("P", "read more") in occ


def test_extract_ignores_sentences_in_the_middle():
    body = "\n\n".join(f"Sentence number {i} of the body, with words." for i in range(20))
    keys = [key for kind, key, pos, *_ in extract(body) if pos == 1]
    assert keys == []


@given(texts())
def test_extract_offsets_point_at_the_key(text):
    for kind, key, pos, start, end in extract(text):
        assert 0 <= start < end <= len(text)
        assert matching_key(text[start:end]) == key
        assert kind in "LPS" and 0 <= pos < 5


# --- bounded counting ------------------------------------------------------------------------
@given(st.lists(st.integers(0, 40), max_size=400), st.integers(1, 8))
def test_budget_bounds_hold(stream, capacity):
    c = BudgetCounter(capacity)
    for k in stream:
        c.add(str(k), 0)
    truth = Counter(str(k) for k in stream)
    assert len(c.stats) <= 2 * capacity
    for key, n in truth.items():
        lo, hi = c.bounds(key)
        assert lo <= n
        if key in c.stats:
            assert n <= hi
        else:
            assert n <= c.floor  # only keys no more frequent than the floor are lost


@given(st.lists(st.integers(0, 30), max_size=200), st.lists(st.integers(0, 30), max_size=200))
def test_budget_merge_bounds_hold(a, b):
    x, y = BudgetCounter(4), BudgetCounter(4)
    for k in a:
        x.add(str(k), 0)
    for k in b:
        y.add(str(k), 1)
    x.merge(y)
    truth = Counter(str(k) for k in a + b)
    for key, n in truth.items():
        lo, hi = x.bounds(key)
        assert lo <= n
        assert key not in x.stats or n <= hi


def test_frequent_key_survives_a_small_budget():
    rng = random.Random(3)
    c = BudgetCounter(50)
    for i in range(5000):
        if i % 10 == 0:
            c.add("stamp", 0)
        c.add(f"unique-{rng.random()}", 1)
    assert c.evictions > 0
    assert c.bounds("stamp")[0] >= 490


# --- ranking on simulated sites ----------------------------------------------------------------
@pytest.fixture(scope="module")
def site_reports():
    docs = [(d["site"], d["id"], d["text"]) for d in simulate.generate(docs_per_site=120, seed=5)]
    return {r.group: r for r in mine(docs, min_docs=5, min_share=0.25)}


def test_mined_furniture_per_site(site_reports):
    got = {g: {(c.kind, c.key, c.label) for c in r.candidates} for g, r in site_reports.items()}
    assert ("prefix", "almasdar.info", "site_tag") in got["almasdar.info"]
    assert ("suffix", "اضافه اعلان", "ad_placeholder") in got["alwaha-news"]
    assert {("line", w, "share_follow") for w in ("share", "facebook", "x", "whatsapp", "copy link")} \
        <= got["ammandaily.com"]
    assert ("line", "amman daily", "site_trailer") in got["ammandaily.com"]
    assert ("prefix", "read more", "read_more") in got["ammandaily.com"]
    assert got["nahar-plain"] == set()
    assert {key for _, key, _ in got["alwadi24.tv"]} == {"wadi24 tv", "الوادي 24", "حمل تطبيق الوادي 24 الان"}


def test_legitimate_repeated_lines_are_flagged_not_proposed(site_reports):
    proposed = {c.key for r in site_reports.values() for c in r.candidates}
    flagged = {c.key: c.flag for r in site_reports.values() for c in r.flagged}
    for key in ("by staff writer", "reuters contributed to this report.", "المصدر"):
        assert key not in proposed
        assert flagged.get(key) in ("byline", "attribution")


def test_truncated_stamp_is_a_variant(site_reports):
    stamp = next(c for c in site_reports["almasdar.info"].candidates if c.key == "almasdar.info")
    assert stamp.variants == ["almasdar.inf"] or stamp.kind == "line" and "almasdar.inf" in stamp.variants
    assert len(stamp.examples) == 2 and "⟦ALMASDAR.INFO⟧" in stamp.examples[0]["context"]


def test_thresholds():
    docs = [("g", str(i), f"STAMP.ORG\nTitle {i} words here\n\nBody {i} of text, long enough to count.")
            for i in range(10)]
    report = mine(docs, min_docs=5)[0]
    assert [c.key for c in report.candidates] == ["stamp.org"]
    assert "title" not in {c.key for c in report.candidates}  # the rest of the line varies
    assert mine(docs, min_docs=11)[0].candidates == []
    docs += [("g", f"x{i}", f"Other title {i}\n\nBody text of another kind {i}.") for i in range(40)]
    assert mine(docs, min_docs=5, min_share=0.25)[0].candidates == []  # 10 of 50 documents


def test_parallel_merge_equals_serial():
    docs = [(d["site"], d["id"], d["text"]) for d in simulate.generate(docs_per_site=40, seed=2)]
    one, a, b = Miner(), Miner(), Miner()
    for i, d in enumerate(docs):
        one.add(*d)
        (a if i % 2 else b).add(*d)
    a.merge(b)
    assert a.documents == one.documents
    flat = lambda m: sorted((g, k, key, st[0]) for g, k, key, st, _ in m.items())  # noqa: E731
    assert flat(a) == flat(one)


# --- lexicon output --------------------------------------------------------------------------
def test_lexicon_loads_with_the_injected_loader(site_reports, tmp_path):
    lexicon = pytest.importorskip("normtext.injected.lexicon")
    path = tmp_path / "mined.toml"
    groups = [(g, r.candidates) for g, r in site_reports.items()]
    [(written, n)] = write_lexicons(str(path), groups)
    entries = lexicon.read_entries(written)
    assert len(entries) == n > 0
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    assert doc["lexicon"]["scope"].startswith("site:almasdar.info")
    assert lexicon_document([])["entry"] == []


def test_lexicon_one_file_per_site(site_reports, tmp_path):
    groups = [(g, r.candidates) for g, r in site_reports.items()]
    written = write_lexicons(str(tmp_path / "{site}.toml"), groups)
    assert sorted(p.rsplit("/", 1)[-1] for p, _ in written) == [
        "almasdar-info.toml", "alwadi24-tv.toml", "alwaha-news.toml", "ammandaily-com.toml", "nahar-plain.toml"]
    nahar = tomllib.loads((tmp_path / "nahar-plain.toml").read_text(encoding="utf-8"))
    assert nahar["lexicon"]["scope"] == "site:nahar-plain" and nahar.get("entry", []) == []


def test_script_switched_run_glued_without_punctuation():
    doc = ("Headline\n\nThe council approved the plan for the northern district, Al-Ghad reportedاضافة اعلان\n\n"
           "جاء ذلك خلال اجتماع المجلس في مقر البلدية صباح اليوم Read full story")
    suffixes = {key for kind, key, *_ in extract(doc) if kind == "S"}
    assert suffixes == {"اضافه اعلان", "read full story"}


@given(st.lists(texts(), max_size=12))
def test_mine_never_crashes_and_counts_stay_within_the_group(docs):
    reports = mine([("g", str(i), t) for i, t in enumerate(docs * 3)], min_docs=2, min_share=0.1)
    for r in reports:
        for c in r.candidates + r.flagged:
            assert 2 <= c.docs <= r.documents and 0 < c.share <= 1
            assert c.label in ("ad_placeholder", "read_more", "related_links", "photo_credit",
                               "share_follow", "site_trailer", "site_tag", "ui_chrome")


def test_suffix_needs_glue_or_a_script_switch():
    def suffixes(last):
        doc = f"Headline\n\nThe council approved the plan for the northern district today. {last}"
        return {key for kind, key, *_ in extract(doc) if kind == "S"}

    assert suffixes("Happy reading") == set()  # a last sentence without its full stop
    assert suffixes("اضافة اعلان") == {"اضافه اعلان"}  # after a space, but another script
    doc = "Headline\n\nThe council approved the plan for the northern district today.Happy reading"
    assert {key for kind, key, *_ in extract(doc) if kind == "S"} == {"happy reading"}


def test_own_line_in_the_middle():
    words = "rain budget roads water schools power exams trade farms buses".split()
    docs = []
    for i, w in enumerate(words):
        paras = [f"Paragraph {k} about the {w} story, with enough words to be a paragraph." for k in range(16)]
        paras.insert(5, "ADVERTISEMENT")  # the 7th non-blank line: past the top window
        docs.append(("g", str(i), f"{w.title()} news of the day\n\n" + "\n\n".join(paras)))
    [c] = mine(docs, min_docs=5)[0].candidates
    assert (c.key, c.kind, c.position, c.where, c.label) == \
        ("advertisement", "line", "middle", "any", "ad_placeholder")
