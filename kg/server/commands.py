"""`kg neo4j start|status|stop|build`: the project's own Neo4j server, for development and tests."""
from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from kg.server.errors import ServerError

STATUS_NOT_RUNNING = 3  # as `service status` does


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("neo4j", help="run the project's Neo4j (embedded Community 5.26, Bolt on 127.0.0.1)")
    actions = group.add_subparsers(dest="neo4j_action", required=True, metavar="ACTION")

    start = actions.add_parser("start", help="start in the background and wait until Bolt answers")
    start.add_argument("--data", type=Path, help="database directory, kept across restarts (default: ~/.kg/neo4j/data)")
    start.add_argument("--port", type=int, default=7687, help="Bolt port (default: 7687)")
    start.add_argument("--timeout", type=float, default=180, help="seconds to wait for Bolt (default: 180)")
    start.set_defaults(func=_start)

    status = actions.add_parser("status", help="running or stopped, pid, URI, data directory (exit 3 if stopped)")
    status.set_defaults(func=_status)

    stop = actions.add_parser("stop", help="stop cleanly (SIGTERM) and wait")
    stop.set_defaults(func=_stop)

    build = actions.add_parser("build", help="compile the launcher, fetching Neo4j with Maven (start does it when needed)")
    build.set_defaults(func=_build)


def _reporting_errors(command):
    """One line on stderr and the error's exit status instead of a traceback."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except ServerError as error:
            print(f"kg: {error}", file=sys.stderr)
            return error.exit_status

    return run


@_reporting_errors
def _start(args: argparse.Namespace) -> int:
    from kg.config import load_settings
    from kg.server import neo4j

    running = neo4j.status()
    if running:
        print(f"Neo4j is already running on {running.uri} (pid {running.pid}, data {running.data})")
        return 0
    settings = load_settings()
    server = neo4j.start(args.data, args.port, settings.neo4j_password, timeout=args.timeout)
    print(f"Neo4j running on {server.uri} (pid {server.pid}, data {server.data}, log {neo4j.DEFAULT_FILES.log_file})")
    if server.uri != settings.neo4j_uri:
        print(f"clients connect to {settings.neo4j_uri}; point them here with: export NEO4J_URI={server.uri}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from kg.server import neo4j

    server = neo4j.status()
    if not server:
        print("stopped")
        return STATUS_NOT_RUNNING
    print(f"running\npid: {server.pid}\nuri: {server.uri}\ndata: {server.data}\nlog: {neo4j.DEFAULT_FILES.log_file}")
    return 0


@_reporting_errors
def _stop(args: argparse.Namespace) -> int:
    from kg.server import neo4j

    server = neo4j.stop()
    print(f"Neo4j stopped (pid {server.pid})" if server else "Neo4j is not running")
    return 0


@_reporting_errors
def _build(args: argparse.Namespace) -> int:
    from kg.server import build

    build.launcher_classpath()
    print(f"launcher built; its classpath is in {build.CLASSPATH_FILE}")
    return 0
