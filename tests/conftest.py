"""Shared test settings: the hypothesis profiles, and the sample build several files read.

``quick`` (the default) runs a few hundred examples per fuzz target, so that ``make test``
stays fast; ``thorough`` runs ten times as many, in ``make test-thorough`` (the fuzz and
slow tests alone, about five minutes on two cores). Choose one with
``HYPOTHESIS_PROFILE=thorough``. A target whose examples are slow (a real pipeline each)
asks for a fraction of the profile's number with ``settings(max_examples=...)``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from hypothesis import HealthCheck, settings
from playwright.sync_api import Browser, sync_playwright
from typer.testing import CliRunner

from kg.cli import app
from pipelines.screenshot import CHROMIUM_ARGS  # the flags the README's screenshots use too

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"

settings.register_profile(
    "quick", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """``kg build`` of the sample, once per test session: the output folder and the result."""
    out = tmp_path_factory.mktemp("outputs")
    result = CliRunner().invoke(app, ["build", str(SAMPLE), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out, result


# Debian's chromium drives the browser tests (playwright downloads no browser here)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the session's browser tests, which skip, saying so, without it."""
    if CHROMIUM is None:
        pytest.skip("no chromium binary on PATH: install Debian's chromium to run the browser tests")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
