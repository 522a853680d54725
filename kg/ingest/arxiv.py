"""The ``arxiv`` format: arXiv's metadata snapshot, JSON lines (also when named ``.json``).

A record has ``id``, ``title``, ``abstract``, ``authors`` and ``authors_parsed``
(``[[last, first, suffix], ...]``), ``categories`` (``"cs.CL cs.LG"``), ``versions``
(``[{"version": "v1", "created": <RFC 2822 date>}, ...]``), ``update_date``, ``doi`` and
``journal-ref``. Title, abstract and names are cleaned (:func:`kg.ingest.clean.clean_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import Errors, Skip
from ..records import Paper
from .clean import clean_text
from .fields import iso_date, optional_text, parse_year, required_clean_text
from .ids import make_identifiers, paper_id
from .jsoninput import read_json
from .vet import Located

# keys that tell a snapshot record from other JSON records
MARKERS = frozenset({"versions", "update_date", "authors_parsed"})


def _name(last: str, first: str, suffix: str, *_: str) -> str:
    return " ".join(part for part in (first, last, suffix) if part)


def _authors(record: Mapping[str, Any]) -> list[str]:
    """Names as "first last suffix" from ``authors_parsed``, else split from ``authors``.

    >>> _authors({"authors_parsed": [["Poincar\\\\'e", "Henri", ""], ["Vaswani", "A."], [], [1, "B."]]})
    ['Henri Poincaré', 'A. Vaswani', 'B.']
    >>> _authors({"authors": "A. Smith, B. Jones and C. Wu"})
    ['A. Smith', 'B. Jones', 'C. Wu']
    """
    parsed = record.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        # an entry may be short or hold other things than text: a name is made of its texts
        names = [
            _name(*(part if isinstance(part, str) else "" for part in parts), "", "", "")
            for parts in parsed
            if isinstance(parts, list)
        ]
    else:
        authors = record.get("authors")
        names = re.split(r",\s*|\s+and\s+", authors) if isinstance(authors, str) else []
    return [name for name in map(clean_text, names) if name]


def _date(record: Mapping[str, Any]) -> str | None:
    """The first version's date, else the last update's."""
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        first = iso_date(versions[0].get("created"))
        if first:
            return first
    return iso_date(record.get("update_date"))


def to_paper(record: Mapping[str, Any], source: str) -> Paper:
    """A paper from one snapshot record.

    >>> p = to_paper({"id": "1706.03762", "title": "Attention Is\\n  All You Need",
    ...               "abstract": " The dominant ... ", "categories": "cs.CL cs.LG",
    ...               "versions": [{"version": "v1", "created": "Mon, 12 Jun 2017 17:57:34 GMT"}]},
    ...              "snapshot.json")
    >>> p.id, p.title, p.date, p.year, p.url, p.extra
    ('arxiv:1706.03762', 'Attention Is All You Need', '2017-06-12', 2017, 'https://arxiv.org/abs/1706.03762', {'categories': ['cs.CL', 'cs.LG']})
    """
    title = required_clean_text(record.get("title"), Errors.E011, "title")
    abstract = optional_text(record.get("abstract"), "abstract", clean=True)
    dois = str(record.get("doi") or "").split()  # some records list several
    identifiers = make_identifiers(arxiv=record.get("id"), doi=dois[0] if dois else None)
    date = _date(record)
    extra: dict[str, Any] = {"categories": str(record.get("categories") or "").split()}
    if record.get("journal-ref"):
        extra["journal_ref"] = clean_text(str(record["journal-ref"]))
    return Paper(
        id=paper_id(identifiers, title),
        title=title,
        abstract=abstract,
        authors=_authors(record),
        year=parse_year(date),
        date=date,
        url=f"https://arxiv.org/abs/{identifiers['arxiv']}" if "arxiv" in identifiers else None,
        source=source,
        identifiers=identifiers,
        extra=extra,
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from an arXiv metadata snapshot."""
    return read_json(path, skips, to_paper)
