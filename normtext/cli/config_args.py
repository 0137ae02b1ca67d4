"""Build a :class:`~normtext.pipeline.Pipeline` from ``--preset``, ``--config``, ``--set`` …

>>> pipe = pipeline_from_args("light", None, ["whitespace.max_blank_lines=2"])
>>> pipe.to_config()["steps"]["whitespace"]["max_blank_lines"]
2
"""

from __future__ import annotations

import os
from typing import Any

from ..pipeline import Pipeline
from ..step import get_step


def pipeline_from_args(preset: str | None, config: str | None, sets: list[str],
                       injected: str | None = None, lexicons: list[str] | None = None) -> Pipeline:
    """``--config`` (or ``--preset``), then ``--set STEP.OPTION=VALUE`` / ``STEP=false``."""
    base = Pipeline.from_config(config) if config else Pipeline.from_preset(preset or "default")
    cfg = base.to_config()
    steps: dict[str, dict[str, Any]] = cfg["steps"]
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--set takes STEP.OPTION=VALUE or STEP=true|false, not {item!r}")
        step, dot, option = key.strip().partition(".")
        get_step(step)
        if not dot:
            flag = value.strip().lower()
            if flag in ("false", "off", "no", "0"):
                steps.pop(step, None)
            elif flag in ("true", "on", "yes", "1"):
                steps.setdefault(step, {})
            else:
                raise ValueError(f"--set {step}= takes true or false, not {value!r}")
            continue
        steps.setdefault(step, {})[option.strip()] = value
    if injected:
        steps.setdefault("injected", {})["action"] = injected
    if lexicons:
        get_step("injected")
        opts = steps.setdefault("injected", {})
        opts["lexicons"] = list(opts.get("lexicons", [])) + [os.path.abspath(p) for p in lexicons]
    return Pipeline.from_config(cfg)
