"""The ``listing`` format: text saved from a paper-listing page (daily papers, search results).

A paper is a title line followed by its abstract line. Two layouts occur and one reader
takes both, blank lines aside:

- compact: the lines follow each other under the page chrome, whose last word is glued
  to the first title (``SubscribeGeographic Location Encoding…``);
- spaced: blank-line separated blocks, where a paper may be followed by a metadata block
  marked by its ``·`` line::

      • 4 authors        (or the organisation that posted the paper)
      ·
      May 22, 2023 12    (the date, then the upvotes if there are any)

The page's own lines (chrome, and the page's day without a year, like ``Apr 23``) are
dropped. A paper's metadata gives its ``date`` and ``year`` and, in ``extra``,
``n_authors``, ``organization`` and ``upvotes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import TypedDict

from ..errors import Errors, Skip
from ..records import Paper
from .fields import BadRecord, check_decoded, iso_date, parse_year, required_clean_text
from .ids import paper_id
from .source import read_text
from .vet import Located

CHROME = frozenset(
    {
        "new",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
    }
)
# the chrome word the compact layout glues to the first title ("Subscriber…" is a title)
_GLUED = re.compile(r"^Subscribe(?=[^a-z\s])")
_PAGE_DAY = re.compile(r"[A-Z][a-z]{2} \d{1,2}")
_AUTHOR_COUNT = re.compile(r"•\s*(\d+) authors?")
_DATE = re.compile(r"(?P<date>[A-Z][a-z]{2,8} \d{1,2}, \d{4})(?: (?P<upvotes>\d+))?")
_METADATA_MARK = "·"

Line = tuple[int, str]  # (line number, stripped text)


class _Metadata(TypedDict, total=False):
    n_authors: int
    date: str | None
    upvotes: int
    organization: str


@dataclass
class _Entry:
    title: Line
    abstract: Line
    metadata: _Metadata = field(default_factory=_Metadata)


def _blocks(text: str) -> Iterator[list[Line]]:
    """Runs of non-blank lines, stripped, with their line numbers."""
    numbered = ((n, line.strip()) for n, line in enumerate(text.splitlines(), 1))
    for filled, run in groupby(numbered, key=lambda line: bool(line[1])):
        if filled:
            yield list(run)


def _undouble(name: str) -> str:
    """The page prints an organisation's avatar label before its name: keep one.

    >>> _undouble("Alibaba-NLP Alibaba-NLP"), _undouble("Google Research")
    ('Alibaba-NLP', 'Google Research')
    """
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if len(words) % 2 == 0 and words[:half] == words[half:] else name


def _metadata(block: list[Line]) -> _Metadata:
    """What a metadata block says about the paper above it.

    >>> _metadata([(1, "• 4 authors"), (2, "·"), (3, "Jul 17, 2023 12")])
    {'n_authors': 4, 'date': '2023-07-17', 'upvotes': 12}
    """
    found: _Metadata = {}
    for _, text in block:
        if text == _METADATA_MARK:
            continue
        if m := _AUTHOR_COUNT.fullmatch(text):
            found["n_authors"] = int(m[1])
        elif m := _DATE.fullmatch(text):
            found["date"] = iso_date(m["date"])
            if m["upvotes"]:
                found["upvotes"] = int(m["upvotes"])
        else:
            found["organization"] = _undouble(text)
    return found


def _entries(text: str) -> tuple[list[_Entry], Line | None]:
    """The page's papers, and a last title left without an abstract, if any."""
    entries: list[_Entry] = []
    title: Line | None = None
    for block in _blocks(text):
        if any(line == _METADATA_MARK for _, line in block):
            if entries:
                entries[-1].metadata.update(_metadata(block))
            continue
        for number, line in block:
            if line in CHROME or _PAGE_DAY.fullmatch(line):
                continue
            if not entries and title is None:
                line = _GLUED.sub("", line)
            if title is None:
                title = (number, line)
            else:
                entries.append(_Entry(title, (number, line)))
                title = None
    return entries, title


def _to_paper(entry: _Entry, source: str) -> Paper:
    for _, raw in (entry.title, entry.abstract):
        check_decoded(raw)
    title = required_clean_text(entry.title[1], Errors.E011, "title")
    abstract = required_clean_text(entry.abstract[1], Errors.E012, "abstract")
    extra = {k: v for k, v in entry.metadata.items() if k != "date"}
    date = entry.metadata.get("date")
    return Paper(
        id=paper_id({}, title),
        title=title,
        abstract=abstract,
        year=parse_year(date),
        date=date,
        source=source,
        extra=extra,
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from a saved listing page; a title without an abstract is skipped."""
    entries, orphan = _entries(read_text(path))
    for entry in entries:
        try:
            yield Located(_to_paper(entry, str(path)), str(path), entry.title[0])
        except BadRecord as e:
            skips.append(Skip(str(path), entry.title[0], str(e)))
    if orphan is not None:
        skips.append(Skip(str(path), orphan[0], Errors.E012))
