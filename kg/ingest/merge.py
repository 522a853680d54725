"""One paper per work: duplicates read from several pages or sources are merged."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import fields

from ..records import Paper
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
    the duplicates are listed in ``extra["also_in"]``. The inputs are not modified: a paper
    is copied when a duplicate first fills it, and the others are returned as they are, so
    that a stream of papers is read once and held once.

    Returns
    -------
    tuple[list[Paper], int]
        The merged papers, and how many papers were merged away.

    >>> a = Paper("arxiv:1", "Deep Nets", "x", source="a.txt")
    >>> b = Paper("title:f00", "Deep nets!", "x", year=2019, source="b.txt")
    >>> other = Paper("arxiv:2", "Other", "y")
    >>> merged, n = merge_duplicates([a, b, other])
    >>> [p.id for p in merged], n, merged[0].year, merged[0].extra
    (['arxiv:1', 'arxiv:2'], 1, 2019, {'also_in': ['b.txt']})
    >>> a.year is None, merged[1] is other
    (True, True)
    """
    kept: list[Paper] = []
    place: dict[tuple[str, str], int] = {}  # id or title key -> index in kept
    copied: set[int] = set()
    merged = 0
    for paper in papers:
        title = normalize_title(paper.title)
        # a title of symbols only ("\uf020" from a PDF) says nothing about identity
        keys = [("id", paper.id)] + ([("title", title)] if title else [])
        first = next((place[key] for key in keys if key in place), None)
        if first is None:
            first = len(kept)
            kept.append(paper)
        else:
            if first not in copied:
                kept[first] = copy.deepcopy(kept[first])
                copied.add(first)
            _fill(kept[first], paper)
            merged += 1
        for key in keys:
            place.setdefault(key, first)
    return kept, merged
