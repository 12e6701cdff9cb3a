"""The RDF export: shapes, two parsers, counts per class, provenance, stable IRIs and names that try to break it."""
from __future__ import annotations

import re
from collections import Counter

import networkx as nx
import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS

from kg.cli import main
from kg.commands.extract import page_extractor
from kg.rdf import ID, KG, ONTOLOGY, SHAPES
from kg.rdf.iris import MAX_SEGMENT, fact_iri, node_iri
from kg.resolve import resolve
from kg.sinks.rdf import CLASSES, FACTS, HOLDS_POSITION, write_rdf_file

FORMATS = {"turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE), "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
           "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD)}
ADVERSARIAL = ['引号"内"', "反斜杠\\n\\", "尖括号<b>&amp;>", "换行\n第二行\r\n", "表情😀🇨🇳", "制表\t符", "控制\x01符",
               "#?%20/..", "'''\"\"\"", "长" * 2000]


@pytest.fixture(scope="module")
def sample_graph(sample_pages) -> nx.MultiDiGraph:
    """The sample pages as `kg build --model blank` resolves them."""
    extract = page_extractor("blank")
    return resolve(extract(path) for path in sample_pages)


def exported(graph: nx.MultiDiGraph, folder, form: str = "turtle"):
    path = folder / f"graph.{form}"
    write_rdf_file(graph, path, form)
    return path


def parsed_by_rdflib(path, form: str) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format=FORMATS[form][0])


def parsed_by_oxigraph(path, form: str) -> set:
    return set(pyoxigraph.parse(path=str(path), format=FORMATS[form][1]))


def conformance(data: rdflib.Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(SHAPES),
                                         ont_graph=rdflib.Graph().parse(ONTOLOGY))
    return conforms, text


def test_the_export_of_the_sample_pages_conforms_to_the_shapes(sample_graph, tmp_path):
    conforms, report = conformance(parsed_by_rdflib(exported(sample_graph, tmp_path), "turtle"))
    assert conforms, report


def test_an_export_that_loses_its_provenance_does_not_conform(sample_graph, tmp_path):
    data = parsed_by_rdflib(exported(sample_graph, tmp_path), "turtle")
    data.remove((None, PROV.wasDerivedFrom, None))
    conforms, report = conformance(data)
    assert not conforms and "wasDerivedFrom" in report


@pytest.mark.parametrize("form", list(FORMATS))
def test_every_format_parses_in_rdflib_and_in_oxigraph_to_the_same_triples(sample_graph, tmp_path, form):
    path = exported(sample_graph, tmp_path, form)
    by_rdflib, by_oxigraph = parsed_by_rdflib(path, form), parsed_by_oxigraph(path, form)
    assert len(by_rdflib) == len(by_oxigraph) > 1000
    turtle = exported(sample_graph, tmp_path / "turtle")
    assert by_oxigraph == parsed_by_oxigraph(turtle, "turtle")
    assert set(by_rdflib) == set(parsed_by_rdflib(turtle, "turtle"))


def test_subjects_per_class_are_the_graph_nodes_of_the_labels_mapped_to_it(sample_graph, tmp_path):
    data = parsed_by_rdflib(exported(sample_graph, tmp_path), "turtle")
    labels = Counter(label for _, label in sample_graph.nodes(data="label"))
    for cls in {cls for classes in CLASSES.values() for cls in classes}:
        expected = sum(count for label, count in labels.items() if cls in CLASSES[label])
        assert len(set(data.subjects(RDF.type, cls))) == expected, cls
    kinds = Counter(kind for _, _, kind in sample_graph.edges(keys=True))
    assert len(set(data.subjects(RDF.type, RDF.Statement))) == sum(kinds[kind] for kind in FACTS)
    assert len(set(data.subjects(RDF.type, ORG.Membership))) == kinds[HOLDS_POSITION]
    assert len(list(data.triples((None, rdflib.SDO.mentions, None)))) == kinds["MENTIONS"]
    assert len(list(data.triples((None, rdflib.SDO.author, None)))) == kinds["WROTE"]
    for kind, predicate in FACTS.items():
        assert len(list(data.triples((None, predicate, None)))) == kinds[kind]


def test_every_fact_names_its_ends_its_articles_and_its_sentences(sample_graph, tmp_path):
    data = parsed_by_rdflib(exported(sample_graph, tmp_path), "turtle")
    facts = [(head, tail, kind, fact) for head, tail, kind, fact in sample_graph.edges(keys=True, data=True)
             if kind in FACTS or kind == HOLDS_POSITION]
    assert facts
    for head, tail, kind, fact in facts:
        statement = fact_iri(head, kind, tail)
        ends = (ORG.member, ORG.role) if kind == HOLDS_POSITION else (RDF.subject, RDF.object)
        assert (statement, ends[0], node_iri(head)) in data and (statement, ends[1], node_iri(tail)) in data
        sources = {str(data.value(article, DCTERMS.identifier)) for article in
                   data.objects(statement, PROV.wasDerivedFrom)}
        assert sources == {f"article:{source}" for source in fact["sources"]}
        sentences = {str(data.value(excerpt, PROV.value)) for excerpt in data.objects(statement, KG.evidence)}
        assert sentences == set(fact["evidence"])


def test_the_ontology_declares_every_kg_term_of_an_export_in_chinese_and_english(sample_graph, tmp_path):
    ontology = rdflib.Graph().parse(ONTOLOGY)
    assert dict(ontology.namespaces())["kg"] == rdflib.URIRef(KG)
    data = parsed_by_rdflib(exported(sample_graph, tmp_path), "turtle")
    used = {term for triple in data for term in triple if isinstance(term, rdflib.URIRef) and term.startswith(KG)}
    for term in used:
        languages = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= languages, term
        if (term, RDF.type, rdflib.OWL.Class) not in ontology:
            assert (term, RDFS.domain, None) in ontology or (term, RDFS.range, None) in ontology, term


def adversarial_graph() -> nx.MultiDiGraph:
    """Officials, posts, a meeting and an article named with what breaks hand-made Turtle."""
    graph = nx.MultiDiGraph()
    graph.add_node("article:页#0", label="Article", id="页#0", source="页 1.txt", title=ADVERSARIAL[3],
                   issue_date="2021-03-03", event_date=None)
    for number, name in enumerate(ADVERSARIAL):
        official, post, meeting = f"official:{name}|市", f"post:{name}", f"meeting:{name}|"
        graph.add_node(official, label="Official", name=name, aliases=[name + "别名"], titles=[name],
                       jurisdiction=name)
        graph.add_node(post, label="Post", name=name, aliases=[])
        graph.add_node(meeting, label="Meeting", name=name, aliases=[], date=None)
        provenance = {"sources": ["页#0"], "evidence": [name], "evidence_at": [f"页#0@{number}-{number + 1}"],
                      "first_seen": "2021-03-02", "last_seen": "2021-03-02"}
        graph.add_edge(official, post, key="HOLDS_POSITION", type="HOLDS_POSITION", title=name, **provenance)
        graph.add_edge(official, meeting, key="CHAIRED", type="CHAIRED", **provenance)
        graph.add_edge("article:页#0", official, key="MENTIONS", type="MENTIONS", spans=["0-1"])
    return graph


@pytest.mark.parametrize("form", list(FORMATS))
def test_adversarial_names_export_parse_in_both_parsers_and_come_back_exactly(tmp_path, form):
    graph = adversarial_graph()
    path = exported(graph, tmp_path, form)
    data, triples = parsed_by_rdflib(path, form), parsed_by_oxigraph(path, form)
    assert len(data) == len(triples)
    labels = {str(data.value(s, DCTERMS.identifier)): str(o) for s, o in data.subject_objects(RDFS.label)}
    oxigraph_labels = {t.subject.value: t.object.value for t in triples if t.predicate.value == str(RDFS.label)}
    for key, attrs in graph.nodes(data=True):
        name = attrs.get("name", attrs.get("title"))
        assert labels[key] == name
        assert oxigraph_labels[str(node_iri(key))] == name
    sentences = {t.object.value for t in triples if t.predicate.value == str(PROV.value)}
    assert sentences == set(ADVERSARIAL)
    assert conformance(data)[0]


def test_iris_are_readable_safe_and_a_function_of_the_key_only():
    assert node_iri("official:王一鸣|市") == ID["official/王一鸣%7C市"]
    assert node_iri("article:001_a8ef#3") == ID["article/001_a8ef%233"]
    iris = [node_iri(f"official:{name}|市") for name in ADVERSARIAL]
    assert len(set(iris)) == len(iris)
    for iri in iris:
        path = iri[len(ID):]
        assert not re.search(r"[\s<>\"{}|\\^`]", path) and "/../" not in path
        assert len(path.split("/", 1)[1]) <= MAX_SEGMENT
    long_a, long_b = node_iri("project:" + "长" * 2000 + "甲"), node_iri("project:" + "长" * 2000 + "乙")
    assert long_a != long_b and long_a == node_iri("project:" + "长" * 2000 + "甲")


def test_an_export_is_the_same_file_every_time_and_the_same_triples_whatever_the_page_order(sample_pages, tmp_path):
    extract = page_extractor("blank")
    pages = [extract(path) for path in sample_pages]
    forward = exported(resolve(pages), tmp_path / "forward")
    again = exported(resolve(pages), tmp_path / "again")
    backward = exported(resolve(reversed(pages)), tmp_path / "backward")
    assert forward.read_bytes() == again.read_bytes()
    assert parsed_by_oxigraph(forward, "turtle") == parsed_by_oxigraph(backward, "turtle")


def test_kg_export_writes_each_format_from_a_build_folder(sample_pages, tmp_path):
    build = tmp_path / "build"
    assert main(["-q", "build", *map(str, sample_pages), "--model", "blank", "--out", str(build)]) == 0
    for form in FORMATS:
        out = tmp_path / f"graph.{form}"
        assert main(["-q", "export", "--build", str(build), "--format", form, "--out", str(out)]) == 0
        assert len(parsed_by_oxigraph(out, form)) > 1000
    assert main(["-q", "export", "--build", str(tmp_path / "nothing"), "--out", str(tmp_path / "x.ttl")]) == 1
