"""The ingest stage: papers from files, whatever their format, as :class:`kg.records.Paper`.

Formats
-------
``listing``  saved paper-listing pages (:mod:`kg.ingest.listing`)
``jsonl``, ``json``, ``csv``  plain records, title and abstract kept exactly (:mod:`kg.ingest.plain`)
``arxiv``  arXiv's metadata snapshot (:mod:`kg.ingest.arxiv`)
``atom``  arXiv API Atom feeds (:mod:`kg.ingest.atom`)
``openalex``  OpenAlex works (:mod:`kg.ingest.openalex`)
``bibtex``  BibTeX entries with abstracts (:mod:`kg.ingest.bibtex`)

A record that cannot be read is reported as a :class:`kg.errors.Skip` and reading goes on, as
is a file in a directory that cannot be read; every paper read is checked by
:mod:`kg.ingest.vet`. Problems with the inputs named themselves (a missing path, an unknown
format, a file that cannot be read) raise :class:`kg.errors.KGError`, saying why.
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
from .source import BadFile, check_name, decode_error, expand, head_text, regular, shown
from .vet import Located, vet

__all__ = [
    "INPUT_FORMATS",
    "Located",
    "clean_text",
    "detect_format",
    "ingest_papers",
    "merge_duplicates",
    "normalize_title",
    "paper_id",
    "read_located",
    "read_papers",
]

INPUT_FORMATS: tuple[str, ...] = ("listing", "jsonl", "json", "csv", "arxiv", "atom", "openalex", "bibtex")
_READERS: dict[str, Callable[[Path, list[Skip]], Iterator[Located]]] = {
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
        E001 if there is no such file, E080 or E081 if it is no regular file or cannot be
        read, E003 if the format cannot be told.
    """
    path = Path(path)
    regular(path)
    try:
        return _detect(path)
    except OSError as e:
        raise KGError(f"{shown(path)}: " + Errors.E081.format(detail=e.strerror or e)) from e


def _detect(path: Path) -> str:
    """:func:`detect_format` of a regular file; OSError when it cannot be read."""
    head = head_text(path, _SNIFF_BYTES).lstrip("\ufeff \t\r\n")
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


def _read_file(file: Path, fmt: str | None, skips: list[Skip]) -> Iterator[Located]:
    check_name(file)
    if file.stat().st_size == 0:
        skips.append(Skip(str(file), None, Errors.E018))
        return
    name = fmt or _detect(file)
    before, count = len(skips), 0
    for item in _READERS[name](file, skips):
        if vet(item, skips) is not None:
            count += 1
            yield item
    if not count and len(skips) == before:
        skips.append(Skip(str(file), None, Errors.E018))


def _reason(e: BadFile | OSError | UnicodeDecodeError) -> str:
    if isinstance(e, UnicodeDecodeError):
        return decode_error(e)
    if isinstance(e, OSError):
        return Errors.E081.format(detail=e.strerror or e)
    return str(e)


def _read(files: list[tuple[Path, bool]], fmt: str | None, skips: list[Skip]) -> Iterator[Located]:
    """The papers of each file in turn. A file that cannot be read at all stops the reading
    when it was named, and is reported in ``skips`` when it is one of a directory's."""
    for file, named in files:
        try:
            yield from _read_file(file, fmt, skips)
        except KGError as e:  # a format that cannot be detected
            if named:
                raise
            skips.append(Skip(shown(file), None, str(e)))
        except (BadFile, OSError, UnicodeDecodeError) as e:
            if named:
                raise KGError(f"{shown(file)}: {_reason(e)}") from e
            skips.append(Skip(shown(file), None, _reason(e)))


def read_located(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    skips: list[Skip] | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Located]:
    """:func:`read_papers`, each paper with the place of its record."""
    given = [Path(p) for p in paths]
    if fmt is not None and fmt not in INPUT_FORMATS:
        raise KGError(
            Errors.E002.format(fmt=fmt, path=", ".join(map(str, given)), choices=", ".join(INPUT_FORMATS))
        )
    skips = [] if skips is None else skips
    left_out = frozenset(Path(p).resolve() for p in exclude)
    files = [file for path in given for file in expand(path, left_out, skips)]
    return _read(files, fmt, skips)


def read_papers(
    paths: Iterable[str | Path],
    fmt: str | None = None,
    skips: list[Skip] | None = None,
    exclude: Iterable[str | Path] = (),
) -> Iterator[Paper]:
    """Stream the papers in files and directories, in order.

    Parameters
    ----------
    paths
        Files, or directories standing for their files (recursively, sorted, hidden ones
        and kg build output folders left out).
    fmt
        One of :data:`INPUT_FORMATS` for every file; by default each file's is detected.
    skips
        Where to append a :class:`~kg.errors.Skip` for each record, or file, left out, and
        for each change :mod:`kg.ingest.vet` makes.
    exclude
        Directories not to read when they are met inside a directory (a build's output).

    Raises
    ------
    KGError
        Before anything is read: E001 for a missing path, E080/E081 for a named path that
        is no regular file or directory or cannot be looked at, E002 for an unknown ``fmt``,
        E005 for a directory with nothing to read. While reading, for a named file: E003
        when its format cannot be detected, E017 for a CSV file without a title or abstract
        column, E081/E082 when it cannot be read or decoded, E089 for a name that is not
        UTF-8 (a file in a directory is reported in ``skips`` instead).
    """
    return (item.paper for item in read_located(paths, fmt, skips, exclude))


def ingest_papers(
    paths: Iterable[str | Path],
    fmt: str | None,
    skips: list[Skip],
    exclude: Iterable[str | Path] = (),
    counted: Callable[[Iterator[Located]], Iterable[Located]] = lambda records: records,
) -> tuple[list[Paper], int]:
    """The papers of ``paths``, duplicates merged (:func:`merge_duplicates`, conflicts
    appended to ``skips``), and how many records were merged away; the records read pass
    through ``counted`` (a progress display) on their way.

    Raises
    ------
    KGError
        As :func:`read_papers`, and E004, with the first reasons, when no paper was read.
    """
    given = [Path(p) for p in paths]
    papers, merged = merge_duplicates(counted(read_located(given, fmt, skips, exclude)), skips)
    if not papers:
        reasons = "; ".join(map(str, skips[:3])) or "the inputs hold no records"
        more = f"; and {len(skips) - 3} more" if len(skips) > 3 else ""
        raise KGError(Errors.E004.format(paths=", ".join(map(shown, given)), reasons=reasons + more))
    return papers, merged
