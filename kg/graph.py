"""The knowledge graph: papers and entities in networkx, and the questions asked of it.

Schema (shared by `kg.rdf`, `kg.viz` and the CLI)
-------------------------------------------------
Node keys are prefixed so papers and entities never collide: ``"paper:<paper id>"`` and
``"entity:<entity id>"``; the same keys are used in all three graphs.

``KnowledgeGraph.bipartite`` (``nx.Graph``)
    paper nodes: ``kind="paper"``, ``id``, ``title``, ``abstract``, ``authors`` (list of str),
    ``year`` (int or None), ``date``, ``url``, ``source``, ``identifiers`` (dict), ``community``.
    entity nodes: ``kind="entity"``, ``id``, ``label``, ``type`` (one of ``kg.models.LABELS``),
    ``type_counts`` (dict), ``aliases`` (dict alias -> count), ``n_papers``, ``first_year``,
    ``last_year``, ``variant_of`` (entity id or None), ``community``, ``pagerank``, ``degree``.
    paper–entity edges: ``count`` (mentions), ``mentions`` (list of ``Mention.to_dict()``).
``KnowledgeGraph.papers`` (``nx.Graph``)
    paper nodes (same keys and attributes); edges ``weight`` (IDF-weighted shared entities)
    and ``shared`` (list of entity ids, strongest first); only the top-k neighbours per paper.
``KnowledgeGraph.entities`` (``nx.Graph``)
    entity nodes (same keys and attributes); edges ``weight`` (NPMI) and ``count``
    (papers in which both occur).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx


def paper_node(paper_id: str) -> str:
    """
    >>> paper_node("arxiv:1706.03762")
    'paper:arxiv:1706.03762'
    """
    return f"paper:{paper_id}"


def entity_node(entity_id: str) -> str:
    """
    >>> entity_node("cifar-10")
    'entity:cifar-10'
    """
    return f"entity:{entity_id}"


@dataclass
class KnowledgeGraph:
    bipartite: nx.Graph = field(default_factory=nx.Graph)
    papers: nx.Graph = field(default_factory=nx.Graph)
    entities: nx.Graph = field(default_factory=nx.Graph)
