"""Hostile inputs: every reader either gives papers that later stages can write, or a coded
reason, a record at a time (a Skip) or for the whole input (a KGError on one line); never a
traceback, never a lost build.

The first tests are the defects found, each on the input that showed it; the fuzz tests
(``-m fuzz``) then feed every reader generated records in its own format.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.build import BuildSummary, extract_and_link
from kg.errors import KGError, Skip
from kg.ingest import INPUT_FORMATS, ingest_papers, read_located, read_papers
from kg.ingest.vet import MAX_DEPTH, MAX_TEXT
from kg.records import Paper

pytestmark = pytest.mark.hostile

SURROGATE = re.compile("[\ud800-\udfff]")


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(*paths: Path, fmt: str | None = None) -> tuple[list[Paper], list[str]]:
    """The papers of ``paths`` and the skips, as text (how they are shown and written)."""
    skips: list[Skip] = []
    papers = list(read_papers(paths, fmt, skips))
    return papers, [str(s) for s in skips]


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def writable(papers: list[Paper], skips: list[str]) -> None:
    """What a build does with papers and skips: write them as UTF-8 JSON, and the years range."""
    for p in papers:
        json.dumps(p.to_dict(), ensure_ascii=False).encode("utf-8")
        assert isinstance(p.title, str) and isinstance(p.abstract, str) and isinstance(p.id, str)
        assert not SURROGATE.search(p.title + p.abstract)
        assert all(isinstance(x, str | None) for x in (p.date, p.url)) and all(
            isinstance(a, str) for a in p.authors
        )
        assert p.year is None or (isinstance(p.year, int) and 1000 <= p.year <= 2100)
    json.dumps(skips, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- each defect, on its input


def test_json_nested_a_thousand_deep_is_a_skip(tmp_path):
    deep = "[" * 1000 + "]" * 1000
    lines = write(tmp_path / "deep.jsonl", jsonl(deep, {"title": "Kept", "abstract": "A"}))
    papers, skips = read(lines)
    assert [p.title for p in papers] == ["Kept"]
    assert skips == [f"{lines}:1: [E010] invalid JSON: nested too deep to be read (column 1)"]
    papers, skips = read(write(tmp_path / "deep.json", deep))
    assert papers == [] and "[E010]" in skips[0]
    # a value that Python can read but later stages would copy and write recursively
    field = {"title": "T", "abstract": "A", "tree": json.loads("[" * 100 + "]" * 100)}
    papers, skips = read(write(tmp_path / "tree.jsonl", jsonl(field)))
    assert papers == [] and skips[0].endswith(
        f"[E086] extra.tree nested more than {MAX_DEPTH} levels deep: left out"
    )


def test_bibtex_braces_five_thousand_deep_lose_only_their_entry(tmp_path):
    deep = "@article{deep, title={" + "{" * 5000 + "x" + "}" * 5000 + "}}\n"
    path = write(tmp_path / "refs.bib", deep + "@article{good,\n  title={Kept}, abstract={A}}\n")
    papers, skips = read(path)
    assert [p.title for p in papers] == ["Kept"]
    assert skips == [
        f"{path}:1: [E086] BibTeX entry 'deep' nested more than {MAX_DEPTH} levels deep: left out"
    ]


def test_an_undefined_bibtex_string_loses_no_entry(tmp_path):
    text = "@string{a = a}\n@article{k1, title={Kept}, abstract={A}}\n@article{k2, title=foo # {x}, abstract={B}}\n"
    path = write(tmp_path / "refs.bib", text)
    papers, skips = read(path)
    assert [p.title for p in papers] == ["Kept", "foox"]
    assert skips == [
        f"{path}: [E015] malformed BibTeX: the @string {name!r} is used but not defined: read as its name"
        for name in ("a", "foo")
    ]


def test_openalex_position_of_1e999_is_a_skip(tmp_path):
    work = '{"id": "W1", "title": "T", "abstract_inverted_index": {"far": [1e999]}}'
    path = write(tmp_path / "works.jsonl", jsonl(work, {"id": "W2", "title": "U", "authorships": []}))
    papers, skips = read(path)
    assert [p.title for p in papers] == ["U"]
    assert skips == [
        f"{path}:1: [E015] malformed abstract_inverted_index: cannot convert float infinity to integer"
    ]


@pytest.mark.parametrize(
    "record,note",
    [
        ({"year": 10**23}, "year 100000000000000000000000 is outside 1000..2100"),
        ({"year": 10**18}, "year 1000000000000000000 is outside 1000..2100"),
        ({"year": 2_000_000}, "year 2000000 is outside 1000..2100"),
        ({"date": "0999-05-01"}, "year 999 is outside 1000..2100"),
        ({"year": 2019, "date": "9999-12-31"}, "date 9999-12-31 is outside 1000..2100"),
    ],
)
def test_implausible_years_are_dropped_and_the_paper_kept(tmp_path, record, note):
    path = write(tmp_path / "p.jsonl", jsonl({"title": "T", "abstract": "A", **record}))
    papers, skips = read(path)
    assert [p.title for p in papers] == ["T"]
    assert skips[0] == f"{path}:1: [E084] {note}: left out, the paper kept"
    assert papers[0].year in (None, 2019) and papers[0].date is None
    writable(papers, skips)


def test_a_lone_surrogate_loses_only_its_record(tmp_path):
    path = write(
        tmp_path / "p.jsonl",
        '{"title": "Bad \\ud800", "abstract": "A"}\n'
        '{"title": "Also bad", "abstract": "A", "venue": {"\\udfff": 1}}\n'
        '{"title": "Good \\ud83d\\ude00", "abstract": "A"}\n',
    )
    papers, skips = read(path)
    assert [p.title for p in papers] == ["Good \U0001f600"]  # a pair of escapes is one character
    assert skips == [
        f"{path}:1: [E083] title holds a lone surrogate (U+D800), which is not text: the record is left out",
        f"{path}:2: [E083] extra.venue holds a lone surrogate (U+DFFF), which is not text: the record is left out",
    ]
    writable(papers, skips)


def test_an_abstract_of_a_million_characters_is_cut_so_that_spacy_reads_it(tmp_path):
    abstract = "We train CLIP. " * 66_667  # 1,000,005 characters
    path = write(tmp_path / "p.jsonl", jsonl({"title": "Long", "abstract": abstract}))
    papers, skips = read(path)
    assert papers[0].abstract == abstract[:MAX_TEXT]  # the start kept exactly: offsets still hold
    assert skips == [
        f"{path}:1: [E085] abstract of 1,000,005 characters cut to its first 100,000: the paper kept"
    ]
    assert len(spacy.blank("en")(papers[0].abstract)) > 10_000  # no E088 (nlp.max_length)


def test_no_papers_says_why(tmp_path):
    feed = write(
        tmp_path / "feed.xml",
        '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&secret;</title></entry></feed>\n',
    )
    with pytest.raises(KGError) as e:
        ingest_papers([feed], None, [])
    assert str(e.value) == (
        f"[E004] No usable papers were read from {feed}: {feed}:2: [E015] malformed XML: a DTD "
        "(<!DOCTYPE>) was refused, and the entities it declares with it: a feed needs none, "
        "and an entity can read local files or expand without end"
    )
    many = [write(tmp_path / f"{i}.jsonl", jsonl({"abstract": "no title"})) for i in range(5)]
    with pytest.raises(
        KGError, match=r"\[E004\] .*: .*0\.jsonl:1: \[E011\] record has no title; .*; and 2 more$"
    ):
        ingest_papers(many, None, [])


def _denied(path: Path) -> str:
    """The error of reading ``path`` as a user who may not: the file is made unreadable, and
    a root process (for whom no file is unreadable) forks a child that gives up root first."""
    path.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(KGError) as e:
            list(read_papers([path]))
        return str(e.value)
    path.parent.chmod(0o755)
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child reports through the pipe)
        message = "read it"
        try:
            os.setgid(65534)
            os.setuid(65534)
            list(read_papers([path]))
        except KGError as e:
            message = str(e)
        except BaseException as e:  # a traceback in the child is the failure to report
            message = repr(e)
        os.write(writer, message.encode("utf-8", "backslashreplace"))
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        message = pipe.read().decode("utf-8")
    os.waitpid(child, 0)
    return message


def test_an_unreadable_file_says_why():
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "papers.jsonl", jsonl({"title": "T", "abstract": "A"}))
        assert _denied(path) == f"{path}: [E081] could not read it: Permission denied"


def test_a_csv_without_a_title_column_in_a_directory_is_left_out_alone(tmp_path):
    write(tmp_path / "a.jsonl", jsonl({"title": "Kept", "abstract": "A"}))
    write(tmp_path / "b.csv", "name,abstract\nx,y\n")
    write(tmp_path / "c.csv", "title,abstract\nAlso kept,B\n")
    papers, skips = read(tmp_path)
    assert [p.title for p in papers] == ["Kept", "Also kept"]
    assert skips == [f"{tmp_path / 'b.csv'}: [E017] CSV has no 'title' column (columns: name, abstract)"]


def test_a_csv_cut_inside_a_quoted_cell_is_a_skip_at_its_line(tmp_path):
    path = write(tmp_path / "p.csv", 'title,abstract\nKept,"Whole."\nCut,"Half a sen')
    papers, skips = read(path)
    assert [(p.title, p.abstract) for p in papers] == [("Kept", "Whole.")]
    assert skips == [
        f"{path}:3: [E016] invalid CSV: a quoted cell of the row starting at line 3 is never closed "
        "(a file cut short?)"
    ]


def test_conflicting_duplicates_keep_the_first_record_and_name_both_places(tmp_path):
    first = write(
        tmp_path / "a.jsonl",
        jsonl(
            {"id": "1", "title": "Deep Nets", "abstract": "We learn."},
            {"title": "Same Title", "abstract": "One paper."},
        ),
    )
    later = write(
        tmp_path / "b.jsonl",
        jsonl(
            {"id": "1", "title": "Other Nets", "abstract": "We fly.", "year": 2020},
            {"title": "same title!", "abstract": "Another paper.", "year": 2001},
            {"title": "Deep nets", "abstract": "We learn", "year": 2019},  # the same paper: completes it
        ),
    )
    skips: list[Skip] = []
    papers, merged = ingest_papers([first, later], None, skips)
    assert [(p.id, p.title, p.abstract, p.year) for p in papers] == [
        ("1", "Deep Nets", "We learn.", 2019),
        (papers[1].id, "Same Title", "One paper.", None),
    ]
    assert merged == 3
    assert [str(s) for s in skips] == [
        f"{later}:1: [E087] same id as {first}:1, but another title and abstract: "
        "the first record kept, this one left out",
        f"{later}:2: [E087] same title as {first}:2, but another abstract: the first record kept, this one left out",
    ]


def test_a_fifo_is_refused_as_no_regular_file(tmp_path):
    fifo = tmp_path / "papers.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(KGError) as e:
        read_papers([fifo])
    assert (
        str(e.value)
        == f"{fifo}: [E080] not a regular file but a FIFO (named pipe): kg reads regular files and directories"
    )
    write(tmp_path / "good.jsonl", jsonl({"title": "Kept", "abstract": "A"}))
    papers, skips = read(tmp_path)  # in a directory: left out, the rest read
    assert [p.title for p in papers] == ["Kept"]
    assert skips == [
        f"{fifo}: [E080] not a regular file but a FIFO (named pipe): kg reads regular files and directories"
    ]


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", b""), ("utf-32-be", codecs.BOM_UTF32_BE)],
)  # UTF-16 is recognised without its byte-order mark too, when its text is ASCII
@pytest.mark.parametrize(
    "name,content",
    [
        ("page.txt", "Daily Papers\nDeep Nets\nWe learn é.\nOther Nets\nWe fly.\n"),
        ("papers.jsonl", jsonl({"title": "Deep Nets", "abstract": "We learn é."}, {"title": "Other Nets"})),
        ("papers.csv", "title,abstract\r\nDeep Nets,We learn é.\r\nOther Nets,We fly.\r\n"),
    ],
)
def test_utf16_and_utf32_files_are_decoded(tmp_path, encoding, bom, name, content):
    papers, skips = read(write(tmp_path / name, bom + content.encode(encoding)))
    assert [p.title for p in papers] == ["Deep Nets", "Other Nets"] and skips == []
    assert papers[0].abstract == "We learn é."


def test_a_broken_utf16_file_is_refused_clearly(tmp_path):
    path = write(
        tmp_path / "papers.jsonl",
        codecs.BOM_UTF16_LE + jsonl({"title": "T"}).encode("utf-16-le") + b"\x00\xd8",
    )
    with pytest.raises(KGError) as e:
        read(path)
    assert str(e.value) == f"{path}: [E082] not valid UTF-16-LE text: unexpected end of data"


def test_a_build_output_folder_among_the_inputs_is_not_read(tmp_path):
    write(tmp_path / "papers.jsonl", jsonl({"title": "Kept", "abstract": "A"}))
    # a build's outputs in the input folder: records with a title and an abstract
    outputs = jsonl({"id": "x", "title": "Read back", "abstract": "A", "mentions": []})
    write(tmp_path / "out" / "mentions.jsonl", outputs)
    write(tmp_path / "out" / "summary.json", json.dumps(BuildSummary().to_dict()))
    write(tmp_path / "first" / "mentions.jsonl", outputs)  # a first build, still writing
    skips: list[Skip] = []
    papers = [
        item.paper.title for item in read_located([tmp_path], None, skips, exclude=[tmp_path / "first"])
    ]
    assert papers == ["Kept"]
    reason = "[E088] a kg build's output folder (this build's, or one with a build's summary.json): not read as input"
    assert sorted(map(str, skips)) == [f"{tmp_path / 'first'}: {reason}", f"{tmp_path / 'out'}: {reason}"]
    # a dataset's own summary.json leaves its folder an input
    write(tmp_path / "out" / "summary.json", json.dumps({"papers": 3}))
    assert [p.title for p in read(tmp_path)[0]] == ["Read back", "Read back", "Kept"]


def test_a_file_name_that_is_not_utf8_is_refused(tmp_path):
    name = os.fsdecode(b"caf\xe9.jsonl")
    write(tmp_path / "d" / name, jsonl({"title": "T", "abstract": "A"}))
    write(tmp_path / "d" / "good.jsonl", jsonl({"title": "Kept", "abstract": "A"}))
    papers, skips = read(tmp_path / "d")
    assert [p.title for p in papers] == ["Kept"]
    assert skips == [f"{tmp_path / 'd'}/caf\\xe9.jsonl: [E089] its name is not valid UTF-8: rename it"]
    writable(papers, skips)


# ---------------------------------------------------------------- fuzz: each reader, its format

# any text, lone surrogates included (JSON escapes carry them into records)
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)
TEXT = st.text(max_size=40)  # what a UTF-8 file can hold


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def fuzz_read(path: Path, content: str | bytes, fmt: str | None = None) -> tuple[list[Paper], list[str]]:
    """The papers of a file holding ``content``: any exception but KGError fails the test,
    and what comes back must be writable as a build writes it."""
    try:
        papers, skips = read(write(path, content), fmt=fmt)
    except KGError as e:
        assert "\n" not in str(e)
        return [], []
    writable(papers, skips)
    return papers, skips


def _expected(record: dict[str, object]) -> tuple[object, str] | None:
    """``(title, abstract)`` of the paper a plain record gives, None for a record left out."""
    # a field whose value is null is absent, its name with it: {"\ud800": null} leaves nothing unwritable
    texts = [
        *(k for k, v in record.items() if v is not None),
        *(v for v in record.values() if isinstance(v, str)),
    ]
    texts += [x for v in record.values() if isinstance(v, list) for x in v]
    title, abstract = record.get("title"), record.get("abstract")
    if any(SURROGATE.search(t) for t in texts) or not (isinstance(title, str) and title.strip()):
        return None
    if abstract is not None and not isinstance(abstract, str):
        return None
    return title, abstract if abstract and abstract.strip() else ""


RECORD = st.dictionaries(
    st.sampled_from(["title", "abstract", "authors", "year", "date", "id", "doi", "venue"]) | ANY_TEXT,
    st.none() | ANY_TEXT | st.integers() | st.floats() | st.lists(ANY_TEXT, max_size=3),
    max_size=6,
).map(lambda r: {"title": "", **r})
JUNK_LINE = st.binary(max_size=60).map(lambda b: b"#" + b.replace(b"\n", b""))  # never JSON


@pytest.mark.fuzz
@given(st.lists(RECORD | JUNK_LINE, max_size=8))
@example(items=[{"title": "0", "\ud800": None}])  # a null field's name is dropped with it: the record stays
def test_fuzz_json_lines_keep_valid_records_exactly(folder, items):
    lines = [item if isinstance(item, bytes) else json.dumps(item).encode() for item in items]
    papers, _ = fuzz_read(folder / "papers.jsonl", b"\n".join(lines), fmt="jsonl")
    if items and isinstance(items[0], dict):  # read as JSON lines, not as one document
        expected = [_expected(item) for item in items if isinstance(item, dict)]
        assert [(p.title, p.abstract) for p in papers] == [e for e in expected if e is not None]


@pytest.mark.fuzz
@given(
    st.lists(st.lists(TEXT, min_size=2, max_size=3), max_size=6),
    # with "\n" ending rows, Python's writer leaves a cell holding "\r" unquoted: quote all
    st.sampled_from([("\n", csv.QUOTE_ALL), ("\r\n", csv.QUOTE_MINIMAL)]),
)
def test_fuzz_csv_rows_keep_valid_cells_exactly(folder, rows, dialect):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=dialect[0], quoting=dialect[1])
    writer.writerows([["title", "abstract", "venue"], *rows])
    papers, _ = fuzz_read(folder / "papers.csv", out.getvalue())
    expected = [(r[0], r[1] if r[1].strip() else "") for r in rows if r[0].strip()]
    assert [(p.title, p.abstract) for p in papers] == expected


BIBTEX_ENTRY = st.tuples(
    st.sampled_from(["article", "inproceedings", "misc", "string", "comment"]),
    st.text('abc{}\\@,="% \n', max_size=8),
    st.dictionaries(
        st.sampled_from(["title", "abstract", "year", "author", "eprint", "doi"]), TEXT, max_size=4
    ),
)


@pytest.mark.fuzz
@given(st.lists(BIBTEX_ENTRY, max_size=3), st.text(max_size=20))
def test_fuzz_bibtex_entries(folder, entries, junk):
    text = "".join(
        f"@{kind}{{{key},\n" + "".join(f"  {k} = {{{v}}},\n" for k, v in fields.items()) + "}\n"
        for kind, key, fields in entries
    )
    fuzz_read(folder / "refs.bib", text + junk)


@pytest.mark.fuzz
@given(st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=5), st.binary(max_size=30))
def test_fuzz_atom_feeds(folder, entries, junk):
    body = "".join(
        f"<entry><id>{escape(i)}</id><title>{escape(t)}</title><summary>{escape(s)}</summary></entry>\n"
        for i, t, s in entries
    )
    feed = f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n{body}</feed>\n'
    fuzz_read(folder / "feed.xml", feed.encode() + junk)


WORK = st.fixed_dictionaries(
    {
        "id": st.none() | TEXT,
        "title": st.none() | ANY_TEXT,
        "abstract_inverted_index": st.none()
        | st.dictionaries(ANY_TEXT, st.lists(st.integers() | st.floats() | ANY_TEXT, max_size=3), max_size=5),
        "publication_year": st.none() | st.integers() | TEXT,
        "publication_date": st.none() | TEXT,
        "authorships": st.none() | st.lists(st.dictionaries(TEXT, ANY_TEXT, max_size=2), max_size=2),
        "primary_location": st.none() | st.dictionaries(TEXT, TEXT, max_size=2),
    }
)


@pytest.mark.fuzz
@given(st.lists(WORK, min_size=1, max_size=4), st.booleans())
def test_fuzz_openalex_works(folder, works, page):
    content = json.dumps({"results": works}) if page else jsonl(*works)
    fuzz_read(folder / "works.json", content, fmt="openalex")


SNAPSHOT = st.fixed_dictionaries(
    {
        "id": TEXT,
        "title": ANY_TEXT,
        "abstract": st.none() | ANY_TEXT,
        "versions": st.lists(st.dictionaries(st.just("created"), TEXT), max_size=2) | TEXT,
        "authors_parsed": st.lists(st.lists(ANY_TEXT, max_size=4), max_size=3) | st.none(),
        "update_date": TEXT,
    }
)


@pytest.mark.fuzz
@given(st.lists(SNAPSHOT, min_size=1, max_size=4))
def test_fuzz_arxiv_snapshot_records(folder, records):
    fuzz_read(folder / "snapshot.jsonl", jsonl(*records), fmt="arxiv")


@pytest.mark.fuzz
@given(
    st.lists(TEXT | st.sampled_from(["", "·", "• 3 authors", "May 22, 2023 12", "Subscribe"]), max_size=12)
)
def test_fuzz_listing_pages(folder, lines):
    fuzz_read(folder / "page.txt", "\n".join(lines))


@pytest.mark.fuzz
@given(st.binary(max_size=200), st.sampled_from([None, *INPUT_FORMATS]))
def test_fuzz_any_bytes_in_any_format(folder, content, fmt):
    fuzz_read(folder / "input", content, fmt=fmt)


# ML names, numbers and abbreviations to give the pipeline work, spliced with what moves
# offsets: combining marks, astral characters, CRLF, NUL, non-characters, bidi controls
ML_TEXT = st.lists(
    st.sampled_from(
        [
            *("BERT", "ResNet-50", "ImageNet", "CIFAR-10", "SQuAD", " (CNN)", "convolutional neural network"),
            *(" reaches 84.1% top-1 accuracy", " F1 of 91.2", " improves BLEU by 2.3"),
            *(" on ", ". ", "We train "),
            *("e\u0301", "\U0001f600", "\r\n", "\x00", "\uffff", "\u202e", "\t", "ﬁ", "İ", "ß"),
        ]
    )
    | ANY_TEXT,
    max_size=12,
).map("".join)


@pytest.mark.fuzz
@settings(max_examples=settings().max_examples // 4)  # the real pipeline: 50 ms an example
@given(st.lists(st.tuples(ML_TEXT, ML_TEXT), min_size=1, max_size=3))
def test_fuzz_offsets_stay_exact_from_file_to_mentions_and_results(folder, papers):
    """Records read from a file, extracted and linked as `kg extract` does: every mention and
    every result's evidence is the span of its paper's text that its offsets name."""
    path = write(folder / "offsets.jsonl", jsonl(*({"title": t, "abstract": a} for t, a in papers)))
    try:
        docs, _ = extract_and_link([path])
    except KGError as e:  # no paper with a title: E004
        assert "\n" not in str(e)
        return
    for d in docs:
        for m in d.mentions:
            assert getattr(d.paper, m.field)[m.start : m.end] == m.text, m
        for r in d.results:
            assert getattr(d.paper, r.field)[r.start : r.end] == r.text, r
