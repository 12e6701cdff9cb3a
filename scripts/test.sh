#!/usr/bin/env bash
# Runs kg's tests: unit tests, and end-to-end tests against the project's own Neo4j server.
# The tests get a server of their own (state in .kg-test/, Bolt on port 7688), so they never
# touch the graph a user keeps in ~/.kg; it is started when not running and stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
export KG_HOME="${KG_TEST_HOME:-$PWD/.kg-test}"
export NEO4J_URI="bolt://127.0.0.1:${KG_TEST_PORT:-7688}"
unset NEO4J_PASSWORD  # the test server keeps its generated password in $KG_HOME
started=""
if ! .venv/bin/kg neo4j status >/dev/null 2>&1; then
    .venv/bin/kg neo4j start --port "${KG_TEST_PORT:-7688}"
    started=yes
fi
stop_server() { [ -z "$started" ] || .venv/bin/kg neo4j stop; }
trap stop_server EXIT
.venv/bin/python -m pytest "$@"
