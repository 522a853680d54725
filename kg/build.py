"""`kg build`: every stage, from input files to the files in the output directory."""

from __future__ import annotations

import hashlib
import json
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from .cache import ExtractionCache, cached_extract
from .errors import Skip
from .extract import extract_papers, files_hash, load_pipeline, pipeline_version
from .graph import KnowledgeGraph, build_graph, save_graph
from .graph.index import write_index
from .ingest import ingest_papers
from .io import checkpoint, write_json, write_jsonl
from .link import describe, link
from .rdf import write_ontology_html, write_rdf
from .rdf.export import Provenance
from .records import Entity, ExtractedPaper, Paper
from .transaction import commit, output_lock, staging, unchanged
from .views import write_views

T = TypeVar("T")
CACHE_FILE = "cache.sqlite"


class Progress(Protocol):
    """Wraps an iterator with progress reporting: (items, description, total) -> items."""

    def __call__(self, items: Iterable[T], description: str, total: int | None = None, /) -> Iterable[T]: ...


def _no_progress(items: Iterable[T], description: str, total: int | None = None) -> Iterable[T]:
    return items


def _step(progress: Progress, description: str, run: Callable[[], T]) -> T:
    """``run()``, shown as a stage of one step: for the stages that count nothing of their
    own, so that every stage that can take a while shows that it is running, and for how long."""
    for _ in progress(range(1), description, 1):
        result = run()
    return result


@dataclass
class BuildSummary:
    papers_read: int = 0
    duplicates_merged: int = 0
    skips: list[Skip] = field(default_factory=list)
    mentions_per_label: Counter[str] = field(default_factory=Counter)
    entities_per_type: Counter[str] = field(default_factory=Counter)
    graph: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    extraction: dict[str, int] = field(default_factory=dict)  # papers cached / extracted
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    # this process's CPU time per stage, [user, system]: system time is mostly the kernel
    # giving the process fresh memory, which grows with the stage's allocations
    cpu_seconds: dict[str, list[float]] = field(default_factory=dict)

    fingerprint: str = ""  # of the papers, the pipeline and the options the outputs came from
    options: dict[str, object] = field(default_factory=dict)  # the build's options (top_k, include_generic)
    up_to_date: bool = False  # nothing changed since the outputs were written: none rewritten

    @property
    def papers(self) -> int:
        return self.papers_read - self.duplicates_merged

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> BuildSummary:
        """The summary in a ``summary.json``, as far as it tells (skips only as text)."""
        return cls(
            papers_read=d["papers_read"],
            duplicates_merged=d["duplicates_merged"],
            skips=[Skip(s, None, "") for s in d.get("skips", [])],
            mentions_per_label=Counter(d["mentions_per_label"]),
            entities_per_type=Counter(d["entities_per_type"]),
            graph=d["graph"],
            files=[Path(f) for f in d["files"]],
            fingerprint=d.get("fingerprint", ""),
            options=d.get("options", {}),
        )

    def to_dict(self) -> dict[str, object]:
        """What ``summary.json`` holds."""
        return {
            "papers_read": self.papers_read,
            "duplicates_merged": self.duplicates_merged,
            "papers": self.papers,
            "records_skipped": len(self.skips),
            "skips": [str(s) for s in self.skips],
            "mentions_per_label": dict(sorted(self.mentions_per_label.items())),
            "entities_per_type": dict(sorted(self.entities_per_type.items())),
            "extraction": self.extraction,
            "graph": self.graph,
            "files": [str(f) for f in self.files],
            "seconds": {k: round(v, 2) for k, v in self.seconds.items()},
            "peak_rss_mb": {k: round(v, 1) for k, v in self.peak_rss_mb.items()},
            "cpu_seconds": {k: [round(u, 2), round(s, 2)] for k, (u, s) in self.cpu_seconds.items()},
            "fingerprint": self.fingerprint,
            "options": self.options,
        }

    def counts(self) -> list[tuple[str, int]]:
        """What `kg build` reports: papers, mentions by label, entities by type, graph size.

        >>> BuildSummary(papers_read=3, duplicates_merged=1, graph={"nodes": 9}).counts()[2:]
        [('papers', 2), ('records skipped', 0), ('graph nodes', 9)]
        """
        return [
            ("papers read", self.papers_read),
            ("duplicates merged", self.duplicates_merged),
            ("papers", self.papers),
            ("records skipped", len(self.skips)),
            *((f"papers {k}", v) for k, v in self.extraction.items()),
            *((f"mentions: {k}", v) for k, v in sorted(self.mentions_per_label.items())),
            *((f"entities: {k}", v) for k, v in sorted(self.entities_per_type.items())),
            *((f"graph {k}", v) for k, v in self.graph.items()),
        ]


@contextmanager
def _timed(summary: BuildSummary, stage: str) -> Iterator[None]:
    t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    yield
    after = resource.getrusage(resource.RUSAGE_SELF)
    summary.seconds[stage] = summary.seconds.get(stage, 0.0) + time.perf_counter() - t
    user, system = summary.cpu_seconds.get(stage, (0.0, 0.0))
    summary.cpu_seconds[stage] = [
        user + after.ru_utime - before.ru_utime,
        system + after.ru_stime - before.ru_stime,
    ]
    # the process's peak resident memory so far (Linux reports KiB), read as each stage ends
    summary.peak_rss_mb[stage] = after.ru_maxrss / 1024


def ingest(
    inputs: Sequence[str | Path],
    fmt: str | None,
    summary: BuildSummary,
    exclude: Sequence[Path] = (),
    progress: Progress = _no_progress,
) -> list[Paper]:
    """The papers of ``inputs``, duplicates merged, the folders in ``exclude`` (the build's
    output) not read. Records stream from the readers into the merge, so only the merged
    papers are ever held, not the records or a list of every paper read as well."""
    papers, summary.duplicates_merged = ingest_papers(
        inputs, fmt, summary.skips, exclude, counted=lambda records: progress(records, "reading records")
    )
    summary.papers_read = len(papers) + summary.duplicates_merged
    return papers


def extract_stream(
    papers: Sequence[Paper],
    *,
    workers: int = 1,
    model: str | None = None,
    cache: Path | None = None,
    progress: Progress = _no_progress,
    stats: dict[str, int] | None = None,
    scheduler: str | None = None,
) -> Iterator[ExtractedPaper]:
    """Extraction in input order; with ``cache`` (an SQLite file) only uncached papers run,
    and with ``scheduler`` (a Dask scheduler address) they run on that cluster."""
    nlp = load_pipeline(model)

    def run(ps: Sequence[Paper]) -> Iterable[ExtractedPaper]:
        if scheduler is not None:
            from .distributed import dask_extract

            return dask_extract(ps, scheduler, model=model)
        return extract_papers(ps, nlp, workers=workers)

    docs: Iterable[ExtractedPaper]
    if cache is None:
        docs = run(papers)
    else:
        store = ExtractionCache(cache, pipeline_version(nlp))
        docs = _closing(store, cached_extract(papers, store, run, stats=stats))
    yield from progress(docs, "extracting", len(papers))


def _closing(store: ExtractionCache, items: Iterator[T]) -> Iterator[T]:
    with store:
        yield from items


def extract_and_link(
    inputs: Sequence[str | Path],
    *,
    fmt: str | None = None,
    workers: int = 1,
    model: str | None = None,
    scheduler: str | None = None,
    progress: Progress = _no_progress,
) -> tuple[list[ExtractedPaper], list[Skip]]:
    """`kg extract`: the papers of ``inputs`` with their mentions linked to entities, in
    input order, and the records left out."""
    summary = BuildSummary()
    papers = ingest(inputs, fmt, summary, progress=progress)
    docs = list(extract_stream(papers, workers=workers, model=model, progress=progress, scheduler=scheduler))
    describe(docs, link(docs))
    return docs, summary.skips


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    fmt: str | None = None,
    workers: int = 1,
    top_k: int = 20,
    include_generic: bool = False,
    provenance: Provenance = "pairs",
    model: str | None = None,
    use_cache: bool = True,
    scheduler: str | None = None,
    progress: Progress = _no_progress,
) -> BuildSummary:
    """Read ``inputs``, extract, link, build the graph and write every output to ``out_dir``;
    ``include_generic`` lets generic entities link papers and shape communities, ``provenance``
    is how much kg.ttl holds (:data:`kg.rdf.PROVENANCE`; compact ``pairs`` by default)."""
    out, options = Path(out_dir), {"top_k": top_k, "include_generic": include_generic}
    summary = BuildSummary(options={**options, "provenance": provenance})
    with _timed(summary, "ingest"):
        papers = ingest(inputs, fmt, summary, exclude=[out], progress=progress)
        version = _step(progress, "loading the pipeline", lambda: pipeline_version(load_pipeline(model)))
        summary.fingerprint = fingerprint(papers, version, {**summary.options, "kg": code_version()})
    # a transaction (kg/transaction.py): one build at a time, every output written into a new
    # generation that one rename makes current, so the folder always holds one whole build
    with output_lock(out):
        if use_cache and (previous := up_to_date(out, summary)):
            return previous
        with _timed(summary, "extract"):
            docs = list(
                extract_stream(
                    papers,
                    workers=workers,
                    model=model,
                    progress=progress,
                    cache=out / CACHE_FILE if use_cache else None,
                    stats=summary.extraction,
                    scheduler=scheduler,
                )
            )
        # the docs hold their papers: copies when they came from the cache or a cluster
        del papers
        checkpoint("extracted")
        with _timed(summary, "link"):
            entities = _step(progress, "linking", lambda: link(docs))
            describe(docs, entities)
        for d in docs:
            summary.mentions_per_label.update(m.label for m in d.mentions)
        summary.entities_per_type.update(e.type for e in entities.values())
        with _timed(summary, "graph"):
            kg = _step(
                progress,
                "building the graph",
                lambda: build_graph(docs, entities, top_k=top_k, include_generic=include_generic),
            )
        summary.graph = graph_counts(kg)
        with staging(out) as generation:
            _write_outputs(kg, docs, entities, generation, out, summary, progress, provenance)
            commit(out, generation, summary.fingerprint)
    return summary


def _write_outputs(
    kg: KnowledgeGraph,
    docs: Sequence[ExtractedPaper],
    entities: Mapping[str, Entity],
    generation: Path,
    out: Path,
    summary: BuildSummary,
    progress: Progress = _no_progress,
    provenance: Provenance = "pairs",
) -> None:
    """The write, export and views stages, then ``summary.json``, into the folder of a new
    ``generation``; each file listed in ``summary`` where ``out`` will show it."""
    with _timed(summary, "write"):
        write_jsonl(
            generation / "mentions.jsonl", progress((d.to_json() for d in docs), "writing papers", len(docs))
        )
        write_jsonl(
            generation / "entities.jsonl",
            (e.to_dict() for e in sorted(entities.values(), key=lambda e: e.id)),
        )
        write_jsonl(generation / "results.jsonl", (results_line(d) for d in docs if d.results))
        written = [generation / "mentions.jsonl", generation / "entities.jsonl", generation / "results.jsonl"]
        written += _step(progress, "writing the graph", lambda: save_graph(kg, generation))
        # after graph.json, whose stamp it records
        written.append(_step(progress, "writing the query index", lambda: write_index(kg, generation)))
    with _timed(summary, "export"):
        write_rdf(
            kg,
            generation / "kg.ttl",
            counted=lambda triples: progress(triples, "exporting RDF triples"),
            provenance=provenance,
        )
        write_ontology_html(generation / "ontology.html")
        written += [generation / "kg.ttl", generation / "ontology.html"]
    with _timed(summary, "views"):
        written += _step(
            progress,
            "writing the views",
            lambda: write_views(
                kg, generation, include_generic=summary.options.get("include_generic") is True
            ),
        )
    summary.files += [out / f.name for f in [*written, generation / "summary.json"]]
    write_json(generation / "summary.json", summary.to_dict())


def results_line(doc: ExtractedPaper) -> dict[str, object]:
    """A line of ``results.jsonl``: a paper's reported results, with what identifies the paper."""
    p = doc.paper
    return {
        "id": p.id,
        "title": p.title,
        "year": p.year,
        "url": p.url,
        "results": [r.to_dict() for r in doc.results],
    }


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of kg's own Python sources: a build made by other linking, graph or export code
    is not up to date, even from the same papers and pipeline."""
    return files_hash([], Path(__file__).resolve().parent)


def fingerprint(papers: Sequence[Paper], pipeline: str, options: Mapping[str, object]) -> str:
    """A hash of everything the outputs depend on: the papers, the pipeline and the options.

    >>> a = [Paper("1", "T", "A")]
    >>> fingerprint(a, "v1", {}) == fingerprint([Paper("1", "T", "A")], "v1", {}) != fingerprint(a, "v2", {})
    True
    """
    h = hashlib.sha256(json.dumps([pipeline, options], sort_keys=True).encode())
    for p in papers:
        h.update(json.dumps(p.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def up_to_date(out: Path, current: BuildSummary) -> BuildSummary | None:
    """The previous build's summary, with ``current``'s timings, when ``out`` holds a whole
    build made from ``current``'s fingerprint and none of its files changed since (their
    hashes are those of its manifest): then there is nothing to do."""
    if not unchanged(out, current.fingerprint):
        return None
    try:
        previous = BuildSummary.from_dict(json.loads((out / "summary.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
    # the files where this build sees them, not where the previous one ran
    previous.files = [out / f.name for f in previous.files]
    previous.seconds, previous.cpu_seconds = current.seconds, current.cpu_seconds
    previous.extraction = {"cached": previous.papers, "extracted": 0}
    previous.up_to_date = True
    return previous


def graph_counts(kg: KnowledgeGraph) -> dict[str, int]:
    """The sizes of the three graphs."""
    return {
        "nodes": kg.bipartite.number_of_nodes(),
        "edges": kg.bipartite.number_of_edges(),
        "paper_links": kg.papers.number_of_edges(),
        "entity_links": kg.entities.number_of_edges(),
    }
