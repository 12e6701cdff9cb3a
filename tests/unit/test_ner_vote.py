"""The voting NER: entities a quorum of members find are kept, members see the same preset entities, members are
stored in eight bits and read back to the same entities."""
import gzip

import numpy
import pytest
import spacy
import srsly
from spacy.tokens import Doc, Span

from kg.nlp.model import load_model
from kg.nlp.ner_vote import MEMBERS, NerVote, _dequantized, _quantized


class FixedMember:
    """A stand-in member that tags fixed (start, end, label) spans besides the entities it was given (as spaCy's
    `ner` keeps preset entities), and records those."""

    def __init__(self, spans):
        self.spans = spans
        self.seen = []

    def pipe(self, docs):
        for doc in docs:
            self.seen.append([(e.start, e.end, e.label_) for e in doc.ents])
            doc.ents = list(doc.ents) + [Span(doc, start, end, label=label) for start, end, label in self.spans]
            yield doc


WORDS = ["市委", "书记", "张", "建民", "到", "红旗", "村", "调研"]


def doc_of(words=WORDS) -> Doc:
    return Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_an_entity_of_two_members_in_three_is_kept_and_one_of_one_member_dropped():
    members = [FixedMember([(2, 4, "PERSON"), (5, 7, "LOC")]),
               FixedMember([(2, 4, "PERSON")]),
               FixedMember([(2, 3, "PERSON"), (5, 6, "LOC")])]
    assert ents(NerVote("ner", members, quorum=2)(doc_of())) == [("张建民", "PERSON")]


def test_the_same_span_with_another_label_is_another_vote():
    members = [FixedMember([(5, 7, "LOC")]), FixedMember([(5, 7, "ORG")]), FixedMember([(5, 7, "LOC")])]
    assert ents(NerVote("ner", members, quorum=2)(doc_of())) == [("红旗村", "LOC")]


def test_a_low_quorum_keeps_the_most_voted_of_two_overlapping_spans():
    members = [FixedMember([(2, 4, "PERSON")]), FixedMember([(2, 4, "PERSON")]), FixedMember([(2, 3, "PERSON")])]
    assert ents(NerVote("ner", members, quorum=1)(doc_of())) == [("张建民", "PERSON")]


def test_every_member_sees_the_entities_set_before_the_vote():
    members = [FixedMember([(2, 4, "PERSON")]), FixedMember([(5, 7, "LOC")]), FixedMember([])]
    doc = doc_of()
    doc.set_ents([Span(doc, 0, 1, label="ORG")], default="unmodified")
    NerVote("ner", members, quorum=2)(doc)
    assert [member.seen for member in members] == [[[(0, 1, "ORG")]]] * 3


def test_a_preset_entity_keeps_its_knowledge_base_id():
    doc = doc_of()
    doc.set_ents([Span(doc, 0, 1, label="ORG", kb_id="Q1")], default="unmodified")
    doc = NerVote("ner", [FixedMember([(2, 4, "PERSON")])] * 3, quorum=2)(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("市委", "ORG", "Q1"), ("张建民", "PERSON", "")]


def test_pipe_votes_doc_by_doc():
    members = [FixedMember([(0, 1, "ORG")])] * 2 + [FixedMember([])]
    docs = list(NerVote("ner", members, quorum=2).pipe([doc_of(), doc_of(["辽河", "县"])], batch_size=1))
    assert [ents(doc) for doc in docs] == [[("市委", "ORG")], [("辽河", "ORG")]]


def test_a_quorum_above_the_members_is_refused():
    with pytest.raises(ValueError, match="quorum 4 must be between 1 and members"):
        spacy.blank("zh").add_pipe("kg_ner_vote", config={"members": 3, "quorum": 4})


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_the_committed_pipeline_votes_among_its_members(nlp):
    vote = nlp.get_pipe("ner")
    assert isinstance(vote, NerVote) and len(vote.members) == MEMBERS and vote.quorum == MEMBERS - 1
    assert nlp.meta["kg"]["training"]["ner_members"] == MEMBERS


def test_a_matrix_stored_in_eight_bits_comes_back_within_half_a_step_of_each_row():
    weights = numpy.random.default_rng(0).normal(size=(50, 3, 16)).astype("float32")
    weights[7] = 0.25  # a constant row
    stored = _quantized(weights)
    assert stored["uint8"].dtype.name == "uint8" and _quantized(weights[0, 0])["half"].dtype.name == "float16"
    rows = weights.reshape(-1, 16)
    half_step = (rows.max(axis=1) - rows.min(axis=1)) / 510
    error = numpy.abs(_dequantized(stored) - weights).reshape(-1, 16).max(axis=1)
    assert (error <= half_step + 1e-6).all()


def test_members_are_stored_in_eight_bits_and_read_back_alike(nlp, tmp_path):
    nlp.get_pipe("ner").to_disk(tmp_path)
    stored = srsly.msgpack_loads(gzip.decompress((tmp_path / "member1.bin.gz").read_bytes()))
    weights = [value for params in srsly.msgpack_loads(stored["model"])["params"] for value in params.values()]
    assert all(set(value) in ({"uint8", "low", "step", "shape"}, {"half"}) for value in weights)
    again = nlp.create_pipe("kg_ner_vote", config={"members": MEMBERS}).from_disk(tmp_path)
    text = "市委书记张建民主持召开会议，副市长刘晓红、王立军到红旗村调研。"
    assert ents(again(nlp.make_doc(text))) == ents(nlp.get_pipe("ner")(nlp.make_doc(text)))


def test_the_members_go_to_bytes_and_back(nlp):
    again = nlp.create_pipe("kg_ner_vote", config={"members": MEMBERS}).from_bytes(nlp.get_pipe("ner").to_bytes())
    text = "市长赵海涛主持召开市政府常务会议。"
    assert ents(again(nlp.make_doc(text))) == [("赵海涛", "PERSON")]
    assert again.labels == ("LOC", "ORG", "PERSON")


def test_a_missing_member_file_is_named(nlp, tmp_path):
    nlp.get_pipe("ner").to_disk(tmp_path)
    (tmp_path / "member2.bin.gz").unlink()
    with pytest.raises(ValueError, match="no stored member member2.bin.gz"):
        nlp.create_pipe("kg_ner_vote", config={"members": MEMBERS}).from_disk(tmp_path)


def test_members_stored_otherwise_than_the_config_says_are_refused(nlp, tmp_path):
    nlp.get_pipe("ner").to_disk(tmp_path)
    with pytest.raises(ValueError, match=f"{MEMBERS} stored members, the pipeline's config says members = 2"):
        nlp.create_pipe("kg_ner_vote", config={"members": 2, "quorum": 1}).from_disk(tmp_path)
