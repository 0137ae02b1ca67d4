"""The whole report page: summary, legend, filter bar and the documents, in one HTML file.

The page is self-contained (inline CSS and JavaScript, inline SVG charts) and its Content
Security Policy forbids any network access and any script but its own (by hash), so a
document that contains ``<script>`` can never run even if it were not escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .families import FAMILIES, css_name, family_of, family_style
from .render import attr, text_html

#: Bars drawn per chart (the tables list everything).
MAX_BARS = 30


@dataclass
class Totals:
    """Counts over every document read (not only the sampled ones)."""

    documents: int = 0
    changed: int = 0
    edits: Counter = field(default_factory=Counter)  # rule -> edits
    rule_docs: Counter = field(default_factory=Counter)  # rule -> documents
    labels: Counter = field(default_factory=Counter)  # fragment label -> spans
    label_docs: Counter = field(default_factory=Counter)  # fragment label -> documents
    segment_labels: Counter = field(default_factory=Counter)  # segment label -> documents


@cache
def asset(name: str) -> str:
    """The text of a file in ``normtext/report/assets``."""
    return resources.files("normtext.report").joinpath("assets", name).read_text(encoding="utf-8")


def csp_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def family_css(families: list[str]) -> str:
    rules = []
    for fam in families:
        _, colour = family_style(fam)
        rules.append(f".f-{css_name(fam)} {{ background: {colour}55; box-shadow: inset 0 -2px {colour}; }}")
    return "\n".join(rules)


def bar_chart(title: str, items: list[tuple[str, int, str]]) -> str:
    """A horizontal bar chart as inline SVG: ``(label, value, colour)`` per bar.

    >>> svg = bar_chart("edits", [("a/b", 3, "#000"), ("<x>", 1, "#fff")])
    >>> svg.count("<rect"), "&lt;x&gt;" in svg
    (2, True)
    """
    items = items[:MAX_BARS]
    if not items:
        return f'<p class="muted">No {html.escape(title)}.</p>'
    top = max(v for _, v, _ in items) or 1
    row, label_w, bar_w = 20, 230, 360
    height = row * len(items) + 6
    parts = [f'<svg class="chart" role="img" aria-label="{attr(title)}" width="{label_w + bar_w + 70}" '
             f'height="{height}" viewBox="0 0 {label_w + bar_w + 70} {height}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{html.escape(title)}</title>"]
    for i, (label, value, colour) in enumerate(items):
        y = 3 + i * row
        w = max(1, round(bar_w * value / top))
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{html.escape(label[:40])}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w}" height="{row - 6}" fill="{attr(colour)}">'
                     f"<title>{html.escape(label)}: {value:,}</title></rect>"
                     f'<text x="{label_w + w + 5}" y="{y + 13}">{value:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _rule_descriptions() -> dict[str, str]:
    from ..step import REGISTRY, get_step

    get_step("whitespace")
    out: dict[str, str] = {}
    for name in sorted(REGISTRY):
        for rule, text in REGISTRY[name].rules.items():
            out.setdefault(rule, text)
    return out


def summary_html(totals: Totals, shown: int, config: dict[str, Any] | None, note: str,
                 command: str | None) -> str:
    """The summary section: counts, tables, charts, the sampling note and the config."""
    descriptions = _rule_descriptions()
    rules = sorted(totals.edits, key=lambda r: (-totals.edits[r], r))
    out = ['<section class="summary" id="summary"><h2>Summary</h2>']
    out.append(f'<p id="summary-counts"><b>{totals.documents:,}</b> documents read · '
               f"<b>{totals.changed:,}</b> changed · <b>{sum(totals.edits.values()):,}</b> edits · "
               f"<b>{shown:,}</b> shown below</p>")
    if note:
        out.append(f'<p class="note" id="sample-note">{html.escape(note)}</p>')
    rows = []
    for r in rules:
        fam = family_of(r)
        name, colour = family_style(fam)
        rows.append(f'<tr data-rule="{attr(r)}"><td title="{attr(descriptions.get(r, ""))}">'
                    f'<span class="swatch" style="background:{attr(colour)}"></span>{html.escape(r)}</td>'
                    f"<td>{html.escape(name)}</td>"
                    f'<td class="num">{totals.edits[r]:,}</td><td class="num">{totals.rule_docs[r]:,}</td></tr>')
    rule_table = ('<table id="rule-table"><tr><th>rule</th><th>family</th><th class="num">edits</th>'
                  f'<th class="num">docs</th></tr>{"".join(rows)}</table>'
                  if rows else '<p class="muted">No edits.</p>')
    label_rows = []
    for lab in sorted(totals.labels, key=lambda x: (-totals.labels[x], x)):
        label_rows.append(f'<tr data-label="{attr(lab)}"><td><span class="flabel">{html.escape(lab)}</span></td>'
                          f'<td>fragment</td><td class="num">{totals.labels[lab]:,}</td>'
                          f'<td class="num">{totals.label_docs[lab]:,}</td></tr>')
    for lab in sorted(totals.segment_labels, key=lambda x: (-totals.segment_labels[x], x)):
        label_rows.append(f'<tr data-label="{attr(lab)}"><td><span class="seg seg-{css_name(lab)}">'
                          f'{html.escape(lab)}</span></td><td>language segment</td><td class="num">–</td>'
                          f'<td class="num">{totals.segment_labels[lab]:,}</td></tr>')
    label_table = ('<table id="label-table"><tr><th>label</th><th>kind</th><th class="num">spans</th>'
                   f'<th class="num">docs</th></tr>{"".join(label_rows)}</table>'
                   if label_rows else '<p class="muted">No fragments or language segments.</p>')
    frag_labels = sorted(totals.labels, key=lambda x: (-totals.labels[x], x))
    out.append('<div class="grid">'
               f'<div><h2>Edits per rule</h2><div class="scroll">{rule_table}</div></div>'
               '<div><h2>&nbsp;</h2><div class="scroll">'
               + bar_chart("edits per rule", [(r, totals.edits[r], family_style(family_of(r))[1]) for r in rules])
               + f'</div></div><div><h2>Labels</h2><div class="scroll">{label_table}</div></div>'
               '<div><h2>&nbsp;</h2><div class="scroll">'
               + bar_chart("fragments per label", [(lab, totals.labels[lab], "#d62839") for lab in frag_labels])
               + "</div></div></div>")
    if config is not None:
        toml_text = config_text(config)
        preset = config.get("preset", "(none: explicit steps)")
        out.append(f'<details class="config"><summary>Configuration: preset <code id="preset">'
                   f"{html.escape(str(preset))}</code>, normtext {html.escape(str(config.get('normtext', '?')))}"
                   + (f" · made by <code>{html.escape(command)}</code>" if command else "")
                   + "</summary><p>To reproduce: save this as <code>normtext.toml</code> and run "
                   "<code>normtext clean --config normtext.toml FILES…</code></p>"
                   f'<pre class="config" id="config">{html.escape(toml_text)}</pre></details>')
    out.append("</section>")
    return "".join(out)


def config_text(config: dict[str, Any]) -> str:
    """The config as TOML (as ``--config`` reads it); JSON if it holds what TOML cannot."""
    import tomli_w

    try:
        return tomli_w.dumps(config)
    except (TypeError, ValueError):
        import json

        return json.dumps(config, ensure_ascii=False, indent=2, default=str)


def legend_html(families: list[str]) -> str:
    items = []
    for fam in families:
        name, _ = family_style(fam)
        items.append(f'<span class="item"><span class="chg f-{css_name(fam)}">{html.escape(name)}</span></span>')
    items.append('<span class="item"><span class="frag removed">removed fragment</span></span>')
    items.append('<span class="item"><span class="seg seg-ar">ar</span> <span class="seg seg-en">en</span> '
                 '<span class="seg seg-other">other</span> segments</span>')
    items.append('<span class="item"><span class="inv">RLM</span> invisible character</span>')
    items.append('<span class="item"><span class="edit-point">⌫</span> deleted here · '
                 '<span class="edit-point">+</span> inserted here</span>')
    return f'<p class="legend">{" ".join(items)}</p>'


def filters_html(rules: list[str], fragment_labels: list[str], segment_labels: list[str]) -> str:
    rule_opts = "".join(f'<option value="{attr(r)}">{html.escape(r)}</option>' for r in rules)
    frag_opts = "".join(f'<option value="{attr(lab)}">{html.escape(lab)}</option>' for lab in fragment_labels)
    seg_opts = "".join(f'<option value="{attr(lab)}">{html.escape(lab)}</option>' for lab in segment_labels)
    return (
        '<nav class="filters" aria-label="filters">'
        '<label><input type="checkbox" id="f-changed"> only changed documents</label>'
        f'<label>rule <select id="f-rule"><option value="">any</option>{rule_opts}</select></label>'
        '<label>label <select id="f-label"><option value="">any</option>'
        f'<optgroup label="fragments">{frag_opts}</optgroup><optgroup label="segments">{seg_opts}</optgroup>'
        "</select></label>"
        '<label>search <input type="search" id="f-search" placeholder="text in input or output"></label>'
        '<label><input type="checkbox" id="f-segments" checked> shade language segments</label>'
        '<span id="f-status"></span></nav>'
    )


def page_html(doc_htmls: list[str], totals: Totals, *, config: dict[str, Any] | None, note: str,
              title: str, command: str | None, rules: list[str], fragment_labels: list[str],
              segment_labels: list[str]) -> str:
    script = asset("report.js")
    families = list(FAMILIES)
    families += sorted({family_of(r) for r in rules} - set(families))
    style = asset("report.css") + "\n" + family_css(families)
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src {csp_hash(script)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{attr(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text_html(title)}</title><style>{style}</style>",
        '<style id="rule-focus"></style></head><body>',
        f'<header class="top"><h1>{text_html(title)}</h1>{legend_html(families[:7])}</header>',
        summary_html(totals, len(doc_htmls), config, note, command),
        filters_html(rules, fragment_labels, segment_labels),
        '<main id="docs">', "\n".join(doc_htmls), "</main>",
        f"<script>{script}</script></body></html>\n",
    ])
