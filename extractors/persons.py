"""Named people who hold no post in the text: journalists (bylines, photo credits), entrepreneurs, others.

Journalists come from the article's byline (the context) and from photo
credits (`本报记者 某某 摄`). Other people come from the NER model's PERSON
entities, where the text backs the model: the name is named twice in the article,
or a word for a person stands before it (村民, 企业家) or a word of speech after it
(说, 表示). A span the other components already took (an official, a project
such as `某某林业小镇`) is not a person. One is an entrepreneur when the sentence
speaks of a firm.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, context, found, sentence_of
from extractors.names import plausible_name, read_name, surname_length
from kg.records import EntityType

_PHOTO_CREDIT = re.compile(r"(?:记者|通讯员|摄影)\s*([\u4e00-\u9fff·]{2,4})\s*摄")
_BUSINESS = re.compile(r"企业|公司|集团|厂|老板|董事长|总经理|创业|经营|袜业|商户|个体")
_PERSON_WORDS = (r"村民|市民|居民|群众|老人|企业家|农民|工人|职工|员工|学生|教师|医生|护士|志愿者|店主|老板|负责人|创始人"
                 r"|游客|家长|患者|户主|网友|选手|运动员|党员|老党员|青年|大学生|退役军人|种植户|养殖户|贫困户|脱贫户"
                 r"|低保户|五保户|困难户|特困户|农户|[茶果菜花棉蔗药瓜桑]农|渔民|牧民|老师|师傅|村医|骑手|快递员|外卖员")
# Trades and titles of learning before a name the model marked (`挡车工某某`, `教授某某`); they introduce no name
# of their own reading (`专家解读说`, `工程师介绍`).
_TRADE_WORDS = r"挡车工|技术员|工程师|劳模|工匠|教授|专家|学者"
_PERSON_BEFORE = re.compile(rf"(?:{_PERSON_WORDS}|{_TRADE_WORDS}|董事长|总经理|副总经理|总裁|副总裁|经理|厂长|会长|副会长|理事长)$")
# A name right after such a word is a person's (`村民某某`, `某公司董事长某某`).
_PERSON_INTRO = re.compile(rf"(?:{_PERSON_WORDS}|董事长|总经理|副总经理|总裁|副总裁|经理|厂长|会长|副会长|理事长)")
_ENTERPRISE_ROLES = {"董事长", "总经理", "副总经理", "总裁", "副总裁", "经理", "厂长", "会长", "副会长", "理事长", "企业家"}
# What a name the model did not mark may not hold: words for someone else, an adverb's 地 (`向记者`, `高兴地`).
_NO_NAME = re.compile(r"记者|大家|[地们]$")
_PERSON_AFTER = re.compile(r"说|表示|告诉|介绍|坦言|认为|感慨|笑着|回忆|解释|透露|先生|女士|老人|一家")
# After a name, what makes it a brand's: goods sold under it, or the word brand (`某某服饰`, `某某是法国的品牌`).
# Only for a name of four or more characters, a transliteration: after a Chinese name of two or three these words
# say other things (`劳模某某服装朴素`, `某某品牌意识强`, `专家某某品牌营销讲座`).
_BRAND_MIN_CHARS = 4
_BRAND_AFTER = re.compile(r"品牌|商标|专卖|旗舰店|服饰|服装|家居(?!住)|家纺|袜品|鞋业|皮具|箱包|化妆品|是[^。，；]{0,12}品牌")
# One of a counted group, after a name the model marked: `某某等8名劳模`.
_ONE_OF_GROUP = re.compile(r"等[\d一二三四五六七八九十]+[名位]")


def journalists(text: str, reporters: list[str]) -> list[Found]:
    out = []
    for name in reporters:
        pos = text.find(name)
        out.append(Found(EntityType.PERSON, pos, pos + len(name), name, role="journalist"))
    for match in _PHOTO_CREDIT.finditer(text):
        out.append(Found(EntityType.PERSON, match.start(1), match.end(1), match.group(1), role="journalist"))
    return out


def backed_by_text(text: str, start: int, end: int) -> bool:
    """Whether the text around a name the model found says it is a person's."""
    name = text[start:end]
    if text[start - 1:start] in "(（" and text[end:end + 1] in ")）":
        return False  # a category in brackets (成长类) or a credit, not a person in the story
    return text.count(name) >= 2 or bool(_PERSON_BEFORE.search(text, max(0, start - 4), start)) \
        or bool(_PERSON_AFTER.match(text, end)) or bool(_ONE_OF_GROUP.match(text, end))


def ner_persons(doc: Doc, taken: list[Found]) -> list[Found]:
    out = []
    # A name the article uses as a brand, a place or a body more often than as a person's is not a person's
    # (`华伦天奴服饰`, `华伦天奴是意大利的品牌`), whatever one mention (`与华伦天奴签约`) says.
    labels = Counter((ent.text, ent.label_ == "PERSON" and not (len(ent.text) >= _BRAND_MIN_CHARS
                                                                and _BRAND_AFTER.match(doc.text, ent.end_char)))
                     for ent in doc.ents)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not plausible_name(ent.text) or not surname_length(doc.text, ent.start_char) \
                or labels[ent.text, False] > labels[ent.text, True]:
            continue
        if any(f.start < ent.end_char and ent.start_char < f.end for f in taken) \
                or not backed_by_text(doc.text, ent.start_char, ent.end_char):
            continue
        start, end = sentence_of(doc.text, ent.start_char)
        role = "entrepreneur" if _BUSINESS.search(doc.text, start, end) else "other"
        out.append(Found(EntityType.PERSON, ent.start_char, ent.end_char, ent.text, role=role))
    return out


@Language.factory("kg_persons", default_config={"use_ner": True})
def make_persons(nlp: Language, name: str, use_ner: bool):
    return PersonsComponent(use_ner)


def introduced_persons(text: str, person_starts: dict[int, int], taken: list[Found]) -> list[Found]:
    """People named right after a word for a person or an enterprise role (`返乡青年某某`, `董事长某某`),
    where the model marks the name or the text names it twice or has it speak (`党员干部` is no one)."""
    out = []
    for intro in _PERSON_INTRO.finditer(text):
        end = read_name(text, intro.end(), person_starts)
        if end is None or any(f.start < end and intro.end() < f.end for f in taken + out):
            continue
        name = text[intro.end():end]
        repeated = len(name) >= 3 and text.count(name) >= 2  # a two-character "name" twice may be a word: 干部
        if intro.end() not in person_starts and (not repeated and not _PERSON_AFTER.match(text, end)
                                                  or _NO_NAME.search(name)):
            continue
        start, stop = sentence_of(text, intro.end())
        role = "entrepreneur" if _BUSINESS.search(text, start, stop) or intro.group() in _ENTERPRISE_ROLES else "other"
        out.append(Found(EntityType.PERSON, intro.end(), end, text[intro.end():end], role=role))
    return out


class PersonsComponent:
    """People without a post; the collector drops those that are officials elsewhere on the page."""

    def __init__(self, use_ner: bool):
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        people = journalists(doc.text, context(doc).reporters)
        starts = {e.start_char: e.end_char for e in doc.ents if e.label_ == "PERSON"} if self.use_ner else {}
        people += introduced_persons(doc.text, starts, found(doc) + people)
        if self.use_ner:
            people += ner_persons(doc, found(doc) + people)
        found(doc).extend(people)
        return doc
