"""A real Neo4j for the e2e tests: the one at NEO4J_URI if it answers, else one started here for the session."""
from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from kg.config import Settings, load_settings
from kg.server import connect
from kg.server import neo4j as server
from kg.server.credentials import stored_password


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def free_port() -> int:
    return unused_port()


@pytest.fixture(scope="session")
def neo4j_settings(tmp_path_factory) -> Settings:
    """Settings that reach a running server; a server started here uses a temp dir and is stopped at the end."""
    settings = load_settings()
    if server.bolt_answers(settings.neo4j_uri):
        yield settings
        return
    files = server.ServerFiles.under(tmp_path_factory.mktemp("neo4j"))
    started = server.start(port=unused_port(), files=files)
    try:
        yield replace(settings, neo4j_uri=started.uri, neo4j_username="neo4j",
                      neo4j_password=stored_password(files.password_file))
    finally:
        server.stop(files)


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings):
    with connect(neo4j_settings) as driver:
        yield driver
