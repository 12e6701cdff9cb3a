"""Bad input: one stderr line naming the file and the reason; other files still processed; exit 2."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = "本报讯（记者 赵明）5月6日，市长钱立新主持召开市政府常务会议。\n\n会议还研究了其他事项。\n"


def kg(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "kg.cli", "--quiet", *args],
                          capture_output=True, text=True)


@pytest.fixture
def folder(tmp_path, sample_pages):
    shutil.copy(sample_pages[1], tmp_path / "good.txt")
    return tmp_path


def run_with(folder: Path, name: str, data: bytes | None):
    bad = folder / name
    if data is not None:
        bad.write_bytes(data)
    out = folder / "out"
    result = kg("extract", "--model", "blank", str(folder / "good.txt"), str(bad), "--out", str(out))
    return result, bad, out


def assert_one_error(result, bad: Path, reason: str, out: Path):
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert lines == [f"kg: error: {bad}: {reason}"]
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["articles"]
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]  # nothing half-written


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\r\n\xe3\x80\x80\n", "only whitespace, no text"),
    ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "binary file (a PDF file), not a text page"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (a PNG image), not a text page"),
    ("missing.txt", None, "no such file or folder"),
])
def test_bad_file_is_reported_and_skipped(folder, name, data, reason):
    result, bad, out = run_with(folder, name, data)
    assert_one_error(result, bad, reason, out)


def test_unreadable_file(folder):
    bad = folder / "locked.txt"
    bad.write_text(PAGE, encoding="utf-8")
    bad.chmod(0)
    out = folder / "out"
    # root reads any file: where we are root, the check runs without the capability that allows it.
    prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
    result = kg("extract", "--model", "blank", str(folder / "good.txt"), str(bad), "--out", str(out), prefix=prefix)
    assert_one_error(result, bad, "permission denied, cannot read", out)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_encodings_read_alike(folder, sample_pages, encoding):
    text = sample_pages[0].read_text(encoding="utf-8")
    (folder / "page.txt").write_bytes(text.encode(encoding))
    result = kg("articles", str(sample_pages[0]), str(folder / "page.txt"))
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line)["articles"] for line in result.stdout.splitlines())
    for article in first + second:
        del article["id"]
    assert first == second


def test_all_good_exits_zero(sample_pages, tmp_path):
    result = kg("extract", "--model", "blank", str(sample_pages[0].parent), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.with_suffix(".json").name for p in sample_pages]
