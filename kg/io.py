"""Atomic output: write beside the target, then rename, so a crash never leaves half a file."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import stat
import sys
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

# What a path is when it is not a regular file, in words (E080, E091).
_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words.

    >>> file_kind(stat.S_IFIFO)
    'a FIFO (named pipe)'
    """
    return _KINDS.get(stat.S_IFMT(mode), "a file of an unknown kind")


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

    A symbolic link is written through, as a shell's ``>`` does: the file it names is replaced
    and the link kept. A path that is something else than a regular file (a device such as
    ``/dev/sda``, a pipe, a directory) is refused with E091 rather than replaced by a file.

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
    target = _regular_target(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
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
        os.chmod(tmp, 0o666 & ~umask())
        checkpoint(f"write:{target.name}")
        os.replace(tmp, target)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(e, OSError) and e.errno in _NO_ROOM:
            raise KGError(Errors.E050.format(path=path, detail=e.strerror or e)) from e
        raise


def _regular_target(path: Path) -> Path:
    """The file that writing ``path`` replaces: the end of its symbolic links, which must be a
    regular file or nothing yet (E091 otherwise: renaming onto a device node or a pipe would
    put a plain file in its place)."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as e:
        raise KGError(Errors.E050.format(path=path, detail=e.strerror or e)) from e
    if stat.S_ISREG(mode):
        return target
    raise KGError(Errors.E091.format(path=path, kind=file_kind(mode)))


def umask() -> int:
    """The process's umask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def checkpoint(moment: str) -> None:
    """A moment of writing at which a test can stop the process: with the environment variable
    ``KG_PAUSE_AT`` set to ``moment``, say so on stderr and wait for a signal.

    tests/test_build_transaction.py kills `kg build` with SIGKILL at each such moment and
    checks that the output folder still holds one whole build.
    """
    if os.environ.get("KG_PAUSE_AT") != moment:
        return
    sys.stderr.write(f"kg: paused at {moment}\n")
    sys.stderr.flush()
    while True:
        signal.pause()


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
