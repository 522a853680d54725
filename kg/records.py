"""Plain records that flow forward through the stages: ingest → extract → link → graph."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypedDict

LABELS = ("METHOD", "MODEL", "DATASET", "METRIC", "TASK")
FIELDS = ("title", "abstract")
# what a paper does with an entity (pipelines/annotation/GUIDELINES.md §4), strongest first:
# an entity takes the first role any of its mentions has
ROLES = ("proposes", "evaluates_on", "compares_with", "uses", "mentions")


@dataclass
class Paper:
    """One paper as read from an input; ``id`` is stable across runs."""

    id: str
    title: str
    abstract: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    date: str | None = None  # ISO 8601, as precise as the source gives
    url: str | None = None
    source: str = ""  # the file it came from (the first one when merged)
    identifiers: dict[str, str] = field(default_factory=dict)  # arxiv, doi, openalex
    extra: dict[str, Any] = field(default_factory=dict)  # what else the source said, as JSON

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Paper:
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


class MentionRecord(TypedDict):
    """A mention in the files: :meth:`Mention.to_dict`."""

    field: str
    start: int
    end: int
    text: str
    label: str
    entity: str
    score: float | None
    role: str | None


# Slots, no per-record ``__dict__``: a corpus holds about ten mentions a paper, and the 100k
# synthetic papers (pipelines/synth_corpus.py) took 779 MiB in memory instead of 825.
@dataclass(slots=True)
class Mention:
    """A span of a paper's title or abstract; ``text == field_text[start:end]``. ``role`` is
    the role its own context gives its entity in the paper (one of :data:`ROLES`), once
    linking has run."""

    field: str
    start: int
    end: int
    text: str
    label: str
    entity: str = ""
    score: float | None = None
    role: str | None = None

    def to_dict(self) -> MentionRecord:
        """The fields by name, as ``asdict`` gives them (all are immutable, so no deep copy).

        >>> Mention("title", 0, 4, "BERT", "MODEL", "bert").to_dict()
        {'field': 'title', 'start': 0, 'end': 4, 'text': 'BERT', 'label': 'MODEL', 'entity': 'bert', 'score': None, 'role': None}
        """
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "entity": self.entity,
            "score": self.score,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        """The inverse of :meth:`to_dict`, its strings interned: a corpus repeats the same
        names, labels and fields in millions of mentions, and one string object for each
        saves memory (reading the mentions of 100k synthetic papers peaked at 740 MiB rather
        than 1,354 MiB) and lets dict lookups compare identities.

        >>> a, b = (Mention.from_dict({"field": f, "start": 0, "end": 4, "text": t, "label": "MODEL"})
        ...         for f, t in [("title", "BERT"), ("title", "".join(["BE", "RT"]))])
        >>> a == b and a.text is b.text and a.field is b.field
        True
        """
        return cls(
            sys.intern(d["field"]),
            d["start"],
            d["end"],
            sys.intern(d["text"]),
            sys.intern(d["label"]),
            sys.intern(d.get("entity") or ""),
            d.get("score"),
            d.get("role"),
        )


# Slots, as for Mention: a corpus holds a few results a paper, kept alongside its mentions.
@dataclass(slots=True)
class Result:
    """A reported result; ``text == field_text[start:end]`` is the value as written. The
    fields follow ``pipelines/annotation/RESULTS_GUIDELINES.md`` (section 2), so that a
    prediction line and a gold line have the same shape and the shared scorer reads both.

    Parameters
    ----------
    value : str
        The number as written, without its unit (``"84.1"``, ``"2-3"``, ``"1M"``).
    unit : str
        ``%``, ``x``, ``points``, ``pp``, ``ms``, ``s``, ``GB``, ... or ``""``.
    kind : str
        ``absolute`` (a level reached) or ``relative`` (a change or a ratio).
    metric, dataset, task, method : str or None
        What the number measures, on what, for which task and by which system, in the
        abstract's words.
    own : bool
        Whether the number belongs to the paper's own method rather than a baseline's.
    approx : bool
        Whether the text hedges it ("up to", "about", "~") or gives a range.
    field, start, end, text : str, int, int, str
        The evidence: the value's span in the title or abstract.
    metric_entity, dataset_entity, task_entity, method_entity : str or None
        Entity ids of the mentions the names came from, when those are linked.

    Examples
    --------
    >>> r = Result("84.1", "%", "absolute", "top-1 accuracy", field="abstract", start=9, end=13, text="84.1")
    >>> Result.from_dict(r.to_dict()) == r
    True
    """

    value: str
    unit: str
    kind: str
    metric: str | None
    dataset: str | None = None
    task: str | None = None
    method: str | None = None
    own: bool = True
    approx: bool = False
    field: str = "abstract"
    start: int = 0
    end: int = 0
    text: str = ""
    metric_entity: str | None = None
    dataset_entity: str | None = None
    task_entity: str | None = None
    method_entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields by name, in declaration order (the gold file's keys come first).

        >>> list(Result("2.3", "points", "relative", "BLEU").to_dict())[:5]
        ['value', 'unit', 'kind', 'metric', 'dataset']
        """
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        """The inverse of :meth:`to_dict`; keys it does not know (a gold line's) are ignored.

        >>> Result.from_dict({"value": "3", "unit": "x", "kind": "relative", "metric": "speed", "note": 1}).metric
        'speed'
        """
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


class MentionsLine(TypedDict):
    """A line of ``mentions.jsonl`` and of `kg extract`'s output: :meth:`ExtractedPaper.to_json`."""

    id: str
    title: str
    mentions: list[MentionRecord]
    abbreviations: list[list[str]]  # [field, short form, long form]
    roles: dict[str, str]  # entity id → the paper's role for it
    salient: list[str]  # entity ids the paper is about
    results: list[dict[str, Any]]  # Result.to_dict()
    paper: dict[str, Any]  # Paper.to_dict()


@dataclass(slots=True)
class ExtractedPaper:
    paper: Paper
    mentions: list[Mention] = field(default_factory=list)
    # abbreviation definitions found in the paper: (field, short form, long form)
    abbreviations: list[tuple[str, str, str]] = field(default_factory=list)
    # what linking adds (kg.link.describe): entity id → role, the salient ids, and the results
    roles: dict[str, str] = field(default_factory=dict)
    salient: list[str] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)

    def to_json(self) -> MentionsLine:
        """The `kg extract` line: id, title and mentions first, then the metadata."""
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "mentions": [m.to_dict() for m in self.mentions],
            "abbreviations": [list(a) for a in self.abbreviations],
            "roles": self.roles,
            "salient": self.salient,
            "results": [r.to_dict() for r in self.results],
            "paper": self.paper.to_dict(),
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ExtractedPaper:
        """The inverse of :meth:`to_json`; a line without ``paper`` (a gold file's, say) gives
        a paper of its id, title and abstract."""
        paper = (
            Paper.from_dict(d["paper"])
            if "paper" in d
            else Paper(id=str(d["id"]), title=d.get("title", ""), abstract=d.get("abstract", ""))
        )
        return cls(
            paper,
            [Mention.from_dict(m) for m in d.get("mentions", [])],
            [tuple(a) for a in d.get("abbreviations", [])],
            dict(d.get("roles", {})),
            list(d.get("salient", [])),
            [Result.from_dict(r) for r in d.get("results", [])],
        )


@dataclass
class Entity:
    """A canonical entity: what every mention of the same thing links to."""

    id: str
    label: str
    type: str
    type_counts: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, int] = field(default_factory=dict)
    papers: list[str] = field(default_factory=list)
    first_year: int | None = None
    last_year: int | None = None
    variant_of: str | None = None
    # a concept of the shipped gazetteer (kg/data/gazetteers), not only named by papers
    curated: bool = False
    # kg.link.specificity: a field or family rather than a specific thing
    generic: bool = False
    specificity: float = 0.0
    # of a metric: whether "higher" or "lower" values are better, when known
    direction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
