"""Shared test configuration: hypothesis profiles and the optional shared reference folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
#: Reference material kept beside a development checkout; a user's clone has none.
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under the shared reference folder, or a skip when that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available here ({path} is absent)")
    return path
