"""``normtext presets``: list presets, or print one preset's full config as TOML."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..pipeline import Pipeline
from ..presets import PRESETS


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "presets", help="list the presets, or print one as a TOML config",
        description="List each preset with its version, purpose and steps; with NAME --config, "
                    "print its full TOML config (which 'normtext clean --config' accepts back).")
    p.add_argument("name", nargs="?", metavar="NAME", help="a preset name")
    p.add_argument("--config", action="store_true", help="print the preset's full config as TOML")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.name is None:
        if args.config:
            print("normtext presets: error: --config needs a preset NAME", file=sys.stderr)
            return 2
        width = max(len(p.ref) for p in PRESETS.values())
        for preset in PRESETS.values():
            steps = ", ".join(Pipeline.from_preset(preset.name).step_names)
            print(f"{preset.ref:<{width}}  {preset.purpose}\n{'':<{width}}  steps: {steps}")
        return 0
    try:
        pipe = Pipeline.from_preset(args.name)
    except ValueError as exc:
        print(f"normtext presets: error: {exc}", file=sys.stderr)
        return 2
    if args.config:
        sys.stdout.write(pipe.to_toml())
    else:
        preset = PRESETS[args.name.partition("@")[0]]
        print(f"{preset.ref}: {preset.purpose}")
        for step in pipe.steps:
            print(f"  {step.name}: {step.config()}")
    return 0
