"""Start, inspect and stop the project's own Neo4j: the Java launcher run as a detached background process."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.config import STATE_DIR
from kg.server import build
from kg.server.credentials import ensure_password
from kg.server.errors import ServerError

READY_LINE = "kg-neo4j ready"  # printed by Launcher.java once Bolt takes the password
# A fixed 1 GB heap (the page cache, 256 MB, is off-heap) and the module openings Neo4j's own scripts pass.
JAVA_OPTIONS = [
    "-Xms1g", "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true",
]
DEFAULT_PORT = 7687


@dataclass(frozen=True)
class ServerFiles:
    """Where one server keeps its state; a separate root lets tests run a server beside the user's."""

    root: Path
    pid_file: Path
    log_file: Path
    password_file: Path
    default_data: Path

    @classmethod
    def under(cls, root: Path) -> ServerFiles:
        return cls(root, root / "server.json", root / "server.log", root / "password", root / "data")


DEFAULT_FILES = ServerFiles.under(STATE_DIR / "neo4j")


@dataclass(frozen=True)
class Server:
    """A running server, as recorded in the pid file."""

    pid: int
    uri: str
    data: Path


def status(files: ServerFiles = DEFAULT_FILES) -> Server | None:
    """The server recorded in the pid file if its process is still the launcher, else None."""
    try:
        record = json.loads(files.pid_file.read_text())
    except FileNotFoundError:
        return None
    server = Server(pid=record["pid"], uri=record["uri"], data=Path(record["data"]))
    return server if _is_launcher(server.pid) else None


def start(data: Path | None = None, port: int = DEFAULT_PORT, password: str | None = None,
          files: ServerFiles = DEFAULT_FILES, timeout: float = 180) -> Server:
    """Start the server in the background and return once Bolt accepts the password.

    `password` None means the generated one in the password file.
    """
    running = status(files)
    if running:
        raise ServerError(f"Neo4j is already running (pid {running.pid}) on {running.uri}")
    build.require_tools()
    files.root.mkdir(parents=True, exist_ok=True)
    password = ensure_password(password, files.password_file)
    data = (data or files.default_data).resolve()
    uri = f"bolt://127.0.0.1:{port}"
    if bolt_answers(uri):
        raise ServerError(f"port {port} on 127.0.0.1 is already in use; choose another with --port")
    command = ["java", *JAVA_OPTIONS, "-cp", build.launcher_classpath(), build.MAIN_CLASS,
               "--data", str(data), "--port", str(port)]
    pid = _spawn_detached(command, {**os.environ, "NEO4J_PASSWORD": password}, files.log_file)
    server = Server(pid=pid, uri=uri, data=data)
    files.pid_file.write_text(json.dumps({"pid": server.pid, "uri": server.uri, "data": str(server.data)}))
    _wait_until_ready(server, password, files.log_file, timeout)
    return server


def stop(files: ServerFiles = DEFAULT_FILES, timeout: float = 60) -> Server | None:
    """SIGTERM the server (its shutdown hook closes the databases) and wait; None if none was running."""
    server = status(files)
    if server:
        os.kill(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _is_launcher(server.pid):
            if time.monotonic() > deadline:
                raise ServerError(f"Neo4j (pid {server.pid}) did not stop within {timeout:.0f} s; see {files.log_file}")
            time.sleep(0.2)
    files.pid_file.unlink(missing_ok=True)
    return server


def bolt_answers(uri: str) -> bool:
    """Whether something accepts TCP connections at the URI's host and port."""
    address = urlsplit(uri)
    try:
        with socket.create_connection((address.hostname, address.port or DEFAULT_PORT), timeout=1):
            return True
    except OSError:
        return False


def _spawn_detached(command: list[str], env: dict[str, str], log_file: Path) -> int:
    """Run `command` in the background in its own session and return its pid.

    A short-lived `sh` starts it, so the server is no child of this process: neither the CLI nor a
    test session has to wait for it, and closing a terminal does not stop it.
    """
    script = '"$@" </dev/null >"$KG_NEO4J_LOG" 2>&1 & echo $!'
    spawned = subprocess.run(["sh", "-c", script, "sh", *command], env={**env, "KG_NEO4J_LOG": str(log_file)},
                             capture_output=True, text=True, check=True, start_new_session=True)
    return int(spawned.stdout)


def _wait_until_ready(server: Server, password: str, log_file: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while READY_LINE not in _read(log_file):
        if not _is_launcher(server.pid):
            raise ServerError(f"Neo4j exited while starting; see {log_file}")
        if time.monotonic() > deadline:
            os.kill(server.pid, signal.SIGTERM)
            raise ServerError(f"Neo4j did not answer on {server.uri} within {timeout:.0f} s; see {log_file}")
        time.sleep(0.5)
    _verify_bolt(server.uri, password, log_file)


def _verify_bolt(uri: str, password: str, log_file: Path) -> None:
    """Prove the launcher's ready line by logging in over Bolt, as clients will."""
    import neo4j

    try:
        with neo4j.GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
            driver.verify_connectivity()
    except neo4j.exceptions.Neo4jError as error:
        raise ServerError(f"Neo4j started but refused the login on {uri} ({error.code}); see {log_file}") from None


def _read(log_file: Path) -> str:
    try:
        return log_file.read_text(errors="replace")
    except FileNotFoundError:  # the shell has not opened it yet
        return ""


def _is_launcher(pid: int) -> bool:
    """True while `pid` is our launcher: a stale pid file may name a reused pid or a zombie."""
    try:
        return build.MAIN_CLASS.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
