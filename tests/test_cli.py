"""The `kg` command end to end, driven through typer's CliRunner on the sample corpus."""

import json
import re
import sys
from pathlib import Path
from unittest import mock

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app, main
from kg.namespaces import KG

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
runner = CliRunner()


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    result = runner.invoke(app, ["build", str(SAMPLE), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out, result


def test_build_writes_every_output(built):
    out, _ = built
    for name in ["mentions.jsonl", "entities.jsonl", "kg.ttl", "summary.json", "concept_map.html",
                 "index.html", "graph.graphml", "ontology.html"]:
        assert (out / name).stat().st_size > 0, name
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_build_summary_counts(built):
    out, result = built
    summary = json.loads((out / "summary.json").read_text())
    assert 700 <= summary["papers_read"] <= 760
    assert 590 <= summary["papers"] <= 620
    assert summary["papers"] == summary["papers_read"] - summary["duplicates_merged"]
    assert set(summary["mentions_per_label"]) == {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"}
    assert "papers read" in result.output and "files written" in result.output


def test_turtle_has_papers_and_every_entity_class(built):
    out, _ = built
    g = rdflib.Graph().parse(out / "kg.ttl")
    n_papers = len(set(g.subjects(rdflib.RDF.type, KG.Paper)))
    assert 590 <= n_papers <= 620
    for cls in (KG.Method, KG.Model, KG.Dataset, KG.Metric, KG.Task):
        assert len(set(g.subjects(rdflib.RDF.type, cls))) >= 10, cls


def test_html_views_are_offline(built):
    out, _ = built
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", html)
        assert not remote, (page.name, remote[:3])


def test_extract_contract_offsets_and_ids(tmp_path):
    rows = [{"id": "p1", "title": "  BERT on SQuAD ", "abstract": "We fine-tune BERT on SQuAD and report F1. "},
            {"id": 7, "title": "ResNet-50 for ImageNet classification",
             "abstract": "We train ResNet-50 on ImageNet and report top-1 accuracy."}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "m.jsonl"), "--quiet"])
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert [g["id"] for g in got] == ["p1", "7"]
    for g, r in zip(got, rows):
        assert g["title"] == r["title"]
        assert g["mentions"], g
        for m in g["mentions"]:
            assert r[m["field"]][m["start"]:m["end"]] == m["text"]
            assert m["label"] in {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"} and m["entity"]


def test_extract_to_stdout(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "title": "CLIP", "abstract": "We evaluate CLIP on COCO."}) + "\n")
    result = runner.invoke(app, ["extract", str(src), "--quiet"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "x"


def test_bad_records_are_skipped_and_counted(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "title": "Good", "abstract": "We use BERT."}\n{broken\n'
                    b'{"id": "c", "title": "No abstract"}\n'
                    b'{"id": "d", "title": "Bad \xff bytes", "abstract": "x"}\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["papers"] == 1 and summary["records_skipped"] == 3
    assert any("in.jsonl:2" in s for s in summary["skips"])


@pytest.mark.parametrize("args,message", [
    (["build", "does/not/exist.jsonl"], "E001"),
    (["build", "{empty}"], "E004"),
    (["build", "{empty}", "--format", "yaml"], "E002"),
])
def test_clear_errors_without_traceback(tmp_path, capsys, args, message):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    args = [a.replace("{empty}", str(empty)) for a in args] + ["-o", str(tmp_path / "o")]
    with mock.patch.object(sys, "argv", ["kg", *args]), pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_help_everywhere():
    for cmd in [[], ["build"], ["extract"], ["eval"]]:
        result = runner.invoke(app, [*cmd, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
