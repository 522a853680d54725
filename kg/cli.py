"""The `kg` command. Each command parses its arguments and calls one library function;
data goes to stdout, logs and progress to stderr, problems exit non-zero with one line."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from . import __version__
from .errors import KGError
from .schema import NodeKind, node_id
from .terminal import err, out, print_json, progress, records, setup_logging, table, warn_skipped

if TYPE_CHECKING:
    from .evaluate import ReportRow
    from .graph import EntityInfo, KnowledgeGraph

app = typer.Typer(
    help="Build, query, export and explore knowledge graphs of ML research abstracts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

InputsArg = typer.Argument(
    ..., help="Input files or directories (listing pages, JSONL, CSV, arXiv, Atom, OpenAlex, BibTeX)."
)
FormatOpt = typer.Option(None, "--format", "-f", help="Force the input format instead of detecting it.")
WorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Processes for extraction (nlp.pipe n_process).")
EngineOpt = typer.Option(
    "local", "--engine", help="Where extraction runs: 'local' (this machine, --workers processes) or 'dask'."
)
SchedulerOpt = typer.Option(
    None, "--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786."
)
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or log messages.")
GraphOpt = typer.Option(Path("outputs"), "--graph", "-g", help="Directory written by `kg build`.")
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _scheduler(engine: str, scheduler: str | None) -> str | None:
    """The Dask scheduler address to extract on, or None to extract here."""
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"{engine!r} is not one of 'local', 'dask'", param_hint="--engine")
    if engine == "dask" and not scheduler:
        raise typer.BadParameter("--engine dask needs --scheduler ADDRESS", param_hint="--scheduler")
    return scheduler if engine == "dask" else None


@app.command()
def build(
    inputs: list[Path] = InputsArg,
    output: Path = typer.Option(Path("outputs"), "--output", "-o", help="Directory for every output file."),
    fmt: str | None = FormatOpt,
    workers: int = WorkersOpt,
    top_k: int = typer.Option(20, "--top-k", help="Neighbours kept per paper in the paper graph."),
    model: str | None = typer.Option(None, "--model", help="A saved spaCy pipeline to extract with."),
    cache: bool = typer.Option(
        True, "--cache/--no-cache", help="Reuse extractions cached in OUTPUT/cache.sqlite."
    ),
    engine: str = EngineOpt,
    scheduler: str | None = SchedulerOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Run every stage and write the graph, RDF, views and a summary to OUTPUT."""
    from .build import build as run_build

    setup_logging(quiet)
    summary = run_build(
        inputs,
        output,
        fmt=fmt,
        workers=workers,
        top_k=top_k,
        model=model,
        use_cache=cache,
        scheduler=_scheduler(engine, scheduler),
        progress=progress(quiet),
    )
    warn_skipped(summary.skips)
    if summary.up_to_date:
        err.print("nothing changed since the last build: outputs are up to date")
    err.print(table("kg build", [{"": what, "count": n} for what, n in summary.counts()], ["", "count"]))
    err.print("files written:\n" + "\n".join(f"  {f}" for f in summary.files))


@app.command()
def extract(
    inputs: list[Path] = InputsArg,
    output: Path = typer.Option(Path("-"), "--output", "-o", help="JSONL file of mentions ('-' for stdout)."),
    fmt: str | None = FormatOpt,
    workers: int = WorkersOpt,
    model: str | None = typer.Option(None, "--model", help="A saved spaCy pipeline to extract with."),
    engine: str = EngineOpt,
    scheduler: str | None = SchedulerOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Write one JSON line per paper with its linked mentions (character offsets per field)."""
    from .build import extract_and_link
    from .io import write_jsonl

    setup_logging(quiet)
    docs, skips = extract_and_link(
        inputs,
        fmt=fmt,
        workers=workers,
        model=model,
        scheduler=_scheduler(engine, scheduler),
        progress=progress(quiet),
    )
    warn_skipped(skips)
    rows = (d.to_json() for d in docs)
    if str(output) == "-":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        n = write_jsonl(output, rows)
        if not quiet:
            err.print(f"{n} papers, {sum(len(d.mentions) for d in docs)} mentions -> {output}")


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(
        ..., help="Gold JSONL: id, title, abstract, mentions with character offsets."
    ),
    pred: Path | None = typer.Option(
        None, "--pred", "-p", help="Predictions from `kg extract`; extracted now when left out."
    ),
    model: str | None = typer.Option(None, "--model", help="A saved spaCy pipeline to extract with."),
    as_json: bool = JsonOpt,
) -> None:
    """Precision, recall and F1 per label for exact and overlapping spans."""
    from .evaluate import evaluate as run_evaluate

    evaluation = run_evaluate(gold, pred, model)
    if as_json:
        return print_json(evaluation.rows)
    out.print(_scores_table(f"{gold} ({evaluation.papers} papers)", evaluation.rows))


def _scores_table(title: str, rows: list[ReportRow]) -> Table:
    """P, R and F1 of exact and overlapping matches, and the mentions counted, by label."""
    shown = Table(title=title, title_justify="left")
    shown.add_column("label", justify="left")
    for c in [*(f"{k} {m}" for k in ("exact", "overlap") for m in ("P", "R", "F1")), "n_pred", "n_gold"]:
        shown.add_column(c, justify="right")
    for r in rows:
        scores = (s for kind in (r["exact"], r["overlap"]) for s in (kind["p"], kind["r"], kind["f"]))
        shown.add_row(r["label"], *(f"{s:.3f}" for s in scores), str(r["n_pred"]), str(r["n_gold"]))
    return shown


@app.command()
def sparql(
    query: str = typer.Argument(
        ...,
        help="A SPARQL query, or the path of a .rq file (see ontology/queries/, or kg/data/ontology/queries/ in the package).",
    ),
    data: Path = typer.Option(
        Path("outputs/kg.ttl"), "--data", "-d", help="RDF file to query (Turtle, N-Triples, JSON-LD)."
    ),
    fmt: str = typer.Option(
        "table", "--format", "-f", help="table, json, csv, tsv or xml (turtle, nt, json-ld for CONSTRUCT)."
    ),
) -> None:
    """Run a SPARQL query on an exported graph with the embedded Oxigraph engine."""
    from .errors import Errors
    from .rdf import query as run_query

    if not data.exists():
        raise KGError(Errors.E041.format(path=data))
    result = run_query(query, data)
    if fmt == "table":
        out.print(result.table())
    else:
        sys.stdout.buffer.write(result.serialize(fmt))
        sys.stdout.flush()


@app.command()
def export(
    graph: Path = GraphOpt,
    output: Path = typer.Option(..., "--output", "-o", help="File to write; .nt.gz is gzipped N-Triples."),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="turtle, nt or json-ld (default: from the file name)."
    ),
) -> None:
    """Export a built graph as RDF in another serialization."""
    from .graph import load_graph
    from .rdf import guess_format, write_rdf

    write_rdf(load_graph(graph), output, fmt or guess_format(output))
    err.print(f"wrote {output}")


@app.command()
def serve(
    data: Path = typer.Argument(Path("outputs/kg.ttl"), help="RDF file to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
) -> None:
    """Serve the data over the SPARQL 1.1 Protocol with the Oxigraph server (GET /query?query=...)."""
    from .rdf import serve as run_server

    err.print(f"SPARQL endpoint: http://{host}:{port}/query  (Ctrl-C to stop)")
    run_server(data, host=host, port=port)


@app.command()
def push(
    data: Path = typer.Argument(Path("outputs/kg.ttl"), help="RDF file to upload."),
    endpoint: str = typer.Option(
        ...,
        "--endpoint",
        help="SPARQL 1.1 Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data.",
    ),
    graph: str | None = typer.Option(None, "--graph", help="Named graph IRI (default graph when left out)."),
    append: bool = typer.Option(False, "--append", help="Add to the graph instead of replacing it."),
) -> None:
    """Upload the data to a triplestore (Fuseki, GraphDB, Virtuoso, Oxigraph, ...)."""
    from .rdf import push as run_push

    run_push(data, endpoint, graph, replace=not append)
    err.print(f"uploaded {data} to {endpoint}" + (f" <{graph}>" if graph else ""))


def _load(graph: Path) -> KnowledgeGraph:
    from .graph import load_graph

    return load_graph(graph)


@app.command()
def related(
    paper: str = typer.Argument(..., help="Paper id or title (case-insensitive)."),
    n: int = typer.Option(10, "--n", "-n", help="How many papers."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The papers most similar to PAPER, with the shared entities that explain each link."""
    from . import graph as g

    kg = _load(graph)
    key = g.resolve(kg, paper, "paper")
    rows = g.related(kg, key, n)
    if as_json:
        return print_json(rows)
    title = kg.bipartite.nodes[key]["title"]
    if not rows:  # a message, not an empty table; still exit 0: the answer is "none"
        err.print(f"no paper shares an entity with: {title}")
        return
    out.print(table(f"related to: {title}", records(rows), ["id", "title", "year", "weight", "shared"]))


@app.command()
def entity(
    name: str = typer.Argument(..., help="Entity name, alias or id (case-insensitive)."),
    n: int = typer.Option(10, "--n", "-n", help="Co-occurring entities shown per type."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """An entity's aliases, type, papers by year and co-occurring entities by type."""
    from . import graph as g

    info = g.entity_info(_load(graph), name, n)
    if as_json:
        return print_json(info)
    out.print(table(info.label, _entity_rows(info), ["", "value"]))


def _entity_rows(info: EntityInfo) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {"": "id", "value": info.id},
        {"": "type", "value": info.type},
        {"": "types seen", "value": info.type_counts},
        {"": "aliases", "value": info.aliases},
        {"": "papers", "value": info.n_papers},
        {"": "with variants", "value": info.n_papers_with_variants},
        {"": "papers by year", "value": info.papers_by_year},
        {"": "variant of", "value": info.variant_of},
        {"": "variants", "value": info.variants},
        {"": "community", "value": info.community},
        {"": "pagerank", "value": f"{info.pagerank:.3g}"},
    ]
    rows += [
        {"": f"with {t}", "value": ", ".join(f"{c.label} ({c.npmi:.2f})" for c in cs)}
        for t, cs in info.cooccurring.items()
    ]
    return rows


@app.command()
def path(
    a: str = typer.Argument(..., help="Entity or paper."),
    b: str = typer.Argument(..., help="Entity or paper."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The shortest chain between two entities or papers: entity → paper → entity ..."""
    from . import graph as g

    nodes = g.shortest_path(_load(graph), a, b)
    if as_json:
        return print_json(nodes)
    out.print(
        "\n  → ".join(f"[{'cyan' if n.kind == 'entity' else 'green'}]{n.kind}[/] {n.label}" for n in nodes),
        highlight=False,
    )


@app.command()
def top(
    type: str | None = typer.Option(None, "--type", "-t", help="METHOD, MODEL, DATASET, METRIC or TASK."),
    year: int | None = typer.Option(None, "--year", "-y", help="Count only papers of this year."),
    n: int = typer.Option(20, "--n", "-n", help="How many entities."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The most used entities, by number of papers."""
    from . import graph as g

    rows = g.top_entities(_load(graph), type, year, n)
    if as_json:
        return print_json(rows)
    out.print(
        table(
            f"top {type or 'entities'}" + (f" in {year}" if year else ""),
            records(rows),
            ["label", "type", "count", "id"],
        )
    )


@app.command()
def trending(
    n: int = typer.Option(20, "--n", "-n", help="How many entities."),
    split_year: int | None = typer.Option(
        None, "--split-year", help="First year of the later period (default: the median year)."
    ),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Entities whose share of papers grew most from the earlier period to the later one."""
    from . import graph as g

    rows = g.trending(_load(graph), n, split_year)
    if as_json:
        return print_json(rows)
    out.print(table("trending", records(rows), ["label", "type", "before", "after", "growth"]))


@app.command()
def communities(
    n_top: int = typer.Option(5, "--top", help="Entities named per community."),
    n: int = typer.Option(20, "--n", "-n", help="How many communities (largest first)."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Communities of the entity graph, largest first, each labelled by its most central entities."""
    from . import graph as g

    rows = [c for c in g.communities(_load(graph), n_top) if c.size > 1][:n]
    if as_json:
        return print_json(rows)
    out.print(table("communities", records(rows), ["id", "size", "label"]))


viz_app = typer.Typer(
    help="Write interactive HTML views (offline, open in any browser).", no_args_is_help=True
)
app.add_typer(viz_app, name="viz")
DepthOpt = typer.Option(1, "--depth", min=1, help="Hops around the centre.")
MaxNodesOpt = typer.Option(
    150, "--max-nodes", min=1, help="Most nodes drawn (nearest and best connected first)."
)


def _ego(kind: NodeKind, name: str, graph: Path, output: Path | None, depth: int, max_nodes: int) -> None:
    from .graph import resolve
    from .views import write_ego_view

    kg = _load(graph)
    key = resolve(kg, name, kind)
    path = output or graph / f"{kind}_{re.sub(r'[^A-Za-z0-9._-]+', '_', node_id(key))[:80]}.html"
    write_ego_view(kg, key, path, depth=depth, max_nodes=max_nodes)
    err.print(f"wrote {path}")


@viz_app.command("entity")
def viz_entity(
    name: str = typer.Argument(..., help="Entity name, alias or id."),
    graph: Path = GraphOpt,
    output: Path | None = typer.Option(
        None, "--output", "-o", help="HTML file (default: GRAPH/entity_<id>.html)."
    ),
    depth: int = DepthOpt,
    max_nodes: int = MaxNodesOpt,
) -> None:
    """The neighbourhood of one entity: its papers and what they mention."""
    _ego("entity", name, graph, output, depth, max_nodes)


@viz_app.command("paper")
def viz_paper(
    paper: str = typer.Argument(..., help="Paper id or title."),
    graph: Path = GraphOpt,
    output: Path | None = typer.Option(
        None, "--output", "-o", help="HTML file (default: GRAPH/paper_<id>.html)."
    ),
    depth: int = DepthOpt,
    max_nodes: int = MaxNodesOpt,
) -> None:
    """The neighbourhood of one paper: its entities and the papers that share them."""
    _ego("paper", paper, graph, output, depth, max_nodes)


@viz_app.command("maps")
def viz_maps(
    graph: Path = GraphOpt,
    output: Path | None = typer.Option(None, "--output", "-o", help="Directory (default: GRAPH)."),
    max_concepts: int = typer.Option(
        300, "--max-concepts", help="Entities on the concept map (top by PageRank)."
    ),
    min_weight: float = typer.Option(0.1, "--min-weight", help="Weakest co-occurrence (NPMI) drawn."),
    max_papers: int = typer.Option(2000, "--max-papers", help="Papers on the paper map."),
) -> None:
    """Rewrite the index page, the concept map and the paper map with other settings."""
    from .views import write_views

    for f in write_views(
        _load(graph), output or graph, max_concepts=max_concepts, min_weight=min_weight, max_papers=max_papers
    ):
        err.print(f"wrote {f}")


@app.command()
def version() -> None:
    """Print the version of kg and of its extraction pipeline."""
    out.print(f"kg {__version__}")


def main() -> None:
    try:
        app()
    except KGError as e:
        err.print(f"[bold red]error:[/] {e}", highlight=False)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
