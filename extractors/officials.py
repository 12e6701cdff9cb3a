"""Officials and their posts, read by the grammar of posts.

A post is an optional body prefix (市委, 松岭区文旅局, 省纪委第三巡视组) and a
role word (书记, 副市长, 主任). Posts chain with 、 before the name
(`市委常委、副市长郗明远` -> two posts); names chain with 、 after a post
(`副市长简岚、谭振、焦卫` -> the post for each). A post may also follow the name
(`习近平总书记`, `邝立平代表`), and a profile line gives name then posts
(`人物:某某 58岁 县人大代表、原某公司党委书记`).
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.found import Found, found
from extractors.lexicon import alternation, words
from extractors.names import MAX_NAME_CHARS, is_boundary, plausible_name, read_name, read_name_before, surname_length
from kg.records import EntityType

PREFIX_MAX_CHARS = 24
# Characters and words after which a body prefix cannot reach further left.
_PREFIX_STOP = re.compile(r"[^\u4e00-\u9fff0-9“”]|[了的在对向是把被将从给与及由为等和请我你他她们]|采访|会见|陪同|看望|慰问|带领|率领|邀请|特邀|受邀|应邀")
_PROFILE = re.compile(r"人物[:：]\s*([\u4e00-\u9fff·]{2,4})\s+(?:\d+岁\s*)?([^\n]+)")
_PROFILE_POST_LEAD = re.compile(r"^(?:现任|现为|曾任|系)")
# `接受某某辞去某局局长职务的请求`: a resignation accepted names the post left.
_RESIGNATION = re.compile("接受")
# `企业代表`, `群众代表`: someone speaking for a group, not a deputy of a congress.
_GROUP_BEFORE_DEPUTY = re.compile(r"(?:企业|企业家|群众|村民|居民|职工|员工|学生|家长|专家|党员|青年|妇女|农民|师生|客商|商户"
                                  r"|各界|志愿者|老人|消费者|患者)$")
# 代表 before a body or a party to a deal is the verb (`某某代表县政府致辞`, `某某代表双方签约`).
_BODY_AFTER = re.compile(r"[省市县区镇乡村全各我本该公党政]|双方|甲方|乙方|企业")
_ELLIPTICAL_HEAD = re.compile(r"^(.*?)(党组副书记|党组书记|党委副书记|党委书记)$")
# Bare posts that belong to the body of the post before them in a chain.
_EXPANDABLE = {"秘书长", "副秘书长", "主任", "副主任", "主席", "副主席", "董事长", "副董事长", "总经理", "副总经理"}
# `某某代表是某村党总支书记`: a name, then the posts it is said to hold.
_HOLDS = re.compile(r"(?:代表|委员|同志)?(?:是|系|现任|担任|任)")


@cache
def _business_roles() -> frozenset[str]:
    return frozenset(words("business_roles"))


@cache
def _patterns() -> dict[str, re.Pattern]:
    org_piece = rf"(?:[\u4e00-\u9fff0-9]{{0,10}}?(?:{alternation('org_suffixes')}|{alternation('company_suffixes')}|[省市县区镇乡村州]))"
    return {
        "appointment": re.compile(rf"(?:{alternation('appointment_verbs')})"),
        "role": re.compile(rf"(?:{alternation('collective_roles')}|{alternation('roles')}|{alternation('business_roles')})"),
        "prefix": re.compile(rf"原?{org_piece}+$"),
        "role_after_name": re.compile(rf"(?:{alternation('name_after_roles')})"),
    }


def post_start(text: str, role_start: int) -> int:
    """Where the body prefix of a post ending at `role_start` begins (== role_start if none)."""
    lo = max(0, role_start - PREFIX_MAX_CHARS)
    window = text[lo:role_start]
    stops = list(_PREFIX_STOP.finditer(window))
    if stops:
        lo += stops[-1].end()
    for start in range(lo, role_start):
        if _patterns()["prefix"].match(text, start, role_start):
            return start
    return role_start


def expand_elliptical(posts: list[str], body_lengths: list[int]) -> list[str]:
    """A bare post after a post of a body is a post of that body: `市人大常委会党组书记、主任` -> 主任 of
    市人大常委会, `市委常委、秘书长` -> 秘书长 of 市委, `集团党委书记、董事长` -> 董事长 of the group.

    `body_lengths[i]`: how many characters of posts[i] name its body (0 for a bare role)."""
    if not posts or not body_lengths[0]:
        return posts
    head = _ELLIPTICAL_HEAD.match(posts[0])
    body = head.group(1) if head and head.group(1) else posts[0][:body_lengths[0]]
    return [posts[0]] + [body + p if not n and p[0] not in "省市县区镇乡村" and (head or p in _EXPANDABLE) else p
                         for p, n in zip(posts[1:], body_lengths[1:])]


def person_spans(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """NER PERSON entities by start and by end (character offsets)."""
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    return {e.start_char: e.end_char for e in ents}, {e.end_char: e.start_char for e in ents}


def post_of_next_name(text: str, start: int, role: re.Match, person_starts: dict[int, int] | None = None) -> bool:
    """Whether text[start:role] is a body and the role the post of the name after it (`区政协主席某某`),
    not a name with its post (`某某主任`)."""
    return bool(_patterns()["prefix"].fullmatch(text, start, role.start())) \
        and read_name(text, role.end(), person_starts) is not None


def posts_then_names(text: str, person_starts: dict[int, int]) -> list[Found]:
    """`<post>(、<post>)* <name>(、<name>)*` anywhere in the text.

    Enterprise roles (董事长, 总经理) are posts only inside a chain that a public post opened."""
    out: list[Found] = []
    # 常委 of 常委会 and 委员 of 委员会 are bodies, not posts.
    roles = [m for m in _patterns()["role"].finditer(text) if not text.startswith("会", m.end())]
    chain: list[str] = []
    bodies: list[int] = []
    chain_end = -1
    for match in roles:
        # `企业代表`, `村民代表` speak for a group: inside a chain a link that is no post, else nothing.
        group = _GROUP_BEFORE_DEPUTY.search(text, 0, match.start()) if match.group() == "代表" else None
        start = group.start() if group else post_start(text, match.start())
        chained = chain and start == chain_end + 1 and text[chain_end] == "、"
        if (group or match.group() in _business_roles()) and not chained:
            continue
        if not chained:
            chain, bodies = [], []
        if not group:
            chain.append(text[start:match.end()])
            bodies.append(match.start() - start)
        chain_end = match.end()
        pos = match.end()
        names = []
        while (end := read_name(text, pos, person_starts)) is not None:
            role_after = _patterns()["role"].match(text, end)
            if names and role_after and post_of_next_name(text, pos, role_after, person_starts):
                break  # `…主任甲、区政协主席乙`: after 、 a post begins (区政协 + 主席), not a name
            names.append((pos, end))
            if end < len(text) and text[end] == "、":
                pos = end + 1
            else:
                break
        posts = expand_elliptical(chain, bodies)
        for name_start, name_end in names:
            out.append(Found(EntityType.OFFICIAL, name_start, name_end, text[name_start:name_end], titles=posts))
        if names:
            chain, bodies = [], []
    return out


def _role_after(text: str, pos: int) -> re.Match | None:
    """The first role word after `pos` within a post's reach; 委员 of 委员会 and 代表 of 代表大会 name bodies."""
    for role in _patterns()["role"].finditer(text, pos, min(len(text), pos + PREFIX_MAX_CHARS)):
        if not text.startswith(("会", "大会"), role.end()):
            return role
    return None


def posts_at(text: str, pos: int) -> list[str]:
    """The posts, chained with 、, that begin exactly at `pos` (`某局局长、某院院长`); since the start is
    known, a body may hold 和 (`发展和改革委员会主任`)."""
    chain = []
    while role := _role_after(text, pos):
        body_stops = [m for m in _PREFIX_STOP.finditer(text, pos, role.start()) if m.group() != "和"]
        if role.start() != pos and (body_stops or not _patterns()["prefix"].fullmatch(text, pos, role.start())):
            break
        chain.append(text[pos:role.end()])
        if not text.startswith("、", role.end()):
            break
        pos = role.end() + 1
    return chain


def stated_posts(text: str, officials: list[Found]) -> list[Found]:
    """`某某代表是某村党总支书记`: posts said of a name the article knows."""
    out = []
    for name in {f.name for f in officials}:
        for match in re.finditer(re.escape(name), text):
            said = _HOLDS.match(text, match.end())
            if said and (chain := posts_at(text, said.end())):
                out.append(Found(EntityType.OFFICIAL, match.start(), match.end(), name, titles=chain))
    return out


def appointments(text: str, person_starts: dict[int, int]) -> list[Found]:
    """`任命某某为某局局长`, `补选某某为某人大代表`, `免去某某的某局局长职务`, `接受某某辞去某局局长职务的请求`:
    the name and the post it is given or loses (a post the text gives is a post, whether taken up or left)."""
    out = []
    verbs = [(verb, False) for verb in _patterns()["appointment"].finditer(text)] \
        + [(verb, True) for verb in _RESIGNATION.finditer(text)]
    for verb, resigns in verbs:
        names = resigning_name(text, verb.end()) if resigns else appointed_names(text, verb.end(), person_starts)
        if not names:
            continue
        end = names[-1][1]
        after = end + 2 if text.startswith("同志", end) else end  # 任命某某同志为…
        for link in ("辞去",) if resigns else ("为", "的", ""):
            if text.startswith(link, after) and (chain := posts_at(text, after + len(link))):
                # `免去甲、乙的A、B职务`: as many posts as names go respectively.
                posts = [[post] for post in chain] if len(names) == len(chain) > 1 else [chain] * len(names)
                out += [Found(EntityType.OFFICIAL, start, stop, text[start:stop], titles=titles)
                        for (start, stop), titles in zip(names, posts)]
                if link == "为":
                    out += further_appointments(text, after, person_starts)
                break
    return out


def further_appointments(text: str, pos: int, person_starts: dict[int, int]) -> list[Found]:
    """`任命甲为A局局长，乙为B局局长`: the clauses of the sentence after an appointment that name someone (a PERSON of
    the model: not `明确为`, `安排为`) 为 a post take its verb."""
    out = []
    while (comma := _NEXT_CLAUSE.match(text, pos)) and (end := person_starts.get(comma.end())) \
            and plausible_name(text[comma.end():end]):
        if not (text.startswith("为", end) and (chain := posts_at(text, end + 1))):
            break
        out.append(Found(EntityType.OFFICIAL, comma.end(), end, text[comma.end():end], titles=chain))
        pos = end + 1
    return out


# The next clause of a sentence: its comma, no sentence's end before it.
_NEXT_CLAUSE = re.compile(r"[^。；;！？]*?[,，]")


def resigning_name(text: str, pos: int) -> list[tuple[int, int]]:
    """`接受某某(同志)辞去…`: the name right before 辞去 (辞去 is no boundary elsewhere: `馆长甘心辞去工作`)."""
    end = text.find("辞去", pos, pos + MAX_NAME_CHARS + len("同志辞去"))
    if end > pos and text.startswith("同志", end - 2):
        end -= 2
    return [(pos, end)] if end > pos and surname_length(text, pos) and plausible_name(text[pos:end]) else []


def appointed_names(text: str, pos: int, person_starts: dict[int, int]) -> list[tuple[int, int]]:
    """The names an appointment verb at `pos` governs: one, or a list joined by 、 (`任命甲、乙为某局副局长`)."""
    names: list[tuple[int, int]] = []
    start = pos
    while (end := read_name(text, start, person_starts)) is not None:
        names.append((start, end))
        if not text.startswith("、", end):
            break
        start = end + 1
    return names


def names_then_post(text: str, person_ends: dict[int, int]) -> list[Found]:
    """`习近平总书记`, `邝立平代表`: a name with the post printed after it."""
    out = []
    for match in _patterns()["role_after_name"].finditer(text):
        start = read_name_before(text, match.start(), person_ends)
        if start is not None and match.group() != "同志" and not _BODY_AFTER.match(text, match.end()) \
                and not post_of_next_name(text, start, match):
            out.append(Found(EntityType.OFFICIAL, start, match.start(), text[start:match.start()],
                             titles=[match.group()]))
    return out


def profiles(text: str) -> list[Found]:
    """`人物:某某 58岁 县人大代表、原某公司党委书记、现任某村党支部书记`."""
    out = []
    role_end = re.compile(rf"(?:{alternation('roles')})$")
    for match in _PROFILE.finditer(text):
        posts = [_PROFILE_POST_LEAD.sub("", re.sub(r"[(（][^()（）]*[)）]", "", p)).strip()
                 for p in re.split(r"[、,，]", match.group(2))]
        posts = [p for p in posts if role_end.search(p)]
        if posts:
            out.append(Found(EntityType.OFFICIAL, match.start(1), match.end(1), match.group(1), titles=posts))
    return out


def later_mentions(text: str, officials: list[Found]) -> list[Found]:
    """Other places where the article names an official it introduced with a post (`大会由某某主持`)."""
    taken = [(f.start, f.end) for f in officials]
    out = []
    for name in {f.name for f in officials}:
        for match in re.finditer(re.escape(name), text):
            if not any(s < match.end() and match.start() < e for s, e in taken) and is_boundary(text, match.end()):
                out.append(Found(EntityType.OFFICIAL, match.start(), match.end(), name))
                taken.append((match.start(), match.end()))
    return out


@Language.factory("kg_officials", default_config={"use_ner": True})
def make_officials(nlp: Language, name: str, use_ner: bool):
    return OfficialsComponent(use_ner)


class OfficialsComponent:
    """Officials with their posts (see the module docstring)."""

    def __init__(self, use_ner: bool):
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        starts, ends = person_spans(doc) if self.use_ner else ({}, {})
        text = doc.text
        officials = posts_then_names(text, starts) + names_then_post(text, ends) + profiles(text) \
            + appointments(text, starts)
        found(doc).extend(officials + stated_posts(text, officials) + later_mentions(text, officials))
        return doc
