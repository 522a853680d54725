"""The HTML views: data preparation in Python, then the pages in a real headless Chromium."""

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from kg.graph import build_graph, entity_node, paper_node
from kg.link import link
from kg.models import ExtractedPaper, Mention, Paper
from kg.extract.gazetteer import Gazetteer
from kg.viz import concept_map_graph, ego_graph, write_ego_view, write_views

EVIL = '<img src=x onerror="window.__pwned=1;alert(1)">'
EVIL_SCRIPT = "</script><script>window.__pwned=1;alert(1)</script>"
ARTIFACTS = Path(__file__).parent / "artifacts"


def _paper(pid, year, title, names):
    text = " and ".join(n for n, _ in names)
    mentions, pos = [], 0
    for n, label in names:
        mentions.append(Mention("abstract", pos, pos + len(n), n, label))
        pos += len(n) + len(" and ")
    return ExtractedPaper(Paper(pid, title, text, year=year, url=f"https://arxiv.org/abs/{pid}"), mentions)


@pytest.fixture(scope="module")
def kg():
    docs = [
        _paper("2101.00001", 2021, EVIL, [("ImageNet", "DATASET"), ("ResNet-50", "MODEL"), ("accuracy", "METRIC")]),
        _paper("2101.00002", 2021, "Vision transformers", [("ImageNet", "DATASET"), ("ViT", "MODEL"), ("accuracy", "METRIC"),
                                                           ("image classification", "TASK")]),
        _paper("2201.00003", 2022, EVIL_SCRIPT, [("ImageNet", "DATASET"), ("ViT", "MODEL"), ("image classification", "TASK"),
                                                 ("attention", "METHOD")]),
        _paper("2201.00004", 2022, "Translation", [("WMT14", "DATASET"), ("BLEU", "METRIC"), ("attention", "METHOD"),
                                                   ("machine translation", "TASK")]),
        _paper("2301.00005", 2023, "More translation", [("WMT14", "DATASET"), ("BLEU", "METRIC"), ("attention", "METHOD"),
                                                        ("machine translation", "TASK"), (EVIL, "METHOD")]),
        _paper("2301.00006", 2023, "Even more translation", [("WMT14", "DATASET"), ("BLEU", "METRIC"),
                                                             ("machine translation", "TASK"), (EVIL, "METHOD")]),
    ]
    entities = link(docs, Gazetteer())
    return build_graph(docs, entities, top_k=3)


@pytest.fixture(scope="module")
def pages(kg, tmp_path_factory):
    out = tmp_path_factory.mktemp("views")
    written = write_views(kg, out, max_concepts=50, min_weight=-1.0)
    ego = write_ego_view(kg, entity_node("imagenet"), out / "ego.html")
    return out, written + [ego]


def test_concept_map_keeps_top_entities_and_strong_links(kg):
    g = concept_map_graph(kg, max_concepts=3, min_weight=-1.0)
    assert 0 < g.number_of_nodes() <= 3
    top3 = sorted(kg.entities.nodes, key=lambda k: (-kg.bipartite.nodes[k]["pagerank"], k))[:3]
    assert set(g.nodes) <= set(top3)
    assert concept_map_graph(kg, max_concepts=50, min_weight=1.01).number_of_nodes() == 0


def test_ego_view_is_the_neighbourhood(kg):
    g = ego_graph(kg, entity_node("imagenet"), depth=1)
    assert set(g.nodes) == {entity_node("imagenet"), paper_node("2101.00001"), paper_node("2101.00002"),
                            paper_node("2201.00003")}


def test_pages_have_no_remote_resources_and_escape_data(pages):
    out, written = pages
    assert {p.name for p in written} == {"index.html", "concept_map.html", "paper_map.html", "ego.html"}
    for page in written:
        html = page.read_text(encoding="utf-8")
        assert not re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), page.name
        assert "<img src=x" not in html and "</script><script>window" not in html, page.name


def _browser():
    pw = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        pytest.skip("no Chromium on this machine: install Debian's chromium to run the browser tests")
    return pw, exe


@pytest.fixture(scope="module")
def browser():
    pw, exe = _browser()
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    events = {"dialogs": [], "remote": []}
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: events["remote"].append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.drawn === '1'", timeout=20000)
    return page, events


@pytest.mark.parametrize("name", ["concept_map.html", "paper_map.html", "ego.html"])
def test_views_draw_every_node_offline_and_safely(browser, pages, kg, name):
    out, _ = pages
    page, events = _open(browser, out / name)
    assert page.locator("#mynetwork canvas").count() == 1
    expected = {"concept_map.html": concept_map_graph(kg, max_concepts=50, min_weight=-1.0).number_of_nodes(),
                "paper_map.html": kg.papers.number_of_nodes(),
                "ego.html": ego_graph(kg, entity_node("imagenet")).number_of_nodes()}[name]
    assert page.evaluate("kgView.length") == page.evaluate("kgNodes.length") == expected
    assert page.evaluate("Object.keys(kgNetwork.getPositions()).length") == expected
    page.hover("#mynetwork canvas")
    assert page.evaluate("window.__pwned") is None and events["dialogs"] == []
    assert events["remote"] == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name.replace(".html", ".png")))
    page.close()


def test_type_filter_and_search_change_what_is_shown(browser, pages):
    out, _ = pages
    page, _ = _open(browser, out / "concept_map.html")
    total = page.evaluate("kgView.length")
    page.select_option("#filter-type", "DATASET")
    shown = page.evaluate("kgView.length")
    assert 0 < shown < total
    assert set(page.evaluate("kgView.get().map(n => n.kind_type)")) == {"DATASET"}
    page.select_option("#filter-type", "")
    assert page.evaluate("kgView.length") == total
    page.fill("#search", "wmt14")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [entity_node("wmt14")]
    dimmed = page.evaluate("kgNodes.get().filter(n => String(n.color).startsWith('rgba(200')).length")
    assert 0 < dimmed < total
    assert "dataset" in page.inner_text("#legend")
    page.close()


def test_malicious_titles_show_as_text(browser, pages):
    out, _ = pages
    page, events = _open(browser, out / "paper_map.html")
    titles = page.evaluate("kgNodes.get().map(n => n.title.textContent)")
    assert any(EVIL in t for t in titles) and any(EVIL_SCRIPT in t for t in titles)
    assert page.evaluate("window.__pwned") is None and events["dialogs"] == []
    page.close()


def test_index_page_links_every_view(browser, pages):
    out, _ = pages
    page = browser.new_page()
    page.goto((out / "index.html").as_uri())
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
    assert {"concept_map.html", "paper_map.html"} <= set(hrefs)
    assert page.locator("svg rect").count() > 0
    assert EVIL not in page.content() or "&lt;img" in page.content()
    page.close()
