"""The spaCy pipeline kg runs: the model (pkuseg tokenizer + NER) and the extractor components
named in `extractors/pipeline.cfg`, added by name with their configuration."""
from __future__ import annotations

from pathlib import Path

from thinc.api import Config

import extractors  # noqa: F401  (registers the components' factories)
from kg.nlp.model import load_model

EXTRACTORS_CONFIG = Path(extractors.__file__).resolve().parent / "pipeline.cfg"
# `--model blank`: character tokens and no NER, for rules-only runs and fast tests.
BLANK = "blank"


def build_pipeline(model: str | None = None, config_path: Path = EXTRACTORS_CONFIG):
    """The model with kg's extractor components added after its own components."""
    if model == BLANK:
        import spacy

        nlp = spacy.blank("zh")
    else:
        nlp = load_model(model)
    config = Config().from_disk(config_path)
    for name in config["pipeline"]["extractors"]:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        if "use_ner" in settings and "ner" not in nlp.pipe_names:
            settings["use_ner"] = False
        nlp.add_pipe(factory, name=name, config=settings)
    return nlp
