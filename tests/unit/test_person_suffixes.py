"""One-word PERSON entities that end like a place or a body: relabelled LOC or dropped; names kept."""
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.nlp.model import load_model
from kg.nlp.person_suffixes import PersonSuffixes  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def component():
    return spacy.blank("zh").add_pipe("kg_person_suffixes")


def tagged(words: list[str], person: int, width: int = 1) -> Doc:
    """A doc of `words` with the words from `person` on (`width` of them) as one PERSON entity."""
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, person, person + width, label="PERSON")]
    return doc


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("place", ["杨柳县", "莫林州", "何家庄乡", "柏树镇"])
def test_a_one_word_person_ending_like_a_place_is_a_place(component, place):
    assert ents(component(tagged(["来到", place, "调研"], 1))) == [(place, "LOC")]


@pytest.mark.parametrize("body", ["科技司", "武术馆", "宣传股", "篮球队"])
def test_a_one_word_person_ending_like_a_body_is_no_entity(component, body):
    doc = component(tagged(["来到", body, "调研"], 1))
    assert ents(doc) == [] and doc[1].ent_iob_ == "O"


@pytest.mark.parametrize("words, width", [
    (["李", "忠镇", "主持"], 2),    # a name is cut after its surname: two words
    (["王村", "主持"], 1),           # two characters: a name as often as a place
    (["马长江", "主持"], 1),         # ends in no place or body character
])
def test_names_stay_persons(component, words, width):
    name = "".join(words[:width])
    assert ents(component(tagged(words, 0, width))) == [(name, "PERSON")]


def test_a_one_word_name_that_speaks_stays_a_person(component):
    assert ents(component(tagged(["老党员", "邝德村", "笑着", "说"], 1))) == [("邝德村", "PERSON")]


def test_other_entities_are_untouched(component):
    doc = Doc(spacy.blank("zh").vocab, words=["辽河县", "会议"], spaces=[False, False])
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    assert ents(component(doc)) == [("辽河县", "ORG")]


def test_the_committed_pipeline_runs_it_after_the_ner():
    assert load_model().pipe_names == ["ner", "kg_person_suffixes"]


def test_spacy_alone_loads_the_committed_pipeline_by_the_entry_point():
    """Without kg imported first, spacy.load finds the component through the installed entry point."""
    model = load_model().path
    loaded = subprocess.run([sys.executable, "-c", f"import spacy; print(spacy.load({str(model)!r}).pipe_names)"],
                            capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "['ner', 'kg_person_suffixes']"
