"""The neo4j user's password: NEO4J_PASSWORD when set, else one generated once and kept in a private file."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from kg.server.errors import ServerError

MINIMUM_LENGTH = 8  # Neo4j's default dbms.security.auth_minimum_password_length


def stored_password(path: Path) -> str:
    """The password `kg neo4j start` generated; clients read it when NEO4J_PASSWORD is unset."""
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        raise ServerError(f"NEO4J_PASSWORD is unset and there is no {path}; run `kg neo4j start` first") from None


def ensure_password(configured: str | None, path: Path) -> str:
    """The configured password, else the stored one, generating it (mode 0600) on first use."""
    if configured:
        if len(configured) < MINIMUM_LENGTH:
            raise ServerError(f"NEO4J_PASSWORD must have at least {MINIMUM_LENGTH} characters (Neo4j's minimum)")
        return configured
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
            fh.write(secrets.token_urlsafe(24) + "\n")
    return stored_password(path)
