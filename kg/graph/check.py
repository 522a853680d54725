"""A built graph checked against its declared schema (:mod:`kg.schema`).

``graph.json`` is a file that anything may have damaged since ``kg build`` wrote it: cut
short, overwritten, or edited by hand into another shape. :func:`~kg.graph.files.load_graph`
runs :func:`check_graph` on what it read, so every such damage is one coded error (E034)
before a query reads the graph, for the CLI and the Python API alike, rather than a
traceback from deep inside the query that trips over a missing attribute. The check is one
pass over the nodes and edges, an ``isinstance`` or two per value.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal, Union, get_args, get_origin, get_type_hints

from ..errors import Errors, KGError
from ..schema import EntityAttrs, EntityLink, MentionEdge, PaperAttrs, PaperLink, entity_node
from .build import KnowledgeGraph

Check = Callable[[object], bool]


def check_graph(kg: KnowledgeGraph, path: str | Path) -> None:
    """Check that every node and edge of ``kg`` has the attributes of its kind, of the types
    :mod:`kg.schema` declares, and that the three graphs fit together.

    Raises
    ------
    KGError
        E034 naming ``path`` and the first thing found wrong.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("entity:x", kind="entity", id="x")
    >>> check_graph(KnowledgeGraph(g, nx.Graph(), g), "graph.json")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: [E034] Could not read the graph in graph.json: node 'entity:x' has no 'label' (damaged, or built by another kg version: run kg build again)
    """
    problem = _problem(kg)
    if problem:
        raise KGError(Errors.E034.format(path=path, detail=problem))


def _problem(kg: KnowledgeGraph) -> str | None:
    """The first thing wrong in ``kg``, or None."""
    for key, attrs in kg.bipartite.nodes(data=True):
        checks = _NODES.get(key.partition(":")[0]) if isinstance(key, str) else None
        if checks is None:
            return f"{key!r} is not a node key"
        if problem := _attrs_problem(attrs, checks):
            return f"node {key!r} {problem}"
    for name, kind in (("papers", "paper"), ("entities", "entity")):
        for key in getattr(kg, name):
            if key not in kg.bipartite or not key.startswith(f"{kind}:"):
                return f"the {name} graph has {key!r}, which is not a {kind} of the graph"
    for name, checks in _EDGES.items():
        for a, b, attrs in getattr(kg, name).edges(data=True):
            if problem := _attrs_problem(attrs, checks):
                return f"the edge {a!r}–{b!r} {problem}"
    entities = kg.entities
    for a, b, shared in kg.papers.edges(data="shared"):
        if missing := [e for e in shared if entity_node(e) not in entities]:
            return f"the papers {a!r} and {b!r} share {missing[0]!r}, which is not an entity of the graph"
    return None


def _attrs_problem(attrs: Mapping[str, object], checks: Mapping[str, Check]) -> str | None:
    """What is wrong with ``attrs``, or None; ``checks`` by attribute name."""
    for name, check in checks.items():
        if name not in attrs:
            return f"has no {name!r}"
        if not check(attrs[name]):
            return f"has {name} {attrs[name]!r:.80}, not of the declared type"
    return None


def _classes(hint: object) -> tuple[type, ...] | None:
    """The classes whose instances are of the type ``hint`` (a class or a union of classes),
    or None for a type no isinstance test decides; an int is a float, as in typing.

    >>> _classes(int | None), _classes(list[str])
    ((<class 'int'>, <class 'NoneType'>), None)
    """
    if get_origin(hint) in (Union, types.UnionType):
        parts = [_classes(a) for a in get_args(hint)]
        return None if None in parts else tuple(c for p in parts if p for c in p)
    if hint is float:
        return (int, float)
    return (hint,) if isinstance(hint, type) and not get_args(hint) else None


def _checker(hint: object) -> Check:
    """A test of whether a value is of the type ``hint``: a class, a union of classes, a
    ``Literal``, or a ``list`` or ``dict`` of classes (one ``isinstance`` each: a graph has
    some 10⁵ values to check)."""
    origin, args = get_origin(hint), get_args(hint)
    if (classes := _classes(hint)) is not None:
        return lambda v: isinstance(v, classes)
    if origin is Literal:
        return lambda v: v in args
    # a container of containers is checked one level deep: a paper's results are dicts
    parts = [_classes(a) or ((o,) if isinstance(o := get_origin(a), type) else None) for a in args]
    if origin is list and (item := parts[0]) is not None:
        return lambda v: isinstance(v, list) and all(isinstance(x, item) for x in v)
    if origin is dict and (key := parts[0]) is not None and (value := parts[1]) is not None:
        return lambda v: (
            isinstance(v, dict)
            and all(isinstance(k, key) for k in v)
            and all(isinstance(x, value) for x in v.values())
        )
    raise TypeError(f"no check for {hint!r}")


def _checks(schema: type) -> dict[str, Check]:
    """A check for each attribute the TypedDict ``schema`` declares."""
    return {name: _checker(hint) for name, hint in get_type_hints(schema).items()}


_NODES = {"paper": _checks(PaperAttrs), "entity": _checks(EntityAttrs)}
_EDGES = {"bipartite": _checks(MentionEdge), "papers": _checks(PaperLink), "entities": _checks(EntityLink)}
