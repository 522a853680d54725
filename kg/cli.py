"""The `kg` command. Each command parses its arguments and calls one library function;
data goes to stdout, logs and progress to stderr, problems exit non-zero with one line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer
from rich.text import Text

from . import __version__
from .cli_help import reflow_help
from .cli_options import (
    MAX_TOP_K,
    EngineOpt,
    FormatOpt,
    GraphOpt,
    IncludeGenericOpt,
    InputsArg,
    JsonOpt,
    ModelOpt,
    PathGenericOpt,
    ProvenanceOpt,
    QuietOpt,
    SchedulerOpt,
    WorkersOpt,
    checked_provenance,
    limit_opt,
    scheduler_address,
)
from .cli_results import board_tables, entity_paper_rows, entity_results, leaderboard, related_rows
from .cli_viz import viz_app
from .errors import Errors, KGError
from .preflight import writable_dir
from .terminal import (
    clean,
    entity_rows,
    err,
    fail,
    out,
    output_guard,
    print_json,
    progress,
    records,
    scores_table,
    setup_logging,
    stdout,
    table,
    warn_skipped,
)

if TYPE_CHECKING:
    from .graph import EntityInfo, KnowledgeGraph, RelatedPaper
    from .graph.indexed import Queries
    from .rdf import Server
    from .rdf.files import Loading

T = TypeVar("T")
app = typer.Typer(
    help="Build, query, export and explore knowledge graphs of ML research abstracts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command()
def build(
    inputs: list[Path] = InputsArg,
    output: Path = typer.Option(Path("outputs"), "--output", "-o", help="Directory for every output file."),
    fmt: str | None = FormatOpt,
    workers: int = WorkersOpt,
    top_k: int = typer.Option(
        20, "--top-k", min=1, max=MAX_TOP_K, help="Neighbours kept per paper in the paper graph."
    ),
    include_generic: bool = typer.Option(
        False, "--include-generic", help="Let generic entities link papers and shape communities and maps."
    ),
    provenance: str = ProvenanceOpt,
    model: str | None = ModelOpt,
    cache: bool = typer.Option(
        True, "--cache/--no-cache", help="Reuse extractions cached in OUTPUT/cache.sqlite."
    ),
    engine: str = EngineOpt,
    scheduler: str | None = SchedulerOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Run every stage and write the graph, RDF, views and a summary to OUTPUT."""
    from .build import build as run_build

    writable_dir(output)
    setup_logging(quiet)
    summary = run_build(
        inputs,
        output,
        fmt=fmt,
        workers=workers,
        top_k=top_k,
        include_generic=include_generic,
        provenance=checked_provenance(provenance),
        model=model,
        use_cache=cache,
        scheduler=scheduler_address(engine, scheduler),
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
    model: str | None = ModelOpt,
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
        scheduler=scheduler_address(engine, scheduler),
        progress=progress(quiet),
    )
    warn_skipped(skips)
    rows = (d.to_json() for d in docs)
    if str(output) == "-":
        for r in rows:
            stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
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
    model: str | None = ModelOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Precision, recall and F1 per label for exact and overlapping spans."""
    from .evaluate import evaluate as run_evaluate

    evaluation = run_evaluate(gold, pred, model)
    if as_json:
        return print_json(evaluation.rows)
    out.print(scores_table(f"{gold} ({evaluation.papers} papers)", evaluation.rows))


TimeoutOpt = typer.Option(
    30.0, "--timeout", min=0, help="Seconds a query may run before it is stopped (0: no limit)."
)
AllowServiceOpt = typer.Option(
    False,
    "--allow-service",
    help="Let SERVICE clauses send parts of a query to other SPARQL endpoints (off: kg stays offline).",
)


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
    timeout: float = TimeoutOpt,
    allow_service: bool = AllowServiceOpt,
) -> None:
    """Run a SPARQL query on an exported graph with the embedded Oxigraph engine."""
    from .rdf import query as run_query

    if not data.exists():
        raise KGError(Errors.E041.format(path=data))
    result = run_query(
        query, data, timeout=timeout or None, allow_service=allow_service, loading=_loading(data)
    )
    if fmt == "table":
        out.print(result.table())
    else:
        stdout.write_bytes(result.serialize(fmt))


@app.command()
def export(
    graph: Path = GraphOpt,
    output: Path = typer.Option(..., "--output", "-o", help="File to write; .nt.gz is gzipped N-Triples."),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="turtle, nt or json-ld (default: from the file name)."
    ),
    provenance: str = ProvenanceOpt,
) -> None:
    """Export a built graph as RDF in another serialization."""
    from .rdf import guess_format, write_rdf

    write_rdf(_load(graph), output, fmt or guess_format(output), provenance=checked_provenance(provenance))
    err.print(f"wrote {output}")


@app.command()
def serve(
    data: Path = typer.Argument(Path("outputs/kg.ttl"), help="RDF file to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind."),
    port: int = typer.Option(7878, "--port", min=1, max=65535, help="Port to listen on."),
    timeout: float = TimeoutOpt,
    writable: bool = typer.Option(
        False,
        "--writable",
        help="Accept SPARQL updates and Graph Store uploads and deletions from anyone who can reach "
        "the port (default: read-only).",
    ),
    allow_service: bool = AllowServiceOpt,
) -> None:
    """Serve the data over the SPARQL 1.1 Protocol (read-only unless --writable).

    The Oxigraph server answers GET /query?query=...; queries are checked as `kg sparql` checks
    them and may use kg's prefixes without declaring them."""
    from .rdf import serve as run_server

    def ready(server: Server) -> None:
        mode = "writable" if writable else "read-only"
        err.print(Text(f"SPARQL endpoint: {server.query_url}  ({mode}; Ctrl-C to stop)"))

    setup_logging(False)
    _rdf_file(data)
    run_server(
        data,
        host=host,
        port=port,
        timeout=timeout or None,
        writable=writable,
        allow_service=allow_service,
        ready=ready,
        loading=_loading(data),
    )


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
    token: str | None = typer.Option(
        None,
        "--token",
        envvar="KG_PUSH_TOKEN",
        show_envvar=True,
        help="Bearer token for the endpoint (safer in the environment variable than on the command "
        "line); or put user:password@ in the URL for Basic authentication.",
    ),
) -> None:
    """Upload the data to a triplestore (Fuseki, GraphDB, Virtuoso, Oxigraph, ...).

    Credentials are never printed."""
    from .rdf import push as run_push
    from .rdf.graph_store import shown

    _rdf_file(data)
    run_push(data, endpoint, graph, replace=not append, token=token)
    err.print(Text(f"uploaded {data} to {shown(endpoint)}" + (f" <{graph}>" if graph else "")))


def _rdf_file(data: Path) -> None:
    """Stop with E075 when there is no ``data`` to serve or push."""
    if not data.exists():
        raise KGError(Errors.E075.format(path=data))


def _loading(data: Path) -> Loading:
    """The progress of loading ``data`` into a SPARQL store, shown when stderr is a terminal
    (a store is loaded once per version of the file, which takes a minute at 5k papers)."""
    bar = progress(quiet=not err.is_terminal)
    return lambda blocks, total: bar(blocks, f"loading {data.name} into the SPARQL store (MiB)", total)


def _load(graph: Path) -> KnowledgeGraph:
    """The graph built into ``graph``; a damaged one stops the command with E034 here."""
    from .graph import load_graph

    return load_graph(graph)


def _answer(graph: Path, ask: Callable[[Queries], T]) -> T:
    """What ``ask`` gets from the build in ``graph``: from its query index (index.sqlite)
    when it has one made with its graph, else from the graph."""
    from .graph.indexed import answer

    return answer(graph, ask)


@app.command()
def related(
    paper: str = typer.Argument(..., help="Paper id or title (case-insensitive)."),
    n: int = limit_opt(10, "How many papers."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The papers most similar to PAPER, with the shared entities that explain each link."""

    def ask(q: Queries) -> tuple[str, list[RelatedPaper]]:
        key = q.resolve(paper, "paper")
        return q.node(key).label, q.related(key, n)

    label, rows = _answer(graph, ask)
    if as_json:
        return print_json(rows)
    title = clean(label, one_line=True)
    if not rows:  # a message, not an empty table; still exit 0: the answer is "none"
        err.print(f"no paper shares an entity with: {title}")
        return
    out.print(table(f"related to: {title}", related_rows(rows), ["id", "title", "year", "weight", "shared"]))


@app.command()
def entity(
    name: str = typer.Argument(..., help="Entity name, alias or id (case-insensitive)."),
    n: int = limit_opt(10, "Co-occurring entities shown per type, and papers shown."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """An entity: its aliases, type, papers by year, co-occurring entities and results.

    Co-occurring entities come by type, papers with each one's role for the entity (* where it
    is about it), and a dataset or a metric with its results."""

    def ask(q: Queries) -> EntityInfo:
        info = q.entity_info(name, n)
        info.results = entity_results(q, info.id, info.type)
        return info

    info = _answer(graph, ask)
    if as_json:
        return print_json(info)
    out.print(table(info.label, entity_rows(info), ["", "value"]))
    if shown := len(info.papers):  # those naming it in their title, then mentioning it most, first
        cut = f", the first {shown} of {info.n_papers}" if shown < info.n_papers else ""
        rows = entity_paper_rows(info.papers)
        out.print(table(f"papers of {info.label}{cut}", rows, ["id", "title", "year", "role"]))
    for shown_table in board_tables(info.results) if info.results else []:
        out.print(shown_table)


@app.command()
def path(
    a: str = typer.Argument(..., help="Entity or paper."),
    b: str = typer.Argument(..., help="Entity or paper."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
    include_generic: bool = PathGenericOpt,
) -> None:
    """The shortest chain between two entities or papers: entity → paper → entity ...

    The chain goes through generic entities only when asked for."""
    nodes = _answer(graph, lambda q: q.shortest_path(a, b, include_generic))
    if as_json:
        return print_json(nodes)
    steps = [((n.kind, "cyan" if n.kind == "entity" else "green"), " ", clean(n.label, True)) for n in nodes]
    out.print(Text("\n  → ").join(Text.assemble(*step) for step in steps))


@app.command()
def top(
    type: str | None = typer.Option(None, "--type", "-t", help="METHOD, MODEL, DATASET, METRIC or TASK."),
    year: int | None = typer.Option(None, "--year", "-y", help="Count only papers of this year."),
    n: int = limit_opt(20, "How many entities."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
    include_generic: bool = IncludeGenericOpt,
) -> None:
    """The most used entities, by number of papers.

    Generic entities are left out unless asked for; among equal counts, entities of kg's curated
    vocabulary come first."""
    rows = _answer(graph, lambda q: q.top_entities(type, year, n, include_generic))
    if as_json:
        return print_json(rows)
    if not rows:  # a message, not an empty table; exit 0, as for a leaderboard with no results
        err.print(
            f"no {type.upper() if type else 'entity'} named in any paper" + (f" of {year}" if year else "")
        )
        return
    out.print(
        table(
            f"top {type or 'entities'}" + (f" in {year}" if year else ""),
            records(rows),
            ["label", "type", "count", "id"],
        )
    )


@app.command()
def trending(
    n: int = limit_opt(20, "How many entities."),
    split_year: int | None = typer.Option(
        None, "--split-year", help="First year of the later period (default: the median year)."
    ),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
    include_generic: bool = IncludeGenericOpt,
) -> None:
    """Entities whose share of dated papers grew most from one period to the next.

    Generic entities are left out unless asked for; among equal growths, curated entities come
    first."""
    split, rows = _answer(
        graph, lambda q: (q.trend_split(split_year), q.trending(n, split_year, include_generic))
    )
    if as_json:
        return print_json({"split": split, "trends": rows})
    err.print(split.describe())  # under "split" with --json
    out.print(table("trending", records(rows), ["label", "type", "before", "after", "growth"]))


@app.command()
def communities(
    n_top: int = typer.Option(5, "--top", min=1, help="Entities named per community."),
    n: int = limit_opt(20, "How many communities (largest first)."),
    graph: Path = GraphOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Communities of the entity graph, largest first, each labelled by its most central entities."""
    rows = _answer(graph, lambda q: q.communities(n_top, min_size=2))[:n]
    if as_json:
        return print_json(rows)
    out.print(table("communities", records(rows), ["id", "size", "label"]))


app.command()(leaderboard)
app.add_typer(viz_app, name="viz")


@app.command()
def version(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the version of kg and of its extraction pipeline."""
    from importlib.metadata import version as installed

    from .resources import NER_MODEL

    meta_path = NER_MODEL / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        pipeline = {"name": str(meta["name"]), "version": str(meta["version"])}
    except (OSError, ValueError, TypeError, KeyError) as e:
        raise KGError(Errors.E074.format(path=meta_path, detail=f"{type(e).__name__}: {e}")) from e
    spacy = installed("spacy")
    if as_json:
        return print_json({"kg": __version__, "pipeline": pipeline, "spacy": spacy})
    out.print(f"kg {__version__}\npipeline {pipeline['name']} {pipeline['version']} (spaCy {spacy})")


reflow_help(app, viz_app)


def main() -> None:
    """The ``kg`` program: a :class:`KGError`, or output that cannot be written, ends the
    command with one line on stderr and exit status 1."""
    try:
        with output_guard():
            app()
    except KGError as e:
        fail(str(e))


if __name__ == "__main__":
    main()
