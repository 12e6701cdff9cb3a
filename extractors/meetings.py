"""Named meetings: `市政府2021年第七次常务会议`, `全县干部大会`, `中央政治局第十七次集体学习`.

A meeting's name ends in a meeting word and starts where a meeting's name can
(a level such as 全市 or 中央, a year, an ordinal, a quoted slogan, a body).
A bare `会议` or `座谈会` is not a named meeting. The meeting an article's lead
says was held (召开, 主持, 举行) takes the article's event date.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, context, found
from extractors.lexicon import alternation
from extractors.spans import Candidate, balanced, candidates, left_edge, masked, trim_to
from kg.records import EntityType

_STOP = re.compile(r"[向由]|召开|主持|参加|出席|列席|传达学习|学习贯彻|学习传达|认真学习|深入学习|传达|贯彻|落实|听取|结合|按照|根据"
                   r"|围绕|举行|召集|紧盯|部署|提请|(?:提交|报送|报请)(?=中共|全[省市县区镇乡]|[省市县区镇乡](?:委|政府|人大|政协))|(?<![申日周晚快汇通年月预情])报(?=[省市县区镇乡](?:委|政府|人大|政协|人民代表大会))|研究|保障|筹备|服务|迎接|做好|确保|审议|通过|决定"
                   r"|[在的了于和与及是为对把将从]")
_GENERIC_HEADS = re.compile(r"^(?:该|各|本|每|一次|多次|历次)|这次|此次|本次|上次|下次|下一次|上述|各类|有关|相关|系列|各种|近期|重要|专题|各级")
_QUOTED = re.compile(r"“[^”]+”")
# A head of nothing but a scope, a level or a body (`全市`, `市政府`, `市发展和改革委员会`): no topic.
_SCOPES = "全国|全省|全市|全县|全区"
_HOLDER_WORDS = re.compile(rf"^(?:{_SCOPES}|[省市县区镇乡](?:委|政府)?|中共)*"
                           r"(?:[\u4e00-\u9fff]{0,10}?(?:政府|常委会|委员会|委|局|办公室|办|厅|党组))?$")
_SCOPE_PREFIX = re.compile(rf"^(?:{_SCOPES})")
MIN_TOPIC_CHARS = 4
# A body's word alone names none of its sessions (`确保常委会会议取得实效`).
_BODY_WORDS_ONLY = {"常委会", "常务委员会", "党组", "人大", "政协", "政府"}
# Scopes that a session of one body does not carry in its name.
_SCOPE = re.compile(_SCOPES)
# A people's congress with no term or session (`报市人民代表大会备案`) is the body, not a meeting, unless held.
_CONGRESS_ONLY = re.compile(r"^[^\d届次]*人民代表大会$")
# A head of nothing but levels (`全省会议`) names no meeting in particular.
_LEVELS_ONLY = re.compile(rf"^(?:{_SCOPES}|省|市|县|区|中央)+$")
# How the name of a body that holds meetings ends.
_BODY_END = "委|政府|常委会|人大|政协"
# The lead reports the meeting held or attended: 主持召开X, 召开了X, 出席X; or X召开, X在某地举行.
_HELD = re.compile(r"(?:召开|主持|举行|举办|出席|参加|在)了?$")
_HELD_AFTER = re.compile(r"^(?:在[^,，。]{1,20})?(?:召开|举行|开幕|隆重开幕|闭幕|胜利闭幕)")
# A meeting word that begins a longer word names a place, not a meeting: 会议中心, 会议室.
_PLACE_AFTER = re.compile(r"中心|室|厅|楼|馆")
# `市政协召开十四届常委会第六次会议`: a body holds a session named by its year or term and number alone; the
# session's name is the body's with it (`市政协十四届常委会第六次会议`), as the paper writes it elsewhere.
# A name with a scope of its own (`2023年全市安全生产工作会议`) or no session number keeps its name.
_SESSION_ONLY = re.compile(r"(?:\d{4}年度?)?(?:(?:[一二三四五六七八九十]+届)?(?:常委会|常务委员会)?第|[一二三四五六七八九十]+届"
                           r"(?:常委会|常务委员会)?)[一二三四五六七八九十百\d]+次")
HELD_BY = re.compile(r"(?:召开|举行)了?$")
_HOLDER = re.compile(rf"(?:{_BODY_END}|中心组|党组)$")
MAX_HOLDER_CHARS = 12
MIN_NAME_CHARS = 2  # characters before the meeting word
MAX_NAME_CHARS = 30


@cache
def _suffixes() -> str:
    return alternation("meeting_suffixes")


@cache
def _starts() -> re.Pattern:
    # An ordinal of a term opens a name too (`十四届全国人大一次会议`).
    return re.compile(rf"(?:{alternation('meeting_starts')}|“|\d{{4}}年?|[一二三四五六七八九十]+届"
                      rf"|[\u4e00-\u9fff]{{1,4}}(?:{_BODY_END}))")


# A place-like word (某某县) may start a meeting's name where the candidate begins after a stop.
_PLACE_START = re.compile(r"[\u4e00-\u9fff]{2,3}[省市县区](?!委|政府)")


def meeting_name(candidate: Candidate, place_starts: set[int] = frozenset()) -> Candidate | None:
    """The named meeting in a candidate, or None for a bare or generic one.

    It starts at the earliest of: a word a meeting's name starts with, a place the NER model
    marks (`place_starts`), or a place-like word where the candidate begins after a stop."""
    starts = [p for p in place_starts if candidate.start <= p < candidate.end]
    if candidate.at_stop and _PLACE_START.match(candidate.text):
        starts.append(candidate.start)
    if trimmed := trim_to(candidate, _starts()):
        starts.append(trimmed.start)
    if not starts:
        return None
    start = min(starts)
    named = Candidate(start, candidate.end, candidate.text[start - candidate.start:])
    suffix = re.search(rf"(?:{_suffixes()})$", named.text)
    head = named.text[:suffix.start()] if suffix else named.text
    head_chars = re.sub(r"[“”\s]", "", head)
    generic = _GENERIC_HEADS.search(head)
    before = head[:generic.start()] if generic else ""
    if generic and generic.group() == "专题" and (_QUOTED.search(head) or (
            not _HOLDER_WORDS.match(before) and len(_SCOPE_PREFIX.sub("", before)) >= MIN_TOPIC_CHARS)):
        generic = None  # a slogan or a topic names a 专题 meeting (`“…”专题协商会`, `全市重点项目建设专题调度会`)
    if len(head_chars) < MIN_NAME_CHARS or generic \
            or _LEVELS_ONLY.match(head_chars) or head_chars in _BODY_WORDS_ONLY \
            or not balanced(named.text):
        return None
    return named


def across_conjunction(text: str, view: str, candidate: Candidate) -> Candidate | None:
    """The candidate widened over the 和 (与, 及) that cut it, to the stop before: `全市安全生产和防灾减灾工作
    推进会`. None where no conjunction cut it or a meeting word lies before it (two meetings joined by 和).
    `view` is the text as `masked` shows it."""
    at = candidate.start - 1
    if at < 1 or text[at] not in "和与及":
        return None
    start = left_edge(view, _STOP, at, max(0, candidate.end - MAX_NAME_CHARS))
    if re.search(_suffixes(), text[start:at]):
        return None
    return Candidate(start, candidate.end, text[start:candidate.end])


@cache
def _body_start() -> re.Pattern:
    return re.compile(alternation("meeting_starts"))


def holder(text: str, view: str, named: Candidate, place_starts: set[int]) -> tuple[int, str] | None:
    """The start of the body that holds the session `named` (`市政协召开…`) and the session's name with the
    body's, or None."""
    start = named.start
    held_by = HELD_BY.search(text, max(0, start - len("召开了")), start)
    if not held_by or not _SESSION_ONLY.match(text, start) or _SCOPE.search(text, start, named.end):
        return None
    run = re.search(r"[\u4e00-\u9fff]+$", text[max(0, held_by.start() - MAX_HOLDER_CHARS):held_by.start()])
    if not run:
        return None
    body_start = left_edge(view, _STOP, held_by.start(), held_by.start() - len(run.group()))
    body = text[body_start:held_by.start()]
    named = body_start in place_starts or _PLACE_START.match(body) or _body_start().match(body)
    if not named or not _HOLDER.search(body) or text[body_start - 1:body_start] == "在":  # 在某地召开: a venue
        return None
    return body_start, body


def find_meetings(text: str, event_date: str | None, lead_end: int,
                  place_starts: set[int] = frozenset()) -> list[Found]:
    out = []
    view = masked(text)
    for candidate in candidates(text, _suffixes(), _STOP, max_chars=MAX_NAME_CHARS):
        named = meeting_name(candidate, place_starts)
        if named is None and (widened := across_conjunction(text, view, candidate)):
            named = meeting_name(widened, place_starts)
        if named is None or _PLACE_AFTER.match(text, named.end):
            continue
        held = _HELD.search(text, max(0, named.start - 4), named.start) or _HELD_AFTER.match(text[named.end:])
        if _CONGRESS_ONLY.match(named.text) and not held:
            continue
        start, name = named.start, named.text
        if held_by := holder(text, view, named, place_starts):
            start, name = held_by[0], held_by[1] + named.text
        out.append(Found(EntityType.MEETING, start, named.end, name,
                         date=event_date if held and named.start < lead_end else None))
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end for o in out)]


@Language.factory("kg_meetings", default_config={"use_ner": True})
def make_meetings(nlp: Language, name: str, use_ner: bool):
    return MeetingsComponent(use_ner)


class MeetingsComponent:
    """Named meetings, dated from the article when its lead reports them held."""

    def __init__(self, use_ner: bool):
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lead_end = text.find("\n") if "\n" in text else len(text)
        places = {e.start_char for e in doc.ents if e.label_ == "LOC"} if self.use_ner else set()
        found(doc).extend(find_meetings(text, context(doc).event_date, lead_end, places))
        return doc
