"""What the `kg` command shows: data (tables, JSON) on stdout, progress and logs on stderr."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import Skip

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from . import build

T = TypeVar("T")

# tables piped to a file or another program keep their columns instead of wrapping at 80
out = Console(width=None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140)
err = Console(stderr=True)


def progress(quiet: bool) -> build.Progress:
    """A progress wrapper for long stages, drawn on stderr (none when ``quiet``)."""

    def wrap(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        if quiet:
            yield from items
            return
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as bar:
            task = bar.add_task(description, total=total)
            for item in items:
                yield item
                bar.advance(task)

    return wrap


def setup_logging(quiet: bool) -> None:
    logging.basicConfig(
        level=logging.ERROR if quiet else logging.INFO,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
        force=True,
    )


def warn_skipped(skips: Iterable[Skip]) -> None:
    """Log each record left out of the input, and why."""
    for s in skips:
        logging.getLogger("kg").warning("skipped %s", s)


def plain(obj: object) -> object:
    """``obj`` as JSON holds it: dataclasses as objects, tuples and sets as arrays, paths as text.

    >>> plain({1: (Path("a"), {2})})
    {'1': ['a', [2]]}
    """
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return plain(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [plain(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    return obj


def print_json(obj: object) -> None:
    out.print_json(json.dumps(plain(obj), ensure_ascii=False))


def records(items: Iterable[DataclassInstance]) -> list[dict[str, object]]:
    """Dataclasses as rows of a table, their fields by name (see :func:`plain`)."""
    return [{k: plain(v) for k, v in dataclasses.asdict(item).items()} for item in items]


def table(
    title: str | None, rows: Sequence[Mapping[str, object]], columns: Sequence[str] | None = None
) -> Table:
    """A table of ``rows``, with ``columns`` (by default the keys of the first row)."""
    columns = columns or (list(rows[0]) if rows else [])
    shown = Table(title=title, title_justify="left")
    for c in columns:
        shown.add_column(c, overflow="fold")
    for r in rows:
        shown.add_row(*(cell(r.get(c)) for c in columns))
    return shown


def cell(v: object) -> str:
    """
    >>> cell(None), cell(0.5), cell(["a", "b"]), cell({"ImageNet": 3, "pagerank": "0.2"})
    ('', '0.500', 'a, b', 'ImageNet (3), pagerank: 0.2')
    """
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    if isinstance(v, dict):
        return ", ".join(f"{k} ({n})" if isinstance(n, int) else f"{k}: {n}" for k, n in v.items())
    return str(v)
