"""Atomic output: write beside the target, then rename, so a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal, TextIO, overload

from .errors import Errors, KGError

# A full disk or quota, or a file over the size limit: the output's own problem wherever in
# the block the write surfaced it, so it is named with the output's path. Other errors in
# the block (reading an input, say) are the block's own and pass through.
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}

StrPath = str | os.PathLike[str]


@overload
def atomic_open(
    path: StrPath, mode: Literal["w"] = "w", encoding: str | None = "utf-8"
) -> AbstractContextManager[TextIO]: ...
@overload
def atomic_open(
    path: StrPath, mode: Literal["wb"], encoding: str | None = "utf-8"
) -> AbstractContextManager[BinaryIO]: ...
def atomic_open(
    path: StrPath, mode: str = "w", encoding: str | None = "utf-8"
) -> AbstractContextManager[IO[Any]]:
    """Open a temporary file next to ``path``, for text (``mode="w"``) or bytes (``"wb"``); it
    replaces ``path`` only if the block succeeds.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_open(p) as f:
    ...     _ = f.write("hello")
    >>> p.read_text()
    'hello'
    """
    return _atomic_open(Path(path), mode, encoding)


@contextlib.contextmanager
def _atomic_open(path: Path, mode: str, encoding: str | None) -> Iterator[IO[Any]]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise KGError(Errors.E050.format(path=path, detail=e.strerror or e)) from e
    if "b" in mode:
        encoding = None
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates 0600 files; outputs get the usual permissions under the umask
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError) and e.errno in _NO_ROOM:
            raise KGError(Errors.E050.format(path=path, detail=e.strerror or e)) from e
        raise


def write_text(path: StrPath, text: str) -> None:
    with atomic_open(path) as f:
        f.write(text)


def write_jsonl(path: StrPath, rows: Iterable[Mapping[str, object]]) -> int:
    n = 0
    with atomic_open(path) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_json(path: StrPath, obj: object) -> None:
    with atomic_open(path) as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
