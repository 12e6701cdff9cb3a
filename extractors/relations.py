"""Who chaired, attended, approved, inspected or signed what, sentence by sentence.

Heads are the people named before the trigger in the sentence. A bare `会议`
after 参加/列席/出席, and the subject of `会议讨论并通过`, is the meeting the
article's lead names, or the one a later sentence reports held after it
(`省会议结束后，我市紧接着召开全市…会议。某某主持会议`). An inspection whose sentence names no official (a photo
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
from extractors.meetings import HELD_BY
from extractors.spans import masked
from kg.records import EntityType, RelationType

PEOPLE = (EntityType.OFFICIAL, EntityType.PERSON)
_BARE_MEETING = re.compile(rf"了?(?:{alternation('meeting_suffixes')}|开幕会|闭幕会|开幕式|闭幕式|仪式|活动)")
# An act with nothing named after it: `主持并讲话`, `应邀出席。`
_NOTHING_NAMED = re.compile(r"(?:并|时|[,，;；。]|$)")
# Acts that end one participant's part of a sentence before the next: 致辞, 讲话, 主持, 出席 …
_ACT = re.compile(r"致辞|讲话|发言|主持|出席|参加|列席|作[^,，。]{0,8}推介|作[^,，。]{0,8}报告")
# How far into a sentence a meeting may stand and still be its subject (`4月8日，某会议审议通过…`).
_SUBJECT_REACH = 12
# Speaking at a meeting: `应邀作专题辅导报告`, `作城市推介`, `致辞` (not 讲话精神, which is studied).
_SPEAKING = re.compile(r"(?:应邀|在会上)?(?:作|发表)[^,，。、]{0,8}?(?:报告|推介|讲话|发言|致辞)(?!精神)|(?:在会上)?致辞")
# `某某推介某地投资环境`, `某某发言说` at the meeting: the name right before it (not `赴深圳推介`, `在上海推介的做法`,
# `在北京发言时`, `某某发言精神`).
_SPEAKS_RIGHT_AFTER_NAME = re.compile(r"(?:同志)?(?:推介(?!会|的)|(?<!未)发言(?=说|[,，。]|中[指表强说])"
                                      r"|(?<!未)讲话(?=说|中[指表强说]|指出(?!的)|强调(?!的)|时[指表强说]))")
# Speakers in turn: `政协委员甲、乙先后作大会发言`, `甲、乙结合分管工作作交流发言` — everyone named since the
# sentence's previous act spoke.
_IN_TURN = re.compile(r"(?:先后|分别|相继|依次)(?:就[^,，。、]{1,20}?)?(?:作了?[^,，。、]{0,8}?)?(?:发言|讲话|致辞|汇报|通报)"
                      r"|(?:作|进行)(?:交流|表态)发言")
# `会上，某某通报了…`: who reports at the meeting, right before the verb, attends it (not one whose words are
# passed on: `传达了某某的讲话精神`).
_AT_THE_MEETING = re.compile(r"(?:会上|会议上)[,，]")
_REPORTS_NEXT = re.compile(r"(?:同志)?(?:汇报|通报|介绍|解读|作了?[^,，。、]{0,6}?(?:说明|发言|报告|汇报|讲话))")
_SPOKEN_OF = re.compile(r"(?:同志)?(?:对|的|关于)")
_AT_MEETING = re.compile(r"在$")
# `某某总书记在…会议上的讲话`: the speaker stands right before 在, at most a post between.
_SPEAKER_GAP = 4
_SPOKE = re.compile(r"^(?:上|时)?的?(?:发表|作)?[\u4e00-\u9fff]{0,3}?(?:讲话|发言|致辞|报告)|^上[,，]")
# Where the documents a meeting approved end: at the next thing it did (听取了《…》).
_NEXT_ACT = re.compile(r"听取|研究|部署|传达|学习|审议了|讨论了|提请|决定将|印发")
_ACTS_OF_A_MEETING = re.compile(r"传达|学习|听取|研究|贯彻|部署")
# Officials who join a visit in a sentence of their own (`某某参加调研`, `陪同检查`) visited its places too.
_JOINED_VISIT = re.compile(r"(?:参加|陪同|一同)(?:调研|检查|察看|视察|考察)|陪同")
# Attendance words that need no meeting after them: the meeting is the article's (在主席台就座).
_SELF_CONTAINED_ATTENDANCE = ("就座", "参会", "与会", "到会")
# An attendance denied: `未参加`, `没有出席`.
_NOT_THERE = re.compile(r"(?:未|没有?)$")
# 到会 that is no attendance: 来到会展中心 (未到会 is an attendance denied, `_NOT_THERE`).
_NOT_AT_MEETING = re.compile(r"(?<=[来不])到会|到会(?=[展场堂])")
_VISIT = re.compile(r"率队|率领|带队|深入|调研|检查|察看|视察|走访|考察")
# Inspection triggers that name a place, not an act: with no official before them (`建设者在某项目施工现场
# 绑扎钢筋`, a photo caption), nobody is said to inspect, so the lead's visitors are not assumed, unless
# the sentence opens at the site (`在某项目现场，企业负责人介绍…`).
_SITE_TRIGGERS = ("施工现场", "项目现场")
# A sentence that opens a leg of a visit at a place: `在乙县，`.
_PLACE = r"([\u4e00-\u9fff]{1,8}?[市县区镇乡])"  # a place with its level (乙县, 丙区)
_OPENS_A_LEG = re.compile(rf"(?:(?:[上下]午|当天|随后|之后|接着)[,，]?)?在{_PLACE}[\u4e00-\u9fff]{{0,6}}[,，]")
# The visit moves on to a place (`随后，某某来到乙区`, `在丙县调研了…`): a leg's companions stay behind.
_MOVES_TO = re.compile(rf"(?:来到|赴|转至|转到|在){_PLACE}(?![委政长])(?=[\u4e00-\u9fff]{{0,12}}?(?:调研|检查|察看|考察|视察|走访|[,，]))")
_OPENS_AT_SITE = re.compile(r"(?:\d{1,2}月\d{1,2}日[上中下]?午?[,，]?)?在")
# `会见了来某地考察的某集团董事长一行`: the guests came to inspect; the host received them.
_GUESTS_CAME = re.compile(r"来[\u4e00-\u9fff]{0,3}$")
_RECEIVED = re.compile(r"会见|接见|会晤|宴请|欢迎")
# A later sentence reports another meeting held (`随后召开全市…会议`, `…会议随即召开。`), not one to come (`将召开`,
# `定于6月召开`, `筹备召开`, `关于召开…的汇报`) or a time around it (`召开期间`, `召开以来`, `召开前`).
_PLANNED = re.compile(r"将(?!军)|拟|需|应(?=[在于当])|要(?=[在于尽召])|定于|计划|近期|择期|尽快|筹备|关于|准备|适时|下[周月]|年内"
                      r"|底前|前(?=召开|举行)")
_HELD_AFTER = re.compile(r"^(?:随即|随后|紧接着)?(?:召开|举行)了?(?=[,，。;；]|$)")
# A signing announced, not done: `双方商定，某集团将于11月与…签署`, `拟签约`.
_TO_COME = re.compile(r"将|拟(?:于|与|同|在)|定于|计划(?:于|在|与|年内)|有望|商定")
# Two firms joined in a list of pairs: `甲与乙、丙与丁`.
_WITH = "与|和|同"
_JOINED = re.compile(_WITH)
# `甲、乙分别与丙、丁签约`: each before 与 with each after.
_RESPECTIVELY_WITH = re.compile(rf"分别(?:{_WITH})")
# What ends a clause of a sentence, and what separates the items of a list of pairs.
_CLAUSE_MARKS = re.compile(r"[,，;；]")
_LIST_MARKS = re.compile(r"[、;；]")
# A clause that names only the other party of the sentence's first firm: `甲与乙签订…，与丙签署…`.
_OTHER_PARTY = re.compile(rf"(?:并|还|又|同时)?(?:{_WITH})")
# 深入 as an adverb (`进行了深入交流`, `深入推进`) is no visit; `深入企业` is.
_DEEPLY = re.compile(r"深入(?=交流|推进|推动|推广|开展|实施|学习|贯彻|研究|探讨|分析|剖析|谋划|沟通|对接|了解|挖掘|落实|人心|细致"
                     r"|持久|思考|合作(?!社)|交换|讨论|座谈|谈|浅|践行|领会|打好|打赢|整治|排查)")


def _trigger(text: str, start: int, end: int, words: tuple[str, ...]) -> list[re.Match]:
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return list(pattern.finditer(text, start, end))


def _since_act(acts: list[re.Match], start: int, pos: int) -> int:
    """Where the part of a sentence before `pos` begins: after the sentence's last act before it, else at `start`."""
    return max([a.end() for a in acts if a.end() <= pos] + [start])


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
    visit = next((v for v in _VISIT.finditer(text, start, end) if visiting(text, start, v)), None)
    return _officials(_within(people, start, visit.start())) if visit else []


def visiting(text: str, start: int, verb: re.Match) -> bool:
    """Whether a visiting word of the sentence starting at `start` is a visit by those before it."""
    return not guests_visit(text, start, verb.start()) and not _DEEPLY.match(text, verb.start())


def guests_visit(text: str, start: int, pos: int) -> bool:
    """Whether a visiting word at `pos` is the guests' whom the sentence's host received (`会见了来某地考察的…`)."""
    return bool(_GUESTS_CAME.search(text, start, pos) and _RECEIVED.search(text, start, pos))


class SentenceReader:
    """Reads the relations of one article sentence by sentence (see the module docstring)."""

    def __init__(self, text: str, items: list[Found]):
        self.text = text
        self.masked = masked(text)  # 《》 blanked: a verb inside a title is no act of the meeting
        self.items = items
        self.people = [f for f in items if f.type in PEOPLE and f.start >= 0]
        self.meetings = [f for f in items if f.type is EntityType.MEETING]
        self.firms = [f for f in items if f.type is EntityType.COMPANY]
        self.firms_blanked = blank(text, self.firms)
        self.current = lead_meeting(self.meetings)  # the meeting a bare 会议 names: the lead's, until a later one is held
        self.visitors = lead_visitors(text, self.people)
        self.leg_start = 0  # where in self.out the present leg of a visit begins (after the last `陪同`)
        self.companions: list[Found] = []  # who accompany the leg a sentence opened (`在乙县，某某陪同`)
        self.companions_until = -1  # ... up to this offset (the paragraph's end, or where the visit moves on)
        self.leg_place = ""
        self.table = triggers()
        self.out: list[FoundRelation] = []

    def read(self) -> list[FoundRelation]:
        for number, sentence in enumerate(sentences(self.text)):
            if number and (held := self.held_in(*sentence)):
                self.current = held
            for step in (self.chaired, self.attended, self.spoke_at, self.approved, self.inspected, self.signed):
                step(*sentence)
        chaired = {(r.head.name, r.tail.name) for r in self.out if r.type is RelationType.CHAIRED}
        return [r for r in self.out if not (r.type is RelationType.ATTENDED and (r.head.name, r.tail.name) in chaired)]

    def held_in(self, start: int, end: int) -> Found | None:
        """A named meeting other than the present one that the sentence reports held."""
        for meeting in _within(self.meetings, start, end):
            clause = _clause_start(self.text, start, meeting.start)
            if meeting is self.current or _PLANNED.search(self.text, clause, meeting.start):
                continue
            if HELD_BY.search(self.text, clause, meeting.start) or _HELD_AFTER.match(self.text[meeting.end:end]):
                return meeting
        return None

    def add(self, heads: list[Found], kind: RelationType, tail: Found | None, start: int, end: int) -> None:
        for head in heads if tail is not None else []:
            self.out.append(FoundRelation(head, kind, tail, (start, end)))

    def bare_meeting_after(self, pos: int, end: int) -> bool:
        """`主持会议`, `出席推介会并致辞`, `…应邀出席。`, `参加学习` (of a 集体学习): the act's object is the
        article's meeting."""
        tail_of_lead = self.current is not None and any(
            self.current.name.endswith(self.text[pos:pos + k]) for k in (4, 3, 2) if pos + k <= end)
        touring = self.text.startswith("观摩", pos) and self.current is not None and "观摩" in self.current.name
        return bool(_BARE_MEETING.match(self.text, pos, end)) or bool(_NOTHING_NAMED.match(self.text, pos, end)) \
            or tail_of_lead or touring

    def chaired(self, start: int, end: int) -> None:
        for match in _trigger(self.text, start, end, self.table["CHAIRED"]):
            clause = _clause_start(self.text, start, match.start())
            after, before = _within(self.meetings, match.end(), end), _within(self.meetings, start, match.start())
            if after and not self.bare_meeting_after(match.end(), end):  # 某某主持召开X会议
                tail, heads = after[0], _within(self.people, clause, match.start())
            elif before:  # X会议召开，某某主持 / X会议由某某主持
                tail, heads = before[-1], _within(self.people, max(clause, before[-1].end), match.start())
            elif self.bare_meeting_after(match.end(), end) or "由" in self.text[clause:match.start()]:
                tail, heads = self.current, _within(self.people, clause, match.start())
            else:
                continue
            self.add(_officials(heads), RelationType.CHAIRED, tail, start, end)

    def attended(self, start: int, end: int) -> None:
        acts = list(_ACT.finditer(self.text, start, end))
        for match in _trigger(self.text, start, end, self.table["ATTENDED"]):
            if _NOT_AT_MEETING.match(self.text, match.start()) or _NOT_THERE.search(self.text, max(0, match.start() - 2), match.start()):
                continue
            named = _within(self.meetings, match.end(), end)
            bare = self.bare_meeting_after(match.end(), end) or match.group() in _SELF_CONTAINED_ATTENDANCE
            tail = named[0] if named and not _BARE_MEETING.match(self.text, match.end(), end) else (
                self.current if bare else None)
            # Those named since the previous act of the sentence: `甲出席并致辞，乙主持，丙、丁参加`.
            since = _since_act(acts, start, match.start())
            self.add(_attendees(_within(self.people, since, match.start())), RelationType.ATTENDED, tail, start, end)
        if self.current is None or _within(self.meetings, start, end):
            return
        for act in _SPEAKING.finditer(self.text, start, end):
            # `某某应邀作专题辅导报告`, `某某作城市推介`: who speaks at the article's meeting attends it.
            speakers = [p for p in _within(self.people, _clause_start(self.text, start, act.start()), act.start())
                        if act.start() - p.end <= _SPEAKER_GAP]
            self.add(_attendees(speakers[-1:]), RelationType.ATTENDED, self.current, start, end)
        if _AT_THE_MEETING.match(self.text, start):
            reporters = [p for p in _within(self.people, start, end) if _REPORTS_NEXT.match(self.text, p.end)]
            self.add(_attendees(reporters), RelationType.ATTENDED, self.current, start, end)
        for act in _SPEAKS_RIGHT_AFTER_NAME.finditer(self.text, start, end):
            self.add(_attendees([p for p in self.people if p.end == act.start()]), RelationType.ATTENDED,
                     self.current, start, end)
        for turn in _IN_TURN.finditer(self.text, start, end):
            # Not those spoken of: `传达了某某对…的批示，甲、乙先后发言`.
            speakers = [p for p in _within(self.people, _since_act(acts, start, turn.start()), turn.start())
                        if not _SPOKEN_OF.match(self.text, p.end)]
            self.add(_attendees(speakers), RelationType.ATTENDED, self.current, start, end)

    def spoke_at(self, start: int, end: int) -> None:
        """`某某在某会议上的讲话` (the speaker before 在) and `在某会议上，某某…` (the first person after)."""
        for meeting in _within(self.meetings, start, end):
            if not _AT_MEETING.search(self.text, max(start, meeting.start - 1), meeting.start):
                continue
            speaker = [p for p in _within(self.people, start, meeting.start - 1)
                       if meeting.start - 1 - p.end <= _SPEAKER_GAP]
            if speaker and _SPOKE.match(self.text[meeting.end:end]):
                heads = speaker[-1:]
            elif self.text.startswith("上", meeting.end):
                heads = _attendees(_within(self.people, meeting.end, end))[:1]
            else:
                heads = []
            self.add(heads, RelationType.ATTENDED, meeting, start, end)

    def approved(self, start: int, end: int) -> None:
        for match in _trigger(self.text, start, end, self.table["APPROVED"]):
            # The subject: a meeting that opens the sentence, else the article's (`会议审议通过…`,
            # `会议传达学习了某会议精神，审议通过…`).
            opening = [m for m in _within(self.meetings, start, match.start()) if m.start - start <= _SUBJECT_REACH
                       and not _ACTS_OF_A_MEETING.search(self.text, start, m.start)]
            head = opening[0] if opening else self.current
            next_act = _NEXT_ACT.search(self.masked, match.end(), end)
            documents = [f for f in self.items if f.type is EntityType.DOCUMENT]
            for doc in _within(documents, match.end(), next_act.start() if next_act else end):
                self.add([head] if head else [], RelationType.APPROVED, doc, start, end)

    def inspected(self, start: int, end: int) -> None:
        targets = _within([f for f in self.items if f.type in (EntityType.COMPANY, EntityType.PROJECT)], start, end)
        inspections = [m for m in _trigger(self.text, start, end, self.table["INSPECTED"])
                       if visiting(self.text, start, m)]
        if any(not place.startswith(self.leg_place) for place in _MOVES_TO.findall(self.text, start, end)):
            self.companions_until = -1  # the visit moved on to another place
        if targets and inspections:
            heads = _officials(_within(self.people, start, inspections[0].start()))
            at_site = bool(_OPENS_AT_SITE.match(self.text, start))  # `在某项目现场，…`: the visit's narrative
            if not heads and (at_site or any(m.group() not in _SITE_TRIGGERS for m in inspections)):
                heads = self.visitors
            if heads and start < self.companions_until:
                heads = heads + [c for c in self.companions if c.name not in {h.name for h in heads}]
            for target in targets:
                self.add(heads, RelationType.INSPECTED, target, start, end)
        elif self.visitors and not inspections:
            # A project the report of a visit names is one the visitors saw (`该项目已完成主体施工`), and so is a
            # firm where a sentence of the report opens (`在某公司，董事长介绍了…`).
            site = _OPENS_AT_SITE.match(self.text, start)
            projects = [t for t in targets if t.type is EntityType.PROJECT
                        or site and t.start == site.end() and self.text[t.end:t.end + 1] in ",，"]
            for target in projects:
                self.add(self.visitors, RelationType.INSPECTED, target, start, end)
        if not targets and (joined := _JOINED_VISIT.search(self.text, start, end)):
            # Local leaders who 陪同 name the leg they joined: what was visited since the last such sentence
            # (`在甲县，…甲县县长陪同。在乙区，…乙区区长陪同。`); those who 参加调研 joined the whole visit.
            accompanied = "陪同" in joined.group()
            if accompanied and (leg := _OPENS_A_LEG.match(self.text, start)):
                # `在乙县，乙县县长陪同调研。…`: they join the visits that follow, to the paragraph's end.
                self.companions = _officials(_within(self.people, start, joined.start()))
                paragraph_end = self.text.find("\n", end)
                self.companions_until = paragraph_end if paragraph_end >= 0 else len(self.text)
                self.leg_place = leg.group(1)
                self.leg_start = len(self.out)
                return
            leg = self.out[self.leg_start:] if accompanied else self.out
            visited = {id(r.tail): r.tail for r in leg if r.type is RelationType.INSPECTED}
            for target in visited.values():
                self.add(_officials(_within(self.people, start, joined.start())), RelationType.INSPECTED, target,
                         start, end)
            if visited and accompanied:
                self.leg_start = len(self.out)

    def signed(self, start: int, end: int) -> None:
        """Firms that signed with each other. Where a clause signs with two firms in it, or several clauses sign,
        each clause's firms (`甲与乙签订了…，丙与丁签订了…`; a clause that opens with 与 adds the sentence's
        first firm: `甲与乙签订…，与丙签署…`); where one clause signs for firms named before it, the clauses'
        pairs (`甲与乙，丙与丁，分别签订…`) or every two firms of the sentence (`甲与乙，在…签约`); clauses
        that announce a signing for later (`并计划与丙签订`) sign nothing."""
        firms = _within(self.firms, start, end)
        if len(firms) < 2:
            return
        clauses = _pieces(self.text, start, end, _CLAUSE_MARKS)
        signing = [c for c in clauses if self.signs(*c)]
        if not signing:
            return
        later = [c for c in clauses if c not in signing and _trigger(self.text, *c, self.table["SIGNED_WITH"])]
        if len(signing) >= 2 or len(_within(firms, *signing[0])) >= 2:
            for clause in signing:
                group = _within(firms, *clause)
                if _OTHER_PARTY.match(self.text, clause[0]) and firms[0].end <= clause[0]:
                    group = [firms[0]] + group
                self.pair(group, clause, start, end)
            return
        groups = [_within(firms, *c) for c in clauses if c not in later and _within(firms, *c)]
        if "分别" in self.text[signing[0][0]:signing[0][1]] and len(groups) >= 2 and all(len(g) == 2 for g in groups):
            for group in groups:
                self.pair(group, (start, end), start, end)
        else:
            self.pair([f for g in groups for f in g], (start, end), start, end)

    def signs(self, start: int, end: int) -> bool:
        """Whether the text says a signing took place: a signing word not announced for later (`将于…签署`;
        firms' names blanked: `将军岭…公司`)."""
        return any(not _TO_COME.search(self.firms_blanked, _clause_start(self.text, start, m.start()), m.start())
                   for m in _trigger(self.text, start, end, self.table["SIGNED_WITH"]))

    def pair(self, firms: list[Found], region: tuple[int, int], sentence_start: int, sentence_end: int) -> None:
        """Every two of `firms`; `A、B分别与C、D签约` in `region`: each before 与 with each after; `A与B、C与D分别签约`:
        the pairs between the 、."""
        split = _RESPECTIVELY_WITH.search(self.text, *region)
        segments = [_within(firms, *seg) for seg in _pieces(self.text, *region, _LIST_MARKS)]
        joined = [seg for seg in segments if len(seg) == 2 and _JOINED.fullmatch(self.text[seg[0].end:seg[1].start])]
        if not split and len(joined) >= 2 and all(len(seg) == 2 or not seg for seg in segments):
            pairs = [(seg[0], seg[1]) for seg in joined]  # `甲与乙、丙与丁分别签约`
        elif split:
            left = [f for f in firms if f.end <= split.start()]
            pairs = [(a, b) for a in left for b in firms if b.start >= split.end()]
        else:
            pairs = [(a, b) for i, a in enumerate(firms) for b in firms[i + 1:]]
        for a, b in pairs:
            if a.name != b.name:
                self.add([a], RelationType.SIGNED_WITH, b, sentence_start, sentence_end)


def _pieces(text: str, start: int, end: int, marks: re.Pattern) -> list[tuple[int, int]]:
    """The parts of [start, end) after each of `marks`: a sentence's clauses, or the pairs of `甲与乙、丙与丁`."""
    edges = [start] + [m.end() for m in marks.finditer(text, start, end)] + [end]
    return list(zip(edges, edges[1:]))


def blank(text: str, spans: list[Found]) -> str:
    """`text` with the spans' characters replaced, so that a word inside a name is not read as text."""
    chars = list(text)
    for span in spans:
        if span.start >= 0:
            chars[span.start:span.end] = "〇" * (span.end - span.start)
    return "".join(chars)


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last comma or semicolon before it."""
    cut = max(text.rfind(c, start, pos) for c in ",，;；")
    return cut + 1 if cut >= 0 else start


def extract_relations(text: str, items: list[Found]) -> list[FoundRelation]:
    return SentenceReader(text, items).read()


@Language.factory("kg_relations", default_config={})
def make_relations(nlp: Language, name: str):
    return RelationsComponent()


class RelationsComponent:
    """Relations between the mentions the entity components found (runs after them)."""

    def __call__(self, doc: Doc) -> Doc:
        relations(doc).extend(extract_relations(doc.text, found(doc)))
        return doc
