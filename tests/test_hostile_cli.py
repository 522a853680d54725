"""Hostile command lines and hostile data shown by them: every `kg` command ends with its
output, a usage error (exit 2) or one coded line (exit 1); never a traceback, and no text
from the data or the arguments is read as console markup or reaches the terminal as control
characters.

The first tests are the defects found, each on the input that showed it; the fuzz tests
(``-m fuzz``) then feed the commands generated arguments on a tiny built graph.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO
from unittest import mock

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg import cli
from kg.cli import app
from kg.terminal import SafeConsole, clean, json_text

pytestmark = pytest.mark.hostile

runner = CliRunner()
KG = Path(sys.executable).with_name("kg")

# What a terminal obeys rather than shows: C0 controls but tab and newline, DEL, C1
# controls, bidirectional overrides; and lone surrogates, which cannot be written at all
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
MARKUP_TITLE = "[/]"
LINK_TITLE = "[link=https://evil.example]Click me[/link] and [bold]bold[/bold] :smile:"
# an SGR colour, a screen clear, an OSC 8 hyperlink, an 8-bit CSI, a right-to-left override
ESC_TITLE = "\x1b[31mred\x1b[0m \x1b[2J\x1b]8;;https://evil.example\x07here\x1b]8;;\x07 \x9b1m \u202egnp.exe"
PAPERS = [
    ("p1", MARKUP_TITLE, "We fine-tune BERT on SQuAD and report F1."),
    ("p2", "PLACEHOLDER-ESC", "We train BERT on SQuAD and GLUE and report accuracy."),
    ("p3", "ResNet on ImageNet", "We train ResNet-50 on ImageNet and report top-1 accuracy with BERT."),
    ("p4", LINK_TITLE, "We evaluate ResNet-50 on ImageNet and CIFAR-10 with BERT."),
]


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> Path:
    """A graph built from four papers, titled with markup and with escape sequences.

    The ESC title is put into the built files afterwards: readers and writers may clean such
    text on the way in (kg.ttl does), and what is tested here is what the commands show of
    data that holds it.
    """
    root = tmp_path_factory.mktemp("tiny")
    src = root / "tiny.jsonl"
    src.write_text(
        "".join(json.dumps({"id": i, "title": t, "abstract": a, "year": 2019}) + "\n" for i, t, a in PAPERS),
        encoding="utf-8",
    )
    out = root / "out"
    result = runner.invoke(app, ["build", str(src), "-o", str(out), "--quiet", "--no-cache"])
    assert result.exit_code == 0, result.output
    graph = (out / "graph.json").read_text(encoding="utf-8")
    assert json.dumps(MARKUP_TITLE) in graph and json.dumps(LINK_TITLE) in graph
    (out / "graph.json").write_text(graph.replace('"PLACEHOLDER-ESC"', json.dumps(ESC_TITLE)), "utf-8")
    turtle_title = "".join(c if c.isprintable() else f"\\u{ord(c):04X}" for c in ESC_TITLE)
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    (out / "kg.ttl").write_text(ttl.replace('"PLACEHOLDER-ESC"', f'"{turtle_title}"'), "utf-8")
    return out


# the click command typer makes of the app, made once: typer makes it anew on each call of
# `app()`, two thirds of the time of a query on the tiny graph
COMMAND = typer.main.get_command(cli.app)


def run_kg(*args: str, stdout: IO[str] | None = None) -> tuple[int, str, str]:
    """Run `kg ARGS` as the installed program does (kg.cli.main), in this process: the exit
    status, stdout and stderr. Any exception but SystemExit escapes: a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "argv", ["kg", *args]),
        mock.patch.object(cli, "app", COMMAND),
        contextlib.redirect_stdout(stdout or out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as exit_info,
    ):
        cli.main()
    code = exit_info.value.code
    return code if isinstance(code, int) else 0, out.getvalue(), err.getvalue()


def assert_safe(text: str) -> None:
    assert not UNSAFE.search(text), ascii(text)


# --- 1. markup and control characters --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["entity", "[/]"],
        ["top", "--type", "[/]"],
        ["related", "[bold]no such paper"],
        ["path", "BERT", "[/]x"],
        ["entity", "[link=https://evil.example]x[/link]"],
    ],
)
def test_markup_in_arguments_is_shown_as_typed(tiny, args):
    code, out, err = run_kg(*args, "-g", str(tiny))
    assert code == 1 and out == ""
    shown = next(a for a in args if "[" in a).strip()
    # one line, the argument quoted as typed: no tag was read, none swallowed
    assert err.count("\n") == 1 and err.startswith("error: [E0") and repr(shown) in err, err


def _column(table: str, name: str) -> str:
    """The text of a table's column ``name``, top to bottom, without spaces: a long cell folds
    across lines, and the other columns' cells would come between its pieces."""
    rows = [line for line in table.splitlines() if line.startswith(("┃", "│"))]
    index = [cell.strip() for cell in rows[0].split("┃")].index(name)
    return "".join("".join(row.split("│")[index].split()) for row in rows[1:])


def test_titles_with_markup_are_listed_as_they_are(tiny):
    # before: "closing tag '[/]' has nothing to close" from rich, and the link tag swallowed
    # p1 and p2 share SQuAD, p3 and p4 ImageNet (BERT, in all four, links none)
    for paper, title in (("p2", MARKUP_TITLE), ("p3", LINK_TITLE)):
        result = runner.invoke(app, ["related", paper, "-g", str(tiny)])
        assert result.exit_code == 0, result.output
        assert "".join(title.split()) in _column(result.stdout, "title")
    result = runner.invoke(app, ["path", "p1", "p4", "-g", str(tiny)])
    assert result.exit_code == 0 and MARKUP_TITLE in result.stdout and LINK_TITLE in result.stdout


@pytest.mark.parametrize(
    "args",
    [["related", "p1"], ["related", "p2"], ["path", "p2", "p3"]],
)
def test_escape_sequences_in_titles_never_reach_the_terminal(tiny, args):
    result = runner.invoke(app, [*args, "-g", str(tiny)])
    assert result.exit_code == 0, result.output
    assert_safe(result.output)
    assert "gnp.exe" in result.output
    # --json keeps the exact data: json.loads gives back the title with its escapes
    rows = json.loads(runner.invoke(app, [*args, "-g", str(tiny), "--json"]).stdout)
    if args != ["related", "p2"]:  # which lists p1; p2 is only in the table's title
        assert ESC_TITLE in [r.get("title", r.get("label")) for r in rows]


def test_sparql_table_shows_no_escape_sequences(tiny):
    query = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?p dcterms:title ?t }"
    result = runner.invoke(app, ["sparql", query, "--data", str(tiny / "kg.ttl")])
    assert result.exit_code == 0, result.output
    assert "red" in result.stdout and "gnp.exe" in result.stdout
    assert_safe(result.stdout)


def test_error_messages_are_one_clean_line(tmp_path):
    # a path holding an escape sequence and a newline, echoed by E030
    hostile = tmp_path / "a\x1b[2Jb\nc[/]"
    code, out, err = run_kg("top", "-g", str(hostile))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "E030" in err and "c[/]" in err
    assert_safe(err.replace("\n", ""))


class _Refusing(http.server.BaseHTTPRequestHandler):
    """A Graph Store that refuses every upload with a hostile error body."""

    body = b"\x1b[2J\x1b]8;;https://evil.example\x07[bold]denied[/bold]\x1b]8;;\x07\n\x9b31mline two"
    status = 400

    def _refuse(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_PUT = do_POST = _refuse

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("status", [400, 500])
def test_push_prints_an_http_error_body_as_plain_text(tiny, status):
    handler = type("Refusing", (_Refusing,), {"status": status})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        endpoint = f"http://127.0.0.1:{server.server_port}/store"
        code, _, err = run_kg("push", str(tiny / "kg.ttl"), "--endpoint", endpoint)
    finally:
        server.shutdown()
    assert code == 1 and "[E047]" in err and f"HTTP {status}" in err and "denied" in err, err
    assert err.count("\n") == 1, err
    assert_safe(err.replace("\n", ""))


# --- 2. numeric options ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["top", "-n", "-5"],
        ["top", "--limit", "0"],
        ["related", "p3", "-n", "0"],
        ["entity", "BERT", "-n", "-1"],
        ["trending", "-n", "0"],
        ["communities", "-n", "-2"],
        ["communities", "--top", "0"],
        ["viz", "maps", "--max-concepts", "0"],
        ["viz", "maps", "--max-papers", "-1"],
        ["viz", "maps", "--min-weight", "2"],
        ["viz", "entity", "BERT", "--depth", "0"],
    ],
)
def test_counts_below_one_are_usage_errors(tiny, args):
    code, out, err = run_kg(*args, "-g", str(tiny))
    assert code == 2 and out == "" and "Usage" in err and args[-2] in err, err


@pytest.mark.parametrize("port", ["0", "-1", "65536", str(10**12)])
def test_serve_refuses_a_port_out_of_range(tiny, port):
    code, _, err = run_kg("serve", str(tiny / "kg.ttl"), "--port", port)
    assert code == 2 and "Usage" in err and "--port" in err


@pytest.mark.parametrize(
    "option", [["--top-k", str(10**12)], ["--top-k", "0"], ["--workers", str(10**6)], ["--workers", "0"]]
)
def test_build_refuses_huge_or_empty_settings_before_any_work(tmp_path, option):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "CLIP", "abstract": "We fine-tune CLIP."}) + "\n")
    code, _, err = run_kg("build", str(src), "-o", str(tmp_path / "out"), *option)
    assert code == 2 and "Usage" in err and option[0] in err
    assert not (tmp_path / "out").exists()


def test_a_dask_scheduler_that_refuses_is_one_line(tmp_path):
    dask = pytest.importorskip("dask")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "CLIP", "abstract": "We fine-tune CLIP."}) + "\n")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    args = ["build", str(src), "-o", str(tmp_path / "out"), "--no-cache", "--engine", "dask"]
    # distributed retries a refused connection for 30 s by default
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        for scheduler, cause in ((address, "Timed out trying to connect"), ("nowhere", "missing port")):
            code, _, err = run_kg(*args, "--scheduler", scheduler, "--quiet")
            assert code == 1 and err.count("\n") == 1, err
            assert err.startswith(f"error: [E094] Cannot use the Dask scheduler at {scheduler}: {cause}")
    assert not (tmp_path / "out" / "summary.json").exists()


def test_a_build_into_its_input_folder_shows_hostile_names_and_drops_huge_years(tmp_path):
    """`kg build dir -o dir/out`, twice, of a folder whose file names and CSV headers hold
    markup, and whose papers have years of 2,000,000 and 10**23."""
    corpus = tmp_path / "in"
    (corpus / "x[").mkdir(parents=True)
    (corpus / "x[" / "]y.csv").write_text("[/],abstract\nA,B\n")  # the path reads "x[/]y.csv"
    (corpus / "x[" / "]ok.csv").write_text("title,abstract\n[/] [bold]T,We fine-tune CLIP.\n")
    (corpus / "h.csv").write_text("[link=https://evil.example]x[/link],abstract\nA,B\n")
    (corpus / "y.jsonl").write_text(
        "".join(
            json.dumps({"title": t, "abstract": "We train CLIP on ImageNet.", "year": y}) + "\n"
            for t, y in (("Huge year", 2_000_000), ("Huger year", 10**23))
        )
    )
    for run in range(2):  # the second run must not read the first one's outputs back
        code, out, err = run_kg("build", str(corpus), "-o", str(corpus / "out"), "--no-cache")
        assert code == 0, err
        shown = "".join((out + err).split())  # the log wraps long lines, even inside words
        for line in (
            f"skipped {corpus}/x[/]y.csv: [E017] CSV has no 'title' column (columns: [/], abstract)",
            "(columns: [link=https://evil.example]x[/link], abstract)",
            "y.jsonl:1: [E084] year 2000000 is outside 1000..2100",
            f"y.jsonl:2: [E084] year {10**23} is outside 1000..2100",
        ):
            assert "".join(line.split()) in shown, (line, out + err)
        assert ("[E088]" in shown) == (run == 1), shown
        assert_safe(out.replace("\n", "") + err.replace("\n", ""))
        summary = json.loads((corpus / "out" / "summary.json").read_text())
        assert summary["papers"] == 3, (run, summary)
    # dropped years give no chart of two million years: the page stays small
    assert (corpus / "out" / "index.html").stat().st_size < 2_000_000


def test_limit_option_is_named_and_n_still_works(tiny):
    for command in (["top"], ["trending"], ["communities"], ["related", "p1"], ["entity", "BERT"]):
        help_text = runner.invoke(app, [*command, "--help"]).output
        assert "--limit" in help_text and "--n " not in help_text, command
    assert len(json.loads(runner.invoke(app, ["top", "-n", "2", "-g", str(tiny), "--json"]).stdout)) == 2
    assert len(json.loads(runner.invoke(app, ["top", "--limit", "1", "-g", str(tiny), "--json"]).stdout)) == 1


# --- 4. damaged graph.json -----------------------------------------------------------------


def _drop_first_paper_title(data):
    next(n for n in data["bipartite"]["nodes"] if n.get("kind") == "paper").pop("title")
    return data


def _entity_count_as_text(data):
    next(n for n in data["bipartite"]["nodes"] if n.get("kind") == "entity")["n_papers"] = "many"
    return data


DAMAGE = {
    "truncated": lambda text: text[: len(text) // 2],
    "garbage": lambda text: "\x00\ufffd not json at all",
    "empty": lambda text: "",
    "a list": lambda text: "[]",
    "graphs as numbers": lambda text: '{"bipartite": 5, "papers": 5, "entities": 5}',
    "nested 100k deep": lambda text: "[" * 100_000,
    "a paper without title": lambda text: json.dumps(_drop_first_paper_title(json.loads(text))),
    "a count as text": lambda text: json.dumps(_entity_count_as_text(json.loads(text))),
}
QUERIES = [
    ["top"],
    ["entity", "BERT"],
    ["related", "p3"],
    ["path", "BERT", "ImageNet"],
    ["trending", "--split-year", "2019"],
    ["communities"],
    ["export", "-o", "{tmp}/x.nt"],
    ["viz", "entity", "BERT", "-o", "{tmp}/x.html"],
    ["viz", "maps", "-o", "{tmp}"],
]


@pytest.fixture(scope="module")
def damaged(tiny, tmp_path_factory):
    """A copy of the tiny graph for each kind of damage, graph.json damaged."""
    text = (tiny / "graph.json").read_text(encoding="utf-8")
    copies = {}
    for name, damage in DAMAGE.items():
        folder = tmp_path_factory.mktemp("damaged")
        (folder / "graph.json").write_text(damage(text), encoding="utf-8")
        copies[name] = folder
    return copies


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_every_query_command_reports_a_damaged_graph_in_one_line(damaged, tmp_path, damage):
    for query in QUERIES:
        args = [a.replace("{tmp}", str(tmp_path)) for a in query]
        code, _, err = run_kg(*args, "-g", str(damaged[damage]))
        assert code == 1 and err.startswith("error: [E034]") and err.count("\n") == 1, (query, err)
        assert "graph.json" in err


def test_a_folder_named_graph_json_is_no_graph(tmp_path):
    (tmp_path / "graph.json").mkdir()
    code, _, err = run_kg("top", "-g", str(tmp_path))
    assert code == 1 and err.startswith("error: [E030]")


# --- 5. output directories ------------------------------------------------------------------


def _unwritable(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root writes through any mode bits; /proc takes no new files
        return Path("/proc/kg-test-output")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    return locked / "out"


@pytest.mark.parametrize(
    "target,code",
    [
        (lambda t: (t / "file.txt").write_text("x") and t / "file.txt", "E072"),
        (lambda t: Path("/dev/null"), "E072"),
        (lambda t: (t / "link").symlink_to(t / "missing" / "dir") or t / "link", "E071"),
        (lambda t: (t / "file.txt").write_text("x") and t / "file.txt" / "sub", "E072"),
        (_unwritable, "E073"),
    ],
    ids=["a file", "/dev/null", "a dangling link", "below a file", "unwritable"],
)
def test_build_refuses_an_output_it_cannot_write_before_any_work(tmp_path, target, code):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "CLIP", "abstract": "We fine-tune CLIP."}) + "\n")
    output = target(tmp_path)
    status, _, err = run_kg("build", str(src), "-o", str(output), "--quiet")
    assert status == 1 and err.startswith(f"error: [{code}]") and err.count("\n") == 1, err
    assert not (tmp_path / "missing").exists()  # the link's target was not made either


def test_viz_maps_refuses_an_output_that_is_a_file(tiny, tmp_path):
    (tmp_path / "maps").write_text("x")
    code, _, err = run_kg("viz", "maps", "-g", str(tiny), "-o", str(tmp_path / "maps"))
    assert code == 1 and err.startswith("error: [E072]")


# --- 6. stdout that cannot be written ---------------------------------------------------------


FULL = "error: [E070] Could not write to standard output: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_a_full_stdout_ends_with_one_line(tiny, as_json):
    with open("/dev/full", "w") as full:
        code, _, err = run_kg("top", "-g", str(tiny), *as_json, stdout=full)
    assert (code, err) == (1, FULL)


@pytest.mark.skipif(not Path("/dev/full").exists() or not KG.exists(), reason="needs /dev/full and bin/kg")
def test_a_full_stdout_leaves_no_message_at_exit():
    # `kg version > /dev/full` as the shell runs it: no "Exception ignored" as Python exits
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [str(KG), "version"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60
        )
    assert (done.returncode, done.stderr) == (1, FULL)


@pytest.mark.skipif(not KG.exists(), reason="needs bin/kg")
def test_a_reader_that_went_away_ends_quietly():
    reader, writer = os.pipe()
    os.close(reader)  # `kg version | head -0`: the pipe is closed before kg writes
    try:
        done = subprocess.run(
            [str(KG), "version"], stdout=writer, stderr=subprocess.PIPE, text=True, timeout=60
        )
    finally:
        os.close(writer)
    assert done.returncode == 1 and done.stderr == ""


# --- 7. fuzz ---------------------------------------------------------------------------------

SNIPPETS = st.sampled_from(
    [
        *("[/]", "[bold]", "[/bold]", "[link=https://evil.example]", "[/link]", ":smile:", "\\", "[", "]"),
        *("\x1b[31m", "\x1b]8;;https://x\x07", "\x9b2J", "\u202e", "\x00", "\r", "\n", "\t", "'", '"'),
        *("BERT", "ImageNet", "p1", "p3", "paper:p1", "entity:bert", "-n", "--json", "-"),
    ]
)
# any text but lone surrogates (no terminal or file name can carry them), and some markup
# and escape sequences spliced in
TEXT = st.lists(
    st.one_of(SNIPPETS, st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)), max_size=5
).map("".join)


# what typer's usage errors, which kg does not print, keep out: they show C0 and C1 controls
# as escapes but leave bidirectional overrides as they are
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _check(code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert_safe(out.replace("\n", "").replace("\t", ""))
    if code == 2:
        assert "Usage" in err and not CONTROL.search(err.replace("\n", "")), err
    else:  # kg's own errors are one line
        assert_safe(err.replace("\n", "").replace("\t", ""))
        assert code == 0 or (err.startswith("error: [E") and err.count("\n") == 1), err


@pytest.mark.fuzz
@given(
    command=st.sampled_from([["entity"], ["related"], ["path", "BERT"], ["path"], ["top", "--type"]]),
    text=TEXT,
    as_json=st.booleans(),
)
def test_fuzz_names_and_types(tiny, command, text, as_json):
    args = [*command, text, *(command == ["path"]) * [text], "-g", str(tiny), *as_json * ["--json"]]
    code, out, err = run_kg(*args)
    _check(code, out, err)
    if code == 1 and "E031" in err and not UNSAFE.search(text) and "\t" not in text and "\n" not in text:
        assert repr(text.strip()) in err  # shown as typed: no markup read, no emoji code


@pytest.mark.fuzz
@given(
    option=st.sampled_from(
        [
            *(["top", "-n"], ["top", "--year"], ["trending", "--split-year"], ["communities", "--top"]),
            *(
                ["related", "p3", "-n"],
                ["entity", "BERT", "--limit"],
                ["trending", "-n"],
                ["communities", "-n"],
            ),
        ]
    ),
    value=st.one_of(st.integers().map(str), st.integers(-3, 3).map(str), TEXT),
)
def test_fuzz_option_values(tiny, option, value):
    code, out, err = run_kg(*option, value, "-g", str(tiny))
    _check(code, out, err)


MISSING = "/nonexistent/kg-fuzz/kg.ttl"  # an input that is not there: no option value starts a build
COMMAND_OPTIONS = [
    *(["build", MISSING, "-o", "{tmp}/out", option] for option in ("--top-k", "--workers", "--format")),
    *(["build", MISSING, "-o", "{tmp}/out", "--engine"], ["build", MISSING, "-o", "{tmp}/out", "-o"]),
    ["build", MISSING, "-o", "{tmp}/out", "--engine", "dask", "--scheduler"],
    *(["extract", MISSING, "--format"], ["export", "-g", "{tiny}", "-o", "{tmp}/x.nt", "--format"]),
    ["viz", "entity", "BERT", "-g", "{tiny}", "-o", "{tmp}/e.html", "--depth"],
    # no --host: a name to look up would send a DNS query
    *(["serve", MISSING, "--port"], ["serve", MISSING, "--timeout"], ["push", MISSING, "--endpoint"]),
]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("options")


@pytest.mark.fuzz
@settings(max_examples=settings().max_examples // 2)  # some load the graph and write a file
@given(
    command=st.sampled_from(COMMAND_OPTIONS),
    value=st.one_of(st.integers().map(str), st.floats().map(str), st.sampled_from(["-1", "0", "1e9"]), TEXT),
)
def test_fuzz_command_options(tiny, scratch, command, value):
    args = [a.format(tmp=scratch, tiny=tiny) for a in command]
    code, out, err = run_kg(*args, value, *["--quiet"][: command[0] == "build"])
    _check(code, out, err)
    assert not (scratch / "out").exists()  # refused before any folder was made


@pytest.mark.fuzz
@given(text=st.text())
def test_fuzz_clean_and_json_text(text):
    shown = clean(text)
    assert_safe(shown)
    assert "\n" not in clean(text, one_line=True)
    if not UNSAFE.search(text):
        assert shown == text  # text with nothing to remove is shown whole
    assert json.loads(json_text({"t": text})) == {"t": text}  # exact data
    assert_safe(json_text({"t": text}).replace("\n", ""))


@pytest.mark.fuzz
@given(text=st.text(st.characters(blacklist_characters="\t")))
def test_fuzz_safe_console_prints_text_as_it_is(text):
    console = SafeConsole(file=io.StringIO(), width=10_000, color_system=None)
    console.print(text, soft_wrap=True)
    printed = console.file.getvalue()
    assert_safe(printed.replace("\n", ""))
    if not UNSAFE.search(text) and "\r" not in text:
        assert printed == text + "\n"  # no markup, emoji code or highlighting read into it
