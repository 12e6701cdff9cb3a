#!/usr/bin/env bash
# Sets kg up on a fresh machine: a virtual environment (.venv) with the package and its test
# tools, and the Neo4j launcher compiled (Maven fetches Neo4j 5.26 into ~/.m2 the first time).
# The trained Chinese model is part of the repository (models/zh_kg); nothing is downloaded for it.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: '$1' is missing; install it with: $2" >&2; exit 2; }; }
need python3 "apt-get install python3 python3-venv"
need java "apt-get install openjdk-17-jdk-headless"
need mvn "apt-get install maven"

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/kg neo4j build
echo "setup: done; the kg command is .venv/bin/kg"
