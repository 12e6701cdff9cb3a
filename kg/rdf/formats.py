"""Writers of Turtle, N-Triples and JSON-LD that take descriptions one at a time and write each at once.

A description is a subject with its (predicate, object) pairs. The terms are written here rather than by
rdflib's serializers, which build the whole graph in memory first; every string is escaped the one way both
the Turtle and the N-Triples grammars accept, and data IRIs are written whole (kg/rdf/iris.py makes them safe).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TextIO

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from kg.rdf import KG

Description = tuple[URIRef, list[tuple[URIRef, URIRef | Literal]]]

PREFIXES = {prefix: str(namespace) for prefix, namespace in {
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "foaf": FOAF, "org": ORG, "schema": SDO, "time": TIME,
    "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "kg": KG}.items()}
LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def quoted(text: str) -> str:
    return '"' + "".join(ESCAPES.get(c) or (f"\\u{ord(c):04X}" if ord(c) < 0x20 or ord(c) == 0x7F else c)
                         for c in text) + '"'


def compact(iri: str) -> str | None:
    """`schema:headline` for a vocabulary term, None for an IRI no prefix covers as a plain local name."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and LOCAL_NAME.match(iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return None


def term(node: URIRef | Literal, short: bool) -> str:
    """A term as Turtle (short: prefixed names where they fit) or as N-Triples."""
    if isinstance(node, Literal):
        suffix = f"@{node.language}" if node.language else f"^^{term(node.datatype, short)}" if node.datatype else ""
        return quoted(str(node)) + suffix
    return (short and compact(node)) or f"<{node}>"


def write_turtle(descriptions: Iterable[Description], out: TextIO) -> None:
    for prefix, namespace in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    for subject, pairs in descriptions:
        lines = [f"a {term(o, True)}" if p == RDF.type else f"{term(p, True)} {term(o, True)}" for p, o in pairs]
        out.write(f"\n{term(subject, True)}\n    " + " ;\n    ".join(lines) + " .\n")


def write_ntriples(descriptions: Iterable[Description], out: TextIO) -> None:
    for subject, pairs in descriptions:
        out.writelines(f"{term(subject, False)} {term(p, False)} {term(o, False)} .\n" for p, o in pairs)


def json_value(node: URIRef | Literal) -> dict:
    if not isinstance(node, Literal):
        return {"@id": str(node)}
    if node.language:
        return {"@value": str(node), "@language": node.language}
    return {"@value": str(node), "@type": compact(node.datatype) or str(node.datatype)} if node.datatype \
        else {"@value": str(node)}


def json_object(subject: URIRef, pairs: list) -> dict:
    obj = {"@id": str(subject)}
    for predicate, node in pairs:
        if predicate == RDF.type:
            obj.setdefault("@type", []).append(compact(node) or str(node))
        else:
            obj.setdefault(compact(predicate) or str(predicate), []).append(json_value(node))
    return obj


def write_jsonld(descriptions: Iterable[Description], out: TextIO) -> None:
    out.write('{"@context": ' + json.dumps(PREFIXES) + ',\n "@graph": [')
    for number, (subject, pairs) in enumerate(descriptions):
        out.write(("," if number else "") + "\n  " + json.dumps(json_object(subject, pairs), ensure_ascii=False))
    out.write("\n]}\n")


WRITERS = {"turtle": write_turtle, "nt": write_ntriples, "jsonld": write_jsonld}
