"""Checks on every paper a reader gives, whatever its format, before any later stage sees it.

- Text must be Unicode: a lone surrogate (a JSON ``\\ud800`` escape) cannot be written as
  UTF-8, and used to end the whole build when the outputs were written; its record is left out.
- Values nest at most :data:`MAX_DEPTH` levels (a JSON field's own value): deeper ones are
  left out, as copying and writing them recurse once per level.
- A year outside :data:`YEARS` (``10**23``, ``0``) is a typing or parsing slip, not a date:
  year and date are dropped and the paper kept.
- A title or abstract is cut to :data:`MAX_TEXT` characters: longer ones are whole papers
  or worse, and spaCy refuses texts of a million characters (E088); a cut keeps the text's
  start exactly, so mention offsets still index into it.

Each change is reported as a :class:`~kg.errors.Skip` at the record's place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..errors import Errors, Skip
from ..records import FIELDS, Paper

YEARS = (1000, 2100)
# 100,000 characters take 2.2 s and 170 MiB in the shipped pipeline (1,000,001 take 38 s and
# 2.3 GiB); the longest abstract in the sample has 1,921
MAX_TEXT = 100_000
MAX_DEPTH = 32
_SURROGATE = re.compile("[\ud800-\udfff]")


class Located(NamedTuple):
    """A paper and where its record is: a file, or a file and a JSON pointer, and its line."""

    paper: Paper
    where: str
    line: int | None

    @property
    def place(self) -> str:
        return self.where if self.line is None else f"{self.where}:{self.line}"


def _shallow_texts(paper: Paper) -> list[str] | None:
    """Every text of ``paper`` when none of its values nests deeper than a list of scalars
    (as almost all do), else None."""
    texts = [paper.id, paper.title, paper.abstract, paper.date or "", paper.url or "", paper.source]
    texts += [*paper.authors, *paper.identifiers, *paper.identifiers.values()]
    for key, value in paper.extra.items():
        texts.append(key)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list) and not any(isinstance(v, dict | list) for v in value):
            texts += [v for v in value if isinstance(v, str)]
        elif isinstance(value, dict | list):
            return None
    return texts


def _flaw(paper: Paper) -> str | None:
    """The reason to leave ``paper`` out: a lone surrogate or a value nested too deep.

    Most papers are looked at as one text, encoded as UTF-8 as the outputs will be (2 µs);
    the fields are walked one by one only when they nest, or hold a surrogate somewhere.
    """
    texts = _shallow_texts(paper)
    if texts is not None:
        try:
            "".join(texts).encode("utf-8")
            return None
        except UnicodeEncodeError:
            pass  # find the field
    stack: list[tuple[str, object, int]] = [(name, value, 0) for name, value in vars(paper).items()]
    while stack:
        what, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return Errors.E086.format(what=what, limit=MAX_DEPTH)
        if isinstance(value, str):
            if m := _SURROGATE.search(value):
                return Errors.E083.format(what=what, char=f"U+{ord(m[0]):04X}")
        elif isinstance(value, dict):
            stack += [(what, key, depth + 1) for key in value]
            stack += [(f"{what}.{key}" if depth == 0 else what, v, depth + 1) for key, v in value.items()]
        elif isinstance(value, list):
            stack += [(what, item, depth + 1) for item in value]
    return None


def _shown(year: int) -> str:
    digits = len(str(abs(year)))
    return str(year) if digits <= 40 else f"of {digits} digits"


def _plausible_dates(item: Located, skips: list[Skip]) -> None:
    paper, (low, high) = item.paper, YEARS
    if paper.year is not None and not low <= paper.year <= high:
        skips.append(
            Skip(
                item.where,
                item.line,
                Errors.E084.format(what="year", value=_shown(paper.year), low=low, high=high),
            )
        )
        paper.year = None
    if paper.date and not low <= int(paper.date[:4]) <= high:
        skips.append(
            Skip(item.where, item.line, Errors.E084.format(what="date", value=paper.date, low=low, high=high))
        )
        paper.date = None


def vet(item: Located, skips: list[Skip]) -> Paper | None:
    """``item``'s paper made safe in place, or None when it is left out (see the module
    docstring); each change or omission is appended to ``skips``."""
    flaw = _flaw(item.paper)
    if flaw is not None:
        skips.append(Skip(item.where, item.line, flaw))
        return None
    _plausible_dates(item, skips)
    for field in FIELDS:
        text = getattr(item.paper, field)
        if len(text) > MAX_TEXT:
            note = Errors.E085.format(what=field, length=len(text), limit=MAX_TEXT)
            skips.append(Skip(item.where, item.line, note))
            setattr(item.paper, field, text[:MAX_TEXT])
    return item.paper
