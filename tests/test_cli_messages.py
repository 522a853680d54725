"""The messages of issue #21, each run as a user runs it (the installed ``kg`` program): one
coded line and exit status 1 for a problem, a usage error (2) for a bad option, no traceback,
and no advice that does not work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import __version__
from kg.resources import NER_MODEL

KG = Path(sys.executable).with_name("kg")
QUERY_COMMANDS = ["related", "entity", "top", "trending", "communities"]


def run_kg(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    done = subprocess.run([str(KG), *args], capture_output=True, text=True, timeout=120, cwd=cwd)
    return done.returncode, done.stdout, done.stderr


def one_error(err: str, code: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: [{code}]"), err
    return lines[0]


@pytest.fixture(scope="module")
def turtle(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rdf") / "g.ttl"
    path.write_text("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    return path


def test_push_to_something_that_is_not_a_url(turtle):
    code, _, err = run_kg("push", str(turtle), "--endpoint", "notaurl")
    assert code == 1 and "notaurl" in one_error(err, "E107")


def test_push_or_serve_of_missing_data_names_the_argument_not_an_option(tmp_path):
    for command in (["serve"], ["push", "--endpoint", "http://127.0.0.1:9/store"]):
        code, out, err = run_kg(*command, "missing.ttl", cwd=tmp_path)
        line = one_error(err, "E075")
        assert code == 1 and out == "" and "missing.ttl" in line and "--data" not in line
        assert "SPARQL endpoint" not in err  # nothing is announced before the data is found


def test_sparql_on_missing_data_points_at_its_data_option(tmp_path):
    code, _, err = run_kg("sparql", "ASK {}", "--data", "missing.ttl", cwd=tmp_path)
    assert code == 1 and "--data" in one_error(err, "E041")


def test_build_into_a_file_names_the_file(tmp_path):
    src, target = tmp_path / "in.jsonl", tmp_path / "taken"
    src.write_text(json.dumps({"id": "a", "title": "T", "abstract": "A"}) + "\n")
    target.write_text("already here")
    code, _, err = run_kg("build", str(src), "-o", str(target))
    assert code == 1 and "not a directory" in one_error(err, "E072")
    assert target.read_text() == "already here"


@pytest.mark.parametrize("command", QUERY_COMMANDS)
def test_a_negative_limit_is_a_usage_error(command, tmp_path):
    args = [command, *(["x"] if command in ("related", "entity") else []), "-n", "-5", "-g", str(tmp_path)]
    code, out, err = run_kg(*args)
    assert code == 2 and out == "" and "--limit" in err and "Traceback" not in err


def test_help_names_the_limit_option_as_it_is_typed():
    for command in [*QUERY_COMMANDS, "path"]:
        code, out, _ = run_kg(command, "--help")
        assert code == 0 and "--n " not in out and "--n," not in out
        assert ("--limit" in out) == (command != "path"), command


def test_version_names_the_pipeline():
    meta = json.loads((NER_MODEL / "meta.json").read_text(encoding="utf-8"))
    code, out, _ = run_kg("version")
    assert code == 0 and out.splitlines()[0] == f"kg {__version__}"
    assert out.splitlines()[1].startswith(f"pipeline {meta['name']} {meta['version']} (spaCy ")
    code, out, _ = run_kg("version", "--json")
    assert json.loads(out)["pipeline"] == {"name": meta["name"], "version": meta["version"]}
