"""Per-paper extraction cache in SQLite, so a rebuild only extracts new or changed papers.

A row is keyed by a hash of the paper's title and abstract and the pipeline version: a
changed text or a new pipeline (model, gazetteers or kg itself) misses the cache. Rows are
committed in batches as extraction goes, so an interrupted build keeps what it finished.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path

from .records import ExtractedPaper, Mention, Paper

SCHEMA = """
CREATE TABLE IF NOT EXISTS extraction (
    key TEXT PRIMARY KEY,
    mentions TEXT NOT NULL,
    abbreviations TEXT NOT NULL
)
"""


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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # WAL keeps committed batches safe if the process is killed mid-write
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.commit()
        self.db.close()

    def get(self, papers: Sequence[Paper]) -> dict[str, ExtractedPaper]:
        """Cached results by paper id, for the papers that have one."""
        found = {}
        with closing(self.db.cursor()) as cur:
            for p in papers:
                row = cur.execute(
                    "SELECT mentions, abbreviations FROM extraction WHERE key = ?",
                    (text_key(p, self.pipeline),),
                ).fetchone()
                if row:
                    found[p.id] = ExtractedPaper(
                        p,
                        [Mention.from_dict(m) for m in json.loads(row[0])],
                        [tuple(a) for a in json.loads(row[1])],
                    )
        return found

    def put(self, docs: Iterable[ExtractedPaper]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)",
            [
                (
                    text_key(d.paper, self.pipeline),
                    json.dumps([m.to_dict() for m in d.mentions]),
                    json.dumps(d.abbreviations),
                )
                for d in docs
            ],
        )
        self.db.commit()

    def __len__(self) -> int:
        count: int = self.db.execute("SELECT count(*) FROM extraction").fetchone()[0]
        return count


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
