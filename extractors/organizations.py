"""Public bodies: party and government bodies, departments, parks, associations.

A body's name starts at a level or a place (市, 省, 中共, 某某区) and ends in a
body word (局, 委, 办, 人民政府, 领导小组办公室, 管委会, 开发区 …). The NER
model's ORG entities that end in a body word count too.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found, segments_words, word_edges
from extractors.lexicon import WISH, alternation
from extractors.spans import Candidate, balanced, candidates, longest
from kg.records import EntityType

_STOP_WORDS = (r"深入|走进|来到|察看|调研|考察|参观|看望|按照|根据|围绕|对照|组织|协调|联系|指派|带领|率领|部署|主持|召开|举行"
               r"|参加|出席|列席|落实|贯彻|认真|如何|要求|提出|发挥|充分|提高|不断|加强|推进|实施|开展|建立|完善|强化"
               r"|提请|研究|保障|听取|来自|紧扣|编制|审议|通报|汇报|邀请|应邀|会同|联合|配合|支持|帮助"
               r"|坚持|结合|完成|坚决|紧密|现任|就"
               r"|决定|" + WISH + r"|加快|关注|视察|前往|依托|打造|助力|聚焦|对接|反映|主要|负责|谋划")
_STOP_CHARS = r"[在的了和与及是把对到向从为有将由给同原我各]"
MAX_NAME_CHARS = 26


@cache
def _suffixes() -> str:
    return alternation("org_suffixes")


@cache
def _stop() -> re.Pattern:
    return re.compile(rf"{_STOP_WORDS}|{alternation('roles')}|{_STOP_CHARS}")


@cache
def _level_start() -> re.Pattern:
    return re.compile(rf"^(?:{alternation('admin_prefixes')})")


@cache
def _place_start() -> re.Pattern:
    return re.compile(r"^[\u4e00-\u9fff]{2,3}[省市县区镇乡村]")


# Bodies named without a level word, found where a stop ends before them: parks, papers, federations.
_PARK = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:(?:业园|产业园|工业园|科技园|开发区|新区)(?:管委会|管理委员会)?"
                   r"|日报社|报社|电视台|广播电台|工商联)$")
_LEVEL_CHARS = "省市县区镇乡村"
_BARE_SUFFIX = re.compile(r"社区|街道|学校|医院|中心|小组|政府|党委|协会|开发区|新区|海关|村委会|居委会|党校")
# Kinds of bodies rather than bodies: `乡镇卫生院`, `各级党委`, `省级经济技术开发区`.
_KIND_OF_BODY = re.compile(r"^(?:乡镇|各级|各类|基层|国家级|省级|市级|县级|区级|有关|相关)")
_ENDS_IN_ROLE = re.compile(r"(?:常委|委员|局长|部长|主委)$")
# Words ending in 局 that are no body: 布局, 格局, 大局.
_NOT_A_BUREAU = re.compile(r"(?:布|格|大|全|时|结|开|当|残|政治)局$")


def org_name(candidate: Candidate, place_starts: set[int], token_starts: set[int] | None) -> str | None:
    """The body named by a candidate: from its first level word or place to its body word.

    A level word (市, 中共 …) may start the name at a token start; a place (松岭区 …) where the
    NER model starts one, or where the candidate begins after a stop and looks like a place;
    a park or a paper (某某袜业园) where the candidate begins.
    """
    text = candidate.text
    for offset in range(len(text) - 1):
        rest, at = text[offset:], candidate.start + offset
        if offset and text[offset - 1] in _LEVEL_CHARS and text[offset] in _LEVEL_CHARS:
            continue  # 镇 of 乡镇: a level word cut in two starts nothing
        at_token = token_starts is None or at in token_starts
        at_edge = offset == 0 and candidate.at_stop
        starts_here = (at_token and _level_start().match(rest)) or at in place_starts \
            or (at_edge and (_place_start().match(rest) or _PARK.search(rest)))
        if starts_here and balanced(rest) and not re.search(r"[()（）]", rest) and not _generic(rest) \
                and not _BARE_SUFFIX.fullmatch(rest):
            return rest
    return None


def _generic(name: str) -> bool:
    """`乡镇党委`, `村党组`: levels and a body word, naming a kind of body rather than one body."""
    return bool(re.fullmatch(rf"[省市县区镇乡村各全]{{2,}}(?:{_suffixes()})", name)) or bool(_ENDS_IN_ROLE.search(name)) \
        or bool(_KIND_OF_BODY.match(name))


def _cuts_a_word(text: str, end: int) -> bool:
    """A body word that is the start of a longer word: 组 of 副组长, 部 of 部署 or 部门, 中心 of `等中心工作`."""
    return any(m.start() < end < m.end() for m in _word_pattern().finditer(text, max(0, end - 4), end + 4)) \
        or bool(_VERB_WITH_BODY_WORD.search(text, max(0, end - 2), end))


@cache
def _word_pattern() -> re.Pattern:
    return re.compile(rf"(?:{alternation('roles')}|部署|部门|办法|办理|委员|局面|局势|组织|院子|馆藏|(?<=[等的项大])中心(?:工作|任务)(?!人员|站)|(?<=[省市县])中心城(?=区|镇))")


# Verbs that end in a body word: 办 of 举办, 院 of 住院.
_VERB_WITH_BODY_WORD = re.compile(r"(?:举|承|主|协|创|开|兴|合|联)办$|住院$|出院$")


def find_organizations(text: str, ner_orgs: list[tuple[int, int]] = (), ner_places: list[tuple[int, int]] = (),
                       token_starts: set[int] | None = None, token_ends: set[int] | None = None) -> list[Found]:
    """Bodies in `text`; with token boundaries given, a name must start and end on them."""
    out = []
    place_starts = {start for start, _ in ner_places}
    for candidate in candidates(text, _suffixes(), _stop(), max_chars=MAX_NAME_CHARS):
        if token_ends is not None and candidate.end not in token_ends or _cuts_a_word(text, candidate.end) \
                or _NOT_A_BUREAU.search(candidate.text):
            continue
        name = org_name(candidate, place_starts, token_starts)
        if name:
            out.append(Found(EntityType.ORGANIZATION, candidate.end - len(name), candidate.end, name))
    suffix_end = re.compile(rf"(?:{_suffixes()})$")
    for start, end in ner_orgs:
        if suffix_end.search(text[start:end]):
            out.append(Found(EntityType.ORGANIZATION, start, end, text[start:end]))
    return longest(out)


@Language.factory("kg_organizations", default_config={"use_ner": True})
def make_organizations(nlp: Language, name: str, use_ner: bool):
    return OrganizationsComponent(use_ner, segments_words(nlp))


class OrganizationsComponent:
    def __init__(self, use_ner: bool, use_tokens: bool):
        self.use_ner = use_ner
        self.use_tokens = use_tokens

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents) if self.use_ner else []
        orgs = [(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"]
        places = [(e.start_char, e.end_char) for e in ents if e.label_ == "LOC"]
        starts, ends = word_edges(doc, self.use_tokens)
        found(doc).extend(find_organizations(doc.text, orgs, places, starts, ends))
        return doc
