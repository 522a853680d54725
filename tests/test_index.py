"""The query index (``index.sqlite``): every query command answers from it exactly as from the
graph, and the graph answers instead whenever the index is missing, stale or damaged."""

from __future__ import annotations

import json
import random
import shutil

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.graph import indexed as indexed_module
from kg.graph import load_graph, save_graph
from kg.graph.index import INDEX_FILE
from kg.graph.indexed import GraphQueries, _bidirectional_path, open_index

runner = CliRunner()


def _stdout(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    return f"{result.exit_code}\n{result.stdout}{result.exception if result.exit_code else ''}"


@pytest.fixture(scope="module")
def names(built):
    """A paper id, a paper title, entity labels and aliases of the sample build."""
    out, _ = built
    papers = [json.loads(line) for line in (out / "mentions.jsonl").read_text().splitlines()]
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text().splitlines()]
    return papers, entities


def _commands(out, papers, entities):
    g = ["-g", str(out)]
    pid, title = papers[0]["id"], papers[3]["title"]
    alias = next(a for e in entities for a in e["aliases"] if a != e["label"])
    for fmt in ([], ["--json"]):
        yield from (
            ["related", pid, "-n", "8", *g, *fmt],
            ["related", title.upper(), *g, *fmt],
            ["related", "no such paper", *g, *fmt],
            ["entity", "ImageNet", *g, *fmt],
            ["entity", "CIFAR", "-n", "3", *g, *fmt],
            ["entity", alias, *g, *fmt],
            ["entity", "imagenett", *g, *fmt],
            ["path", "ImageNet", "BLEU", *g, *fmt],
            ["path", pid, "BERT", *g, *fmt],
            ["top", *g, *fmt],
            ["top", "-t", "dataset", "-n", "7", *g, *fmt],
            ["top", "--year", "2020", *g, *fmt],
            ["top", "-t", "nonsense", *g, *fmt],
            ["trending", "-n", "10", *g, *fmt],
            ["trending", "--split-year", "2019", *g, *fmt],
            ["top", "--include-generic", "-n", "30", *g, *fmt],
            ["top", "--year", "2021", "--include-generic", *g, *fmt],
            ["trending", "--include-generic", *g, *fmt],
            ["leaderboard", "--dataset", "ImageNet", *g, *fmt],
            ["leaderboard", "--dataset", "GLUE", "--metric", "accuracy", *g, *fmt],
            ["leaderboard", "-n", "15", *g, *fmt],
            ["communities", "--top", "3", *g, *fmt],
        )


# every command on the whole sample, twice: `make test-thorough` (and CI) run it
@pytest.mark.slow
def test_every_query_command_answers_the_same_from_the_index(built, names, monkeypatch):
    out, _ = built
    assert (out / INDEX_FILE).is_file()
    commands = list(_commands(out, *names))
    with monkeypatch.context() as m:  # the index must answer: the graph is never read
        m.setattr(indexed_module, "_load_graph", lambda d: pytest.fail("read the graph"))
        from_index = [_stdout(c) for c in commands]
    with monkeypatch.context() as m:
        m.setattr(indexed_module, "open_index", lambda d: None)
        from_graph = [_stdout(c) for c in commands]
    for command, a, b in zip(commands, from_index, from_graph, strict=True):
        assert a == b, command
    assert sum(a.startswith("0\n") for a in from_index) > len(commands) // 2


def test_the_index_answers_as_the_graph_for_any_name(built, names):
    out, _ = built
    papers, entities = names
    graph, index = GraphQueries(load_graph(out)), open_index(out)
    assert index is not None
    rng = random.Random(7)
    keys = [f"paper:{p['id']}" for p in papers] + [f"entity:{e['id']}" for e in entities]

    def same(ask):
        answers = []
        for q in (graph, index):
            try:
                answers.append(ask(q))
            except KGError as e:
                answers.append(str(e))
        assert answers[0] == answers[1]

    for e in rng.sample(entities, 150):
        same(lambda q, e=e: q.entity_info(e["label"], 4))
    for p in rng.sample(papers, 100):
        same(lambda q, p=p: q.related(p["title"], 6))
    for _ in range(150):
        a, b = rng.choice(keys), rng.choice(keys)
        same(lambda q, a=a, b=b: q.shortest_path(a, b))
        same(lambda q, a=a, b=b: q.shortest_path(a, b, include_generic=True))
    for year in (None, 2017, 2021):
        same(lambda q, year=year: q.top_entities("method", year, 40))
    index.close()


def _copy(built, tmp_path):
    out, _ = built
    copy = tmp_path / "out"
    shutil.copytree(out, copy, symlinks=True)
    return copy


def test_an_index_of_another_graph_is_not_used(built, names, tmp_path):
    out = _copy(built, tmp_path)
    pid = names[0][0]["id"]
    kg = load_graph(out)
    kg.bipartite.nodes[f"paper:{pid}"]["title"] = "A title given after the build"
    save_graph(kg, (out / "graph.json").resolve().parent)
    assert open_index(out) is None
    related = runner.invoke(app, ["path", pid, "ImageNet", "-g", str(out), "--json"])
    assert json.loads(related.stdout)[0]["label"] == "A title given after the build"


def test_a_damaged_index_leaves_the_graph_to_answer(built, tmp_path):
    out = _copy(built, tmp_path)
    expected = _stdout(["top", "-g", str(out), "--json"])
    index = (out / INDEX_FILE).resolve()
    index.write_bytes(b"not a database" + index.read_bytes()[14:5000])
    assert open_index(out) is None
    assert _stdout(["top", "-g", str(out), "--json"]) == expected
    index.unlink()
    assert _stdout(["top", "-g", str(out), "--json"]) == expected


@given(
    st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14)), max_size=40),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_path_search_finds_the_path_networkx_finds(edges, source, target):
    g = nx.Graph()
    g.add_nodes_from(map(str, range(15)))
    g.add_edges_from((str(a), str(b)) for a, b in edges if a != b)
    try:
        expected = nx.shortest_path(g, str(source), str(target))
    except nx.NetworkXNoPath:
        expected = None
    adjacency = lambda keys: {k: list(g.adj[k]) for k in keys}  # noqa: E731
    assert _bidirectional_path(adjacency, str(source), str(target)) == expected


def test_the_python_api_answers_from_the_index_and_reads_the_graph_when_asked(built, tmp_path):
    import kg

    out = _copy(built, tmp_path)
    build = kg.load(out)
    assert isinstance(build.queries, indexed_module.IndexQueries) and "graph" not in vars(build)
    graph = GraphQueries(load_graph(out))
    assert build.top(n=5) == graph.top_entities(n=5)
    assert build.top(n=40, include_generic=True) == graph.top_entities(n=40, include_generic=True)
    assert build.top(n=40, include_generic=True) != build.top(n=40)
    assert build.trending(include_generic=True) == graph.trending(include_generic=True)
    board = build.leaderboard("ImageNet")
    assert board == graph.leaderboard("ImageNet") and board.boards
    assert build.board_datasets() == graph.board_datasets() and build.board_datasets()
    assert build.paper_graph.number_of_nodes() == len(build.papers)
    (out / INDEX_FILE).resolve().unlink()
    assert isinstance(kg.load(out).queries, GraphQueries)
