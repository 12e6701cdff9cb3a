"""Documents: titles between 《》 that are not newspapers or periodicals (those are bodies)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found
from kg.records import EntityType

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_PERIODICAL = re.compile(r"(?:报|日报|晚报|早报|周报|杂志|周刊|月刊|半月刊|画报|网|电视台)$")
# The word printed beside the title says what it is: 《…》杂志 is a periodical; 歌曲《…》 is no document.
_PERIODICAL_AFTER = re.compile(r"杂志|期刊|周刊|月刊|报社")
_NOT_A_DOCUMENT_BEFORE = re.compile(r"(?:歌曲|电影|影片|节目|栏目|电视剧|纪录片|书籍|图书|专著|诗集|小说|舞蹈|话剧|戏曲|歌舞|演唱|朗诵|合唱)$")


def find_documents(text: str) -> list[Found]:
    out = []
    for match in _TITLE.finditer(text):
        title = match.group(1)
        if _NOT_A_DOCUMENT_BEFORE.search(text, 0, match.start()):
            continue
        periodical = _PERIODICAL.search(title) or _PERIODICAL_AFTER.match(text, match.end())
        kind = EntityType.ORGANIZATION if periodical else EntityType.DOCUMENT
        out.append(Found(kind, match.start(1), match.end(1), title))
    return out


@Language.factory("kg_documents", default_config={})
def make_documents(nlp: Language, name: str):
    return DocumentsComponent()


class DocumentsComponent:
    def __call__(self, doc: Doc) -> Doc:
        found(doc).extend(find_documents(doc.text))
        return doc
