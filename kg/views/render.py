"""The HTML of the pages, rendered by Jinja from ``kg/data/viz/``, and the files written."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

import jinja2
import markupsafe

from ..compat import vis_network_file
from ..errors import Errors, KGError
from ..graph import KnowledgeGraph
from ..io import write_text
from ..resources import VIEW_TEMPLATES
from ..schema import node_kind
from .maps import Map, concept_map, paper_map
from .pages import ColorBy, View, ego_view
from .search import search_index
from .selection import require
from .site import Site, entity_page, paper_page
from .style import OTHER_COLOR
from .summary import Summary, summary_page

# sigma.js and graphology, as pipelines/vendor_js.py fetched them (see vendor/VENDOR.md)
VENDOR_SCRIPTS = ("graphology.umd.min.js", "sigma.min.js")

# the folders of the site's pages, one per node kind, and their templates' names
SITE_DIRS = ("entity", "paper")


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
    # a page at the site's root, without the site's search unless told
    env.globals.update({"root": "", "find": False, **page_globals})
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


def render_view(view: View, find: bool = False) -> str:
    """The HTML page of ``view``; ``find``: with the site's search (``search.js`` beside it)."""
    # json.dumps's own spacing, as pyvis wrote the options when it rendered these pages: they
    # hold none of the data's text, so need no escaping
    options = json.dumps(vis_options(len(view.edges), view.label_scaling))
    template = environment(page=view, find=find).get_template("network.html")
    return template.render(nodes=view.nodes, edges=view.edges, options=options)


@functools.cache
def vendor_scripts() -> markupsafe.Markup:
    """The vendored scripts the maps inline, without their source map comments (which would
    name files the page does not have)."""
    texts = [(VIEW_TEMPLATES / "vendor" / name).read_text(encoding="utf-8") for name in VENDOR_SCRIPTS]
    # checked text of the npm packages, holding no "</script": safe to place in the element
    return markupsafe.Markup(
        "\n".join(re.sub(r"^//# sourceMappingURL=.*$", "", t, flags=re.M) for t in texts)
    )


def render_map(page: Map, find: bool = False) -> str:
    """The HTML page of the map ``page``, drawn by sigma.js; ``find``: with the site's search
    (``search.js`` beside it)."""
    data = {
        "fields": page.fields,
        # each node's details as a JSON text of their own, which map.js reads when it shows them
        "nodes": [[*row[:-1], json.dumps(row[-1], ensure_ascii=False)] for row in page.nodes],
        "links": page.edges,
        "linkColors": page.edge_colors,
        "drawnLinks": page.drawn_links,
        "years": asdict(page.years),
        "undated": OTHER_COLOR,
    }
    template = environment(page=page, find=find).get_template("map.html")
    return template.render(data=data, vendor=vendor_scripts(), undated=OTHER_COLOR)


def render_index(page: Summary, find: bool = False) -> str:
    """The HTML of the entry page; ``find``: with the site's search box."""
    return environment(page=page, find=find).get_template("index.html").render()


def _site_error(path: Path, e: OSError) -> KGError:
    return KGError(Errors.E050.format(path=path, detail=e.strerror or e))


def _write_pages(out: Path, pages: Iterable[tuple[str, str]]) -> None:
    """Write the ``(href, html)`` of the site's pages into ``out``, and remove the pages of
    entities and papers that an earlier build wrote and this one has not.

    Each page is written in place, neither renamed into place nor synced to disk as
    :func:`kg.io.write_text` does: renaming each page over its old version makes ext4 flush
    it to disk first, 2.0-2.6 ms a page against 0.1 ms written in place (2,000 pages of
    4.4 kB, three alternating rounds on the shared 2-core machine), and writing each folder
    anew and swapping it in took 5-6 ms. A page that has not changed is not written at all,
    so rebuilding the same corpus rewrites none; one cut short by a crash is whole again after
    the next build."""
    written: set[Path] = set()
    try:
        for folder in SITE_DIRS:
            (out / folder).mkdir(parents=True, exist_ok=True)
        for href, html in pages:
            path, data = out / href, html.encode("utf-8")
            if not (path.is_file() and path.read_bytes() == data):
                path.write_bytes(data)
            written.add(path)
    except OSError as e:
        raise _site_error(Path(e.filename or out), e) from e
    for folder in SITE_DIRS:
        for old in (out / folder).glob("*.html"):
            if old not in written:
                try:
                    old.unlink()
                except OSError as e:
                    raise _site_error(old, e) from e


def write_site(
    kg: KnowledgeGraph, out_dir: str | Path, site: Site, *, papers_per_entity: int = 100, n_related: int = 10
) -> list[Path]:
    """Write the site's shared files (``search.js``, ``kg.css``) and a page for each node of
    ``site`` into ``out_dir/entity/`` and ``out_dir/paper/`` (see :func:`_write_pages`).

    Returns
    -------
    list of Path
        ``search.js``, ``kg.css`` and the two folders of pages.

    Raises
    ------
    KGError
        E050 when a file cannot be written.
    """
    out = Path(out_dir)
    env = environment(root="../", find=True)
    write_text(out / "search.js", env.get_template("search.js").render(index=search_index(kg, site)))
    write_text(out / "kg.css", (VIEW_TEMPLATES / "view.css").read_text(encoding="utf-8"))
    templates = {kind: env.get_template(f"{kind}.html") for kind in SITE_DIRS}

    def html(key: str) -> str:
        if node_kind(key) == "entity":
            return templates["entity"].render(page=entity_page(site, key, papers_per_entity))
        return templates["paper"].render(page=paper_page(site, key, n_related))

    _write_pages(out, ((href, html(key)) for key, href in site.pages.items()))
    return [out / "search.js", out / "kg.css", *(out / kind for kind in SITE_DIRS)]


def write_views(
    kg: KnowledgeGraph,
    out_dir: str | Path,
    *,
    max_concepts: int = 300,
    min_weight: float = 0.1,
    max_papers: int = 100_000,
    paper_color: ColorBy = "community",
    seed: int = 42,
    max_entity_pages: int = 10_000,
    include_generic: bool = False,
) -> list[Path]:
    """Write ``index.html``, ``concept_map.html``, ``paper_map.html`` and the site's pages of
    entities and papers (see :func:`write_site`) into ``out_dir``.

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph (see :mod:`kg.schema`).
    out_dir : path
        Created if missing.
    max_concepts, min_weight : int, float
        The concept map shows this many entities of highest PageRank (generic ones only with
        ``include_generic``), and their links of at least this NPMI.
    max_papers : int
        The paper map shows this many papers, those with the strongest links.
    paper_color : {"community", "year"}
        What the paper map's colours tell.
    seed : int
        Seed of the layouts.
    max_entity_pages : int
        Entities given a page, those in most papers first (the search finds the others).

    Returns
    -------
    list of Path
        The pages written, the entry page first, then the site's files and folders.

    Raises
    ------
    KGError
        E035 for a parameter out of range, E050 when a page cannot be written.
    """
    require("max_entity_pages", max_entity_pages, max_entity_pages >= 0, "at least 0")
    concepts = concept_map(kg, max_concepts, min_weight, seed, include_generic)
    papers = paper_map(kg, max_papers, paper_color, seed)
    site = Site.of(kg, max_entity_pages)
    for m in (concepts, papers):
        m.link_pages(site.pages)
    out = Path(out_dir)
    # `kg build` writes the ontology's page beside the views
    index = summary_page(kg, concepts, papers, ontology=(out / "ontology.html").exists(), pages=site.pages)
    pages = {
        out / "index.html": render_index(index, find=True),
        out / "concept_map.html": render_map(concepts, find=True),
        out / "paper_map.html": render_map(papers, find=True),
    }
    for path, html in pages.items():
        write_text(path, html)
    return [*pages, *write_site(kg, out, site)]


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
