"""`kg build` as a transaction: killed at any moment, run twice at once, or given a damaged
cache, it leaves the output folder holding one whole build, and the next build cleans up.

The builds are real `kg build` processes (``kg.cli.main`` with its arguments) killed with a
real SIGKILL at the moments named by :func:`kg.io.checkpoint`. Each is forked from one warm
process that has imported kg and loaded the pipeline, because starting kg afresh takes
5-10 s here (spaCy, the model, numba's kernels) and these tests start about twenty builds.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing, suppress
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.transaction import output_lock

pytestmark = pytest.mark.hostile

# the warm process: reads one JSON command a line, answers one JSON line
SERVER = textwrap.dedent(
    """
    import json, os, sys, traceback
    from kg.cli import main
    from kg.build import code_version, load_pipeline
    import kg.graph, kg.rdf, kg.views

    # not a whole build: numba's OpenMP threads, once started, make fork() unsafe
    load_pipeline(None)
    code_version()  # fixed here, so that the builds agree even while kg's sources change
    print(json.dumps("ready"), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if "wait" in command:
            _, status = os.waitpid(command["wait"], 0)
            print(json.dumps(os.waitstatus_to_exitcode(status)), flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            os.environ.update(command["env"])
            log = os.open(command["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(log, 1)
            os.dup2(log, 2)
            sys.argv = ["kg", *command["argv"]]
            try:
                main()
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else int(e.code is not None)
            except BaseException:
                traceback.print_exc()
                code = 70
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)  # never back into this loop, whatever happened
        print(json.dumps(pid), flush=True)
    """
)

CORPUS_A = [
    ("a1", "BERT on SQuAD", "We fine-tune BERT on SQuAD and report F1."),
    ("a2", "ResNet on ImageNet", "ResNet-50 reaches 76% top-1 accuracy on ImageNet."),
    ("a3", "Transformers for translation", "The Transformer improves BLEU on WMT14 English-German."),
]
CORPUS_B = [
    *CORPUS_A,
    ("b1", "ViT on CIFAR-10", "A Vision Transformer reaches 99% accuracy on CIFAR-10."),
    ("b2", "GPT-2 for language modeling", "GPT-2 lowers perplexity on WikiText-103."),
]
# moments of a build at which kg.io.checkpoint can stop it, in order: extraction done, the
# first output being written, one half-way, all staged with their manifest, the new build
# switched in (not "linked": in a folder built before, the links are already in place)
MOMENTS = ["extracted", "write:mentions.jsonl", "write:kg.ttl", "staged", "switched"]


class Builds:
    """Starts `kg build` processes from the warm process, and waits for or kills them."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.server = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tmp,
        )
        assert self._answer() == "ready"
        self.started = 0
        self.running: set[int] = set()

    def _answer(self) -> object:
        assert self.server.stdout is not None
        return json.loads(self.server.stdout.readline())

    def _send(self, command: dict[str, object]) -> object:
        assert self.server.stdin is not None
        self.server.stdin.write(json.dumps(command) + "\n")
        self.server.stdin.flush()
        return self._answer()

    def start(self, src: Path, out: Path, pause_at: str | None = None) -> tuple[int, Path]:
        """A `kg build SRC -o OUT`, stopping at ``pause_at``; its pid and the file of its output."""
        self.started += 1
        log = self.tmp / f"build{self.started}.log"
        log.touch()
        env = {"KG_PAUSE_AT": pause_at} if pause_at else {}
        pid = self._send({"argv": ["build", str(src), "-o", str(out)], "env": env, "log": str(log)})
        assert isinstance(pid, int)
        self.running.add(pid)
        if pause_at:
            deadline = time.monotonic() + 60
            while f"paused at {pause_at}" not in (printed := log.read_text(errors="replace")):
                assert "files written" not in printed and "error:" not in printed, printed
                assert time.monotonic() < deadline, printed
                time.sleep(0.02)
        return pid, log

    def wait(self, pid: int) -> int:
        code = self._send({"wait": pid})
        assert isinstance(code, int)
        self.running.discard(pid)
        return code

    def run(self, src: Path, out: Path) -> tuple[int, str]:
        """A whole `kg build`: its exit code and what it printed."""
        pid, log = self.start(src, out)
        code = self.wait(pid)
        return code, log.read_text(errors="replace")

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        assert self.wait(pid) == -signal.SIGKILL

    def close(self) -> None:
        """Stop the builds a failed test left paused, then the warm process."""
        for pid in list(self.running):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            self.wait(pid)
        self.server.terminate()
        self.server.wait()


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    b = Builds(tmp_path_factory.mktemp("builds"))
    yield b
    b.close()


def _corpus(path: Path, papers: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "title": t, "abstract": a}) + "\n" for i, t, a in papers))
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def whole_build(out: Path) -> list[str]:
    """Check that the outputs in ``out`` all come from one build; the ids of its papers.

    Every file matches the hash that the manifest of the current generation lists, and
    summary.json, mentions.jsonl and graph.json count the same papers.
    """
    manifest = json.loads((out / ".kg" / "current" / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        assert _sha256(out / name) == digest, f"{name} is not from the build of the manifest"
    summary = json.loads((out / "summary.json").read_text())
    ids = [json.loads(line)["id"] for line in (out / "mentions.jsonl").read_text().splitlines()]
    graph = json.loads((out / "graph.json").read_text())
    papers_in_graph = [n for n in graph["bipartite"]["nodes"] if n.get("kind") == "paper"]
    assert summary["fingerprint"] == manifest["fingerprint"]
    assert summary["papers"] == len(ids) == len(papers_in_graph)
    assert summary["graph"]["nodes"] == len(graph["bipartite"]["nodes"])
    return ids


def one_build(out: Path) -> list[str]:
    """:func:`whole_build`, and nothing else in ``out``: no temporary file, and in ``.kg`` no
    generation but the current one."""
    ids = whole_build(out)
    manifest = json.loads((out / ".kg" / "current" / "manifest.json").read_text())
    outputs = {name.split("/")[0] for name in manifest["files"]}
    assert {p.name for p in out.iterdir()} == outputs | {".kg", "cache.sqlite"}
    current = os.readlink(out / ".kg" / "current")
    assert {p.name for p in (out / ".kg").iterdir()} == {"lock", "current", current}
    return ids


IDS_A = [p[0] for p in CORPUS_A]
IDS_B = [p[0] for p in CORPUS_B]


@pytest.fixture(scope="module")
def corpora(builds, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpora")
    return _corpus(tmp / "a.jsonl", CORPUS_A), _corpus(tmp / "b.jsonl", CORPUS_B)


@pytest.fixture(scope="module")
def built_a(builds, corpora, tmp_path_factory):
    """An output folder that each test using it leaves holding the build of corpus A."""
    out = tmp_path_factory.mktemp("built") / "out"
    code, log = builds.run(corpora[0], out)
    assert code == 0, log
    return out


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_build_killed_at_any_moment_leaves_one_whole_build(builds, corpora, built_a, moment):
    a, b = corpora
    out = built_a
    assert one_build(out) == IDS_A
    pid, _ = builds.start(b, out, pause_at=moment)
    builds.kill(pid)
    # the outputs are all from A until B's generation is switched in, then all from B
    assert whole_build(out) == (IDS_B if moment == "switched" else IDS_A)

    # rebuilding A removes what the killed build left and gives A's outputs: up to date
    # unless B's build was switched in
    code, log = builds.run(a, out)
    assert code == 0, log
    assert ("up to date" in log) == (moment != "switched"), log
    assert one_build(out) == IDS_A


def test_two_builds_into_one_folder_the_second_fails_at_once(builds, corpora, built_a):
    a, b = corpora
    out = built_a
    first, _ = builds.start(b, out, pause_at="extracted")
    started = time.monotonic()
    code, log = builds.run(a, out)
    assert code == 1 and time.monotonic() - started < 30
    assert f"[E090] Another kg build (process {first}) is writing to {out}" in " ".join(log.split())
    assert "Traceback" not in log
    builds.kill(first)
    assert whole_build(out) == IDS_A
    code, log = builds.run(a, out)
    assert code == 0 and "up to date" in log, log
    assert one_build(out) == IDS_A


def test_changed_outputs_are_not_up_to_date(builds, corpora, built_a):
    a, _ = corpora
    out = built_a
    before = (out / "kg.ttl").read_bytes()
    (out / "kg.ttl").write_text("edited by hand\n")
    # and what a write killed before its rename left (an earlier kg's build, `kg viz maps`)
    (out / ".kg.ttl.k1ll3d_0.tmp").write_text("half a file")
    code, log = builds.run(a, out)
    assert code == 0 and "up to date" not in log, log
    assert (out / "kg.ttl").read_bytes() == before
    assert one_build(out) == IDS_A


def test_a_damaged_cache_row_stops_the_build_before_any_output_changes(builds, corpora, built_a):
    _, b = corpora
    out = built_a
    manifest = (out / ".kg" / "current" / "manifest.json").read_bytes()
    with closing(sqlite3.connect(out / "cache.sqlite")) as db, db:
        (key, mentions), *_ = db.execute("SELECT key, mentions FROM extraction").fetchall()
        rows = json.loads(mentions)
        rows[0]["label"] = "ALGORITHM"
        db.execute("UPDATE extraction SET mentions = ? WHERE key = ?", (json.dumps(rows), key))
    code, log = builds.run(b, out)
    assert code == 1 and "Traceback" not in log
    log = " ".join(log.split())
    assert f"[E093] The extraction cache {out / 'cache.sqlite'} has a damaged row" in log
    assert "unknown label 'ALGORITHM'" in log
    assert (out / ".kg" / "current" / "manifest.json").read_bytes() == manifest
    assert one_build(out) == IDS_A
    (out / "cache.sqlite").unlink()


@pytest.mark.parametrize(
    "target,code",
    [
        (lambda t: (t / "file.txt").write_text("x") and t / "file.txt", "E072"),
        (lambda t: Path("/dev/null"), "E072"),
        (lambda t: (t / "link").symlink_to(t / "missing" / "dir") or t / "link", "E071"),
    ],
    ids=["a file", "/dev/null", "a dangling link"],
)
def test_the_lock_vets_the_output_folder_as_the_command_line_does(tmp_path, target, code):
    # a build from Python (kg.api) reaches the transaction without the command line's check
    out = target(tmp_path)
    with pytest.raises(KGError) as e, output_lock(out):
        pass
    assert str(e.value).startswith(f"[{code}] Cannot write into {out}")
    assert not (tmp_path / "missing").exists() and not Path("/dev/null/.kg").exists()
