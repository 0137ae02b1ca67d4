"""The HTML review report: structure, escaping, alignment of the edit log, sampling."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_report_fixtures import LEXICON, corpus, pipeline

from normtext import Pipeline
from normtext.doc import Doc
from normtext.report import ReportBuilder, align_changes, doc_view, render_report, write_report
from normtext.report.render import render_doc
from normtext.result import Result

VOID = {"meta", "br", "img", "input", "hr", "link", "col", "area", "base", "wbr", "source"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class TreeBuilder(HTMLParser):
    """Just enough of a DOM for the tests (the report writes every end tag it opens, except
    in the compact edit tables, which these tests read only through text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        if tag in ("td", "tr") and self.cur.tag == tag == "td":
            self.cur = self.cur.parent
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(page: str) -> Node:
    b = TreeBuilder()
    b.feed(page)
    b.close()
    return b.root


def pane_text(pane: Node) -> str:
    """The document text a pane stands for: badges turned back into their characters, the
    ↵ drawn for a changed line break and the label/point markers left out."""

    def walk(node: Node) -> str:
        out = []
        for c in node.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c.classes & {"flabel", "edit-point", "nl"}:
                continue
            if "inv" in c.classes:
                title = c.attrs["title"]
                m = re.match(r"U\+([0-9A-F]{4,6})", title) or re.match(r"undecodable byte 0x([0-9A-F]{2})", title)
                cp = int(m.group(1), 16)
                out.append(chr(cp if title.startswith("U+") else 0xDC00 + cp))
                continue
            out.append(walk(c))
        return "".join(out)

    paragraphs = [p for p in pane.find_all("p") if "truncated" not in p.classes]
    return "\n".join(walk(p) for p in paragraphs)


def docs_of(page: str) -> list[Node]:
    return parse(page).find_all("article", "doc")


# --- escaping -------------------------------------------------------------------------------

HOSTILE = [
    "<script>window.pwned = 1</script>",
    "</textarea><textarea>",
    '"><img src=x onerror="window.pwned=1">',
    "</style><style>body{display:none}</style>",
    "<!-- comment --> &amp; &lt; ]]> </p></div></article>",
]


def test_hostile_documents_are_text_never_markup(tmp_path):
    pipe = pipeline()
    results = pipe.process_batch(HOSTILE)
    path = tmp_path / "r.html"
    write_report(results, path, config=pipe.to_config(), names=["<b>name</b>"] * len(HOSTILE),
                 title="</title><script>x</script>")
    page = path.read_text(encoding="utf-8")
    assert page.count("<script") == 1  # the report's own script, nothing else
    assert "<img" not in page and "<textarea" not in page
    assert page.count("<style") == 2  # the stylesheet and the (empty) rule-focus sheet
    root = parse(page)
    assert not root.find_all("img") and not root.find_all("textarea")
    assert not [k for n in root.iter() for k in n.attrs if k.startswith("on")]
    docs = root.find_all("article", "doc")
    assert len(docs) == len(HOSTILE)
    for node, text in zip(docs, HOSTILE, strict=True):
        assert pane_text(node.find_all("section", "in")[0]) == text
        assert node.find_all("h3")[0].text() == "<b>name</b>"


def test_no_network_and_script_pinned_by_csp():
    page = render_report(pipeline().process_batch([d["text"] for d in corpus()]))
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert not re.search(r"\b(src|href)\s*=", page)
    assert "url(" not in page and "@import" not in page
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg")


# --- structure ------------------------------------------------------------------------------


def test_corpus_report_structure():
    pipe = pipeline()
    docs = corpus()
    page = render_report(pipe.process_batch([d["text"] for d in docs]), config=pipe.to_config(),
                         names=[d["id"] for d in docs])
    root = parse(page)
    articles = root.find_all("article", "doc")
    assert [a.attrs["data-name"] for a in articles] == [d["id"] for d in docs]
    by_name = {a.attrs["data-name"]: a for a in articles}
    # every pane paragraph lets the browser pick the direction; Arabic runs are isolated
    assert all(p.attrs.get("dir") == "auto" for p in root.find_all("p") if p.parent.tag == "div")
    ar_runs = root.find_all("span", "ar")
    assert any(b.text().startswith("اضافة اعلان") for b in ar_runs)
    # the glued ad slot: labelled, struck through in the input, gone from the output
    news = by_name["news-en-1"]
    removed = [n for n in news.find_all("span", "removed") if n.attrs.get("data-label") == "ad_placeholder"]
    assert removed and "frag" in removed[0].classes
    labels = {n.text().split()[0] for n in news.find_all("span", "flabel")}
    assert {"ad_placeholder", "site_trailer"} <= labels
    assert "اضافة اعلان" not in pane_text(news.find_all("section", "out")[0])
    # highlights carry the rule and before → after
    nbsp = [n for n in news.find_all("span", "chg") if "whitespace/nbsp" in n.attrs.get("data-rules", "")]
    assert "f-whitespace" in nbsp[0].classes
    assert "whitespace/nbsp: «⟨NBSP⟩» → « »" in nbsp[0].attrs["title"]
    # invisible characters are badges
    badges = {n.text() for n in root.find_all("span", "inv")}
    assert {"NBSP", "ZWSP", "RLM", "ZWJ", "ZWNJ", "BOM", "CR", "SHY", "THINSP", "NNBSP", "RLE", "PDF", "LRM"} <= badges
    # segments shaded by label in the output
    seg_labels = {n.attrs["data-seg"] for n in root.find_all("span", "seg") if "data-seg" in n.attrs}
    assert {"ar", "en"} <= seg_labels
    # unchanged documents say so and have no highlight
    clean = by_name["clean-1"]
    assert clean.attrs["data-changed"] == "0" and not clean.find_all(cls="chg")
    # filters list every rule and label; the summary counts them
    rule_options = {o.attrs["value"] for o in root.find_all("option") if o.parent.attrs.get("id") == "f-rule"} - {""}
    results = pipe.process_batch([d["text"] for d in docs])
    assert rule_options == {r for res in results for r in res.changes}
    table = root.find_all("table")[0]
    counts = {tr.attrs["data-rule"]: int(tr.find_all("td")[2].text().replace(",", ""))
              for tr in table.find_all("tr") if "data-rule" in tr.attrs}
    expected: dict[str, int] = {}
    for res in results:
        for rule, n in res.changes.items():
            expected[rule] = expected.get(rule, 0) + n
    assert counts == expected
    assert len(root.find_all("svg", "chart")) == 2
    summary = root.find_all(cls="summary")[0].text()
    assert f"{len(docs)} documents read" in summary
    assert f"{sum(r.changed for r in results)} changed" in summary
    assert '[steps.whitespace]' in root.find_all("pre", "config")[0].text()


def test_panes_stand_for_the_input_and_the_output_exactly():
    pipe = pipeline()
    texts = [d["text"] for d in corpus()]
    for node, res in zip(docs_of(render_report(pipe.process_batch(texts))), pipe.process_batch(texts), strict=True):
        assert pane_text(node.find_all("section", "in")[0]) == res.source
        assert pane_text(node.find_all("section", "out")[0]) == res.text


def test_tag_action_shows_fragment_in_output():
    res = pipeline(action="tag").process("Al-Ghad reported.اضافة اعلان\n")
    node = docs_of(render_report([res]))[0]
    out = node.find_all("section", "out")[0]
    frag = [n for n in out.find_all("span", "frag") if n.attrs.get("data-label") == "ad_placeholder"]
    assert frag and "removed" not in frag[0].classes and "اضافة اعلان" in "".join(f.text() for f in frag)


def test_deletion_inside_an_arabic_word_keeps_the_word_joined():
    res = Pipeline.from_config({"steps": {"arabic": {}}}).process("جـــميل")
    out = docs_of(render_report([res]))[0].find_all("section", "out")[0]
    assert not out.find_all(cls="edit-point")
    assert [n.text() for n in out.find_all("span", "near")] == ["جم"]


def test_huge_document_is_cut_with_a_note():
    from normtext.report.render import MAX_PANE_CHARS

    text = ("word\u00a0" * (MAX_PANE_CHARS // 5 + 100)) + "\n"
    res = Pipeline.from_preset("light").process(text)
    node = docs_of(render_report([res]))[0]
    pane = node.find_all("section", "in")[0]
    assert pane_text(pane) == text[:MAX_PANE_CHARS]
    note = pane.find_all("p", "truncated")[0].text()
    assert f"{len(text) - MAX_PANE_CHARS:,} more characters not shown" in note


# --- the edit log, aligned ------------------------------------------------------------------

TEXT = st.lists(
    st.sampled_from(list("ab .\n\r\t<&") + ["\u00a0", "\u200b", "\u200f", "\u200d", "\u00ad",
                                             "\u3000", "ـ", "ج", "م", "ل", " اضافة اعلان"]),
    max_size=40,
).map("".join)


@given(TEXT)
def test_changes_align_exactly_and_panes_round_trip(text):
    res = pipeline().process(text)
    changes = align_changes(res)
    rebuilt, pos = [], 0
    for ch in changes:
        rebuilt.append(res.source[pos:ch.source_start])
        rebuilt.append(res.text[ch.output_start:ch.output_end])
        pos = ch.source_end
    rebuilt.append(res.source[pos:])
    assert "".join(rebuilt) == res.text
    assert sum(len(c.edits) for c in changes) == len(res.edits)
    view = doc_view(res, "t")
    assert not view.approximate
    node = docs_of(render_report([res]))[0]
    assert pane_text(node.find_all("section", "in")[0]) == res.source
    assert pane_text(node.find_all("section", "out")[0]) == res.text


WEB_TEXT = st.lists(st.sampled_from(
    list("ab .\n\r\t<&:1") + ["\u00a0", "\u200b", "\u200f", "\u200d", "\u00ad", "\u3000", "ـ", "ج", "م",
                               "ل", "ﻻ", "é", "e\u0301", " اضافة اعلان", "Read more", "(Photo: Reuters)",
                               "Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©", "https://x.com/a", "كِتَابٌ", "٣", "“q”", "…"]),
    max_size=30).map("".join)
PRESET_PIPES = {name: Pipeline.from_preset(name) for name in ("light", "default", "search")}


@given(WEB_TEXT, st.sampled_from(sorted(PRESET_PIPES)))
def test_real_presets_align_exactly(text, preset):
    """Whatever the built-in steps do, their edit log explains the output piece by piece."""
    res = PRESET_PIPES[preset].process(text)
    assert not doc_view(res).approximate, res.edits
    node = docs_of(render_report([res]))[0]
    assert pane_text(node.find_all("section", "in")[0]) == res.source
    assert pane_text(node.find_all("section", "out")[0]) == res.text


@given(st.text(max_size=40))
def test_any_string_renders(text):
    res = pipeline().process(text)
    html_text = render_doc(doc_view(res), 0)
    assert "<script" not in html_text


def test_unalignable_log_falls_back_to_one_change():
    doc = Doc("abcd")
    doc.replace([(0, 1, "x", "test/first")])
    res = Result(doc)
    res.text = "xbcz"  # the edit log no longer explains the text
    view = doc_view(res)
    assert view.approximate and len(view.changes) == 1
    assert "shown as one change" in render_doc(view, 0)


# --- sampling -------------------------------------------------------------------------------


def _names(page: str) -> list[str]:
    return re.findall(r'<article class="doc"[^>]* data-name="([^"]*)"', page)


def test_sampling_is_seeded_in_order_and_says_so():
    pipe = Pipeline.from_preset("light")
    results = pipe.process_batch([f"line {i}\u00a0x" if i % 3 else f"line {i}" for i in range(200)])
    names = [f"in.txt:{i + 1}" for i in range(200)]
    page = render_report(results, names=names, sample=20, seed=7)
    shown = _names(page)
    assert len(shown) == 20 and shown == sorted(shown, key=lambda n: int(n.split(":")[1]))
    assert shown == _names(render_report(results, names=names, sample=20, seed=7))
    assert shown != _names(render_report(results, names=names, sample=20, seed=8))
    assert "A random sample of 20 of the 200 documents read is shown (seed 7, --sample 20)" in page
    assert "<b>200</b> documents read" in page and "<b>133</b> changed" in page
    assert "random sample" not in render_report(results[:20], sample=20)


def test_builder_rejects_bad_sample():
    with pytest.raises(ValueError, match="positive"):
        ReportBuilder(sample=0)


def test_lexicon_labels_are_in_the_label_filter():
    page = render_report(pipeline().process_batch([d["text"] for d in corpus()]))
    root = parse(page)
    values = {o.attrs["value"] for o in root.find_all("option") if o.parent.tag == "optgroup"}
    assert set(LEXICON.values()) | {"ar", "en"} <= values
