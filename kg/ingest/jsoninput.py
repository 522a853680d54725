"""Records from JSON input, whether JSON lines or one JSON document.

JSON lines are read one line at a time, so a broken line, or one that is not UTF-8, is
skipped and the others are kept, and a snapshot of any size streams. A document is read
whole; its records are located by JSON pointer (``papers.json#/3``), having no line of
their own. A line or a document may hold one record, an array of records, or an API page
``{"results": [...]}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import Errors, Skip
from ..records import Paper
from .fields import BadRecord, check_decoded
from .source import read_text, utf8_lines
from .vet import Located

# a record read from JSON: where it is (for its Skip), its line if it has one, the value
RawRecord = tuple[str, int | None, object]

_JSON_KINDS = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


def _decode_line(raw: bytes) -> str:
    text = raw.decode("utf-8-sig", "surrogateescape")
    check_decoded(text)
    return text


def _loads(text: str) -> object:
    """The value of a JSON text; :class:`json.JSONDecodeError` for any text that is not one.

    Python's parser recurses once per level, and refuses integers of more than 4,300 digits
    with a plain ValueError: both are reported as invalid JSON, not raised on.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as e:
        raise json.JSONDecodeError("nested too deep to be read", text, 0) from e
    except ValueError as e:
        raise json.JSONDecodeError(str(e), text, 0) from e


def _parses_to_object(raw: bytes) -> bool:
    try:
        return isinstance(_loads(_decode_line(raw)), dict)
    except (BadRecord, ValueError):
        return False


def is_json_lines(path: Path) -> bool:
    """Whether ``path`` holds JSON lines: its first non-blank line is an object on its own,
    or, that line being broken, the second one is."""
    head = list(islice((line for line in utf8_lines(path) if line.strip()), 2))
    return any(_parses_to_object(line) for line in head)


def _unwrap(value: object) -> Iterator[tuple[str, object]]:
    """The records in a value with their JSON pointers: the items of an array or of an API
    page's ``results``, else the value itself."""
    if isinstance(value, dict) and isinstance(value.get("results"), list):
        yield from ((f"/results/{i}", item) for i, item in enumerate(value["results"]))
    elif isinstance(value, list):
        yield from ((f"/{i}", item) for i, item in enumerate(value))
    else:
        yield "", value


def _lines(path: Path, skips: list[Skip]) -> Iterator[RawRecord]:
    for number, raw in enumerate(utf8_lines(path), 1):
        if not raw.strip():
            continue
        try:
            value = _loads(_decode_line(raw))
        except BadRecord as e:
            skips.append(Skip(str(path), number, str(e)))
            continue
        except json.JSONDecodeError as e:
            skips.append(Skip(str(path), number, Errors.E010.format(detail=f"{e.msg} (column {e.colno})")))
            continue
        for _, record in _unwrap(value):
            yield str(path), number, record


def _document(path: Path, skips: list[Skip]) -> Iterator[RawRecord]:
    text = read_text(path)
    for number, line in enumerate(text.splitlines(), 1):
        try:
            check_decoded(line)
        except BadRecord as e:
            skips.append(Skip(str(path), number, str(e)))
            return
    try:
        value = _loads(text)
    except json.JSONDecodeError as e:
        skips.append(Skip(str(path), e.lineno, Errors.E010.format(detail=f"{e.msg} (column {e.colno})")))
        return
    for pointer, record in _unwrap(value):
        yield (f"{path}#{pointer}" if pointer else str(path)), None, record


def read_json(
    path: Path, skips: list[Skip], to_paper: Callable[[dict[str, Any], str], Paper]
) -> Iterator[Located]:
    """Papers made by ``to_paper(record, source)`` from every record in a JSON input.

    A record that is not an object, or that ``to_paper`` rejects with :class:`BadRecord`,
    is appended to ``skips``.
    """
    records = _lines(path, skips) if is_json_lines(path) else _document(path, skips)
    for where, line, record in records:
        try:
            if not isinstance(record, dict):
                raise BadRecord(Errors.E014.format(kind=_JSON_KINDS[type(record)]))
            yield Located(to_paper(record, str(path)), where, line)
        except BadRecord as e:
            skips.append(Skip(where, line, str(e)))
