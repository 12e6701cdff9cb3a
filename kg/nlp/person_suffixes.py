"""A pipeline component after the NER: one-word "persons" that end like a place or a body are not persons.

The NER reads a word's first character, and a place or body name that opens
with a surname character (`阜南县`, `梅克伦堡州`, `科技司`, `武术馆`) comes out as
PERSON. A Chinese name is not one word of three or more characters ending in
县, 州 or 馆; the segmenter cuts a name after its surname (`王 长江`), so
names ending in such a character (`李忠镇`) are two words and left alone.
Such an entity becomes LOC when its last character is a place's, and is dropped
when it is a body's, since the corpus does not mark such words as ORG, unless a
word that follows people comes next (`邝德村笑着说`): a place does not speak.
The component is part of the committed pipeline (`kg models build` adds it)
and is registered as a spaCy factory, so `spacy.load` finds it by name.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

PLACE_SUFFIXES = "省市县区州乡镇村岛"
BODY_SUFFIXES = "社司馆队股所厂局处院部委校站"
MIN_LENGTH = 3
# Words after which the entity is a person whatever its last character.
PERSON_FOLLOWERS = "说 表示 介绍 笑着 告诉 认为 指出 强调 主持 出席 讲话 回忆 感慨"


@Language.factory("kg_person_suffixes", default_config={
    "place_suffixes": PLACE_SUFFIXES, "body_suffixes": BODY_SUFFIXES, "min_length": MIN_LENGTH,
    "person_followers": PERSON_FOLLOWERS})
def make_person_suffixes(nlp: Language, name: str, place_suffixes: str, body_suffixes: str, min_length: int,
                         person_followers: str):
    return PersonSuffixes(place_suffixes, body_suffixes, min_length, person_followers)


class PersonSuffixes:
    """Relabels or drops one-word PERSON entities by their last character."""

    def __init__(self, place_suffixes: str, body_suffixes: str, min_length: int, person_followers: str):
        self.place_suffixes = set(place_suffixes)
        self.body_suffixes = set(body_suffixes)
        self.min_length = min_length
        self.person_followers = tuple(person_followers.split())

    def __call__(self, doc: Doc) -> Doc:
        kept = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) == 1 and len(ent.text) >= self.min_length \
                    and not doc.text.startswith(self.person_followers, ent.end_char):
                if ent.text[-1] in self.place_suffixes:
                    kept.append(Span(doc, ent.start, ent.end, label="LOC"))
                    continue
                if ent.text[-1] in self.body_suffixes:
                    continue
            kept.append(ent)
        doc.ents = kept
        return doc
