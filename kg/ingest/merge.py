"""One paper per work: duplicates read from several pages or sources are merged."""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Iterable

from ..models import Paper
from .ids import normalize_title


def _fill(kept: Paper, duplicate: Paper) -> None:
    """Complete ``kept`` in place from a later ``duplicate`` of it."""
    for f in fields(Paper):
        if f.name not in ("identifiers", "extra") and not getattr(kept, f.name):
            setattr(kept, f.name, copy.deepcopy(getattr(duplicate, f.name)))
    kept.identifiers = {**duplicate.identifiers, **kept.identifiers}
    kept.extra = {**copy.deepcopy(duplicate.extra), **kept.extra}
    also_in = kept.extra.get("also_in", [])
    if duplicate.source not in (kept.source, *also_in):
        kept.extra["also_in"] = [*also_in, duplicate.source]


def merge_duplicates(papers: Iterable[Paper]) -> tuple[list[Paper], int]:
    """Merge papers with the same id or the same normalised title.

    The first occurrence keeps its id and place; its empty fields are filled from later
    duplicates, identifiers are united (the first one's win a conflict), and the sources of
    the duplicates are listed in ``extra["also_in"]``. The inputs are not modified.

    Returns
    -------
    tuple[list[Paper], int]
        The merged papers, and how many papers were merged away.

    >>> a = Paper("arxiv:1", "Deep Nets", "x", source="a.txt")
    >>> b = Paper("title:f00", "Deep nets!", "x", year=2019, source="b.txt")
    >>> merged, n = merge_duplicates([a, b, Paper("arxiv:2", "Other", "y")])
    >>> [p.id for p in merged], n, merged[0].year, merged[0].extra
    (['arxiv:1', 'arxiv:2'], 1, 2019, {'also_in': ['b.txt']})
    """
    kept: list[Paper] = []
    by_key: dict[tuple[str, str], Paper] = {}
    merged = 0
    for paper in papers:
        keys = [("id", paper.id), ("title", normalize_title(paper.title))]
        first = next((by_key[key] for key in keys if key in by_key), None)
        if first is None:
            first = copy.deepcopy(paper)
            kept.append(first)
        else:
            _fill(first, paper)
            merged += 1
        for key in keys:
            by_key.setdefault(key, first)
    return kept, merged
