"""Mentions of one page resolved into entities: one entity per thing, however often it is named.

- People: one per name. A name that is an official's anywhere on the page is that
  official; posts are gathered in order, a post dropped where a longer form of it
  is there (书记 beside 市委书记). A partial name the model cut short
  (`郗振` of `郗振邦`) joins the full one.
- Meetings: one per canonical form (召开, quotes and spaces dropped; 大会 and
  会议 alike; year and ordinal wherever they stand); a name that ends another
  is the same meeting (`全县干部大会` of `“营商环境提升年”全县干部大会`).
- Bodies and companies: a name that ends exactly one longer name of its type
  is that one (`市委` of `中共榆川市委`, `市政府` of `榆川市人民政府`; `某某茶业` of
  `某县某某茶业有限公司`: a firm's legal form does not count).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from extractors.found import Found
from extractors.lexicon import LEGAL_FORMS
from kg.records import Entity, EntityType, Mention

ROLE_RANK = {"journalist": 3, "entrepreneur": 2, "other": 1, None: 0}
# What follows a place's name inside a body's name: a level (县, 村) or 社区, 街道.
_PLACE_WORD = r"(?:[省市县区镇乡村]|社区|街道)"


@dataclass
class Located:
    """A Found with where it lies in the original file (start -1: not located)."""

    found: Found
    article_id: str
    start: int
    end: int


def clean(name: str) -> str:
    return "".join(name.split())


def collapse_titles(titles: list[str]) -> list[str]:
    """Titles in order, without repeats or a post whose longer form is also there."""
    unique = list(dict.fromkeys(clean(t) for t in titles if clean(t)))
    return [t for t in unique if not any(o != t and o.endswith(t) for o in unique)]


def meeting_key(name: str) -> str:
    """A meeting's name in one spelling: `云渡县第十八届人民代表大会第五次会议` and `县十八届人大五次会议` end alike."""
    name = re.sub(r"[“”\"'\s]|召开", "", name)
    name = name.replace("人民代表大会", "人大").replace("中国人民政治协商会议", "政协")
    name = re.sub(r"政协(.{1,8}?[省市县区])第?([一二三四五六七八九十]+)届委员会", r"\1政协\2届", name)
    name = re.sub(r"第(?=[一二三四五六七八九十百\d]+[届次])", "", name)
    name = re.sub(r"(大会|会议)$", "会", name)
    year = re.search(r"\d{4}年", name)
    ordinal = re.search(r"[一二三四五六七八九十百\d]+次", name)
    rest = name
    for part in (year, ordinal):
        if part:
            rest = rest.replace(part.group(), "")
    return "|".join([rest, ordinal.group() if ordinal else "", year.group() if year else ""])


def body_key(name: str) -> str:
    return re.sub(r"人民政府", "政府", re.sub(r"^中共", "", clean(name)))


_LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORMS})$")
BRAND_CHARS = 2  # characters of a brand, at least, that its short name keeps (`华拓` of 华拓智能装备)
PLACE_CHARS = 2  # a place written without its level before a brand (`榕川新岭光电`)
MIN_SHORT_CHARS = 4  # a short name of two or three characters (`智能`) is a word, not a firm
_PLACE_PREFIX = re.compile(r"(?:中国|中华|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南"
                           r"|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
                           r"(?:省|市|自治区)?(?:[\u4e00-\u9fff]{2,3}?[市县区州])?|[\u4e00-\u9fff]{2,3}?(?:省|市|县|区|州)")
_PLACE_WORD_AT = re.compile(r"[省市县区州]")


def ends_name(longer: str, short: str) -> bool:
    """Whether `short` names the same thing as `longer` by its end (`市委` of `中共某市委`)."""
    return longer.replace("|", "").endswith(short.replace("|", ""))


def ends_firm(longer: str, short: str) -> bool:
    """A short firm name without a legal form ends the full name without its own (`云雾茶业` of
    `某县云雾茶业有限公司`) or abbreviates it (`华拓集团` of `某市华拓智能装备集团有限公司`); two names that both have a legal form must end
    alike (a 股份有限公司 is not the 有限公司 of the same brand)."""
    if longer.endswith(short):
        return True
    if _LEGAL_FORM.search(short):
        return False
    core = _LEGAL_FORM.sub("", longer)
    return core.endswith(short) or abbreviates(core, short)


def abbreviates(core: str, short: str) -> bool:
    """`新岭光电` of `白鹭新岭光电科技`, `恒达集团` of `江川市恒达智能装备集团`: the short name opens the brand, which
    stands first or after a place (a two-character one, or one with a level), and a 集团 keeps its 集团. The
    brand is not itself the place (`江川集团` of `江川市恒达…集团`), nor a parent the name of its branch
    (`华拓集团` of `华拓集团(某地)智能装备`)."""
    if len(short) < MIN_SHORT_CHARS:
        return False
    place = _PLACE_PREFIX.match(core)
    for start in sorted({place.end()} if place else {0, PLACE_CHARS}):
        brand = core[start:]
        if _PLACE_WORD_AT.match(brand, BRAND_CHARS):
            continue
        if brand.startswith(short):
            return brand[len(short):len(short) + 1] not in ("(", "（")
        if short.endswith("集团") and brand.startswith(short[:-2]) \
                and "集团" in brand[len(short) - 2:]:
            return True
    return False


class PageEntities:
    """Builds the entities of one page and answers which entity a mention belongs to."""

    def __init__(self, located: list[Located]):
        self.entities: dict[str, Entity] = {}
        self._key_of: dict[tuple[str, str], str] = {}
        people = [m for m in located if m.found.type in (EntityType.OFFICIAL, EntityType.PERSON)]
        self._people(people)
        self._by_canonical(EntityType.MEETING, [m for m in located if m.found.type is EntityType.MEETING], meeting_key)
        self._by_canonical(EntityType.COMPANY, [m for m in located if m.found.type is EntityType.COMPANY], clean,
                           ends=ends_firm)
        for kind in (EntityType.ORGANIZATION, EntityType.PROJECT, EntityType.DOCUMENT):
            self._by_canonical(kind, [m for m in located if m.found.type is kind], body_key)
        self._drop_bodies_that_are_companies()
        self._drop_persons_inside_names()

    def key_of(self, found: Found) -> str | None:
        group = "person" if found.type in (EntityType.OFFICIAL, EntityType.PERSON) else found.type.value
        return self._key_of.get((group, clean(found.name)))

    def _add(self, kind: EntityType, name: str, group: str, mentions: list[Located], names: set[str]) -> Entity:
        key = f"{kind.value}:{name}"
        entity = self.entities.setdefault(key, Entity(key=key, type=kind, name=name))
        for form in names:
            self._key_of[(group, form)] = key
            if form != name and form not in entity.aliases:
                entity.aliases.append(form)
        entity.mentions.extend(Mention(clean(m.found.name), m.article_id, m.start, m.end) for m in mentions)
        return entity

    def _people(self, mentions: list[Located]) -> None:
        by_name: dict[str, list[Located]] = defaultdict(list)
        for m in mentions:
            by_name[clean(m.found.name)].append(m)
        full = sorted(by_name, key=len, reverse=True)
        # A partial name joins the one full name it starts (郗振 -> 郗振邦, 某书 -> 某书雅岚).
        owner = {}
        for name in full:
            longer = [o for o in full if o != name and o.startswith(name)]
            owner[name] = longer[0] if len(longer) == 1 else name
        groups: dict[str, list[Located]] = defaultdict(list)
        for name, ms in by_name.items():
            groups[owner[name]].extend(ms)
        for name, ms in groups.items():
            officials = [m for m in ms if m.found.type is EntityType.OFFICIAL]
            forms = {clean(m.found.name) for m in ms}
            if officials:
                entity = self._add(EntityType.OFFICIAL, name, "person", ms, forms)
                entity.titles = collapse_titles([t for m in officials for t in m.found.titles])
            else:
                entity = self._add(EntityType.PERSON, name, "person", ms, forms)
                entity.role = max((m.found.role for m in ms), key=lambda r: ROLE_RANK.get(r, 0))

    def _by_canonical(self, kind: EntityType, mentions: list[Located], canonical, ends=ends_name) -> None:
        groups: dict[str, list[Located]] = defaultdict(list)
        for m in mentions:
            groups[canonical(m.found.name)].append(m)
        keys = sorted(groups, key=len, reverse=True)
        merged: dict[str, str] = {}
        for key in keys:
            longer = [o for o in keys if o != key and merged.get(o, o) == o and ends(o, key)]
            merged[key] = longer[0] if len(longer) == 1 else key
        final: dict[str, list[Located]] = defaultdict(list)
        for key in keys:
            target = merged[key]
            while merged[target] != target:
                target = merged[target]
            final[target].extend(groups[key])
        for ms in final.values():
            names = [clean(m.found.name) for m in ms]
            name = max(names, key=lambda n: (len(n), -names.index(n)))
            entity = self._add(kind, name, kind.value, ms, set(names))
            dates = [m.found.date for m in ms if m.found.date]
            entity.date = dates[0] if dates else None

    def _drop_bodies_that_are_companies(self) -> None:
        companies = {e.name for e in self.entities.values() if e.type is EntityType.COMPANY}
        self._drop([k for k, e in self.entities.items() if e.type is EntityType.ORGANIZATION and e.name in companies])

    def _drop_persons_inside_names(self) -> None:
        """A person without a post whose name stands before a place word in a body's, firm's or project's
        name on the page is a place the model took for a name (`柳巷` of `柳巷社区`, `石峪` of `石峪县委`);
        a firm or farm named after its owner (`某某家庭农场`) has no place word after the name. Journalists stay."""
        names = " ".join(e.name for e in self.entities.values()
                         if e.type in (EntityType.COMPANY, EntityType.ORGANIZATION, EntityType.PROJECT))
        self._drop([k for k, e in self.entities.items() if e.type is EntityType.PERSON
                    and e.role != "journalist"
                    and re.search(re.escape(e.name) + _PLACE_WORD, names)])

    def _drop(self, keys: list[str]) -> None:
        """Remove entities, and the names that led to them, so that no relation reaches them."""
        dropped = set(keys)
        for key in dropped:
            del self.entities[key]
        self._key_of = {form: key for form, key in self._key_of.items() if key not in dropped}
