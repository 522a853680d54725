"""The ``bibtex`` format: BibTeX entries with an ``abstract`` field, parsed by bibtexparser.

Fields read: ``title``, ``abstract``, ``author`` (``Last, First and ...``), ``year``,
``date``, ``doi``, ``url``, ``journal``/``booktitle`` (the venue), and an arXiv id from
``eprint``, ``url`` or an ``arXiv:…`` reference in ``journal`` or ``note`` (as Google
Scholar writes them). Braces and LaTeX are cleaned from the text.

bibtexparser drops an entry it cannot parse without a word, so the entries are also
located by a plain scan of the file: one found there but not parsed is reported, at its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import bibtexparser
from bibtexparser.bparser import BibTexParser

from ..errors import Errors, Skip
from ..records import Paper
from .clean import clean_text
from .fields import BadRecord, check_decoded, iso_date, optional_text, parse_year, required_clean_text
from .ids import make_identifiers, normalize_arxiv, paper_id

_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s]+)[ \t]*,", re.MULTILINE)
_NOT_PAPERS = frozenset({"comment", "string", "preamble"})
_ARXIV_REFERENCE = re.compile(r"arXiv:\s*([\w./-]+)", re.IGNORECASE)


def _entry_lines(text: str) -> dict[str, int]:
    """The line where each entry starts, by key (the first one when a key repeats).

    >>> _entry_lines("@string{x = 1}\\n@article{a,\\n title={T}}\\n\\n@misc{b, title={U}}")
    {'a': 2, 'b': 5}
    """
    lines: dict[str, int] = {}
    line, seen = 1, 0
    for m in _ENTRY_START.finditer(text):
        line, seen = line + text.count("\n", seen, m.start()), m.start()
        if m[1].lower() not in _NOT_PAPERS:
            lines.setdefault(m[2], line)
    return lines


def _name(bibtex_name: str) -> str:
    r"""A name as written in prose.

    >>> _name("von Neumann, John"), _name("Ada Lovelace"), _name(r"G{\"o}del, Kurt")
    ('John von Neumann', 'Ada Lovelace', 'Kurt Gödel')
    """
    last, _, first = bibtex_name.partition(",")
    return clean_text(f"{first} {last}" if first else last)


def _authors(field: str) -> list[str]:
    names = (_name(name) for name in re.split(r"\s+and\s+", field))
    return [name for name in names if name and name != "others"]


def _arxiv(entry: Mapping[str, str]) -> str | None:
    for key in ("eprint", "url"):
        found = normalize_arxiv(entry.get(key))
        if found:
            return found
    m = _ARXIV_REFERENCE.search(f"{entry.get('journal', '')} {entry.get('note', '')}")
    return normalize_arxiv(m[1]) if m else None


def to_paper(entry: Mapping[str, str], source: str) -> Paper:
    """A paper from one entry as bibtexparser gives it (lower-case field names, ``ID``)."""
    for value in entry.values():
        check_decoded(value)
    title = required_clean_text(entry.get("title"), Errors.E011, "title")
    abstract = optional_text(entry.get("abstract"), "abstract", clean=True)
    identifiers = make_identifiers(arxiv=_arxiv(entry), doi=entry.get("doi"))
    date = iso_date(entry.get("date"))
    extra = {"bibtex_key": entry["ID"], "bibtex_type": entry["ENTRYTYPE"]}
    venue = entry.get("journal") or entry.get("booktitle")
    if venue:
        extra["venue"] = clean_text(venue)
    return Paper(
        id=paper_id(identifiers, title),
        title=title,
        abstract=abstract,
        authors=_authors(entry.get("author", "")),
        year=parse_year(entry.get("year")) or parse_year(date),
        date=date,
        url=entry.get("url") or None,
        source=source,
        identifiers=identifiers,
        extra=extra,
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Paper]:
    """Papers from the entries of a BibTeX file; entries that will not parse are reported."""
    text = path.read_text(encoding="utf-8-sig", errors="surrogateescape")
    lines = _entry_lines(text)
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    entries = bibtexparser.loads(text, parser).entries
    for key in sorted(lines.keys() - {entry["ID"] for entry in entries}, key=lambda key: lines[key]):
        skips.append(
            Skip(
                str(path),
                lines[key],
                Errors.E015.format(what="BibTeX entry", detail=f"{key!r} could not be parsed"),
            )
        )
    for entry in entries:
        try:
            yield to_paper(entry, str(path))
        except BadRecord as e:
            skips.append(Skip(str(path), lines.get(entry["ID"]), str(e)))
