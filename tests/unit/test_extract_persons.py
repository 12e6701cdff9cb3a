"""People without a post (extractors.persons): named after a word for a person, where the model or the text backs it.

Sentences are invented in the style of municipal dailies. `starts` stands for the NER model's
PERSON spans (start -> end), so that the rules are tested without the model.
"""
import pytest
import spacy
from spacy.tokens import Doc, Span

from extractors.persons import introduced_persons, ner_persons


def people(text: str, *spans: tuple[str, int]) -> list[tuple[str, str]]:
    """(name, role) of the people found; each span is a (text, occurrence) the model would tag PERSON."""
    starts = {}
    for name, _ in spans:
        at = text.index(name)
        starts[at] = at + len(name)
    return [(f.name, f.role) for f in introduced_persons(text, starts, [])]


def test_a_villager_the_model_tags_is_a_person():
    assert people("村民柏青松说，今年的玉米收成不错。", ("柏青松", 0)) == [("柏青松", "other")]


def test_an_entrepreneur_by_role_word():
    assert people("董事长邝立平介绍了新生产线的情况。", ("邝立平", 0)) == [("邝立平", "entrepreneur")]


def model_persons(words: list[str], person: int) -> set[str]:
    """Names ner_persons keeps when the model marks the word at `person` a PERSON."""
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, person, person + 1, label="PERSON")]
    return {f.name for f in ner_persons(doc, [])}


def test_workers_and_scholars_by_their_trade_and_one_of_a_counted_group_back_the_models_person():
    assert model_persons(["挡车工", "邝秀英", "发言", "。"], 1) == {"邝秀英"}
    assert model_persons(["大学", "教授", "柏青松", "作", "报告", "。"], 2) == {"柏青松"}
    assert model_persons(["邝秀英", "等", "8", "名", "劳模", "发言", "。"], 0) == {"邝秀英"}
    assert model_persons(["邝秀英", "出席", "。"], 0) == set()


def test_a_trade_introduces_no_name_of_its_own_reading():
    assert people("专家解读说，今年春茶价格不错。") == []
    assert people("党员干部等8名同志参加。") == []


def test_farmers_and_households_named_by_their_trade_or_aid_are_persons():
    assert people("茶农柏永福一边给茶树施肥，一边算账。", ("柏永福", 0)) == [("柏永福", "other")]
    assert people("走访慰问了低保户邝秀英，送上棉被。", ("邝秀英", 0)) == [("邝秀英", "other")]


def test_words_the_model_did_not_mark_before_a_speech_verb_are_no_name():
    assert people("不少茶农向记者介绍，今年春茶价格不错。") == []
    assert people("果农高兴地说，今年又是丰收年。") == []


def test_a_verb_with_its_particle_after_a_person_word_is_no_name():
    # 老人 is a person word and 戴 a surname; the model may tag 戴着, but 着 is in no name.
    assert people("阅览室里，几位老人戴着花镜读报。", ("戴着", 0)) == []


def test_a_name_the_model_reads_mostly_as_a_place_is_no_person():
    """Two PERSON mentions of 柯尔达 would back it as a person; three LOC mentions in the same article outvote them."""
    words = ["柯尔达", "袜品", "与", "柯尔达", "家居", "签约", "。", "柯尔达", "全球", "袜业", "落户", "。",
             "柯尔达", "是", "国际", "品牌", "，", "柯尔达", "说", "。"]
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, i, i + 1, label=label)
                for i, label in ((0, "LOC"), (3, "LOC"), (7, "LOC"), (12, "PERSON"), (17, "PERSON"))]
    assert ner_persons(doc, []) == []


def test_a_name_the_article_uses_mostly_as_a_brand_is_no_person():
    """All five mentions tagged PERSON, but three name goods or a brand: 柯尔达诺袜品, 柯尔达诺家居, 柯尔达诺是国际品牌."""
    words = ["柯尔达诺", "袜品", "与", "柯尔达诺", "家居", "签约", "。", "柯尔达诺", "全球", "袜业", "落户", "。",
             "柯尔达诺", "是", "国际", "品牌", "，", "柯尔达诺", "说", "。"]
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in (0, 3, 7, 12, 17)]
    assert ner_persons(doc, []) == []
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in (7, 12, 17)]  # one brand mention of three
    assert {f.name for f in ner_persons(doc, [])} == {"柯尔达诺"}


@pytest.mark.parametrize("words", [
    ["劳模", "邝秀英", "服装", "朴素", "。"],
    ["工程师", "柏青松", "是", "企业", "打造", "自主", "品牌", "的", "关键", "人物", "。"],
    ["村民", "欧阳明辉", "家居", "住", "条件", "差", "。"],
])
def test_a_chinese_name_before_goods_or_brand_words_stays_a_person(words):
    name = words[1]
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i, word in enumerate(words) if word == name]
    assert {f.name for f in ner_persons(doc, [])} == {name}
