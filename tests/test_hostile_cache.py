"""A hostile extraction cache file: whatever bytes ``cache.sqlite`` (and the write-ahead log
beside it) hold, opening, reading and writing it gives extractions whose offsets are exact,
or one coded error (E092 for the file, E093 for a row); never a traceback.

tests/test_cache.py has the damage found by hand (truncated, garbage, a directory, another
table, locked) and fuzzes the rows of a sound file; here the file itself is fuzzed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from kg.cache import ExtractionCache, cached_extract
from kg.errors import KGError
from kg.records import LABELS, ExtractedPaper, Mention, Paper

pytestmark = pytest.mark.hostile

PIPELINE = "v1"
PAPERS = [Paper(str(i), f"Net{i} on ImageNet", f"We train Net{i} on CIFAR-10.") for i in range(120)]


def _extract(papers: list[Paper]) -> list[ExtractedPaper]:
    """A stand-in for the pipeline: a MODEL mention of each title's first word."""
    return [
        ExtractedPaper(
            p,
            [Mention("title", 0, p.title.index(" "), p.title.split()[0], "MODEL", "")],
            [("abstract", "N", "Net")],
        )
        for p in papers
    ]


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache file of 120 rows, several SQLite pages, as a build leaves it."""
    path = tmp_path_factory.mktemp("sound") / "cache.sqlite"
    with ExtractionCache(path, PIPELINE) as cache:
        list(cached_extract(PAPERS, cache, _extract))
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile-cache")


def _damaged(sound: Path, folder: Path, cut: int | None, writes: list[tuple[int, bytes]], wal: bytes) -> Path:
    """A copy of ``sound`` cut to ``cut`` bytes (None: whole) and overwritten at each offset
    of ``writes``, with ``wal`` as its write-ahead log (none when empty)."""
    path = folder / "cache.sqlite"
    for leftover in folder.iterdir():
        leftover.unlink()
    shutil.copyfile(sound, path)
    data = bytearray(path.read_bytes())
    for offset, chunk in writes:
        at = offset % max(len(data), 1)
        data[at : at + len(chunk)] = chunk
    path.write_bytes(bytes(data if cut is None else data[: cut % (len(data) + 1)]))
    if wal:
        path.with_name(path.name + "-wal").write_bytes(wal)
    return path


# the first 100 bytes are SQLite's header: where one byte changes the most
OFFSETS = st.integers(0, 100) | st.integers(0, 10**6)


@pytest.mark.fuzz
@given(
    cut=st.none() | st.integers(0, 10**6),
    writes=st.lists(st.tuples(OFFSETS, st.binary(min_size=1, max_size=16)), max_size=4),
    wal=st.just(b"") | st.binary(max_size=64),
)
def test_fuzz_any_cache_file_gives_exact_extractions_or_a_coded_error(sound, folder, cut, writes, wal):
    path = _damaged(sound, folder, cut, writes, wal)
    papers = [*PAPERS[::7], Paper("new", "Fresh on SQuAD", "A paper the cache has not seen.")]
    try:
        with ExtractionCache(path, PIPELINE) as cache:
            docs = list(cached_extract(papers, cache, _extract))
            len(cache)
    except KGError as e:
        assert str(e).startswith(("[E092]", "[E093]")) and "\n" not in str(e), e
        assert str(e).endswith("delete it or rerun with --no-cache"), e
        event(str(e)[:6])
        return
    event("read")
    assert [d.paper.id for d in docs] == [p.id for p in papers]
    for d in docs:
        for m in d.mentions:
            assert m.label in LABELS and getattr(d.paper, m.field)[m.start : m.end] == m.text
