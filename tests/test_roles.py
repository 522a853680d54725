"""Roles and genericity in the graph: role-weighted paper links, generic entities kept out of
links, communities and rankings by default, and the query commands that show roles."""

import json
import math

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import build_graph, related, save_graph, top_entities, trending
from kg.graph.index import write_index
from kg.graph.weights import ROLE_WEIGHTS
from kg.records import Entity, ExtractedPaper, Mention, Paper
from kg.views.selection import concept_graph

runner = CliRunner()


def paper(pid: str, year: int, entities: dict[str, str], salient: tuple[str, ...] = ()) -> ExtractedPaper:
    """A paper mentioning each of ``entities`` (id → the paper's role for it) once in its title."""
    title = " ".join(entities)
    mentions, at = [], 0
    for eid in entities:
        mentions.append(Mention("title", at, at + len(eid), eid, "DATASET", eid, role=entities[eid]))
        at += len(eid) + 1
    doc = ExtractedPaper(Paper(pid, title, f"Abstract of {pid}.", year=year), mentions)
    doc.roles, doc.salient = dict(entities), list(salient)
    return doc


def entities_of(docs: list[ExtractedPaper], generic: set[str] = frozenset()) -> dict[str, Entity]:
    ids = dict.fromkeys(m.entity for d in docs for m in d.mentions)
    return {e: Entity(e, e.upper(), "DATASET", aliases={e: 1}, generic=e in generic) for e in ids}


@pytest.fixture
def corpus() -> list[ExtractedPaper]:
    # p1 evaluates on squad and mentions glue; p2 only mentions glue, p3 evaluates on squad.
    # Both share one entity of 2 papers with p1: equal without roles, where the lower id wins
    return [
        paper("p1", 2019, {"squad": "evaluates_on", "glue": "mentions"}, salient=("squad",)),
        paper("p2", 2019, {"glue": "mentions"}),
        paper("p3", 2021, {"squad": "evaluates_on"}),
        paper("p4", 2021, {"dl": "mentions"}),
        paper("p5", 2022, {"dl": "mentions", "mmlu": "proposes"}),
    ]


def test_roles_change_which_paper_is_most_related(corpus):
    ents = entities_of(corpus)
    no_roles = dict.fromkeys(ROLE_WEIGHTS, 1.0)
    plain = build_graph(corpus, ents, top_k=1, role_weights=no_roles)
    assert [r.id for r in related(plain, "p1", 1)] == ["p2"]  # a tie, to the lower id
    weighted = build_graph(corpus, ents, top_k=1)
    assert [r.id for r in related(weighted, "p1", 1)] == ["p3"]
    link = weighted.papers.edges["paper:p1", "paper:p3"]
    assert link["weight"] == pytest.approx(ROLE_WEIGHTS["evaluates_on"] ** 2 * math.log(5 / 2))
    # a mention on both sides counts the IDF alone, as before roles
    assert build_graph(corpus, ents).papers.edges["paper:p1", "paper:p2"]["weight"] == pytest.approx(
        math.log(5 / 2)
    )


def test_a_generic_entity_links_no_papers_unless_asked(corpus):
    ents = entities_of(corpus, generic={"dl"})
    kg = build_graph(corpus, ents)
    assert not kg.papers.has_edge("paper:p4", "paper:p5")
    assert kg.bipartite.has_edge("paper:p4", "entity:dl")  # still mentioned: evaluation keeps it
    assert kg.entities.has_edge("entity:dl", "entity:mmlu") or kg.entities.degree["entity:dl"] == 0
    with_generic = build_graph(corpus, ents, include_generic=True)
    assert with_generic.papers.edges["paper:p4", "paper:p5"]["shared"] == ["dl"]


def test_a_generic_entity_shapes_no_community():
    # a and b always together, c and d always together, "dl" in every paper: it would join them
    docs = [
        paper(f"p{i}", 2020, {x: "uses", y: "uses", "dl": "mentions"})
        for i, (x, y) in enumerate(["ab"] * 3 + ["cd"] * 3)
    ]
    docs += [paper("p9", 2020, {"e": "uses"})]
    ents = entities_of(docs, generic={"dl"})
    kg = build_graph(docs, ents)
    nodes = kg.bipartite.nodes
    assert kg.entities.has_edge("entity:dl", "entity:a")  # its links stay, for `kg entity`
    others = [
        k for k in nodes if k != "entity:dl" and nodes[k]["community"] == nodes["entity:dl"]["community"]
    ]
    assert [k for k in others if k.startswith("entity:")] == []
    assert nodes["entity:a"]["community"] == nodes["entity:b"]["community"] != nodes["entity:c"]["community"]


def test_top_and_trending_leave_generic_entities_out_by_default(corpus):
    ents = entities_of(corpus, generic={"dl"})
    kg = build_graph(corpus, ents)
    assert "dl" not in [c.id for c in top_entities(kg)]
    assert "dl" in [c.id for c in top_entities(kg, include_generic=True)]
    assert "dl" not in [t.id for t in trending(kg, split_year=2021)]
    assert "dl" in [t.id for t in trending(kg, split_year=2021, include_generic=True)]


def test_the_concept_map_leaves_generic_entities_out_by_default():
    docs = [paper(f"p{i}", 2020, {"dl": "mentions", "squad": "uses", "glue": "uses"}) for i in range(3)]
    kg = build_graph(docs, entities_of(docs, generic={"dl"}), min_count=1)
    assert kg.entities.has_edge("entity:dl", "entity:squad")
    shown = set(concept_graph(kg, min_weight=-1.0))
    assert shown == {"entity:squad", "entity:glue"}
    assert "entity:dl" in concept_graph(kg, min_weight=-1.0, include_generic=True)


@pytest.fixture
def built_dir(corpus, tmp_path):
    kg = build_graph(corpus, entities_of(corpus, generic={"dl"}))
    save_graph(kg, tmp_path)
    write_index(kg, tmp_path)
    return tmp_path


@pytest.mark.parametrize("indexed", [True, False])
def test_kg_top_and_trending_include_generic_only_with_the_option(built_dir, indexed):
    if not indexed:
        (built_dir / "index.sqlite").unlink()

    def ids(*args: str) -> list[str]:
        result = runner.invoke(app, [*args, "-g", str(built_dir), "--json"])
        assert result.exit_code == 0, result.output
        rows = json.loads(result.output)
        return [r["id"] for r in (rows["trends"] if isinstance(rows, dict) else rows)]

    assert "dl" not in ids("top") and "dl" in ids("top", "--include-generic")
    assert "dl" not in ids("trending", "--split-year", "2021")
    assert "dl" in ids("trending", "--split-year", "2021", "--include-generic")


@pytest.mark.parametrize("indexed", [True, False])
def test_kg_entity_and_related_show_roles(built_dir, indexed):
    if not indexed:
        (built_dir / "index.sqlite").unlink()
    result = runner.invoke(app, ["entity", "squad", "-g", str(built_dir), "--json"])
    assert result.exit_code == 0, result.output
    papers = {p["id"]: (p["role"], p["salient"]) for p in json.loads(result.output)["papers"]}
    assert papers == {"p1": ("evaluates_on", True), "p3": ("evaluates_on", False)}
    shown = runner.invoke(app, ["entity", "squad", "-g", str(built_dir)], terminal_width=200)
    assert "evaluates on *" in shown.output
    result = runner.invoke(app, ["related", "p1", "-g", str(built_dir), "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.output)}
    assert rows["p3"]["shared"] == ["SQUAD"] and rows["p3"]["roles"] == [["evaluates_on", "evaluates_on"]]
    shown = runner.invoke(app, ["related", "p1", "-g", str(built_dir)], terminal_width=200)
    assert "SQUAD (evaluates on/evaluates on)" in shown.output


def test_kg_build_records_include_generic_in_its_summary(tmp_path):
    papers = tmp_path / "papers.jsonl"
    lines = [
        {
            "id": f"p{i}",
            "title": f"Deep learning for {t}",
            "abstract": f"We apply deep learning to {t} on ImageNet.",
        }
        for i, t in enumerate(["image classification", "object detection", "segmentation"])
    ]
    papers.write_text("".join(json.dumps(line) + "\n" for line in lines))
    for flag, expected in [([], False), (["--include-generic"], True)]:
        out = tmp_path / f"out{expected}"
        result = runner.invoke(app, ["build", str(papers), "-o", str(out), "--quiet", *flag])
        assert result.exit_code == 0, result.output
        summary = json.loads((out / "summary.json").read_text())
        assert summary["options"]["include_generic"] is expected


@pytest.mark.parametrize("indexed", [True, False])
def test_kg_entity_lists_specific_companions_before_generic_ones(tmp_path, indexed):
    # "x" goes with the generic "dl" in both of its papers and with "y" in one: NPMI ranks dl first
    docs = [
        paper("p1", 2020, {"x": "uses", "dl": "mentions"}),
        paper("p2", 2020, {"x": "uses", "dl": "mentions"}),
        paper("p3", 2020, {"x": "uses", "y": "uses"}),
        paper("p4", 2020, {"y": "uses"}),
        *(paper(f"p{i}", 2020, {"z": "uses"}) for i in range(5, 11)),
    ]
    kg = build_graph(docs, entities_of(docs, generic={"dl"}), min_count=1)
    assert (
        kg.entities.edges["entity:x", "entity:dl"]["weight"]
        > kg.entities.edges["entity:x", "entity:y"]["weight"]
    )
    save_graph(kg, tmp_path)
    if indexed:
        write_index(kg, tmp_path)
    result = runner.invoke(app, ["entity", "x", "-g", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)["cooccurring"]["DATASET"]
    assert [(c["id"], c["generic"]) for c in shown] == [("y", False), ("dl", True)]
    table = runner.invoke(app, ["entity", "x", "-g", str(tmp_path)], terminal_width=200).output
    assert "with DATASET   │ Y (0.22), DL (0.75, generic)" in table
