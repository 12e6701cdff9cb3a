"""`kg models build` end to end on a small sample: the result loads and tags a sentence."""
import json

from kg.cli import main
from kg.nlp.model import load_model


def test_small_build_loads_and_tags(tmp_path):
    out = tmp_path / "zh_kg"
    assert main(["models", "build", "--sample", "300", "--iterations", "1", "--epochs", "2", "--members", "3",
                 "--out", str(out)]) == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["kg"]["split"]["sample"] == 300
    assert meta["kg"]["training"]["ner_members"] == 3 and meta["kg"]["training"]["ner_quorum"] == 2
    assert [member["seed"] for member in meta["kg"]["training"]["ner_best"]] == [1998, 1999, 2000]
    nlp = load_model(out)
    assert nlp.pipe_names == ["ner", "kg_person_suffixes"]
    doc = nlp("国家主席江泽民发表新年讲话。")
    assert [t.text for t in doc]
    assert all(e.label_ in {"PERSON", "LOC", "ORG"} for e in doc.ents)


def test_an_ner_rebuild_keeps_the_segmenter_it_is_given(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["models", "build", "--sample", "300", "--iterations", "1", "--epochs", "1", "--out", str(first)]) == 0
    assert main(["models", "build", "--sample", "300", "--epochs", "2", "--members", "1",
                 "--segmenter-from", str(first), "--out", str(second)]) == 0
    meta = json.loads((second / "meta.json").read_text(encoding="utf-8"))["kg"]
    assert meta["training"]["segmenter_reused"] is True
    assert meta["training"]["pkuseg_iterations"] == 1
    assert meta["training"]["ner_members"] == 1 and meta["training"]["ner_quorum"] == 1
    assert 1 <= meta["training"]["ner_best"][0]["epoch"] <= 2
    text = "市委书记张建民主持召开会议。"
    assert [t.text for t in load_model(second)(text)] == [t.text for t in load_model(first)(text)]
    assert load_model(second).pipe_names == ["ner", "kg_person_suffixes"]
