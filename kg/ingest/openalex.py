"""The ``openalex`` format: OpenAlex works, as JSON lines or a JSON document (one work, a
list, or an API page ``{"results": [...]}``).

A work gives ``id`` (``https://openalex.org/W2741809807``), ``title`` or ``display_name``,
``abstract_inverted_index`` (``{word: [positions]}``, OpenAlex's only form of abstract),
``publication_year``, ``publication_date``, ``doi`` (as a URL), ``authorships``, ``ids``
and ``locations``, where an arXiv landing page gives the arXiv id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import Errors, Skip
from ..records import Paper
from .fields import BadRecord, iso_date, optional_text, parse_year, required_clean_text, split_authors
from .ids import make_identifiers, normalize_arxiv, paper_id
from .jsoninput import read_json
from .vet import Located

# keys that tell an OpenAlex work from other JSON records
MARKERS = frozenset({"abstract_inverted_index", "authorships"})


def rebuild_abstract(index: Mapping[str, list[int]]) -> str:
    """The abstract text from its inverted index: each word at each of its positions.

    >>> rebuild_abstract({"nets": [1, 3], "Deep": [0], "learn": [2]})
    'Deep nets learn nets'
    >>> rebuild_abstract({"far": [1e999]})  # JSON reads 1e999 as infinity
    Traceback (most recent call last):
    kg.ingest.fields.BadRecord: [E015] malformed abstract_inverted_index: cannot convert float infinity to integer
    """
    try:
        words = {int(position): word for word, positions in index.items() for position in positions}
    except (AttributeError, TypeError, ValueError, OverflowError) as e:
        raise BadRecord(Errors.E015.format(what="abstract_inverted_index", detail=e)) from e
    return " ".join(words[position] for position in sorted(words))


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _first_text(*values: object) -> str | None:
    """The first of ``values`` that is text: a work's fields may hold anything."""
    return next((v for v in values if isinstance(v, str) and v.strip()), None)


def _arxiv_location(work: Mapping[str, Any]) -> str | None:
    """The arXiv id of the first location that is an arXiv landing page."""
    for location in work.get("locations") or []:
        found = normalize_arxiv(_dict(location).get("landing_page_url"))
        if found:
            return found
    return None


def to_paper(work: Mapping[str, Any], source: str) -> Paper:
    """A paper from one OpenAlex work; a plain ``abstract`` is used when there is no index.

    >>> p = to_paper({"id": "https://openalex.org/W1", "display_name": "Deep nets",
    ...               "abstract_inverted_index": {"We": [0], "learn": [1]},
    ...               "publication_date": "2019-05-01", "doi": "https://doi.org/10.1234/ABC",
    ...               "authorships": [{"author": {"display_name": "Ada Lovelace"}}]}, "w.json")
    >>> p.id, p.abstract, p.year, p.authors, p.identifiers
    ('doi:10.1234/abc', 'We learn', 2019, ['Ada Lovelace'], {'doi': '10.1234/abc', 'openalex': 'W1'})
    """
    index = work.get("abstract_inverted_index")
    raw_abstract = rebuild_abstract(index) if index else work.get("abstract")
    title = required_clean_text(work.get("title") or work.get("display_name"), Errors.E011, "title")
    abstract = optional_text(raw_abstract, "abstract", clean=True)
    ids = _dict(work.get("ids"))
    identifiers = make_identifiers(
        arxiv=ids.get("arxiv") or _arxiv_location(work),
        doi=work.get("doi") or ids.get("doi"),
        openalex=work.get("id"),
    )
    date = iso_date(work.get("publication_date"))
    primary = _dict(work.get("primary_location"))
    extra = {key: work[key] for key in ("type", "cited_by_count") if work.get(key) is not None}
    if _dict(primary.get("source")).get("display_name"):
        extra["venue"] = primary["source"]["display_name"]
    return Paper(
        id=paper_id(identifiers, title),
        title=title,
        abstract=abstract,
        authors=split_authors(
            [_dict(_dict(a).get("author")).get("display_name") for a in work.get("authorships") or []]
        ),
        year=parse_year(work.get("publication_year")) or parse_year(date),
        date=date,
        url=_first_text(primary.get("landing_page_url"), work.get("doi"), work.get("id")),
        source=source,
        identifiers=identifiers,
        extra=extra,
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from OpenAlex works."""
    return read_json(path, skips, to_paper)
