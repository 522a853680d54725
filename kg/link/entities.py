"""Entity records from the linked keys: ids, preferred labels, papers, years and variants.

Every key (a gazetteer id "g:..." or a normalised surface "k:...") becomes one entity: a
curated concept keeps its id and name; any other takes the slug of its preferred label, the
most used long form among its surface forms.
"""

from __future__ import annotations

import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from ..extract.gazetteer import Gazetteer
from ..records import Entity, ExtractedPaper
from .abbreviations import is_short_form
from .normalize import family_key, normalize, slug

_TEXT, _LABEL = operator.attrgetter("text"), operator.attrgetter("label")


def entity_records(
    docs: Sequence[ExtractedPaper],
    keys: Sequence[Sequence[str]],
    derived: Collection[tuple[int, int]],
    gazetteer: Gazetteer,
) -> dict[str, Entity]:
    """Give every mention of ``docs`` the entity id of its key in ``keys`` (in place) and
    return the entity records by id, in the order their entities are first mentioned.
    Surface forms vote for the preferred label, all but those of the ``derived`` mentions,
    which name a broader entity than their words ("multi-person pose estimation" must not
    name pose estimation)."""
    # the corpus's mentions in one flat sequence, counted over by Counter, zip and map,
    # which loop in C, rather than by Python loops
    mentions = list(itertools.chain.from_iterable(doc.mentions for doc in docs))
    flat = list(itertools.chain.from_iterable(keys))
    texts = list(map(_TEXT, mentions))
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    derived_surfaces = Counter((keys[d][i], docs[d].mentions[i].text) for d, i in derived)
    for (k, text), n in Counter(zip(flat, texts, strict=True)).items():
        surfaces[k][text] = n - derived_surfaces[k, text]
    ids = assign_ids(surfaces, gazetteer)
    eids = list(map(ids.__getitem__, flat))
    for m, eid in zip(mentions, eids, strict=True):
        m.entity = eid
    entities = _records(docs, eids, texts, list(map(_LABEL, mentions)))
    key_of = {eid: k for k, eid in ids.items()}
    for e in entities.values():
        concept = gazetteer.concepts.get(e.id)
        e.label = concept.name if concept else preferred_label(surfaces[key_of[e.id]])
        e.type = max(sorted(e.type_counts), key=e.type_counts.__getitem__)
        if concept and concept.type == "MODEL" and e.type == "METHOD":
            e.type = "MODEL"  # the gazetteer knows it is a named model
    tie_variants(entities, gazetteer)
    for e in entities.values():
        e.curated = e.id in gazetteer.concepts
    return entities


def _records(
    docs: Sequence[ExtractedPaper], eids: Sequence[str], texts: Sequence[str], labels: Sequence[str]
) -> dict[str, Entity]:
    """The records of the entities of the mentions ``eids``, with their type counts, aliases,
    papers and years; their labels and types are left to decide."""
    number = {eid: n for n, eid in enumerate(dict.fromkeys(eids))}
    entities = {eid: Entity(id=eid, label="", type="") for eid in number}
    for (eid, label), n in Counter(zip(eids, labels, strict=True)).items():
        entities[eid].type_counts[label] = n
    for (eid, text), n in Counter(zip(eids, texts, strict=True)).items():
        entities[eid].aliases[text] = n
    paper_of = np.repeat(np.arange(len(docs)), [len(doc.mentions) for doc in docs])
    entity = np.fromiter(map(number.__getitem__, eids), dtype=np.int64, count=len(eids))
    papers, first, last = papers_and_years(
        entity, paper_of, [doc.paper.id for doc in docs], [doc.paper.year for doc in docs]
    )
    for e, e_papers, e_first, e_last in zip(entities.values(), papers, first, last, strict=True):
        e.papers, e.first_year, e.last_year = e_papers, e_first, e_last
    return entities


def preferred_label(aliases: Mapping[str, int]) -> str:
    """The most common long form, else the most common form.

    >>> preferred_label({"LRA": 5, "Long Range Arena": 2, "long range arena": 1})
    'Long Range Arena'
    """
    ranked = sorted(aliases, key=lambda a: (-aliases[a], a))
    return next((a for a in ranked if not is_short_form(a)), ranked[0])


def assign_ids(surfaces: Mapping[str, Mapping[str, int]], gazetteer: Gazetteer) -> dict[str, str]:
    """Entity id of each key: the concept id of a gazetteer key, else the slug of the key's
    preferred label, numbered when another key or a concept has it already.

    >>> from collections import Counter
    >>> assign_ids({"g:coco": Counter(COCO=2), "k:lra": Counter(LRA=1), "k:lra2": Counter(LRA=3)}, Gazetteer())
    {'g:coco': 'coco', 'k:lra': 'lra', 'k:lra2': 'lra-2'}
    """
    ids, used = {}, set(gazetteer.concepts)
    for key in sorted(surfaces):
        if key.startswith("g:"):
            ids[key] = key[2:]
            continue
        base = slug(preferred_label(surfaces[key]))
        eid, n = base, 1
        while eid in used:
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        ids[key] = eid
    return ids


def papers_and_years(
    entity: NDArray[np.int64], paper: NDArray[np.int64], paper_ids: Sequence[str], years: Sequence[int | None]
) -> tuple[list[list[str]], list[int | None], list[int | None]]:
    """Each entity's papers (ids, sorted, once each) and the first and last year among them,
    from the entity and paper number of every mention; entities are numbered 0, 1, ... and
    every one has a mention. Sorting (entity, paper) pairs in numpy, once, keeps it linear in
    the mentions, without a Python step per pair.

    >>> papers_and_years(np.array([1, 0, 1, 1]), np.array([0, 1, 2, 0]), ["b", "a", "c"], [2020, None, 2018])
    ([['a'], ['b', 'c']], [None, 2018], [None, 2020])
    >>> papers_and_years(np.array([0, 0]), np.array([0, 1]), ["a", "a"], [2021, 2019])
    ([['a']], [2019], [2021])
    """
    if not len(entity):
        return [], [], []
    ids = sorted(set(paper_ids))
    position = {pid: r for r, pid in enumerate(ids)}
    n_entities, n = int(entity.max()) + 1, len(ids)
    rank = np.fromiter(map(position.__getitem__, paper_ids), dtype=np.int64, count=len(paper_ids))
    ents, ranks = np.divmod(_distinct(entity * n + rank[paper]), n)  # by entity, then paper id
    starts = np.searchsorted(ents, np.arange(n_entities + 1))
    flat = list(map(ids.__getitem__, ranks.tolist()))
    papers = [flat[a:b] for a, b in zip(starts.tolist(), starts[1:].tolist(), strict=False)]
    # each paper id's years: one id given to two papers spans both
    year = np.array([np.nan if y is None else y for y in years], dtype=float)
    lo, hi = np.full(n, np.nan), np.full(n, np.nan)
    np.fmin.at(lo, rank, year)
    np.fmax.at(hi, rank, year)
    first = np.fmin.reduceat(lo[ranks], starts[:-1]).tolist()
    last = np.fmax.reduceat(hi[ranks], starts[:-1]).tolist()
    return papers, [int(y) if y == y else None for y in first], [int(y) if y == y else None for y in last]


def _distinct(values: NDArray[np.int64]) -> NDArray[np.int64]:
    """The sorted distinct values: by sorting, which beats ``np.unique``'s hashing on
    millions of integers."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def tie_variants(entities: dict[str, Entity], gazetteer: Gazetteer) -> None:
    """``variant_of``: from the gazetteer, else a versioned name to its family's entity. A
    curated family that no paper names on its own gets an entity without mentions, so that
    its versions are tied to it and the family stays queryable: a corpus that only says
    CIFAR-10 and CIFAR-100 still has CIFAR, with both as its variants."""
    for e in list(entities.values()):
        concept = gazetteer.concepts.get(e.id)
        family = concept.variant_of if concept else None
        while family in gazetteer.concepts and family not in entities:
            c = gazetteer.concepts[family]
            entities[family] = Entity(id=family, label=c.name, type=c.type)
            family = c.variant_of
    by_key: dict[str, str] = {}
    for e in entities.values():
        by_key.setdefault(normalize(e.label), e.id)
    for e in entities.values():
        concept = gazetteer.concepts.get(e.id)
        if concept and concept.variant_of in entities:
            e.variant_of = concept.variant_of
            continue
        fam = family_key(normalize(e.label))
        if fam and by_key.get(fam, e.id) != e.id:
            e.variant_of = by_key[fam]
