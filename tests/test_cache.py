from kg.cache import ExtractionCache, cached_extract
from kg.records import ExtractedPaper, Mention, Paper


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
