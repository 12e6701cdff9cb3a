"""The Cypher files, read as text: headers that say what a file asks and takes, and load files that cover the model."""
from __future__ import annotations

import re

import pytest

from kg.commands.graph import official_stats, parameters
from kg.sinks.neo4j import CYPHER_DIR, EDGE_QUERIES, NODE_QUERIES, cypher_path, library_files, read_cypher, statements

ALL_FILES = sorted(CYPHER_DIR.rglob("*.cypher"))
LIBRARY = library_files()
PARAMETER = re.compile(r"\$(\w+)")


def header(path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if line.startswith("//"))


def body(path) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))


def test_the_library_holds_at_least_twelve_questions():
    assert len(LIBRARY) >= 12


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_a_library_query_states_its_question_and_every_parameter(path):
    text = header(path)
    assert text.startswith("// Question: ")
    declared = set(PARAMETER.findall(text.split("// Parameters:", 1)[1]))
    assert declared == set(PARAMETER.findall(body(path))), "the header's parameters are the ones the query uses"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(CYPHER_DIR)))
def test_every_file_opens_with_a_comment_and_takes_data_only_as_parameters(path):
    assert path.read_text(encoding="utf-8").startswith("// ")
    assert not re.search(r"\{\}|%s|\{\w+\}", body(path)), "no placeholders for string formatting"


def test_every_merge_key_is_backed_by_a_uniqueness_constraint():
    schema = read_cypher("schema")
    merged = set(re.findall(r"MERGE \(\w+:(\w+) \{(\w+):", "\n".join(p.read_text() for p in ALL_FILES)))
    for label, key in merged:
        assert re.search(rf"FOR \(\w+:{label}\) REQUIRE \w+\.{key} IS UNIQUE", schema), (label, key)


def test_each_label_and_relationship_type_has_its_line_in_its_load_file():
    for label, name in NODE_QUERIES.items():
        if name == "load_entities":
            assert re.search(rf"WHEN '{label}' THEN \[1\] ELSE \[\] END \|\s+SET n:{label}\b", read_cypher(name))
    for kind, name in EDGE_QUERIES.items():
        assert f"[r:{kind}]" in read_cypher(name) or f"[:{kind}]" in read_cypher(name)


def test_schema_statements_split_on_semicolons_without_comments():
    found = statements(read_cypher("schema"))
    assert found[0].startswith("CREATE CONSTRAINT entity_key") and found[-1] == "CALL db.awaitIndexes(300)"
    assert not any("//" in s for s in found)


def test_a_file_is_named_by_stem_relative_name_or_path():
    assert cypher_path("schema") == cypher_path(str(CYPHER_DIR / "schema.cypher")) == CYPHER_DIR / "schema.cypher"
    assert cypher_path("bench/create_nodes").is_file()


def test_query_parameters_read_json_when_it_parses():
    assert parameters(["name=程嘉树", "limit=10", "date=2020-07-01", "flag=true"]) == \
        {"name": "程嘉树", "limit": 10, "date": "2020-07-01", "flag": True}


def test_official_stats_of_a_co_attendance_graph():
    # two cliques joined by one broker: the broker has the highest betweenness
    pairs = [("a", "b", 3), ("a", "c", 2), ("b", "c", 2), ("c", "x", 1), ("x", "d", 1),
             ("d", "e", 3), ("d", "f", 2), ("e", "f", 2)]
    rows = {row["key"]: row for row in official_stats(pairs)}
    assert max(rows, key=lambda k: rows[k]["betweenness"]) == "x"
    assert rows["a"]["community"] == rows["b"]["community"] != rows["e"]["community"]
    assert rows["c"]["degree_centrality"] == pytest.approx(3 / 6)
