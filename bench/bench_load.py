"""Load throughput of the Neo4j writer (batched UNWIND … MERGE) against a plain UNWIND … CREATE of the same rows.

Generates invented pages in the records' shapes (officials with posts, meetings, companies, projects,
documents, facts with evidence, mentions, bylines), resolves them, and loads the graph into an empty
database with each batch size, MERGE then CREATE; prints relationships per second. Not a test.
Usage (a server at NEO4J_URI, e.g. `kg neo4j start`):
    python bench/bench_load.py [--articles N] [--batch-sizes 500,1000,2000] [--database neo4j]
"""
from __future__ import annotations

import argparse
import random
import time

from kg.config import load_settings
from kg.records import Article, Entity, EntityType, Evidence, Mention, Page, PageRecords, Relation, RelationType, Span
from kg.resolve import resolve
from kg.server import connect
from kg.sinks.neo4j import Neo4jWriter, batches, edge_rows, node_rows, read_cypher

SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "建国志强海燕立新文华明辉春雷晓东永红国平玉兰德胜秀英卫东"
TITLES = ["市长", "副市长", "市委书记", "市委常委", "市委副书记", "松岭区委书记", "青石区区长", "市人大常委会主任"]


def invented_page(rng: random.Random, number: int, articles: int) -> PageRecords:
    """A page of `articles` articles; each names officials at a meeting, inspected sites and a signing."""
    stem, day = f"bench{number:05d}", f"20{19 + number % 4}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    texts, entities, relations = [], {}, []
    for index in range(articles):
        article_id = f"{stem}#{index}"
        people = [(rng.choice(SURNAMES) + rng.choice(GIVEN[::2]) + rng.choice(GIVEN[1::2]), rng.choice(TITLES))
                  for _ in range(4)]
        meeting = f"市政府{day[:4]}年第{rng.randint(1, 60)}次常务会议"
        sites = [(EntityType.COMPANY, f"{rng.choice(GIVEN)}{rng.randint(1, 3000)}有限公司"),
                 (EntityType.COMPANY, f"{rng.choice(GIVEN)}{rng.randint(1, 3000)}集团"),
                 (EntityType.PROJECT, f"{rng.choice(GIVEN)}{rng.randint(1, 2000)}号工程"),
                 (EntityType.DOCUMENT, f"{rng.choice(GIVEN)}实施方案{rng.randint(1, 2000)}")]
        offset = sum(len(t) for t in texts)
        text = "".join(f"{title}{name}出席{meeting}并到{sites[i % 2][1]}调研。" for i, (name, title) in enumerate(people))
        text += f"{sites[0][1]}与{sites[1][1]}签约，{sites[2][1]}开工，{meeting}通过{sites[3][1]}。"
        texts.append(text)
        named = [(EntityType.OFFICIAL, name, [title]) for name, title in people] + \
                [(EntityType.MEETING, meeting, [])] + [(kind, name, []) for kind, name in sites]
        for kind, name, titles in named:
            start = offset + text.find(name)
            entity = entities.setdefault((kind, name), Entity(f"{kind.value}:{name}", kind, name, titles=titles))
            entity.mentions.append(Mention(name, article_id, start, start + len(name)))
        evidence = [Evidence(f"{stem}.txt", article_id, text, offset, offset + len(text))]
        keys = [entities[EntityType.OFFICIAL, name].key for name, _ in people]
        site_keys = [entities[kind, name].key for kind, name in sites]
        meeting_key = entities[EntityType.MEETING, meeting].key
        relations += [Relation(keys[0], RelationType.CHAIRED, meeting_key, evidence),
                      *(Relation(k, RelationType.ATTENDED, meeting_key, evidence) for k in keys[1:]),
                      *(Relation(k, RelationType.INSPECTED, site_keys[i % 2], evidence) for i, k in enumerate(keys)),
                      Relation(site_keys[0], RelationType.SIGNED_WITH, site_keys[1], evidence),
                      Relation(meeting_key, RelationType.APPROVED, site_keys[3], evidence)]
    text = "".join(texts)
    page_articles, offset = [], 0
    for index, body in enumerate(texts):
        page_articles.append(Article(f"{stem}#{index}", f"{stem}.txt", index, body[:12], None, None, None,
                                     [rng.choice(SURNAMES) + rng.choice(GIVEN)], day, body,
                                     list(range(offset, offset + len(body))), [], [Span(offset, offset + len(body))]))
        offset += len(body)
    page = Page(f"{stem}.txt", f"{stem}.txt", "utf_8", text, None, day, page_articles)
    return PageRecords(page, list(entities.values()), relations)


def clear(driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run(read_cypher("bench/clear")).consume()


def timed(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def create_load(driver, database: str, graph, batch_size: int) -> None:
    """The same rows as the writer's, written with CREATE: no MERGE, no list unions, one relationship type."""
    nodes = [{"key": row["key"], "name": row.get("name") or row.get("title")}
             for rows in node_rows(graph).values() for row in rows]
    relationships = [row for rows in edge_rows(graph).values() for row in rows]
    with driver.session(database=database) as session:
        for name, rows in (("bench/create_nodes", nodes), ("bench/create_relationships", relationships)):
            query = read_cypher(name)
            for batch in batches(rows, batch_size):
                session.execute_write(lambda tx, q, b: tx.run(q, rows=b).consume(), query, batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="invented articles (8 a page)")
    parser.add_argument("--batch-sizes", default="1000,2000,5000,10000")
    parser.add_argument("--database", help="default: settings.neo4j_database")
    args = parser.parse_args()

    settings = load_settings(neo4j_database=args.database)
    rng = random.Random(5)
    started = time.perf_counter()
    graph = resolve(invented_page(rng, n, 8) for n in range(args.articles // 8))
    edges = graph.number_of_edges()
    print(f"invented graph: {graph.number_of_nodes()} nodes, {edges} relationships "
          f"(resolved in {time.perf_counter() - started:.1f} s)")
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    with connect(settings) as driver:
        writer = Neo4jWriter(driver, settings.neo4j_database)
        writer.apply_schema()
        for size in sizes:
            clear(driver, settings.neo4j_database)
            writer.batch_size = size
            merge = edges / timed(lambda: writer.write(graph))
            clear(driver, settings.neo4j_database)
            create = edges / timed(lambda: create_load(driver, settings.neo4j_database, graph, size))
            print(f"batch {size:5d}: MERGE {merge:7.0f} relationships/s  CREATE {create:7.0f} relationships/s  "
                  f"MERGE/CREATE {merge / create:.2f}")
        clear(driver, settings.neo4j_database)

if __name__ == "__main__":
    main()
