"""The `kg` command end to end, driven through typer's CliRunner on the sample corpus."""

import inspect
import json
import re
import shlex
import sys
from pathlib import Path
from unittest import mock

import pyoxigraph
import pytest
import rdflib
import typer
from typer.testing import CliRunner

from kg import cli
from kg.cli import app, main
from kg.rdf.namespaces import KG
from kg.resources import NER_MODEL

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
runner = CliRunner()


def test_build_writes_every_output(built):
    out, _ = built
    for name in [
        "mentions.jsonl",
        "entities.jsonl",
        "kg.ttl",
        "summary.json",
        "concept_map.html",
        "index.html",
        "graph.graphml",
        "ontology.html",
    ]:
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
    # each stage's time, with this process's user and system CPU time
    stages = ["ingest", "extract", "link", "graph", "write", "export", "views"]
    assert list(summary["seconds"]) == list(summary["cpu_seconds"]) == stages
    assert all(len(cpu) == 2 and min(cpu) >= 0 for cpu in summary["cpu_seconds"].values())
    assert sum(summary["cpu_seconds"]["link"]) > 0


def test_turtle_has_papers_and_every_entity_class(built):
    # parsed with Oxigraph: rdflib takes ~14 s on the sample's 30 MB (pipelines/bench_sparql.py
    # compares the parsers); tests/test_rdf.py reads small exports back with rdflib
    out, _ = built
    store = pyoxigraph.Store()
    store.bulk_load(path=str(out / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    rdf_type = pyoxigraph.NamedNode(str(rdflib.RDF.type))

    def instances(cls: rdflib.URIRef) -> int:
        return len(
            {q.subject for q in store.quads_for_pattern(None, rdf_type, pyoxigraph.NamedNode(str(cls)))}
        )

    assert 590 <= instances(KG.Paper) <= 620
    for cls in (KG.Method, KG.Model, KG.Dataset, KG.Metric, KG.Task):
        assert instances(cls) >= 10, cls


def test_html_views_are_offline(built):
    out, _ = built
    for page in out.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", html)
        assert not remote, (page.name, remote[:3])


def test_extract_contract_offsets_and_ids(tmp_path):
    rows = [
        {"id": "p1", "title": "  BERT on SQuAD ", "abstract": "We fine-tune BERT on SQuAD and report F1. "},
        {
            "id": 7,
            "title": "ResNet-50 for ImageNet classification",
            "abstract": "We train ResNet-50 on ImageNet and report top-1 accuracy.",
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "m.jsonl"), "--quiet"])
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text().splitlines()]
    assert [g["id"] for g in got] == ["p1", "7"]
    for g, r in zip(got, rows, strict=True):
        assert g["title"] == r["title"]
        assert g["mentions"], g
        for m in g["mentions"]:
            assert r[m["field"]][m["start"] : m["end"]] == m["text"]
            assert m["label"] in {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"} and m["entity"]


def test_extract_to_stdout(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "title": "CLIP", "abstract": "We evaluate CLIP on COCO."}) + "\n")
    result = runner.invoke(app, ["extract", str(src), "--quiet"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "x"


def test_extract_with_the_in_domain_conventions(tmp_path):
    """`--model in-domain`: the shipped pipeline with kg_refine's in-domain conventions,
    shortest names and no generic phrases, where the default keeps SciREX's spans."""
    abstract = "We build on the Transformer architecture and study its latent representations."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "p", "title": "A study", "abstract": abstract}) + "\n")
    texts = {}
    for name, extra in (("default", []), ("in-domain", ["--model", "in-domain"])):
        result = runner.invoke(app, ["extract", str(src), "--quiet", *extra])
        assert result.exit_code == 0, result.output
        texts[name] = [m["text"] for m in json.loads(result.stdout.splitlines()[0])["mentions"]]
    assert texts["default"] == ["Transformer architecture", "latent representations"]
    assert texts["in-domain"] == ["Transformer"]


def test_in_domain_tier_runs_its_own_model():
    """`--model in-domain` extracts with the NER model trained with the in-domain annotation
    (kg/data/ner_indomain), not the SciREX-only one, and a cache tells the two apart."""
    from kg.extract import IN_DOMAIN, load_pipeline, pipeline_version

    tier, default = load_pipeline(IN_DOMAIN), load_pipeline()
    assert tier.meta["kg_trained"].startswith("kg_ner_indomain-")
    assert default.meta["kg_trained"].startswith("kg_ner-")
    assert tier.get_pipe("kg_refine").conventions and not default.get_pipe("kg_refine").conventions
    assert pipeline_version(tier) != pipeline_version(default)
    assert tier.get_pipe("ner").to_bytes() != default.get_pipe("ner").to_bytes()


def test_bad_records_are_skipped_and_counted(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "a", "title": "Good", "abstract": "We use BERT."}\n{broken\n'
        b'{"id": "c", "abstract": "No title"}\n'
        b'{"id": "d", "title": "Bad \xff bytes", "abstract": "x"}\n'
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    assert summary["papers"] == 1 and summary["records_skipped"] == 3
    assert any("in.jsonl:2" in s for s in summary["skips"])


@pytest.mark.parametrize(
    "args,message",
    [
        (["build", "does/not/exist.jsonl"], "E001"),
        (["build", "{empty}"], "E004"),
        (["build", "{empty}", "--format", "yaml"], "E002"),
    ],
)
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
    for cmd in [
        [],
        ["build"],
        ["extract"],
        ["eval"],
        ["sparql"],
        ["serve"],
        ["push"],
        ["export"],
        ["related"],
        ["entity"],
        ["path"],
        ["top"],
        ["trending"],
        ["communities"],
        ["viz"],
        ["viz", "entity"],
        ["version"],
    ]:
        result = runner.invoke(app, [*cmd, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_each_command_is_listed_with_a_one_line_summary():
    # Typer's rich help keeps the line breaks of a command's first paragraph in the list of
    # commands, which then wraps mid-sentence: the first paragraph is one line, details follow
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    listed = re.findall(r"^\S+ (\w+) +(.+?) +\S+$", result.output, re.M)
    assert len(listed) >= 16
    assert all(summary.endswith((".", ")")) for _, summary in listed), listed


def test_help_paragraphs_wrap_at_the_terminal_not_at_the_source_line():
    # a docstring paragraph wrapped at 100 columns printed "entities of kg's curated" and
    # "vocabulary come first." on lines of their own in any wider or narrower terminal
    for cmd in [["top"], ["trending"], ["entity"], ["leaderboard"], ["serve"], ["viz", "maps"]]:
        command = typer.main.get_command(app)
        for name in cmd:
            command = command.commands[name]  # type: ignore[attr-defined]
        paragraphs = [" ".join(p.split()) for p in inspect.getdoc(command.callback).split("\n\n")]
        result = runner.invoke(app, [*cmd, "--help"], env={"COLUMNS": "400"})
        lines = {line.strip() for line in result.output.splitlines()}
        assert result.exit_code == 0 and set(paragraphs) <= lines, (cmd, paragraphs)


def test_version_names_the_extraction_pipeline():
    import spacy

    import kg

    meta = json.loads((NER_MODEL / "meta.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        f"kg {kg.__version__}",
        f"pipeline {meta['name']} {meta['version']} (spaCy {spacy.__version__})",
    ]
    got = json.loads(runner.invoke(app, ["version", "--json"]).stdout)
    assert got["kg"] == kg.__version__
    assert got["pipeline"] == {"name": meta["name"], "version": meta["version"]}


def test_version_says_when_the_pipeline_description_is_unreadable(tmp_path, monkeypatch):
    (tmp_path / "meta.json").write_text('{"name": "kg_ner"', encoding="utf-8")  # cut short
    monkeypatch.setattr("kg.resources.NER_MODEL", tmp_path)
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 1 and str(result.exception).startswith("[E074]")


# --- queries on the sample corpus's graph: answers checked against the mentions file ----


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def papers_of(built):
    """entity id -> ids of the papers whose mentions link to it, from mentions.jsonl."""
    out, _ = built
    index = {}
    for line in (out / "mentions.jsonl").read_text().splitlines():
        d = json.loads(line)
        for m in d["mentions"]:
            index.setdefault(m["entity"], set()).add(d["id"])
    return index


def test_top_counts_are_papers_that_mention_the_entity(built, papers_of):
    out, _ = built
    rows = _json(["top", "--type", "DATASET", "-n", "5", "-g", str(out), "--json"])
    assert len(rows) == 5 and all(r["type"] == "DATASET" for r in rows)
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    for r in rows:
        assert r["count"] == len(papers_of[r["id"]])


def test_top_of_a_year_without_papers_says_so_instead_of_an_empty_table(built):
    out, _ = built
    result = runner.invoke(app, ["top", "--year", "1900", "-g", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.strip() == "no entity named in any paper of 1900"
    assert _json(["top", "--year", "1900", "-g", str(out), "--json"]) == []


def test_entity_lists_aliases_and_papers_that_mention_it(built, papers_of):
    out, _ = built
    info = _json(["entity", "imagenet", "-g", str(out), "--json"])
    assert info["label"] == "ImageNet" and info["type"] == "DATASET"
    assert info["n_papers"] == len(papers_of[info["id"]]) >= 5
    assert "ImageNet" in info["aliases"]
    assert (info["curated"], info["generic"]) == (True, False)  # a concept of kg's vocabulary
    coined = next(
        e for e in map(json.loads, (out / "entities.jsonl").open()) if not e["curated"] and e["papers"]
    )
    assert _json(["entity", coined["id"], "-g", str(out), "--json"])["curated"] is False
    result = runner.invoke(app, ["entity", "imagenett", "-g", str(out)])
    assert result.exit_code != 0


def test_related_says_so_when_no_paper_shares_an_entity(tmp_path):
    src = tmp_path / "two.jsonl"
    src.write_text(
        json.dumps({"id": "a", "title": "CLIP", "abstract": "We fine-tune CLIP."})
        + "\n"
        + json.dumps({"id": "b", "title": "MNIST", "abstract": "We report results on MNIST."})
        + "\n"
    )
    assert runner.invoke(app, ["build", str(src), "-o", str(tmp_path / "out"), "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["related", "a", "-g", str(tmp_path / "out")])
    assert result.exit_code == 0 and result.stdout == ""
    assert "no paper shares an entity with: CLIP" in result.stderr
    assert _json(["related", "a", "-g", str(tmp_path / "out"), "--json"]) == []


def test_a_family_shows_its_variants_and_their_papers(built, papers_of):
    out, _ = built
    # the sample names CIFAR-10 but never CIFAR alone: the curated family is there, tied to it
    cifar = _json(["entity", "CIFAR", "-g", str(out), "--json"])
    assert (cifar["id"], cifar["n_papers"], cifar["variants"]) == ("cifar", 0, ["CIFAR-10"])
    assert cifar["n_papers_with_variants"] == len(papers_of["cifar-10"]) > 0
    assert _json(["entity", "CIFAR-10", "-g", str(out), "--json"])["variant_of"] == "CIFAR"
    imagenet = _json(["entity", "imagenet", "-g", str(out), "--json"])
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text().splitlines()]
    family = {"imagenet"}
    while grown := {e["id"] for e in entities if e["variant_of"] in family} - family:
        family |= grown
    assert len(family) > 2 and imagenet["n_papers"] < imagenet["n_papers_with_variants"]
    assert imagenet["n_papers_with_variants"] == len(set().union(*(papers_of.get(e, set()) for e in family)))


def test_related_papers_share_the_entities_that_explain_them(built, papers_of):
    out, _ = built
    pid = sorted(papers_of["imagenet"])[0]
    rows = _json(["related", pid, "-g", str(out), "--json", "-n", "5"])
    assert rows
    entities = {
        json.loads(line)["label"]: json.loads(line)["id"]
        for line in (out / "entities.jsonl").read_text().splitlines()
    }
    for r in rows:
        assert r["shared"]
        for label in r["shared"]:
            eid = entities[label]
            assert pid in papers_of[eid] and r["id"] in papers_of[eid]


def test_path_alternates_entities_and_papers_that_mention_them(built, papers_of):
    out, _ = built
    nodes = _json(["path", "ImageNet", "BLEU", "-g", str(out), "--json"])
    assert nodes[0]["label"] == "ImageNet" and nodes[-1]["label"] == "BLEU"
    kinds = [n["kind"] for n in nodes]
    assert kinds == ["entity", "paper"] * (len(nodes) // 2) + ["entity"]
    for i in range(1, len(nodes), 2):
        assert (
            nodes[i]["id"] in papers_of[nodes[i - 1]["id"]]
            and nodes[i]["id"] in papers_of[nodes[i + 1]["id"]]
        )


def test_trending_and_communities(built):
    out, _ = built
    trends = _json(["trending", "-n", "5", "-g", str(out), "--json"])["trends"]
    assert trends and all(abs(t["growth"] - (t["after"] - t["before"])) < 1e-9 for t in trends)
    comms = _json(["communities", "-g", str(out), "--json"])
    assert comms[0]["id"] == 0 and comms[0]["size"] >= comms[-1]["size"] and comms[0]["label"]


def test_saved_sparql_query_agrees_with_kg_top(built):
    out, _ = built
    result = runner.invoke(
        app,
        [
            "sparql",
            str(ROOT / "ontology" / "queries" / "top_datasets.rq"),
            "--data",
            str(out / "kg.ttl"),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    top = {
        t["label"]: t["count"]
        for t in _json(["top", "--type", "DATASET", "-n", "20", "-g", str(out), "--json"])
    }
    sparql_counts = {b["label"]["value"]: int(b["papers"]["value"]) for b in bindings}
    assert bindings[0]["label"]["value"] in top and max(top.values()) == max(sparql_counts.values())
    shared = set(top) & set(sparql_counts)
    assert len(shared) >= 10 and all(top[label] == sparql_counts[label] for label in shared)
    bad = runner.invoke(app, ["sparql", "SELEC ?x WHERE {}", "--data", str(out / "kg.ttl")])
    assert bad.exit_code != 0


def test_viz_writes_ego_views(built):
    out, _ = built
    result = runner.invoke(app, ["viz", "entity", "ImageNet", "-g", str(out), "-o", str(out / "ego.html")])
    assert result.exit_code == 0, result.output
    assert "vis.Network" in (out / "ego.html").read_text()


def test_every_saved_query_answers_on_the_sample(built, papers_of):
    out, _ = built
    answers = {}
    for rq in sorted((ROOT / "ontology" / "queries").glob("*.rq")):
        result = runner.invoke(app, ["sparql", str(rq), "--data", str(out / "kg.ttl"), "--format", "json"])
        assert result.exit_code == 0, (rq.name, result.output)
        answers[rq.stem] = json.loads(result.stdout)["results"]["bindings"]
    # the sample has no ResNet paper of 2015 to find neighbours of; every other query answers
    assert all(rows for name, rows in answers.items() if name != "similar_papers"), [
        name for name, rows in answers.items() if not rows
    ]
    both = papers_of["imagenet"] & papers_of["resnet"]
    got = {b["paper"]["value"].rsplit("/", 1)[-1] for b in answers["papers_with_dataset_and_method"]}
    assert len(got) == len(both) > 0


def test_offsets_are_exact_for_every_mention_of_the_sample(built):
    out, _ = built
    n = 0
    for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        for m in d["mentions"]:
            assert d["paper"][m["field"]][m["start"] : m["end"]] == m["text"], (d["id"], m)
            n += 1
    assert n > 5000


_TRUNCATED = re.compile(r"^…  \(the first (\d+) of (\d+) rows\)$")


def _readme_tour():
    """The README's `$ kg ...` examples and the output shown under each."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```console\n\$ (kg [^\n]*)\n(.*?)```", text, re.S)


def test_readme_examples_print_what_the_readme_shows(built, monkeypatch):
    out, _ = built
    monkeypatch.setattr(cli.out, "width", 100)  # as in a 100-column terminal
    tour = _readme_tour()
    assert len(tour) >= 8
    for command, shown in tour:
        args = shlex.split(command.split("  #")[0])[1:]
        args += ["--data", str(out / "kg.ttl")] if args[0] == "sparql" else ["-g", str(out)]
        result = runner.invoke(app, args)
        expected = shown.rstrip("\n").splitlines()
        if expected[0].startswith("error:"):  # `kg` prints the error, wrapped to the terminal, and exits 1
            assert result.exit_code == 1 and " ".join(shown.split()) == f"error: {result.exception}", command
            continue
        assert result.exit_code == 0, (command, result.output)
        got = result.output.splitlines()
        if cut := _TRUNCATED.match(expected[-1]):  # a long table: its first rows and its length
            rows = [line for line in got if line.startswith("│ res:")]
            assert len(rows) == int(cut[2]), command
            expected = expected[:-1]
            got = got[: len(expected)]
        assert [line.rstrip() for line in got] == [line.rstrip() for line in expected], command


def test_readme_python_example_prints_what_the_readme_shows(built, tmp_path, monkeypatch, capsys):
    """The README's `kg.load` example, run on the sample build, prints the text shown under it."""
    out, _ = built
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    code, shown = re.search(r"## Python\n.*?```python\n(.*?)```\n\n```text\n(.*?)```", text, re.S).groups()
    (tmp_path / "outputs").symlink_to(out, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out == shown
