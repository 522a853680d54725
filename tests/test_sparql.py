"""SPARQL: saved queries on embedded Oxigraph, the store cache, the server and push."""

from __future__ import annotations

import csv
import io
import json
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery
from rich.console import Console
from test_rdf import NASTY_ENTITY, NASTY_PAPER, P1, P2, small_kg

from kg.errors import KGError
from kg.rdf import push, query, running_server, store_dir, to_rdf, write_rdf
from kg.rdf.iris import resource_iri
from kg.resources import QUERIES
from kg.schema import entity_node, paper_node

KG_PREFIX = "PREFIX kg: <https://w3id.org/kg-ml/ontology#>\n"
COUNT_PAPERS = KG_PREFIX + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"

# Saved query → (columns compared, expected rows) on the graph of test_rdf.small_kg().
EXPECTED = {
    "top_datasets.rq": (("label", "papers", "mentions"), [("ImageNet", "2", "3"), ("SQuAD", "1", "2")]),
    "papers_with_dataset_and_method.rq": (("id", "year"), [(P1, "2015"), (P2, "2017")]),
    "methods_with_dataset.rq": (("label", "papers"), [("ResNet", "2"), ("ResNet-50", "1"), ("dropout", "1")]),
    "entity_papers_by_year.rq": (("year", "id"), [("2015", P1), ("2017", P2)]),
    "similar_papers.rq": (("id", "weight"), [(P2, 1.5)]),
    "community_entities.rq": (
        ("label", "type"),
        [
            ("ResNet", "Method"),
            ("ImageNet", "Dataset"),
            ("ResNet-50", "Model"),
            ("dropout", "Method"),
            ("image classification", "Task"),
            ("accuracy", "Metric"),
        ],
    ),
    "entity_aliases.rq": (
        ("alias", "mentions", "preferred"),
        [("ResNet", "2", "true"), ("residual networks", "1", "false")],
    ),
    "mention_evidence.rq": (
        ("id", "field", "start", "end", "text", "type", "role"),
        [
            (P1, "abstract", "53", "61", "ImageNet", "Dataset", "evaluatesOn"),
            (P2, "title", "12", "20", "ImageNet", "Dataset", "evaluatesOn"),
            (P2, "abstract", "40", "48", "ImageNet", "Dataset", "evaluatesOn"),
        ],
    ),
    "entity_roles.rq": (
        ("id", "role", "salient"),
        [(P1, "evaluatesOn", "true"), (P2, "evaluatesOn", "false")],
    ),
    # lower is better for "error" only once a linked metric says so: unknown ranks higher first
    "leaderboard.rq": (
        ("method", "value", "unit", "own", "id", "quote", "higherIsBetter"),
        [("VGG", "7.3", "%", "false", P1, "7.3", ""), ("ResNet", "3.57", "%", "true", P1, "3.57", "")],
    ),
    "methods_on_dataset_metric.rq": (
        ("method", "papers", "results", "absolute", "relative"),
        [("BERT", "1", "1", "93.2", "")],
    ),
    "cooccurring_entities.rq": (("label", "npmi", "papers"), [("ImageNet", 1.0, "2"), ("dropout", 0.5, "1")]),
    "entity_variants.rq": (("relation", "label"), [("has variant", "ResNet-50")]),
}


# Saved query → its VALUES as saved, and as the tests give them, for small_kg()
PARAMETERS = {
    "leaderboard.rq": ('("COCO" "average precision")', '("imagenet" "ERROR")'),
    "methods_on_dataset_metric.rq": ('("CIFAR-10" "accuracy")', '("squad" "f1")'),
}


def _numbers_as_floats(row: tuple, floats: set[int]) -> tuple:
    return tuple(float(v) if i in floats else v for i, v in enumerate(row))


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sparql") / "kg.ttl"
    write_rdf(small_kg(), path)
    return path


@pytest.fixture(scope="module")
def full_data(tmp_path_factory) -> Path:
    """The export with a Web Annotation per mention."""
    path = tmp_path_factory.mktemp("sparql") / "kg.ttl"
    write_rdf(small_kg(), path, provenance="mentions")
    return path


@pytest.fixture(scope="module")
def stored_data(tmp_path_factory) -> Path:
    """The full export with compact evidence: with every statistic the compact form leaves out."""
    path = tmp_path_factory.mktemp("sparql") / "kg.ttl"
    write_rdf(small_kg(), path, provenance="full")
    return path


def _saved(path: Path) -> str:
    """The saved query, with the parameters that the tests give it."""
    text = path.read_text(encoding="utf-8")
    saved, given = PARAMETERS.get(path.name, ("", ""))
    assert saved in text
    return text.replace(saved, given) if saved else text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, q: str) -> dict:
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': q})}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        return json.load(response)


def _count(results: dict) -> int:
    return int(results["results"]["bindings"][0]["n"]["value"])


# saved queries -------------------------------------------------------------------------------


def test_there_are_enough_saved_queries():
    assert len(list(QUERIES.glob("*.rq"))) >= 8


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_saved_query(data, path):
    columns, expected = EXPECTED[path.name]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ") and "Parameter" in text  # documented
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", re.sub(r'"[^"]*"', "", code))) - {"http", "https"}
    assert all(f"PREFIX {prefix}:" in text for prefix in used), used  # runs anywhere, not only in kg
    prepareQuery(text)  # portable: rdflib parses it as well
    result = query(_saved(path), data)
    at = [result.variables.index(c) for c in columns]
    floats = {i for i, value in enumerate(expected[0]) if isinstance(value, float)}
    assert [_numbers_as_floats(tuple(row[i] for i in at), floats) for row in result.rows] == expected


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_saved_query_answers_the_same_on_every_form(data, stored_data, full_data, path):
    compact = query(_saved(path), data)
    for other in stored_data, full_data:
        full = query(_saved(path), other)
        assert compact.variables == full.variables
        assert compact.rows == full.rows


def test_leaderboard_ranks_by_the_metrics_direction(data, tmp_path):
    kg = small_kg()
    for paper in kg.papers, kg.bipartite:
        for result in paper.nodes[paper_node(P1)]["results"]:
            result["metric_entity"] = "accuracy"  # higher is better
    write_rdf(kg, tmp_path / "higher.ttl")
    q = _saved(QUERIES / "leaderboard.rq").replace('"ERROR"', '"accuracy"')
    assert [row[:2] for row in query(q, tmp_path / "higher.ttl").rows] == [("VGG", "7.3"), ("ResNet", "3.57")]
    kg.bipartite.nodes[entity_node("accuracy")]["direction"] = "lower"
    write_rdf(kg, tmp_path / "lower.ttl")
    assert [row[:2] for row in query(q, tmp_path / "lower.ttl").rows] == [("ResNet", "3.57"), ("VGG", "7.3")]


def test_leaderboard_leaves_relative_results_out(tmp_path):
    kg = small_kg()
    kg.bipartite.nodes[paper_node(P1)]["results"][1]["kind"] = "relative"
    write_rdf(kg, tmp_path / "kg.ttl")
    rows = query(_saved(QUERIES / "leaderboard.rq"), tmp_path / "kg.ttl").rows
    assert [row[0] for row in rows] == ["ResNet"]


def test_similar_papers_lists_the_shared_entities(data):
    result = query(QUERIES / "similar_papers.rq", data)
    shared = result.rows[0][result.variables.index("shared")]
    assert sorted(shared.split(", ")) == ["ImageNet", "ResNet"]


def test_query_finds_nasty_ids(data):
    q = (
        f"SELECT ?p WHERE {{ ?p dcterms:identifier {json.dumps(NASTY_PAPER)} ;"
        f" kg:mentions <{resource_iri('entity', NASTY_ENTITY)}> }}"
    )
    assert len(query(q, data).rows) == 1


# results -------------------------------------------------------------------------------------


def test_result_formats(data):
    result = query("SELECT ?label WHERE { ?e a kg:Dataset ; skos:prefLabel ?label } ORDER BY ?label", data)
    assert result.rows == [("ImageNet",), ("SQuAD",)]
    parsed = json.loads(result.serialize("json"))
    assert parsed["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in parsed["results"]["bindings"]] == ["ImageNet", "SQuAD"]
    assert list(csv.reader(io.StringIO(result.serialize("csv").decode()))) == [
        ["label"],
        ["ImageNet"],
        ["SQuAD"],
    ]
    table = result.table(title="datasets")
    assert table.row_count == 2 and [c.header for c in table.columns] == ["label"]
    with pytest.raises(KGError, match=r"E048.*SELECT.*'turtle'.*json, csv, tsv, xml"):
        result.serialize("turtle")


@pytest.mark.hostile
def test_table_shows_markup_as_text(data):
    result = query('SELECT ?x WHERE { BIND ("[bold]x[/] [red" AS ?x) }', data)
    console = Console(width=40, record=True)
    console.print(result.table())
    assert "[bold]x[/] [red" in console.export_text()


def test_ask_and_construct_results(data):
    ask = query("ASK { ?p kg:mentions ?d . ?d a kg:Dataset }", data)
    assert ask.rows == [("true",)] and json.loads(ask.serialize("json"))["boolean"] is True
    graph = query("CONSTRUCT { ?e a kg:Dataset } WHERE { ?e a kg:Dataset }", data)
    assert graph.variables == ["subject", "predicate", "object"]
    assert sorted(graph.rows) == [
        ("res:entity/imagenet", "rdf:type", "kg:Dataset"),
        ("res:entity/squad", "rdf:type", "kg:Dataset"),
    ]
    assert b"kg:Dataset" in graph.serialize("turtle")
    with pytest.raises(KGError, match=r"E048.*CONSTRUCT.*'csv'"):
        graph.serialize("csv")


def test_syntax_error_names_the_position(data):
    with pytest.raises(
        KGError,
        match=r"E045\] SPARQL syntax error at line 2, column (\d+): "
        r"expected one of ABS, AVG",
    ) as error:
        query("SELECT ?p WHERE {\n  ?p a kg:Paper . FILTER (?p = ) }", data)
    column = int(error.value.args[0].split("column ")[1].split(":")[0])
    *_, source, caret = str(error.value).splitlines()
    assert source == "    ?p a kg:Paper . FILTER (?p = ) }" and caret == " " * (column + 1) + "^"


def test_missing_query_file(data, tmp_path):
    with pytest.raises(KGError, match=r"E001.*nope\.rq"):
        query(str(tmp_path / "nope.rq"), data)


# loading and the cache -----------------------------------------------------------------------


@pytest.mark.parametrize("name, fmt", [("kg.nt.gz", "nt"), ("kg.jsonld", "json-ld"), ("kg.nt", "nt")])
def test_loads_every_format(tmp_path, name, fmt):
    write_rdf(small_kg(), tmp_path / name, fmt)
    assert query(COUNT_PAPERS, tmp_path / name).rows == [("3",)]


def test_explicit_format_overrides_the_suffix(tmp_path):
    write_rdf(small_kg(), tmp_path / "kg.data", "nt")
    assert query(COUNT_PAPERS, tmp_path / "kg.data", fmt="nt").rows == [("3",)]
    with pytest.raises(KGError, match=r"E042.*'\.data'"):
        query(COUNT_PAPERS, tmp_path / "kg.data")


def test_store_is_cached_until_the_data_changes(tmp_path):
    path = tmp_path / "kg.ttl"
    write_rdf(small_kg(), path)
    assert query(COUNT_PAPERS, path).rows == [("3",)]
    stamp = store_dir(path) / "source.json"
    first = stamp.stat()
    assert query(COUNT_PAPERS, path).rows == [("3",)]
    second = stamp.stat()
    assert (second.st_ino, second.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)

    kg = small_kg()
    kg.bipartite.remove_node(paper_node(P2))
    kg.papers.remove_node(paper_node(P2))
    write_rdf(kg, path)
    assert query(COUNT_PAPERS, path).rows == [("2",)]
    assert stamp.stat().st_ino != first.st_ino
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers


def test_unwritable_data_directory(tmp_path, monkeypatch):
    write_rdf(small_kg(), tmp_path / "kg.ttl")

    def refuse(**_):  # what a read-only directory does to anyone but root
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    with pytest.raises(KGError, match=r"E050.*kg\.ttl\.oxigraph: Permission denied"):
        query(COUNT_PAPERS, tmp_path / "kg.ttl")


def test_missing_data(tmp_path):
    with pytest.raises(KGError, match=r"E041.*absent\.ttl"):
        query(COUNT_PAPERS, tmp_path / "absent.ttl")


def test_invalid_data(tmp_path):
    (tmp_path / "bad.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"E044.*bad\.ttl as turtle"):
        query(COUNT_PAPERS, tmp_path / "bad.ttl")
    assert not store_dir(tmp_path / "bad.ttl").exists()


# server and push -----------------------------------------------------------------------------


def test_server_answers_sparql_over_http(data):
    with running_server(data, "127.0.0.1", _free_port()) as server:
        assert _count(_get_json(server.query_url, COUNT_PAPERS)) == 3
        process = server.process
    assert process is not None and process.poll() is not None


def test_serve_runs_until_terminated_and_stops_the_server(data):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/query"
    serving = subprocess.Popen(
        [sys.executable, "-c", f"from kg.rdf import serve; serve({str(data)!r}, port={port})"],
        cwd=Path(__file__).parents[1],
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert _count(_get_json(url, COUNT_PAPERS)) == 3
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline and serving.poll() is None
                time.sleep(0.1)
    finally:
        serving.terminate()
        assert serving.wait(timeout=20) == 128 + signal.SIGTERM
    with pytest.raises(urllib.error.URLError):
        _get_json(url, COUNT_PAPERS)


def test_server_refuses_bad_data(tmp_path):
    (tmp_path / "bad.nt").write_text("not rdf\n", encoding="utf-8")
    with (
        pytest.raises(KGError, match=r"E044.*bad\.nt as nt"),
        running_server(tmp_path / "bad.nt", "127.0.0.1", _free_port()),
    ):
        pass


def test_push_to_a_graph_store(tmp_path, data):
    gz = tmp_path / "kg.nt.gz"
    write_rdf(to_rdf(small_kg()), gz, "nt")
    named = "https://w3id.org/kg-ml/graph/test"
    in_graph = KG_PREFIX + f"SELECT (COUNT(?p) AS ?n) WHERE {{ GRAPH <{named}> {{ ?p a kg:Paper }} }}"
    with running_server(None, "127.0.0.1", _free_port(), writable=True) as server:
        push(data, server.store_url)
        push(data, server.store_url)  # PUT replaces: nothing doubles
        push(gz, server.store_url, graph=named, replace=False)
        assert _count(_get_json(server.query_url, COUNT_PAPERS)) == 3
        assert _count(_get_json(server.query_url, in_graph)) == 3


def test_push_refused_by_the_endpoint(tmp_path):
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    with (
        running_server(None, "127.0.0.1", _free_port(), writable=True) as server,
        pytest.raises(KGError, match=r"E047.*store\?default.*HTTP 400"),
    ):
        push(tmp_path / "bad.ttl", server.store_url)


def test_push_to_an_unreachable_endpoint(data):
    url = f"http://127.0.0.1:{_free_port()}/store"
    with pytest.raises(KGError, match=rf"E043\] Could not reach {url}\?default"):
        push(data, url)


def test_server_program_missing(data, monkeypatch, tmp_path):
    monkeypatch.setattr("sys.executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with (
        pytest.raises(KGError, match=r"E046.*pip install oxigraph"),
        running_server(data, "127.0.0.1", _free_port()),
    ):
        pass
