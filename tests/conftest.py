"""Shared fixtures: paths to the project's data and to ``../shared`` (skipped where absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SHARED = Path(os.environ.get("NORMTEXT_SHARED", REPO.parent / "shared"))

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,  # CI runs the same examples every time; tools/fuzz.py explores
)
settings.register_profile(
    "fuzz", max_examples=20000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def shared_path(*parts: str) -> Path:
    """A path under ``../shared``; the test is skipped, with the reason, where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside the project's own checkout)")
    return path


@pytest.fixture
def seed_article() -> str:
    return shared_path("seed", "jordan-news-article.txt").read_text(encoding="utf-8")
