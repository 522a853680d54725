import gc
import io
import json
import math

import lxml.etree
import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from kg.errors import KGError
from kg.graph import (
    TYPE_WEIGHTS,
    build_graph,
    communities,
    entity_info,
    files,
    load_graph,
    related,
    resolve,
    save_graph,
    shortest_path,
    top_entities,
    trending,
    weights,
)
from kg.graph.files import file_attrs, graphml_attrs, graphml_node_attrs, portable_text, write_graphml
from kg.graph.weights import entity_links, npmi, paper_links, shared_entities
from kg.records import Entity, ExtractedPaper, Mention, Paper

# id: (label, type, variant_of)
ENTITIES = {
    "accuracy": ("accuracy", "METRIC", None),
    "transformer": ("Transformer", "METHOD", None),
    "lra": ("Long Range Arena", "DATASET", None),
    "performer": ("Performer", "MODEL", None),
    "resnet": ("ResNet", "MODEL", None),
    "imagenet": ("ImageNet", "DATASET", None),
    "cifar-10": ("CIFAR-10", "DATASET", None),
    "bert": ("BERT", "MODEL", None),
    "bert-large": ("BERT-large", "MODEL", "bert"),
    "glue": ("GLUE", "DATASET", None),
    "svm": ("SVM", "METHOD", None),  # in no paper
}
# id, year, title, entities mentioned (a repeat is a second mention)
PAPERS = [
    (
        "p1",
        2019,
        "Efficient Transformers on Long Range Arena",
        ["transformer", "lra", "accuracy", "accuracy"],
    ),
    ("p2", 2020, "Linear Attention for Long Sequences", ["lra", "performer"]),
    ("p3", 2019, "Deep Residual Learning", ["resnet", "imagenet", "accuracy"]),
    ("p4", 2020, "Wide Residual Networks", ["resnet", "cifar-10"]),
    ("p5", 2022, "Pretraining BERT", ["bert", "bert-large", "transformer", "accuracy"]),
    ("p6", 2023, "Distilling BERT", ["bert", "glue", "accuracy"]),
    ("p7", 2023, "Vision Transformers on ImageNet", ["transformer", "imagenet", "accuracy"]),
]
N = len(PAPERS)


def make_doc(
    pid: str, year: int | None, title: str, mentioned: list[str], aliases: dict | None = None
) -> ExtractedPaper:
    """A paper whose abstract is its mentions' surface forms, separated by spaces."""
    names = [(aliases or {}).get(e, ENTITIES[e][0]) for e in mentioned]
    mentions, start = [], 0
    for e, name in zip(mentioned, names, strict=True):
        mentions.append(Mention("abstract", start, start + len(name), name, ENTITIES[e][1], e, 0.9))
        start += len(name) + 1
    return ExtractedPaper(Paper(pid, title, " ".join(names), authors=["A. Author"], year=year), mentions)


def make_entities(docs: list[ExtractedPaper]) -> dict[str, Entity]:
    out = {}
    for eid, (label, type_, parent) in ENTITIES.items():
        ms = [(d, m) for d in docs for m in d.mentions if m.entity == eid]
        aliases: dict[str, int] = {}
        for _, m in ms:
            aliases[m.text] = aliases.get(m.text, 0) + 1
        years = [d.paper.year for d, _ in ms]
        out[eid] = Entity(
            eid,
            label,
            type_,
            {type_: len(ms)} if ms else {},
            aliases,
            sorted({d.paper.id for d, _ in ms}),
            min(years, default=None),
            max(years, default=None),
            parent,
        )
    return out


@pytest.fixture(scope="module")
def docs():
    # p1 calls the Long Range Arena "LRA", so the entity has that alias too
    return [make_doc(*p, aliases={"lra": "LRA"} if p[0] == "p1" else None) for p in PAPERS]


@pytest.fixture(scope="module")
def kg(docs):
    return build_graph(docs, make_entities(docs))


def idf(df: int) -> float:
    return math.log(N / df)


# ---------------------------------------------------------------- helpers on tiny matrices


def test_npmi_matches_hand_computation():
    # 3 papers hold both, the entities are in 3 and 5 papers of 7
    expected = math.log(3 * 7 / (3 * 5)) / -math.log(3 / 7)
    assert npmi(np.array([3]), np.array([3]), np.array([5]), 7)[0] == pytest.approx(expected)
    # independent entities: p(a, b) = p(a) p(b)
    assert npmi(np.array([1]), np.array([2]), np.array([2]), 4)[0] == pytest.approx(0.0)


def naive_top_k(dense: np.ndarray, k: int, items: np.ndarray) -> list[tuple[int, int, float]]:
    """Each row's k largest positive entries but its own item's, by sorting: ties to the lower column."""
    out = []
    for r, row in enumerate(dense):
        ranked = sorted((c for c in np.flatnonzero(row > 0) if c != items[r]), key=lambda c: (-row[c], c))
        out += [(r, int(c), float(row[c])) for c in ranked[:k]]
    return out


@pytest.mark.parametrize("seed", range(4))
def test_paper_links_equal_sorting_the_dense_product(seed):
    rng = np.random.default_rng(seed)
    present = (rng.random((40, 15)) < rng.uniform(0.05, 0.4)).astype(float)
    # weights whose squares and their sums are exact, so that ties are ties however summed
    weighted = sp.csr_array(present * rng.choice([0.5, 1.0, 2.0], 15))
    dense = weighted.toarray() @ weighted.toarray().T
    for k in (1, 3, 50):
        i, j, w = paper_links(weighted, k)
        assert (i < j).all() and len(set(zip(i.tolist(), j.tolist(), strict=True))) == len(i)
        np.testing.assert_array_equal(w, dense[i, j])
        chosen = {(r, c) for r, c, _ in naive_top_k(dense, k, np.arange(40))}
        assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(min(r, c), max(r, c)) for r, c in chosen}


def capped_reference(weighted: sp.csr_array, k: int, max_df: int) -> dict[tuple[int, int], float]:
    """paper_links by its definition, on dense matrices: each paper's k strongest links (all
    entities counted) among the papers it shares an entity of at most max_df papers with, or
    among all papers when it has no such candidate."""
    full = weighted.toarray()
    rare = full * ((full > 0).sum(axis=0) <= max_df)
    weight, candidate = full @ full.T, (rare @ rare.T) > 0
    np.fill_diagonal(candidate, False)
    lonely = ~candidate.any(axis=1)
    candidate[lonely] = True
    chosen = naive_top_k(np.where(candidate, weight, 0.0), k, np.arange(len(full)))
    return {(min(r, c), max(r, c)): weight[r, c] for r, c, _ in chosen}


@pytest.mark.parametrize("max_df", [1, 3, 6, 100])
def test_capped_paper_links_rank_candidates_on_all_shared_entities(max_df):
    rng = np.random.default_rng(max_df)
    present = rng.random((60, 30)) < np.linspace(0.02, 0.5, 30)  # from rare entities to very common ones
    present[:3, :20] = False  # papers with only common entities, if any
    # weights whose squares and their sums are exact, so that ties are ties however summed
    weighted = sp.csr_array(present * rng.choice([0.5, 1.0, 2.0, 4.0], 30))
    i, j, w = paper_links(weighted, 4, max_df=max_df)
    assert dict(zip(zip(i.tolist(), j.tolist(), strict=True), w.tolist(), strict=True)) == capped_reference(
        weighted, 4, max_df
    )


def test_capped_paper_links_with_more_common_entities_than_a_word_of_bits():
    # paper_links marks each paper's common entities with a bit each, 64 to a word: here
    # they take three words, so that a word's or a bit's number off by one shows
    rng = np.random.default_rng(7)
    present = rng.random((80, 200)) < np.linspace(0.01, 0.3, 200)
    assert (present.sum(axis=0) > 6).sum() > 128
    weighted = sp.csr_array(present * rng.choice([0.5, 1.0, 2.0, 4.0], 200))
    i, j, w = paper_links(weighted, 4, max_df=6)
    assert dict(zip(zip(i.tolist(), j.tolist(), strict=True), w.tolist(), strict=True)) == capped_reference(
        weighted, 4, 6
    )


def test_capping_common_entities_keeps_the_related_papers():
    present = np.array([[e in p[3] for e in ENTITIES] for p in PAPERS], dtype=float)
    weighted = sp.csr_array(present * np.sqrt(np.log(N / np.maximum(present.sum(axis=0), 1))))
    pairs = lambda links: set(zip(links[0].tolist(), links[1].tolist(), strict=True))  # noqa: E731
    # each paper's strongest neighbour shares a rarer entity than accuracy (5 papers) and
    # transformer (3): leaving them out of the product changes nothing
    for max_df in (2, 3, 4):
        assert pairs(paper_links(weighted, 1, max_df=max_df)) == pairs(paper_links(weighted, 1))
    # the second neighbours of p6 (BERT, GLUE, accuracy) share only accuracy with it: with
    # accuracy left out, p6 keeps its one candidate, and the link to p1 (the lowest of the tied) goes
    assert pairs(paper_links(weighted, 2)) - pairs(paper_links(weighted, 2, max_df=4)) == {(0, 5)}


def test_a_paper_with_only_common_entities_is_ranked_against_all(docs, monkeypatch):
    monkeypatch.setattr(weights, "MAX_DF", 3)
    extra = make_doc("p8", 2023, "Accuracy and Transformers", ["accuracy", "transformer"])
    g = build_graph([*docs, extra], make_entities([*docs, extra]), top_k=2)
    # transformer (4 papers) and accuracy (6) propose no neighbours, and p8 has nothing else:
    # it is ranked against every paper; p1, p5 and p7 share both with it, the lowest two win
    assert sorted(g.papers["paper:p8"]) == ["paper:p1", "paper:p5"]
    assert g.papers.edges["paper:p8", "paper:p1"]["shared"] == ["transformer", "accuracy"]
    assert g.papers.edges["paper:p8", "paper:p1"]["weight"] == pytest.approx(
        TYPE_WEIGHTS["METHOD"] * math.log(8 / 4) + math.log(8 / 6)
    )  # transformer is a method


def test_a_shared_method_links_papers_less_than_a_shared_dataset():
    # p1 and p2 share a method, p3 and p4 a dataset, each in 2 of the 4 papers
    ents = {"lstm": Entity("lstm", "LSTM", "METHOD"), "squad": Entity("squad", "SQuAD", "DATASET")}
    docs = [
        ExtractedPaper(Paper(f"p{i}", f"t{i}", ""), [Mention("title", 0, 2, "t", ents[e].type, e)])
        for i, e in enumerate(["lstm", "lstm", "squad", "squad"], 1)
    ]
    weight = lambda g, a, b: g.papers.edges[f"paper:{a}", f"paper:{b}"]["weight"]  # noqa: E731
    g = build_graph(docs, ents)
    assert weight(g, "p1", "p2") == pytest.approx(TYPE_WEIGHTS["METHOD"] * weight(g, "p3", "p4"))
    assert weight(g, "p3", "p4") == pytest.approx(math.log(2))
    plain = build_graph(docs, ents, type_weights={})
    assert weight(plain, "p1", "p2") == weight(plain, "p3", "p4") == pytest.approx(math.log(2))
    with pytest.raises(KGError, match="type_weights"):
        build_graph(docs, ents, type_weights={"METHOD": 0})


def test_building_pauses_the_garbage_collector_and_restores_it(docs):
    assert gc.isenabled()
    build_graph(docs, make_entities(docs))
    assert gc.isenabled()
    gc.disable()
    try:
        build_graph(docs, make_entities(docs))
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_shared_entities_strongest_first():
    weighted = sp.csr_array(np.sqrt(np.array([[0.5, 2.0, 1.0, 0.0], [0.5, 2.0, 1.0, 3.0]])))
    assert list(shared_entities(weighted, np.array([0]), np.array([1]))) == [[1, 2, 0]]


def test_entity_links_keep_frequent_strong_pairs():
    present = sp.csr_array(np.array([[1, 1, 1], [1, 1, 0], [0, 0, 1], [1, 0, 1]]))
    a, b, w, c = entity_links(present, 1, 0.0)
    assert [(int(x), int(y), int(n)) for x, y, n in zip(a, b, c, strict=True)] == [(0, 1, 2)]
    assert w[0] == pytest.approx(math.log(2 * 4 / (3 * 2)) / math.log(4 / 2))


@pytest.mark.parametrize("seed", range(3))
def test_shared_entities_equal_sorting_the_dense_products(seed):
    rng = np.random.default_rng(seed)
    present = rng.random((30, 40)) < 0.3
    weighted = sp.csr_array(present * np.sqrt(rng.choice([0.5, 1.0, 2.0], 40)))  # full of ties
    i, j = rng.integers(0, 30, 200), rng.integers(0, 30, 200)
    dense = weighted.toarray()
    expected = [
        sorted(np.flatnonzero(dense[a] * dense[b]).tolist(), key=lambda c: (-(dense[a, c] ** 2), c))
        for a, b in zip(i, j, strict=True)
    ]
    assert list(shared_entities(weighted, i, j)) == expected


@pytest.mark.parametrize("min_count", [1, 2, 3])
def test_entity_links_equal_the_dense_cooccurrence_counts(min_count):
    rng = np.random.default_rng(min_count)
    present = rng.random((50, 25)) < np.linspace(0.02, 0.6, 25)
    counts = present.T.astype(int) @ present.astype(int)
    df = present.sum(axis=0)
    a, b, w, c = entity_links(sp.csr_array(present), min_count, -1.0)
    expected = [(x, y) for x in range(25) for y in range(x + 1, 25) if counts[x, y] >= min_count]
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == expected
    np.testing.assert_array_equal(c, counts[a, b])
    np.testing.assert_allclose(w, npmi(counts[a, b], df[a], df[b], 50))


# ---------------------------------------------------------------- building


def test_bipartite_graph_holds_papers_entities_and_mentions(kg):
    g = kg.bipartite
    assert g.nodes["paper:p1"]["kind"] == "paper" and g.nodes["paper:p1"]["year"] == 2019
    assert g.nodes["entity:lra"]["aliases"] == {"LRA": 1, "Long Range Arena": 1}
    edge = g.edges["paper:p1", "entity:accuracy"]
    assert edge["count"] == 2 and [m.start for m in edge["mentions"]] == [16, 25]
    assert g.nodes["entity:accuracy"]["n_papers"] == 5 and g.degree["entity:svm"] == 0
    assert kg.papers.nodes["paper:p1"] == g.nodes["paper:p1"]
    assert kg.entities.nodes["entity:bert"] == g.nodes["entity:bert"]


def test_a_rare_shared_entity_outweighs_common_ones(kg):
    # p2 shares only the Long Range Arena with p1; p5 shares Transformer (a method) and accuracy
    shared_with_p5 = TYPE_WEIGHTS["METHOD"] * idf(3) + idf(5)
    assert kg.papers.edges["paper:p1", "paper:p2"]["weight"] == pytest.approx(idf(2))
    assert kg.papers.edges["paper:p1", "paper:p5"]["weight"] == pytest.approx(shared_with_p5)
    assert idf(2) > shared_with_p5
    assert kg.papers.edges["paper:p1", "paper:p5"]["shared"] == ["transformer", "accuracy"]
    assert not kg.papers.has_edge("paper:p1", "paper:p4")


def test_each_paper_keeps_its_top_k(docs):
    small = build_graph(docs, make_entities(docs), top_k=1)
    # each paper's single strongest neighbour, and no other link
    assert {frozenset(e) for e in small.papers.edges} == {
        frozenset({f"paper:{a}", f"paper:{b}"})
        for a, b in [("p1", "p2"), ("p3", "p7"), ("p3", "p4"), ("p5", "p6")]
    }


def test_entity_graph_weights_are_npmi_over_papers(docs):
    g = build_graph(docs, make_entities(docs)).entities
    assert g.edges["entity:transformer", "entity:accuracy"] == pytest.approx(
        {"weight": math.log(3 * N / (3 * 5)) / math.log(N / 3), "count": 3}
    )
    assert {frozenset(e) for e in g.edges} == {
        frozenset({"entity:accuracy", f"entity:{e}"}) for e in ("transformer", "bert", "imagenet")
    }
    strict = build_graph(docs, make_entities(docs), min_npmi=0.3).entities
    assert list(strict.edges) == [("entity:accuracy", "entity:transformer")]
    # once is enough with min_count=1: Performer appears only beside the Long Range Arena
    loose = build_graph(docs, make_entities(docs), min_count=1).entities
    assert loose.edges["entity:lra", "entity:performer"]["weight"] == pytest.approx(
        math.log(N / 2) / math.log(N)
    )


def test_centrality_on_the_entity_graph(kg):
    pagerank = {k: a["pagerank"] for k, a in kg.entities.nodes(data=True)}
    assert max(pagerank, key=pagerank.get) == "entity:accuracy"
    assert sum(pagerank.values()) == pytest.approx(1.0)
    assert kg.entities.nodes["entity:accuracy"]["degree"] == pytest.approx(3 / (len(ENTITIES) - 1))


def two_topics() -> tuple[list[ExtractedPaper], dict[str, Entity]]:
    """Two papers on {resnet, imagenet, cifar-10}, two on {bert, glue, transformer}."""
    topics = [["resnet", "imagenet", "cifar-10"], ["bert", "glue", "transformer"]]
    docs = [make_doc(f"q{i}", 2020, f"Paper {i}", topics[i // 2]) for i in range(4)]
    return docs, {k: v for k, v in make_entities(docs).items() if v.papers}


def test_communities_follow_topics_and_repeat_with_the_seed():
    docs, entities = two_topics()
    first, again = build_graph(docs, entities, seed=7), build_graph(docs, entities, seed=7)
    community = {k: a["community"] for k, a in first.bipartite.nodes(data=True)}
    assert community == {k: a["community"] for k, a in again.bipartite.nodes(data=True)}
    assert community["paper:q0"] == community["paper:q1"] != community["paper:q2"] == community["paper:q3"]
    groups = {c.id: c for c in communities(first, n_top=2)}
    assert sorted(c.size for c in groups.values()) == [3, 3]
    assert set(groups) == {0, 1}
    resnet = groups[community["entity:resnet"]]
    assert len(resnet.top) == 2 and set(resnet.top) < {"ResNet", "ImageNet", "CIFAR-10"}
    assert resnet.label == " / ".join(resnet.top)


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"top_k": 0}, r"\[E035\] top_k must be at least 1, not 0"),
        ({"min_npmi": 1.0}, r"\[E035\] min_npmi must be at least 0 and below 1, not 1.0"),
        ({"min_count": 0}, r"\[E035\] min_count"),
    ],
)
def test_bad_parameters_are_refused(docs, kwargs, match):
    with pytest.raises(KGError, match=match):
        build_graph(docs, make_entities(docs), **kwargs)


def test_unlinked_mentions_are_left_out_and_unknown_ids_refused(docs):
    doc = make_doc("x", 2020, "X", ["bert"])
    doc.mentions.append(Mention("title", 0, 1, "X", "METHOD", ""))
    g = build_graph([doc], make_entities([doc]))
    assert g.bipartite.edges["paper:x", "entity:bert"]["count"] == 1
    doc.mentions.append(Mention("title", 0, 1, "X", "METHOD", "xlnet"))
    with pytest.raises(KGError, match=r"\[E036\] Mention 'X' in paper 'x' links to 'xlnet'"):
        build_graph([doc], make_entities([doc]))


# ---------------------------------------------------------------- files


def test_save_and_load_round_trip(kg, tmp_path):
    paths = save_graph(kg, tmp_path / "out")
    assert [p.name for p in paths] == ["graph.json", "graph.graphml"]
    back = load_graph(tmp_path / "out")
    for name in ("bipartite", "papers", "entities"):
        before, after = getattr(kg, name), getattr(back, name)
        assert dict(after.nodes(data=True)) == dict(before.nodes(data=True))
        assert {frozenset((u, v)): d for u, v, d in after.edges(data=True)} == {
            frozenset((u, v)): d for u, v, d in before.edges(data=True)
        }
    assert related(back, "p1") == related(kg, "p1")


def test_graphml_holds_lists_and_dicts_as_json(kg, tmp_path):
    save_graph(kg, tmp_path)
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert json.loads(g.nodes["entity:lra"]["aliases"]) == {"LRA": 1, "Long Range Arena": 1}
    assert json.loads(g.edges["paper:p1", "entity:lra"]["mentions"])[0]["text"] == "LRA"
    assert "variant_of" not in g.nodes["entity:bert"]  # None is left out
    assert g.nodes["entity:bert-large"]["variant_of"] == "bert"


@pytest.mark.hostile
def test_graph_json_reads_with_networkx_defaults(kg, tmp_path):
    # nx.node_link_graph with its defaults once took the paper and entity ids for node keys:
    # twice the nodes, half of them bare
    save_graph(kg, tmp_path)
    data = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    for name in ("bipartite", "papers", "entities"):
        g, original = nx.node_link_graph(data[name]), getattr(kg, name)
        assert set(g) == set(original) and g.number_of_edges() == original.number_of_edges()
    g = nx.node_link_graph(data["bipartite"])
    assert g.nodes["paper:p1"]["kg_id"] == "p1" and "id" not in g.nodes["paper:p1"]
    assert g.nodes["entity:lra"]["kg_id"] == "lra"
    back = load_graph(tmp_path).bipartite.nodes["entity:lra"]
    assert list(back) == list(kg.bipartite.nodes["entity:lra"])  # the same names, in order


def test_load_graph_reads_the_layout_of_earlier_builds(kg, tmp_path):
    # node keys under "node", the nodes' own ids under "id"
    data = {
        name: nx.node_link_data(getattr(kg, name), name="node", edges="edges")
        for name in ("bipartite", "papers", "entities")
    }
    (tmp_path / "graph.json").write_text(json.dumps(data, default=Mention.to_dict), encoding="utf-8")
    assert dict(load_graph(tmp_path).bipartite.nodes(data=True)) == dict(kg.bipartite.nodes(data=True))


@pytest.mark.parametrize(
    "bad", ['{"bipartite": [], "papers": [], "entities": []}', '{"bipartite": {}}', "[1]"]
)
def test_load_reports_graph_json_of_another_shape(tmp_path, bad):
    (tmp_path / "graph.json").write_text(bad, encoding="utf-8")
    with pytest.raises(KGError, match=r"\[E034\] Could not read the graph in .*graph.json"):
        load_graph(tmp_path)


def test_a_graph_of_an_older_kg_asks_for_a_rebuild(kg, tmp_path):
    save_graph(kg, tmp_path)
    path = tmp_path / "graph.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for node in data["bipartite"]["nodes"]:
        node.pop("curated", None)  # an attribute older builds did not write
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        KGError, match=r"has no 'curated' \(damaged, or built by another kg version: run kg build"
    ):
        load_graph(tmp_path)


@pytest.mark.hostile
def test_graphml_ids_are_node_keys_and_labels_are_for_display(kg, tmp_path):
    save_graph(kg, tmp_path)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = lxml.etree.parse(tmp_path / "graph.graphml").getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.iterfind("g:key", ns)}
    # each key is named after its attribute: no "d3", which Gephi takes for the label
    assert all(key == name for key, (_, name) in keys.items()) and keys["label"] == ("node", "label")
    # no "id" attribute, which igraph would take for the node's id
    assert "id" not in keys and keys["kg_id"] == ("node", "kg_id")
    assert {n.get("id") for n in root.iterfind("g:graph/g:node", ns)} == set(kg.bipartite)
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert g.nodes["paper:p1"]["label"] == kg.bipartite.nodes["paper:p1"]["title"]
    assert g.nodes["paper:p1"]["kg_id"] == "p1"
    assert g.nodes["entity:lra"]["label"] == "Long Range Arena"


def node_link_text(kg) -> str:
    """graph.json as it was written whole: networkx's node-link data of the three graphs with
    its default keys, the nodes' id attributes renamed, the paper and entity graphs' nodes
    bare, mentions as their dicts, through json.dumps."""
    data = {}
    for name in ("bipartite", "papers", "entities"):
        g = nx.Graph(getattr(kg, name))
        for _, attrs in g.nodes(data=True):
            renamed = file_attrs(attrs)
            attrs.clear()
            attrs.update(renamed)
        data[name] = nx.node_link_data(g)
    for name in ("papers", "entities"):
        data[name]["nodes"] = [{"id": n["id"]} for n in data[name]["nodes"]]
    return json.dumps(data, ensure_ascii=False, default=Mention.to_dict)


def test_graph_json_is_streamed_as_networkx_node_link_data(kg, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "CHUNK", 2)  # many chunks
    save_graph(kg, tmp_path)
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == node_link_text(kg)


def nasty_graph() -> nx.Graph:
    """Every kind of value graph.graphml holds, text XML must escape, and characters it cannot hold."""
    g = nx.Graph()
    g.add_node(
        'paper:a&<b>"\n',
        title='x < y & z > "w"\t\r\n',
        abstract="",
        year=None,
        n=3,
        ok=True,
        authors=["Ünïcödé", "\ud800"],
        ids={"doi": "10.1/<x>"},
        note="bell\x07 and nul\x00",
    )
    g.add_node("entity:e", n=2.5, year=2020)
    g.add_node("lonely")
    g.add_edge('paper:a&<b>"\n', "entity:e", count=1, mentions=[{"text": "a&b", "score": None}])
    g.add_edge("entity:e", "lonely")
    return g


def read_back(g: nx.Graph) -> nx.Graph:
    f = io.BytesIO()
    write_graphml(f, g)
    return nx.read_graphml(io.BytesIO(f.getvalue()))


@pytest.mark.parametrize(
    "make",
    [
        nasty_graph,
        nx.Graph,
        lambda: (
            build_graph(
                [make_doc(*p) for p in PAPERS], make_entities([make_doc(*p) for p in PAPERS])
            ).bipartite
        ),
    ],
)
def test_graphml_reads_back_as_its_graphml_attributes(make):
    g = make()
    back = read_back(g)
    assert dict(back.nodes(data=True)) == {
        portable_text(n): graphml_node_attrs(a) for n, a in g.nodes(data=True)
    }
    assert {frozenset((u, v)): d for u, v, d in back.edges(data=True)} == {
        frozenset((portable_text(u), portable_text(v))): graphml_attrs(d) for u, v, d in g.edges(data=True)
    }


@pytest.mark.hostile
def test_graphml_keeps_text_and_types_and_replaces_what_xml_cannot_hold():
    back = read_back(nasty_graph())
    paper = back.nodes['paper:a&<b>"\n']
    assert paper["title"] == 'x < y & z > "w"\t\r\n' and paper["ok"] is True and paper["n"] == 3
    assert (
        json.loads(paper["authors"]) == ["Ünïcödé", "\ufffd"] and paper["note"] == "bell\ufffd and nul\ufffd"
    )
    assert "year" not in paper and back.nodes["entity:e"] == {"n": 2.5, "year": 2020}
    assert json.loads(back.edges['paper:a&<b>"\n', "entity:e"]["mentions"]) == [
        {"text": "a&b", "score": None}
    ]


def test_capped_builds_are_byte_identical(docs, tmp_path, monkeypatch):
    monkeypatch.setattr(weights, "MAX_DF", 2)  # accuracy, transformer leave the product
    for name in ("a", "b"):
        save_graph(build_graph(docs, make_entities(docs)), tmp_path / name)
    for name in ("graph.json", "graph.graphml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.hostile
def test_load_reports_missing_and_broken_graphs(tmp_path):
    with pytest.raises(KGError, match=r"\[E030\] No graph found in .*empty"):
        load_graph(tmp_path / "empty")
    (tmp_path / "graph.json").write_text('{"bipartite": ', encoding="utf-8")
    with pytest.raises(KGError, match=r"\[E034\] Could not read the graph in .*graph.json: JSONDecodeError"):
        load_graph(tmp_path)


# ---------------------------------------------------------------- queries


@pytest.mark.parametrize(
    "name, kind, key",
    [
        ("long range arena", "entity", "entity:lra"),
        ("LRA", "entity", "entity:lra"),
        ("lra", "entity", "entity:lra"),
        ("  ResNet ", "entity", "entity:resnet"),
        ("deep residual learning", "paper", "paper:p3"),
        ("p3", "paper", "paper:p3"),
        ("entity:glue", None, "entity:glue"),
        ("Distilling BERT", None, "paper:p6"),
    ],
)
def test_resolve_by_id_label_alias_and_title(kg, name, kind, key):
    assert resolve(kg, name, kind) == key


def test_unknown_names_suggest_close_matches(kg):
    with pytest.raises(
        KGError, match=r"\[E031\] No entity matches 'Long Range Arene'; did you mean 'Long Range Arena'"
    ):
        resolve(kg, "Long Range Arene")
    with pytest.raises(
        KGError, match=r"\[E031\] No paper matches 'distiling bert'; did you mean 'Distilling BERT'"
    ):
        resolve(kg, "distiling bert", "paper")
    with pytest.raises(KGError, match=r"No entity or paper matches 'zzz'$"):
        resolve(kg, "zzz", None)


def test_related_papers_with_their_explanations(kg):
    got = related(kg, "Efficient Transformers on Long Range Arena", n=3)
    assert [(r.id, r.shared) for r in got] == [
        ("p2", ["Long Range Arena"]),
        ("p5", ["Transformer", "accuracy"]),
        ("p7", ["Transformer", "accuracy"]),
    ]
    assert got[0].weight == pytest.approx(idf(2)) and got[0].title == "Linear Attention for Long Sequences"


def test_entity_info(kg):
    info = entity_info(kg, "bert")
    assert (info.label, info.type, info.n_papers, info.papers_by_year) == (
        "BERT",
        "MODEL",
        2,
        {2022: 1, 2023: 1},
    )
    assert info.variants == ["BERT-large"] and info.variant_of is None
    assert [(c.label, c.count) for c in info.cooccurring["METRIC"]] == [("accuracy", 2)]
    assert info.cooccurring["METRIC"][0].npmi == pytest.approx(math.log(2 * N / (2 * 5)) / math.log(N / 2))
    assert entity_info(kg, "BERT-large").variant_of == "BERT"
    assert list(entity_info(kg, "LRA").aliases) == ["LRA", "Long Range Arena"]
    accuracy = entity_info(kg, "accuracy", n=1)
    assert {t: [c.label for c in cs] for t, cs in accuracy.cooccurring.items()} == {
        "METHOD": ["Transformer"],
        "MODEL": ["BERT"],
        "DATASET": ["ImageNet"],
    }


def test_shortest_path_walks_papers_and_entities(kg):
    path = shortest_path(kg, "Performer", "GLUE")
    assert [n.label for n in path] == [
        "Performer",
        "Linear Attention for Long Sequences",
        "Long Range Arena",
        "Efficient Transformers on Long Range Arena",
        "accuracy",
        "Distilling BERT",
        "GLUE",
    ]
    assert [n.kind for n in path[:2]] == ["entity", "paper"]
    with pytest.raises(KGError, match=r"\[E032\] No path between 'SVM' and 'GLUE'"):
        shortest_path(kg, "SVM", "GLUE")


def test_shortest_path_goes_through_a_generic_entity_only_when_asked(kg):
    kg.bipartite.nodes["entity:accuracy"]["generic"] = True  # as a field or family would be
    around = [n.label for n in shortest_path(kg, "Performer", "GLUE")]
    assert "accuracy" not in around and around[0] == "Performer" and around[-1] == "GLUE"
    assert "accuracy" in [n.label for n in shortest_path(kg, "Performer", "GLUE", include_generic=True)]
    assert shortest_path(kg, "accuracy", "GLUE")[0].label == "accuracy"  # an end may be one


def test_top_entities_by_papers_type_and_year(kg):
    assert [(e.label, e.count) for e in top_entities(kg, n=3)] == [
        ("accuracy", 5),
        ("Transformer", 3),
        ("BERT", 2),
    ]
    assert [e.label for e in top_entities(kg, type="dataset")] == [
        "ImageNet",
        "Long Range Arena",
        "CIFAR-10",
        "GLUE",
    ]
    assert [(e.label, e.count) for e in top_entities(kg, year=2019, n=2)] == [
        ("accuracy", 2),
        ("ImageNet", 1),
    ]
    with pytest.raises(KGError, match=r"\[E021\] Unknown label 'ALGORITHM'"):
        top_entities(kg, type="ALGORITHM")


def test_top_entities_rank_curated_entities_first_among_ties(docs):
    entities = make_entities(docs)
    entities["glue"].curated = True  # a gazetteer concept, in as many papers as CIFAR-10
    labels = [e.label for e in top_entities(build_graph(docs, entities), type="dataset")]
    assert labels == ["ImageNet", "Long Range Arena", "GLUE", "CIFAR-10"]
    # and among entities whose share grew as much, in kg trending
    assert [t.label for t in trending(build_graph(docs, entities), n=5)] == [
        "BERT", "GLUE", "BERT-large", "CIFAR-10", "Performer"
    ]  # fmt: skip


def test_trending_compares_shares_before_and_after_the_split(kg):
    # the median year is 2020: 2 papers before it, 5 from it on
    first = trending(kg, n=1)[0]
    assert (first.label, first.before, first.after) == ("BERT", 0.0, pytest.approx(2 / 5))
    later = trending(kg, n=2, split_year=2022)
    assert [(t.label, t.before, t.after) for t in later] == [
        ("BERT", 0.0, pytest.approx(2 / 3)),
        ("accuracy", 0.5, 1.0),
    ]
    with pytest.raises(
        KGError, match=r"\[E033\] Cannot compare the papers before and after 2030: papers span 2019–20"
    ):
        trending(kg, split_year=2030)
