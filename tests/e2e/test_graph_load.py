"""Loading the resolved graph into the real Neo4j: counts, idempotence, incremental and interrupted loads.

The pages are an invented city's (梅川): officials, a namesake, a promotion, meetings, inspections, a signing;
`city_pages()` is also the world that tests/e2e/test_queries.py asks its questions of.
"""
from __future__ import annotations

from collections import Counter

import pytest

from kg.cli import main
from kg.commands.graph import load_graph
from kg.ingest.pages import load_page
from kg.records import Article, Entity, EntityType, Evidence, Mention, Page, PageRecords, Relation, RelationType, Span
from kg.resolve import resolve
from kg.sinks.neo4j import Neo4jWriter, read_cypher

pytestmark = pytest.mark.neo4j
DATABASE = "neo4j"
OFFICIAL, MEETING, COMPANY, PROJECT, DOCUMENT = (EntityType.OFFICIAL, EntityType.MEETING, EntityType.COMPANY,
                                                 EntityType.PROJECT, EntityType.DOCUMENT)
MEETING_2021 = "市政府2021年第三次常务会议"
SAFETY_MEETING = "全市安全生产工作会议"
PLAN = "梅川市老旧小区改造实施方案"
QINGHE, BEICHEN, BRIDGE = "青禾新材料有限公司", "北辰汽车零部件集团", "东湖大桥改造工程"


def city_page(stem, issue_date, event_date, reporters, text, entities, facts) -> PageRecords:
    """A one-article page; entities are (type, name, titles), facts (head, type, tail) read in the sentence of the head
    (and of the tail, where one holds both)."""
    article = Article(id=f"{stem}#0", source=f"{stem}.txt", index=0, title=text[:14], main_title=None, kicker=None,
                      subtitle=None, reporters=list(reporters), event_date=event_date, text=text,
                      origin=list(range(len(text))), headline_spans=[Span(0, 14)], body_spans=[Span(0, len(text))])
    records = [Entity(key=name, type=kind, name=name, titles=list(titles),
                      mentions=[Mention(name, article.id, text.find(name), text.find(name) + len(name))])
               for kind, name, titles in entities]
    relations = []
    for head, kind, tail in facts:
        sentences = [s + "。" for s in text.split("。") if head in s]
        sentence = next((s for s in sentences if tail in s), sentences[0])
        start = text.find(sentence)
        relations.append(Relation(head, RelationType(kind), tail,
                                  [Evidence(f"{stem}.txt", article.id, sentence, start, start + len(sentence))]))
    page = Page(path=f"{stem}.txt", source=f"{stem}.txt", encoding="utf_8", text=text, masthead=None,
                issue_date=issue_date, articles=[article])
    return PageRecords(page, records, relations)


def city_pages() -> list[PageRecords]:
    return [
        city_page("mc1", "2021-03-03", "2021-03-02", ["林小禾", "周北"],
                  f"3月2日，市长程嘉树主持召开{MEETING_2021}。副市长韩立冬、副市长王一鸣出席会议。"
                  f"{MEETING_2021}审议通过了《{PLAN}》。",
                  [(OFFICIAL, "程嘉树", ["市长"]), (OFFICIAL, "韩立冬", ["副市长"]), (OFFICIAL, "王一鸣", ["副市长"]),
                   (MEETING, MEETING_2021, []), (DOCUMENT, PLAN, [])],
                  [("程嘉树", "CHAIRED", MEETING_2021), ("韩立冬", "ATTENDED", MEETING_2021),
                   ("王一鸣", "ATTENDED", MEETING_2021), (MEETING_2021, "APPROVED", PLAN)]),
        city_page("mc2", "2021-04-12", "2021-04-11", ["周北"],
                  f"4月11日，市委书记吕景川到{QINGHE}和{BRIDGE}调研。市委副书记、市长程嘉树到{BRIDGE}调研。"
                  f"{QINGHE}与{BEICHEN}签约。",
                  [(OFFICIAL, "吕景川", ["市委书记"]), (OFFICIAL, "程嘉树", ["市委副书记", "市长"]),
                   (COMPANY, QINGHE, []), (COMPANY, BEICHEN, []), (PROJECT, BRIDGE, [])],
                  [("吕景川", "INSPECTED", QINGHE), ("吕景川", "INSPECTED", BRIDGE), ("程嘉树", "INSPECTED", BRIDGE),
                   (QINGHE, "SIGNED_WITH", BEICHEN)]),
        city_page("mc3", "2022-07-02", "2022-07-01", ["林小禾"],
                  f"7月1日，市委书记吕景川主持召开{SAFETY_MEETING}。市长韩立冬、新兴村党支部书记王一鸣参加会议。"
                  f"吕景川到{BRIDGE}检查。",
                  [(OFFICIAL, "吕景川", ["市委书记"]), (OFFICIAL, "韩立冬", ["市长"]),
                   (OFFICIAL, "王一鸣", ["新兴村党支部书记"]), (MEETING, SAFETY_MEETING, []), (PROJECT, BRIDGE, [])],
                  [("吕景川", "CHAIRED", SAFETY_MEETING), ("韩立冬", "ATTENDED", SAFETY_MEETING),
                   ("王一鸣", "ATTENDED", SAFETY_MEETING), ("吕景川", "INSPECTED", BRIDGE)]),
        city_page("mc4", "2022-09-10", "2022-09-09", ["周北"],
                  f"9月9日，市委书记吕景川、市长韩立冬到{QINGHE}调研。",
                  [(OFFICIAL, "吕景川", ["市委书记"]), (OFFICIAL, "韩立冬", ["市长"]), (COMPANY, QINGHE, [])],
                  [("吕景川", "INSPECTED", QINGHE), ("韩立冬", "INSPECTED", QINGHE)]),
    ]


def all_pages(sample_pages) -> list[PageRecords]:
    return city_pages() + [PageRecords(load_page(path)) for path in sample_pages]


@pytest.fixture
def driver(neo4j_driver):
    """The shared server's driver on an empty database (tests share one server)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=DATABASE)
    return neo4j_driver


def write(driver, graph, **options):
    return Neo4jWriter(driver, DATABASE, **options).write(graph)


def settled(value):
    """List properties as sorted lists: their order is the order pages were loaded in, not part of the graph."""
    return sorted(value) if isinstance(value, list) else value


def graph_state(graph) -> tuple[list, list]:
    nodes = sorted((key, data["label"], {k: settled(v) for k, v in data.items() if k != "label" and v is not None})
                   for key, data in graph.nodes(data=True))
    edges = sorted((head, kind, tail, {k: settled(v) for k, v in data.items() if k != "type" and v is not None})
                   for head, tail, kind, data in graph.edges(keys=True, data=True))
    return nodes, edges


def database_state(driver) -> tuple[list, list]:
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props",
        database_=DATABASE)
    edges, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.key AS head, type(r) AS type, b.key AS tail, properties(r) AS props",
        database_=DATABASE)
    return (sorted((n["key"], n["label"], {k: settled(v) for k, v in n["props"].items() if k != "key"})
                   for n in nodes),
            sorted((e["head"], e["type"], e["tail"], {k: settled(v) for k, v in e["props"].items()}) for e in edges))


def counts(driver) -> tuple[dict, dict]:
    labels, _, _ = driver.execute_query(read_cypher("label_counts"), database_=DATABASE)
    types, _, _ = driver.execute_query(read_cypher("relationship_counts"), database_=DATABASE)
    return {r["label"]: r["nodes"] for r in labels}, {r["type"]: r["relationships"] for r in types}


def test_counts_and_content_in_neo4j_equal_the_networkx_graph(driver, sample_pages):
    graph = resolve(all_pages(sample_pages))
    summary = write(driver, graph, batch_size=7)
    assert counts(driver) == (dict(Counter(d["label"] for _, d in graph.nodes(data=True))),
                              dict(Counter(k for _, _, k in graph.edges(keys=True))))
    assert (summary.nodes_created, summary.relationships_created) == (graph.number_of_nodes(), graph.number_of_edges())
    assert database_state(driver) == graph_state(graph)


def test_a_second_load_creates_nothing_and_changes_nothing(driver, sample_pages):
    graph = resolve(all_pages(sample_pages))
    write(driver, graph)
    before = database_state(driver)
    again = write(driver, graph)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert database_state(driver) == before


def test_loading_pages_one_at_a_time_gives_the_graph_of_loading_them_together(driver, sample_pages):
    pages = all_pages(sample_pages)
    write(driver, resolve(pages))
    together = database_state(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=DATABASE)
    for records in reversed(pages):
        write(driver, resolve([records]))
    assert database_state(driver) == together == graph_state(resolve(pages))


class Interrupted(Exception):
    pass


def test_a_load_cut_off_half_way_and_run_again_ends_with_the_clean_graph(driver, sample_pages):
    graph = resolve(all_pages(sample_pages))
    committed = []

    def cut_off(name, rows):
        committed.append(name)
        if len(committed) == 12:
            raise Interrupted

    with pytest.raises(Interrupted):
        write(driver, graph, batch_size=10, after_batch=cut_off)
    assert counts(driver) != (dict(Counter(d["label"] for _, d in graph.nodes(data=True))),
                              dict(Counter(k for _, _, k in graph.edges(keys=True))))
    rerun = write(driver, graph, batch_size=10)
    assert 0 < rerun.relationships_created < graph.number_of_edges()
    assert database_state(driver) == graph_state(graph)


def test_kg_build_then_load_from_the_command_line(driver, neo4j_settings, sample_pages, tmp_path, monkeypatch,
                                                 capsys):
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    if neo4j_settings.neo4j_password:
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password)
    out = tmp_path / "build"
    assert main(["-q", "build", str(sample_pages[0]), "--model", "blank", "--out", str(out), "--neo4j"]) == 0
    first = {key for key, _, _ in database_state(driver)[0]}
    assert main(["-q", "build", *map(str, sample_pages[1:]), "--model", "blank", "--out", str(out)]) == 0
    assert main(["-q", "load", str(out), "--batch-size", "50"]) == 0
    grown = database_state(driver)
    assert first < {key for key, _, _ in grown[0]}
    assert grown == graph_state(load_graph(out))
    assert sorted(p.name for p in (out / "pages").iterdir()) == [f"{p.stem}.json" for p in sample_pages]
    capsys.readouterr()
    assert main(["query", "-f", "label_counts", "--format", "json"]) == 0
    assert '"Article"' in capsys.readouterr().out
