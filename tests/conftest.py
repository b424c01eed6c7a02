"""Shared test fixtures. Browser fixtures live in tests/browser/conftest.py."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("SIP_SITE", ROOT / "_build" / "html")).resolve()
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
