"""Mixed Arabic/English segmentation (``specs/segmentation.md``): script and language views.

``segment(text, view)`` returns :class:`~normtext.types.Segment` runs that tile ``text``
(offsets index the text as given; nothing is normalized):

- ``view="script"``: Arabic-script letters → ``ar``, Latin → ``en``, other scripts → ``other``;
  exact, no statistics (``lang`` is ``None``).
- ``view="lang"``: the same rules over language labels: English vs French/Spanish/Turkish/Arabizi
  in Latin script, Arabic vs Persian/Urdu in Arabic script (:mod:`.language`).

URLs and e-mail addresses are neutral segments of their own (``kind="url"``).

>>> text = "هل جربت ChatGPT؟"
>>> [(s.label, text[s.start:s.end]) for s in segment(text)]
[('ar', 'هل جربت'), ('neutral', ' '), ('en', 'ChatGPT؟')]
>>> text = "Thanks bro, tamam"
>>> [(s.label, s.lang, text[s.start:s.end]) for s in segment(text, "lang")]
[('en', 'en', 'Thanks bro,'), ('neutral', None, ' '), ('other', 'ar-Latn', 'tamam')]
"""

from __future__ import annotations

import re

from ..types import Segment
from .links import find_links, protected_spans
from .runs import assemble, assemble_line, assemble_lines, script_cores, single_script_run

#: The views :func:`segment` knows.
VIEWS = ("script", "lang")

#: Any ASCII letter (every one is a Latin-script letter).
_ASCII_LETTER = re.compile("[A-Za-z]")

__all__ = ["VIEWS", "segment", "label_spans", "find_links", "protected_spans"]


def segment(text: str, view: str = "script") -> list[Segment]:
    """Runs that tile ``text``, labelled ``ar`` | ``en`` | ``other`` | ``neutral``.

    >>> [(s.start, s.end, s.label, s.kind) for s in segment("عبر www.x.sa اليوم")]
    [(0, 3, 'ar', None), (3, 4, 'neutral', None), (4, 12, 'neutral', 'url'), (12, 13, 'neutral', None), (13, 18, 'ar', None)]
    """
    if view not in VIEWS:
        raise ValueError(f"unknown segmentation view {view!r}; valid: {', '.join(VIEWS)}")
    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, not {type(text).__name__}")
    links = find_links(text)
    # A printable text has no line break: one core then makes the whole text one run (and its
    # edge blanks), whatever the gaps inside. A text of one script has at most one core.
    printable = not links and text.isprintable()
    if printable and view == "script":
        if text.isascii():
            tail = ("en", None, "Latn") if _ASCII_LETTER.search(text) else ()
        else:
            tail = single_script_run(text)
        if tail is not None:
            if tail:
                return assemble_line(text, *tail)
            return [Segment(0, len(text), "neutral", None, "Zyyy")] if text else []
    elif not links and view == "script":
        # several lines: line by line, the one-script lines without the run pattern
        segs = assemble_lines(text)
        if segs is not None:
            return segs
    cores = script_cores(text, links)
    if view == "lang":
        from .language import language_cores

        cores = language_cores(text, cores, links)
    if printable and len(cores) == 1:
        return assemble_line(text, *cores[0][2:])
    return assemble(text, cores, links)


def label_spans(segments: list[Segment] | None, labels: tuple[str, ...] | str) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs labelled one of ``labels``: what a language-specific step
    may touch (URL / e-mail segments are never included).

    >>> text = "Hello مرحبا"
    >>> label_spans(segment(text), "ar")
    [(6, 11)]
    """
    wanted = (labels,) if isinstance(labels, str) else labels
    return [(s.start, s.end) for s in segments or () if s.label in wanted and s.kind is None]
