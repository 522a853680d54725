"""`kg viz`: the commands that write interactive HTML views of a built graph."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from .cli_options import GraphOpt, IncludeGenericOpt
from .preflight import writable_dir
from .schema import NodeKind, node_id
from .terminal import err

viz_app = typer.Typer(
    help="Write interactive HTML views (offline, open in any browser).", no_args_is_help=True
)
DepthOpt = typer.Option(1, "--depth", min=1, help="Hops around the centre.")
MaxNodesOpt = typer.Option(
    150, "--max-nodes", min=1, help="Most nodes drawn (nearest and best connected first)."
)


def _ego(kind: NodeKind, name: str, graph: Path, output: Path | None, depth: int, max_nodes: int) -> None:
    from .graph import load_graph, resolve
    from .views import write_ego_view

    kg = load_graph(graph)
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
        300, "--max-concepts", min=1, help="Entities on the concept map (top by PageRank)."
    ),
    min_weight: float = typer.Option(
        0.1, "--min-weight", min=-1.0, max=1.0, help="Weakest co-occurrence (NPMI) drawn."
    ),
    max_papers: int = typer.Option(
        100_000, "--max-papers", min=1, help="Papers on the paper map (those with the strongest links)."
    ),
    include_generic: bool = IncludeGenericOpt,
) -> None:
    """Rewrite the index page, the concept map and the paper map with other settings."""
    from .graph import load_graph
    from .views import write_views

    writable_dir(output or graph)
    for f in write_views(
        load_graph(graph),
        output or graph,
        max_concepts=max_concepts,
        min_weight=min_weight,
        max_papers=max_papers,
        include_generic=include_generic,
    ):
        err.print(f"wrote {f}")
