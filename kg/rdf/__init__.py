"""kg's RDF vocabulary: its two namespaces and the files that declare it (ontology) and check exports (shapes).

Both namespaces live here and only here, so a move of the published base is a one-line change; the
ontology file declares the same `kg:` prefix (tests/unit/test_rdf_export.py checks they agree).
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "ontology.ttl"
SHAPES = HERE / "shapes.ttl"

KG = Namespace("https://w3id.org/kg-news/ontology#")  # kg's own classes and properties
ID = Namespace("https://w3id.org/kg-news/id/")  # the things, facts, excerpts and days of a graph
