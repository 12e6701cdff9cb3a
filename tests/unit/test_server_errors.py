"""Without Java or Maven, `kg neo4j start` says which Debian packages to install, in one line, exit 2."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest


@pytest.mark.parametrize(("on_path", "missing"), [((), "java"), (("java",), "mvn")])
def test_missing_tool_names_the_packages(tmp_path, on_path, missing):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in on_path:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed here")
        (bin_dir / tool).symlink_to(shutil.which(tool))
    env = {**os.environ, "PATH": str(bin_dir), "KG_HOME": str(tmp_path / "home")}

    result = subprocess.run([sys.executable, "-m", "kg.cli", "neo4j", "start"], env=env, capture_output=True, text=True)

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"`{missing}` not found" in result.stderr
    assert "apt-get install openjdk-17-jdk-headless maven" in result.stderr
