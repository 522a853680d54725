"""The knowledge graph: papers and entities in networkx, and the questions asked of it.

The graphs' node keys and attributes are declared in :mod:`kg.schema`. Modules:

- :mod:`kg.graph.build`: :class:`KnowledgeGraph` and :func:`build_graph`, from linked mentions;
- :mod:`kg.graph.weights`: the paper and entity links (IDF and NPMI weights);
- :mod:`kg.graph.kernels`: the compiled row-by-row products behind the weights;
- :mod:`kg.graph.measures`: communities (Louvain) and PageRank;
- :mod:`kg.graph.files`: ``graph.json`` and ``graph.graphml``;
- :mod:`kg.graph.query`: resolving names, related papers, entity facts and papers with the
  sentence that mentions them, paths, trends;
- :mod:`kg.graph.index`, :mod:`kg.graph.indexed`: the same answers from ``index.sqlite``.

The names below are imported when first used: a query command answered by the index needs
none of the modules that build graphs (scipy, scikit-network, the compiled kernels), whose
imports take seconds.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .build import KnowledgeGraph, build_graph
    from .evidence import Evidence
    from .files import load_graph, save_graph
    from .query import (
        Community,
        Cooccurrence,
        EntityCount,
        EntityInfo,
        EntityPaper,
        Node,
        RelatedPaper,
        Trend,
        TrendSplit,
        communities,
        cooccurring,
        entity_info,
        entity_papers,
        evidence,
        family,
        node_label,
        related,
        resolve,
        shortest_path,
        top_entities,
        trend_split,
        trending,
        variants_of,
    )
    from .weights import TYPE_WEIGHTS

_HOMES = {
    "KnowledgeGraph": "build",
    "build_graph": "build",
    "Evidence": "evidence",
    "load_graph": "files",
    "save_graph": "files",
    "Community": "query",
    "Cooccurrence": "query",
    "EntityCount": "query",
    "EntityInfo": "query",
    "EntityPaper": "query",
    "Node": "query",
    "RelatedPaper": "query",
    "Trend": "query",
    "TrendSplit": "query",
    "communities": "query",
    "cooccurring": "query",
    "entity_info": "query",
    "entity_papers": "query",
    "evidence": "query",
    "family": "query",
    "node_label": "query",
    "related": "query",
    "resolve": "query",
    "shortest_path": "query",
    "top_entities": "query",
    "trend_split": "query",
    "trending": "query",
    "variants_of": "query",
    "TYPE_WEIGHTS": "weights",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "TYPE_WEIGHTS",
    "Community",
    "Cooccurrence",
    "EntityCount",
    "EntityInfo",
    "EntityPaper",
    "Evidence",
    "KnowledgeGraph",
    "Node",
    "RelatedPaper",
    "Trend",
    "TrendSplit",
    "build_graph",
    "communities",
    "cooccurring",
    "entity_info",
    "entity_papers",
    "evidence",
    "family",
    "load_graph",
    "node_label",
    "related",
    "resolve",
    "save_graph",
    "shortest_path",
    "top_entities",
    "trend_split",
    "trending",
    "variants_of",
]
