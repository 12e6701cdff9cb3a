"""The project's Neo4j: `kg neo4j start|status|stop` runs it; `connect()` gives clients a driver to it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings


def connect(settings: Settings | None = None) -> neo4j.Driver:
    """A driver for the configured server, with the password `kg neo4j start` generated when NEO4J_PASSWORD is unset."""
    import neo4j

    from kg.config import load_settings
    from kg.server.credentials import stored_password
    from kg.server.neo4j import DEFAULT_FILES

    settings = settings or load_settings()
    password = settings.neo4j_password or stored_password(DEFAULT_FILES.password_file)
    return neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=(settings.neo4j_username, password))
