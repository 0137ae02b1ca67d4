"""The ``injected`` step: data-driven cases, the seed article, actions, spans and offsets."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, shared_path
from hypothesis import given
from hypothesis import strategies as st

from normtext import Pipeline
from normtext.injected.fold import FoldedView

CASES = json.loads((DATA / "injected" / "cases.json").read_text(encoding="utf-8"))


def _pipe(**options) -> Pipeline:
    return Pipeline.from_config({"steps": {"injected": options}})


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_remove(case):
    result = _pipe(**case["options"]).process(case["input"])
    assert result.text == case["expected"]
    got = [[s.label, case["input"][s.source_start:s.source_end]] for s in result.spans]
    assert got == case["spans"]
    for span in result.spans:
        assert span.start == span.end


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
@pytest.mark.parametrize("action", ["tag", "keep"])
def test_case_tag_keep_report_what_remove_removes(case, action):
    opts = dict(case["options"], action=action)
    result = _pipe(**opts).process(case["input"])
    assert result.text == case["input"]
    got = [[s.label, result.text[s.start:s.end]] for s in result.spans]
    assert got == case["spans"]
    removed = _pipe(**case["options"]).process(case["input"])
    assert [(s.source_start, s.source_end, s.rule) for s in result.spans] == \
        [(s.source_start, s.source_end, s.rule) for s in removed.spans]


def test_seed_article_default_preset():
    seed = shared_path("seed", "jordan-news-article.txt").read_text(encoding="utf-8")
    # Expected output, by hand from issue 8: the caption and its credit go (one span), the
    # ad-slot label glued after "Al-Ghad reported." goes, the two trailer lines go, NBSPs
    # become spaces; everything else stays as it is.
    expected = (seed.replace("US army\n(Photo: Twitter/X)\n", "")
                .replace("Al-Ghad reported.اضافة اعلان\n", "Al-Ghad reported.\n")
                .replace("\n\nRead more Region and World\nJordan News", "")
                .replace("\u00a0", " "))
    assert expected.count("\n\n") == seed.count("\n\n") - 1
    result = Pipeline.from_preset("default").process(seed)
    assert result.text == expected
    assert result.text.startswith("US targets Al-Nujaba Movement in Baghdad, killing one of its leaders\n\nBAGHDAD")
    assert "Al-Ghad reported.\n\nThe official" in result.text
    assert "  " not in result.text and "\n\n\n" not in result.text
    spans = [(s.label, seed[s.source_start:s.source_end]) for s in result.spans]
    assert spans == [("photo_credit", "US army\n(Photo: Twitter/X)"),
                     ("ad_placeholder", "اضافة اعلان"),
                     ("site_trailer", "Read more Region and World\nJordan News")]
    tagged = Pipeline.from_preset("default", injected="tag").process(seed)
    assert [(s.label, tagged.text[s.start:s.end]) for s in tagged.spans] == spans


def test_after_segment_split_space():
    # the segment step splits glued runs: "reported.اضافة اعلان" -> "reported. اضافة اعلان"
    out = _pipe()("Al-Ghad reported. اضافة اعلان\n\nThe official said.")
    assert out == "Al-Ghad reported.\n\nThe official said."


def test_whitespace_repair_inline_and_blank_lines():
    assert _pipe()("a b.  ADVERTISEMENT  The c d.") == "a b. The c d."
    assert _pipe()("Para one.\n\n\nAdvertisement\n\n\nPara two.") == "Para one.\n\nPara two."
    assert _pipe()("Para one.\nAdvertisement\nPara two.\n") == "Para one.\nPara two.\n"
    assert _pipe()("Advertisement\n\nPara.") == "Para."
    assert _pipe()("Para.\n\nAdvertisement\n") == "Para.\n"
    assert _pipe()("Advertisement") == ""


def test_min_confidence_and_candidates():
    text = "King receives delegation\n\nإعلان\n\nThe King met the delegation on Sunday."
    # a bare "إعلان" on the first line could head a notice: only a candidate
    text = "إعلان\n\nThe King met the delegation on Sunday."
    assert _pipe()(text) == text
    assert _pipe().process(text).spans == []
    r = _pipe(report_candidates=True, action="tag").process(text)
    assert [(s.label, s.confidence < 0.7) for s in r.spans] == [("ad_placeholder", True)]
    r = _pipe(report_candidates=True).process(text)
    assert r.text == text and r.spans[0].end > r.spans[0].start  # candidates are never removed
    assert _pipe(min_confidence=0.5)(text) == "The King met the delegation on Sunday."


def test_script_switch_candidate_reported_not_removed():
    text = "The minister opened the new hospital wing in the capital on Sunday.مرحبا بكم\n\nNext."
    assert _pipe()(text) == text
    r = _pipe(report_candidates=True, action="keep").process(text)
    assert [(s.label, r.text[s.start:s.end]) for s in r.spans] == [("ad_placeholder", "مرحبا بكم")]


def test_labels_option_and_meta_counts():
    text = "Story.\n\nAdvertisement\n\nRead more: Next headline here\n\nEnd."
    r = _pipe(labels=["read_more"]).process(text)
    assert r.text == "Story.\n\nAdvertisement\n\nEnd."
    r = _pipe(action="keep").process(text)
    assert dict(r._doc.meta["injected"]) == {"ad_placeholder": 1, "read_more": 1}
    with pytest.raises(ValueError, match="valid: ad_placeholder"):
        _pipe(labels=["adverts"])


def test_options_round_trip_and_shorthand():
    pipe = Pipeline.from_preset("default", injected="keep")
    step = next(s for s in pipe.steps if s.name == "injected")
    assert step.options.action == "keep"
    assert Pipeline.from_config(pipe.to_config()) == pipe
    with pytest.raises(ValueError, match="valid: remove, tag, keep"):
        Pipeline.from_preset("default", injected="drop")


def test_folded_view_offsets():
    text = "x \u200fاقـرأ أيضاً\u200f: y"
    view = FoldedView(text)
    assert view.text == "x اقرا ايضا: y"
    i = view.text.index("اقرا")
    j = i + len("اقرا ايضا")
    # an end keeps the marks that follow its last letter (diacritics, tatweel, bidi marks)
    assert text[view.to_original(i):view.to_original(j, end=True)] == "اقـرأ أيضاً\u200f"


# --- properties -------------------------------------------------------------------------
PIECES = ["Al-Ghad reported.", "اضافة اعلان", "Advertisement", "\n", "\n\n", " ", "Read more",
          ": ", "اقرأ أيضا", "(Photo: AP)", "US army", "شارك الخبر", "Facebook", "The talks ended.",
          "وقال الوزير إن الخطة جاهزة.", "\u200f", "\u00a0", "Jordan News", "«", "»", '"', "إعلان"]


@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_no_crash_spans_valid_and_idempotent(parts):
    text = "".join(parts)
    for action in ("tag", "remove"):
        r = _pipe(action=action, report_candidates=True).process(text)
        for s in r.spans:
            frag = text[s.source_start:s.source_end]
            assert frag and not frag[0].isspace() and not frag[-1].isspace()
            if action == "tag":
                assert r.text[s.start:s.end] == frag
            elif s.confidence >= 0.7:
                assert s.start == s.end
    once = _pipe()(text)
    assert "\n\n\n" not in once or "\n\n\n" in text
    assert _pipe()(once) == once  # idempotent


@given(st.text(max_size=200))
def test_any_string(text):
    r = _pipe(report_candidates=True).process(text)
    for s in r.spans:
        assert 0 <= s.source_start < s.source_end <= len(text)
    assert _pipe(action="tag")(text) == text


# --- user lexicons ----------------------------------------------------------------------
LEXICONS = DATA / "injected" / "lexicons"


def test_user_lexicon_toml_and_json():
    files = [str(LEXICONS / "site.toml"), str(LEXICONS / "site.json")]
    text = ("EXAMPLE.INFO - مُتابعة\n\nنص الخبر هنا.(ad) [click]*\n\nسجل في النشرة البريدية الآن\n\n"
            "Powered by ExampleCMS")
    r = _pipe(lexicons=files, action="tag").process(text)
    assert [(s.label, r.text[s.start:s.end]) for s in r.spans] == [
        ("site_tag", "EXAMPLE.INFO - مُتابعة"), ("ad_placeholder", "(ad) [click]*"),
        ("share_follow", "سجل في النشرة البريدية الآن"), ("site_trailer", "Powered by ExampleCMS")]
    assert _pipe(lexicons=files)(text) == "نص الخبر هنا."
    # plain strings are escaped: "(ad) [click]*" is not a pattern
    assert _pipe(lexicons=files)("نص الخبر هنا.ad click\n\nتم.") == "نص الخبر هنا.ad click\n\nتم."
    # without the user file nothing of it is known
    assert _pipe()(text) == text


@pytest.mark.parametrize("name, message", [
    ("invalid.toml", r"entry 'broken-pattern': invalid pattern 'read \(more'"),
    ("catastrophic.toml", r"entry 'slow-pattern': pattern '\(a\+\)\+b' nests repeated quantifiers"),
    ("catastrophic-alternation.toml", r"entry 'slow-words': pattern .* is too slow"),
    ("empty-match.toml", r"entry 'matches-nothing-at-all': pattern .* matches the empty string"),
    ("bad-label.toml", r"entry 'wrong-label': label 'advert' is not one of ad_placeholder"),
])
def test_bad_user_lexicon_refused_naming_the_entry(name, message):
    with pytest.raises(ValueError, match=message):
        _pipe(lexicons=[str(LEXICONS / name)])


def test_missing_or_malformed_lexicon_file(tmp_path):
    with pytest.raises(ValueError, match="cannot read lexicon"):
        _pipe(lexicons=[str(tmp_path / "absent.toml")])
    bad = tmp_path / "bad.toml"
    bad.write_text("[[entry]\nlabel = 1", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        _pipe(lexicons=[str(bad)])
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[[entry]]\nlabel = "read_more"\nstrings = ["x"]\nweight = 2\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown key.*weight"):
        _pipe(lexicons=[str(unknown)])


def test_user_pattern_timeout_skips_user_patterns_only(monkeypatch):
    from normtext.injected import detect as detect_module
    monkeypatch.setattr(detect_module, "RUN_TIMEOUT", 1e-9)
    pipe = _pipe(lexicons=[str(LEXICONS / "site.toml")])
    text = "سجل في النشرة البريدية الآن\n\nنص.اضافة اعلان\n\n" + "كلمة " * 20000
    with pytest.warns(RuntimeWarning, match="example-newsletter"):
        out = pipe(text)
    assert out.startswith("سجل في النشرة البريدية الآن\n\nنص.\n\n")


def test_builtin_lexicon_is_documented_data():
    from importlib import resources

    text = (resources.files("normtext.injected") / "lexicon.toml").read_text(encoding="utf-8")
    assert "# Format" in text and "anchor" in text
    from normtext.injected.lexicon import LABELS, load_lexicon
    lex = load_lexicon()
    assert {e.label for e in lex.entries} <= set(LABELS)
    assert len({e.id for e in lex.entries}) == len(lex.entries)


def test_shape_patterns_only_match_lines_ending_as_the_shared_gate_says():
    """Built-in patterns that may start with any character run behind one test of how their
    line ends (``SHAPE_LINE_END``): on every line one of them matches (alone, without the test)
    in the team corpus, the blind sets and the golden cases, the test must pass."""
    import re

    from normtext.injected.fold import fold_one_for_one
    from normtext.injected.lexicon import (
        LINE_LEAD,
        SHAPE_LINE_END,
        _all_entries,
        count_visible,
        first_char_set,
        one_line,
        skip_marks,
    )

    shapes = [re.compile(f"\n{LINE_LEAD}(?:{count_visible(one_line(skip_marks(p)))})", re.MULTILINE)
              for e in _all_entries(()) if e.anchor in ("line", "prefix")
              for p in e.patterns if first_char_set(p) is None]
    assert shapes
    gate = re.compile(f"[^\n]*+{SHAPE_LINE_END}")
    texts = [c["input"] for c in CASES]
    for path in sorted((DATA.parent.parent / "corpora" / "injected").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    matched = 0
    for text in texts:
        view = "\n" + fold_one_for_one(text)
        for shape in shapes:
            for m in shape.finditer(view):
                start = view.rfind("\n", 0, m.start() + 1) + 1
                assert gate.match(view, start), view[start:view.find("\n", start)]
                matched += 1
    assert matched > 50


def test_ascii_fold_fast_path_folds_like_the_table():
    """``fold_one_for_one`` on ASCII text folds only line breaks and case: every ASCII key of
    the one-for-one table is such a line break."""
    from normtext.injected.fold import _ASCII_BREAKS, ONE_FOR_ONE, fold_one_for_one

    assert {o for o, _ in ONE_FOR_ONE if o.isascii()} <= set(_ASCII_BREAKS)
    assert fold_one_for_one("Read\rMORE\x0bx\x0cY") == "read\nmore\nx\ny"
