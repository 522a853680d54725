"""The maps of the sample build (sigma.js, WebGL) in headless Chromium: every node's centre
picks that node, labels never overlap and are at least 12 px, a search for an entity finds
the papers naming it, the legend's filters and the colour by year change what is drawn and
picked; the layout's discs, in Python, overlap nowhere; the links drawn are the strongest.

Set ``KG_SCREENSHOT_DIR`` to keep the screenshots (see tests/test_viz.py).
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Page

from kg.graph import load_graph
from kg.schema import entity_node
from kg.views.layout import fit_radii, spread
from kg.views.maps import NODE_FIELDS

MAPS = ("paper_map.html", "concept_map.html")


def nodes_of(path: Path) -> list[dict]:
    html = path.read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script id="kg-map-data" type="application/json">(.*?)</script>', html, re.S)[1]
    )
    assert tuple(data["fields"]) == NODE_FIELDS
    return [dict(zip(NODE_FIELDS, row, strict=True)) for row in data["nodes"]]


def test_spread_parts_every_disc_and_fit_radii_settles_the_rest():
    rng = np.random.default_rng(3)
    centres = rng.normal(scale=5.0, size=(400, 2))  # a clump: most discs on others
    radii = rng.uniform(1.0, 3.0, 400)
    moved = spread(centres, radii, gap=0.1, iterations=30)  # too few rounds to part them all
    radii = fit_radii(moved, radii, gap=0.1)
    gaps = np.linalg.norm(moved[:, None] - moved[None], axis=2) - radii[:, None] - radii[None]
    assert gaps[~np.eye(400, dtype=bool)].min() >= 0.1 - 1e-9
    assert (radii > 0).all()


@pytest.mark.parametrize("name", MAPS)
def test_no_two_discs_of_the_sample_maps_overlap(built, name):
    out, _ = built
    nodes = nodes_of(out / name)
    xy = np.array([[n["x"], n["y"]] for n in nodes])
    r = np.array([n["size"] for n in nodes])
    gaps = np.linalg.norm(xy[:, None] - xy[None], axis=2) - r[:, None] - r[None]
    # rounded to hundredths in the page
    assert len(nodes) > 100 and gaps[~np.eye(len(nodes), dtype=bool)].min() > -0.02


class Opened:
    """A map open in the browser, refusing every request but to local files, with what went wrong."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.remote: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._only_files)
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.dataset.drawn === 'true'", timeout=60_000)

    def _only_files(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.remote.append(route.request.url)
            route.abort()

    def check_clean(self) -> None:
        assert self.remote == [] and self.errors == []


@pytest.fixture
def opened(browser):
    pages: list[Opened] = []

    def open_map(path: Path) -> Opened:
        pages.append(Opened(browser, path))
        return pages[-1]

    yield open_map
    for o in pages:
        o.context.close()


# the paper map in `make test`, both in `make test-thorough` (and CI)
@pytest.mark.parametrize("name", [MAPS[0], pytest.param(MAPS[1], marks=pytest.mark.slow)])
def test_the_centre_of_every_node_picks_that_node(built, opened, name):
    out, _ = built
    o = opened(out / name)
    # sigma's own picking, as a pointer at the centre of each node meets it, at the first view
    picked = o.page.evaluate("""() => {
        const box = document.getElementById("kg-map").getBoundingClientRect();
        return kgMap.graph.nodes().map((id) => {
            const c = kgMap.centre(id);
            const at = kgMap.renderer.getNodeAtPosition({x: c.x - box.left, y: c.y - box.top});
            return [id, at, [Math.round(c.x - box.left), Math.round(c.y - box.top), c.r, box.width, box.height]];
        });
    }""")
    share = sum(a == b for a, b, _ in picked) / len(picked)
    print(f"{name}: the centre of {share:.1%} of {len(picked)} nodes picks that node")
    assert share == 1.0, [p for p in picked if p[0] != p[1]][:5]
    # and real clicks, on some of them
    for node, *_ in picked[:: max(1, len(picked) // 25)]:
        at = o.page.evaluate("(id) => kgMap.centre(id)", node)
        o.page.mouse.click(at["x"], at["y"])
        assert o.page.evaluate("kgMap.selected()") == node
        o.page.wait_for_timeout(350)  # so that the next click is not a double click
    o.check_clean()


def overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["id"], b["id"])
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]


@pytest.mark.parametrize("name", MAPS)
def test_labels_never_overlap_and_more_show_on_zoom(built, opened, name):
    out, _ = built
    o = opened(out / name)
    counts, named = [], set()
    first = o.page.evaluate("kgMap.labels()")
    # zooming in on the node labelled first, as a reader would
    at = o.page.evaluate("(id) => kgMap.renderer.getNodeDisplayData(id)", first[0]["id"])
    for ratio in (1, 0.5, 0.25, 0.1, 0.03):
        o.page.evaluate(
            "([x, y, ratio]) => kgMap.renderer.getCamera().setState({x: x, y: y, ratio: ratio})",
            [at["x"] if ratio < 1 else 0.5, at["y"] if ratio < 1 else 0.5, ratio],
        )
        o.page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
        labels = o.page.evaluate("kgMap.labels()")
        assert labels and overlapping(labels) == []
        assert min(label["px"] for label in labels) >= 12 and min(label["h"] for label in labels) >= 12
        box = o.page.locator("#kg-map").bounding_box()
        assert all(b["x"] >= 0 and b["x"] + b["w"] <= box["width"] for b in labels)
        counts.append(len(labels))
        named |= {label["id"] for label in labels}
    print(f"{name}: labels shown at camera ratios 1 to 0.03: {counts}")
    # the whole map first, its most important labels only; zoomed in, nodes it had no room for
    assert counts[0] < len(nodes_of(out / name))
    assert named - {label["id"] for label in first}
    o.check_clean()


def test_searching_an_entity_on_the_paper_map_finds_and_zooms_to_its_papers(built, opened):
    out, _ = built
    kg = load_graph(out)
    imagenet = next(k for k, a in kg.entities.nodes(data=True) if a["label"] == "ImageNet")
    naming = set(kg.bipartite[imagenet])
    o = opened(out / "paper_map.html")
    o.page.fill("#kg-search", "ImageNet")
    o.page.wait_for_function("document.getElementById('kg-search').dataset.applied === 'imagenet'")
    hits = o.page.evaluate("kgMap.hits()")
    # those naming ImageNet itself first, then those naming ImageNet-1K, miniImageNet, ...
    assert len(naming) >= 10 and set(hits[: len(naming)]) == naming
    assert o.page.evaluate("kg.search('ImageNet')") == hits  # in rank order
    assert re.match(rf"{len(hits)} of [\d,]+ papers match “ImageNet”", o.page.inner_text("#kg-count"))
    o.page.press("#kg-search", "Enter")
    assert o.page.evaluate("kgMap.selected()") == hits[0]
    o.page.wait_for_function("kgMap.renderer.getCamera().ratio < 0.9")  # zoomed to it
    assert hits[0] in {label["id"] for label in o.page.evaluate("kgMap.labels()")}  # and named
    title = kg.papers.nodes[hits[0]]["title"]
    assert o.page.inner_text("#kg-details h3") == title
    o.check_clean()


def test_searching_an_entity_on_the_concept_map_selects_it_not_a_neighbour(built, opened):
    out, _ = built
    o = opened(out / "concept_map.html")
    o.page.fill("#kg-search", "ImageNet")
    o.page.press("#kg-search", "Enter")
    selected = o.page.evaluate("kgMap.selected()")
    assert selected is not None and selected == o.page.evaluate("kg.search('ImageNet')")[0]
    assert o.page.inner_text("#kg-details h3") == "ImageNet" or selected != entity_node("imagenet")
    o.check_clean()


def pixel(page: Page, x: float, y: float) -> tuple[int, int, int]:
    """The colour the page shows at ``x, y``: one pixel of a screenshot, read from its PNG."""
    png = page.screenshot(clip={"x": round(x), "y": round(y), "width": 1, "height": 1})
    at, idat, channels = 8, b"", 3
    while at < len(png):
        size, kind = struct.unpack(">I4s", png[at : at + 8])
        body = png[at + 8 : at + 8 + size]
        if kind == b"IHDR":
            channels = {2: 3, 6: 4}[body[9]]
        elif kind == b"IDAT":
            idat += body
        at += 12 + size
    # one row of one pixel: whatever the row's filter, its predictors are all zero
    raw = zlib.decompress(idat)
    assert len(raw) == 1 + channels
    return raw[1], raw[2], raw[3]


def rgb(css: str) -> tuple[int, int, int]:
    if css.startswith("#"):
        return int(css[1:3], 16), int(css[3:5], 16), int(css[5:7], 16)
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return r, g, b


def near(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) <= 3


def zoom_to(o: Opened, node: str) -> dict:
    """Centre the camera on ``node``, zoomed in, and return its centre on the page."""
    o.page.evaluate(
        """(id) => { const d = kgMap.renderer.getNodeDisplayData(id);
        kgMap.renderer.getCamera().setState({x: d.x, y: d.y, ratio: 0.05}); }""",
        node,
    )
    o.page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    centre: dict = o.page.evaluate("(id) => kgMap.centre(id)", node)
    return centre


def click_selects(o: Opened, at: dict) -> str | None:
    o.page.wait_for_timeout(350)  # so that the click is not the second of a double click
    o.page.mouse.click(at["x"], at["y"])
    selected: str | None = o.page.evaluate("kgMap.selected()")
    return selected


def test_a_legend_filter_hides_its_nodes_from_sight_and_picking(built, opened):
    out, _ = built
    o = opened(out / "paper_map.html")
    box = o.page.locator("input[data-legend]").first
    legend = box.get_attribute("data-legend")
    ids = [n["id"] for n in nodes_of(out / "paper_map.html") if n["legend"] == legend]
    node = max(ids, key=lambda i: o.page.evaluate("(id) => kgMap.graph.getNodeAttribute(id, 'size')", i))
    colour = rgb(o.page.evaluate("(id) => kgMap.graph.getNodeAttribute(id, 'color')", node))
    at = zoom_to(o, node)
    assert near(pixel(o.page, at["x"], at["y"]), colour)
    assert click_selects(o, at) == node
    box.uncheck()
    assert not near(pixel(o.page, at["x"], at["y"]), colour)
    assert click_selects(o, at) is None  # the stage, not the hidden node
    shown = set(o.page.evaluate("kgMap.shown()"))
    assert not shown & set(ids) and len(shown) == len(nodes_of(out / "paper_map.html")) - len(ids)
    assert re.match(r"[\d,]+ of [\d,]+ papers shown", o.page.inner_text("#kg-count"))
    box.check()
    assert near(pixel(o.page, at["x"], at["y"]), colour)
    assert click_selects(o, at) == node
    o.check_clean()


def test_the_year_overlay_colours_each_disc_by_its_year(built, opened):
    out, _ = built
    o = opened(out / "paper_map.html")
    dated = [n for n in nodes_of(out / "paper_map.html") if n["year"] is not None]
    node = max(dated, key=lambda n: n["size"])["id"]
    attrs = o.page.evaluate("(id) => kgMap.graph.getNodeAttributes(id)", node)
    assert not near(rgb(attrs["color"]), rgb(attrs["yearColor"]))
    at = zoom_to(o, node)
    assert near(pixel(o.page, at["x"], at["y"]), rgb(attrs["color"]))
    o.page.check("input[name='kg-colour'][value='year']")
    o.page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert near(pixel(o.page, at["x"], at["y"]), rgb(attrs["yearColor"]))
    assert o.page.is_visible("#kg-years") and not o.page.is_visible("#kg-legend")
    assert click_selects(o, at) == node  # picking is by id, whatever the colour
    o.page.check("input[name='kg-colour'][value='group']")
    o.page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert o.page.is_visible("#kg-legend") and not o.page.is_visible("#kg-years")
    o.check_clean()
