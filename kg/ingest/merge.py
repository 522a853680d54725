"""One paper per work: duplicates read from several pages or sources are merged."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import fields

from ..errors import Errors, Skip
from ..records import Paper
from .ids import normalize_title
from .vet import Located


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


def _conflicts(kept: Paper, duplicate: Paper) -> list[str]:
    """The texts in which two records of one paper disagree: their words differ, beyond case,
    punctuation and spacing (an abstract that one of them lacks is no disagreement).

    >>> _conflicts(Paper("1", "Deep Nets", "We learn."), Paper("1", "deep nets!", ""))
    []
    >>> _conflicts(Paper("1", "Deep Nets", "We learn."), Paper("1", "Deep Networks", "We fly."))
    ['title', 'abstract']
    """
    found = []
    if normalize_title(kept.title) != normalize_title(duplicate.title):
        found.append("title")
    if (
        kept.abstract
        and duplicate.abstract
        and normalize_title(kept.abstract) != normalize_title(duplicate.abstract)
    ):
        found.append("abstract")
    return found


def merge_duplicates(
    papers: Iterable[Paper | Located], skips: list[Skip] | None = None
) -> tuple[list[Paper], int]:
    """Merge papers with the same id or the same normalised title.

    The first occurrence keeps its id, place and values. A later record of the same title
    and abstract (or without an abstract) completes it: its empty fields are filled,
    identifiers are united (the first one's win a conflict), and its source is listed in
    ``extra["also_in"]``. From a later record whose title or abstract says something else
    nothing is taken, and, given ``skips``, a :class:`~kg.errors.Skip` at its place names
    the first one's (records given as :class:`~kg.ingest.vet.Located` are named by file and
    line, others by source). The inputs are not modified: a paper is copied when a
    duplicate first fills it, so that a stream of papers is read once and held once.

    Returns
    -------
    tuple[list[Paper], int]
        The merged papers, and how many records were merged away.

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
    places: list[str] = []
    place: dict[tuple[str, str], int] = {}  # id or title key -> index in kept
    copied: set[int] = set()
    merged = 0
    for item in papers:
        paper, where = (item.paper, item.place) if isinstance(item, Located) else (item, item.source)
        title = normalize_title(paper.title)
        # a title of symbols only ("\uf020" from a PDF) says nothing about identity
        keys = [("id", paper.id)] + ([("title", title)] if title else [])
        first = next((place[key] for key in keys if key in place), None)
        if first is None:
            first = len(kept)
            kept.append(paper)
            places.append(where)
        elif conflicts := _conflicts(kept[first], paper):
            merged += 1
            if skips is not None:
                same = "title" if "title" not in conflicts else "id"
                reason = Errors.E087.format(key=same, first=places[first], fields=" and ".join(conflicts))
                skips.append(_skip(item, reason))
        else:
            merged += 1
            if first not in copied:
                kept[first] = copy.deepcopy(kept[first])
                copied.add(first)
            _fill(kept[first], paper)
        for key in keys:
            place.setdefault(key, first)
    return kept, merged


def _skip(item: Paper | Located, reason: str) -> Skip:
    if isinstance(item, Located):
        return Skip(item.where, item.line, reason)
    return Skip(item.source, None, reason)
