"""Plain records that flow forward through the stages: ingest → extract → link → graph."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, TypedDict

LABELS = ("METHOD", "MODEL", "DATASET", "METRIC", "TASK")
FIELDS = ("title", "abstract")


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


# Slots, no per-record ``__dict__``: a corpus holds about ten mentions a paper, and the 100k
# synthetic papers (pipelines/synth_corpus.py) took 779 MiB in memory instead of 825.
@dataclass(slots=True)
class Mention:
    """A span of a paper's title or abstract; ``text == field_text[start:end]``."""

    field: str
    start: int
    end: int
    text: str
    label: str
    entity: str = ""
    score: float | None = None

    def to_dict(self) -> MentionRecord:
        """The fields by name, as ``asdict`` gives them (all are immutable, so no deep copy).

        >>> Mention("title", 0, 4, "BERT", "MODEL", "bert").to_dict()
        {'field': 'title', 'start': 0, 'end': 4, 'text': 'BERT', 'label': 'MODEL', 'entity': 'bert', 'score': None}
        """
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "entity": self.entity,
            "score": self.score,
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
        )


class MentionsLine(TypedDict):
    """A line of ``mentions.jsonl`` and of `kg extract`'s output: :meth:`ExtractedPaper.to_json`."""

    id: str
    title: str
    mentions: list[MentionRecord]
    abbreviations: list[list[str]]  # [field, short form, long form]
    paper: dict[str, Any]  # Paper.to_dict()


@dataclass(slots=True)
class ExtractedPaper:
    paper: Paper
    mentions: list[Mention] = field(default_factory=list)
    # abbreviation definitions found in the paper: (field, short form, long form)
    abbreviations: list[tuple[str, str, str]] = field(default_factory=list)

    def to_json(self) -> MentionsLine:
        """The `kg extract` line: id, title and mentions first, then the metadata."""
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "mentions": [m.to_dict() for m in self.mentions],
            "abbreviations": [list(a) for a in self.abbreviations],
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
