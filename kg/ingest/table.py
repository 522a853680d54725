"""The ``csv`` format: a header row naming the fields of :mod:`kg.ingest.plain`, one paper a row.

Empty cells count as absent. The file is decoded with ``surrogateescape`` so that a row
holding bytes that are not UTF-8 is skipped on its own, even inside a multi-line cell.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import Errors, KGError, Skip
from ..records import Paper
from .fields import BadRecord, check_decoded
from .plain import to_paper

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


def read(path: Path, skips: list[Skip]) -> Iterator[Paper]:
    """Papers from the rows of a CSV file; a file without a title or abstract column is an error.

    Raises
    ------
    KGError
        E017, naming the file, when a required column is missing.
    """
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as f:
        rows = csv.DictReader(f)
        columns = rows.fieldnames or []
        for column in REQUIRED:
            if column not in columns:
                raise KGError(
                    f"{path}: " + Errors.E017.format(column=column, columns=", ".join(columns) or "none")
                )
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as e:
                skips.append(Skip(str(path), rows.line_num, Errors.E016.format(detail=e)))
                continue
            try:
                _check_row(row, len(columns))
                yield to_paper(row, str(path))
            except BadRecord as e:
                skips.append(Skip(str(path), rows.line_num, str(e)))
