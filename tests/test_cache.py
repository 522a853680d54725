import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg.cache
from kg.cache import ExtractionCache, cached_extract, text_key
from kg.errors import KGError
from kg.records import LABELS, ExtractedPaper, Mention, Paper

ROOT = Path(__file__).resolve().parents[1]


def _run(calls):
    def run(papers):
        for p in papers:
            calls.append(p.id)
            yield ExtractedPaper(
                p, [Mention("title", 0, 1, p.title[:1], "METHOD", "x")], [("abstract", "A", "Aa")]
            )

    return run


def _papers(n, prefix="t"):
    return [Paper(str(i), f"{prefix}{i}", f"abstract {i}") for i in range(n)]


def test_second_run_extracts_nothing_and_keeps_order(tmp_path):
    calls = []
    with ExtractionCache(tmp_path / "c.sqlite", "v1") as cache:
        first = [d.paper.id for d in cached_extract(_papers(5), cache, _run(calls), batch=2)]
    with ExtractionCache(tmp_path / "c.sqlite", "v1") as cache:
        stats = {}
        docs = list(cached_extract(_papers(5), cache, _run(calls), stats=stats))
    assert first == [d.paper.id for d in docs] == ["0", "1", "2", "3", "4"]
    assert calls == ["0", "1", "2", "3", "4"] and stats == {"cached": 5, "extracted": 0}
    assert docs[0].mentions[0] == Mention("title", 0, 1, "t", "METHOD", "x")
    assert docs[0].abbreviations == [("abstract", "A", "Aa")]


def test_changed_text_and_new_pipeline_miss(tmp_path):
    calls = []
    with ExtractionCache(tmp_path / "c.sqlite", "v1") as cache:
        list(cached_extract(_papers(3), cache, _run(calls)))
        papers = _papers(3)
        papers[1].abstract = "changed"
        calls.clear()
        list(cached_extract(papers, cache, _run(calls)))
        assert calls == ["1"]
    with ExtractionCache(tmp_path / "c.sqlite", "v2") as cache:
        calls.clear()
        list(cached_extract(_papers(3), cache, _run(calls)))
        assert calls == ["0", "1", "2"]


def test_batches_are_committed_before_the_end(tmp_path):
    calls = []
    with ExtractionCache(tmp_path / "c.sqlite", "v1") as cache:
        stream = cached_extract(_papers(10), cache, _run(calls), batch=3)
        for _ in range(7):
            next(stream)
    with ExtractionCache(tmp_path / "c.sqlite", "v1") as cache:
        assert len(cache) == 6  # two full batches were stored before the stream stopped


# A damaged cache: one coded line naming the file and suggesting --no-cache, never a traceback


def _cache_with_rows(path, n=2):
    with ExtractionCache(path, "v1") as cache:
        list(cached_extract(_papers(n), cache, _run([])))


def _truncated(path):
    _cache_with_rows(path, 300)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path):
    path.write_bytes(b"not a database, only some bytes\n" * 100)


def _directory(path):
    path.mkdir()


def _other_table(path):
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE extraction (key TEXT PRIMARY KEY, result TEXT)")


def _locked(path):
    """Another program holds the file's write lock, and keeps it."""
    _cache_with_rows(path)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


@pytest.mark.hostile
@pytest.mark.parametrize("damage", [_truncated, _garbage, _directory, _other_table, _locked])
def test_a_damaged_cache_file_is_a_coded_error(tmp_path, monkeypatch, damage):
    monkeypatch.setattr(kg.cache, "TIMEOUT", 0.05)
    path = tmp_path / "cache.sqlite"
    holder = damage(path)
    try:
        with (
            pytest.raises(
                KGError, match=r"^\[E092\] The extraction cache .*cache\.sqlite cannot be used: .*--no-cache$"
            ),
            ExtractionCache(path, "v1") as cache,
        ):
            list(cached_extract(_papers(300), cache, _run([])))
    finally:
        if holder is not None:
            holder.close()


def _row(mentions, abbreviations="[]"):
    return {"mentions": mentions, "abbreviations": abbreviations}


GOOD = {"field": "title", "start": 0, "end": 2, "text": "t0", "label": "METHOD", "entity": "x", "score": None}
DAMAGED_ROWS = {
    "unknown label": _row(json.dumps([{**GOOD, "label": "ALGORITHM"}])),
    "unknown field": _row(json.dumps([{**GOOD, "field": "body"}])),
    "offsets past the end": _row(json.dumps([{**GOOD, "end": 99}])),
    "negative offset": _row(json.dumps([{**GOOD, "start": -1}])),
    "offsets as text": _row(json.dumps([{**GOOD, "start": "0"}])),
    "text not at the offsets": _row(json.dumps([{**GOOD, "text": "xx"}])),
    "score not a number": _row(json.dumps([{**GOOD, "score": "high"}])),
    "a field missing": _row(json.dumps([{k: v for k, v in GOOD.items() if k != "label"}])),
    "not JSON": _row("[{broken"),
    "not a list": _row(json.dumps({"mentions": []})),
    "a mention not an object": _row(json.dumps(["METHOD"])),
    "abbreviation of two parts": _row("[]", json.dumps([["title", "T"]])),
    "not text but a number": _row(7),
}


@pytest.mark.hostile
@pytest.mark.parametrize("row", DAMAGED_ROWS.values(), ids=DAMAGED_ROWS.keys())
def test_a_damaged_row_is_a_coded_error_naming_its_paper(tmp_path, row):
    path = tmp_path / "c.sqlite"
    _cache_with_rows(path)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "UPDATE extraction SET mentions = ?, abbreviations = ? WHERE key = ?",
            (row["mentions"], row["abbreviations"], text_key(_papers(1)[0], "v1")),
        )
    with ExtractionCache(path, "v1") as cache, pytest.raises(KGError) as error:
        cache.get(_papers(2))
    assert str(error.value).startswith(
        f"[E093] The extraction cache {path} has a damaged row for paper '0': "
    )
    assert str(error.value).endswith("; delete it or rerun with --no-cache")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
mention_like = st.fixed_dictionaries(
    {k: st.just(v) | json_values for k, v in GOOD.items()} | {"start": st.integers(-2, 4) | json_values}
)


@pytest.mark.hostile
@pytest.mark.fuzz
@given(mentions=st.lists(mention_like, max_size=3) | json_values, abbreviations=json_values)
def test_any_row_gives_its_extraction_or_e093(mentions, abbreviations):
    paper = _papers(1)[0]
    # an SQLite database in memory: the same engine, without a file per example
    with ExtractionCache(Path(":memory:"), "v1") as cache:
        cache.db.execute(
            "INSERT INTO extraction VALUES (?, ?, ?)",
            (text_key(paper, "v1"), json.dumps(mentions), json.dumps(abbreviations)),
        )
        try:
            docs = cache.get([paper])
        except KGError as e:
            assert str(e).startswith("[E093]")
            return
    for m in docs["0"].mentions:
        assert m.label in LABELS and getattr(paper, m.field)[m.start : m.end] == m.text


@pytest.mark.hostile
def test_kernels_import_without_a_writable_home_or_package(tmp_path):
    """numba cannot cache beside a read-only install (here: its __pycache__ is a file) nor in
    an unwritable HOME; `import kg` points it at a folder of this user's in TMPDIR."""
    package = tmp_path / "site" / "kg"
    (package / "graph").mkdir(parents=True)
    for name in ("__init__.py", "numba_cache.py"):
        shutil.copy(ROOT / "kg" / name, package / name)
    shutil.copy(ROOT / "kg" / "graph" / "kernels.py", package / "graph" / "kernels.py")
    (package / "graph" / "__init__.py").write_text("")
    (package / "graph" / "__pycache__").write_text("not a folder")
    (tmp_path / "tmp").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NUMBA_", "XDG_"))}
    env.update(HOME="/dev/null", TMPDIR=str(tmp_path / "tmp"), PYTHONPATH=str(tmp_path / "site"))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    script = "import os, kg.graph.kernels; print(os.environ.get('NUMBA_CACHE_DIR'))"
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "tmp" / f"kg-numba-{os.getuid()}")
