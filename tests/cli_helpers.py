"""Run the real ``normtext`` console script in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

_SCRIPT = shutil.which("normtext", path=str(Path(sys.executable).parent)) or shutil.which("normtext")


def normtext_cmd() -> list[str]:
    return [_SCRIPT] if _SCRIPT else [sys.executable, "-m", "normtext"]


def run_cli(*args: str, input: bytes | None = None, cwd: str | os.PathLike | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(normtext_cmd() + list(args), input=input, capture_output=True,
                          cwd=cwd, timeout=timeout)
