"""`kg build`, `kg load`, `kg query`, `kg stats`: the resolved graph, on disk and in Neo4j.

A build folder holds `graph.json` (networkx node-link), `graph.ttl` (the RDF export, see docs/rdf.md) and
`pages/<stem>.json` (the records, gold format).
Building into a folder that already holds a graph adds the new pages to it, so a folder, like the database,
grows run by run.
"""
from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path

import networkx as nx

from kg.commands.articles import add_page_arguments
from kg.commands.extract import add_model_argument, page_extractor
from kg.config import load_settings
from kg.resolve import resolve
from kg.runner import EXIT_OK, run_over_pages
from kg.server import connect
from kg.sinks.jsonout import page_json, write_json_atomic
from kg.sinks.neo4j import LoadSummary, Neo4jWriter, read_cypher
from kg.sinks.rdf import write_rdf_file

log = logging.getLogger("kg")
GRAPH_FILE = "graph.json"
RDF_FILE = "graph.ttl"


def register(sub) -> None:
    build = sub.add_parser("build", help="extract pages, resolve them into one graph, save it (and load it)",
                           description=__doc__)
    add_page_arguments(build)
    add_model_argument(build)
    build.add_argument("--out", type=Path, default=Path("out"), help="build folder (default: ./out)")
    build.add_argument("--neo4j", action="store_true", help="also load the graph into Neo4j")
    add_database_arguments(build)
    build.set_defaults(func=run_build)

    load = sub.add_parser("load", help="load a saved build into Neo4j")
    load.add_argument("folder", type=Path, help="a folder written by `kg build`")
    add_database_arguments(load)
    load.set_defaults(func=run_load)

    query = sub.add_parser("query", help="run Cypher: a query of cypher/ (-f) or one given inline")
    query.add_argument("cypher", nargs="?", help="the query text, when -f is not given")
    query.add_argument("-f", "--file", help="a file of cypher/, by path or name (posts_of_official)")
    query.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                       help="a parameter; VALUE is read as JSON when it parses (10, true), else as text")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--database", help="database name (default: settings.neo4j_database)")
    query.set_defaults(func=run_query)

    stats = sub.add_parser("stats", help="centrality and communities of officials in the co-attendance graph")
    stats.add_argument("--write", action="store_true", help="store them as properties of the Official nodes")
    stats.add_argument("--top", type=int, default=20, help="officials to print (default: 20)")
    stats.add_argument("--database", help="database name (default: settings.neo4j_database)")
    stats.set_defaults(func=run_stats)


def add_database_arguments(parser) -> None:
    parser.add_argument("--database", help="database name (default: settings.neo4j_database)")
    parser.add_argument("--batch-size", type=int, help="rows per transaction (default: settings.batch_size)")


def settings_of(args):
    return load_settings(neo4j_database=args.database, batch_size=getattr(args, "batch_size", None))


def save_graph(graph: nx.MultiDiGraph, folder: Path) -> None:
    write_json_atomic(folder / GRAPH_FILE, nx.node_link_data(graph, edges="edges"))


def load_graph(folder: Path) -> nx.MultiDiGraph | None:
    path = folder / GRAPH_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def load_into_neo4j(graph: nx.MultiDiGraph, settings) -> LoadSummary:
    with connect(settings) as driver:
        summary = Neo4jWriter(driver, settings.neo4j_database, settings.batch_size).write(graph)
    log.info("neo4j %s: %d nodes and %d relationships created, %d properties set, %d batches",
             settings.neo4j_database, summary.nodes_created, summary.relationships_created,
             summary.properties_set, summary.batches)
    return summary


def run_build(args) -> int:
    extract = page_extractor(args.model)
    pages = []

    def step(path: Path) -> None:
        records = extract(path, args.issue_date)
        write_json_atomic(args.out / "pages" / f"{path.stem}.json", page_json(records))
        pages.append(records)

    status = run_over_pages(args.inputs, step, args.quiet)
    graph = resolve(pages, load_graph(args.out))
    save_graph(graph, args.out)
    write_rdf_file(graph, args.out / RDF_FILE)
    log.info("%s: %d nodes, %d relationships", args.out / GRAPH_FILE, graph.number_of_nodes(), graph.number_of_edges())
    if args.neo4j:
        load_into_neo4j(graph, settings_of(args))
    return status


def run_load(args) -> int:
    graph = load_graph(args.folder)
    if graph is None:
        print(f"kg: error: {args.folder} holds no {GRAPH_FILE}; write one with `kg build --out`", file=sys.stderr)
        return 1
    load_into_neo4j(graph, settings_of(args))
    return EXIT_OK


def parameters(pairs: list[str]) -> dict:
    values = {}
    for pair in pairs:
        name, _, text = pair.partition("=")
        try:
            values[name] = json.loads(text)
        except json.JSONDecodeError:
            values[name] = text
    return values


def plain(value):
    """Nodes and relationships as their properties, so every format can print them."""
    if hasattr(value, "items") and hasattr(value, "element_id"):
        return dict(value.items())
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def print_rows(keys: list[str], rows: list[list], form: str) -> None:
    if form == "json":
        json.dump([dict(zip(keys, row)) for row in rows], sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    elif form == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(keys)
        writer.writerows([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in row]
                         for row in rows)
    else:
        cells = [keys] + [[json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else str(v)
                           for v in row] for row in rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(keys))]
        for row in cells:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def run_query(args) -> int:
    if bool(args.file) == bool(args.cypher):
        print("kg: error: give either a query or -f FILE", file=sys.stderr)
        return 1
    text = read_cypher(args.file) if args.file else args.cypher
    settings = settings_of(args)
    with connect(settings) as driver:
        records, _, keys = driver.execute_query(text, parameters(args.param), database_=settings.neo4j_database)
    print_rows(list(keys), [[plain(v) for v in record.values()] for record in records], args.format)
    return EXIT_OK


def official_stats(pairs: list[tuple[str, str, int]]) -> list[dict]:
    """Degree and betweenness centrality and a Louvain community for each official of the co-attendance graph.

    Betweenness treats many shared meetings as a short distance (1 / weight); communities are numbered by
    size, largest first, ties by their smallest key, so a rerun on the same graph numbers them the same.
    """
    graph = nx.Graph()
    for a, b, weight in pairs:
        graph.add_edge(a, b, weight=weight, distance=1 / weight)
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph, weight="distance")
    communities = sorted(nx.community.louvain_communities(graph, weight="weight", seed=0),
                         key=lambda c: (-len(c), min(c)))
    community = {key: number for number, members in enumerate(communities) for key in members}
    return sorted(({"key": key, "degree_centrality": degree[key], "betweenness": betweenness[key],
                    "community": community[key]} for key in graph),
                  key=lambda row: (-row["degree_centrality"], -row["betweenness"], row["key"]))


def run_stats(args) -> int:
    settings = settings_of(args)
    with connect(settings) as driver:
        records, _, _ = driver.execute_query(read_cypher("co_attendance"), database_=settings.neo4j_database)
        rows = official_stats([(r["key_a"], r["key_b"], r["meetings"]) for r in records])
        if args.write:
            driver.execute_query(read_cypher("write_official_stats"), {"rows": rows},
                                 database_=settings.neo4j_database)
    print_rows(["key", "degree_centrality", "betweenness", "community"],
               [[r["key"], f"{r['degree_centrality']:.3f}", f"{r['betweenness']:.3f}", r["community"]]
                for r in rows[:args.top]], "table")
    return EXIT_OK
