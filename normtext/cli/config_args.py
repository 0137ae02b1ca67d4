"""Build a :class:`~normtext.pipeline.Pipeline` from ``--preset``, ``--config``, ``--set`` …

>>> pipe = pipeline_from_args("light", None, ["whitespace.max_blank_lines=2"])
>>> pipe.to_config()["steps"]["whitespace"]["max_blank_lines"]
2
"""

from __future__ import annotations

import os
from typing import Any

from ..pipeline import INJECTED_ACTIONS, Pipeline
from ..step import get_step


def add_pipeline_arguments(p: Any) -> None:
    """``--preset``, ``--config``, ``--set``, ``--injected``, ``--lexicon``: how a command picks
    its pipeline (shared by ``clean`` and ``report``; read back by :func:`pipeline_from_args`)."""
    p.add_argument("--preset", default="default", metavar="NAME",
                   help="preset name (see 'normtext presets'; default: default)")
    p.add_argument("--config", metavar="FILE.toml", help="pipeline config file (TOML)")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="STEP.OPTION=VALUE",
                   help="override one option (repeatable); STEP=false switches a step off")
    p.add_argument("--injected", choices=INJECTED_ACTIONS,
                   help="what to do with injected fragments: remove, tag or keep")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="add a user lexicon of injected fragments (repeatable)")


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
