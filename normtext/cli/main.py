"""Entry point: ``normtext clean | segment | presets``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("normtext: command line under construction", file=sys.stderr)
    return 2
