"""The questions of sparql/*.rq, asked of the RDF export with pyoxigraph, answer as their Cypher twins do on Neo4j.

The pages are the invented city's and the samples; Neo4j is loaded with the Neo4j writer, the export is made
from the same resolved graph (and, once, read back from Neo4j by `kg export --neo4j`).
"""
from __future__ import annotations

import pyoxigraph
import pytest
from test_graph_load import DATABASE, city_pages, graph_state, settled

from kg.cli import main
from kg.commands.extract import page_extractor
from kg.config import REPO_ROOT
from kg.resolve import resolve
from kg.sinks.neo4j import Neo4jWriter, read_cypher
from kg.sinks.rdf import write_rdf_file
from kg.sinks.rdf_source import read_graph

pytestmark = pytest.mark.neo4j
SPARQL_DIR = REPO_ROOT / "sparql"
SEPARATOR = "\n"  # of the lists that SPARQL's GROUP_CONCAT returns as one string


@pytest.fixture(scope="module")
def world(neo4j_driver, sample_pages, tmp_path_factory):
    """The graph, loaded into Neo4j and exported to Turtle in a pyoxigraph store."""
    extract = page_extractor("blank")
    graph = resolve([*city_pages(), *(extract(path) for path in sample_pages)])
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=DATABASE)
    Neo4jWriter(neo4j_driver, DATABASE).write(graph)
    turtle = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_rdf_file(graph, turtle)
    store = pyoxigraph.Store()
    store.load(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE)
    return graph, store


def plain(term):
    if term is None:
        return None
    if isinstance(term, pyoxigraph.Literal) and term.datatype.value.endswith("#integer"):
        return int(term.value)
    return term.value


def sparql(store, name: str, parameters: dict) -> list[list]:
    """Parameters go in as a trailing VALUES clause of RDF literals (pyoxigraph writes their escapes)."""
    text = (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")
    text += "".join(f"\nVALUES ?{key} {{ {pyoxigraph.Literal(value)} }}" for key, value in parameters.items())
    solutions = store.query(text)
    return [[plain(solution[variable]) for variable in solutions.variables] for solution in solutions]


def cypher(driver, name: str, parameters: dict) -> list[list]:
    records, _, _ = driver.execute_query(read_cypher(name), parameters, database_=DATABASE)
    return [list(record.values()) for record in records]


def same_shape(sparql_rows: list[list], cypher_rows: list[list]) -> list[tuple]:
    """SPARQL rows with their GROUP_CONCAT strings split where Cypher returned a list; lists sorted on both sides."""
    def cell(value, like):
        if isinstance(like, list):
            return sorted(value.split(SEPARATOR)) if value else []
        return value
    return [tuple(cell(v, c) for v, c in zip(row, twin)) for row, twin in zip(sparql_rows, cypher_rows)]


def official_names(graph) -> list[str]:
    return sorted({data["name"] for _, data in graph.nodes(data=True) if data["label"] == "Official"})


def ask_both(world, driver, name: str, parameters: dict) -> tuple[list, list]:
    cypher_rows = cypher(driver, name, parameters)
    sparql_rows = sparql(world[1], name, parameters)
    assert len(sparql_rows) == len(cypher_rows)
    return same_shape(sparql_rows, cypher_rows), [tuple(settled(v) for v in row) for row in cypher_rows]


@pytest.mark.parametrize("question", ["meetings_chaired_by", "posts_of_official"])
def test_questions_about_each_official_answer_alike(world, neo4j_driver, question):
    answered = 0
    for name in official_names(world[0]):
        from_sparql, from_cypher = ask_both(world, neo4j_driver, question, {"name": name})
        assert from_sparql == from_cypher, name
        answered += bool(from_cypher)
    assert answered >= 3


@pytest.mark.parametrize("question", ["co_attendance", "inspections"])
def test_questions_about_the_whole_graph_answer_alike(world, neo4j_driver, question):
    from_sparql, from_cypher = ask_both(world, neo4j_driver, question, {})
    assert from_sparql == from_cypher and len(from_cypher) >= 5


def test_every_sparql_question_has_a_cypher_twin():
    assert {path.stem for path in SPARQL_DIR.glob("*.rq")} <= {path.stem for path in (REPO_ROOT / "cypher").glob("*")}


def test_kg_export_from_neo4j_gives_the_export_of_the_graph_it_was_loaded_from(world, neo4j_driver, neo4j_settings,
                                                                             tmp_path, monkeypatch):
    graph, store = world
    assert graph_state(read_graph(neo4j_driver, DATABASE)) == graph_state(graph)
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    if neo4j_settings.neo4j_password:
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password)
    out = tmp_path / "from_neo4j.nt"
    assert main(["-q", "export", "--neo4j", "--format", "nt", "--out", str(out)]) == 0
    exported = {quad.triple for quad in pyoxigraph.parse(path=str(out), format=pyoxigraph.RdfFormat.N_TRIPLES)}
    assert exported == {quad.triple for quad in store}
