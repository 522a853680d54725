"""Rewrite the outputs shown in README.md's tour from a build of the sample corpus.

    .venv/bin/kg build data/sample -o /tmp/sample-build
    .venv/bin/python pipelines/readme_tour.py /tmp/sample-build

Each ```console block whose first line is ``$ kg ...`` gets what that command prints on a
100-column terminal, the rules ``tests/test_cli.py`` checks them by: a long table keeps as many
rows as the README showed and its "(the first K of M rows)" line gets the new M; an example
that shows an error shows the new message. The ``## Python`` example's output is rerun too.
Extraction changes move these figures; run this, then read the diff before committing it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from kg import cli

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"(```console\n\$ (kg [^\n]*)\n)(.*?)(```)", re.S)
_TRUNCATED = re.compile(r"^…  \(the first (\d+) of (\d+) rows\)$")


def shown(command: str, old: str, out: Path) -> str:
    """What the README should show under ``command``, given what it showed (``old``)."""
    args = shlex.split(command.split("  #")[0])[1:]
    args += ["--data", str(out / "kg.ttl")] if args[0] == "sparql" else ["-g", str(out)]
    result = CliRunner().invoke(cli.app, args)
    if result.exit_code == 1:
        return textwrap.fill(f"error: {result.exception}", 100) + "\n"
    if result.exit_code != 0:
        raise SystemExit(f"{command}: exit {result.exit_code}\n{result.output}")
    lines = [line.rstrip() for line in result.output.splitlines()]
    old_lines = old.rstrip("\n").splitlines()
    if old_lines and (cut := _TRUNCATED.match(old_lines[-1])):
        rows = sum(line.startswith("│ res:") for line in lines)
        lines = [*lines[: len(old_lines) - 1], f"…  (the first {cut[1]} of {rows} rows)"]
    return "\n".join(lines) + "\n"


def python_example(text: str, out: Path) -> str:
    """``text`` with the ``## Python`` example's output rerun on ``out``."""
    found = re.search(r"(## Python\n.*?```python\n(.*?)```\n\n```text\n)(.*?)(```)", text, re.S)
    if not found:
        return text
    here = Path.cwd()
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        os.chdir(out.parent)
        link = out.parent / "outputs"
        made = not link.exists()
        if made:
            link.symlink_to(out.resolve(), target_is_directory=True)
        try:
            exec(compile(found[2], "README.md", "exec"), {})
        finally:
            if made:
                link.unlink()
            os.chdir(here)
    return text[: found.start(3)] + printed.getvalue() + text[found.end(3) :]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="a build of data/sample")
    args = ap.parse_args()
    cli.out.width = 100
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = _BLOCK.sub(lambda m: m[1] + shown(m[2], m[3], args.out) + m[4], text)
    readme.write_text(python_example(text, args.out), encoding="utf-8")


if __name__ == "__main__":
    main()
