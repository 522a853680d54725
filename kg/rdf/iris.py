"""The IRIs of data resources: :func:`resource_iri` mints every one, :func:`id_from_iri`
reads a paper's or an entity's id back.

An IRI is ``<RES><kind>/<id>/<id>...``, each id percent-encoded by :func:`segment`, so it
is made from ids alone and the same graph always names its resources the same. A resource
that belongs to another (a mention's selector, an entity's label) adds ids to its owner's:

>>> resource_iri("paper", "arxiv:1706.03762")
'https://w3id.org/kg-ml/resource/paper/arxiv:1706.03762'
>>> resource_iri("entity", "cifar 10", "label", "CIFAR 10")
'https://w3id.org/kg-ml/resource/entity/cifar%2010/label/CIFAR%2010'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from ..errors import Errors, KGError
from ..schema import NodeKind, node_id, node_kind
from .namespaces import RES

ResourceKind = Literal[
    "paper",
    "entity",
    "community",
    "mention",
    "evidence",
    "evaluation",
    "similarity",
    "cooccurrence",
    "activity",
    "agent",
]
"""The kinds of data resource, each the first segment of its IRIs' paths."""
LinkKind = Literal["similarity", "cooccurrence"]
"""The kinds of link between two nodes of the graph."""


def segment(value: object) -> str:
    """Percent-encode ``value`` as one IRI path segment that no user text can break.

    Everything but unreserved characters and ``:`` is encoded, including ``/`` and the dots
    of ``.`` and ``..``, which IRI resolution would otherwise remove.

    >>> segment("arxiv:1706.03762")
    'arxiv:1706.03762'
    >>> segment('a b/c#d<"é">')
    'a%20b%2Fc%23d%3C%22%C3%A9%22%3E'
    >>> segment("..")
    '%2E%2E'
    """
    # surrogatepass: a lone surrogate (UTF-8 cannot encode it) still gets an IRI, which
    # id_from_iri reads back to the same id
    encoded = quote(str(value), safe=":", errors="surrogatepass")
    return encoded.replace(".", "%2E") if encoded in {".", ".."} else encoded


def resource_iri(kind: ResourceKind, *ids: object, encode: Callable[[object], str] = segment) -> str:
    """The IRI of the data resource of ``kind`` named by ``ids``.

    Parameters
    ----------
    kind
        What the resource is.
    *ids
        What names it among its kind, outermost first: a paper's id; a mention's paper id,
        field and ``start-end`` span; an evidence's paper and entity ids; an evaluation's
        paper id and number; a link's two ends, in sorted order (:func:`link_iri`).
    encode
        How an id becomes a path segment: :func:`segment`, or a :class:`Segments` cache of it.

    Returns
    -------
    str
        The IRI as text, from which pyoxigraph and rdflib each make their own term.

    Examples
    --------
    >>> resource_iri("mention", "p/1", "abstract", "4-12")
    'https://w3id.org/kg-ml/resource/mention/p%2F1/abstract/4-12'
    >>> resource_iri("activity")
    'https://w3id.org/kg-ml/resource/activity'
    """
    return "/".join((f"{RES}{kind}", *map(encode, ids)))


def list_cell_iri(owner: str, prop_name: str, index: int) -> str:
    """The IRI of cell ``index`` (from 0) of the ``rdf:List`` that ``owner`` holds under its
    property ``prop_name``: a part of the owner, named by the property and the position, as
    :func:`resource_iri` names the parts of a resource.

    >>> list_cell_iri(resource_iri("paper", "p 1"), "authorList", 0)
    'https://w3id.org/kg-ml/resource/paper/p%201/authorList/0'
    """
    return "/".join((owner, segment(prop_name), str(index)))


def link_iri(kind: LinkKind, a: str, b: str, encode: Callable[[object], str] = segment) -> str:
    """An undirected link's IRI names its ends in sorted order, so both directions agree.

    >>> link_iri("cooccurrence", "b", "a") == link_iri("cooccurrence", "a", "b")
    True
    """
    first, second = sorted((a, b))
    return resource_iri(kind, first, second, encode=encode)


class Segments(dict[object, str]):
    """:func:`segment` of each id, encoded once: an id recurs in every link and mention of it.
    Its ``__getitem__`` is an ``encode`` for :func:`resource_iri`.

    >>> Segments()["a b"]
    'a%20b'
    """

    def __missing__(self, value: object) -> str:
        self[value] = encoded = segment(value)
        return encoded


class NodeIris(dict[str, ox.NamedNode]):
    """The IRI of each node of the graph, by its key (see :mod:`kg.schema`), as a pyoxigraph
    term made once: making one costs about 1 µs, and a node recurs in every link and mention
    of it. ``segments`` holds the encoded ids, for the IRIs of the resources around them.

    >>> NodeIris()["entity:a b"].value
    'https://w3id.org/kg-ml/resource/entity/a%20b'
    """

    def __init__(self) -> None:
        super().__init__()
        self.segments = Segments()

    def __missing__(self, key: str) -> ox.NamedNode:
        iri = resource_iri(node_kind(key), node_id(key), encode=self.segments.__getitem__)
        self[key] = node = ox.NamedNode(iri)
        return node


def id_from_iri(iri: Node | None, kind: NodeKind) -> str:
    """Invert :func:`resource_iri` for a paper (``kind="paper"``) or an entity (``"entity"``).

    >>> id_from_iri(URIRef(resource_iri("entity", "a b/c")), "entity")
    'a b/c'
    """
    prefix = f"{resource_iri(kind)}/"
    if not isinstance(iri, URIRef) or not iri.startswith(prefix):
        raise KGError(
            Errors.E049.format(what=f"{kind} IRI", value=str(iri), expected=f"an IRI starting with {prefix}")
        )
    return unquote(iri[len(prefix) :], errors="surrogatepass")
