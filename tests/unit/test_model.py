"""The committed pipeline loads and finds invented officials between their titles and verbs."""
import sys

import pytest

from kg.nlp.model import ModelMissing, load_model, require
from kg.nlp.training.evaluate import probe_names


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def persons(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, names", [
    ("市委书记张建民主持召开会议", ["张建民"]),
    ("副市长刘晓红、王立军参加会议", ["刘晓红", "王立军"]),
    ("市长赵海涛主持召开市政府常务会议", ["赵海涛"]),
])
def test_officials_are_tagged_person(nlp, text, names):
    assert persons(nlp, text) == names


def test_names_keep_apart_from_title_and_verb(nlp):
    words = [t.text for t in nlp.tokenizer("市委书记张建民主持召开会议")]
    assert "主持" in words and "书记" in "".join(words[:words.index("主持")])
    start = "".join(words).index("张建民")
    boundaries = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
    assert {start, start + 3} <= boundaries


def test_probe_set_mostly_holds(nlp):
    result = probe_names(nlp)
    assert result["segmented"] == result["names"]
    assert result["tagged"] >= result["names"] - 2, result["misses"]


def test_meta_records_corpus_split_and_scores(nlp):
    meta = nlp.meta["kg"]
    assert meta["split"]["seed"] and meta["split"]["test_share"] == 0.1
    assert meta["scores_test"]["segmentation"]["f"] > 90


def test_missing_model_names_the_build_command(tmp_path):
    with pytest.raises(ModelMissing, match="kg models build"):
        load_model(tmp_path / "nowhere")


def test_missing_dependency_names_the_pip_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy_pkuseg", None)  # makes the import fail
    with pytest.raises(ImportError, match=r"pip install 'spacy-pkuseg>=1.0,<1.1'"):
        require("spacy_pkuseg")
