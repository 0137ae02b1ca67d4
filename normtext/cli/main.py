"""Entry point of the ``normtext`` command: ``clean``, ``segment``, ``presets``, …

Each subcommand is a module of this package exposing ``register(subparsers)``; a module that
is not built yet is simply absent from the parser.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .. import __version__

#: Subcommand modules, in the order ``--help`` lists them.
SUBCOMMANDS = ("clean", "segment", "presets", "mine", "report")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used to generate the CLI reference)."""
    parser = argparse.ArgumentParser(
        prog="normtext",
        description="Clean, predictable Arabic/English text for NLP and ML.")
    parser.add_argument("--version", action="version", version=f"normtext {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"normtext.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"normtext.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 for --help/--version
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # `normtext clean big.txt | head`: end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("normtext: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
