"""Named people who hold no post in the text: journalists (bylines, photo credits), entrepreneurs, others.

Journalists come from the article's byline (the context) and from photo
credits (`本报记者 某某 摄`). Other people come from the NER model's PERSON
entities; one is an entrepreneur when the sentence speaks of a firm.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, context, found, sentence_of
from extractors.names import plausible_name
from kg.records import EntityType

_PHOTO_CREDIT = re.compile(r"(?:记者|通讯员|摄影)\s*([\u4e00-\u9fff·]{2,4})\s*摄")
_BUSINESS = re.compile(r"企业|公司|集团|厂|老板|董事长|总经理|创业|经营|袜业|商户|个体")


def journalists(text: str, reporters: list[str]) -> list[Found]:
    out = []
    for name in reporters:
        pos = text.find(name)
        out.append(Found(EntityType.PERSON, pos, pos + len(name), name, role="journalist"))
    for match in _PHOTO_CREDIT.finditer(text):
        out.append(Found(EntityType.PERSON, match.start(1), match.end(1), match.group(1), role="journalist"))
    return out


def ner_persons(doc: Doc) -> list[Found]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not plausible_name(ent.text):
            continue
        start, end = sentence_of(doc.text, ent.start_char)
        role = "entrepreneur" if _BUSINESS.search(doc.text, start, end) else "other"
        out.append(Found(EntityType.PERSON, ent.start_char, ent.end_char, ent.text, role=role))
    return out


@Language.factory("kg_persons", default_config={"use_ner": True})
def make_persons(nlp: Language, name: str, use_ner: bool):
    return PersonsComponent(use_ner)


class PersonsComponent:
    """People without a post; the collector drops those that are officials elsewhere on the page."""

    def __init__(self, use_ner: bool):
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        people = journalists(doc.text, context(doc).reporters)
        if self.use_ner:
            people += ner_persons(doc)
        found(doc).extend(people)
        return doc
