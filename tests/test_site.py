"""The site of entity and paper pages, its search index, and the questions behind them:
an entity's papers with the sentence that mentions it, `kg entity`'s papers, `kg trending`'s
periods. The pages in the browser are tested in tests/test_viz.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.graph import KnowledgeGraph, build_graph, entity_papers, save_graph, trend_split
from kg.graph.boards import graph_leaderboard
from kg.graph.query import sentence_around
from kg.records import Entity, ExtractedPaper, Mention, Paper, Result
from kg.schema import entity_node, paper_node
from kg.views import write_views
from kg.views.leaderboards import entity_boards
from kg.views.render import write_site
from kg.views.site import Site, page_name

EVIL = '<img src=x onerror="window.__pwned=1">'
runner = CliRunner()

# id: (label, type, variant of, names written in the papers)
ENTITIES = {
    "imagenet": ("ImageNet", "DATASET", None, ["ImageNet", "ILSVRC"]),
    "imagenet-1k": ("ImageNet-1K", "DATASET", "imagenet", ["ImageNet-1K"]),
    "cifar": ("CIFAR", "DATASET", None, []),  # a family named only through its version
    "cifar-10": ("CIFAR-10", "DATASET", "cifar", ["CIFAR-10"]),
    "resnet": ("ResNet", "MODEL", None, ["ResNet"]),
    "accuracy": ("accuracy", "METRIC", None, ["accuracy"]),
    "bleu": ("BLEU", "METRIC", None, ["BLEU"]),
    "CON": ("con", "METHOD", None, ["con"]),  # a Windows device name, in capitals
    "../evil/<b>:x": (EVIL, "METHOD", None, ["dropout"]),
}
PAPERS = [  # id, year, title, abstract, url
    (
        "p1",
        2019,
        "ResNet on ImageNet",
        "We train ResNet. On ImageNet it reaches high accuracy. Regularisers, e.g. dropout, help.",
        None,
    ),
    ("arxiv:2001.00002", 2020, "A study of ILSVRC", "ILSVRC is large. We report accuracy with ResNet.", None),
    (
        "../../etc/passwd",
        2021,
        EVIL,
        "We use dropout on CIFAR-10. Then ImageNet-1K! The accuracy rises.",
        "javascript:alert(1)",
    ),
    (
        "p4",
        2022,
        "BLEU again",
        "We report BLEU. A con method helps BLEU. No images here.",
        "https://example.org/p4",
    ),
    ("p5", None, "An undated note", "CIFAR-10 and ImageNet both need accuracy. ResNet too.", None),
    ("p6", None, "Another undated note", "We revisit dropout and BLEU.", None),
]


def mentions(title: str, abstract: str) -> list[Mention]:
    """Every occurrence of every entity's names, at its offsets, longest names first."""
    found: list[Mention] = []
    taken: set[tuple[str, int]] = set()
    names = sorted(((n, e) for e, v in ENTITIES.items() for n in v[3]), key=lambda ne: -len(ne[0]))
    for field, text in (("title", title), ("abstract", abstract)):
        for name, e in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if not any((field, i) in taken for i in range(m.start(), m.end())):
                    taken.update((field, i) for i in range(m.start(), m.end()))
                    found.append(Mention(field, m.start(), m.end(), name, ENTITIES[e][1], e))
    return found


def make_graph(papers=PAPERS, described=None, generic=()) -> KnowledgeGraph:
    """The graph of ``papers``; ``described``: paper id -> (roles, salient ids, results);
    ``generic``: the ids of the generic entities."""
    described = described or {}
    docs = [
        ExtractedPaper(
            Paper(pid, title, abstract, year=year, url=url),
            mentions(title, abstract),
            **dict(zip(("roles", "salient", "results"), described.get(pid, ({}, [], [])), strict=True)),
        )
        for pid, year, title, abstract, url in papers
    ]
    years: dict[str, list[int]] = {e: [] for e in ENTITIES}
    for d in docs:
        for m in d.mentions:
            if d.paper.year is not None:
                years[m.entity].append(d.paper.year)
    entities = {
        e: Entity(
            e,
            label,
            type,
            aliases=dict.fromkeys(names, 1),
            first_year=min(years[e], default=None),
            last_year=max(years[e], default=None),
            variant_of=parent,
            generic=e in generic,
        )
        for e, (label, type, parent, names) in ENTITIES.items()
    }
    return build_graph(docs, entities, top_k=3)


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return make_graph()


@pytest.fixture(scope="module")
def site(kg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    save_graph(kg, out)
    write_views(kg, out)
    return out


class Links(HTMLParser):
    """The href and src attributes of a page, and the names of its elements."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("href", "src")]


def links(path: Path) -> Links:
    parsed = Links()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


# --------------------------------------------------------------------------- the questions


def test_an_entitys_papers_come_with_the_sentence_of_their_first_mention(kg):
    papers = {p.id: p for p in entity_papers(kg, "ImageNet")}
    assert set(papers) == {"p1", "arxiv:2001.00002", "p5"}  # ILSVRC is an alias
    assert papers["p1"].evidence.field == "title"  # the title comes first
    ev = papers["arxiv:2001.00002"].evidence
    assert (ev.field, ev.text, ev.text[ev.start : ev.end]) == ("title", "A study of ILSVRC", "ILSVRC")
    ev = entity_papers(kg, "ImageNet-1K")[0].evidence
    assert (ev.text, ev.text[ev.start : ev.end]) == ("Then ImageNet-1K!", "ImageNet-1K")
    ev = entity_papers(kg, "accuracy", n=1)[0].evidence  # as many mentions each: the newest
    assert ev.text == "The accuracy rises."
    dropout = {p.id: p.evidence.text for p in entity_papers(kg, entity_node("../evil/<b>:x"))}
    assert dropout["p1"] == "Regularisers, e.g. dropout, help."  # "e.g." ends no sentence
    assert [p.id for p in entity_papers(kg, "bleu", n=1)] == ["p4"]


def test_an_entity_without_papers_has_none(kg):
    assert entity_papers(kg, "CIFAR") == []


@pytest.mark.fuzz
@given(st.text(alphabet='ab .!?\n"A1', max_size=300), st.data())
def test_the_sentence_around_a_span_holds_it(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    limit = data.draw(st.integers(1, 120))
    a, b, before, after = sentence_around(text, start, end, limit)
    assert a <= start <= end <= b <= len(text)
    assert b - a <= max(limit, end - start)
    assert before in ("", "…") and after in ("", "…")


def test_trending_counts_only_dated_papers(kg):
    split = trend_split(kg)
    assert (split.year, split.before, split.after, split.undated) == (2021, 2, 2, 2)
    assert trend_split(kg, 2020).before == 1
    with pytest.raises(KGError, match=r"\[E033\].*papers span 2019–2022"):
        trend_split(kg, 2030)


# --------------------------------------------------------------------------- the command line


def test_kg_entity_lists_its_papers(site):
    result = runner.invoke(app, ["entity", "ImageNet", "-g", str(site), "-n", "2"])
    assert result.exit_code == 0, result.output
    assert "papers of ImageNet, the first 2 of 3" in result.stdout
    # named in the title, mentioned twice: the newer first; then the undated one
    assert "A study of ILSVRC" in result.stdout and "ResNet on ImageNet" in result.stdout
    assert "An undated note" not in result.stdout
    info = json.loads(runner.invoke(app, ["entity", "ImageNet", "-g", str(site), "--json"]).stdout)
    assert [p["id"] for p in info["papers"]] == ["arxiv:2001.00002", "p1", "p5"]
    assert info["papers"][2]["evidence"] == {
        "field": "abstract",
        "text": "CIFAR-10 and ImageNet both need accuracy.",
        "start": 13,
        "end": 21,
    }


def test_kg_trending_says_what_it_compares(site):
    result = runner.invoke(app, ["trending", "-g", str(site)])
    assert result.exit_code == 0, result.output
    assert "papers dated before 2021: 2; from 2021 on: 2; undated, left out: 2" in result.stderr
    data = json.loads(runner.invoke(app, ["trending", "-g", str(site), "--json"]).stdout)
    assert data["split"] == {"year": 2021, "before": 2, "after": 2, "undated": 2}
    assert all(t["after"] > t["before"] for t in data["trends"])


# --------------------------------------------------------------------------- the pages


@pytest.mark.fuzz
@given(st.text(), st.text())
def test_page_names_are_safe_and_distinct(a, b):
    name = page_name(a)
    assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*\.html|_[0-9a-f]{16}\.html", name) and len(name) <= 110
    assert name.split(".")[0] not in ("con", "prn", "aux", "nul")
    assert page_name(a) == name and (a == b) == (page_name(b) == name)


def test_every_node_has_a_page_and_every_link_works(kg, site):
    for key, a in kg.bipartite.nodes(data=True):
        folder = "entity" if a["kind"] == "entity" else "paper"
        assert (site / folder / page_name(a["id"])).is_file(), key
    pages = [site / "index.html", *site.glob("entity/*.html"), *site.glob("paper/*.html")]
    assert len(pages) == 1 + kg.bipartite.number_of_nodes()
    for page in pages:
        found = links(page)
        assert "img" not in found.tags and "b" not in found.tags, page  # the data stay text
        for url in found.urls:
            parts = urlsplit(url)
            if parts.scheme:  # a paper's source: a web address, never a javascript: one
                assert parts.scheme == "https", (page, url)
            else:
                assert (page.parent / unquote(parts.path)).is_file(), (page, url)
        if page.parent != site:
            assert {"../index.html", "../concept_map.html", "../paper_map.html"} <= set(found.urls)


def test_an_entity_page_shows_its_family_years_papers_and_evidence(site):
    html = (site / "entity" / "imagenet.html").read_text(encoding="utf-8")
    assert '<a href="../entity/imagenet-1k.html">ImageNet-1K</a>' in html  # its variant
    assert re.search(r"<th>2019</th><td class=\"kg-n\">1</td>", html)
    assert re.search(r"<th>2020</th><td class=\"kg-n\">1</td>", html)
    assert re.search(r"year unknown</th><td class=\"kg-n\">1</td>", html)  # undated, counted apart
    assert re.search(r">CIFAR-10 and <mark[^>]*>ImageNet</mark> both need accuracy\.", html)
    cifar = (site / "entity" / "cifar.html").read_text(encoding="utf-8")
    assert "2 papers with its variants" in cifar and "No paper mentions it." in cifar


def test_a_paper_page_links_its_entities_and_related_papers(kg, site):
    html = (site / "paper" / page_name("../../etc/passwd")).read_text(encoding="utf-8")
    assert "&lt;img src=x" in html and "javascript:" not in html
    evil = page_name("../evil/<b>:x")
    assert f'href="../entity/{evil}"' in html  # the mention in the abstract, and the list
    for other in kg.papers[paper_node("../../etc/passwd")]:
        assert f'href="../paper/{page_name(other.partition(":")[2])}"' in html


def test_the_index_says_how_many_papers_are_dated(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(
        r"<strong>2019–2022</strong> years <span class=\"kg-hint\">\(4 of 6 papers dated\)", html
    )
    assert '<a href="entity/imagenet.html">ImageNet</a>' in html


def test_the_search_index_holds_every_name(kg, site):
    script = (site / "search.js").read_text(encoding="utf-8")
    index = json.loads(re.search(r"const INDEX = (.*);\n", script)[1])
    entities = {e[0]: e for e in index["entities"]}
    assert set(entities) == set(kg.entities)
    assert {"imagenet", "ilsvrc"} <= set(entities["entity:imagenet"][5])
    assert "<img" not in script and "</" not in script  # escaped, as JSON in a script must be
    papers = {p[0]: p for p in index["papers"]}
    assert {index["entities"][i][0] for i in papers["paper:p5"][4]} == set(kg.bipartite["paper:p5"])


def test_only_the_entities_in_most_papers_get_pages_past_the_limit(kg, tmp_path):
    write_site(kg, tmp_path, Site.of(kg, max_entity_pages=2), papers_per_entity=1)
    assert sorted(p.name for p in (tmp_path / "entity").iterdir()) == ["accuracy.html", "imagenet.html"]
    html = (tmp_path / "entity" / "imagenet.html").read_text(encoding="utf-8")
    assert "The 1 of 3 papers most about it" in html and html.count('class="kg-evidence"') == 1
    assert len(list((tmp_path / "paper").iterdir())) == len(PAPERS)
    html = (tmp_path / "paper" / "p4.html").read_text(encoding="utf-8")
    assert '<span class="kg-nopage">BLEU</span>' in html  # named, not linked
    script = (tmp_path / "search.js").read_text(encoding="utf-8")
    assert '["entity:bleu","BLEU","METRIC",2,null,' in script  # found by the search, no page


def test_pages_of_nodes_gone_since_the_last_build_go(kg, tmp_path):
    write_site(kg, tmp_path, Site.of(kg, 100))
    assert (tmp_path / "paper" / "p4.html").is_file()
    smaller = make_graph([p for p in PAPERS if p[0] != "p4"])
    write_site(smaller, tmp_path, Site.of(smaller, 100))
    assert not (tmp_path / "paper" / "p4.html").exists()
    assert (tmp_path / "paper" / "p1.html").is_file()
    assert not list(tmp_path.glob("**/.*"))


# --------------------------------------------------------------------------- results and roles

HOSTILE = "<script>window.__pwned=1</script>"
RESULT_PAPERS = [  # id, year, title, abstract, url
    ("r1", 2021, "ResNet again", "On ImageNet our ResNet reaches 12.5% error rate and 84.1% accuracy.", None),
    ("r2", 2022, "Revisiting ILSVRC", "ResNet gets 9.8% error rate on ILSVRC and improves accuracy by 2.3 points.", None),
    ("r3", 2020, "A baseline", f"The {HOSTILE} baseline reaches 15.0% error rate on ImageNet. We use con.", None),
    ("r4", None, "No numbers", "We use dropout and con on CIFAR-10.", None),
]  # fmt: skip


def result(text: str, value: str, unit: str, kind: str, **names) -> Result:
    """A result whose value is the first ``value`` of ``text`` (an abstract)."""
    start = text.index(value)
    return Result(value, unit, kind, start=start, end=start + len(value), text=value, **names)


def described() -> dict[str, tuple[dict[str, str], list[str], list[Result]]]:
    r1, r2, r3 = (abstract for pid, _, _, abstract, _ in RESULT_PAPERS[:3])
    return {
        "r1": (
            {"resnet": "proposes", "imagenet": "evaluates_on"},
            ["resnet"],
            [
                result(r1, "12.5", "%", "absolute", metric="error rate", dataset="ImageNet", dataset_entity="imagenet"),
                result(r1, "84.1", "%", "absolute", metric="accuracy", metric_entity="accuracy", dataset_entity="imagenet"),
            ],
        ),
        "r2": (
            {"resnet": "compares_with", "imagenet": "evaluates_on"},
            ["imagenet"],
            [  # the dataset in words only, an alias of ImageNet
                result(r2, "9.8", "%", "absolute", metric="error rate", dataset="ILSVRC", method="ResNet"),
                result(r2, "2.3", "points", "relative", metric="accuracy", metric_entity="accuracy", dataset="ILSVRC"),
            ],
        ),
        "r3": (
            {"imagenet": "evaluates_on", "CON": "uses"},
            [],
            [result(r3, "15.0", "%", "absolute", metric="error rate", dataset_entity="imagenet", method=EVIL, own=False)],
        ),
    }  # fmt: skip


@pytest.fixture(scope="module")
def results_kg() -> KnowledgeGraph:
    return make_graph(RESULT_PAPERS, described(), generic={"CON"})


@pytest.fixture(scope="module")
def results_site(results_kg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("results_site")
    write_views(results_kg, out)
    return out


def board_rows(html: str) -> list[tuple[str, ...]]:
    """(caption, rank, value) of each row of each leaderboard table of a page."""
    rows = []
    for caption, body in re.findall(r"<caption>(.*?)</caption>(.*?)</table>", html, re.S):
        for rank, value in re.findall(
            r'<td class="kg-rank">([^<]*)</td>.*?<td class="kg-value">([^<]*)', body
        ):
            rows.append((re.sub(r"<[^>]+>", "", caption), rank, value))
    return rows


def test_a_dataset_page_ranks_its_results_by_each_metrics_direction(results_site):
    html = (results_site / "entity" / "imagenet.html").read_text(encoding="utf-8")
    assert board_rows(html) == [
        # lower is better: the smallest error first, ILSVRC's result (an alias, in words) with them
        ("error rate in % · lower is better", "1", "9.8%"),
        ("error rate in % · lower is better", "2", "12.5%"),
        ("error rate in % · lower is better", "3", "15.0%"),
        ("accuracy in % · higher is better", "1", "84.1%"),
    ]
    assert '<caption><a href="../entity/accuracy.html">accuracy</a>' in html  # the metric's page
    # the relative result apart, in a list of its own, and in no table
    tables, relative = html.split("<h3>Relative results</h3>")
    assert '<span class="kg-value">2.3 points</span>' in relative and 'class="kg-value">2.3' not in tables
    # r2 proposes nothing: its own result is its method's, unnamed
    assert re.search(
        r"2\.3 points</span> accuracy · this paper&#39;s method · <a href=\"../paper/r2.html\">", html
    )


def test_a_metric_page_groups_its_results_by_dataset(results_site):
    html = (results_site / "entity" / "accuracy.html").read_text(encoding="utf-8")
    assert board_rows(html) == [("ImageNet in % · higher is better", "1", "84.1%")]
    assert "2.3 points" in html.split("<h3>Relative results</h3>")[1]
    assert "Leaderboard" not in (results_site / "entity" / "resnet.html").read_text(encoding="utf-8")


def test_the_pages_leaderboards_are_the_graphs(results_kg):
    """The index that spares each page a pass over every paper changes no ranking."""
    site = Site.of(results_kg, 100)
    # each page reads only the papers whose results name its entity, by id or by an alias
    assert site.results.papers[entity_node("imagenet")] == ["paper:r1", "paper:r2", "paper:r3"]
    assert site.results.papers[entity_node("accuracy")] == ["paper:r1", "paper:r2"]
    assert entity_node("resnet") not in site.results.papers
    for name in ("imagenet", "accuracy"):
        kind = results_kg.bipartite.nodes[entity_node(name)]["type"]
        board = graph_leaderboard(
            results_kg, entity_node, *((name, None) if kind == "DATASET" else (None, name))
        )
        page = entity_boards(site, entity_node(name))
        assert [[r.value for r in t.rows] for t in page.tables] == [
            [f"{r.value}{r.unit}" for r in b.rows] for b in board.boards
        ]
        assert len(page.relative) == len(board.relative) == 1


def test_a_paper_page_shows_its_roles_and_results(results_site):
    html = (results_site / "paper" / "r1.html").read_text(encoding="utf-8")
    groups = dict(re.findall(r'data-role="(\w+)">\s*<h3>[^<]*</h3>\s*<ul>(.*?)</ul>', html, re.S))
    assert list(groups) == ["proposes", "evaluates_on", "mentions"]  # strongest first
    assert (
        '<a href="../entity/resnet.html">ResNet</a>' in groups["proposes"] and "salient" in groups["proposes"]
    )
    assert "ImageNet" in groups["evaluates_on"] and "salient" not in groups["evaluates_on"]
    results = html.split("<h2>Reported results</h2>")[1]
    assert re.search(
        r'12\.5%</td><td><span class="kg-nopage">error rate</span></td><td><a href="../entity/imagenet.html">ImageNet</a></td><td>'
        r'<span class="kg-nopage">ResNet</span>',
        results,
    )  # own, named by what it proposes
    assert (
        '<mark class="kg-mention" style="border-color: ' in results and ">84.1</mark>% accuracy." in results
    )
    con = (results_site / "entity" / page_name("CON")).read_text(encoding="utf-8")
    assert '<span class="kg-tag kg-generic">generic</span>' in con
    assert re.search(r"What its papers do with it: <span class=\"kg-role\">uses</span> 1 · "
                     r"<span class=\"kg-role\">mentions</span> 1", con)  # fmt: skip
    papers = (results_site / "entity" / "resnet.html").read_text(encoding="utf-8")
    assert re.search(r'ResNet again</a> <span class="kg-meta">2021</span> <span class="kg-role"[^>]*>proposes</span>'
                     r' <span class="kg-tag kg-salient"', papers)  # fmt: skip


def test_hostile_text_in_results_stays_text(results_site):
    for page in ("entity/imagenet.html", "paper/r3.html"):
        html = (results_site / page).read_text(encoding="utf-8")
        found = links(results_site / page)
        assert "img" not in found.tags and found.tags.count("script") == 1, page  # search.js only
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt; baseline reaches" in html
        assert "&lt;img src=x onerror=" in html  # the baseline's method, as written


def test_the_leaderboard_in_the_browser(results_site, browser):
    with browser.new_context() as context:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((results_site / "entity" / "imagenet.html").as_uri())
        table = page.locator("table.kg-board").first
        assert "lower is better" in table.locator("caption").inner_text()
        values = table.locator("td.kg-value").all_inner_texts()
        assert values == ["9.8%", "12.5%", "15.0%"]
        assert EVIL in table.inner_text()  # shown as text
        assert page.evaluate("window.__pwned") is None and errors == []


def test_the_sample_builds_leaderboards_rank_in_each_metrics_direction(built):
    """On the real pipeline's sample build: the papers' results reach the pages, every
    ranked table is in its metric's order, and paper pages group entities by role."""
    out, _ = built
    n_tables = 0
    for page in (out / "entity").glob("*.html"):
        for caption, body in re.findall(
            r"<caption>(.*?)</caption>(.*?)</table>", page.read_text("utf-8"), re.S
        ):
            ranked = [
                (int(rank), float(value.rstrip("%x")))
                for rank, value in re.findall(r'"kg-rank">(\d+)</td>.*?"kg-value">([-\d.]+[%x]?)</', body)
            ]
            n_tables += 1
            values = [v for _, v in ranked]
            if "lower is better" in caption:
                assert values == sorted(values), (page.name, caption)
            elif "higher is better" in caption:
                assert values == sorted(values, reverse=True), (page.name, caption)
            else:
                assert ranked == [], (page.name, caption)  # no direction, no ranks
            assert [r for r, _ in ranked] == sorted(r for r, _ in ranked)
    assert n_tables > 0
    with_results = [json.loads(line)["id"] for line in (out / "results.jsonl").open(encoding="utf-8")]
    for pid in with_results[:20]:
        html = (out / "paper" / page_name(pid)).read_text(encoding="utf-8")
        assert "<h2>Reported results</h2>" in html, pid
    roles = {
        r
        for page in (out / "paper").glob("*.html")
        for r in re.findall(r'data-role="(\w+)"', page.read_text("utf-8"))
    }
    assert {"proposes", "mentions"} <= roles


def test_a_paper_page_links_a_mention_whole_and_its_nested_part_in_the_entity_list(tmp_path):
    abstract = "We scale Transformer-based LLMs."
    outer = Mention("abstract", 9, 31, "Transformer-based LLMs", "METHOD", "transformer-based-llms")
    part = Mention("abstract", 9, 20, "Transformer", "METHOD", "transformer")
    doc = ExtractedPaper(Paper("p1", "A paper", abstract, year=2024), [part, outer])
    entities = {
        e: Entity(e, label, "METHOD", aliases={label: 1}, first_year=2024, last_year=2024)
        for e, label in [("transformer", "Transformer"), ("transformer-based-llms", "Transformer-based LLMs")]
    }
    kg = build_graph([doc], entities, top_k=3)
    save_graph(kg, tmp_path)
    write_views(kg, tmp_path)
    html = (tmp_path / "paper" / page_name("p1")).read_text(encoding="utf-8")
    outer_page, part_page = page_name("transformer-based-llms"), page_name("transformer")
    shown = re.search(r'<p class="kg-abstract">(.*?)</p>', html, re.S).group(1)
    assert re.search(rf'href="../entity/{outer_page}"[^>]*>Transformer-based LLMs</a>', shown)
    assert part_page not in shown and f'href="../entity/{part_page}"' in html  # in the entity list
