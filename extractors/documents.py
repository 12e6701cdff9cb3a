"""Documents: titles between 《》 that are not newspapers or periodicals (those are bodies)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found
from kg.records import EntityType

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_PERIODICAL = re.compile(r"(?:报|日报|晚报|早报|周报|杂志|周刊|月刊|半月刊|画报|网|电视台)$")


def find_documents(text: str) -> list[Found]:
    out = []
    for match in _TITLE.finditer(text):
        title = match.group(1)
        kind = EntityType.ORGANIZATION if _PERIODICAL.search(title) else EntityType.DOCUMENT
        out.append(Found(kind, match.start(1), match.end(1), title))
    return out


@Language.factory("kg_documents", default_config={})
def make_documents(nlp: Language, name: str):
    return DocumentsComponent()


class DocumentsComponent:
    def __call__(self, doc: Doc) -> Doc:
        found(doc).extend(find_documents(doc.text))
        return doc
