"""Build ``blind13.jsonl``, the thirteenth blind evaluation set, from ``blind13_docs.py`` (the part
format and the checks are in :mod:`parts_builder`). Deterministic:

    python corpora/injected/blind13_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind13_docs import DOCS  # noqa: E402
from parts_builder import write_set  # noqa: E402

if __name__ == "__main__":
    write_set(DOCS, "blind13", "b13", max_lines=40)
