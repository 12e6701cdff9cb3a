"""`kg neo4j` against a real embedded Neo4j: queries, restarts that keep data, and authentication."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from dataclasses import replace

import neo4j
import pytest

from kg.config import Settings
from kg.server import connect

pytestmark = pytest.mark.neo4j


def kg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], env=env, capture_output=True, text=True)


def test_query_returns_from_server(neo4j_driver):
    records, _, _ = neo4j_driver.execute_query("RETURN 1 + 1 AS two")
    assert records[0]["two"] == 2


def test_wrong_password_is_refused(neo4j_settings):
    with connect(replace(neo4j_settings, neo4j_password="not-the-password")) as driver:
        with pytest.raises(neo4j.exceptions.AuthError):
            driver.verify_connectivity()


def test_restart_keeps_data(tmp_path, free_port):
    home = tmp_path / "home"
    env = {**os.environ, "KG_HOME": str(home)}
    env.pop("NEO4J_PASSWORD", None)  # so the generated password file is exercised
    start = ("neo4j", "start", "--data", str(tmp_path / "data"), "--port", str(free_port))
    uri = f"bolt://127.0.0.1:{free_port}"
    marker = str(uuid.uuid4())
    try:
        started = kg(*start, env=env)
        assert started.returncode == 0, started.stderr
        assert uri in started.stdout
        password_file = home / "neo4j" / "password"
        assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
        settings = Settings(neo4j_uri=uri, neo4j_password=password_file.read_text().strip())
        with connect(settings) as driver:
            driver.execute_query("CREATE (:Probe {marker: $marker})", marker=marker)

        assert "already running" in kg(*start, env=env).stdout
        status = kg("neo4j", "status", env=env)
        assert status.returncode == 0 and uri in status.stdout

        assert kg("neo4j", "stop", env=env).returncode == 0
        assert kg("neo4j", "status", env=env).returncode == 3
        restarted = kg(*start, env=env)
        assert restarted.returncode == 0, restarted.stderr
        with connect(settings) as driver:
            records, _, _ = driver.execute_query("MATCH (p:Probe {marker: $marker}) RETURN count(p) AS n", marker=marker)
        assert records[0]["n"] == 1
    finally:
        assert kg("neo4j", "stop", env=env).returncode == 0
