"""Loading the committed spaCy pipeline (pkuseg segmenter + NER), with errors that say what to do."""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from kg import UsageError
from kg.config import load_settings

if TYPE_CHECKING:
    from spacy.language import Language

# Import name -> the pip command that installs it (the ranges of pyproject.toml).
REQUIRED = {
    "spacy": "pip install 'spacy>=3.7,<3.9'",
    "spacy_pkuseg": "pip install 'spacy-pkuseg>=1.0,<1.1'",
}


class ModelMissing(UsageError):
    """No pipeline directory where the settings point."""


def require(module: str) -> None:
    """Import `module` or fail with the exact command that installs it."""
    try:
        importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{module} is not installed; run: {REQUIRED[module]}") from error


def load_model(path: str | Path | None = None) -> "Language":
    """The pipeline at `path`, or at `settings.model` when path is None."""
    path = Path(path if path is not None else load_settings().model)
    if not (path / "meta.json").is_file():
        raise ModelMissing(f"no kg model at {path}; build one with `kg models build --out {path}`")
    for module in REQUIRED:
        require(module)
    import spacy

    import kg.nlp.char_embed  # noqa: F401  (the pipeline's own layer and components, also without the entry points)
    import kg.nlp.ner_vote  # noqa: F401
    import kg.nlp.person_suffixes  # noqa: F401

    return spacy.load(path)
