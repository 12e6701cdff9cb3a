from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "pages"


@pytest.fixture(scope="session")
def sample_pages() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))
