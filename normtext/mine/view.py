"""The text mining counts on: the text as the injected-fragment step of a pipeline sees it.

``clean --lexicon`` matches lexicon strings after the steps that run before detection
(encoding repair, Unicode cleanup, segmentation: with the default preset they may fix mojibake,
replace NBSPs or split glued runs). Mining the raw input would learn strings that the cleaned
text no longer contains, so mining first applies those same steps of the preset (or config)
the corpus will be cleaned with.

>>> from normtext import Pipeline
>>> view = injected_view(Pipeline.from_preset("default"))
>>> "injected" in view.step_names, view("cafÃ© a\\u200bb")
(False, 'café ab')
"""

from __future__ import annotations

from ..pipeline import Pipeline
from ..step import STAGE_INJECTED


def injected_view(pipe: Pipeline) -> Pipeline | None:
    """A pipeline of the steps of ``pipe`` that run before injected-fragment detection
    (``None`` when there are none)."""
    config = pipe.to_config()
    steps = {s.name: config["steps"][s.name] for s in pipe.steps if s.stage < STAGE_INJECTED}
    if not steps:
        return None
    return Pipeline.from_config({**config, "steps": steps})
