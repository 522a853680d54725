"""Leaderboards: the pure ranking of kg.results.leaderboard, and `kg leaderboard` and `kg
entity` on a graph whose papers report results, answered from the graph and from its index."""

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import build_graph, save_graph
from kg.graph.boards import graph_leaderboard
from kg.graph.index import write_index
from kg.records import Entity, ExtractedPaper, Mention, Paper, Result
from kg.results.leaderboard import PaperResults, Wanted, leaderboard, number
from kg.schema import entity_node
from kg.views.leaderboards import entity_boards
from kg.views.site import Site

runner = CliRunner()
IMAGENET = Wanted("imagenet", "ImageNet", frozenset({"imagenet", "ilsvrc"}))


def result(value: str, metric: str | None, method: str | None = None, kind: str = "absolute", **kw) -> Result:
    return Result(
        value,
        kw.pop("unit", "%"),
        kind,
        metric,
        kw.pop("dataset", "ImageNet"),
        method=method,
        text=value,
        **kw,
    )


def test_a_lower_better_metric_is_ranked_ascending_and_ties_share_a_rank():
    p = PaperResults(
        "p",
        "T",
        2024,
        "",
        [result(v, "FID", m, unit="") for v, m in [("3.1", "A"), ("2.4", "B"), ("3.1", "C")]],
    )
    (board,) = leaderboard([p], IMAGENET).boards
    assert board.direction == "lower"
    assert [(r.rank, r.method, r.value) for r in board.rows] == [
        (1, "B", "2.4"),
        (2, "A", "3.1"),
        (2, "C", "3.1"),
    ]


def test_a_result_a_paper_states_twice_is_one_row():
    # the title's "62% on ImageNet" and the abstract's "62.0%": one result; another paper's is another
    twice = [
        result("62", "accuracy", "A", field="title"),
        result("62.0", "accuracy", "A"),
        result("62.0", "accuracy", "B"),
    ]
    papers = [PaperResults("p", "T", 2024, "", twice), PaperResults("q", "T", 2024, "", twice[1:2])]
    (board,) = leaderboard(papers, IMAGENET).boards
    assert [(r.paper, r.method, r.value, r.field) for r in board.rows] == [
        ("p", "A", "62", "title"),
        ("p", "B", "62.0", "abstract"),
        ("q", "A", "62.0", "abstract"),
    ]


def test_relative_results_are_listed_apart_and_never_ranked():
    p = PaperResults(
        "p", "T", 2024, "",
        [result("80.0", "accuracy", "A"), result("2.5", "accuracy", "B", "relative", unit="points"), result("3", "speed", "B", "relative", unit="x")],
    )  # fmt: skip
    board = leaderboard([p], IMAGENET)
    assert [[r.value for r in b.rows] for b in board.boards] == [["80.0"]]
    assert [(r.value, r.rank, r.kind) for r in board.relative] == [
        ("2.5", None, "relative"),
        ("3", None, "relative"),
    ]


def test_metrics_units_and_datasets_are_ranked_apart():
    rs = [
        result("84.1", "top-1 accuracy", "A"),
        result("0.9", "top-1 accuracy", "B", unit=""),
        result("12.0", "error rate", "C"),
    ]
    rs += [result("99.0", "top-1 accuracy", "D", dataset="CIFAR-10")]
    board = leaderboard(
        [PaperResults("p", "T", 2024, "", rs)],
        None,
        Wanted("acc", "top-1 accuracy", frozenset({"top-1 accuracy"})),
    )
    assert sorted((b.dataset, b.unit, [r.method for r in b.rows]) for b in board.boards) == [
        ("CIFAR-10", "%", ["D"]), ("ImageNet", "", ["B"]), ("ImageNet", "%", ["A"])
    ]  # fmt: skip


def test_a_result_that_names_no_dataset_has_none_not_a_placeholder():
    # JSON readers got "(no dataset named)" as if it were a dataset's name
    p = PaperResults("p", "T", 2024, "", [result("84.1", "accuracy", "A", dataset=None)])
    board = leaderboard([p], None, Wanted("accuracy", "accuracy", frozenset({"accuracy"})))
    assert [(b.dataset, [r.dataset for r in b.rows]) for b in board.boards] == [(None, [None])]


def test_an_unknown_direction_is_not_ranked_and_ranges_come_last():
    rs = [
        result("10-20", "novelty", "A", unit=""),
        result("5", "novelty", "B", unit=""),
        result("7", "novelty", "C", unit=""),
    ]
    (board,) = leaderboard([PaperResults("p", "T", 2024, "", rs)], IMAGENET).boards
    assert board.direction is None
    assert [(r.rank, r.method) for r in board.rows] == [(None, "C"), (None, "B"), (None, "A")]


def test_results_are_chosen_by_entity_id_or_by_the_entity_s_names():
    rs = [
        result("1", "accuracy", "A", dataset="the ILSVRC", dataset_entity="imagenet"),
        result("2", "accuracy", "B", dataset="ILSVRC"),
        result("3", "accuracy", "C", dataset="ImageNet-1k", dataset_entity="imagenet-1k"),
    ]
    (board,) = leaderboard([PaperResults("p", "T", 2024, "", rs)], IMAGENET).boards
    assert sorted(r.method for r in board.rows) == ["A", "B"]


def test_own_results_without_a_method_are_named_by_what_the_paper_proposes():
    rs = [result("90", "accuracy", None), result("80", "accuracy", None, own=False)]
    (board,) = leaderboard([PaperResults("p", "T", 2024, "", rs, proposes="GLoRA")], IMAGENET).boards
    assert [(r.method, r.own) for r in board.rows] == [("GLoRA", True), ("a baseline", False)]


def test_number():
    assert [number(v) for v in ["84.1", "1M", "2,048", "x", "1-2"]] == [84.1, 1e6, 2048.0, None, None]


# ---------------------------------------------------------------- a built graph

ABSTRACT = "We propose GLoRA. GLoRA reaches 85.3% top-1 accuracy on ImageNet, 2.1 points above LoRA, whose FID is 3.2."


def _doc(pid: str, year: int, results: list[Result]) -> ExtractedPaper:
    def at(text: str, label: str, entity: str) -> Mention:
        start = ABSTRACT.index(text)
        return Mention("abstract", start, start + len(text), text, label, entity)

    mentions = [
        at("GLoRA", "METHOD", "glora"),
        at("ImageNet", "DATASET", "imagenet"),
        at("top-1 accuracy", "METRIC", "top-1-accuracy"),
    ]
    mentions += [at("LoRA,", "METHOD", "lora"), at("FID", "METRIC", "fid")]
    mentions[3] = at("LoRA", "METHOD", "lora") if pid else mentions[3]
    doc = ExtractedPaper(Paper(pid, f"Paper {pid}", ABSTRACT, year=year), mentions, results=results)
    doc.roles = {"glora": "proposes", "imagenet": "evaluates_on", "lora": "compares_with"}
    return doc


def _at(value: str, metric: str, metric_entity: str, kind: str = "absolute", unit: str = "%", **kw) -> Result:
    start = ABSTRACT.index(value)
    kw = {"dataset": "ImageNet", "dataset_entity": "imagenet", **kw}
    return Result(
        value, unit, kind, metric, field="abstract", start=start, end=start + len(value), text=value,
        metric_entity=metric_entity, **kw,
    )  # fmt: skip


@pytest.fixture
def built_dir(tmp_path):
    docs = [
        _doc("p1", 2023, [_at("85.3", "top-1 accuracy", "top-1-accuracy"), _at("2.1", "top-1 accuracy", "top-1-accuracy", "relative", "points")]),
        _doc("p2", 2024, [_at("3.2", "FID", "fid", unit="", method="LoRA", method_entity="lora", own=False)]),
    ]  # fmt: skip
    ents = {
        "glora": Entity("glora", "GLoRA", "METHOD", aliases={"GLoRA": 2}),
        "lora": Entity("lora", "LoRA", "METHOD", aliases={"LoRA": 2}),
        "imagenet": Entity("imagenet", "ImageNet", "DATASET", aliases={"ImageNet": 2, "ILSVRC": 1}),
        "top-1-accuracy": Entity("top-1-accuracy", "top-1 accuracy", "METRIC", direction="higher"),
        "fid": Entity("fid", "FID", "METRIC", direction="lower"),
    }
    kg = build_graph(docs, ents)
    save_graph(kg, tmp_path)
    write_index(kg, tmp_path)
    return tmp_path


@pytest.fixture(params=["index", "graph"])
def build(request, built_dir):
    if request.param == "graph":
        (built_dir / "index.sqlite").unlink()
    return built_dir


def test_kg_leaderboard_json_ranks_by_metric_and_lists_relative_results_apart(build):
    result = runner.invoke(app, ["leaderboard", "--dataset", "ilsvrc", "-g", str(build), "--json"])
    assert result.exit_code == 0, result.output
    board = json.loads(result.output)
    assert board["dataset"] == "ImageNet"
    shown = {
        b["metric"]: (
            b["direction"],
            [(r["rank"], r["method"], r["value"], r["paper"], r["year"]) for r in b["rows"]],
        )
        for b in board["boards"]
    }
    assert shown == {
        "top-1 accuracy": ("higher", [(1, "GLoRA", "85.3", "p1", 2023)]),
        "FID": ("lower", [(1, "LoRA", "3.2", "p2", 2024)]),
    }
    row = board["boards"][0]["rows"][0]
    assert row["evidence"][row["start"] : row["end"]] == row["value"]
    assert [(r["value"], r["kind"], r["rank"]) for r in board["relative"]] == [("2.1", "relative", None)]


def test_kg_leaderboard_table_and_filters(build):
    shown = runner.invoke(
        app, ["leaderboard", "-d", "ImageNet", "-m", "fid", "-g", str(build)], terminal_width=200
    )
    assert shown.exit_code == 0, shown.output
    assert "ImageNet · FID (lower is better)" in shown.output and "LoRA (baseline)" in shown.output
    assert "top-1 accuracy (higher" not in shown.output
    none = runner.invoke(
        app, ["leaderboard", "-d", "ImageNet", "-m", "fid", "-t", "ImageNet", "-g", str(build)]
    )
    assert none.exit_code == 0 and "no results reported on ImageNet by FID for ImageNet" in none.output
    unknown = runner.invoke(app, ["leaderboard", "-d", "Imagenot", "-g", str(build)])
    assert unknown.exit_code == 1 and "E031" in str(unknown.exception)


def test_kg_leaderboard_without_options_lists_the_datasets_with_results(build):
    listed = json.loads(runner.invoke(app, ["leaderboard", "-g", str(build), "--json"]).output)
    assert listed == [{"id": "imagenet", "label": "ImageNet", "results": 3, "papers": 2}]
    shown = runner.invoke(app, ["leaderboard", "-g", str(build)], terminal_width=200)
    assert shown.exit_code == 0 and "datasets with reported results" in shown.output
    assert "ImageNet" in shown.output and "imagenet" in shown.output


def test_kg_entity_shows_a_dataset_s_and_a_metric_s_results(build):
    dataset = json.loads(runner.invoke(app, ["entity", "ImageNet", "-g", str(build), "--json"]).output)
    assert sorted(b["metric"] for b in dataset["results"]["boards"]) == ["FID", "top-1 accuracy"]
    metric = json.loads(runner.invoke(app, ["entity", "fid", "-g", str(build), "--json"]).output)
    assert [b["dataset"] for b in metric["results"]["boards"]] == ["ImageNet"]
    method = json.loads(runner.invoke(app, ["entity", "glora", "-g", str(build), "--json"]).output)
    assert method["results"] is None
    shown = runner.invoke(app, ["entity", "ImageNet", "-g", str(build)], terminal_width=200)
    assert "ImageNet · top-1 accuracy, in % (higher is better)" in shown.output


def _variants_kg():
    """p1 reports on ImageNet, p2 on its variant ImageNet-1K, p3 on 'ImageNet-256', which
    no entity is (the result names it in words only)."""
    on = {"p1": ("imagenet", "ImageNet"), "p2": ("imagenet-1k", "ImageNet-1K"), "p3": (None, "ImageNet-256")}
    docs = [
        _doc(pid, 2024, [_at("85.3", "top-1 accuracy", "top-1-accuracy", dataset_entity=e, dataset=d)])
        for pid, (e, d) in on.items()
    ]
    ents = {
        "glora": Entity("glora", "GLoRA", "METHOD", aliases={"GLoRA": 3}),
        "lora": Entity("lora", "LoRA", "METHOD", aliases={"LoRA": 3}),
        "imagenet": Entity("imagenet", "ImageNet", "DATASET", aliases={"ImageNet": 3}),
        "imagenet-1k": Entity("imagenet-1k", "ImageNet-1K", "DATASET", variant_of="imagenet"),
        "top-1-accuracy": Entity("top-1-accuracy", "top-1 accuracy", "METRIC", direction="higher"),
        "fid": Entity("fid", "FID", "METRIC", direction="lower"),
    }
    return build_graph(docs, ents)


@pytest.fixture(params=["index", "graph"])
def variants_build(request, tmp_path):
    kg = _variants_kg()
    save_graph(kg, tmp_path)
    if request.param == "index":
        write_index(kg, tmp_path)
    return tmp_path


def test_a_dataset_s_leaderboard_has_its_variants_results_in_tables_of_their_own(variants_build):
    board = json.loads(
        runner.invoke(app, ["leaderboard", "-d", "ImageNet", "-g", str(variants_build), "--json"]).output
    )
    assert sorted((b["dataset"], [r["paper"] for r in b["rows"]]) for b in board["boards"]) == [
        ("ImageNet", ["p1"]),
        ("ImageNet-1K", ["p2"]),
    ]
    variant = json.loads(
        runner.invoke(app, ["leaderboard", "-d", "ImageNet-1K", "-g", str(variants_build), "--json"]).output
    )
    assert [(b["dataset"], [r["paper"] for r in b["rows"]]) for b in variant["boards"]] == [
        ("ImageNet-1K", ["p2"])
    ]


def test_a_dataset_a_result_names_in_words_only_has_a_leaderboard_too(variants_build):
    result = runner.invoke(app, ["leaderboard", "-d", "imagenet-256", "-g", str(variants_build), "--json"])
    assert result.exit_code == 0, result.output
    assert [(b["dataset"], [r["paper"] for r in b["rows"]]) for b in json.loads(result.output)["boards"]] == [
        ("ImageNet-256", ["p3"])
    ]
    unknown = runner.invoke(app, ["leaderboard", "-d", "ImageNet-257", "-g", str(variants_build)])
    assert unknown.exit_code == 1 and "E031" in str(unknown.exception)


def test_a_dataset_s_page_shows_its_variants_leaderboards_as_kg_leaderboard_does():
    kg = _variants_kg()
    page = entity_boards(Site.of(kg, 10), entity_node("imagenet"))
    board = graph_leaderboard(kg, entity_node, "imagenet")
    assert [[r.value for r in t.rows] for t in page.tables] == [
        [f"{r.value}{r.unit}" for r in b.rows] for b in board.boards
    ]
    assert sorted(b.dataset for b in board.boards) == ["ImageNet", "ImageNet-1K"]
