"""The HTML views: what the pages are built from, then the pages in headless Chromium.

Set ``KG_SCREENSHOT_DIR`` to keep the screenshots the browser tests take (they always go to a
temporary directory as well).
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import networkx as nx
import numpy as np
import pytest
from playwright.sync_api import Page, Route

from kg.errors import KGError
from kg.graph import KnowledgeGraph, build_graph, save_graph
from kg.records import Entity, ExtractedPaper, Mention, Paper
from kg.schema import entity_node, paper_node
from kg.views import (
    community_layout,
    concept_graph,
    ego_graph,
    maps,
    pack,
    paper_graph,
    separate,
    write_ego_view,
    write_views,
    year_counts,
)
from kg.views.maps import paper_map
from kg.views.render import render_map
from kg.views.site import page_name

EVIL = '<img src=x onerror="window.__pwned=1;alert(1)">'
EVIL_SCRIPT = "</script><script>window.__pwned=1;alert(1)</script><!--"

ENTITIES = {  # id: (label, type)
    "imagenet": ("ImageNet", "DATASET"),
    "resnet-50": ("ResNet-50", "MODEL"),
    "vit": ("ViT", "MODEL"),
    "accuracy": ("accuracy", "METRIC"),
    "image-classification": ("image classification", "TASK"),
    "attention": ("attention", "METHOD"),
    "wmt14": ("WMT14", "DATASET"),
    "bleu": ("BLEU", "METRIC"),
    "machine-translation": ("machine translation", "TASK"),
    "evil": (EVIL, "METHOD"),
    "lstm": ("LSTM", "MODEL"),  # in one paper: no co-occurrence link
}
PAPERS = [  # id, year, title, entity ids, extra Paper fields
    ("p1", 2019, "Deep residual learning", ["imagenet", "resnet-50", "accuracy", "image-classification"], {}),
    ("p2", 2020, EVIL, ["imagenet", "resnet-50", "accuracy"], {"identifiers": {"arxiv": "2001.00002"}}),
    (
        "p3",
        2021,
        "Vision transformers",
        ["imagenet", "vit", "accuracy", "image-classification", "attention"],
        {},
    ),
    (
        "p4",
        2021,
        EVIL_SCRIPT,
        ["imagenet", "vit", "image-classification", "attention"],
        {"url": "javascript:alert(1)"},
    ),
    ("p5", 2022, "Attention for translation", ["wmt14", "bleu", "attention", "machine-translation"], {}),
    ("p6", 2022, "Better translation", ["wmt14", "bleu", "machine-translation", "evil"], {}),
    (
        "p7",
        2023,
        "Even better translation",
        ["wmt14", "bleu", "machine-translation", "evil", "attention"],
        {},
    ),
    ("p8", None, "An undated note on BLEU", ["bleu", "lstm"], {}),
]


def paper_with_mentions(
    pid: str, year: int | None, title: str, ents: list[str], extra: dict
) -> ExtractedPaper:
    """A paper whose abstract names each of its entities once, with a mention at its offsets."""
    abstract, mentions = f"An abstract about {title}. It uses ", []
    for e in ents:
        label, type = ENTITIES[e]
        mentions.append(Mention("abstract", len(abstract), len(abstract) + len(label), label, type, e))
        abstract += label + ", "
    return ExtractedPaper(Paper(pid, title, abstract[:-2] + ".", year=year, **extra), mentions)


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    docs = [paper_with_mentions(*p) for p in PAPERS]
    years = {e: [y for _, y, _, ents, _ in PAPERS if e in ents and y is not None] or [None] for e in ENTITIES}
    entities = {
        e: Entity(e, label, type, aliases={label: 1}, first_year=min(years[e]), last_year=max(years[e]))
        for e, (label, type) in ENTITIES.items()
    }
    return build_graph(docs, entities, top_k=3)


@pytest.fixture(scope="module")
def pages(kg, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("views")
    (out / "ontology.html").write_text("<!DOCTYPE html><title>ontology</title>")
    written = write_views(kg, out, max_concepts=8, min_weight=0.0)
    written.append(write_ego_view(kg, entity_node("imagenet"), out / "ego.html"))
    pages = {p.name: p for p in written if p.suffix == ".html"}
    for kind, name in (("entity", "imagenet"), ("entity", "evil"), ("paper", "p2"), ("paper", "p4")):
        pages[f"{kind}/{name}"] = out / kind / page_name(name)
    return pages


# --------------------------------------------------------------------------- data preparation


def test_concept_graph_keeps_the_most_central_entities_and_strong_links(kg):
    g = concept_graph(kg, max_concepts=4, min_weight=0.3)
    strong = [(a, b) for a, b, w in kg.entities.edges(data="weight") if w >= 0.3]
    linked = {n for edge in strong for n in edge}
    assert linked < set(kg.entities)  # some entities have no strong link, and are left out
    top = sorted(linked, key=lambda k: -kg.entities.nodes[k]["pagerank"])[:4]
    expected = {frozenset((a, b)) for a, b in strong if a in top and b in top}
    assert expected and {frozenset(e) for e in g.edges} == expected
    assert set(g) == {n for edge in expected for n in edge}
    assert concept_graph(kg, max_concepts=4, min_weight=1.0).number_of_edges() < g.number_of_edges()


def test_paper_graph_keeps_the_best_linked_papers_and_their_strongest_links(kg):
    g = paper_graph(kg, max_papers=3)
    strength = dict(kg.papers.degree(weight="weight"))
    assert sorted(strength[p] for p in g) == sorted(strength.values())[-3:]
    assert {frozenset(e) for e in g.edges} == {frozenset(e) for e in kg.papers.subgraph(g).edges}
    one = paper_graph(kg, per_paper=1)
    assert len(one) == len(kg.papers) and one.number_of_edges() < kg.papers.number_of_edges()
    for p in one:  # each paper's strongest link is kept
        if kg.papers.degree[p]:
            best = max(kg.papers[p].items(), key=lambda qd: (qd[1]["weight"], qd[0]))[0]
            assert one.has_edge(p, best)


def test_the_paper_map_lists_its_strongest_links_first_and_says_how_many_it_draws(kg, monkeypatch):
    m = paper_map(kg)
    keys = [row[0] for row in m.nodes]
    pairs = [(keys[m.edges[k]], keys[m.edges[k + 1]]) for k in range(0, len(m.edges), 3)]
    weights = [kg.papers.edges[a, b]["weight"] for a, b in pairs]
    assert len(pairs) > 2 and weights == sorted(weights, reverse=True)
    assert "drawn" not in m.subtitle
    monkeypatch.setattr(maps, "DRAWN_LINKS", 2)
    assert f"The 2 strongest of its {len(pairs)} links are drawn" in paper_map(kg).subtitle


def test_ego_graph_reaches_depth_and_keeps_the_nearest(kg):
    center = entity_node("imagenet")
    assert set(ego_graph(kg, center)) == {center} | {paper_node(p) for p in ("p1", "p2", "p3", "p4")}
    two = ego_graph(kg, center, depth=2)
    assert entity_node("vit") in two and entity_node("wmt14") not in two
    small = ego_graph(kg, center, depth=2, max_nodes=3)
    assert center in small and all(nx.has_path(small, center, n) for n in small)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda kg: concept_graph(kg, max_concepts=0), r"\[E035\] max_concepts must be at least 1, not 0"),
        (lambda kg: concept_graph(kg, min_weight=1.5), r"\[E035\] min_weight must be an NPMI .* not 1.5"),
        (lambda kg: paper_graph(kg, max_papers=-1), r"\[E035\] max_papers .* not -1"),
        (lambda kg: ego_graph(kg, entity_node("nothing")), r"\[E031\] No node matches 'entity:nothing'"),
        (lambda kg: ego_graph(kg, entity_node("bleu"), depth=0), r"\[E035\] depth must be at least 1, not 0"),
        (
            lambda kg: write_views(kg, "/nonexistent", paper_color="rainbow"),
            r"\[E035\] paper colour .*'rainbow'",
        ),
    ],
)
def test_bad_parameters_are_reported(kg, call, message):
    with pytest.raises(KGError, match=message):
        call(kg)


def test_separated_disks_do_not_overlap():
    rng = np.random.default_rng(1)
    radii = rng.uniform(1, 5, 40)
    centres = separate(rng.normal(size=(40, 2)), radii)
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=2) - radii[:, None] - radii[None]
    assert gaps[~np.eye(40, dtype=bool)].min() > -1e-6


def test_packing_closes_the_gaps_between_disks():
    radii = np.ones(3)
    packed = pack(np.array([[0.0, 0.0], [50.0, 0.0], [0.0, 90.0]]), radii)
    distance = np.linalg.norm(packed[:, None] - packed[None], axis=2)[np.triu_indices(3, 1)]
    assert distance.min() > 2 - 1e-6 and distance.max() < 4.1


def test_communities_are_laid_out_together():
    g = nx.disjoint_union(nx.complete_graph(8), nx.complete_graph(8))
    g.add_edge(0, 8)
    nx.set_node_attributes(g, {n: n // 8 for n in g}, "community")
    pos = community_layout(g)
    middle = [np.mean([pos[n] for n in g if n // 8 == c], axis=0) for c in (0, 1)]
    # every node is nearer the middle of its own community than that of the other
    assert all(math.dist(pos[n], middle[n // 8]) < math.dist(pos[n], middle[1 - n // 8]) for n in g)


def test_year_counts_span_every_year(kg):
    years, papers, entities = year_counts(kg)
    assert years == [2019, 2020, 2021, 2022, 2023]
    assert papers == [1, 1, 2, 2, 1]  # the undated paper is left out
    assert entities["DATASET"] == [1, 1, 1, 1, 1] and entities["METHOD"] == [0, 0, 1, 2, 2]


class Resources(HTMLParser):
    """The URLs a page would fetch (src/href attributes and CSS url()), and the links of its
    anchors, which it fetches only when followed."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        urls = [value or "" for name, value in attrs if name in ("src", "href", "action", "poster", "srcset")]
        if tag == "a":
            self.links += urls
        else:
            self.urls += urls

    def handle_data(self, data):
        self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)


@pytest.mark.parametrize(
    "name",
    ["index.html", "concept_map.html", "paper_map.html", "ego.html", "entity/evil", "paper/p2", "paper/p4"],
)
def test_pages_are_self_contained_and_escape_the_data(pages, name):
    html = pages[name].read_text(encoding="utf-8")
    found = Resources()
    found.feed(html)
    remote = [
        u
        for u in found.urls
        if re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", u, re.I) and not u.startswith("data:")
    ]
    assert remote == []
    # a paper's source is the one link out, and only to the web
    assert all(re.match(r"https?://|[a-z0-9_./-]+$", u) for u in found.links), found.links
    assert "img" not in found.tags  # the title holding an <img> tag is text, not an element
    assert "<img src=x" not in html and "</script><script>window" not in html and "<!--" not in html
    # the site's search on the index and the site's pages (the maps load it once drawn); a
    # map's data, sigma and graphology, card.js and its script; the ego view's data,
    # vis-network, card.js and its script
    scripts = {"index.html": 1, "ego.html": 6}.get(name, 1 if "/" in name else 4)
    assert found.tags.count("script") == scripts


def map_data(path: Path) -> dict:
    """The data a map page draws, its nodes as dicts."""
    html = path.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script id="kg-map-data" type="application/json">(.*?)</script>', html, re.S)[1]
    )
    data["nodes"] = [dict(zip(data["fields"], row, strict=True)) for row in data["nodes"]]
    for node in data["nodes"]:
        node["info"] = json.loads(node["info"])  # a JSON text each, which map.js reads when shown
    return data


def test_data_reach_the_page_intact(pages, kg):
    nodes = {n["id"]: n for n in map_data(pages["paper_map.html"])["nodes"]}
    assert nodes[paper_node("p2")]["info"]["name"] == EVIL
    assert nodes[paper_node("p4")]["info"]["name"] == EVIL_SCRIPT
    assert nodes[paper_node("p2")]["info"]["url"] == "https://arxiv.org/abs/2001.00002"
    assert nodes[paper_node("p4")]["info"]["url"] is None  # a javascript: URL is no link
    assert len(nodes) == kg.papers.number_of_nodes()


def test_index_summarises_the_corpus(pages):
    html = pages["index.html"].read_text(encoding="utf-8")
    for href in ("concept_map.html", "paper_map.html", "ontology.html"):
        assert f'href="{href}"' in html
    assert html.count('class="kg-bar"') == 5  # one bar a year, 2019-2023
    assert "&lt;img src=x" in html  # the malicious entity is listed, as text
    assert re.search(r'<a href="entity/imagenet.html">ImageNet</a>\s*<span class="kg-n">4</span>', html)
    assert "(7 of 8 papers dated)" in html  # the years shown rest on the dated papers only


def test_pages_are_the_same_whatever_the_hash_seed(kg, tmp_path):
    """Layouts depend on node order, which must not come from iterating a set of strings."""
    save_graph(kg, tmp_path)
    script = (
        "import sys; from kg.graph import load_graph; from kg.views import write_views, write_ego_view; "
        "kg = load_graph(sys.argv[1]); write_views(kg, sys.argv[2]); "
        "write_ego_view(kg, 'entity:imagenet', sys.argv[2] + '/ego.html', depth=2)"
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path), str(tmp_path / seed)],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
    for name in ("concept_map.html", "paper_map.html", "ego.html", "search.js", "entity/imagenet.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_an_empty_graph_gets_pages_too(tmp_path):
    written = write_views(KnowledgeGraph(), tmp_path)
    assert [p.name for p in written] == [
        "index.html",
        "concept_map.html",
        "paper_map.html",
        "search.js",
        "kg.css",
        "entity",
        "paper",
    ]
    assert "No paper in this corpus has a year" in written[0].read_text(encoding="utf-8")
    assert map_data(written[1])["nodes"] == map_data(written[2])["nodes"] == []


def test_paper_map_coloured_by_year(kg, tmp_path):
    write_views(kg, tmp_path, paper_color="year")
    html = (tmp_path / "paper_map.html").read_text(encoding="utf-8")
    legend = re.findall(r'data-legend="([^"]+)"', html)
    assert legend == ["2019", "2020", "2021", "2022", "2023", "unknown"]


# --------------------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> list[Path]:
    dirs = [tmp_path_factory.mktemp("screenshots")]
    if os.environ.get("KG_SCREENSHOT_DIR"):
        dirs.append(Path(os.environ["KG_SCREENSHOT_DIR"]))
        dirs[-1].mkdir(parents=True, exist_ok=True)
    return dirs


class Visit:
    """A page open in the browser, with everything it did that it should not have."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.remote: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._only_files)
        self.page: Page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        if self.page.locator("#mynetwork, #kg-map").count():
            self.page.wait_for_function("document.body.dataset.drawn === 'true'", timeout=30_000)

    def _only_files(self, route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()

    def shown(self) -> set[str]:
        return set(self.page.evaluate("kgView.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)"))

    def map_shown(self) -> set[str]:
        return set(self.page.evaluate("kgMap.shown()"))

    def map_point(self, node: str) -> tuple[float, float]:
        """Where ``node`` is drawn on a map page."""
        at = self.page.evaluate("(id) => kgMap.centre(id)", node)
        return at["x"], at["y"]

    def point_at(self, node: str) -> tuple[float, float]:
        """Centre the view on ``node`` and give its position on the page."""
        return tuple(
            self.page.evaluate(
                """(id) => {
            kgView.network.focus(id, {scale: 1.5, animation: false});
            const at = kgView.network.canvasToDOM(kgView.network.getPositions([id])[id]);
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""",
                node,
            )
        )

    def search(self, text: str) -> None:
        """Type ``text`` in the search box of a map or the ego view, and wait for its answer."""
        self.page.fill("#kg-search", text)
        self.page.wait_for_function(
            "(q) => document.getElementById('kg-search').dataset.applied === q", arg=text.strip().lower()
        )

    def check_clean(self) -> None:
        assert self.remote == [] and self.dialogs == [] and self.errors == []
        assert self.page.evaluate("window.__pwned") is None

    def screenshot(self, dirs: list[Path], name: str) -> None:
        for d in dirs:
            self.page.screenshot(path=str(d / name))

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened = []

    def open_page(path: Path) -> Visit:
        opened.append(Visit(browser, path))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


def test_concept_map_draws_searches_and_filters(visit, pages, kg, screenshots):
    g = concept_graph(kg, max_concepts=8, min_weight=0.0)
    v = visit(pages["concept_map.html"])
    assert v.page.locator("#kg-map canvas.kg-label-layer").count() == 1
    assert v.page.evaluate("kgMap.graph.order") == len(g) == len(v.map_shown())
    types = {a["type"] for _, a in g.nodes(data=True)}
    legend = v.page.locator("#kg-legend input[data-legend]")
    assert {legend.nth(i).get_attribute("data-legend") for i in range(legend.count())} == types
    v.screenshot(screenshots, "concept_map.png")

    v.page.uncheck("#kg-legend input[data-legend='DATASET']")
    assert v.map_shown() == {k for k, a in g.nodes(data=True) if a["type"] != "DATASET"}
    assert v.page.inner_text("#kg-count") == f"{len(v.map_shown())} of {len(g)} entities shown"
    v.page.check("#kg-legend input[data-legend='DATASET']")

    options = v.page.eval_on_selector_all("#kg-community option", "os => os.map((o) => o.value)")
    assert options[0] == "" and set(options[1:]) == {str(c) for _, c in g.nodes(data="community")}
    v.page.select_option("#kg-community", options[1])
    assert v.map_shown() == {k for k, c in g.nodes(data="community") if str(c) == options[1]}
    v.page.select_option("#kg-community", "")

    v.search("imagenet")
    imagenet = entity_node("imagenet")
    assert v.page.evaluate("kgMap.hits()") == [imagenet]
    assert v.page.inner_text("#kg-count") == f"1 of {len(g)} entities match “imagenet”"
    v.page.press("#kg-search", "Enter")  # picks the first match and zooms to it
    assert v.page.evaluate("kgMap.selected()") == imagenet
    assert v.page.inner_text("#kg-details h3") == "ImageNet"
    v.page.click("#kg-reset")
    assert len(v.map_shown()) == len(g) and v.page.evaluate("kgMap.selected()") is None
    v.check_clean()


def test_clicking_a_node_selects_it_and_links_its_page(visit, pages, kg):
    g = concept_graph(kg, max_concepts=8, min_weight=0.0)
    v = visit(pages["concept_map.html"])
    for key in g:
        v.page.mouse.click(*v.map_point(key))
        assert v.page.evaluate("kgMap.selected()") == key
        assert v.page.inner_text("#kg-details h3") == g.nodes[key]["label"]
        href = v.page.get_attribute("#kg-details a.kg-page-link", "href")
        assert (pages["concept_map.html"].parent / href).is_file()
        v.page.wait_for_timeout(350)  # so that the next click is not a double click
    box = v.page.locator("#kg-map").bounding_box()
    v.page.mouse.click(box["x"] + 4, box["y"] + box["height"] - 4)  # the canvas, off any node
    assert v.page.evaluate("kgMap.selected()") is None
    v.check_clean()


def test_paper_map_shows_malicious_titles_as_text(visit, pages, kg, screenshots):
    v = visit(pages["paper_map.html"])
    assert v.page.evaluate("kgMap.graph.order") == kg.papers.number_of_nodes()
    v.screenshot(screenshots, "paper_map.png")
    for paper, title in (("p2", EVIL), ("p4", EVIL_SCRIPT)):
        v.page.mouse.move(*v.map_point(paper_node(paper)))
        v.page.wait_for_function(
            """(title) => {
            const tip = document.getElementById("kg-tip");
            return !tip.hidden && tip.textContent.includes(title);
        }""",
            arg=title,
        )
        assert v.page.locator("#kg-tip img, #kg-tip script").count() == 0
    v.page.mouse.click(*v.map_point(paper_node("p2")))
    details = v.page.locator("#kg-details")
    assert EVIL in details.inner_text()
    assert details.locator("a.kg-link").get_attribute("href") == "https://arxiv.org/abs/2001.00002"
    v.page.mouse.click(*v.map_point(paper_node("p4")))
    assert EVIL_SCRIPT in details.inner_text() and details.locator("a.kg-link").count() == 0
    # its page, in the site beside the map
    href = details.locator("a.kg-page-link").get_attribute("href")
    assert href == f"paper/{page_name('p4')}" and (pages["paper_map.html"].parent / href).is_file()
    assert v.page.locator("img").count() == 0
    v.check_clean()


def test_paper_map_colours_by_year_and_filters_by_community(visit, pages, kg):
    v = visit(pages["paper_map.html"])
    color = "(id) => kgMap.colour(id)"
    by_group = v.page.evaluate(color, paper_node("p1"))
    v.page.check("input[name='kg-colour'][value='year']")
    assert v.page.is_visible("#kg-years") and not v.page.is_visible("#kg-legend")
    assert v.page.inner_text("#kg-dated") == "7 dated ·  1 undated"  # the undated paper p8
    assert v.page.evaluate(color, paper_node("p8")) == "#BAB0AC"  # a neutral grey
    first, last = (v.page.evaluate(color, paper_node(p)) for p in ("p1", "p7"))  # 2019, 2023
    assert len({first, last, by_group, "#BAB0AC"}) == 4
    v.page.check("input[name='kg-colour'][value='group']")
    assert v.page.evaluate(color, paper_node("p1")) == by_group
    v.page.uncheck("#kg-legend input[data-legend='0']")
    left = {k for k, c in kg.papers.nodes(data="community") if c != 0}
    assert v.map_shown() == left
    v.search("Translation")
    hits = {k for k in left if "translation" in kg.papers.nodes[k]["title"].lower()}
    assert hits and set(v.page.evaluate("kgMap.hits()")) == hits
    v.check_clean()


def test_a_paper_map_draws_its_strongest_links_up_to_its_budget(visit, kg, tmp_path):
    m = paper_map(kg)
    m.drawn_links = 2
    (tmp_path / "paper_map.html").write_text(render_map(m), encoding="utf-8")
    v = visit(tmp_path / "paper_map.html")
    keys = [row[0] for row in m.nodes]
    strongest = {frozenset((keys[m.edges[k]], keys[m.edges[k + 1]])) for k in (0, 3)}
    drawn = v.page.evaluate("kgMap.graph.edges().map((e) => kgMap.graph.extremities(e))")
    assert {frozenset(e) for e in drawn} == strongest
    v.check_clean()


def test_ego_view_centres_on_its_node(visit, pages, kg, screenshots):
    v = visit(pages["ego.html"])
    assert v.shown() == set(ego_graph(kg, entity_node("imagenet")))
    assert v.page.evaluate("kgView.nodes.get('entity:imagenet').borderWidth") == 4
    assert "Around ImageNet" in v.page.inner_text("h1")
    v.screenshot(screenshots, "ego.png")
    v.check_clean()


def test_index_page_shows_the_chart_and_links(visit, pages, screenshots):
    v = visit(pages["index.html"])
    assert v.page.locator("svg.kg-chart rect.kg-bar").count() == 5
    assert v.page.locator("svg.kg-chart polyline").count() == 5  # one line per entity type
    for href in v.page.eval_on_selector_all("a", "links => links.map((a) => a.getAttribute('href'))"):
        assert (pages["index.html"].parent / href).is_file()
    assert EVIL in v.page.inner_text(".kg-types")
    v.screenshot(screenshots, "index.png")
    v.check_clean()


# --------------------------------------------------------------------------- the site's pages


def find(v: Visit, text: str) -> list[str]:
    """Type ``text`` in the search box of the page ``v`` shows; the texts of the matches listed."""
    v.page.fill("#kg-find", text)
    v.page.wait_for_function(
        "(q) => document.getElementById('kg-find').dataset.applied === q", arg=" ".join(text.lower().split())
    )
    return v.page.eval_on_selector_all("#kg-find-results li", "items => items.map((li) => li.textContent)")


def test_searching_an_entity_on_the_index_lists_the_papers_naming_it(visit, pages, kg):
    v = visit(pages["index.html"])
    naming = {p for p, *_, ents, _ in PAPERS if "imagenet" in ents}
    listed = find(v, "  imageNET ")
    assert listed[0].startswith("ImageNet") and "4 papers" in listed[0]  # the entity first
    titles = {p: title for p, _, title, *_ in PAPERS}
    assert all(any(item.startswith(titles[p]) for item in listed[1:]) for p in naming)  # EVIL ones as text
    assert len(listed) == 1 + len(naming) and v.page.locator("#kg-find-results img").count() == 0
    ranked = v.page.evaluate("kg.search('ImageNet')")
    assert ranked[0] == entity_node("imagenet") and set(ranked[1:]) == {paper_node(p) for p in naming}
    v.page.press("#kg-find", "Enter")  # opens the first match
    v.page.wait_for_url("**/entity/imagenet.html")
    assert v.page.inner_text("h1") == "ImageNet"
    assert "It uses ImageNet" in v.page.inner_text(".kg-evidence")  # the sentence naming it
    v.check_clean()


def test_the_search_is_driven_by_the_keyboard(visit, pages):
    v = visit(pages["entity/imagenet"])  # from a page of the site, one folder down
    listed = find(v, "translation")
    # an exact or prefix name first; here all hold it: the entity, then the papers, newest first
    assert listed[0].startswith("machine translation") and listed[1].startswith("Even better translation")
    second = v.page.get_attribute("#kg-find-results li:nth-child(2) a", "href")
    v.page.press("#kg-find", "ArrowDown")
    assert v.page.get_attribute("#kg-find", "aria-activedescendant") == "kg-find-1"
    v.page.press("#kg-find", "Enter")
    v.page.wait_for_url(second)
    assert v.page.inner_text("h1") == "Even better translation"
    v.page.press("#kg-find", "Escape")
    assert find(v, "no such thing") == [] and "Nothing matches" in v.page.inner_text("#kg-find-count")
    v.check_clean()


def test_the_paper_map_finds_papers_by_the_entities_they_name(visit, pages, kg):
    v = visit(pages["paper_map.html"])
    for query, entity in (("ImageNet", "imagenet"), ("resnet-50", "resnet-50"), ("wmt14", "wmt14")):
        papers = set(kg.bipartite[entity_node(entity)])
        assert set(v.page.evaluate("(q) => kg.search(q)", query)) == papers  # no title names them
    v.search("ImageNet")  # the map's own box searches alike
    ranked = v.page.evaluate("kg.search('ImageNet')")
    assert v.page.evaluate("kgMap.hits()") == ranked
    v.page.press("#kg-search", "Enter")  # the first match, selected and zoomed to
    assert v.page.evaluate("kgMap.selected()") == ranked[0]
    v.page.wait_for_function("kgMap.renderer.getCamera().ratio < 1")
    v.check_clean()


def test_each_page_links_back_and_stays_offline(visit, pages, screenshots):
    v = visit(pages["index.html"])
    for name in ("entity/imagenet", "entity/evil", "paper/p2", "paper/p4"):
        v.page.goto(pages[name].as_uri())
        nav = v.page.eval_on_selector_all("header nav a", "links => links.map((a) => a.href)")
        assert [Path(urlsplit(u).path).name for u in nav] == [
            "index.html",
            "concept_map.html",
            "paper_map.html",
        ]
        for url in v.page.eval_on_selector_all("a", "links => links.map((a) => a.href)"):
            if url.startswith("file:"):
                assert Path(unquote(urlsplit(url).path)).is_file(), (name, url)
            else:  # a paper's source: only the web
                assert url.startswith(("https://", "http://")), (name, url)
        assert v.page.locator("main img, main script").count() == 0
        v.screenshot(screenshots, name.replace("/", "_") + ".png")
        v.page.click("header nav a >> text=Overview")
        v.page.wait_for_url("**/index.html")
    v.check_clean()
