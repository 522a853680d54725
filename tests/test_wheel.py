"""kg installed from its wheel, as a user installs it, works from any working directory.

The wheel is built from this checkout and installed into a fresh virtual environment outside
the repository. That environment sees this one's dependencies (through a ``.pth`` line, so the
test needs no network) but not its editable ``kg``: every file kg reads at run time must come
from the wheel.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.parse
import urllib.request
import venv
from pathlib import Path

import pytest

# a wheel installed into a fresh environment: `make test-thorough` (and CI) run these
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
# the sample's smallest listing page, of 34 papers
LISTING = ROOT / "data" / "sample" / "004_0d51e3ca49905f08.txt"
PAPERS = 34
PAPER = "https://w3id.org/kg-ml/ontology#Paper"


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh environment with kg installed from its wheel."""
    tmp = tmp_path_factory.mktemp("wheel")
    # from a copy of the sources: setuptools would reuse a stale build/ folder in the checkout
    source = tmp / "source"
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--wheel-dir",
        tmp / "dist",
        source,
        cwd=tmp,
    )
    (wheel,) = (tmp / "dist").glob("kg-*.whl")
    env = tmp / "env"
    venv.create(env, with_pip=False)
    site = Path(next((env / "lib").glob("python3*/site-packages")))
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    # the oxigraph dependency is a program too, which pip would have installed beside python
    (env / "bin" / "oxigraph").symlink_to(Path(sysconfig.get_paths()["scripts"]) / "oxigraph")
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        env / "bin" / "python",
        "install",
        "--quiet",
        "--no-deps",
        wheel,
        cwd=tmp,
    )
    return env / "bin"


def test_the_dask_extra_is_declared(installed: Path) -> None:
    (metadata,) = installed.parent.glob("lib/python3*/site-packages/kg-*.dist-info/METADATA")
    lines = metadata.read_text(encoding="utf-8").splitlines()
    assert "Provides-Extra: dask" in lines
    assert any(line.startswith("Requires-Dist: distributed") and 'extra == "dask"' in line for line in lines)


def test_the_package_comes_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    done = run(
        installed / "python",
        "-c",
        "import kg, kg.resources as r; print(kg.__file__, r.ONTOLOGY)",
        cwd=tmp_path,
    )
    package, ontology = done.stdout.split()
    assert not package.startswith(str(ROOT)) and "site-packages" in package
    assert Path(ontology).is_file() and not ontology.startswith(str(ROOT))


@pytest.fixture(scope="module")
def wheel_build(installed: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg build`` of one listing page of the sample from a folder outside the repository:
    every stage runs, the extraction pipeline included, on few enough papers to be quick."""
    cwd = tmp_path_factory.mktemp("user")
    run(installed / "kg", "build", LISTING, "-o", "out", "--quiet", cwd=cwd)
    return cwd


def test_build_writes_every_output(wheel_build: Path) -> None:
    out = wheel_build / "out"
    for name in ("kg.ttl", "graph.json", "mentions.jsonl", "entities.jsonl", "index.html", "ontology.html"):
        assert (out / name).stat().st_size > 0, name
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["papers"] == PAPERS and summary["extraction"]["extracted"] == PAPERS
    assert summary["graph"]["paper_links"] > 0


def test_sparql_answers_from_another_directory(installed: Path, wheel_build: Path, tmp_path: Path) -> None:
    query = f"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p a <{PAPER}> }}"
    done = run(
        installed / "kg",
        "sparql",
        query,
        "--data",
        wheel_build / "out" / "kg.ttl",
        "--format",
        "csv",
        cwd=tmp_path,
    )
    assert done.stdout.split() == ["n", str(PAPERS)]


def test_serve_answers_over_http(installed: Path, wheel_build: Path, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [str(installed / "kg"), "serve", str(wheel_build / "out" / "kg.ttl"), "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        query = urllib.parse.urlencode({"query": f"ASK {{ ?p a <{PAPER}> }}"})
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/query?{query}", headers={"Accept": "application/sparql-results+json"}
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    assert json.load(response)["boolean"] is True
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=30)
