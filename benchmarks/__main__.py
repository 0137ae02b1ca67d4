"""``python -m benchmarks``: the one entry point of the benchmark suite (see ``suite.py``)."""

from __future__ import annotations

import sys

from benchmarks.suite import main

if __name__ == "__main__":
    sys.exit(main())
