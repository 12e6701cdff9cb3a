"""Export the resolved graph as RDF on standard vocabularies, every fact with the articles it was read in.

Node by node (in key order, so a graph exports to the same file every time), each thing becomes a description
on FOAF, W3C ORG, schema.org and OWL-Time (docs/rdf.md has the table), followed by its facts. A fact keeps its
plain triple (`official kg:chaired meeting`) and is also described by an `rdf:Statement` (a post held, by an
`org:Membership`) that carries PROV-O provenance: the articles (`prov:wasDerivedFrom`), the sentences
(`kg:evidence` → `kg:Excerpt`) and the first and last sighting (a `time:Interval`). Descriptions are written
as they are made; only the IRIs of the shared days, intervals and excerpts already written are remembered.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from kg.rdf import KG
from kg.rdf.formats import WRITERS, Description
from kg.rdf.iris import day_iri, excerpt_iri, fact_iri, interval_iri, node_iri

CLASSES = {
    "Official": (FOAF.Person, SDO.Person, KG.Official),
    "Person": (FOAF.Person, SDO.Person),
    "Meeting": (SDO.Event,),
    "Company": (ORG.Organization, SDO.Corporation),
    "Organization": (ORG.Organization,),
    "Project": (SDO.Project,),
    "Document": (SDO.CreativeWork,),
    "Post": (ORG.Post, ORG.Role),
    "Article": (SDO.NewsArticle,),
}
FACTS = {"CHAIRED": KG.chaired, "ATTENDED": KG.attended, "APPROVED": KG.approved, "INSPECTED": KG.inspected,
         "SIGNED_WITH": KG.signedWith}
HOLDS_POSITION, MENTIONS, WROTE = "HOLDS_POSITION", "MENTIONS", "WROTE"


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def optional(predicate: URIRef, value, make) -> list[tuple]:
    return [] if value is None else [(predicate, make(value))]


class RdfExport:
    """The descriptions of one graph; `descriptions()` yields them, `write(out, form)` writes them."""

    def __init__(self, graph: nx.MultiDiGraph):
        self.graph = graph
        self.written: set[URIRef] = set()

    def descriptions(self) -> Iterator[Description]:
        self.written.clear()
        for key in sorted(self.graph):
            data = self.graph.nodes[key]
            yield node_iri(key), [*self.node_pairs(key, data), *self.edge_pairs(key)]
            for _, tail, kind, fact in sorted(self.graph.out_edges(key, keys=True, data=True)):
                if kind in FACTS or kind == HOLDS_POSITION:
                    yield from self.fact_descriptions(key, kind, tail, fact)

    def node_pairs(self, key: str, data: dict) -> list[tuple]:
        label = data["label"]
        pairs = [*((RDF.type, cls) for cls in CLASSES[label]), (DCTERMS.identifier, Literal(key))]
        if label == "Article":
            return pairs + self.article_pairs(key, data)
        pairs.append((RDFS.label, zh(data["name"])))
        pairs += [(SKOS.altLabel, zh(alias)) for alias in data.get("aliases") or []]
        pairs += optional(KG.jurisdiction, data.get("jurisdiction"), zh)
        pairs += optional(KG.role, data.get("role"), Literal)
        pairs += optional(SDO.startDate, data.get("date"), day)
        return pairs + [(ORG.heldBy, node_iri(holder)) for holder in self.heads(key, HOLDS_POSITION)]

    def article_pairs(self, key: str, data: dict) -> list[tuple]:
        return [(RDFS.label, zh(data["title"])), (SDO.headline, zh(data["title"])),
                *optional(SDO.datePublished, data.get("issue_date"), day),
                *optional(KG.eventDate, data.get("event_date"), day),
                *optional(KG.sourceFile, data.get("source"), Literal),
                *((SDO.author, node_iri(author)) for author in self.heads(key, WROTE))]

    def heads(self, key: str, kind: str) -> list[str]:
        return sorted(head for head, _, k in self.graph.in_edges(key, keys=True) if k == kind)

    def edge_pairs(self, key: str) -> list[tuple]:
        """The plain triples of the node's outgoing edges; a post held and a byline are written on their tail."""
        pairs = []
        for _, tail, kind in sorted(self.graph.out_edges(key, keys=True)):
            if kind == MENTIONS:
                pairs.append((SDO.mentions, node_iri(tail)))
            elif kind in FACTS:
                pairs.append((FACTS[kind], node_iri(tail)))
            elif kind not in (HOLDS_POSITION, WROTE):
                raise ValueError(f"no RDF mapping for relationship type {kind!r} (see docs/rdf.md)")
        return pairs

    def fact_descriptions(self, head: str, kind: str, tail: str, fact: dict) -> Iterator[Description]:
        iri = fact_iri(head, kind, tail)
        if kind == HOLDS_POSITION:
            pairs = [(RDF.type, ORG.Membership), (ORG.member, node_iri(head)), (ORG.role, node_iri(tail))]
            when = ORG.memberDuring
        else:
            pairs = [(RDF.type, RDF.Statement), (RDF.subject, node_iri(head)), (RDF.predicate, FACTS[kind]),
                     (RDF.object, node_iri(tail))]
            when = TIME.hasTime
        pairs += [(PROV.wasDerivedFrom, node_iri(f"article:{source}")) for source in fact.get("sources") or []]
        located = fact.get("evidence_at") or []
        pairs += [(KG.evidence, excerpt_iri(at)) for at in located]
        first, last = fact.get("first_seen"), fact.get("last_seen") or fact.get("first_seen")
        if first:
            pairs.append((when, interval_iri(first, last)))
        yield iri, pairs
        yield from self.shared(self.excerpts(located, fact.get("evidence") or []))
        if first:
            yield from self.shared(self.interval(first, last))

    def excerpts(self, located: list[str], sentences: list[str]) -> Iterator[Description]:
        for at, sentence in zip(located, sentences):
            article, _, span = at.rpartition("@")
            start, _, end = span.partition("-")
            yield excerpt_iri(at), [(RDF.type, KG.Excerpt), (RDF.type, PROV.Entity), (PROV.value, zh(sentence)),
                                    (PROV.wasQuotedFrom, node_iri(f"article:{article}")),
                                    (KG.startOffset, Literal(int(start))), (KG.endOffset, Literal(int(end)))]

    def interval(self, first: str, last: str) -> Iterator[Description]:
        yield interval_iri(first, last), [(RDF.type, TIME.Interval), (TIME.hasBeginning, day_iri(first)),
                                          (TIME.hasEnd, day_iri(last))]
        for date in (first, last):
            yield day_iri(date), [(RDF.type, TIME.Instant), (TIME.inXSDDate, day(date))]

    def shared(self, descriptions: Iterator[Description]) -> Iterator[Description]:
        """Days, intervals and excerpts that several facts share are written once."""
        for subject, pairs in descriptions:
            if subject not in self.written:
                self.written.add(subject)
                yield subject, pairs

    def write(self, out, form: str) -> None:
        WRITERS[form](self.descriptions(), out)


def write_rdf_file(graph: nx.MultiDiGraph, path: Path, form: str = "turtle") -> None:
    """Write beside the target and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8", newline="\n") as out:
        RdfExport(graph).write(out, form)
    os.replace(partial, path)
