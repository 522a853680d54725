"""Offline interactive views: the index page, the concept map, the paper map and ego views.

Pages are pyvis networks rendered through our own template (``kg/data/viz/view.html``):
pyvis's template loads Bootstrap from a CDN, ours inlines vis-network (from the pyvis
package) and needs no network. Nodes and edges are prepared as plain lists and handed to
pyvis in one go, because ``Network.add_edge`` scans every existing edge (``from_nx`` took
about a minute for 10,000 nodes); positions are computed here with a seeded networkx
layout and physics is off, so a page with thousands of nodes draws at once.

All text from the data reaches the page as JSON (``tojson`` escapes ``<``, ``>`` and
``&``) and is shown through ``textContent``: a title such as ``<img onerror=...>`` stays text.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import networkx as nx
import pyvis
from pyvis.network import Network

from .graph import KnowledgeGraph
from .io import write_text
from .models import LABELS

TEMPLATE_DIR = Path(__file__).resolve().parent / "data" / "viz"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"

# Colour-blind-safe palette (Okabe & Ito) and one shape per type, so type reads without colour.
TYPE_STYLE = {
    "METHOD": ("#0072B2", "dot"), "MODEL": ("#D55E00", "diamond"), "DATASET": ("#009E73", "square"),
    "METRIC": ("#CC79A7", "triangle"), "TASK": ("#E69F00", "star"),
}
PAPER_COLORS = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1",
                "#FF9DA7", "#9C755F", "#BAB0AC"]
OPTIONS = {
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
    "edges": {"smooth": False, "color": {"opacity": 0.35}},
    "nodes": {"font": {"size": 14}},
}


def excerpt(text: str, n: int = 280) -> str:
    """
    >>> excerpt("word " * 100, 20)
    'word word word word…'
    """
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def node_size(n_papers: int) -> float:
    """Area grows with paper count, so a 100-paper entity does not dwarf the page.

    >>> node_size(1), round(node_size(100), 1)
    (8.0, 38.0)
    """
    return 8.0 + 15.0 * math.log10(max(n_papers, 1)) if n_papers else 8.0


def layout(g: nx.Graph, seed: int = 42, scale: float = 900.0) -> dict[str, tuple[float, float]]:
    """Seeded force-directed positions (networkx switches to sparse arithmetic past 500 nodes)."""
    if g.number_of_nodes() == 0:
        return {}
    k = 1.5 / math.sqrt(g.number_of_nodes())
    pos = nx.spring_layout(g, k=k, seed=seed, weight="weight", iterations=60)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def concept_map_graph(kg: KnowledgeGraph, *, max_concepts: int = 300, min_weight: float = 0.1) -> nx.Graph:
    """The entities shown on the concept map: the top ``max_concepts`` by PageRank that keep
    a co-occurrence link of NPMI ≥ ``min_weight`` (isolated names say nothing on a map)."""
    attrs = kg.bipartite.nodes
    ranked = sorted(kg.entities.nodes, key=lambda k: (-attrs[k].get("pagerank", 0.0), k))[:max_concepts]
    keep = set(ranked)
    g = nx.Graph()
    g.add_nodes_from(ranked)
    g.add_edges_from((a, b, d) for a, b, d in kg.entities.edges(data=True)
                     if a in keep and b in keep and d.get("weight", 0.0) >= min_weight)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return g


def paper_map_graph(kg: KnowledgeGraph, *, max_papers: int = 2000) -> nx.Graph:
    """Papers shown on the paper map: the best-linked ``max_papers`` and their links."""
    strength = dict(kg.papers.degree(weight="weight"))
    ranked = sorted(kg.papers.nodes, key=lambda k: (-strength.get(k, 0.0), k))[:max_papers]
    return kg.papers.subgraph(ranked).copy()


def ego_graph(kg: KnowledgeGraph, center: str, *, depth: int = 1, max_nodes: int = 150) -> nx.Graph:
    """The bipartite neighbourhood of ``center`` (a node key) up to ``depth`` hops, keeping
    the nearest and best-connected ``max_nodes`` nodes."""
    dist = nx.single_source_shortest_path_length(kg.bipartite, center, cutoff=depth)
    degree = kg.bipartite.degree
    keep = sorted(dist, key=lambda k: (dist[k], -degree[k], k))[:max_nodes]
    return kg.bipartite.subgraph(keep).copy()


def _entity_node(key: str, a: Mapping, pos) -> dict:
    color, shape = TYPE_STYLE.get(a.get("type"), ("#888888", "dot"))
    aliases = ", ".join(list(a.get("aliases") or {})[:6])
    return {
        "id": key, "label": a.get("label", key), "kind_type": a.get("type"), "community": a.get("community"),
        "year": None, "shape": shape, "color": color, "baseColor": color, "size": node_size(a.get("n_papers", 0)),
        "x": pos[key][0], "y": pos[key][1],
        "info": [["title", a.get("label", key)],
                 ["meta", f"{a.get('type', '')} · {a.get('n_papers', 0)} papers · community {a.get('community')}"],
                 ["text", f"also: {aliases}" if aliases else ""]],
    }


def _paper_node(key: str, a: Mapping, pos, shared: str = "") -> dict:
    community = a.get("community")
    color = PAPER_COLORS[community % len(PAPER_COLORS)] if isinstance(community, int) else "#888888"
    info = [["title", a.get("title", key)],
            ["meta", " · ".join(str(x) for x in (a.get("year"), a.get("id")) if x)],
            ["text", excerpt(a.get("abstract", ""))]]
    if shared:
        info.append(["meta", f"shares: {shared}"])
    if a.get("url"):
        info.append(["link", a["url"]])
    return {
        "id": key, "label": excerpt(a.get("title", key), 40), "kind_type": "PAPER", "community": community,
        "year": a.get("year"), "shape": "dot", "color": color, "baseColor": color, "size": 10,
        "x": pos[key][0], "y": pos[key][1], "info": info,
    }


def _render(heading: str, nodes: list[dict], edges: list[dict], legend: list[dict], path: Path) -> Path:
    net = Network(height="100%", width="100%", heading=heading, cdn_resources="in_line")
    # filled directly: add_node/add_edge re-scan the lists on every call
    net.nodes, net.edges = nodes, edges
    net.set_template_dir(str(TEMPLATE_DIR), "view.html")
    data = {
        "nodes": net.nodes, "edges": net.edges, "legend": legend,
        "types": [[t, t.lower()] for t in sorted({n["kind_type"] for n in nodes if n["kind_type"] != "PAPER"})],
        "communities": [[c, f"community {c}"] for c in sorted({n["community"] for n in nodes
                                                                if isinstance(n["community"], int)})],
        "years": [[y, str(y)] for y in sorted({n["year"] for n in nodes if n["year"]})],
    }
    page = net.templateEnv.get_template("view.html").render(heading=heading, data=data, options=OPTIONS)
    page = page.replace("/*VIS_CSS*/", (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), 1)
    page = page.replace("/*VIS_JS*/", (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"), 1)
    write_text(path, page)
    return path


def _legend(types: Iterable[str]) -> list[dict]:
    present = set(types)
    return [{"label": t.lower(), "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1]} for t in LABELS if t in present]


def _label(kg: KnowledgeGraph, key: str) -> str:
    a = kg.bipartite.nodes[key]
    return a.get("label") or a.get("title") or key


def write_concept_map(kg: KnowledgeGraph, path: Path, *, max_concepts: int = 300, min_weight: float = 0.1) -> Path:
    g = concept_map_graph(kg, max_concepts=max_concepts, min_weight=min_weight)
    pos = layout(g)
    attrs = kg.bipartite.nodes
    nodes = [_entity_node(k, attrs[k], pos) for k in g.nodes]
    edges = [{"id": f"{a}|{b}", "from": a, "to": b, "value": d.get("weight", 0.0),
              "info": [["meta", f"{_label(kg, a)} – {_label(kg, b)}: NPMI {d.get('weight', 0):.2f}, "
                                f"{d.get('count', 0)} papers"]]} for a, b, d in g.edges(data=True)]
    return _render("Concept map", nodes, edges, _legend(n["kind_type"] for n in nodes), path)


def write_paper_map(kg: KnowledgeGraph, path: Path, *, max_papers: int = 2000) -> Path:
    g = paper_map_graph(kg, max_papers=max_papers)
    pos = layout(g)
    attrs = kg.bipartite.nodes
    nodes = [_paper_node(k, attrs[k], pos) for k in g.nodes]
    edges = []
    for a, b, d in g.edges(data=True):
        shared = ", ".join(_label(kg, e if e.startswith("entity:") else f"entity:{e}") for e in d.get("shared", [])[:8]
                           if (e if e.startswith("entity:") else f"entity:{e}") in attrs)
        edges.append({"id": f"{a}|{b}", "from": a, "to": b, "value": d.get("weight", 0.0),
                      "info": [["meta", f"shared: {shared}"]]})
    legend = [{"label": f"community {c}", "color": PAPER_COLORS[c % len(PAPER_COLORS)], "shape": "dot"}
              for c in sorted({n["community"] for n in nodes if isinstance(n["community"], int)})[:len(PAPER_COLORS)]]
    return _render("Paper map", nodes, edges, legend, path)


def write_ego_view(kg: KnowledgeGraph, center: str, path: Path, *, depth: int = 1, max_nodes: int = 150) -> Path:
    """The neighbourhood of ``center`` (an ``entity:`` or ``paper:`` node key) as its own page."""
    g = ego_graph(kg, center, depth=depth, max_nodes=max_nodes)
    pos = layout(g)
    attrs = kg.bipartite.nodes
    nodes = [(_entity_node if attrs[k]["kind"] == "entity" else _paper_node)(k, attrs[k], pos) for k in g.nodes]
    for n in nodes:
        if n["id"] == center:
            n["size"] = max(n["size"], 30)
            n["borderWidth"] = 4
    edges = [{"id": f"{a}|{b}", "from": a, "to": b, "value": d.get("count", 1),
              "info": [["meta", f"{d.get('count', 1)} mentions"]]} for a, b, d in g.edges(data=True)]
    legend = _legend(n["kind_type"] for n in nodes) + [{"label": "paper", "color": "#4E79A7", "shape": "dot"}]
    return _render(f"Around: {_label(kg, center)}", nodes, edges, legend, path)


def year_chart(kg: KnowledgeGraph) -> str:
    """An inline SVG of papers per year, each bar split by the entity types its papers mention."""
    attrs = kg.bipartite.nodes
    papers = Counter(a.get("year") for _, a in kg.bipartite.nodes(data=True) if a["kind"] == "paper" and a.get("year"))
    types: dict[int, Counter] = {}
    for p, e in kg.bipartite.edges:
        pk, ek = (p, e) if attrs[p]["kind"] == "paper" else (e, p)
        y = attrs[pk].get("year")
        if y:
            types.setdefault(y, Counter())[attrs[ek].get("type")] += 1
    if not papers:
        return "<p>No paper in this corpus has a year.</p>"
    years = sorted(papers)
    width, height, bar = 640, 180, max(6, min(40, 600 // len(years)))
    top = max(papers.values())
    parts = [f'<svg role="img" aria-label="papers per year" width="{width}" height="{height + 40}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, y in enumerate(years):
        x, h = 20 + i * (bar + 4), height * papers[y] / top
        y0 = height - h
        total = sum(types.get(y, {}).values()) or 1
        for t in LABELS:
            share = h * types.get(y, {}).get(t, 0) / total
            if share:
                parts.append(f'<rect x="{x}" y="{y0:.1f}" width="{bar}" height="{share:.1f}" '
                             f'fill="{TYPE_STYLE[t][0]}"><title>{y}: {t.lower()}</title></rect>')
                y0 += share
        parts.append(f'<text x="{x + bar / 2}" y="{height + 14}" font-size="10" text-anchor="middle">{y}</text>')
        parts.append(f'<text x="{x + bar / 2}" y="{height - h - 3:.1f}" font-size="10" text-anchor="middle">{papers[y]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def index_html(kg: KnowledgeGraph, views: Sequence[tuple[str, str]], n_top: int = 10) -> str:
    e = html.escape
    entities = [a for _, a in kg.bipartite.nodes(data=True) if a["kind"] == "entity"]
    n_papers = sum(1 for _, a in kg.bipartite.nodes(data=True) if a["kind"] == "paper")
    per_type = Counter(a.get("type") for a in entities)
    rows = []
    for t in LABELS:
        top = sorted((a for a in entities if a.get("type") == t), key=lambda a: (-a.get("n_papers", 0), a["label"]))[:n_top]
        cells = ", ".join(f"{e(a['label'])} ({a.get('n_papers', 0)})" for a in top)
        rows.append(f"<tr><th style='color:{TYPE_STYLE[t][0]}'>{t.lower()}</th><td>{per_type.get(t, 0)}</td><td>{cells}</td></tr>")
    links = "".join(f'<li><a href="{e(href)}">{e(label)}</a></li>' for href, label in views)
    legend = " ".join(f"<span style='color:{TYPE_STYLE[t][0]}'>■ {t.lower()}</span>" for t in LABELS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kg: corpus overview</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;margin:24px auto;max-width:980px;color:#222}}
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #eee;padding:4px 10px;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>Knowledge graph overview</h1>
<p><b>{n_papers}</b> papers, <b>{len(entities)}</b> entities, <b>{kg.papers.number_of_edges()}</b> paper links,
<b>{kg.entities.number_of_edges()}</b> entity co-occurrence links.</p>
<h2>Views</h2><ul>{links}</ul>
<h2>Entities by type</h2>
<table><tr><th>type</th><th>entities</th><th>most used (papers)</th></tr>{''.join(rows)}</table>
<h2>Papers per year</h2><p>{legend}</p>
{year_chart(kg)}
</body></html>
"""


def write_views(kg: KnowledgeGraph, out_dir: Path, *, max_concepts: int = 300, min_weight: float = 0.1,
                max_papers: int = 2000) -> list[Path]:
    """Write ``index.html``, ``concept_map.html`` and ``paper_map.html`` into ``out_dir``."""
    out_dir = Path(out_dir)
    written = [write_concept_map(kg, out_dir / "concept_map.html", max_concepts=max_concepts, min_weight=min_weight),
               write_paper_map(kg, out_dir / "paper_map.html", max_papers=max_papers)]
    views = [("concept_map.html", "Concept map: entities joined by co-occurrence"),
             ("paper_map.html", "Paper map: papers joined by shared entities"),
             ("ontology.html", "The ontology of the RDF export")]
    write_text(out_dir / "index.html", index_html(kg, views))
    return [out_dir / "index.html", *written]
