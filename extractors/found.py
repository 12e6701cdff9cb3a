"""What extractor components leave on a Doc: mentions and relations with character offsets.

pkuseg tokens may cut across a name (`覃岳主` + `持`), so components find names
with character-level patterns over `doc.text` and keep character offsets; the
collector maps them to the original file through the article's offset map.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.records import EntityType, RelationType


@dataclass
class ArticleContext:
    """What a component may know of the article a Doc holds."""

    article_id: str
    event_date: str | None = None
    reporters: list[str] = field(default_factory=list)


@dataclass
class Found:
    """One mention found in `doc.text` [start, end)."""

    type: EntityType
    start: int
    end: int
    name: str
    titles: list[str] = field(default_factory=list)
    role: str | None = None
    date: str | None = None


@dataclass
class FoundRelation:
    head: Found
    type: RelationType
    tail: Found
    sentence: tuple[int, int]  # the evidence sentence in doc.text


for _name in ("kg_context", "kg_found", "kg_relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def found(doc: Doc) -> list[Found]:
    if doc._.kg_found is None:
        doc._.kg_found = []
    return doc._.kg_found


def relations(doc: Doc) -> list[FoundRelation]:
    if doc._.kg_relations is None:
        doc._.kg_relations = []
    return doc._.kg_relations


def context(doc: Doc) -> ArticleContext:
    return doc._.kg_context or ArticleContext(article_id="")


_SENTENCE = re.compile(r"[^。！？!?;；\n]*(?:[。！？!?;；]+[”’」]?|\n|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges of a text; quotes closing a sentence stay with it."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    for start, end in sentences(text):
        if start <= pos < end:
            return start, end
    return 0, len(text)


def segments_words(nlp: Language) -> bool:
    """Whether the tokenizer cuts words (pkuseg) rather than characters, so token edges are word edges."""
    return getattr(nlp.tokenizer, "segmenter", "char") != "char"


def word_edges(doc: Doc, use: bool) -> tuple[set[int] | None, set[int] | None]:
    """Character offsets where the Doc's words start and end; (None, None) when not `use`."""
    if not use:
        return None, None
    return {t.idx for t in doc}, {t.idx + len(t.text) for t in doc}
