"""Public value types: :class:`Span`, :class:`Segment` and :class:`Edit`.

Offsets are Python ``str`` indices (code points), end exclusive.

>>> Segment(0, 5, "en", None, "Latn").end
5
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(slots=True)
class Span:
    """A detector's finding (an injected fragment, …).

    ``start``/``end`` index the *current* text (the output text once the pipeline is done; equal
    when the action removed the span); ``source_start``/``source_end`` index the input text.
    """

    start: int
    end: int
    source_start: int
    source_end: int
    label: str
    rule: str
    confidence: float = 1.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Segment:
    """A run of text: ``label`` is ``ar`` | ``en`` | ``other`` | ``neutral``.

    ``lang`` is a language code (``None`` for neutral runs and in the script view); ``script``
    is an ISO 15924 code (``Zyyy`` for neutral). ``kind`` is ``"url"`` for URL / e-mail runs.
    """

    start: int
    end: int
    label: str
    lang: str | None
    script: str
    kind: str | None = None

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "label": self.label,
             "lang": self.lang, "script": self.script}
        if self.kind:
            d["kind"] = self.kind
        return d


@dataclass(slots=True, frozen=True)
class Edit:
    """One recorded change: ``source[source_start:source_end] == before`` became ``after``."""

    rule: str
    source_start: int
    source_end: int
    before: str
    after: str

    def to_dict(self) -> dict:
        return asdict(self)
