"""The files of a built graph: ``graph.json`` and ``graph.graphml``.

``graph.json`` holds the three graphs as networkx node-link data (node keys under
``"node"``, links under ``"edges"``) under the keys ``bipartite``, ``papers`` and
``entities``; node attributes are stored once, on the bipartite nodes (the other two list
bare node keys). ``graph.graphml`` holds the bipartite graph for Gephi and friends, with list
and dict attributes as JSON strings and None values left out.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO

import networkx as nx

from ..errors import Errors, KGError
from ..io import atomic_open
from ..perf import gc_paused
from ..records import Mention, MentionRecord
from .build import KnowledgeGraph, copy_node_attrs

# nodes have an "id" attribute of their own, so node-link data names the node key "node"
NODE_LINK = {"name": "node", "edges": "edges"}
GRAPHS = ("bipartite", "papers", "entities")
# Items written at once when streaming a file: few enough to hold in memory, and for JSON
# enough for the C encoder to do the work.
CHUNK = 10_000


def _to_json(value: object) -> MentionRecord:
    """What JSON holds for the one kind of value in a graph that is not JSON already."""
    if isinstance(value, Mention):
        return value.to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_encoder = json.JSONEncoder(ensure_ascii=False, default=_to_json)


def write_json_array(
    f: IO[str], items: Iterable[object], encode: Callable[[object], str] = _encoder.encode
) -> None:
    """Write ``items`` to ``f`` as a JSON array, exactly as ``encode(list(items))`` would,
    without holding the whole text or list: a chunk of items at a time, each chunk by the C
    encoder (``json.dump`` would run the Python one, minutes slower at 100k papers).

    >>> import io
    >>> f = io.StringIO()
    >>> write_json_array(f, ({"n": i} for i in range(3)))
    >>> f.getvalue() == json.dumps([{"n": 0}, {"n": 1}, {"n": 2}])
    True
    """
    f.write("[")
    items = iter(items)
    for number, chunk in enumerate(iter(lambda: list(itertools.islice(items, CHUNK)), [])):
        f.write((", " if number else "") + encode(chunk)[1:-1])
    f.write("]")


def write_node_link(f: IO[str], g: nx.Graph, node_attrs: bool = True) -> None:
    """Write ``g`` to ``f`` as ``json.dumps(nx.node_link_data(g, name="node", edges="edges"))``
    would, but streamed; without ``node_attrs`` each node is only ``{"node": key}``."""
    head = {"directed": g.is_directed(), "multigraph": g.is_multigraph(), "graph": g.graph}
    f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "nodes": ')
    nodes = ({**a, "node": n} for n, a in g.nodes(data=True)) if node_attrs else ({"node": n} for n in g)
    write_json_array(f, nodes)
    f.write(', "edges": ')
    write_json_array(f, ({**d, "source": u, "target": v} for u, v, d in g.edges(data=True)))
    f.write("}")


@gc_paused()
def save_graph(kg: KnowledgeGraph, directory: str | Path) -> list[Path]:
    """Write ``graph.json`` and ``graph.graphml`` into ``directory``; return their paths."""
    directory = Path(directory)
    json_path, graphml_path = directory / "graph.json", directory / "graph.graphml"
    with atomic_open(json_path) as f:
        for number, name in enumerate(GRAPHS):
            f.write(("{" if number == 0 else ", ") + json.dumps(name) + ": ")
            # the paper and entity graphs' node attributes are the bipartite nodes'
            write_node_link(f, getattr(kg, name), node_attrs=name == "bipartite")
        f.write("}")
    with atomic_open(graphml_path, "wb") as binary:
        write_graphml(binary, kg.bipartite)
    return [json_path, graphml_path]


@gc_paused()
def load_graph(directory: str | Path) -> KnowledgeGraph:
    """Read back the graphs that :func:`save_graph` wrote into ``directory``."""
    path = Path(directory) / "graph.json"
    if not path.is_file():
        raise KGError(Errors.E030.format(path=directory))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graphs = {
            name: nx.node_link_graph(data[name], directed=False, multigraph=False, **NODE_LINK)
            for name in GRAPHS
        }
        kg = KnowledgeGraph(**graphs)
        for *_, attrs in kg.bipartite.edges(data=True):
            attrs["mentions"] = [Mention.from_dict(m) for m in attrs["mentions"]]
    except (ValueError, KeyError, TypeError, nx.NetworkXError) as e:
        raise KGError(Errors.E034.format(path=path, detail=f"{type(e).__name__}: {e}")) from e
    copy_node_attrs(kg)
    return kg


# what XML 1.0 cannot hold: control characters but tab and line ends, lone surrogates,
# U+FFFE and U+FFFF (lxml refuses to write them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with each character that XML cannot hold replaced by U+FFFD.

    >>> xml_text("a\\x00b\\tc")
    'a\\ufffdb\\tc'
    """
    return _NOT_XML.sub("\ufffd", text)


def graphml_attrs(attrs: Mapping[str, object]) -> dict[str, object]:
    """Attributes as GraphML can hold them: list and dict values as JSON strings, no Nones,
    text as :func:`xml_text` makes it.

    >>> graphml_attrs({"tags": ["x"], "year": None, "n": 1})
    {'tags': '["x"]', 'n': 1}
    """
    out: dict[str, object] = {}
    for k, v in attrs.items():
        if v is not None:
            text = _encoder.encode(v) if isinstance(v, (list, dict)) else v
            out[k] = xml_text(text) if isinstance(text, str) else text
    return out


def write_graphml(f: IO[bytes], g: nx.Graph) -> None:
    """Write ``g`` (no graph attributes; string node keys) to the binary file ``f`` as
    GraphML, with its node and edge attributes as :func:`graphml_attrs` makes them, through
    networkx's lxml writer, which streams the elements where its default one first builds
    the whole XML tree (2 GB for the graph of 100k papers).

    >>> import io
    >>> f = io.BytesIO()
    >>> write_graphml(f, nx.Graph([("a", "b", {"w": 1.5, "tags": ["x"]})]))
    >>> back = nx.read_graphml(io.BytesIO(f.getvalue()))
    >>> back.edges["a", "b"]
    {'w': 1.5, 'tags': '["x"]'}
    """
    ready = nx.Graph()
    ready.add_nodes_from((xml_text(n), graphml_attrs(a)) for n, a in g.nodes(data=True))
    ready.add_edges_from((xml_text(u), xml_text(v), graphml_attrs(a)) for u, v, a in g.edges(data=True))
    nx.write_graphml_lxml(ready, f)
