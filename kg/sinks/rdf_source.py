"""Read a graph back from Neo4j into the networkx shape `kg.resolve` builds, so `kg export --neo4j` exports it.

The queries are cypher/export_*.cypher; the Neo4j writer is not used (the sinks read the resolved graph and
never each other). Properties Neo4j does not store (None values) are simply absent, which the exporter
reads the same way; properties other tools added (`kg stats --write`) come along and are not exported.
"""
from __future__ import annotations

import networkx as nx

from kg.config import REPO_ROOT

EXPORT_QUERIES = REPO_ROOT / "cypher"


def export_query(name: str) -> str:
    return (EXPORT_QUERIES / f"{name}.cypher").read_text(encoding="utf-8")


def read_graph(driver, database: str = "neo4j") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    with driver.session(database=database) as session:
        for row in session.run(export_query("export_nodes")):
            properties = dict(row["properties"])
            properties.pop("key", None)
            graph.add_node(row["key"], label=row["label"], **properties)
        for row in session.run(export_query("export_relationships")):
            graph.add_edge(row["head"], row["tail"], key=row["type"], type=row["type"], **row["properties"])
    return graph
