"""The Dask engine gives the local engine's results, paper for paper, and every output of a
build is the same, byte for byte, however many workers ran."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from kg.distributed import dask_extract  # noqa: E402
from kg.extract import extract_papers, load_pipeline  # noqa: E402
from kg.ingest import merge_duplicates, read_papers  # noqa: E402
from kg.io import write_jsonl  # noqa: E402
from kg.records import Paper  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
OUTPUTS = ("kg.ttl", "graph.json", "graph.graphml", "mentions.jsonl", "entities.jsonl")


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Thirty abstracts of the sample corpus, as JSON lines."""
    papers, _ = merge_duplicates(read_papers([SAMPLE]))
    path = tmp_path_factory.mktemp("corpus") / "papers.jsonl"
    write_jsonl(path, (p.to_dict() for p in papers[:30]))
    return path


def test_dask_matches_local_paper_for_paper(client):
    papers = [
        Paper(
            f"p{i}",
            f"Paper {i}: CLIP on COCO",
            f"We fine-tune BERT on SQuAD and the Long Range Arena (LRA), case {i}. ResNet-50 reaches top-1 accuracy.",
        )
        for i in range(23)
    ]
    local = [d.to_json() for d in extract_papers(papers, load_pipeline())]
    remote = [d.to_json() for d in dask_extract(papers, client, shard_size=5)]
    assert [r["id"] for r in remote] == [p.id for p in papers]
    assert remote == local


# `kg build` with each set of options in turn, in one process: starting kg (spaCy, the model,
# numba's kernels) takes longer than a build of thirty papers. The build with two workers
# comes first, as nlp.pipe forks its workers: no fork once numba's threads have started.
BUILDS = """
import json, sys
from kg.cli import app
corpus, runs = sys.argv[1], json.loads(sys.argv[2])
for out, options in runs:
    app(["build", corpus, "-o", out, "--quiet", *options], standalone_mode=False)
"""


def kg_builds(corpus: Path, runs: dict[Path, tuple[str, ...]]) -> dict[Path, tuple[dict[str, bytes], dict]]:
    """Run `kg build` into each folder with its options, in a process of their own (not this
    one, where the Dask client's threads run), returning the bytes of each output and the
    summary, by folder."""
    done = subprocess.run(
        [sys.executable, "-c", BUILDS, str(corpus), json.dumps([[str(o), opts] for o, opts in runs.items()])],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return {
        out: (
            {name: (out / name).read_bytes() for name in OUTPUTS},
            json.loads((out / "summary.json").read_text()),
        )
        for out in runs
    }


@pytest.mark.slow  # three builds: `make test-thorough` (and CI)
def test_outputs_are_byte_identical_however_many_workers_ran(client, corpus, tmp_path):
    # the full RDF form: it holds the lists (the compact default has none)
    full = ("--provenance", "full")
    runs = {
        "local engine, 2 workers": ("--workers", "2", *full),
        "local engine, 1 worker": full,
        "Dask engine, 2 workers": ("--engine", "dask", "--scheduler", client.scheduler.address, *full),
    }
    outs = {tmp_path / f"out{i}": options for i, options in enumerate(runs.values())}
    built = dict(zip(runs, kg_builds(corpus, outs).values(), strict=True))
    (files, summary), *_ = built.values()
    assert summary["papers"] == 30 and summary["graph"]["paper_links"] > 0
    assert summary["extraction"] == {"cached": 0, "extracted": 30}
    assert b"rdf:first" in files["kg.ttl"]  # the lists, whose blank nodes must not be named at random
    for run, (other_files, other_summary) in list(built.items())[1:]:
        for name in OUTPUTS:
            assert other_files[name] == files[name], f"{name} differs with the {run}"
        # the summary differs in its timings and in where the files went, and only there
        assert [Path(f).name for f in other_summary["files"]] == [Path(f).name for f in summary["files"]]
        assert _without(other_summary, "seconds", "peak_rss_mb", "cpu_seconds", "files") == _without(
            summary, "seconds", "peak_rss_mb", "cpu_seconds", "files"
        )


def _without(d: dict, *keys: str) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def test_only_a_bounded_number_of_shards_is_on_the_cluster_at_once(client):
    papers = [Paper(f"p{i}", f"Paper {i}", f"We train BERT on SQuAD, case {i}.") for i in range(40)]
    results, held = [], []
    for d in dask_extract(papers, client, shard_size=4, max_pending=2):
        results.append(d.paper.id)
        held.append(len(client.futures))
    assert results == [p.id for p in papers]
    # of 10 shards: the two waiting and the one just taken, released asynchronously
    assert max(held) <= 3
