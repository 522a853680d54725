"""Progress: every stage of a build reports to the progress display, counting what it can
count, and so does loading RDF data into a SPARQL store."""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter

import pyoxigraph as ox

from kg.build import build
from kg.rdf import query
from kg.rdf.files import MIB

STAGES = [
    "reading records",
    "loading the pipeline",
    "extracting",
    "linking",
    "building the graph",
    "writing papers",
    "writing the graph",
    "writing the query index",
    "exporting RDF triples",
    "writing the views",
]


class Recorder:
    """A progress display that writes down each stage, its total and the items it saw."""

    def __init__(self):
        self.stages: list[str] = []
        self.totals: dict[str, int | None] = {}
        self.counts: Counter[str] = Counter()

    def __call__(self, items, description, total=None):
        self.stages.append(description)
        self.totals[description] = total
        for item in items:
            self.counts[description] += 1
            yield item


def test_a_build_reports_every_stage(tmp_path):
    src = tmp_path / "papers.jsonl"
    abstracts = ["We fine-tune BERT on SQuAD.", "ResNet-50 on ImageNet.", "BERT and GLUE.", "ImageNet again."]
    src.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "title": f"T{i}", "abstract": a}) + "\n"
            for i, a in enumerate(abstracts)
        )
    )
    seen = Recorder()
    build([src], tmp_path / "out", use_cache=False, progress=seen)
    assert seen.stages == STAGES
    assert seen.counts["reading records"] == seen.counts["extracting"] == seen.counts["writing papers"] == 4
    triples = ox.parse(path=str(tmp_path / "out" / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    assert seen.counts["exporting RDF triples"] == sum(1 for _ in triples)
    assert all(seen.counts[s] == 1 for s in STAGES if seen.totals[s] == 1)


def _turtle(n: int) -> str:
    return "".join(f'<https://example.org/s{i}> <https://example.org/p> "{"x" * 200}" .\n' for i in range(n))


def test_loading_a_store_shows_its_progress_in_mebibytes(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text(_turtle(12_000), encoding="utf-8")
    seen = []

    def loading(blocks, total):
        seen.append(total)
        for block in blocks:
            seen.append(len(block))
            yield block

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert query(count, data, loading=loading).rows == [("12000",)]
    size = data.stat().st_size
    assert seen[0] == math.ceil(size / MIB) > 1 and sum(seen[1:]) == size
    seen.clear()
    assert query(count, data, loading=loading).rows == [("12000",)]
    assert seen == []  # the store is loaded once


def test_a_gzipped_file_loads_with_no_total(tmp_path):
    data = tmp_path / "g.nt.gz"
    with gzip.open(data, "wt", encoding="utf-8") as f:
        f.write(_turtle(10))
    totals = []

    def loading(blocks, total):
        totals.append(total)
        return blocks

    assert query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", data, loading=loading).rows == [("10",)]
    assert totals == [None]
