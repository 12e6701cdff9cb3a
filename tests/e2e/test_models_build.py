"""`kg models build` end to end on a small sample: the result loads and tags a sentence."""
import json

from kg.cli import main
from kg.nlp.model import load_model


def test_small_build_loads_and_tags(tmp_path):
    out = tmp_path / "zh_kg"
    assert main(["models", "build", "--sample", "300", "--iterations", "1", "--epochs", "2", "--out", str(out)]) == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["kg"]["split"]["sample"] == 300
    nlp = load_model(out)
    assert nlp.pipe_names == ["ner", "kg_person_suffixes"]
    doc = nlp("国家主席江泽民发表新年讲话。")
    assert [t.text for t in doc]
    assert all(e.label_ in {"PERSON", "LOC", "ORG"} for e in doc.ents)
