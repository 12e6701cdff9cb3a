"""Settings in one place: defaults < kg.toml < environment < command-line flags."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
STATE_DIR = Path(os.environ.get("KG_HOME", Path.home() / ".kg"))

# Environment variables that override a setting, by setting name.
ENVIRONMENT = {
    "model": "KG_MODEL",
    "neo4j_uri": "NEO4J_URI",
    "neo4j_username": "NEO4J_USERNAME",
    "neo4j_password": "NEO4J_PASSWORD",
    "neo4j_database": "NEO4J_DATABASE",
}


@dataclass(frozen=True)
class Settings:
    model: str = str(REPO_ROOT / "models" / "zh_kg")
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_username: str = "neo4j"
    neo4j_password: str | None = None  # None: the password file that `kg neo4j start` writes
    neo4j_database: str = "neo4j"
    batch_size: int = 5000  # measured best of 1000, 5000, 10000 by bench/bench_load.py


def load_settings(config_file: Path | None = None, **flags) -> Settings:
    """Merge the layers; flags whose value is None do not override."""
    settings = Settings()
    path = config_file or Path("kg.toml")
    if path.is_file():
        with path.open("rb") as fh:
            table = tomllib.load(fh).get("kg", {})
        known = {f.name for f in fields(Settings)}
        unknown = set(table) - known
        if unknown:
            raise ValueError(f"{path}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
        settings = replace(settings, **table)
    env = {name: os.environ[var] for name, var in ENVIRONMENT.items() if os.environ.get(var)}
    settings = replace(settings, **env)
    return replace(settings, **{k: v for k, v in flags.items() if v is not None})
