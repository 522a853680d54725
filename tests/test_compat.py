"""The work-arounds of kg.compat still work, on the library versions they were checked on."""

from importlib.metadata import version

import catalogue
import numpy as np
import pytest
import spacy
import srsly
from spacy.tokens import Doc

from kg.compat import MSGPACK_CHECKED_ON, msgpack_codecs_frozen


@pytest.mark.parametrize("dist", sorted(MSGPACK_CHECKED_ON))
def test_msgpack_codecs_frozen_was_checked_on_this_version(dist):
    """An upgrade fails here: check that srsly's Packer and Unpacker still call the
    registries' ``get_all`` (see msgpack_codecs_frozen), then update MSGPACK_CHECKED_ON."""
    assert version(dist).split(".")[:2] == MSGPACK_CHECKED_ON[dist].split("."), dist
    assert srsly.__version__ == version("srsly")


@pytest.fixture
def lookups(monkeypatch):
    """Counts catalogue's look-ups of srsly's msgpack codecs made through the class method."""
    calls = []
    get_all = catalogue.Registry.get_all

    def counting(self):
        if self.namespace[0] == "srsly":
            calls.append(self.namespace)
        return get_all(self)

    monkeypatch.setattr(catalogue.Registry, "get_all", counting)
    return calls


def _round_trip(nlp):
    doc = nlp("We train CLIP on CIFAR-10.")
    doc.ents = [doc.char_span(9, 13, label="MODEL")]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    return [(e.text, e.label_) for e in back.ents], back.to_array(["ORTH"])


def test_frozen_codecs_are_not_looked_up_again(lookups):
    nlp = spacy.blank("en")
    with msgpack_codecs_frozen():
        del lookups[:]  # freezing looks them up once
        ents, orths = _round_trip(nlp)
        assert lookups == []
        # srsly's numpy codec still applies
        assert np.array_equal(srsly.msgpack_loads(srsly.msgpack_dumps(np.arange(3))), np.arange(3))
    assert ents == [("CLIP", "MODEL")] and len(orths) == 6
    _round_trip(nlp)
    assert ("srsly", "msgpack_decoders") in lookups  # unfrozen after the block


def test_an_inner_block_leaves_the_outer_one_frozen(lookups):
    nlp = spacy.blank("en")
    with msgpack_codecs_frozen():
        with msgpack_codecs_frozen():
            pass
        del lookups[:]
        _round_trip(nlp)
        assert lookups == []
    assert "get_all" not in vars(srsly.msgpack_decoders)


def test_vis_network_file_was_checked_on_this_version():
    """An upgrade fails here: check that pyvis still ships vis-network's files where
    vis_network_file reads them, and that the views still draw, then update
    VIS_NETWORK_CHECKED_ON (and VIS_NETWORK_DIR if vis-network's version moved)."""
    from kg.compat import VIS_NETWORK_CHECKED_ON

    assert version("pyvis").split(".")[:2] == VIS_NETWORK_CHECKED_ON["pyvis"].split(".")


def test_vis_network_files_are_found():
    from kg.compat import vis_network_file

    script, style = vis_network_file("vis-network.min.js"), vis_network_file("vis-network.css")
    assert script is not None and "@version 9.1.2" in script[:400] and len(script) > 400_000
    assert style is not None and ".vis-network" in style
    assert vis_network_file("missing.js") is None


def test_add_new_neighbours_was_checked_on_this_version():
    """An upgrade fails here: check that networkx's Graph still keeps its edges in ``_adj``
    (see add_new_neighbours) and that add_edges_from is still slower at 100k papers
    (pipelines/bench_graph.py), then update NETWORKX_CHECKED_ON."""
    from kg.compat import NETWORKX_CHECKED_ON

    assert version("networkx").split(".")[:2] == NETWORKX_CHECKED_ON["networkx"].split(".")


def test_add_new_neighbours_makes_the_graph_that_add_edges_from_makes():
    import networkx as nx

    from kg.compat import add_new_neighbours

    edges = [(0, 2, {"w": 1}), (1, 0, {"w": 2}), (3, 2, {"w": 3}), (0, 3, {"w": 4})]
    expected, got = nx.Graph(), nx.Graph()
    for g in (expected, got):
        g.add_nodes_from(range(5))
    expected.add_edges_from(edges)
    by_node: dict[int, list] = {}
    for u, v, d in edges:
        by_node.setdefault(u, []).append((v, d))
        by_node.setdefault(v, []).append((u, d))
    add_new_neighbours(got, by_node.items())
    adjacency = [{n: list(a.items()) for n, a in g.adj.items()} for g in (got, expected)]
    assert adjacency[0] == adjacency[1] and list(got.edges(data=True)) == list(expected.edges(data=True))
    assert got.adj[0][2] is got.adj[2][0] is edges[0][2]  # the dict given, shared by both ends
