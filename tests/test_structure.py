"""The code stays readable: no module of kg/ above 500 lines, no function above 60."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 60


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_FILE_LINES, f"{path} has {lines} lines"


def long_functions(source: str) -> list[tuple[str, int]]:
    """Functions of ``source`` longer than the limit, decorators and docstring included.

    >>> long_functions("def f():\\n" + "    x = 1\\n" * 61)
    [('f', 62)]
    >>> long_functions("def f():\\n    return 1\\n")
    []
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = (node.end_lineno or node.lineno) - first + 1
            if length > MAX_FUNCTION_LINES:
                found.append((node.name, length))
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_function_size(path: Path) -> None:
    assert long_functions(path.read_text(encoding="utf-8")) == []
