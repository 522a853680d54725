"""Per-paper extraction cache in SQLite, so a rebuild only extracts new or changed papers.

A row is keyed by a hash of the paper's title and abstract and the pipeline version: a
changed text or a new pipeline (model, gazetteers or kg itself) misses the cache. Rows are
committed in batches as extraction goes, so an interrupted build keeps what it finished.

A cache that cannot be used (not an SQLite file, truncated, another table's layout, locked
by another program, a row that is not what :meth:`ExtractionCache.put` wrote) stops the
build with a one-line error, E092 or E093, before any output is written: it suggests
deleting the file or ``--no-cache`` rather than rebuilding it unasked, since the file may be
someone's only copy of hours of extraction, and deleting it is one command.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from .errors import Errors, KGError
from .records import FIELDS, LABELS, ExtractedPaper, Mention, Paper

SCHEMA = """
CREATE TABLE IF NOT EXISTS extraction (
    key TEXT PRIMARY KEY,
    mentions TEXT NOT NULL,
    abbreviations TEXT NOT NULL
)
"""
COLUMNS = ["key", "mentions", "abbreviations"]


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line and at most ``limit`` characters: SQLite quotes the undecodable
    bytes of a damaged row in its message, line breaks included.

    >>> one_line("bad text 'T\\nT'"), one_line("x" * 300, 5)
    ("bad text 'T T'", 'xxxx…')
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# Seconds to wait for another program's lock on the file before E092 ("database is locked").
TIMEOUT = 5.0


def text_key(paper: Paper, pipeline: str) -> str:
    """
    >>> p = Paper("a", "Title", "Abstract.")
    >>> text_key(p, "v1") == text_key(Paper("b", "Title", "Abstract."), "v1") != text_key(p, "v2")
    True
    """
    h = hashlib.sha256()
    for part in (pipeline, paper.title, paper.abstract):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


class ExtractionCache:
    """``with ExtractionCache(path, pipeline) as cache: ...``"""

    def __init__(self, path: Path, pipeline: str):
        self.path = Path(path)
        self.pipeline = pipeline
        if self.path.is_dir():
            raise KGError(Errors.E092.format(path=self.path, detail="it is a directory"))
        with self._usable():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # WAL keeps committed batches safe if the process is killed mid-write
            self.db = sqlite3.connect(self.path, timeout=TIMEOUT)
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute(SCHEMA)
                columns = [row[1] for row in self.db.execute("PRAGMA table_info(extraction)")]
            except BaseException:
                self.db.close()
                raise
        if columns != COLUMNS:
            self.db.close()
            detail = f"its table 'extraction' has the columns {columns}, not {COLUMNS}"
            raise KGError(Errors.E092.format(path=self.path, detail=detail))

    @contextmanager
    def _usable(self) -> Iterator[None]:
        """SQLite's errors as E092: the file is no database, is damaged or is locked (a
        damaged schema can fail to decode as UTF-8 too)."""
        try:
            yield
        except (sqlite3.Error, OSError, UnicodeDecodeError) as e:
            raise KGError(Errors.E092.format(path=self.path, detail=one_line(str(e)))) from e

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            with self._usable():
                self.db.commit()
        finally:
            self.db.close()

    def get(self, papers: Sequence[Paper]) -> dict[str, ExtractedPaper]:
        """Cached results by paper id, for the papers that have one; E093 for a row that is
        not what :meth:`put` wrote, so that no damaged row reaches the outputs."""
        found = {}
        with self._usable(), closing(self.db.cursor()) as cur:
            for p in papers:
                row = cur.execute(
                    "SELECT mentions, abbreviations FROM extraction WHERE key = ?",
                    (text_key(p, self.pipeline),),
                ).fetchone()
                if row:
                    found[p.id] = self._extraction(p, row[0], row[1])
        return found

    def _extraction(self, paper: Paper, mentions: Any, abbreviations: Any) -> ExtractedPaper:
        try:
            doc = ExtractedPaper(
                paper,
                [Mention.from_dict(m) for m in json.loads(mentions)],
                [tuple(a) for a in json.loads(abbreviations)],
            )
            problem = row_problem(doc)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            problem = f"{type(e).__name__}: {e}"
        if problem:
            raise KGError(Errors.E093.format(path=self.path, paper=paper.id, detail=problem))
        return doc

    def put(self, docs: Iterable[ExtractedPaper]) -> None:
        rows = [
            (
                text_key(d.paper, self.pipeline),
                json.dumps([m.to_dict() for m in d.mentions]),
                json.dumps(d.abbreviations),
            )
            for d in docs
        ]
        with self._usable():
            self.db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", rows)
            self.db.commit()

    def __len__(self) -> int:
        with self._usable():
            count: int = self.db.execute("SELECT count(*) FROM extraction").fetchone()[0]
        return count


def row_problem(doc: ExtractedPaper) -> str | None:
    """What is wrong with a cached extraction of ``doc.paper``, or None: each mention a span
    of its paper's title or abstract with one of :data:`~kg.records.LABELS`, each
    abbreviation three strings.

    >>> p = Paper("a", "BERT", "")
    >>> row_problem(ExtractedPaper(p, [Mention("title", 0, 4, "BERT", "MODEL", "bert")]))
    >>> row_problem(ExtractedPaper(p, [Mention("title", 0, 4, "BERT", "ALGO", "bert")]))
    "unknown label 'ALGO'"
    """
    for m in doc.mentions:
        if m.label not in LABELS:
            return f"unknown label {m.label!r}"
        if m.field not in FIELDS:
            return f"unknown field {m.field!r}"
        text: str = getattr(doc.paper, m.field)
        if type(m.start) is not int or type(m.end) is not int or not 0 <= m.start <= m.end <= len(text):
            return f"offsets {m.start!r}:{m.end!r} outside the {m.field}"
        if text[m.start : m.end] != m.text:
            return f"the mention at {m.field} {m.start}:{m.end} is not the {m.field}'s text there"
        if not (m.score is None or type(m.score) in (int, float)):
            return f"score {m.score!r} is not a number"
    if not all(len(a) == 3 and all(isinstance(s, str) for s in a) for a in doc.abbreviations):
        return "an abbreviation is not [field, short form, long form]"
    return None


def cached_extract(
    papers: Sequence[Paper],
    cache: ExtractionCache,
    run: Callable[[list[Paper]], Iterable[ExtractedPaper]],
    *,
    batch: int = 256,
    stats: dict[str, int] | None = None,
) -> Iterator[ExtractedPaper]:
    """Yield every paper's extraction in input order, running ``run`` (papers → iterator of
    ExtractedPaper) only on cache misses and storing its results every ``batch`` papers."""
    hits = cache.get(papers)
    misses = [p for p in papers if p.id not in hits]
    if stats is not None:
        stats.update(cached=len(hits), extracted=len(misses))
    fresh: dict[str, ExtractedPaper] = {}
    pending: list[ExtractedPaper] = []
    results = iter(run(misses)) if misses else iter(())
    for p in papers:
        if p.id in hits:
            yield hits[p.id]
            continue
        while p.id not in fresh:
            d = next(results)
            fresh[d.paper.id] = d
            pending.append(d)
            if len(pending) >= batch:
                cache.put(pending)
                pending = []
        yield fresh.pop(p.id)
    cache.put(pending)
