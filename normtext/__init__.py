"""normtext: clean, predictable Arabic/English text for NLP and ML.

>>> import normtext
>>> normtext.normalize("Hello\\u00a0world")
'Hello world'
"""

from __future__ import annotations

__version__ = "0.1.0"

import os  # noqa: E402
from functools import lru_cache  # noqa: E402
from typing import Any  # noqa: E402

from .doc import CharMap, Doc  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .presets import PRESETS  # noqa: E402
from .result import Result  # noqa: E402
from .step import Step, register  # noqa: E402
from .types import Edit, Segment, Span  # noqa: E402

__all__ = [
    "__version__", "normalize", "Pipeline", "Result", "Doc", "CharMap", "Step", "register",
    "Span", "Segment", "Edit", "PRESETS",
]


@lru_cache(maxsize=32)
def _cached_preset(name: str) -> Pipeline:
    return Pipeline.from_preset(name)


def normalize(text: str, preset: str = "default", **overrides: Any) -> str:
    """Normalize ``text`` with a preset (and per-step overrides); returns the text.

    >>> normalize("a\\u200bb", preset="light")
    'ab'
    """
    if overrides:
        return Pipeline.from_preset(preset, **overrides)(text)
    return _cached_preset(preset)(text)


def fix_encoding(text: str) -> str:
    """The codec repairs of the ``encoding`` step, alone (no HTML, BOM, space or NFC changes).

    >>> fix_encoding("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©")
    'العربية'
    """
    from .encoding import fix_encoding as _fix

    return _fix(text)


def segment(text: str, view: str = "script") -> list[Segment]:
    """Script or language runs that tile ``text`` (offsets index ``text`` as given).

    >>> text = "Al-Ghad reported.اضافة اعلان"
    >>> [(s.label, text[s.start:s.end]) for s in segment(text)]
    [('en', 'Al-Ghad reported.'), ('ar', 'اضافة اعلان')]
    """
    from .segmentation import segment as _segment

    return _segment(text, view=view)


def read_text(path: str | os.PathLike) -> str:
    """Read a text file whatever its encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
    windows-1256, ISO-8859-6 or cp1252, decided per line; undecodable bytes are kept with
    ``surrogateescape``. ``normtext.encoding.read_text`` also returns the decisions.
    """
    from .encoding import read_text as _read

    return _read(path).text


__all__ += ["fix_encoding", "segment", "read_text"]
