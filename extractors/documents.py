"""Documents: titles between 《》 that are not newspapers or periodicals (those are bodies)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found
from kg.records import EntityType

_TITLE = re.compile(r"《([^《》\n]{2,120})》")
_PERIODICAL = re.compile(r"(?:报|日报|晚报|早报|周报|杂志|周刊|月刊|半月刊|画报|网|电视台)$")
# The word printed after the title may say it is a periodical: 《…》杂志.
_PERIODICAL_AFTER = re.compile(r"杂志|期刊|周刊|月刊|报社")
# A column, a programme or a work of art named like a document (`《委员说提案》栏目`, `电影《危机预案》`).
_NOT_DOCUMENT_AFTER = re.compile(r"栏目|专栏|节目|频道")
_NOT_DOCUMENT_BEFORE = re.compile(r"(?:电影|电视剧|歌曲|栏目|专栏|节目|话剧|小品|纪录片|专题片)$")
# Policy documents, reports and laws are titled by their kind; songs, films and books are not.
_DOCUMENT_KIND = re.compile(r"(?:意见|方案|办法|规定|条例|决定|通知|规划|计划|报告|纲要|细则|法|协议|公告|通告|通报|决议|指南"
                            r"|标准|制度|章程|守则|准则|目录|清单|措施|政策|公报|纪要|批复|函|令|宣言|倡议书|白皮书|要点|说明"
                            r"|实施意见|管理办法|工作方案|行动计划|建议|讲话|文件|意见稿|草案|修正案|合同|备忘录|框架|议程|名单|预算|决算|总结"
                            r"|预案|公约|议案|提案|导则)(?:[(（][^()（）]*[)）]){0,2}$")


def find_documents(text: str) -> list[Found]:
    out = []
    for match in _TITLE.finditer(text):
        title = match.group(1)
        periodical = _PERIODICAL.search(title) or _PERIODICAL_AFTER.match(text, match.end())
        if not periodical and (not _DOCUMENT_KIND.search(title) or _NOT_DOCUMENT_AFTER.match(text, match.end())
                               or _NOT_DOCUMENT_BEFORE.search(text, 0, match.start())):
            continue
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
