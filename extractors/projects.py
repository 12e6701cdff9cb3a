"""Projects: named construction, investment or development projects (`某某大街改造工程`,
`某某加工小镇`), not generic phrases (`重点项目`, `项目建设`, `50个重点项目`)."""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found
from extractors.lexicon import LEGAL_FORMS, alternation, words
from extractors.spans import balanced, candidates
from kg.records import EntityType

_STOP = re.compile(r"检查|察看|调研|考察|视察|深入|来到|推进|推动|加快|实施|启动|开工|谋划|包装|申报|争取|围绕|列入|分别为|指导"
                   r"|抓住|加强|纳入|确定|只有|牢牢|当前|按照|今年|年初|具体|增效|提速|重视|狠抓|树立|合资建设|合作建设|投资建设"
                   r"|开工建设|加快建设|代办|吸引|签署|签订|签约|共建|组建|合资|完成|深化|引进|落地|双方|宣布|叮嘱|嘱咐|开展"
                   r"|就(?![业近])|[抓在的了和是把对到向从为将要以已等由]")
MIN_NAME_CHARS = 4  # characters before the project word
# A verb that opens a project's name is no part of it (`投资26亿元，建设某某基地项目`), unless it opens a
# street's or a place's name (`建设大街…工程`, `新建村…工程`; not 乡村, 镇区).
_LEADING_VERB = re.compile(rf"(?:建设|新建|扩建|续建)(?=.{{{MIN_NAME_CHARS}}})"
                           r"(?![东西南北中]?路|大街|街|大道|[村镇乡](?![村级区域])|社区|小区)")
# A firm's legal form inside a name cut short by the search window: the name starts after it.
_FIRM_END = re.compile(rf"(?:{LEGAL_FORMS}|集团)")
# 项目 that goes on into another word names no project: 项目方, 项目部 (not 项目方面, 项目部分).
_WORD_GOES_ON = re.compile(r"方(?![面案向式法])|部(?![分署门])")
# The main works of a project (`防波堤主体工程`) are part of it, no project of their own.
_MAIN_WORKS = re.compile(r"主体(?:结构)?工程$")
# `项目区` (a project's area) before a name is no part of it.
_PROJECT_AREA = re.compile(r"项目区")
# A capacity that opens the name of a firm's project (`某某有限公司30万吨…项目`) is no count of projects.
_CAPACITY = re.compile(r"^[\d.]+[万亿千百]*(?:千瓦|吨|瓦|台|套|件)")


@cache
def _generic() -> re.Pattern:
    """Generic words anywhere in a head, words marked ^ at its start, and counts (50个, 一批)."""
    listed = sorted(words("generic_project_words"), key=len, reverse=True)
    anywhere = "|".join(re.escape(w) for w in listed if not w.startswith("^"))
    leading = "|".join(re.escape(w[1:]) for w in listed if w.startswith("^"))
    return re.compile(rf"{anywhere}|^(?:{leading})|^[\d一二三四五六七八九十两几多]|\d+个")


def project_name(text: str, after_firm: bool = False) -> bool:
    """A named project: no generic word or count in its head (`50个重点项目`, `新建项目`); right after a firm's
    name (`after_firm`) it may open with its capacity."""
    head = re.sub(rf"(?:{alternation('project_suffixes')})$", "", text).strip("“”")
    checked = _CAPACITY.sub("", head) if after_firm else head
    return len(head) >= MIN_NAME_CHARS and not _generic().search(checked) and balanced(text) and "“" not in text[:1] \
        and not _MAIN_WORKS.search(text)


def find_projects(text: str) -> list[Found]:
    out = []
    for candidate in candidates(text, alternation("project_suffixes"), _STOP, max_chars=24):
        if candidate.text.endswith("项目") and _WORD_GOES_ON.match(text, candidate.end):
            continue
        start = candidate.start
        firms = [] if candidate.at_stop else list(_FIRM_END.finditer(candidate.text))
        if firms:  # `…光电科技有限公司某某基地项目`: the firm's name began before the window
            start += firms[-1].end()
        verb = _LEADING_VERB.match(text, start)
        start = verb.end() if verb else start
        if area := _PROJECT_AREA.match(text, start):  # `察看了项目区高标准农田建设项目`
            start = area.end()
        if project_name(text[start:candidate.end], after_firm=bool(firms)):
            out.append(Found(EntityType.PROJECT, start, candidate.end, text[start:candidate.end]))
    return out


@Language.factory("kg_projects", default_config={})
def make_projects(nlp: Language, name: str):
    return ProjectsComponent()


class ProjectsComponent:
    def __call__(self, doc: Doc) -> Doc:
        found(doc).extend(find_projects(doc.text))
        return doc
