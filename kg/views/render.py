"""The HTML of the pages, rendered by Jinja from ``kg/data/viz/``, and the files written."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from ..compat import vis_network_file
from ..graph import KnowledgeGraph
from ..io import write_text
from ..resources import VIEW_TEMPLATES
from .pages import ColorBy, View, concept_view, ego_view, paper_view
from .summary import Summary, summary_page


def environment(**page_globals: object) -> jinja2.Environment:
    """Jinja with our templates and, under ``vis-network/``, vis-network's files (see
    :func:`kg.compat.vis_network_file`), escaping HTML."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(VIEW_TEMPLATES),
            jinja2.PrefixLoader({"vis-network": jinja2.FunctionLoader(vis_network_file)}),
        ]
    )
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    # tojson escapes <, >, & and ' whatever these are; non-ASCII text stays readable
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    env.globals.update(page_globals)
    return env


def vis_options(n_edges: int, label_scaling: bool = True) -> dict[str, object]:
    """vis-network options: no physics (positions are given), labels that hide when drawn
    small (and grow with their nodes, with ``label_scaling``), straight edges (curves cost most
    to draw)."""
    label = (
        {"enabled": True, "min": 11, "max": 28, "drawThreshold": 6}
        if label_scaling
        else {"enabled": False, "drawThreshold": 9}
    )
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n_edges > 2000,
            "hideEdgesOnZoom": n_edges > 2000,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#1F2937",
                "strokeWidth": 3,
                "strokeColor": "#FFFFFF",
            },
            "scaling": {"min": 6, "max": 36, "label": label},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
            "color": {"color": "#9CA3AF", "highlight": "#111827", "hover": "#4B5563", "opacity": 0.6},
        },
    }


def render_view(view: View) -> str:
    """The HTML page of ``view``."""
    # json.dumps's own spacing, as pyvis wrote the options when it rendered these pages: they
    # hold none of the data's text, so need no escaping
    options = json.dumps(vis_options(len(view.edges), view.label_scaling))
    template = environment(page=view).get_template("network.html")
    return template.render(nodes=view.nodes, edges=view.edges, options=options)


def render_index(page: Summary) -> str:
    """The HTML of the entry page."""
    return environment(page=page).get_template("index.html").render()


def write_views(
    kg: KnowledgeGraph,
    out_dir: str | Path,
    *,
    max_concepts: int = 300,
    min_weight: float = 0.1,
    max_papers: int = 2000,
    paper_color: ColorBy = "community",
    seed: int = 42,
) -> list[Path]:
    """Write ``index.html``, ``concept_map.html`` and ``paper_map.html`` into ``out_dir``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph (see :mod:`kg.schema`).
    out_dir : path
        Created if missing.
    max_concepts, min_weight : int, float
        The concept map shows this many entities of highest PageRank, and their links of at
        least this NPMI.
    max_papers : int
        The paper map shows this many papers, those with the strongest links.
    paper_color : {"community", "year"}
        What the paper map's colours tell.
    seed : int
        Seed of the layouts.

    Returns
    -------
    list of Path
        The pages written, the entry page first.

    Raises
    ------
    KGError
        E035 for a parameter out of range, E050 when a page cannot be written.
    """
    concepts = concept_view(kg, max_concepts, min_weight, seed)
    papers = paper_view(kg, max_papers, paper_color, seed)
    out = Path(out_dir)
    # `kg build` writes the ontology's page beside the views
    index = summary_page(kg, concepts, papers, ontology=(out / "ontology.html").exists())
    pages = {
        out / "index.html": render_index(index),
        out / "concept_map.html": render_view(concepts),
        out / "paper_map.html": render_view(papers),
    }
    for path, html in pages.items():
        write_text(path, html)
    return list(pages)


def write_ego_view(
    kg: KnowledgeGraph, center: str, path: str | Path, *, depth: int = 1, max_nodes: int = 150, seed: int = 42
) -> Path:
    """Write the page of the papers and entities around node ``center`` (``"entity:<id>"``
    or ``"paper:<id>"``) to ``path``; see :func:`~kg.views.selection.ego_graph`.

    Raises
    ------
    KGError
        E031 for an unknown node, E035 for a parameter out of range, E050 when the page cannot
        be written.
    """
    path = Path(path)
    write_text(path, render_view(ego_view(kg, center, depth, max_nodes, seed)))
    return path
