"""The ``atom`` format: Atom feeds, as the arXiv API returns them.

An ``<entry>`` gives ``id`` (``http://arxiv.org/abs/2101.00001v2``), ``title``,
``summary`` (the abstract), ``published``, ``author/name``, ``link``s, and in arXiv's
namespace ``doi``, ``journal_ref`` and ``primary_category``; ``category`` terms too.

The feed is parsed with the standard library as it streams in, one line at a time, so each
entry knows its line and the entries before a fault in the XML are kept. Documents with a
DTD are refused: a feed has no use for one, and entity declarations are how XML parsers
are attacked (an external entity reads a local file into the text; nested ones expand
without end). The parser reads UTF-16 and other declared encodings itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from ..errors import Errors, Skip
from ..records import Paper
from .clean import clean_text
from .fields import BadRecord, iso_date, optional_text, parse_year, required_clean_text, split_authors
from .ids import make_identifiers, paper_id
from .vet import Located

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_API_ERROR = "arxiv.org/api/errors"  # the id of the entry arXiv sends instead of an error status


class _DTDRefused(Exception):
    pass


class _EntryCollector(ET.TreeBuilder):
    """Builds the tree and hands over each ``<entry>`` when it closes, with its first line."""

    def __init__(self) -> None:
        super().__init__()
        self.line = 0  # the line being fed, kept up to date by the reader
        self.root: str | None = None
        self.done: list[tuple[int, ET.Element]] = []
        self._entry_line = 0

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.root = self.root or tag
        if tag == f"{ATOM}entry":
            self._entry_line = self.line
        return super().start(tag, attrs)

    def end(self, tag: str) -> ET.Element:
        element = super().end(tag)
        if tag == f"{ATOM}entry":
            self.done.append((self._entry_line, element))
        return element

    def doctype(self, name: str, pubid: str | None, system: str | None) -> NoReturn:
        raise _DTDRefused(name)


def _entries(path: Path, skips: list[Skip]) -> Iterator[tuple[int, ET.Element]]:
    collector = _EntryCollector()
    parser = ET.XMLParser(target=collector)
    try:
        with path.open("rb") as f:
            for number, raw in enumerate(f, 1):
                collector.line = number
                parser.feed(raw)
                yield from collector.done
                for _, entry in collector.done:
                    entry.clear()  # its text is read; a long feed need not stay in memory
                collector.done.clear()
        parser.close()
    except ET.ParseError as e:
        skips.append(Skip(str(path), e.position[0], Errors.E015.format(what="XML", detail=e)))
    except _DTDRefused:
        skips.append(
            Skip(
                str(path),
                collector.line,
                Errors.E015.format(
                    what="XML",
                    detail="a DTD (<!DOCTYPE>) was refused, and the entities it declares with it: "
                    "a feed needs none, and an entity can read local files or expand without end",
                ),
            )
        )
    else:
        if collector.root != f"{ATOM}feed":
            skips.append(
                Skip(
                    str(path),
                    None,
                    Errors.E015.format(
                        what="Atom feed", detail=f"the root element is {collector.root}, not an Atom <feed>"
                    ),
                )
            )


def to_paper(entry: ET.Element, source: str) -> Paper:
    """A paper from one ``<entry>``."""
    entry_id = entry.findtext(f"{ATOM}id") or ""
    if _API_ERROR in entry_id:
        raise BadRecord(
            Errors.E015.format(
                what="arXiv API response", detail=clean_text(entry.findtext(f"{ATOM}summary") or "")
            )
        )
    title = required_clean_text(entry.findtext(f"{ATOM}title"), Errors.E011, "title")
    abstract = optional_text(entry.findtext(f"{ATOM}summary"), "abstract", clean=True)
    identifiers = make_identifiers(arxiv=entry_id, doi=entry.findtext(f"{ARXIV}doi"))
    date = iso_date(entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated"))
    alternate = next(
        (
            link.get("href")
            for link in entry.iterfind(f"{ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ),
        None,
    )
    extra: dict[str, Any] = {
        "categories": [c.get("term") for c in entry.iterfind(f"{ATOM}category") if c.get("term")]
    }
    if journal_ref := entry.findtext(f"{ARXIV}journal_ref"):
        extra["journal_ref"] = clean_text(journal_ref)
    return Paper(
        id=paper_id(identifiers, title),
        title=title,
        abstract=abstract,
        authors=split_authors(
            [clean_text(name.text or "") for name in entry.iterfind(f"{ATOM}author/{ATOM}name")]
        ),
        year=parse_year(date),
        date=date,
        url=alternate or entry_id or None,
        source=source,
        identifiers=identifiers,
        extra=extra,
    )


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from the entries of an Atom feed."""
    for line, entry in _entries(path, skips):
        try:
            yield Located(to_paper(entry, str(path)), str(path), line)
        except BadRecord as e:
            skips.append(Skip(str(path), line, str(e)))
