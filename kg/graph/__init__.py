"""The knowledge graph: papers and entities in networkx, and the questions asked of it.

The graphs' node keys and attributes are declared in :mod:`kg.schema`. Modules:

- :mod:`kg.graph.build`: :class:`KnowledgeGraph` and :func:`build_graph`, from linked mentions;
- :mod:`kg.graph.weights`: the paper and entity links (IDF and NPMI weights);
- :mod:`kg.graph.kernels`: the compiled row-by-row products behind the weights;
- :mod:`kg.graph.measures`: communities (Louvain) and PageRank;
- :mod:`kg.graph.files`: ``graph.json`` and ``graph.graphml``;
- :mod:`kg.graph.query`: resolving names, related papers, entity facts and papers with the
  sentence that mentions them, paths, trends.
"""

from .build import KnowledgeGraph, build_graph
from .files import load_graph, save_graph
from .query import (
    Community,
    Cooccurrence,
    EntityCount,
    EntityInfo,
    EntityPaper,
    Evidence,
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
