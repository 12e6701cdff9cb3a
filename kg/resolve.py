"""Entity resolution: the records of many pages become one networkx MultiDiGraph, one node per real thing.

A node's key is a pure function of what one page says about the thing (its type, its normalised name and,
for officials, the jurisdiction of their posts; for meetings, the date). A page therefore resolves to the
same keys whatever is loaded with it, before or after: pages built one at a time, over several runs, give
the graph that building them together gives, and Neo4j MERGE and the RDF exporter can use the keys as
identifiers. Where two pages say different things about one node or edge, `merge_attrs` combines them
in the way `cypher/load_*.cypher` does in Neo4j.

Identity rules (docs/schema.md states them for analysts):
- Official: same name and same jurisdiction. A post's jurisdiction is the place its title starts with,
  after a rank prefix (副, 常务副, 代): 市委常委 and 副市长 → 市, 松岭区委书记 → 松岭区, 青川省委 → 省,
  全国人大代表 → 国. A city or province named in full counts as its level (榆川市委 → 市); a title that
  names no place (代表, 书记, 党组书记) counts as 市, the local paper's own level. An official with posts
  in several places is placed at the highest one (国 > 省 > 市 > any named lower place). So 副市长 in 2019
  and 市长 in 2020 are one node, while 王伟 村党支部书记 of 新兴村 and 王伟 副市长 are two; two namesakes
  of one level in one city are taken to be one person, and a move from a district to the city splits.
- Meeting: normalised name (召开 dropped) and date (its own, else its article's event date, else the
  issue date). A name that carries its own ordinal (第十次, 四次会议) is unique without a date.
- Person: name and role (journalist, entrepreneur, other); the reporters of a byline are journalists.
- Company, Project, Organization, Document: normalised name (《》 dropped).
- Post: the title as written, normalised; a title that ends another title of the same official on the
  same page (书记 beside 市委书记) is that post, as the guidelines say.
- Article: its id (<file stem>#<index>).
Names are normalised as the guidelines compare them: NFKC, all whitespace removed.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import networkx as nx

from kg.records import Article, Entity, EntityType, Evidence, Page, PageRecords

LOCAL_LEVEL = "市"
LEVELS = ("国", "省", "市")  # highest first; any named lower place ranks after them
NATIONAL_PREFIXES = ("全国", "中央", "中共中央", "国务院", "国家")
RANK_PREFIX = re.compile(r"^(?:常务|代理|代|副)+")
PLACE = re.compile(r"^.*?(?:省|市|区|县|旗|镇|乡|村|街道|社区)")
ORDINAL = re.compile(r"第[〇零一二三四五六七八九十百\d]+[次届]|[一二三四五六七八九十]+次会议")
SENTENCE_END = "。！？!?"

# Attributes that combine by taking the earliest or latest value; lists combine by union in first-seen order,
# `evidence` in step with `evidence_at` (where each sentence was read); any other scalar is fixed by the key.
EARLIEST = {"first_seen", "date"}
LATEST = {"last_seen"}
ALIGNED = {"evidence": "evidence_at"}


def normalise(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def jurisdiction(title: str) -> str:
    """The place a post belongs to, at the level identity works with (see the module docstring)."""
    title = RANK_PREFIX.sub("", normalise(title))
    if title.startswith(NATIONAL_PREFIXES):
        return "国"
    place = PLACE.match(title)
    if not place:
        return LOCAL_LEVEL
    place = place.group()
    return place[-1] if place[-1] in "省市" else place


def official_place(titles: list[str]) -> str:
    places = {jurisdiction(t) for t in titles} or {LOCAL_LEVEL}
    return min(places, key=lambda p: (LEVELS.index(p) if p in LEVELS else len(LEVELS), p))


def resolved_name(entity: Entity) -> str:
    name = normalise(entity.name)
    if entity.type is EntityType.MEETING:
        return name.replace("召开", "")
    return name.strip("《》") if entity.type is EntityType.DOCUMENT else name


def distinct_posts(titles: list[str]) -> list[str]:
    """Titles in order, without repeats and without a title that ends a longer one (书记 beside 市委书记)."""
    titles = list(dict.fromkeys(normalise(t) for t in titles if normalise(t)))
    return [t for t in titles if not any(o != t and o.endswith(t) for o in titles)]


class PageResolver:
    """Keys, nodes and edges of one page; `resolve` folds pages into one graph."""

    def __init__(self, records: PageRecords):
        self.records = records
        self.articles = {a.id: a for a in records.page.articles}
        self.keys = {e.key: self.entity_key(e) for e in records.entities}

    def date_of(self, article_id: str | None) -> str | None:
        """An article's date: its event date, else the issue date."""
        article = self.articles.get(article_id)
        return (article and article.event_date) or self.records.page.issue_date

    def entity_key(self, entity: Entity) -> str:
        name = resolved_name(entity)
        if entity.type is EntityType.OFFICIAL:
            return f"official:{name}|{official_place(entity.titles)}"
        if entity.type is EntityType.MEETING:
            return f"meeting:{name}|{'' if ORDINAL.search(name) else self.meeting_date(entity) or ''}"
        if entity.type is EntityType.PERSON:
            return f"person:{entity.role or 'other'}|{name}"
        return f"{entity.type.value.lower()}:{name}"

    def meeting_date(self, entity: Entity) -> str | None:
        return entity.date or self.date_of(entity.mentions[0].article_id if entity.mentions else None)

    def entity_attrs(self, entity: Entity) -> dict:
        name = resolved_name(entity)
        attrs = {"label": entity.type.value, "name": name,
                 "aliases": [a for a in dict.fromkeys(normalise(a) for a in entity.aliases) if a != name]}
        if entity.type is EntityType.OFFICIAL:
            attrs.update(titles=distinct_posts(entity.titles), jurisdiction=official_place(entity.titles))
        elif entity.type is EntityType.MEETING:
            attrs["date"] = self.meeting_date(entity)
        elif entity.type is EntityType.PERSON:
            attrs["role"] = entity.role or "other"
        return attrs

    def sightings(self, entity: Entity) -> list[Evidence]:
        """One piece of evidence per article that mentions the entity: the sentence of its first mention there."""
        first = {}
        for mention in entity.mentions:
            first.setdefault(mention.article_id, mention)
        return [self.sentence_at(m.article_id, m.start, m.end) for m in first.values()]

    def sentence_at(self, article_id: str, start: int, end: int) -> Evidence:
        text = self.records.page.text
        begin = max((text.rfind(c, 0, start) for c in SENTENCE_END), default=-1) + 1
        stops = [i for i in (text.find(c, end) for c in SENTENCE_END) if i >= 0]
        stop = min(stops) + 1 if stops else len(text)
        return Evidence(self.records.page.source, article_id, "".join(text[begin:stop].split()), begin, stop)

    def fact_attrs(self, kind: str, evidence: list[Evidence]) -> dict:
        dates = sorted(d for d in (self.date_of(e.article_id) for e in evidence) if d)
        dates = dates or [d for d in [self.records.page.issue_date] if d]
        located = {f"{e.article_id}@{e.start}-{e.end}": e.sentence for e in evidence}
        return {"type": kind, "sources": list(dict.fromkeys(e.article_id for e in evidence)),
                "evidence": list(located.values()), "evidence_at": list(located),
                "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None}

    def add_to(self, graph: nx.MultiDiGraph) -> None:
        page = self.records.page
        for article in page.articles:
            add_node(graph, f"article:{article.id}", article_attrs(article, page))
            for reporter in article.reporters:
                journalist = f"person:journalist|{normalise(reporter)}"
                add_node(graph, journalist, {"label": "Person", "name": normalise(reporter), "aliases": [],
                                             "role": "journalist"})
                add_edge(graph, journalist, f"article:{article.id}", {"type": "WROTE"})
        for entity in self.records.entities:
            key = self.keys[entity.key]
            add_node(graph, key, self.entity_attrs(entity))
            for mention in entity.mentions:
                add_edge(graph, f"article:{mention.article_id}", key,
                         {"type": "MENTIONS", "spans": [f"{mention.start}-{mention.end}"]})
            if entity.type is EntityType.OFFICIAL:
                self.add_posts(graph, key, entity)
        for relation in self.records.relations:
            if relation.head in self.keys and relation.tail in self.keys:
                add_edge(graph, self.keys[relation.head], self.keys[relation.tail],
                         self.fact_attrs(relation.type.value, relation.evidence))

    def add_posts(self, graph: nx.MultiDiGraph, official: str, entity: Entity) -> None:
        evidence = self.sightings(entity)
        for title in distinct_posts(entity.titles):
            post = f"post:{title}"
            add_node(graph, post, {"label": "Post", "name": title, "aliases": []})
            add_edge(graph, official, post, {**self.fact_attrs("HOLDS_POSITION", evidence), "title": title})


def article_attrs(article: Article, page: Page) -> dict:
    spans = [*article.headline_spans, *article.body_spans]
    return {"label": "Article", "id": article.id, "source": article.source,
            "paper": page.masthead.paper if page.masthead else None,
            "issue_number": page.masthead.issue_number if page.masthead else None,
            "issue_date": page.issue_date, "event_date": article.event_date, "title": article.title,
            "reporters": list(article.reporters),
            "start": min((s.start for s in spans), default=None), "end": max((s.end for s in spans), default=None),
            "headline_spans": [f"{s.start}-{s.end}" for s in article.headline_spans],
            "body_spans": [f"{s.start}-{s.end}" for s in article.body_spans]}


def merge_attrs(old: dict, new: dict) -> dict:
    """Combine what two sightings say about one node or edge; the same rules as the Cypher load files."""
    merged = dict(old)
    for name, value in new.items():
        known = old.get(name)
        if value is None or known is None:
            merged[name] = value if known is None else known
        elif name in EARLIEST:
            merged[name] = min(known, value)
        elif name in LATEST:
            merged[name] = max(known, value)
        elif name in ALIGNED:
            at = ALIGNED[name]
            merged[name] = known + [value[i] for i, where in enumerate(new[at]) if where not in old[at]]
        elif isinstance(known, list):
            merged[name] = known + [v for v in value if v not in known]
    return merged


def add_node(graph: nx.MultiDiGraph, key: str, attrs: dict) -> None:
    if key in graph:
        graph.nodes[key].update(merge_attrs(graph.nodes[key], attrs))
    else:
        graph.add_node(key, **attrs)


def add_edge(graph: nx.MultiDiGraph, head: str, tail: str, attrs: dict) -> None:
    """One edge per (head, type, tail): the relationship type is the edge key."""
    kind = attrs["type"]
    if graph.has_edge(head, tail, kind):
        data = graph.edges[head, tail, kind]
        data.update(merge_attrs(data, attrs))
    else:
        graph.add_edge(head, tail, key=kind, **attrs)


def resolve(pages: Iterable[PageRecords], graph: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """The graph of `pages`, added to (a copy of) `graph` from earlier runs when one is given."""
    graph = graph.copy() if graph is not None else nx.MultiDiGraph()
    for records in pages:
        PageResolver(records).add_to(graph)
    return graph
