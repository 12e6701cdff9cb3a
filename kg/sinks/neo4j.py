"""Write a resolved graph to Neo4j: schema first, then batched UNWIND … MERGE from cypher/*.cypher.

Every batch is one managed write transaction (`session.execute_write`, retried by the driver on transient
errors), and every load file MERGEs on constraint-backed keys and grows list properties by union, so a load
can be repeated, extended with new pages, or cut off and run again, and ends with the same graph.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.config import REPO_ROOT
from kg.records import EntityType, RelationType

CYPHER_DIR = REPO_ROOT / "cypher"
FACT_TYPES = (*(t.value for t in RelationType), "HOLDS_POSITION")

# Which load file writes a node label or a relationship type: the only place labels and types vary.
NODE_QUERIES = {**{t.value: "load_entities" for t in EntityType}, "Post": "load_entities", "Article": "load_articles"}
EDGE_QUERIES = {**{t: "load_facts" for t in FACT_TYPES}, "MENTIONS": "load_mentions", "WROTE": "load_bylines"}
# Nodes first: relationship rows MATCH their ends.
LOAD_ORDER = ("load_articles", "load_entities", "load_facts", "load_mentions", "load_bylines")


# Files of cypher/ that serve the loader and the exporter rather than ask an analyst's question.
MACHINERY_PREFIXES = ("load_", "write_", "schema", "export_")


def library_files() -> list[Path]:
    """The analysts' query library: every cypher/*.cypher file that is not machinery."""
    return sorted(p for p in CYPHER_DIR.glob("*.cypher") if not p.stem.startswith(MACHINERY_PREFIXES))


def cypher_path(name: str) -> Path:
    """`schema`, `bench/create_nodes` or `cypher/posts_of_official.cypher` alike name a file of the library."""
    path = Path(name)
    return path if path.suffix == ".cypher" and path.exists() else CYPHER_DIR / f"{name}.cypher"


def read_cypher(name: str) -> str:
    return cypher_path(name).read_text(encoding="utf-8")


def statements(text: str) -> list[str]:
    """The statements of a multi-statement file such as schema.cypher, comment lines dropped."""
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [s.strip() for s in code.split(";") if s.strip()]


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for key in sorted(graph):
        data = graph.nodes[key]
        rows.setdefault(NODE_QUERIES[data["label"]], []).append({"key": key, **data})
    return rows


def edge_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for head, tail, kind, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        rows.setdefault(EDGE_QUERIES[kind], []).append({"head": head, "tail": tail, **data})
    return rows


def batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


@dataclass
class LoadSummary:
    """The driver's counters summed over a load: a repeated load creates nothing."""

    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    batches: int = 0

    def add(self, counters) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.batches += 1


class GraphWriter(ABC):
    """A sink for the resolved graph."""

    @abstractmethod
    def write(self, graph: nx.MultiDiGraph) -> LoadSummary: ...


def _run(tx, query: str, parameters: dict):
    return tx.run(query, parameters).consume().counters


class Neo4jWriter(GraphWriter):
    """MERGE the graph into one database of a Neo4j server; `after_batch(file, rows)` sees each committed batch."""

    def __init__(self, driver, database: str = "neo4j", batch_size: int = 1000,
                 after_batch: Callable[[str, int], None] | None = None):
        self.driver = driver
        self.database = database
        self.batch_size = batch_size
        self.after_batch = after_batch or (lambda name, count: None)

    def write(self, graph: nx.MultiDiGraph) -> LoadSummary:
        self.apply_schema()
        summary = LoadSummary()
        rows = {**node_rows(graph), **edge_rows(graph)}
        with self.driver.session(database=self.database) as session:
            for name in LOAD_ORDER:
                query = read_cypher(name)
                for batch in batches(rows.get(name, []), self.batch_size):
                    summary.add(session.execute_write(_run, query, {"rows": batch}))
                    self.after_batch(name, len(batch))
        return summary

    def apply_schema(self) -> None:
        """Create what is missing; the server's notes that the rest already exists are not news."""
        with self.driver.session(database=self.database,
                                 notifications_disabled_classifications=["SCHEMA"]) as session:
            for statement in statements(read_cypher("schema")):
                session.execute_write(_run, statement, {})
