"""The files of a built graph: ``graph.json`` and ``graph.graphml``.

``graph.json`` holds the three graphs as networkx node-link data under the keys ``bipartite``,
``papers`` and ``entities``, laid out as ``nx.node_link_data`` lays them out by default (node
keys under ``"id"``, links under ``"edges"``), so ``nx.node_link_graph(data["bipartite"])``
reads them back; a node's own ``id`` attribute (the paper's or entity's id) is stored as
``kg_id``, since ``"id"`` holds the key. Node attributes are stored once, on the bipartite
nodes (the other two list bare node keys).

``graph.graphml`` holds the bipartite graph for Gephi, igraph and friends: node keys as the
nodes' ids, a ``label`` to show (a paper's title, an entity's label), the id attribute as
``kg_id`` here too (igraph would take an ``id`` attribute for the node's id), key ids named
after their attributes (Gephi reads a key ``d3`` as the label), list and dict attributes as
JSON strings and None values left out.

Text that XML or Turtle readers refuse (control characters, non-characters, lone surrogates)
is replaced by U+FFFD in both files' text and in ``kg.ttl`` (:func:`portable_text`).
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
from .check import check_graph

# networkx's defaults since 3.4 (which named links "links" before): what a reader gets from
# nx.node_link_graph(data) without arguments
NODE_KEY, EDGES = "id", "edges"
FILE_ID = "kg_id"
"""The name in the files of a node's ``id`` attribute, whose own name holds the node key."""
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


def file_attrs(attrs: Mapping[str, object]) -> dict[str, object]:
    """A node's attributes as the files hold them: ``id`` renamed :data:`FILE_ID`, in place.

    >>> file_attrs({"kind": "paper", "id": "p1", "title": "T"})
    {'kind': 'paper', 'kg_id': 'p1', 'title': 'T'}
    """
    return {FILE_ID if k == "id" else k: v for k, v in attrs.items()}


def write_node_link(f: IO[str], g: nx.Graph, node_attrs: bool = True) -> None:
    """Write ``g`` to ``f`` as ``json.dumps(nx.node_link_data(g))`` would write ``g`` with its
    node attributes as :func:`file_attrs` makes them, but streamed; without ``node_attrs``
    each node is only ``{"id": key}``."""
    head = {"directed": g.is_directed(), "multigraph": g.is_multigraph(), "graph": g.graph}
    f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "nodes": ')
    nodes = (
        ({**file_attrs(a), NODE_KEY: n} for n, a in g.nodes(data=True))
        if node_attrs
        else ({NODE_KEY: n} for n in g)
    )
    write_json_array(f, nodes)
    f.write(f', "{EDGES}": ')
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


# what reading a file of another shape raises: a value of another type where the loader
# expects a list or a dict, a nesting too deep for the decoder, a file that cannot be read
_READ_ERRORS = (
    AttributeError,
    KeyError,
    TypeError,
    ValueError,
    RecursionError,
    OSError,
    nx.NetworkXException,
)


@gc_paused()
def load_graph(directory: str | Path) -> KnowledgeGraph:
    """Read back the graphs that :func:`save_graph` wrote into ``directory``, checked
    against the schema (:func:`~kg.graph.check.check_graph`).

    Raises
    ------
    KGError
        E030 when there is no ``graph.json``, E034 when it is damaged in any way.
    """
    path = Path(directory) / "graph.json"
    if not path.is_file():
        raise KGError(Errors.E030.format(path=directory))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graphs = {
            name: nx.node_link_graph(
                data[name], directed=False, multigraph=False, name=_node_key(data[name]), edges=EDGES
            )
            for name in GRAPHS
        }
        kg = KnowledgeGraph(**graphs)
        for _, attrs in kg.bipartite.nodes(data=True):
            # back to the schema's name, in the same place among the attributes
            renamed = {"id" if k == FILE_ID else k: v for k, v in attrs.items()}
            attrs.clear()
            attrs.update(renamed)
        for *_, attrs in kg.bipartite.edges(data=True):
            attrs["mentions"] = [Mention.from_dict(m) for m in attrs["mentions"]]
    except _READ_ERRORS as e:
        raise KGError(Errors.E034.format(path=path, detail=f"{type(e).__name__}: {e}")) from e
    check_graph(kg, path)
    copy_node_attrs(kg)
    return kg


def _node_key(data: object) -> str:
    """Where ``data``'s nodes hold their keys: under ``"id"``, or under ``"node"`` in files
    that earlier builds of kg wrote (where ``"id"`` is the paper's or entity's own id)."""
    nodes = data.get("nodes") if isinstance(data, dict) else None
    first = nodes[0] if isinstance(nodes, list) and nodes else {}
    return "node" if isinstance(first, dict) and "node" in first else NODE_KEY


# What some reader of the output files refuses: control characters but tab and line ends
# (XML 1.0 cannot hold C0 ones; rapper reads an escaped NUL as the end of the file), the
# non-characters (rapper refuses U+FFFE and U+FFFF; lxml will not write them) and lone
# surrogates (UTF-8 cannot encode them). Each becomes one U+FFFD, so offsets into a text
# still point at the same characters.
_NOT_PORTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)


def portable_text(text: str) -> str:
    """``text`` with each character that an XML or RDF reader may refuse replaced by U+FFFD.

    >>> portable_text("a\\x00b\\tc\\uffff")
    'a\\ufffdb\\tc\\ufffd'
    """
    return _NOT_PORTABLE.sub("\ufffd", text)


def graphml_attrs(attrs: Mapping[str, object]) -> dict[str, object]:
    """Attributes as GraphML can hold them: list and dict values as JSON strings, no Nones,
    text as :func:`portable_text` makes it.

    >>> graphml_attrs({"tags": ["x"], "year": None, "n": 1})
    {'tags': '["x"]', 'n': 1}
    """
    out: dict[str, object] = {}
    for k, v in attrs.items():
        if v is not None:
            text = _encoder.encode(v) if isinstance(v, (list, dict)) else v
            out[k] = portable_text(text) if isinstance(text, str) else text
    return out


def graphml_node_attrs(attrs: Mapping[str, object]) -> dict[str, object]:
    """A node's attributes in GraphML: :func:`graphml_attrs` of :func:`file_attrs`, with a
    ``label`` to show after the ``kind``: a paper's title (an entity has its label).

    >>> graphml_node_attrs({"kind": "paper", "id": "p1", "title": "T", "year": None})
    {'kind': 'paper', 'label': 'T', 'kg_id': 'p1', 'title': 'T'}
    """
    out = graphml_attrs(file_attrs(attrs))
    if attrs.get("kind") == "paper" and "label" not in out and "title" in out:
        kind = {"kind": out.pop("kind")}
        out = {**kind, "label": out["title"], **out}
    return out


def write_graphml(f: IO[bytes], g: nx.Graph) -> None:
    """Write ``g`` (no graph attributes; string node keys) to the binary file ``f`` as
    GraphML, with its node attributes as :func:`graphml_node_attrs` and its edge attributes
    as :func:`graphml_attrs` make them, through networkx's lxml writer, which streams the
    elements where its default one first builds the whole XML tree (2 GB for the graph of
    100k papers). Each key's id is its attribute's name, so node and edge attributes must
    have different names (those of :mod:`kg.schema` do).

    >>> import io
    >>> f = io.BytesIO()
    >>> write_graphml(f, nx.Graph([("a", "b", {"w": 1.5, "tags": ["x"]})]))
    >>> back = nx.read_graphml(io.BytesIO(f.getvalue()))
    >>> back.edges["a", "b"]
    {'w': 1.5, 'tags': '["x"]'}
    """
    ready = nx.Graph()
    ready.add_nodes_from((portable_text(n), graphml_node_attrs(a)) for n, a in g.nodes(data=True))
    ready.add_edges_from(
        (portable_text(u), portable_text(v), graphml_attrs(a)) for u, v, a in g.edges(data=True)
    )
    # one key per attribute name, of the type that holds all its values (named_key_ids would
    # otherwise give an attribute that is an int here and a float there two keys of one id)
    nx.write_graphml_lxml(ready, f, named_key_ids=True, infer_numeric_types=True)
