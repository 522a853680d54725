"""The plain formats, ``jsonl``/``json`` (and ``csv``, see :mod:`kg.ingest.table`).

A record has ``title`` and ``abstract``, and optionally ``id``, ``authors`` (a list, or
one string joined by ``;`` or ``and``), ``year``, ``date``, ``url`` and the identifiers
``arxiv``, ``doi``, ``openalex``; other fields are kept in ``extra``.

Title and abstract are kept exactly as given, spaces included, because mention offsets
downstream index into them; a given ``id`` is kept too (as a string).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import Errors, Skip
from ..records import Paper
from .fields import iso_date, optional_text, parse_year, required_text, split_authors
from .ids import make_identifiers, paper_id
from .jsoninput import read_json
from .vet import Located

_FIELDS = frozenset({"id", "title", "abstract", "authors", "year", "date", "url", "arxiv", "doi", "openalex"})


def _given(value: object) -> bool:
    return value is not None and value != ""


def to_paper(record: Mapping[str, object], source: str) -> Paper:
    """A paper from one plain record, title and abstract untouched.

    >>> p = to_paper({"id": 7, "title": " Deep  Nets ", "abstract": "We ...", "year": "2019",
    ...               "authors": "A; B", "venue": "NeurIPS"}, "x.jsonl")
    >>> p.id, p.title, p.authors, p.year, p.extra
    ('7', ' Deep  Nets ', ['A', 'B'], 2019, {'venue': 'NeurIPS'})
    """
    title = required_text(record.get("title"), Errors.E011, "title")
    abstract = optional_text(record.get("abstract"), "abstract")
    identifiers = make_identifiers(
        arxiv=record.get("arxiv"), doi=record.get("doi"), openalex=record.get("openalex")
    )
    date = iso_date(record.get("date"))
    given_id, url = record.get("id"), record.get("url")
    return Paper(
        id=str(given_id) if _given(given_id) else paper_id(identifiers, title),
        title=title,
        abstract=abstract,
        authors=split_authors(record.get("authors")),
        year=parse_year(record.get("year")) or parse_year(date),
        date=date,
        url=str(url) if _given(url) else None,
        source=source,
        identifiers=identifiers,
        extra={k: v for k, v in record.items() if k not in _FIELDS and _given(v)},
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from a JSON lines file or a JSON document of plain records."""
    return read_json(path, skips, to_paper)
