#!/usr/bin/env bash
# Runs kg's tests: unit tests, and end-to-end tests against the project's own Neo4j server.
# Starts the server (kg neo4j start) when none is running, and stops it again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
started=""
if ! .venv/bin/kg neo4j status >/dev/null 2>&1; then
    .venv/bin/kg neo4j start
    started=yes
fi
stop_server() { [ -z "$started" ] || .venv/bin/kg neo4j stop; }
trap stop_server EXIT
.venv/bin/python -m pytest "$@"
