"""The pages of the static site: one for each entity and each paper, as plain data.

A page's file name comes from :func:`page_name`, safe for any id; every link is relative to
the site's root (the build's output folder), which the templates put in front, so the site
works from ``file://`` wherever it is copied. An entity without a page (past
``max_entity_pages``) is shown as text and found by the search.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TypedDict

from ..graph import KnowledgeGraph, cooccurring, entity_papers, family, variants_of
from ..records import LABELS, ROLES
from ..schema import EntityAttrs, PaperAttrs, entity_node, node_kind, paper_node
from .leaderboards import Boards, PaperResult, ResultIndex, entity_boards, paper_results
from .pages import PAGES
from .style import TYPE_STYLE
from .text import plural, source_url, year_span

# ids already safe as file names everywhere: lower case (case-insensitive file systems), no
# dots or separators, not too long, and not a name Windows keeps for a device
_PLAIN = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
_DEVICES = {"con", "prn", "aux", "nul", *(f"{d}{i}" for d in ("com", "lpt") for i in range(10))}
# what a paper does with an entity (kg.records.ROLES), as the pages say it
ROLE_NAMES = {
    "proposes": "proposes",
    "evaluates_on": "evaluates on",
    "compares_with": "compares with",
    "uses": "uses",
    "mentions": "mentions",
}


def page_name(id: str) -> str:
    """The file name of the page of ``id``: the id itself where it is plain lower-case ASCII,
    else a readable part and a hash of the id after ``_``, which plain names never hold.

    >>> page_name("cifar-10"), page_name("CIFAR-10"), page_name("arxiv:1706.03762")
    ('cifar-10.html', 'cifar-10_1a9e2ac521a0ef81.html', 'arxiv-1706-03762_a1a0262a54cd0bbc.html')
    >>> page_name("../../etc/passwd"), page_name("con")
    ('etc-passwd_3754d6cb3a38e118.html', 'con_1143da2bc54c495c.html')
    """
    if _PLAIN.fullmatch(id) and id not in _DEVICES:
        return id + ".html"
    slug = re.sub(r"[^a-z0-9]+", "-", id.lower()).strip("-")[:60]
    return f"{slug}_{hashlib.sha256(id.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.html"


class Ref(TypedDict):
    """A node as a link: its page relative to the site's root, None where it has none."""

    label: str
    href: str | None


class Segment(TypedDict):
    """A piece of text; a mention of an entity is marked in its type's colour and links to
    the entity's page, if it has one."""

    text: str
    href: str | None
    color: str | None


class TypeGroup(TypedDict):
    """The entities of one type on a page, each with a number (papers, mentions or NPMI)."""

    type: str
    name: str
    color: str
    entities: list[tuple[Ref, str]]


class RoleEntity(TypedDict):
    """An entity of a paper's page: its type, its mentions, whether the paper is about it
    (``salient``) and whether it is ``generic`` (a field or family, kg.link.specificity)."""

    ref: Ref
    type: str
    color: str
    count: int
    salient: bool
    generic: bool


class RoleGroup(TypedDict):
    """The entities a paper gives one role (one of kg.records.ROLES)."""

    role: str
    name: str
    entities: list[RoleEntity]


@dataclass
class PaperRow:
    """A paper of an entity's page: the sentence of its first mention cut into segments, and
    the paper's role for the entity."""

    ref: Ref
    year: str
    url: str | None
    field: str
    evidence: list[Segment]
    role: str
    salient: bool


@dataclass
class Related:
    """A paper related to the one a page shows, and why: the entities they share."""

    ref: Ref
    year: str
    weight: float
    shared: list[Ref]


@dataclass
class EntityPage:
    """What an entity's page shows."""

    title: str
    type: str
    color: str
    about: list[str]
    aliases: list[tuple[str, int]]
    variant_of: Ref | None
    variants: list[Ref]
    years: list[tuple[int, int, float]]  # year, papers, bar length (% of the busiest year)
    undated: int
    papers: list[PaperRow]
    n_papers: int
    cooccurring: list[TypeGroup]
    generic: bool
    roles: list[tuple[str, int]]  # how many of its papers give it each role
    boards: Boards | None  # a dataset's or a metric's leaderboards
    links: tuple[tuple[str, str], ...] = ()


@dataclass
class PaperPage:
    """What a paper's page shows."""

    title: str
    about: list[str]
    authors: list[str]
    url: str | None
    abstract: list[Segment]
    entities: list[RoleGroup]
    results: list[PaperResult]
    related: list[Related]
    links: tuple[tuple[str, str], ...] = ()


@dataclass
class Site:
    """The nodes that have pages, and what their pages need from the whole graph."""

    kg: KnowledgeGraph
    pages: dict[str, str]  # node key -> page, relative to the site's root
    variants: defaultdict[str, list[str]]  # see kg.graph.variants_of
    results: ResultIndex

    @classmethod
    def of(cls, kg: KnowledgeGraph, max_entity_pages: int) -> Site:
        """Pages for every paper and the ``max_entity_pages`` entities in most papers (then
        the most variants, so a family named only through its versions has one)."""
        variants = variants_of(kg)
        nodes = kg.entities.nodes
        top = heapq.nsmallest(
            max_entity_pages, nodes, key=lambda k: (-nodes[k]["n_papers"], -len(variants[k]), k)
        )
        pages = {key: "entity/" + page_name(nodes[key]["id"]) for key in top}
        pages.update((key, "paper/" + page_name(a["id"])) for key, a in kg.papers.nodes(data=True))
        return cls(kg, pages, variants, ResultIndex.of(kg))

    def ref(self, key: str) -> Ref:
        """Node ``key`` as a link to its page."""
        a = self.kg.bipartite.nodes[key]
        return {
            "label": a["label"] if node_kind(key) == "entity" else a["title"],
            "href": self.pages.get(key),
        }


def type_name(t: str) -> str:
    """An entity type as the pages name it: ``METHOD`` is ``Method``."""
    return t.capitalize()


def _bars(years: Counter[int]) -> list[tuple[int, int, float]]:
    """Each year from the first to the last, its papers and its bar's length."""
    if not years:
        return []
    most = max(years.values())
    return [(y, years[y], round(100 * years[y] / most, 1)) for y in range(min(years), max(years) + 1)]


def _evidence(text: str, start: int, end: int, color: str) -> list[Segment]:
    """The sentence ``text`` with the mention ``text[start:end]`` marked."""
    return [
        {"text": text[:start], "href": None, "color": None},
        {"text": text[start:end], "href": None, "color": color},
        {"text": text[end:], "href": None, "color": None},
    ]


def _paper_rows(site: Site, key: str, max_papers: int) -> list[PaperRow]:
    """At most ``max_papers`` papers of entity ``key``, most about it first, each with the
    sentence of its first mention and its role for the entity."""
    kg = site.kg
    color = TYPE_STYLE[kg.bipartite.nodes[key]["type"]][0]
    rows = []
    for p in entity_papers(kg, key, max_papers):
        pkey = paper_node(p.id)
        ev, edge = p.evidence, kg.bipartite[key][pkey]
        rows.append(
            PaperRow(
                site.ref(pkey),
                year_span(p.year, p.year),
                source_url(kg.bipartite.nodes[pkey]),
                ev.field if ev else "",
                _evidence(ev.text, ev.start, ev.end, color) if ev else [],
                ROLE_NAMES.get(edge["role"], edge["role"]),
                edge["salient"],
            )
        )
    return rows


def entity_page(site: Site, key: str, max_papers: int = 100) -> EntityPage:
    """The page of entity ``key``: its names, family, papers per year, at most ``max_papers``
    papers (most about it first, see :func:`kg.graph.entity_papers`) with the sentence of each
    that mentions it and its role there, the entities it occurs with, and the leaderboards
    of a dataset or a metric."""
    kg = site.kg
    a: EntityAttrs = kg.bipartite.nodes[key]
    dated = [y for p in kg.bipartite[key] if (y := kg.bipartite.nodes[p]["year"]) is not None]
    with_variants = set().union(*(kg.bipartite[v] for v in family(site.variants, key)))
    roles = Counter(d["role"] for d in kg.bipartite[key].values())
    groups = cooccurring(kg, key, 10)
    parent = entity_node(a["variant_of"]) if a["variant_of"] else None
    return EntityPage(
        title=a["label"],
        type=type_name(a["type"]),
        color=TYPE_STYLE[a["type"]][0],
        about=[
            type_name(a["type"]),
            plural(a["n_papers"], "paper"),
            f"{plural(len(with_variants), 'paper')} with its variants" if site.variants[key] else "",
            year_span(a["first_year"], a["last_year"]),
        ],
        aliases=sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0])),
        variant_of=site.ref(parent) if parent and parent in kg.bipartite else None,
        variants=sorted((site.ref(v) for v in site.variants[key]), key=lambda r: r["label"]),
        years=_bars(Counter(dated)),
        undated=len(kg.bipartite[key]) - len(dated),
        papers=_paper_rows(site, key, max_papers),
        n_papers=a["n_papers"],
        cooccurring=[
            _group(
                t,
                [
                    (
                        site.ref(entity_node(c.id)),
                        f"NPMI {c.npmi:.2f}, {c.count}" + (", generic" if c.generic else ""),
                    )
                    for c in groups[t]
                ],
            )
            for t in LABELS
            if t in groups
        ],
        generic=a["generic"],
        roles=[(ROLE_NAMES[r], roles[r]) for r in ROLES if roles[r]],
        boards=entity_boards(site, key),
        links=PAGES,
    )


def _group(t: str, entities: list[tuple[Ref, str]]) -> TypeGroup:
    return {"type": t, "name": type_name(t), "color": TYPE_STYLE[t][0], "entities": entities}


def _abstract(site: Site, key: str, text: str) -> list[Segment]:
    """The abstract of paper ``key`` cut at its mentions, each linked to its entity's page;
    a mention overlapping an earlier one (a nested part inside its mention, which comes
    first), or whose offsets do not fit the text, stays text."""
    spans = sorted(
        (
            (m.start, m.end, e)
            for e, d in site.kg.bipartite[key].items()
            for m in d["mentions"]
            if m.field == "abstract" and text[m.start : m.end] == m.text
        ),
        key=lambda s: (s[0], -s[1], s[2]),
    )
    out: list[Segment] = []
    at = 0
    for start, end, e in spans:
        if start < at:
            continue
        out.append({"text": text[at:start], "href": None, "color": None})
        color = TYPE_STYLE[site.kg.bipartite.nodes[e]["type"]][0]
        out.append({"text": text[start:end], "href": site.pages.get(e), "color": color})
        at = end
    out.append({"text": text[at:], "href": None, "color": None})
    return [s for s in out if s["text"]]


def _roles(site: Site, key: str) -> list[RoleGroup]:
    """The entities of paper ``key`` by its role for them, strongest role first; in each,
    those the paper is about first, then the most mentioned."""
    g = site.kg.bipartite
    by_role: dict[str, list[RoleEntity]] = {r: [] for r in ROLES}
    ranked = sorted(
        g[key].items(), key=lambda kv: (not kv[1]["salient"], -kv[1]["count"], g.nodes[kv[0]]["label"])
    )
    for e, d in ranked:
        a = g.nodes[e]
        by_role.setdefault(d["role"], []).append(
            {
                "ref": site.ref(e),
                "type": type_name(a["type"]),
                "color": TYPE_STYLE[a["type"]][0],
                "count": d["count"],
                "salient": d["salient"],
                "generic": a["generic"],
            }
        )
    return [
        {"role": r, "name": ROLE_NAMES.get(r, r).capitalize(), "entities": es}
        for r, es in by_role.items()
        if es
    ]


def paper_page(site: Site, key: str, n_related: int = 10) -> PaperPage:
    """The page of paper ``key``: its metadata and abstract, its entities by its role for
    them, the results it reports and its ``n_related`` most related papers with the
    entities they share."""
    kg = site.kg
    a: PaperAttrs = kg.bipartite.nodes[key]
    links = sorted(kg.papers[key].items(), key=lambda kv: (-kv[1]["weight"], kv[0]))[:n_related]
    return PaperPage(
        title=a["title"],
        about=[year_span(a["year"], a["year"]), a["id"]],
        authors=list(a.get("authors") or []),
        url=source_url(a),
        abstract=_abstract(site, key, a.get("abstract") or ""),
        entities=_roles(site, key),
        results=paper_results(site, key),
        related=[
            Related(
                site.ref(other),
                year_span(kg.papers.nodes[other]["year"], kg.papers.nodes[other]["year"]),
                d["weight"],
                [site.ref(entity_node(s)) for s in d["shared"]],
            )
            for other, d in links
        ],
        links=PAGES,
    )
