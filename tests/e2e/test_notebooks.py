"""The analysts' notebooks run from top to bottom against the real Neo4j."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
pytestmark = pytest.mark.neo4j


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, neo4j_settings, neo4j_driver, monkeypatch):
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_settings.neo4j_database)
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password or "")
    monkeypatch.setenv("KG_MODEL", "blank")  # the rules are enough to exercise the notebook; keeps it quick
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("nodes," in o.get("text", "") for o in outputs)
