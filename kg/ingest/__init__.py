"""The ingest stage: papers from files, whatever their format, as :class:`kg.records.Paper`.

Formats
-------
``listing``  saved paper-listing pages (:mod:`kg.ingest.listing`)
``jsonl``, ``json``, ``csv``  plain records, title and abstract kept exactly (:mod:`kg.ingest.plain`)
``arxiv``  arXiv's metadata snapshot (:mod:`kg.ingest.arxiv`)
``atom``  arXiv API Atom feeds (:mod:`kg.ingest.atom`)
``openalex``  OpenAlex works (:mod:`kg.ingest.openalex`)
``bibtex``  BibTeX entries with abstracts (:mod:`kg.ingest.bibtex`)

A record that cannot be read is reported as a :class:`kg.errors.Skip` and reading goes on;
problems with the inputs themselves (a missing path, an unknown format) raise
:class:`kg.errors.KGError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import Errors, KGError, Skip
from ..records import Paper
from . import arxiv, atom, bibtex, listing, openalex, plain, table
from .clean import clean_text
from .ids import normalize_title, paper_id
from .merge import merge_duplicates

__all__ = [
    "INPUT_FORMATS",
    "clean_text",
    "detect_format",
    "merge_duplicates",
    "normalize_title",
    "paper_id",
    "read_papers",
]

INPUT_FORMATS: tuple[str, ...] = ("listing", "jsonl", "json", "csv", "arxiv", "atom", "openalex", "bibtex")
_READERS: dict[str, Callable[[Path, list[Skip]], Iterator[Paper]]] = {
    "listing": listing.read,
    "jsonl": plain.read,
    "json": plain.read,
    "csv": table.read,
    "arxiv": arxiv.read,
    "atom": atom.read,
    "openalex": openalex.read,
    "bibtex": bibtex.read,
}
_BY_SUFFIX = {
    ".txt": "listing",
    ".csv": "csv",
    ".xml": "atom",
    ".atom": "atom",
    ".bib": "bibtex",
    ".bibtex": "bibtex",
}
_JSON_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_SNIFF_BYTES = 1 << 16
_JSON_KEY = re.compile(r'"([^"\\]+)"\s*:')
_BIBTEX_ENTRY = re.compile(r"@\s*\w+\s*[{(]")


def _json_format(head: str, plain: str) -> str:
    """``openalex`` or ``arxiv`` when the keys in ``head`` are theirs, else ``plain``.

    >>> _json_format('{"id": "W1", "abstract_inverted_index": {}}', "jsonl")
    'openalex'
    >>> _json_format('{"id": "0704.0001", "versions": [], "update_date": "2008"}', "json")
    'arxiv'
    """
    keys = set(_JSON_KEY.findall(head))
    if keys & openalex.MARKERS:  # checked first: works have a "versions" key too
        return "openalex"
    if keys & arxiv.MARKERS:
        return "arxiv"
    return plain


def detect_format(path: str | Path) -> str:
    """The format of a file, from its suffix and a look at its beginning.

    ``.txt`` is a listing, ``.csv`` CSV, ``.xml``/``.atom`` Atom, ``.bib`` BibTeX; JSON
    (``.json``, ``.jsonl``, ``.ndjson``, or content starting with ``{`` or ``[``) is told
    apart by its keys: an arXiv snapshot, OpenAlex works, or plain records. Without a known
    suffix, content starting with ``<?xml`` or ``<feed`` is Atom and ``@type{`` BibTeX.

    Raises
    ------
    KGError
        E001 if there is no such file, E003 if the format cannot be told.
    """
    path = Path(path)
    if not path.is_file():
        raise KGError(Errors.E001.format(path=path))
    with path.open("rb") as f:
        head = f.read(_SNIFF_BYTES).decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    suffix = path.suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if suffix in _JSON_SUFFIXES or head.startswith(("{", "[")):
        return _json_format(head, _JSON_SUFFIXES.get(suffix, "json"))
    if head.startswith(("<?xml", "<feed")):
        return "atom"
    if _BIBTEX_ENTRY.match(head):
        return "bibtex"
    raise KGError(Errors.E003.format(path=path, choices=", ".join(INPUT_FORMATS)))


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _expand(path: Path) -> list[tuple[Path, bool]]:
    """The files a path stands for, each with whether it was named itself.

    A directory stands for its files, recursively and sorted, hidden ones left out.
    """
    if path.is_file():
        return [(path, True)]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p.relative_to(path)))
        if not files:
            raise KGError(Errors.E005.format(path=path))
        return [(file, False) for file in files]
    raise KGError(Errors.E001.format(path=path))


def _read(files: list[tuple[Path, bool]], fmt: str | None, skips: list[Skip]) -> Iterator[Paper]:
    for file, named in files:
        if file.stat().st_size == 0:
            skips.append(Skip(str(file), None, Errors.E018))
            continue
        try:
            name = fmt or detect_format(file)
        except KGError as e:
            if named:
                raise
            skips.append(Skip(str(file), None, str(e)))  # a stray file in a directory
            continue
        before, count = len(skips), 0
        for paper in _READERS[name](file, skips):
            count += 1
            yield paper
        if not count and len(skips) == before:
            skips.append(Skip(str(file), None, Errors.E018))


def read_papers(
    paths: Iterable[str | Path], fmt: str | None = None, skips: list[Skip] | None = None
) -> Iterator[Paper]:
    """Stream the papers in files and directories, in order.

    Parameters
    ----------
    paths
        Files, or directories standing for their files (recursively, sorted, hidden ones
        left out).
    fmt
        One of :data:`INPUT_FORMATS` for every file; by default each file's is detected.
    skips
        Where to append a :class:`~kg.errors.Skip` for each record, or file, left out.

    Raises
    ------
    KGError
        Before anything is read: E001 for a missing path, E002 for an unknown ``fmt``,
        E005 for an empty directory. While reading: E003 for a named file whose format
        cannot be detected, E017 for a CSV file without a title or abstract column.
    """
    given = [Path(p) for p in paths]
    if fmt is not None and fmt not in INPUT_FORMATS:
        raise KGError(
            Errors.E002.format(fmt=fmt, path=", ".join(map(str, given)), choices=", ".join(INPUT_FORMATS))
        )
    files = [file for path in given for file in _expand(path)]
    return _read(files, fmt, [] if skips is None else skips)
