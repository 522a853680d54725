import json
import re
from pathlib import Path

import pytest

from kg.errors import KGError, Skip
from kg.ingest import INPUT_FORMATS, clean_text, detect_format, merge_duplicates, read_papers
from kg.ingest.listing import CHROME
from kg.records import Paper

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(path: Path, fmt: str | None = None) -> tuple[list[Paper], list[Skip]]:
    skips: list[Skip] = []
    return list(read_papers([path], fmt=fmt, skips=skips)), skips


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# ---------------------------------------------------------------- listing pages

COMPACT_PAGE = """\
Get trending papers in your email inbox once a day!
Get trending papers in your email inbox!
SubscribeBERT: Pre-training of Deep Bidirectional Transformers
We introduce a new language representation model called BERT.
Subscriber Churn Prediction with {\\it Graph} Networks
We predict churn with graph networks, 21\\% better.
"""

SPACED_PAGE = """\
new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Apr 23

ReSee: Responding through Seeing

Incorporating visual knowledge into dialogue systems.

  \u2022 4 authors
\u00b7
May 22, 2023

Towards Universal Video Retrieval

We present a general video retrieval model.

Alibaba-NLP Alibaba-NLP
\u00b7
Oct 31, 2025 12

A Title Without Metadata

An abstract without metadata.

A Title Whose Abstract Is Missing
"""


def test_listing_compact_layout_drops_chrome_and_unglues_the_first_title(tmp_path):
    papers, skips = read(write(tmp_path, "page.txt", COMPACT_PAGE))
    assert [p.title for p in papers] == [
        "BERT: Pre-training of Deep Bidirectional Transformers",
        "Subscriber Churn Prediction with Graph Networks",  # a title, not chrome
    ]
    assert papers[1].abstract == "We predict churn with graph networks, 21% better."
    assert skips == []


def test_listing_spaced_layout_reads_metadata_and_reports_an_orphan_title(tmp_path):
    path = write(tmp_path, "page.txt", SPACED_PAGE)
    papers, skips = read(path)
    assert [(p.title, p.date, p.year, p.extra) for p in papers] == [
        ("ReSee: Responding through Seeing", "2023-05-22", 2023, {"n_authors": 4}),
        (
            "Towards Universal Video Retrieval",
            "2025-10-31",
            2025,
            {"organization": "Alibaba-NLP", "upvotes": 12},
        ),
        ("A Title Without Metadata", None, None, {}),
    ]
    assert skips == [Skip(str(path), 33, "[E012] record has no abstract")]


def test_listing_skips_only_the_paper_with_invalid_utf8(tmp_path):
    page = b"Good Title\nA good abstract.\nBad \xff Title\nIts abstract.\nLast Title\nLast abstract.\n"
    path = write(tmp_path, "page.txt", page)
    papers, skips = read(path)
    assert [p.title for p in papers] == ["Good Title", "Last Title"]
    assert [(s.line, s.reason) for s in skips] == [(3, "[E013] not valid UTF-8 text: byte 0xff at column 5")]


def test_sample_corpus_counts():
    skips: list[Skip] = []
    papers = list(read_papers([SAMPLE], skips=skips))
    merged, n_merged = merge_duplicates(papers)
    assert (len(papers), len(merged), n_merged) == (726, 608, 118)
    assert skips == []
    assert not [p.title for p in papers if p.title.startswith("Subscribe")]
    assert not [
        p.abstract for p in papers if p.abstract in CHROME or re.fullmatch(r"\w{3} \d{1,2}", p.abstract)
    ]
    # every abstract is prose, every title a line: nothing is shifted by one
    assert min(len(p.abstract) for p in papers) > max(len(p.title) for p in papers)
    assert all(p.source.startswith(str(SAMPLE)) for p in papers)


# ---------------------------------------------------------------- plain records


def test_jsonl_keeps_title_abstract_and_id_exactly(tmp_path):
    records = [
        {
            "id": 7,
            "title": "  Padded  Title ",
            "abstract": "\tAbstract with $x$ and &amp;\n",
            "authors": "Ada Lovelace and Alan Turing",
            "year": "2019",
            "venue": "NeurIPS",
        },
        {"title": "No Id", "abstract": "An abstract.", "date": "2020-02-03", "doi": "10.1234/X"},
    ]
    papers, skips = read(write(tmp_path, "papers.jsonl", jsonl(*records)))
    first, second = papers
    assert (first.id, first.title, first.abstract) == (
        "7",
        "  Padded  Title ",
        "\tAbstract with $x$ and &amp;\n",
    )
    assert (first.authors, first.year, first.extra) == (
        ["Ada Lovelace", "Alan Turing"],
        2019,
        {"venue": "NeurIPS"},
    )
    assert (second.id, second.year, second.date, second.identifiers) == (
        "doi:10.1234/x",
        2020,
        "2020-02-03",
        {"doi": "10.1234/x"},
    )
    assert skips == []


def test_jsonl_bad_lines_are_skipped_and_the_others_kept(tmp_path):
    good = {"title": "T", "abstract": "A"}
    content = (
        jsonl(good, '{"title": "broken", ', {"abstract": "No title"}, '["an", "array"]', 42).encode()
        + b'{"title": "caf\xe9", "abstract": "A"}\n'
        + b"\n"
        + jsonl({**good, "title": "Last"}).encode()
    )
    path = write(tmp_path, "papers.jsonl", content)
    papers, skips = read(path)
    assert [p.title for p in papers] == ["T", "Last"]
    reasons = [(s.path, s.line, s.reason) for s in skips]
    assert [r[:2] for r in reasons] == [(str(path), n) for n in (2, 3, 4, 4, 5, 6)]
    assert [r[2][:6] for r in reasons] == ["[E010]", "[E011]", "[E014]", "[E014]", "[E014]", "[E013]"]
    assert "object but a string" in reasons[2][2] and "byte 0xe9" in reasons[5][2]


def test_jsonl_broken_first_line_loses_only_itself(tmp_path):
    path = write(tmp_path, "papers.jsonl", jsonl('{"title": ', {"title": "T", "abstract": "A"}))
    papers, skips = read(path)
    assert [p.title for p in papers] == ["T"]
    assert [(s.line, s.reason.split(":")[0]) for s in skips] == [(1, "[E010] invalid JSON")]


def test_record_with_non_text_title_is_malformed(tmp_path):
    papers, skips = read(write(tmp_path, "p.jsonl", jsonl({"title": 3, "abstract": "A"})))
    assert papers == []
    assert skips[0].reason == "[E015] malformed title: expected text, got int 3"


def test_json_document_records_are_located_by_pointer(tmp_path):
    records = [{"title": "One", "abstract": "A"}, {"title": "Two"}, "text"]
    path = write(tmp_path, "papers.json", json.dumps(records, indent=2))
    papers, skips = read(path)
    assert [(p.title, p.abstract) for p in papers] == [("One", "A"), ("Two", "")]
    assert [(s.path, s.line, s.reason) for s in skips] == [
        (f"{path}#/2", None, "[E014] record is not an object but a string"),
    ]


def test_broken_json_document_is_reported_at_its_line(tmp_path):
    path = write(tmp_path, "papers.json", '[\n  {"title": "T", "abstract": "A"},\n  {"title": }\n]\n')
    papers, skips = read(path)
    assert papers == []
    assert (skips[0].line, skips[0].reason[:6]) == (3, "[E010]")


def test_csv_keeps_cells_exactly_and_skips_bad_rows(tmp_path):
    content = (
        b"id,title,abstract,authors,year\n"
        b'p1, Spaced Title ,"Line one\nline two ",A; B,2021\n'
        b"p2,No abstract,,,\n"
        b"p3,Too,many,cells,2020,extra\n"
    ) + b"p4,Bad \xff,Abstract,,\np5,Fine,Fine.,,\n"
    path = write(tmp_path, "papers.csv", content)
    papers, skips = read(path)
    assert [(p.id, p.title, p.abstract, p.authors, p.year) for p in papers] == [
        ("p1", " Spaced Title ", "Line one\nline two ", ["A", "B"], 2021),
        ("p2", "No abstract", "", [], None),
        ("p5", "Fine", "Fine.", [], None),
    ]
    assert [(s.line, s.reason[:6]) for s in skips] == [(5, "[E016]"), (6, "[E013]")]


def test_csv_without_abstract_column_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path, "papers.csv", "title,summary\nT,S\n")
    with pytest.raises(
        KGError,
        match=rf"{re.escape(str(path))}: \[E017\] CSV has no 'abstract' column \(columns: title, summary\)",
    ):
        read(path)


# ---------------------------------------------------------------- arXiv snapshot

ARXIV_RECORD = {
    "id": "1706.03762",
    "submitter": "Ashish Vaswani",
    "authors": "A. Vaswani, N. Shazeer",
    "title": "Attention Is All\n  You Need",
    "doi": None,
    "abstract": "  The dominant sequence transduction models are based on complex\nrecurrent networks; we reach 28.4 BLEU with $\\approx$ 1\\% of the cost.\n",
    "categories": "cs.CL cs.LG",
    "journal-ref": None,
    "versions": [
        {"version": "v1", "created": "Mon, 12 Jun 2017 17:57:34 GMT"},
        {"version": "v7", "created": "Wed, 2 Aug 2023 00:41:18 GMT"},
    ],
    "update_date": "2023-08-03",
    "authors_parsed": [["Vaswani", "Ashish", ""], ["Shazeer", "Noam", ""]],
}


def test_arxiv_snapshot_records_are_cleaned_and_dated_by_first_version(tmp_path):
    old_style = {
        **ARXIV_RECORD,
        "id": "math/0409123",
        "title": "Old {\\'E}tude",
        "versions": [],
        "authors_parsed": [],
        "authors": "J. Doe and R. Roe",
        "doi": "10.1234/A 10.5678/B",
    }
    path = write(tmp_path, "arxiv-metadata-oai-snapshot.json", jsonl(ARXIV_RECORD, old_style))
    assert detect_format(path) == "arxiv"
    papers, skips = read(path)
    first, second = papers
    assert first.id == "arxiv:1706.03762" and first.url == "https://arxiv.org/abs/1706.03762"
    assert first.title == "Attention Is All You Need"
    assert first.abstract.endswith("we reach 28.4 BLEU with ≈ 1% of the cost.")
    assert (first.authors, first.date, first.year) == (["Ashish Vaswani", "Noam Shazeer"], "2017-06-12", 2017)
    assert first.extra == {"categories": ["cs.CL", "cs.LG"]}
    assert (second.id, second.title, second.authors, second.date) == (
        "arxiv:math/0409123",
        "Old Étude",
        ["J. Doe", "R. Roe"],
        "2023-08-03",
    )
    assert second.identifiers == {"arxiv": "math/0409123", "doi": "10.1234/a"}
    assert skips == []


# ---------------------------------------------------------------- Atom feeds


def atom_entry(arxiv_id: str, title: str, summary: str | None = None) -> str:
    summary_xml = f"<summary>{summary}</summary>" if summary is not None else ""
    return f"""  <entry>
    <id>http://arxiv.org/abs/{arxiv_id}</id>
    <published>2021-01-01T12:00:00Z</published>
    <title>{title}</title>
    {summary_xml}
    <author><name>Ada Lovelace</name></author>
    <author><name>Alan Turing</name></author>
    <arxiv:doi>10.1000/ABC</arxiv:doi>
    <link href="http://arxiv.org/abs/{arxiv_id}" rel="alternate" type="text/html"/>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
"""


def atom_feed(*entries: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n'
        "  <title>ArXiv Query</title>\n" + "".join(entries) + "</feed>\n"
    )


def test_atom_entries_and_an_entry_without_summary(tmp_path):
    feed = atom_feed(
        atom_entry("2101.00001v2", "Deep\n      Nets &amp; Trees", "We  study\n trees."),
        atom_entry("2101.00002v1", "No Summary"),
    )
    path = write(tmp_path, "feed.atom", feed)
    papers, skips = read(path)
    paper, title_only = papers
    assert (paper.id, paper.title, paper.abstract) == (
        "arxiv:2101.00001",
        "Deep Nets & Trees",
        "We study trees.",
    )
    assert (title_only.title, title_only.abstract) == ("No Summary", "")
    assert (paper.authors, paper.date, paper.year) == (["Ada Lovelace", "Alan Turing"], "2021-01-01", 2021)
    assert paper.identifiers == {"arxiv": "2101.00001", "doi": "10.1000/abc"}
    assert (paper.url, paper.extra) == ("http://arxiv.org/abs/2101.00001v2", {"categories": ["cs.LG"]})
    assert skips == []


def test_atom_keeps_the_entries_before_broken_xml(tmp_path):
    feed = atom_feed(atom_entry("2101.00001", "Kept", "Fine."), "  <entry><title>Broken</entry>\n")
    path = write(tmp_path, "feed.xml", feed)
    papers, skips = read(path)
    assert [p.title for p in papers] == ["Kept"]
    assert skips[0].line == 15 and skips[0].reason.startswith("[E015] malformed XML: mismatched tag")


def test_atom_refuses_a_dtd(tmp_path):
    feed = (
        '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY lol "lol">]>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lol;</title></entry></feed>\n'
    )
    papers, skips = read(write(tmp_path, "feed.xml", feed))
    assert papers == []
    assert [(s.line, s.reason) for s in skips] == [
        (
            2,
            "[E015] malformed XML: a DTD (<!DOCTYPE>) was refused, and the entities it declares with "
            "it: a feed needs none, and an entity can read local files or expand without end",
        )
    ]


def test_atom_reports_a_document_that_is_not_a_feed(tmp_path):
    papers, skips = read(write(tmp_path, "other.xml", "<rss><item/></rss>"))
    assert papers == [] and skips[0].reason.startswith("[E015] malformed Atom feed: the root element is rss")


# ---------------------------------------------------------------- OpenAlex

OPENALEX_WORK = {
    "id": "https://openalex.org/W2741809807",
    "doi": "https://doi.org/10.48550/arXiv.1706.03762",
    "title": "Attention Is All You Need",
    "display_name": "Attention Is All You Need",
    "publication_year": 2017,
    "publication_date": "2017-06-12",
    "type": "preprint",
    "authorships": [
        {"author": {"display_name": "Ashish Vaswani"}},
        {"author": {"display_name": "Noam Shazeer"}},
    ],
    "abstract_inverted_index": {"The": [0], "dominant": [1], "models": [2, 4], "use": [3]},
    "primary_location": {
        "landing_page_url": "https://arxiv.org/abs/1706.03762",
        "source": {"display_name": "arXiv"},
    },
}


@pytest.mark.parametrize(
    "content",
    [
        json.dumps(OPENALEX_WORK),
        json.dumps([OPENALEX_WORK], indent=2),
        json.dumps({"meta": {"count": 1}, "results": [OPENALEX_WORK]}),
        jsonl(OPENALEX_WORK, OPENALEX_WORK),
    ],
    ids=["one work", "list", "api page", "json lines"],
)
def test_openalex_layouts(tmp_path, content):
    path = write(tmp_path, "works.json", content)
    assert detect_format(path) == "openalex"
    papers, skips = read(path)
    assert skips == [] and papers
    paper = papers[0]
    assert (paper.id, paper.abstract, paper.year, paper.date) == (
        "arxiv:1706.03762",
        "The dominant models use models",
        2017,
        "2017-06-12",
    )
    assert paper.identifiers == {
        "arxiv": "1706.03762",
        "doi": "10.48550/arxiv.1706.03762",
        "openalex": "W2741809807",
    }
    assert paper.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert paper.extra == {"type": "preprint", "venue": "arXiv"}


def test_openalex_work_without_abstract_is_kept_by_its_title(tmp_path):
    work = {**OPENALEX_WORK, "abstract_inverted_index": None}
    papers, skips = read(write(tmp_path, "works.jsonl", jsonl(work)))
    assert [(p.title, p.abstract) for p in papers] == [("Attention Is All You Need", "")] and skips == []


# ---------------------------------------------------------------- BibTeX

BIBTEX = r"""@string{acl = {Proceedings of ACL}}

@article{devlin2019bert,
  title = {{BERT}: Pre-training of Deep {\em Bidirectional} Transformers},
  author = {Devlin, Jacob and Chang, Ming-Wei and others},
  abstract = {We introduce \textbf{BERT}, which
    is \"{u}berhaupt great~\cite{x}.},
  journal = {arXiv preprint arXiv:1810.04805},
  year = {2019}
}

@inproceedings{noabstract, title = {Only a Title}, year = 2020}

@article{broken,
  title = {Unclosed,
  year = 2020
}

@inproceedings{vaswani2017, title = {Attention Is All You Need}, abstract = "The dominant models.",
  author = {Ashish Vaswani}, doi = {10.5555/3295222.3295349}, booktitle = acl, year = 2017}
"""


def test_bibtex_entries_are_cleaned_and_bad_ones_reported(tmp_path):
    path = write(tmp_path, "refs.bib", BIBTEX)
    papers, skips = read(path)
    bert, title_only, attention = papers
    assert (title_only.title, title_only.abstract, title_only.year) == ("Only a Title", "", 2020)
    assert bert.id == "arxiv:1810.04805"
    assert bert.title == "BERT: Pre-training of Deep Bidirectional Transformers"
    assert bert.abstract == "We introduce BERT, which is überhaupt great ."
    assert (bert.authors, bert.year) == (["Jacob Devlin", "Ming-Wei Chang"], 2019)
    assert (attention.id, attention.extra["venue"]) == ("doi:10.5555/3295222.3295349", "Proceedings of ACL")
    assert sorted((s.line, s.reason) for s in skips) == [
        (14, "[E015] malformed BibTeX entry: 'broken' could not be parsed"),
    ]


# ---------------------------------------------------------------- formats, paths, files


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("page.txt", COMPACT_PAGE, "listing"),
        ("papers.jsonl", jsonl({"title": "T", "abstract": "A"}), "jsonl"),
        ("papers.json", "[]", "json"),
        ("papers.csv", "title,abstract\n", "csv"),
        ("snapshot.jsonl", jsonl(ARXIV_RECORD), "arxiv"),
        ("works.ndjson", jsonl(OPENALEX_WORK), "openalex"),
        ("feed.xml", atom_feed(), "atom"),
        ("refs.bib", BIBTEX, "bibtex"),
        ("query", atom_feed(), "atom"),
        ("export", "\n@article{a, title={T}}", "bibtex"),
        ("dump", jsonl({"title": "T", "abstract": "A"}), "json"),
    ],
)
def test_detect_format(tmp_path, name, content, expected):
    assert detect_format(write(tmp_path, name, content)) == expected


def test_undetectable_named_file_is_an_error(tmp_path):
    path = write(tmp_path, "notes.md", "# Notes\n")
    with pytest.raises(KGError, match=r"\[E003\] Could not detect the format of .*notes\.md"):
        read(path)


def test_forced_format_overrides_detection(tmp_path):
    path = write(tmp_path, "papers.txt", jsonl({"title": " T ", "abstract": "A"}))
    papers, _ = read(path, fmt="jsonl")
    assert [p.title for p in papers] == [" T "]


def test_unknown_forced_format_is_an_error(tmp_path):
    path = write(tmp_path, "papers.txt", "x")
    with pytest.raises(KGError, match=r"\[E002\] Unknown input format 'pdf'.*choose one of: listing, jsonl"):
        read_papers([path], fmt="pdf")
    assert "pdf" not in INPUT_FORMATS


def test_missing_path_is_an_error_before_anything_is_read(tmp_path):
    good = write(tmp_path, "p.jsonl", jsonl({"title": "T", "abstract": "A"}))
    missing = tmp_path / "nowhere.jsonl"
    with pytest.raises(KGError, match=rf"\[E001\] Input not found: {re.escape(str(missing))}"):
        read_papers([good, missing])


def test_directory_is_read_recursively_sorted_without_hidden_files(tmp_path):
    write(tmp_path, "b/2.jsonl", jsonl({"title": "B2", "abstract": "A"}))
    write(tmp_path, "a.jsonl", jsonl({"title": "A", "abstract": "A"}))
    write(tmp_path, "b/1.jsonl", jsonl({"title": "B1", "abstract": "A"}))
    write(tmp_path, ".cache/x.jsonl", jsonl({"title": "Hidden", "abstract": "A"}))
    write(tmp_path, "b/.x.jsonl", jsonl({"title": "Hidden", "abstract": "A"}))
    write(tmp_path, "LICENSE", "Apache-2.0\n")
    write(tmp_path, "empty.jsonl", "")
    skips: list[Skip] = []
    assert [p.title for p in read_papers([tmp_path], skips=skips)] == ["A", "B1", "B2"]
    assert [(Path(s.path).name, s.reason[:6]) for s in skips] == [
        ("LICENSE", "[E003]"),
        ("empty.jsonl", "[E018]"),
    ]


def test_empty_directory_is_an_error(tmp_path):
    write(tmp_path, "d/.hidden", "x")
    with pytest.raises(KGError, match=r"\[E005\] .*d is a directory with no readable files"):
        read_papers([tmp_path / "d"])


@pytest.mark.parametrize("name,content", [("empty.jsonl", ""), ("blank.txt", "\n\n"), ("none.json", "[]")])
def test_file_without_papers_is_reported(tmp_path, name, content):
    path = write(tmp_path, name, content)
    assert read(path) == ([], [Skip(str(path), None, "[E018] no papers in this file")])


# ---------------------------------------------------------------- ids and merging


def test_ids_are_stable_and_shared_across_sources(tmp_path):
    feed = write(
        tmp_path, "feed.xml", atom_feed(atom_entry("1706.03762v5", "Attention Is All You Need", "x"))
    )
    works = write(tmp_path, "works.json", json.dumps(OPENALEX_WORK))
    page = write(tmp_path, "page.txt", COMPACT_PAGE)
    first = [p.id for p in read_papers([feed, works, page])]
    assert first == [p.id for p in read_papers([feed, works, page])]
    assert first[:2] == ["arxiv:1706.03762", "arxiv:1706.03762"]  # version dropped, DOI understood
    assert all(re.fullmatch(r"title:[0-9a-f]{16}", i) for i in first[2:])


@pytest.mark.parametrize(
    "name, content",
    [
        ("papers.jsonl", jsonl({"title": "First", "abstract": "A."}, '{"title": "Broken')),
        ("papers.csv", "title,abstract\nFirst,A.\nToo,many,cells\n"),
        ("feed.atom", atom_feed(atom_entry("2101.00001", "First", "A."), "  <entry><title>Broken</entry>\n")),
    ],
)
def test_readers_stream_a_paper_before_reading_the_next_record(tmp_path, name, content):
    # the broken record after the first paper is reported only once reading gets to it
    skips: list[Skip] = []
    papers = read_papers([write(tmp_path, name, content)], skips=skips)
    assert next(papers).title == "First" and skips == []
    assert list(papers) == [] and len(skips) == 1


def test_merge_duplicates_by_id_or_normalised_title():
    a = Paper("arxiv:1", "Deep Nets", "A.", source="a.txt", identifiers={"arxiv": "1"})
    b = Paper(
        "title:x",
        "deep  nets!",
        "",
        authors=["Ada"],
        year=2019,
        source="b.json",
        identifiers={"arxiv": "9", "doi": "10.1/x"},
        extra={"venue": "V"},
    )
    c = Paper("arxiv:1", "Deep nets", "a", url="http://u", source="c.xml")
    # the same id, but another paper's text: nothing is taken from it
    d = Paper("arxiv:1", "Deep Networks", "C.", date="2001-01-01", source="d.xml")
    e = Paper("title:y", "Other", "D.", source="a.txt")
    skips: list[Skip] = []
    merged, n = merge_duplicates([a, b, c, d, e], skips)
    assert n == 3 and [p.id for p in merged] == ["arxiv:1", "title:y"]
    first = merged[0]
    assert (first.title, first.abstract, first.authors, first.year, first.url, first.date) == (
        "Deep Nets",
        "A.",
        ["Ada"],
        2019,
        "http://u",
        None,
    )
    assert first.identifiers == {"arxiv": "1", "doi": "10.1/x"}
    assert first.extra == {"venue": "V", "also_in": ["b.json", "c.xml"]}
    assert [str(s) for s in skips] == [
        "d.xml: [E087] same id as a.txt, but another title and abstract: the first record kept, this one left out"
    ]
    assert a.extra == {} and a.year is None  # the inputs are left as they were
    assert merged[1] is e  # and only those filled from a duplicate are copied


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("Fig.~3 shows \\emph{robust} $\\alpha$-nets", "Fig. 3 shows robust α-nets"),
        ("A {\\bf bold}\n\n claim \\cite{smith2020} at 5\\%", "A bold claim at 5%"),
        ("Schr\\\"odinger \\& Poincar\\'{e}", "Schrödinger & Poincaré"),
        ("~10x faster, see https://x.org/~me", "~10x faster, see https://x.org/~me"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Only a title"},
        {"title": "Only a title", "abstract": "  "},
        {"title": "Only a title", "abstract": None},
    ],
)
def test_a_record_with_a_title_and_no_abstract_is_kept(tmp_path, record):
    papers, skips = read(write(tmp_path, "papers.jsonl", jsonl(record)))
    assert [(p.title, p.abstract) for p in papers] == [("Only a title", "")] and skips == []


def test_a_malformed_abstract_is_still_an_error(tmp_path):
    path = write(
        tmp_path, "papers.jsonl", jsonl({"title": "T", "abstract": ["x"]}, {"title": "U", "abstract": "A"})
    )
    papers, skips = read(path)
    assert [p.title for p in papers] == ["U"]
    assert len(skips) == 1 and "[E015] malformed abstract" in skips[0].reason


def test_titles_of_symbols_only_do_not_merge_papers():
    papers = [Paper("a", "\uf020", ""), Paper("b", "\uf020", ""), Paper("c", "Deep Nets", "x")]
    kept, merged = merge_duplicates(papers)
    assert [p.id for p in kept] == ["a", "b", "c"] and merged == 0
