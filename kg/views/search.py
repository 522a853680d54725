"""The search index the pages share: every entity by its names, every paper by its title and
the entities it mentions.

``search.js`` (the template in ``kg/data/viz/``) carries it and ranks the matches of a query:
an exact name before a name that starts with the query before one that holds it; then entities
(more papers first) before papers (newest first). A paper matches by its title or by the best
match among the entities it mentions, so searching "ImageNet" finds the papers that name it
under any alias.
"""

from __future__ import annotations

from typing import TypedDict

from ..graph import KnowledgeGraph
from .site import Site

# an entity: node key, label, type, papers, page (None: no page), its names as searched
EntityEntry = tuple[str, str, str, int, str | None, list[str]]
# a paper: node key, title, year, page, the positions of its entities in the entity list
PaperEntry = tuple[str, str, int | None, str | None, list[int]]


class SearchIndex(TypedDict):
    """What ``search.js`` searches, as compact lists."""

    entities: list[EntityEntry]
    papers: list[PaperEntry]


def folded(text: str) -> str:
    """``text`` as the search compares it: lower case, its spaces collapsed (``search.js``
    folds queries alike).

    >>> folded("  Vision\\tTransformer ")
    'vision transformer'
    """
    return " ".join(text.lower().split())


def search_index(kg: KnowledgeGraph, site: Site) -> SearchIndex:
    """The index of every entity and paper of ``kg``, with their pages in ``site``."""
    position: dict[str, int] = {}
    entities: list[EntityEntry] = []
    for key, a in kg.entities.nodes(data=True):
        position[key] = len(entities)
        # the label first; names that differ only in case fold into one
        names = dict.fromkeys(folded(s) for s in (a["label"], a["id"], *a["aliases"]))
        entities.append((key, a["label"], a["type"], a["n_papers"], site.pages.get(key), list(names)))
    papers: list[PaperEntry] = [
        (key, a["title"], a["year"], site.pages.get(key), sorted(position[e] for e in kg.bipartite[key]))
        for key, a in kg.papers.nodes(data=True)
    ]
    return {"entities": entities, "papers": papers}
