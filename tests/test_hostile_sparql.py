"""Hostile SPARQL (issue #22): queries built to crash, stall or reach out from `kg sparql` and
`kg serve`, writes to a server nobody allowed, and credentials `kg push` must not show."""

from __future__ import annotations

import base64
import contextlib
import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from unittest import mock

import pyoxigraph as ox
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_rdf import small_kg

from kg.cli import main
from kg.errors import KGError
from kg.graph import save_graph
from kg.rdf import push, query, query_guard, running_server, write_rdf
from kg.resources import QUERIES

pytestmark = pytest.mark.hostile

DEEP = "SELECT * WHERE " + "{" * 5000 + "}" * 5000  # the 10 KB query
# 10^10 rows to count: no machine finishes, and oxigraph's own time limit does not stop it
RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ 1 2 3 4 5 6 7 8 9 10 }}" for i in range(10))
    + " }"
)
COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"  # kg: undeclared, as kg sparql allows


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "kg.ttl"
    write_rdf(small_kg(), path)
    return path


class Listener:
    """A port that counts the connections made to it (and closes them at once)."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"
        self.hits = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = self.socket.accept()
                self.hits += 1
                connection.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    heard = Listener()
    yield heard
    heard.socket.close()


def _kg(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the `kg` command in this process: its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "argv", ["kg", *args]),
        mock.patch.dict(os.environ, env or {}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str, q: str, timeout: float = 20) -> tuple[int, str]:
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': q})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    return _open(request, timeout)


def _send(url: str, method: str, body: bytes | None, content_type: str) -> tuple[int, str]:
    return _open(
        urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type})
    )


def _open(request: urllib.request.Request, timeout: float = 20) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _papers(url: str) -> int:
    status, body = _get(url, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# kg sparql -----------------------------------------------------------------------------------


def test_deep_query_is_refused_before_the_engine(data):
    code, _, err = _kg("sparql", DEEP, "-d", str(data))
    assert code == 1 and "[E101]" in err and "line 1, column 144" in err and "Traceback" not in err


def test_engine_crash_is_reported_not_suffered(data, monkeypatch):
    # The guard off and a 1 MiB stack: the query crashes the engine process, not kg.
    monkeypatch.setattr(query_guard, "MAX_DEPTH", 10**9)
    monkeypatch.setattr("kg.rdf.sparql.ENGINE_STACK", 1 << 20)
    with pytest.raises(
        KGError, match=r"\[E104\] The SPARQL engine crashed on this query \(killed by SIGSEGV\)"
    ):
        query(DEEP, data)


def test_runaway_query_is_stopped(data):
    start = time.monotonic()
    code, _, err = _kg("sparql", RUNAWAY, "-d", str(data), "--timeout", "0.3")
    assert code == 1 and "[E103]" in err and "0.3 s" in err
    assert time.monotonic() - start < 15


SERVICE_HIDDEN = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ sErViCe SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?a ?b 1SERVICE <{url}> {{ ?s ?p ?o }} }}",  # read as 1 SERVICE
    "PREFIX : <{url}#> SELECT * WHERE {{ ?a ?b trueSERVICE:x {{ ?s ?p ?o }} }}",  # true SERVICE :x
    "SELECT * WHERE {{ ?a ?b ?c.SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ #\r SERVICE <{url}> {{ ?s ?p ?o }} }}",  # a comment ends at CR
    'SELECT * WHERE {{ BIND("\\u0022" AS ?q) SERVICE <{url}> {{ ?s ?p ?o }} }}',  # \u0022 stays in
]


@pytest.mark.parametrize("template", SERVICE_HIDDEN)
def test_service_stays_offline(data, listener, template):
    with pytest.raises(KGError, match=r"\[E102\].*SERVICE.*--allow-service"):
        query(template.format(url=listener.url), data)
    assert listener.hits == 0


def test_updates_load_nothing_from_the_network():
    for update in ("LOAD <http://example.org/x.ttl>", "CLEAR ALL ; load silent <http://example.org/x>"):
        with pytest.raises(KGError, match=r"\[E102\] The SPARQL update uses LOAD"):
            query_guard.check(update, update=True)
    query_guard.check("LOAD <http://example.org/x.ttl>", update=True, allow_service=True)


def test_service_reaches_out_only_when_allowed(data, listener):
    code, _, err = _kg(
        "sparql", SERVICE_HIDDEN[0].format(url=listener.url), "-d", str(data), "--allow-service"
    )
    assert listener.hits == 1 and code == 1 and "[E040]" in err  # the listener answers nothing


def test_graph_json_is_not_rdf(tmp_path):
    save_graph(small_kg(), tmp_path)
    code, out, err = _kg("sparql", "SELECT * WHERE { ?s ?p ?o }", "-d", str(tmp_path / "graph.json"))
    assert code == 1 and "[E105]" in err and "graph.json" in err and not out


def test_saved_queries_declare_their_prefixes():
    for path in sorted(QUERIES.glob("*.rq")):
        ox.Store().query(path.read_text(encoding="utf-8"))  # no default prefixes: no SyntaxError


def test_syntax_error_in_a_long_line_shows_only_its_place(data):
    text = "SELECT * WHERE { " + "?s ?p ?o . " * 40_000 + "} } LIMIT 1"
    with pytest.raises(KGError, match=r"\[E045\] .* at line 1, column 4400\d\d:") as error:
        query(text, data)
    message, source, caret = str(error.value).splitlines()
    column = int(message.split("column ")[1].split(":")[0])
    assert len(source) < 130 and source.startswith("  …") and source[len(caret) - 1] == text[column - 1]


def test_query_file_that_is_not_text(data, tmp_path):
    (tmp_path / "bad.rq").write_bytes(b"SELECT * WHERE { ?s ?p \xff }")
    code, _, err = _kg("sparql", str(tmp_path / "bad.rq"), "-d", str(data))
    assert code == 1 and "[E109]" in err and "byte 24 is not UTF-8" in err


# the fuzz ------------------------------------------------------------------------------------

PIECES = [
    " ", "\n", "\r", "#", "'", '"', "'''", '"""', "\\", "\\u0022", "<", ">", "{", "}", "(", ")",
    "[", "]", ".", ";", ",", ":", "_:", "?", "$", "x", "1", "true", "a", "@en", "^^", "ex:", "|",
    "!", "SILENT", "SERVICE", "service", "?s ?p ?o", "FILTER", "UNION", "OPTIONAL", "BIND(1 AS ?z)",
]  # fmt: skip


@pytest.mark.fuzz
@settings(max_examples=max(10, settings.default.max_examples // 8))
@given(
    text=st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from([*PIECES, "SERVICE <http://127.0.0.1:9/> {}"]), max_size=40).map("".join),
        st.integers(2_000, 20_000).map(lambda n: "ASK " + "{" * n + "}" * n),  # crashed from 2,250
        st.integers(4_000, 20_000).map(lambda n: "ASK { FILTER" + "(" * n + "1" + ")" * n + " }"),
        st.integers(1, 600_000).map(lambda n: 'ASK { BIND("' + "x" * n + '" AS ?x) }'),
    )
)
@example(text=DEEP)
@example(text="ASK { FILTER" + "(" * 6000 + "1" + ")" * 6000 + " }")
@example(text='ASK { BIND("' + "x" * 600_000 + '" AS ?x) }')
@example(text="SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
def test_fuzz_kg_sparql(data, text):
    code, _, err = _kg("sparql", text, "-d", str(data), "--timeout", "5")
    assert code in (0, 1, 2) and "Traceback" not in err


OBJECTS = ["?o", "1", "1.0", "1e0", "true", '"x"', "'x'", '"""x"""', '"x"@en', "ex:x", "<http://e/x>"]
GLUE = ["", " ", ".", " . ", "\n", "\t", "\r", "#c\n", "#c\r", ";ex:p ?q."]
KEYWORDS = ["SERVICE", "service", "sErViCe", "SERVICE SILENT", "service silent"]
TARGETS = ["<URL>", " <URL>", ":x", "?svc"]
NOISE = [
    *PIECES,
    '"SERVICE"',
    "'''SERVICE'''",
    "<SERVICE>",
    "#SERVICE\n",
    "?SERVICE",
    "ex:SERVICE",
    '"\\"',
    '"\\u0022"',
]


@st.composite
def service_queries(draw: st.DrawFn) -> str:
    """A SERVICE call, written in one of the ways Oxigraph reads as one, amid noise."""
    noise = st.lists(st.sampled_from(NOISE), max_size=3).map("".join)
    parts = [draw(s) for s in (noise, *map(st.sampled_from, (OBJECTS, GLUE, KEYWORDS, TARGETS)), noise)]
    return (
        "PREFIX ex: <http://e/> PREFIX : <URL#> SELECT * WHERE {{ {} ?s ?p {}{}{}{} {{ ?s ?p ?o }} {}"
        " VALUES ?svc {{ <URL> }} }}"
    ).format(*parts)


@pytest.mark.fuzz
def test_fuzz_no_request_gets_past_the_guard(listener):
    """Whatever Oxigraph itself sends out, the guard refuses first."""
    store, answered = ox.Store(), []
    subject, predicate = ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p")
    objects = [
        ox.Literal(1),
        ox.Literal(1.0),
        ox.Literal(True),
        ox.Literal("x"),
        ox.Literal("x", language="en"),
    ]
    for value in [*objects, ox.NamedNode("http://e/x")]:
        store.add(ox.Quad(subject, predicate, value))

    @settings(max_examples=settings.default.max_examples, deadline=None)
    @given(text=service_queries())
    def unguarded(text: str) -> None:
        text, before = text.replace("URL", listener.url), listener.hits
        with contextlib.suppress(SyntaxError, OSError, RuntimeError, ValueError):
            list(store.query(text))
        if listener.hits > before:
            answered.append(text)
            with pytest.raises(KGError, match=r"\[E102\]"):
                query_guard.check(text)

    unguarded()
    assert answered  # the queries do reach out, without the guard


# kg serve ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(data):
    with running_server(data, "127.0.0.1", _free_port()) as running:
        yield running


def test_server_is_read_only_by_default(server):
    update = f"{server.url}/update"
    assert _send(update, "POST", b"CLEAR ALL", "application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, body = _send(update, "POST", form, "application/x-www-form-urlencoded")
    assert status == 403 and "[E108]" in body and "--writable" in body
    for method in ("PUT", "POST", "DELETE"):
        assert _send(f"{server.store_url}?default", method, b"", "application/n-triples")[0] == 403
    assert _papers(server.url) == 3  # nothing emptied the store
    assert server.process.args[1] == "serve-read-only"  # and oxigraph itself would refuse


def test_writable_server_takes_updates_and_reaches_out_when_allowed(listener):
    with running_server(None, "127.0.0.1", _free_port(), writable=True, allow_service=True) as server:
        insert = "INSERT DATA { <https://e/p> a kg:Paper }"  # kg: given by the server too
        assert _send(server.update_url, "POST", insert.encode(), "application/sparql-update")[0] == 204
        assert _papers(server.url) == 1
        _get(server.url, SERVICE_HIDDEN[0].format(url=listener.url))
        assert listener.hits == 1


def test_server_survives_a_deep_query(server):
    engine = server.process
    status, body = _send(f"{server.url}/query", "POST", DEEP.encode(), "application/sparql-query")
    assert status == 400 and body.startswith("[E101]")
    assert _papers(server.url) == 3 and server.process is engine and engine.poll() is None


@pytest.mark.parametrize("template", SERVICE_HIDDEN[:4])
def test_server_stays_offline(server, listener, template):
    status, body = _get(server.url, template.format(url=listener.url))
    assert status == 400 and body.startswith("[E102]") and listener.hits == 0


def test_server_takes_kg_sparql_queries(server):
    assert _papers(server.url) == 3  # COUNT uses kg: without declaring it
    status, body = _get(server.url, "SELECT ?p WHERE {\n  ?p a kg:Paper .\n  FILTER (?p = ) }")
    assert status == 400 and body.startswith("error at 3:")  # lines as the user wrote them
    for path in sorted(QUERIES.glob("*.rq")):
        assert _get(server.url, path.read_text(encoding="utf-8"))[0] == 200, path.name


def test_server_restarts_a_crashed_engine(data, monkeypatch):
    # The guard off and 2 MiB stacks, as oxigraph has by itself: the engine crashes.
    monkeypatch.setattr(query_guard, "MAX_DEPTH", 10**9)
    monkeypatch.setattr("kg.rdf.child.ENGINE_STACK", 2 << 20)
    with running_server(data, "127.0.0.1", _free_port()) as server:
        crashed = server.process
        status, body = _send(f"{server.url}/query", "POST", DEEP.encode(), "application/sparql-query")
        assert status == 502 and body.startswith("[E104]") and "SIGABRT" in body and "restarted" in body
        assert crashed.poll() is not None and _papers(server.url) == 3


def test_server_stops_a_runaway_query(data, monkeypatch):
    monkeypatch.setattr("kg.rdf.proxy.GRACE", 0.2)
    with running_server(data, "127.0.0.1", _free_port(), query_timeout=1) as server:
        runaway, start = server.process, time.monotonic()
        status, body = _get(server.url, RUNAWAY)
        assert status == 503 and body.startswith("[E103]") and time.monotonic() - start < 5
        assert runaway.poll() is not None and _papers(server.url) == 3


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            if int(stat.read_text().rpartition(")")[2].split()[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _answers(url: str) -> bool:
    with contextlib.suppress(OSError):
        return _get(url, "ASK {}", timeout=2)[0] == 200
    return False


def _alive(pid: int) -> bool:
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_engine_dies_with_a_killed_kg_serve(data, tmp_path):
    port = _free_port()
    serving = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(data), "--port", str(port)],
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(tmp_path)},  # where the killed server leaves its store
    )
    engines: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not _answers(f"http://127.0.0.1:{port}"):
            assert serving.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        engines = _children(serving.pid)
        assert engines
        serving.kill()
        serving.wait()
        deadline = time.monotonic() + 5
        while any(map(_alive, engines)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(_alive, engines))
    finally:
        serving.kill()
        for pid in filter(_alive, engines):
            os.kill(pid, signal.SIGKILL)


def test_port_in_use_and_bad_hosts_are_one_line_errors(data):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        code, _, err = _kg("serve", str(data), "--port", port)
    assert code == 1 and f"[E106] Cannot serve SPARQL on 127.0.0.1:{port}: Address already in use" in err
    assert err.count("\n") == 1
    for host in ("no-such-host.invalid", "203.0.113.9"):  # no name; an address not this machine's
        with (
            pytest.raises(KGError, match=rf"\[E106\] Cannot serve SPARQL on {host}:0: \w") as error,
            running_server(data, host, 0),
        ):
            pass
        assert "\n" not in str(error.value)


def test_broken_turtle_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.ttl").write_text(
        '<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> "x .\n'
    )
    with (
        pytest.raises(KGError, match=r"\[E044\] Could not load .*bad\.ttl as turtle: .*line 2") as error,
        running_server(tmp_path / "bad.ttl", "127.0.0.1", _free_port()),
    ):
        pass
    assert "\n" not in str(error.value) and "backtrace" not in str(error.value).lower()


# kg push -------------------------------------------------------------------------------------


class Recorder(BaseHTTPRequestHandler):
    """A Graph Store that keeps each request's headers and answers with ``status``, echoing
    back whatever credentials it got, as a careless server's error page might."""

    seen: ClassVar[list[dict[str, str]]] = []
    status = 201

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Recorder.seen.append({"path": self.path, **self.headers})
        body = f"{self.path} {self.headers.get('Authorization')}".encode()
        self.send_response(self.status)
        self.send_header("Location", "http://elsewhere.invalid/store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def graph_store() -> Iterator[str]:
    Recorder.seen, Recorder.status = [], 201
    store = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=store.serve_forever, args=(0.05,), daemon=True).start()
    yield f"127.0.0.1:{store.server_port}"
    store.shutdown()
    store.server_close()


def test_push_with_credentials_in_the_url(data, graph_store):
    code, _, err = _kg("push", str(data), "--endpoint", f"http://ann:s3cr%40t@{graph_store}/store?api_key=K1")
    assert (
        code == 0 and Recorder.seen[0]["Authorization"] == "Basic " + base64.b64encode(b"ann:s3cr@t").decode()
    )
    assert Recorder.seen[0]["path"] == "/store?api_key=K1&default"
    assert "s3cr" not in err and "K1" not in err and "ann:***@" in err and "api_key=***" in err


def test_push_with_a_token(data, graph_store):
    code, _, err = _kg(
        "push", str(data), "--endpoint", f"http://{graph_store}/store", env={"KG_PUSH_TOKEN": "t0k"}
    )
    assert code == 0 and Recorder.seen[0]["Authorization"] == "Bearer t0k" and "t0k" not in err


@pytest.mark.parametrize("status", [401, 307])
def test_push_refused_shows_no_credentials(data, graph_store, status):
    Recorder.status = status
    url = f"http://ann:s3cr3t@{graph_store}/store?token=K1"
    with pytest.raises(KGError, match=rf"\[E047\].*HTTP {status}") as error:
        push(data, url)
    message = str(error.value)
    assert "s3cr3t" not in message and "K1" not in message and "YW5u" not in message
    assert len(Recorder.seen) == 1  # a redirect is not followed, credentials and all


def test_push_unreachable_or_not_a_url(data):
    port = _free_port()
    with pytest.raises(KGError, match=r"\[E043\]") as error:
        push(data, f"http://ann:s3cr3t@127.0.0.1:{port}/store?api_key=K1")
    assert "s3cr3t" not in str(error.value) and "K1" not in str(error.value)
    for url in ("notaurl", "ftp://h/store", "http://h:99999/store", "http://h/a b"):
        code, _, err = _kg("push", str(data), "--endpoint", url)
        assert code == 1 and "[E107]" in err and "Traceback" not in err


def _raw(server, method: str, target: str, headers: dict[str, str], body=None) -> tuple[int, str]:
    """One request as given, headers and all, through http.client."""
    url = urllib.parse.urlsplit(server.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=20)
    try:
        connection.request(
            method, target, body=body, headers=headers, encode_chunked="Transfer-Encoding" in headers
        )
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_server_answers_malformed_requests(server):
    ask = urllib.parse.quote("ASK { ?p a kg:Paper }")
    chunks = iter([b"ASK { ?p a ", b"kg:Paper }"])
    cases = [
        ("GET", "/%71uery?query=" + ask, {}, None, 404),  # only /query is a query
        ("PUT", "/query?query=" + ask, {}, None, 405),
        ("POST", "/query", {"Content-Type": "text/plain"}, b"ASK {}", 415),
        ("GET", f"/query?query={ask}&query={ask}", {}, None, 400),
        ("POST", "/query", {"Content-Type": "application/sparql-query", "Content-Length": "-1"}, None, 400),
        (
            "POST",
            "/query",
            {"Content-Type": "application/sparql-query", "Content-Length": "99999999"},
            None,
            413,
        ),
        (
            "POST",
            "/query",
            {"Content-Type": "application/sparql-query", "Transfer-Encoding": "chunked"},
            chunks,
            200,
        ),
        ("POST", "/query?query=" + ask, {"Content-Type": "application/x-www-form-urlencoded"}, b"", 200),
    ]
    for method, target, headers, body, expected in cases:
        assert _raw(server, method, target, headers, body)[0] == expected, (method, target, headers)
    assert _papers(server.url) == 3
