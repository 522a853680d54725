"""Work-arounds that reach past a library's public API, each with the reason, the gain it
was measured to give, and the library versions it was checked on: ``tests/test_compat.py``
fails when one of those versions changes, so that someone checks the work-around again.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import srsly

if TYPE_CHECKING:  # extraction and its worker processes import this module, not networkx
    import networkx as nx

# srsly and catalogue, major.minor, as msgpack_codecs_frozen was checked on
MSGPACK_CHECKED_ON = {"srsly": "2.5", "catalogue": "2.0"}


@contextlib.contextmanager
def msgpack_codecs_frozen() -> Iterator[None]:
    """Look srsly's msgpack codecs up once, not on every message.

    spaCy's ``nlp.pipe(n_process=N)`` sends each document back from its worker as msgpack,
    and every (de)serialisation asks catalogue for the codecs: a scan of every registered
    function and of every installed package's entry points. That was 6 scans a document in
    the parent alone: extracting 1,500 abstracts with 2 workers took 7.7 s of the parent's
    CPU with them and 2.2 s without, and ran at 72 rather than 100 abstracts/s. Worker
    processes forked inside the block inherit the frozen codecs; a codec registered
    meanwhile is not seen until the block ends.

    No public API avoids the scans: ``srsly.msgpack_dumps``/``msgpack_loads`` take no codecs,
    srsly's ``Packer`` and ``Unpacker`` always call ``get_all()`` on the registries, and
    catalogue caches nothing (its public ``Registry.entry_points = False`` would skip only
    the entry points, and lose codecs registered through them). So the registries'
    ``get_all`` is shadowed by an instance attribute that returns the codecs looked up once.

    >>> with msgpack_codecs_frozen():
    ...     srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]}))
    {'a': [1, 2]}
    """
    registries = [r for r in (srsly.msgpack_encoders, srsly.msgpack_decoders) if "get_all" not in vars(r)]
    for registry in registries:  # an instance attribute shadows the method
        registry.get_all = functools.partial(dict, registry.get_all())
    try:
        yield
    finally:
        for registry in registries:
            del registry.get_all


# pyvis, major.minor, whose package folder vis_network_file reads; pyproject.toml pins 0.3.2
VIS_NETWORK_CHECKED_ON = {"pyvis": "0.3"}
VIS_NETWORK_DIR = ("templates", "lib", "vis-9.1.2")


def vis_network_file(name: str) -> str | None:
    """The text of vis-network's ``vis-network.min.js`` or ``vis-network.css`` (``name``) as
    pyvis ships them; None for a file it does not have (as Jinja's ``FunctionLoader`` wants).

    The views of one node's neighbourhood (``kg viz entity|paper``; the maps are drawn by
    sigma.js, see :mod:`kg.views.maps`) inline vis-network's script and style so that a page
    works offline. pyvis ships
    vis-network 9.1.2 (469 kB of script, 220 kB of style) inside its package, in the
    ``templates/lib`` folder of its own templates, but has no API that names those files;
    reading them there rather than vendoring 690 kB of minified code into ``kg/data`` keeps
    the one copy that the pyvis pin chooses. Nothing else of pyvis is used: ``kg.views``
    renders the whole page with its own templates.

    >>> vis_network_file("vis-network.min.js").split()[:3]
    ['/**', '*', 'vis-network']
    >>> vis_network_file("template.html") is None
    True
    """
    import importlib.resources

    # importing pyvis (which imports IPython) waits until a page is drawn
    resource = importlib.resources.files("pyvis").joinpath(*VIS_NETWORK_DIR, name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


# networkx, major.minor, whose Graph internals add_new_neighbours writes to
NETWORKX_CHECKED_ON = {"networkx": "3.6"}


def add_new_neighbours(
    g: nx.Graph, groups: Iterable[tuple[Hashable, Iterable[tuple[Hashable, Mapping[str, object]]]]]
) -> None:
    """Give each node of ``groups`` its new neighbours, each edge with the attribute dict given
    (not a copy), all of a node's at once: for edges between nodes already in ``g``, not yet
    linked, each listed under both its ends with the same dict. The graph is the one
    ``Graph.add_edges_from`` makes of the edges, without its per-edge checks and copies.

    ``kg.graph.build`` adds 4.5M edges at 100k synthetic papers (pipelines/bench_graph.py).
    networkx keeps edges in ``g._adj``, the dict of dicts that ``g.adj`` shows read-only, and
    has no public way to add a node's neighbours at once: ``add_edges_from`` touches an
    edge's two ends one after the other, wandering over gigabytes of dicts, and copies every
    attribute dict. Adding the three graphs' edges took 4.7-5.2 s this way and 10.2-11.1 s
    with ``add_edges_from`` (build_graph 22-24 s against 27-29 s; peak memory 3,403 MiB
    against 3,954 MiB). networkx's cache of converted graphs is not cleared: ``g`` is one
    that nothing was computed on yet.

    >>> import networkx as nx
    >>> g = nx.Graph([(0, 1)])
    >>> g.add_node(2)
    >>> link = {"weight": 2.0}
    >>> add_new_neighbours(g, [(0, [(2, link)]), (2, [(0, link)])])
    >>> sorted(g.edges(data="weight")), g.edges[0, 2] is link
    ([(0, 1, None), (0, 2, 2.0)], True)
    """
    adj = g._adj
    for node, neighbours in groups:
        adj[node].update(neighbours)
