"""Incremental builds: a killed build loses nothing it finished, and a rebuild redoes nothing."""

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _corpus(path: Path, n: int, offset: int = 0) -> None:
    lines = [
        json.dumps(
            {
                "id": f"p{i}",
                "title": f"Paper {i}: BERT on SQuAD",
                "abstract": f"We fine-tune BERT (case {i}) on SQuAD and ImageNet and report F1 and top-1 accuracy.",
            }
        )
        for i in range(offset, offset + n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cached(out: Path) -> int:
    db = out / "cache.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT count(*) FROM extraction").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not there yet
        return 0


@pytest.mark.slow  # a killed subprocess build and its rerun: `make test-thorough` (and CI)
def test_killed_build_resumes_without_redoing_or_losing_work(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out"
    _corpus(src, 40)
    assert runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"]).exit_code == 0
    before = (out / "kg.ttl").read_bytes()

    _corpus(src, 1500)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 240
    while _cached(out) < 40 + 256 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    kept = _cached(out)
    assert 40 + 256 <= kept < 1500
    assert (out / "kg.ttl").read_bytes() == before, "an interrupted build changed the previous outputs"

    result = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["extraction"] == {"cached": kept, "extracted": 1500 - kept}
    ids = [json.loads(line)["id"] for line in (out / "mentions.jsonl").read_text().splitlines()]
    assert sorted(ids) == sorted(f"p{i}" for i in range(1500))

    stamp = (out / "kg.ttl").stat().st_mtime_ns
    again = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert again.exit_code == 0 and "up to date" in again.output
    assert (out / "kg.ttl").stat().st_mtime_ns == stamp, "an unchanged corpus rewrote its outputs"

    other = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet", "--top-k", "5"])
    assert other.exit_code == 0
    assert json.loads((out / "summary.json").read_text())["extraction"] == {"cached": 1500, "extracted": 0}
    assert (out / "kg.ttl").stat().st_mtime_ns != stamp


def test_a_build_by_other_kg_code_is_not_up_to_date(tmp_path, monkeypatch):
    import kg.build

    src, out = tmp_path / "papers.jsonl", tmp_path / "out"
    _corpus(src, 5)
    assert runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"]).exit_code == 0
    assert "up to date" in runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"]).output
    monkeypatch.setattr(kg.build, "code_version", lambda: "other")  # as after upgrading kg
    again = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert again.exit_code == 0 and "up to date" not in again.output, again.output
    # the extraction cache is keyed by the pipeline, which did not change
    assert json.loads((out / "summary.json").read_text())["extraction"] == {"cached": 5, "extracted": 0}
