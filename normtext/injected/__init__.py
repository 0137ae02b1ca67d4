"""Injected fragments and page furniture: lexicon, folded view, detectors, removal.

- :mod:`.lexicon`: the lexicon as data (``lexicon.toml``, whose header documents the format
  users' files follow), validated and compiled into a few alternations; user patterns are
  checked (invalid, empty-matching, catastrophic) and run with a timeout;
- :mod:`.fold`: the folded matching view (hamza/alef, teh marbuta, alef maqsura, diacritics,
  tatweel, bidi marks, case, colon variants) with offsets mapped back;
- :mod:`.detect`: cues judged in context, cue + payload blocks, caption + credit lines,
  document trailers, script switches, guards and confidences;
- :mod:`.remove`: deletion of spans with whitespace repair through ``Doc`` primitives.

The ``injected`` step (:mod:`normtext.steps.injected`) puts them together.

>>> from normtext.injected import find_fragments, load_lexicon
>>> [d.label for d in find_fragments("Text.\\n\\nAdvertisement\\n\\nMore text.", load_lexicon())]
['ad_placeholder']
"""

from __future__ import annotations

from .detect import Detection
from .detect import detect as find_fragments
from .fold import FoldedView
from .lexicon import LABELS, Entry, Lexicon, LexiconError, load_lexicon

__all__ = ["LABELS", "Detection", "Entry", "FoldedView", "Lexicon", "LexiconError", "find_fragments",
           "load_lexicon"]
