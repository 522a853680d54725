"""The ``bibtex`` format: BibTeX entries with an ``abstract`` field, parsed by bibtexparser.

Fields read: ``title``, ``abstract``, ``author`` (``Last, First and ...``), ``year``,
``date``, ``doi``, ``url``, ``journal``/``booktitle`` (the venue), and an arXiv id from
``eprint``, ``url`` or an ``arXiv:…`` reference in ``journal`` or ``note`` (as Google
Scholar writes them). Braces and LaTeX are cleaned from the text.

bibtexparser drops an entry it cannot parse without a word, so the entries are also
located by a plain scan of the file: one found there but not parsed is reported, at its line.
Its parser recurses once per level of braces, so an entry nested deeper than
:data:`~kg.ingest.vet.MAX_DEPTH` levels is reported and blanked out before parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import pairwise
from pathlib import Path

import bibtexparser
from bibtexparser.bibdatabase import UndefinedString
from bibtexparser.bparser import BibTexParser

from ..errors import Errors, Skip
from ..records import Paper
from .clean import clean_text
from .fields import BadRecord, check_decoded, iso_date, optional_text, parse_year, required_clean_text
from .ids import make_identifiers, normalize_arxiv, paper_id
from .source import BadFile, read_text
from .vet import MAX_DEPTH, Located

_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(][ \t]*([^,\s]+)[ \t]*,", re.MULTILINE)
_ANY_START = re.compile(r"^[ \t]*@", re.MULTILINE)
_BRACE = re.compile(r"[{}]")
_NOT_PAPERS = frozenset({"comment", "string", "preamble"})
# undefined @string macros defined as their own names before a file is given up (each one
# costs a parse of the whole file)
MAX_UNDEFINED = 10
_MACRO = re.compile(r"[^\s{}\"#%'(),=]+")
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


def _too_deep(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each stretch of ``text`` from one ``@`` to the next whose braces
    nest more than :data:`MAX_DEPTH` levels deep.

    >>> list(_too_deep("@a{k, t={" + "{" * 40 + "}" * 40 + "}}\\n@b{j, t={x}}"))
    [(0, 92)]
    """
    starts = [0, *(m.start() for m in _ANY_START.finditer(text)), len(text)]
    for start, end in pairwise(starts):
        depth = 0
        for m in _BRACE.finditer(text, start, end):
            depth += 1 if m[0] == "{" else -1
            if depth > MAX_DEPTH:
                yield start, end
                break


def _without_deep_entries(text: str, path: Path, skips: list[Skip]) -> str:
    """``text`` with each entry nested too deep blanked out (its lines kept), and reported."""
    pieces, done, line = [], 0, 1
    for start, end in _too_deep(text):
        m = _ENTRY_START.match(text, start)
        what = f"BibTeX entry {m[2]!r}" if m else "BibTeX text"
        line += text.count("\n", done, start)
        skips.append(Skip(str(path), line, Errors.E086.format(what=what, limit=MAX_DEPTH)))
        blanked = text.count("\n", start, end)
        pieces += [text[done:start], "\n" * blanked]
        line, done = line + blanked, end
    return "".join([*pieces, text[done:]])


def _entries(text: str, path: Path, skips: list[Skip]) -> list[dict[str, str]]:
    """bibtexparser's entries of ``text``. A ``@string`` macro used but never defined stops
    bibtexparser on the whole file: it is defined as its own name and the file read again,
    a few times at most, so one bad macro does not lose the other entries."""
    defined: list[str] = []
    for _ in range(MAX_UNDEFINED + 1):
        parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
        try:
            return list(bibtexparser.loads("".join(defined) + text, parser).entries)
        except RecursionError as e:  # nesting of another kind than braces, if any
            raise BadFile(Errors.E015.format(what="BibTeX", detail="nested too deep to be parsed")) from e
        except UndefinedString as e:
            name = str(e.args[0])
            if not _MACRO.fullmatch(name):
                break
            detail = f"the @string {name!r} is used but not defined: read as its name"
            skips.append(Skip(str(path), None, Errors.E015.format(what="BibTeX", detail=detail)))
            defined.append(f"@string{{{name} = {{{name}}}}}\n")
    raise BadFile(Errors.E015.format(what="BibTeX", detail="it uses @string macros that are not defined"))


def read(path: Path, skips: list[Skip]) -> Iterator[Located]:
    """Papers from the entries of a BibTeX file; entries that will not parse are reported."""
    text = _without_deep_entries(read_text(path), path, skips)
    lines = _entry_lines(text)
    entries = _entries(text, path, skips)
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
            yield Located(to_paper(entry, str(path)), str(path), lines.get(entry["ID"]))
        except BadRecord as e:
            skips.append(Skip(str(path), lines.get(entry["ID"]), str(e)))
