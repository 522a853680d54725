"""The ``csv`` format: a header row naming the fields of :mod:`kg.ingest.plain`, one paper a row.

Empty cells count as absent. The file is decoded with ``surrogateescape`` so that a row
holding bytes that are not UTF-8 is skipped on its own, even inside a multi-line cell.
Quoting is read strictly: a quoted field left open at the end of the file (a file cut
short) or text glued after a closing quote is a broken record, not a cell read as it comes.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import Errors, Skip
from .fields import BadRecord, check_decoded
from .plain import to_paper
from .source import BadFile, open_text
from .vet import Located

REQUIRED = ("title", "abstract")


def _check_row(row: Mapping[str | None, object], width: int) -> None:
    beyond = row.get(None)  # DictReader files the cells beyond the header under None
    if isinstance(beyond, list):
        raise BadRecord(
            Errors.E016.format(detail=f"{width + len(beyond)} cells in a row under a {width}-column header")
        )
    for value in row.values():
        if isinstance(value, str) and value:
            check_decoded(value)


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from the rows of a CSV file, each at the line where its row starts.

    Raises
    ------
    BadFile
        E017 when a required column is missing: the file is left out as a whole.
    """
    with open_text(path, newline="") as f:
        rows = csv.DictReader(f, strict=True)
        try:
            columns = rows.fieldnames or []
        except csv.Error as e:
            raise BadFile(Errors.E016.format(detail=f"header: {e}")) from e
        for column in REQUIRED:
            if column not in columns:
                raise BadFile(Errors.E017.format(column=column, columns=", ".join(columns) or "none"))
        while True:
            start = rows.line_num + 1  # a quoted cell may hold line breaks: a row can span lines
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as e:
                skips.append(Skip(str(path), start, Errors.E016.format(detail=_csv_error(e, start))))
                continue
            try:
                _check_row(row, len(columns))
                yield Located(to_paper(row, str(path)), str(path), start)
            except BadRecord as e:
                skips.append(Skip(str(path), start, str(e)))


def _csv_error(e: csv.Error, start: int) -> str:
    """Python's reason, with what it means for the row starting at line ``start``."""
    if str(e) == "unexpected end of data":
        return f"a quoted cell of the row starting at line {start} is never closed (a file cut short?)"
    return f"{e} (a quote inside a quoted cell is written twice)"
