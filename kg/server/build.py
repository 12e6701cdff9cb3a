"""Compiles the Java launcher once and caches its classpath, so only the first start waits for Maven."""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from kg.server.errors import ServerError, ToolMissing

LAUNCHER_DIR = Path(__file__).resolve().parent / "launcher"
POM = LAUNCHER_DIR / "pom.xml"
SOURCE = LAUNCHER_DIR / "src" / "main" / "java" / "kg" / "server" / "Launcher.java"
TARGET = LAUNCHER_DIR / "target"
CLASSES = TARGET / "classes"
CLASSPATH_FILE = TARGET / "classpath.txt"
MAIN_CLASS = "kg.server.Launcher"
INSTALL_HINT = "apt-get install openjdk-17-jdk-headless maven"

log = logging.getLogger(__name__)


def require_tools() -> None:
    """Fail with the Debian package to install rather than a traceback from subprocess."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise ToolMissing(f"`{tool}` not found on PATH; install Java and Maven: {INSTALL_HINT}")


def launcher_classpath() -> str:
    """The classpath that runs the launcher, building it first when missing or older than its sources."""
    if not _build_is_current():
        build_launcher()
    return ":".join([str(CLASSES), CLASSPATH_FILE.read_text().strip()])


def build_launcher() -> None:
    """Compile with Maven, which also fetches Neo4j's jars into ~/.m2 on first use (about 150 MB)."""
    require_tools()
    log.info("building the Neo4j launcher with Maven (the first build downloads Neo4j's jars)")
    command = ["mvn", "-B", "-q", "-f", str(POM), "compile", "dependency:build-classpath",
               f"-Dmdep.outputFile={CLASSPATH_FILE}"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
        raise ServerError(f"building the Neo4j launcher failed ({' '.join(command)}):\n{tail}")
    CLASSPATH_FILE.touch()  # the build's time stamp: Maven leaves an unchanged classpath file as it was


def _build_is_current() -> bool:
    launcher_class = CLASSES / "kg" / "server" / "Launcher.class"
    if not (CLASSPATH_FILE.is_file() and launcher_class.is_file()):
        return False
    if CLASSPATH_FILE.stat().st_mtime < max(POM.stat().st_mtime, SOURCE.stat().st_mtime):
        return False
    jars = CLASSPATH_FILE.read_text().strip().split(":")
    return all(Path(jar).is_file() for jar in jars)  # a cleaned ~/.m2 needs a new fetch
