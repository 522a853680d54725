"""Extraction on a Dask cluster (`dask.distributed`), one task per shard of papers.

Each worker loads the extraction pipeline once (``load_pipeline`` is cached per process)
and returns plain records; the client yields them in input order, so the results, and
every file built from them, are the same as the local engine's however many workers ran.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import Errors, KGError
from .records import ExtractedPaper, MentionsLine, Paper

if TYPE_CHECKING:
    from distributed import Client

T = TypeVar("T")


def shards(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """
    >>> shards(list(range(5)), 2)
    [[0, 1], [2, 3], [4]]
    """
    return [items[i : i + size] for i in range(0, len(items), size)]


def extract_shard(records: list[dict[str, Any]], model: str | None = None) -> list[MentionsLine]:
    """Runs on a worker: paper records in, `ExtractedPaper.to_json()` records out."""
    from .extract import extract_papers, load_pipeline

    papers = [Paper.from_dict(r) for r in records]
    return [d.to_json() for d in extract_papers(papers, load_pipeline(model))]


def dask_extract(
    papers: Sequence[Paper],
    scheduler: str | Client,
    *,
    shard_size: int = 500,
    model: str | None = None,
    max_pending: int | None = None,
) -> Iterator[ExtractedPaper]:
    """Extract ``papers`` on the cluster at ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``, or a ``distributed.Client``), yielding results in order.

    At most ``max_pending`` shards are on the cluster at once (by default twice its worker
    threads, at least 4), the next submitted as each result is taken: neither the
    scheduler nor this process holds the whole corpus's records and results at once, and a
    consumer slower than the cluster (the cache, the next stages) holds it back."""
    # distributed is typed, but its Client and Future leave these methods unannotated
    from distributed import Client

    try:
        client = scheduler if isinstance(scheduler, Client) else Client(scheduler)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as e:  # refused, unreachable, or not an address
        raise KGError(Errors.E094.format(address=scheduler, detail=e)) from e
    try:
        limit = max_pending or max(4, 2 * sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
        submissions = (
            client.submit(extract_shard, [p.to_dict() for p in shard], model, pure=False)
            for shard in shards(list(papers), shard_size)
        )
        pending = deque(itertools.islice(submissions, limit))
        while pending:
            future = pending.popleft()  # in submission order: deterministic output
            records = future.result()
            future.release()  # type: ignore[no-untyped-call]
            pending.extend(itertools.islice(submissions, 1))
            for record in records:
                yield ExtractedPaper.from_json(record)
    finally:
        if client is not scheduler:
            client.close()  # type: ignore[no-untyped-call]
