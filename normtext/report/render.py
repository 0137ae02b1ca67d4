"""HTML for one document: the input and output panes, with changes, fragments and segments.

Every piece of document text goes through :func:`text_html` (HTML-escaped, invisible
characters replaced by badges); every attribute value through :func:`attr`. Nothing from a
document is ever placed inside a ``<script>`` or ``<style>`` element.

>>> text_html("<script>x</script>\\u200f")
'&lt;script&gt;x&lt;/script&gt;<span class="inv" dir="ltr" title="U+200F RIGHT-TO-LEFT MARK">RLM</span>'
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from ..types import Edit
from .families import css_name, family_of
from .invisible import INVISIBLE, badge_label, badge_title
from .model import DocView

#: Characters of one pane drawn at most (the rest is summarized); keeps huge documents usable.
MAX_PANE_CHARS = 20_000
#: Rows of the per-document edit table, and lines of one tooltip.
MAX_EDIT_ROWS = 300
MAX_TOOLTIP_LINES = 8
#: Characters of a before/after string shown in a tooltip or table cell.
MAX_SHOWN = 48

#: An Arabic run: Arabic letters, with the marks, format characters, digits, punctuation and
#: spaces between them (never a line break); isolated right-to-left by CSS (``span.ar``:
#: ``unicode-bidi: isolate``) so that neutral characters around it keep their place in a
#: left-to-right paragraph. Not ``<bdi>`` nor a ``dir`` attribute: ``dir="auto"`` on the
#: paragraph skips those, and would then miss the Arabic when choosing the direction.
ARABIC_RUN = regex.compile(
    r"\p{Script=Arabic}(?:[\p{Script=Arabic}\p{Mn}\p{Cf}]|[^\S\n\p{Script=Arabic}]*[\p{Nd}\p{P}\p{S}\p{Cf}\t \u00a0]*(?=\p{Script=Arabic}))*"
)


def attr(value: str) -> str:
    """An attribute value, escaped (quotes too); invisible characters spelled out.

    >>> attr('a"<b>\\u200d')
    'a&quot;&lt;b&gt;⟨ZWJ⟩'
    """
    return html.escape(INVISIBLE.sub(lambda m: f"⟨{badge_label(m.group())}⟩", value), quote=True)


def _badge(m: regex.Match[str]) -> str:
    c = m.group()
    # dir="ltr": a badge's Latin name must not count as the paragraph's first strong letter
    return f'<span class="inv" dir="ltr" title="{html.escape(badge_title(c))}">{html.escape(badge_label(c))}</span>'


def text_html(text: str) -> str:
    """Document text as HTML: escaped, invisible characters shown as badges."""
    return INVISIBLE.sub(_badge, html.escape(text, quote=False))


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """A before/after string made readable in plain text: «…», invisibles named, ↵ for LF.

    >>> shown("a\\u00a0"), shown(""), shown("x" * 60)[-6:]
    ('«a⟨NBSP⟩»', '∅', '…(60)»')
    """
    if not text:
        return "∅"
    cut = text[:limit]
    body = INVISIBLE.sub(lambda m: f"⟨{badge_label(m.group())}⟩", cut).replace("\n", "↵").replace("\t", "⇥")
    more = f"…({len(text)})" if len(text) > limit else ""
    return f"«{body}{more}»"


def edit_line(edit: Edit) -> str:
    """``rule: «before» → «after»`` (the tooltip line of one edit)."""
    return f"{edit.rule}: {shown(edit.before)} → {shown(edit.after)}"


@dataclass
class Mark:
    """A range of a pane's text to decorate: CSS classes, attributes and a tooltip."""

    start: int
    end: int
    classes: tuple[str, ...]
    attrs: dict[str, str] = field(default_factory=dict)
    title: str = ""


def render_pane(text: str, marks: list[Mark], points: dict[int, list[str]],
                limit: int = MAX_PANE_CHARS) -> str:
    """The HTML of one pane: ``<p dir="auto">`` per line, Arabic runs isolated, pieces
    covered by ``marks`` in ``<span>``s, and ready-made HTML ``points`` inserted at offsets."""
    n = min(len(text), limit)
    cuts = {0, n}
    for mk in marks:
        cuts.add(min(max(mk.start, 0), n))
        cuts.add(min(max(mk.end, 0), n))
    cuts.update(p for p in points if 0 <= p <= n)
    runs: list[tuple[int, int]] = []
    for m in ARABIC_RUN.finditer(text, 0, n):
        runs.append((m.start(), m.end()))
        cuts.add(m.start())
        cuts.add(m.end())
    start = 0
    while (i := text.find("\n", start, n)) >= 0:
        cuts.add(i)
        cuts.add(i + 1)
        start = i + 1
    bounds = sorted(cuts)

    ordered = sorted(marks, key=lambda mk: (mk.start, mk.end))
    out = ['<p dir="auto">']
    active: list[Mark] = []
    nxt = 0
    run_i = 0
    in_run = False
    titled: set[int] = set()
    for a, b in zip(bounds, [*bounds[1:], None], strict=True):
        for html_point in points.get(a, ()):
            out.append(html_point)
        if b is None:
            break
        active = [mk for mk in active if mk.end > a]
        while nxt < len(ordered) and ordered[nxt].start <= a:
            if ordered[nxt].end > a:
                active.append(ordered[nxt])
            nxt += 1
        while run_i < len(runs) and runs[run_i][1] <= a:
            run_i += 1
        want_run = run_i < len(runs) and runs[run_i][0] <= a < runs[run_i][1]
        if want_run != in_run:
            out.append('<span class="ar">' if want_run else "</span>")
            in_run = want_run
        piece = text[a:b]
        if piece == "\n":
            if active:  # a changed line break: drawn as ↵ (class nl: not part of the text)
                out.append(_wrap("↵", [*active, _NEWLINE_MARK], titled))
            if in_run:
                out.append("</span>")
                in_run = False
            out.append('</p><p dir="auto">')
            continue
        body = text_html(piece)
        out.append(_wrap(body, active, titled) if active else body)
    if in_run:
        out.append("</span>")
    out.append("</p>")
    if len(text) > limit:
        out.append(f'<p class="truncated">… {len(text) - limit:,} more characters not shown</p>')
    return "".join(out)


_NEWLINE_MARK = Mark(0, 0, ("nl",))


def _wrap(body: str, active: Iterable[Mark], titled: set[int] | None = None) -> str:
    """``body`` in a ``<span>`` with the classes and attributes of ``active``; a mark's tooltip
    goes on its first piece only (``titled`` remembers which marks have had it; the page's
    script lends it to the other pieces on hover)."""
    classes: list[str] = []
    attrs: dict[str, str] = {}
    titles: list[str] = []
    for mk in active:
        classes.extend(mk.classes)
        attrs.update(mk.attrs)
        if mk.title:
            if titled is not None:
                if id(mk) in titled:
                    continue
                titled.add(id(mk))
            titles.append(mk.title)
    parts = [f'class="{attr(" ".join(dict.fromkeys(classes)))}"']
    parts.extend(f'{k}="{attr(v)}"' for k, v in attrs.items())
    if titles:
        parts.append(f'title="{attr(chr(10).join(titles))}"')
    return f"<span {' '.join(parts)}>{body}</span>"


_ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&[\p{L}\p{M}]]", regex.V1)


def _inside_arabic_word(text: str, p: int) -> bool:
    """Whether offset ``p`` falls between two Arabic letters (or marks).

    >>> _inside_arabic_word("كتاب", 2), _inside_arabic_word("كتاب x", 4)
    (True, False)
    """
    return 0 < p < len(text) and bool(_ARABIC_LETTER.match(text, p - 1)) and bool(_ARABIC_LETTER.match(text, p))


def change_title(edits: tuple[Edit, ...]) -> str:
    """One line per distinct edit (``×n`` when repeated), at most :data:`MAX_TOOLTIP_LINES`.

    >>> change_title((Edit("a/b", 0, 1, "x", "y"), Edit("a/b", 2, 3, "x", "y")))
    'a/b: «x» → «y» ×2'
    """
    counts: dict[str, int] = {}
    for e in edits:
        line = edit_line(e)
        counts[line] = counts.get(line, 0) + 1
    lines = [f"{line} ×{n}" if n > 1 else line for line, n in counts.items()]
    if len(lines) > MAX_TOOLTIP_LINES:
        lines = lines[:MAX_TOOLTIP_LINES] + [f"… {len(lines) - MAX_TOOLTIP_LINES} more"]
    return "\n".join(lines)


def doc_panes(view: DocView, index: int) -> tuple[str, str]:
    """The input pane and the output pane of one document."""
    in_marks: list[Mark] = []
    out_marks: list[Mark] = []
    in_points: dict[int, list[str]] = {}
    out_points: dict[int, list[str]] = {}
    for k, ch in enumerate(view.changes):
        fams = tuple(f"f-{css_name(f)}" for f in ch.families)
        attrs = {"data-c": f"{index}-{k}", "data-rules": " ".join(ch.rules)}
        title = change_title(ch.edits)
        classes = ("chg", *fams)
        for lo, hi, marks, points, sym in (
            (ch.source_start, ch.source_end, in_marks, in_points, "+"),
            (ch.output_start, ch.output_end, out_marks, out_points, "⌫"),
        ):
            if hi > lo:
                marks.append(Mark(lo, hi, classes, attrs, title))
            elif _inside_arabic_word(view.source if sym == "+" else view.text, lo):
                # a marker would break the letters' joining: light up the two neighbours instead
                marks.append(Mark(lo - 1, lo + 1, (*classes, "near"), attrs, title))
            else:  # an insertion (input side) or a deletion (output side): a point marker
                points.setdefault(lo, []).append(_wrap(sym, [Mark(lo, lo, (*classes, "edit-point"), attrs, title)]))
    for span in view.spans:
        removed = span.end <= span.start
        title = f"{span.label} ({span.rule}, confidence {span.confidence:.2f})"
        badge = (f'<span class="flabel" dir="ltr" data-label="{attr(span.label)}" title="{attr(title)}">'
                 f"{html.escape(span.label)} {span.confidence:.2f}</span>")
        classes = ("frag", "removed") if removed else ("frag",)
        attrs = {"data-label": span.label}
        in_points.setdefault(span.source_start, []).insert(0, badge)
        if span.source_end > span.source_start:
            in_marks.append(Mark(span.source_start, span.source_end, classes, attrs, title))
        if not removed:
            out_points.setdefault(span.start, []).insert(0, badge)
            out_marks.append(Mark(span.start, span.end, classes, attrs, title))
    for seg in view.segments:
        if seg.label == "neutral" or seg.end <= seg.start:
            continue
        classes = ("seg", f"seg-{css_name(seg.label)}") + (("seg-url",) if seg.kind == "url" else ())
        out_marks.append(Mark(seg.start, seg.end, classes, {"data-seg": seg.label}))
    return (render_pane(view.source, in_marks, in_points),
            render_pane(view.text, out_marks, out_points))


def render_doc(view: DocView, index: int) -> str:
    """One ``<article class="doc">``: header, panes, and the table of edits."""
    input_html, output_html = doc_panes(view, index)
    tags = [f'<span class="tag changed">changed · {sum(view.counts.values())} edits</span>'
            if view.changed else '<span class="tag">unchanged</span>']
    for rule in view.rules[:6]:
        tags.append(f'<span class="tag" title="{attr(family_of(rule))}">{html.escape(rule)} '
                    f"×{view.counts[rule]}</span>")
    if len(view.rules) > 6:
        tags.append(f'<span class="tag">+{len(view.rules) - 6} rules</span>')
    for span in view.spans:
        tags.append(f'<span class="flabel">{html.escape(span.label)}</span>')
    if view.approximate:
        tags.append('<span class="tag" title="the edit log could not be aligned piece by piece">'
                    "shown as one change</span>")
    parts = [
        f'<article class="doc" id="doc-{index}" data-changed="{int(view.changed)}" '
        f'data-rules="{attr(" ".join(view.rules))}" data-labels="{attr(" ".join(view.labels))}" '
        f'data-name="{attr(view.name)}">',
        f"<header><h3>{text_html(view.name or f'document {index + 1}')}</h3>{''.join(tags)}</header>",
        '<div class="panes">',
        f'<section class="pane in"><h4>input</h4><div class="text">{input_html}</div></section>',
        f'<section class="pane out"><h4>output</h4><div class="text">{output_html}</div></section>',
        "</div>",
    ]
    if view.edits:
        rows = []
        for e in view.edits[:MAX_EDIT_ROWS]:
            rows.append(f"<tr><td>{html.escape(e.rule)}<td>{e.source_start}–{e.source_end}"
                        f"<td>{html.escape(shown(e.before))}<td>{html.escape(shown(e.after))}")
        more = (f'<tr><td colspan="4">… {len(view.edits) - MAX_EDIT_ROWS} more edits</td></tr>'
                if len(view.edits) > MAX_EDIT_ROWS else "")
        parts.append(f'<details class="edits"><summary>{len(view.edits)} edits (the <code>--explain</code> '
                     "records)</summary><table><tr><th>rule</th><th>input range</th><th>before</th>"
                     f"<th>after</th></tr>{''.join(rows)}{more}</table></details>")
    parts.append("</article>")
    return "".join(parts)
