"""`kg export`: the resolved graph as RDF (Turtle, N-Triples or JSON-LD), from a build folder or from Neo4j.

The model and its vocabularies are in docs/rdf.md; an export conforms to the shapes of kg/rdf/shapes.ttl.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from kg.commands.graph import GRAPH_FILE, load_graph
from kg.config import load_settings
from kg.rdf.formats import WRITERS
from kg.runner import EXIT_OK
from kg.server import connect
from kg.sinks.rdf import write_rdf_file
from kg.sinks.rdf_source import read_graph

log = logging.getLogger("kg")


def register(sub) -> None:
    parser = sub.add_parser("export", help="write the graph as RDF (turtle, nt, jsonld)", description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--build", type=Path, metavar="DIR", help="a folder written by `kg build`")
    source.add_argument("--neo4j", action="store_true", help="the graph loaded in Neo4j")
    parser.add_argument("--database", help="with --neo4j: database name (default: settings.neo4j_database)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="turtle")
    parser.add_argument("--out", type=Path, required=True, help="the file to write")
    parser.set_defaults(func=run)


def run(args) -> int:
    if args.neo4j:
        settings = load_settings(neo4j_database=args.database)
        with connect(settings) as driver:
            graph = read_graph(driver, settings.neo4j_database)
    else:
        graph = load_graph(args.build)
        if graph is None:
            print(f"kg: error: {args.build} holds no {GRAPH_FILE}; write one with `kg build --out`", file=sys.stderr)
            return 1
    write_rdf_file(graph, args.out, args.format)
    log.info("%s: %d nodes, %d relationships as %s", args.out, graph.number_of_nodes(), graph.number_of_edges(),
             args.format)
    return EXIT_OK
