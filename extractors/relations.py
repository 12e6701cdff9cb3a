"""Who chaired, attended, approved, inspected or signed what, sentence by sentence.

Heads are the people named before the trigger in the sentence. A bare `会议`
after 参加/列席/出席, and the subject of `会议讨论并通过`, is the meeting the
article's lead names. An inspection whose sentence names no official (a photo
caption: `图为市领导在…检查…工程`) is the visit of the officials the lead
names before its first visiting verb. The chair of a meeting is not also
listed as attending it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, FoundRelation, found, relations, sentences
from extractors.lexicon import alternation, triggers
from kg.records import EntityType, RelationType

PEOPLE = (EntityType.OFFICIAL, EntityType.PERSON)
_BARE_MEETING = re.compile(rf"^了?(?:{alternation('meeting_suffixes')})")
_AT_MEETING = re.compile(r"在$")
# `某某总书记在…会议上的讲话`: the speaker stands right before 在, at most a post between.
_SPEAKER_GAP = 4
_SPOKE = re.compile(r"^(?:上|时)?的?(?:发表|作)?[\u4e00-\u9fff]{0,3}?(?:讲话|发言|致辞|报告)|^上[,，]")
# Where the documents a meeting approved end: at the next thing it did (听取了《…》).
_NEXT_ACT = re.compile(r"听取|研究|部署|传达|学习|审议了|讨论了|提请|决定将|印发")
# Officials who join a visit in a sentence of their own (`某某参加调研`, `陪同检查`) visited its places too.
_JOINED_VISIT = re.compile(r"(?:参加|陪同|一同)(?:调研|检查|察看|视察|考察)|陪同")
# Attendance words that need no meeting after them: the meeting is the article's (在主席台就座).
_SELF_CONTAINED_ATTENDANCE = ("就座", "参会", "与会")
_VISIT = re.compile(r"率队|率领|带队|深入|调研|检查|察看|视察|走访|考察")


def _trigger(text: str, start: int, end: int, words: tuple[str, ...]) -> list[re.Match]:
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return list(pattern.finditer(text, start, end))


def _within(items: list[Found], start: int, end: int) -> list[Found]:
    return [f for f in items if start <= f.start and f.end <= end]


def _attendees(items: list[Found]) -> list[Found]:
    return [f for f in items if f.role != "journalist"]


def _officials(items: list[Found]) -> list[Found]:
    return [f for f in items if f.type is EntityType.OFFICIAL]


def lead_meeting(meetings: list[Found]) -> Found | None:
    """The meeting the article is about: the one its lead reports held (dated), else the first named."""
    dated = [m for m in meetings if m.date]
    return dated[0] if dated else (meetings[0] if meetings else None)


def lead_visitors(text: str, people: list[Found]) -> list[Found]:
    """Officials named in the first sentence before its first visiting verb."""
    first = sentences(text)[:1]
    if not first:
        return []
    start, end = first[0]
    visit = _VISIT.search(text, start, end)
    return _officials(_within(people, start, visit.start())) if visit else []


def extract_relations(text: str, items: list[Found]) -> list[FoundRelation]:
    people = [f for f in items if f.type in PEOPLE and f.start >= 0]
    meetings = [f for f in items if f.type is EntityType.MEETING]
    lead = lead_meeting(meetings)
    visitors = lead_visitors(text, people)
    table = triggers()
    out: list[FoundRelation] = []

    def add(head: Found, kind: RelationType, tail: Found, sentence: tuple[int, int]) -> None:
        out.append(FoundRelation(head, kind, tail, sentence))

    for start, end in sentences(text):
        for match in _trigger(text, start, end, table["CHAIRED"]):
            after, before = _within(meetings, match.end(), end), _within(meetings, start, match.start())
            if after:  # 某某主持召开X会议
                tail, heads = after[0], _officials(_within(people, start, match.start()))
            elif before:  # X会议召开，某某主持 / X会议由某某主持
                tail, heads = before[-1], _officials(_within(people, before[-1].end, match.start()))
            elif _BARE_MEETING.match(text[match.end():end]) or "由" in text[start:match.start()]:
                tail, heads = lead, _officials(_within(people, start, match.start()))
            else:
                continue
            for head in heads if tail else []:
                add(head, RelationType.CHAIRED, tail, (start, end))
        for match in _trigger(text, start, end, table["ATTENDED"]):
            named = _within(meetings, match.end(), end)
            bare = _BARE_MEETING.match(text[match.end():end]) or match.group() in _SELF_CONTAINED_ATTENDANCE
            tail = named[0] if named else (lead if bare else None)
            for head in _attendees(_within(people, start, match.start())) if tail else []:
                add(head, RelationType.ATTENDED, tail, (start, end))
        for meeting in _within(meetings, start, end):
            if not _AT_MEETING.search(text, max(start, meeting.start - 1), meeting.start):
                continue
            speaker = [p for p in _within(people, start, meeting.start - 1) if meeting.start - 1 - p.end <= _SPEAKER_GAP]
            if speaker and _SPOKE.match(text[meeting.end:end]):
                heads = speaker[-1:]
            elif text.startswith("上", meeting.end):
                clause_end = min([i for i in (text.find("。", meeting.end),) if i >= 0] + [end])
                heads = _attendees(_within(people, meeting.end, clause_end))[:1]
            else:
                heads = []
            for head in heads:
                add(head, RelationType.ATTENDED, meeting, (start, end))
        for match in _trigger(text, start, end, table["APPROVED"]):
            before = _within(meetings, start, match.start())
            head = before[-1] if before else lead
            documents = [f for f in items if f.type is EntityType.DOCUMENT]
            next_act = _NEXT_ACT.search(text, match.end(), end)
            for doc in _within(documents, match.end(), next_act.start() if next_act else end) if head else []:
                add(head, RelationType.APPROVED, doc, (start, end))
        targets = _within([f for f in items if f.type in (EntityType.COMPANY, EntityType.PROJECT)], start, end)
        inspections = _trigger(text, start, end, table["INSPECTED"])
        if targets and inspections:
            heads = _officials(_within(people, start, inspections[0].start()))
            for head in heads or visitors:
                for target in targets:
                    add(head, RelationType.INSPECTED, target, (start, end))
        elif (joined := _JOINED_VISIT.search(text, start, end)) and not targets:
            visited = {id(r.tail): r.tail for r in out if r.type is RelationType.INSPECTED}
            for head in _officials(_within(people, start, joined.start())):
                for target in visited.values():
                    add(head, RelationType.INSPECTED, target, (start, end))
        firms = _within([f for f in items if f.type is EntityType.COMPANY], start, end)
        if len(firms) > 1 and _trigger(text, start, end, table["SIGNED_WITH"]):
            # `A、B分别与C、D签约`: each before 与 with each after; otherwise every two firms of the sentence.
            split = re.search(r"分别(?:与|同|和)", text[start:end])
            if split:
                left = [f for f in firms if f.end <= start + split.start()]
                pairs = [(a, b) for a in left for b in firms if b.start >= start + split.end()]
            else:
                pairs = [(a, b) for i, a in enumerate(firms) for b in firms[i + 1:]]
            for a, b in pairs:
                if a.name != b.name:
                    add(a, RelationType.SIGNED_WITH, b, (start, end))
    chaired = {(r.head.name, r.tail.name) for r in out if r.type is RelationType.CHAIRED}
    return [r for r in out if not (r.type is RelationType.ATTENDED and (r.head.name, r.tail.name) in chaired)]


@Language.factory("kg_relations", default_config={})
def make_relations(nlp: Language, name: str):
    return RelationsComponent()


class RelationsComponent:
    """Relations between the mentions the entity components found (runs after them)."""

    def __call__(self, doc: Doc) -> Doc:
        relations(doc).extend(extract_relations(doc.text, found(doc)))
        return doc
