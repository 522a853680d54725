"""Input files as the readers see them: which paths are inputs, and their text in any encoding.

Inputs are regular files, or directories standing for the files in them. A FIFO, a socket
or a device is refused: reading one could wait forever or never end. A file starting with
a UTF-16 or UTF-32 byte-order mark, or holding the NUL bytes that UTF-16 gives ASCII
text, is decoded as such (strictly: a file that is not valid in its encoding is refused
whole); any other file is read as UTF-8, and each reader reports a record holding bytes that
are not UTF-8 on its own.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import Errors, KGError, Skip
from ..io import file_kind

SUMMARY = "summary.json"  # written by every kg build into its output folder
# how kg.build.BuildSummary.to_dict starts
_KG_SUMMARY = re.compile(rb'\s*\{\s*"papers_read"\s*:\s*\d+\s*,\s*"duplicates_merged"\s*:')
_SNIFF = 4096
# longest first: the UTF-32 little-endian mark starts with the UTF-16 one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class BadFile(Exception):
    """A whole file cannot be read; the message is the reason, from ``Errors``."""


def regular(path: Path) -> None:
    """Raise :class:`~kg.errors.KGError` unless ``path`` is a regular file, saying why not."""
    status = _status(path)
    if not stat.S_ISREG(status.st_mode):
        raise KGError(f"{shown(path)}: " + Errors.E080.format(kind=file_kind(status.st_mode)))


def _status(path: Path) -> os.stat_result:
    """What the system knows of ``path``; E001 when there is nothing there, else E081 with why."""
    try:
        return path.stat()
    except FileNotFoundError as e:
        if not path.is_symlink():
            raise KGError(Errors.E001.format(path=shown(path))) from e
        detail = f"a symbolic link to {os.readlink(path)}, which does not exist"
    except OSError as e:
        detail = e.strerror or str(e)
    raise KGError(f"{shown(path)}: " + Errors.E081.format(detail=detail))


def expand(path: Path, exclude: frozenset[Path], skips: list[Skip]) -> list[tuple[Path, bool]]:
    """The files a path stands for, each with whether it was named itself.

    A directory stands for its regular files, recursively and sorted, hidden ones left out;
    a file in it that is not regular, a folder that cannot be listed, and a kg build's
    output folder (one of ``exclude``, or one holding a build's ``summary.json``) are left
    out, each appended to ``skips``.

    Raises
    ------
    KGError
        E001 for nothing at ``path``, E080 for a named file that is not regular, E081 for one
        that cannot be looked at, E005 for a directory with no file to read.
    """
    status = _status(path)
    if stat.S_ISREG(status.st_mode):
        return [(path, True)]
    if not stat.S_ISDIR(status.st_mode):
        raise KGError(f"{shown(path)}: " + Errors.E080.format(kind=file_kind(status.st_mode)))
    before = len(skips)
    files = _walk(path, exclude, skips)
    if not files:
        why = skips[-1].reason if len(skips) > before else "it holds no files (hidden ones are not read)"
        raise KGError(Errors.E005.format(path=shown(path), reason=why))
    return [(file, False) for file in files]


def _walk(root: Path, exclude: frozenset[Path], skips: list[Skip]) -> list[Path]:
    def unlisted(e: OSError) -> None:
        skips.append(Skip(shown(Path(e.filename)), None, Errors.E081.format(detail=e.strerror or e)))

    files = []
    for folder, folders, names in os.walk(root, onerror=unlisted):
        here = Path(folder)
        if here.resolve() in exclude or is_build_output(here):
            skips.append(Skip(shown(here), None, Errors.E088))
            folders.clear()
            continue
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if name.startswith("."):
                continue
            file = here / name
            try:
                mode = file.stat().st_mode
            except OSError as e:
                skips.append(Skip(shown(file), None, Errors.E081.format(detail=e.strerror or e)))
                continue
            if stat.S_ISREG(mode):
                files.append(file)
            else:
                skips.append(Skip(shown(file), None, Errors.E080.format(kind=file_kind(mode))))
    return sorted(files)


def check_name(path: Path) -> None:
    """Raise :class:`BadFile` when ``path`` is not valid UTF-8 (a name from another system):
    it would be written into every output as the papers' source."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as e:
        raise BadFile(Errors.E089) from e


def shown(path: Path) -> str:
    r"""``path`` as text that can be printed and written, its undecodable bytes escaped.

    >>> shown(Path(b"caf\xe9.txt".decode("utf-8", "surrogateescape")))
    'caf\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def is_build_output(directory: Path) -> bool:
    """Whether ``directory`` holds a kg build's outputs: its ``summary.json`` is kg's.

    A file of that name from elsewhere (a dataset's own summary) leaves the folder an input.
    Only its start is read: a build's summary lists every skip, and may be long.
    """
    try:
        with (directory / SUMMARY).open("rb") as f:
            head = f.read(_SNIFF)
    except OSError:
        return False
    return _KG_SUMMARY.match(head) is not None


def encoding(head: bytes) -> str:
    """The encoding of a file that starts with ``head``: from its byte-order mark, else
    UTF-16 when nearly every other byte of it is NUL (mostly ASCII text saved as UTF-16),
    else UTF-8.

    >>> encoding("T".encode("utf-16")), encoding("Ti".encode("utf-16-le")), encoding(b"Ti")
    ('utf-16', 'utf-16-le', 'utf-8')
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    pairs = len(head) // 2
    if pairs:
        even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
        # UTF-8 text holds no NUL at all; the characters past U+00FF have none either
        if odd >= 0.9 * pairs and even <= 0.1 * pairs:
            return "utf-16-le"
        if even >= 0.9 * pairs and odd <= 0.1 * pairs:
            return "utf-16-be"
    return "utf-8"


def file_encoding(path: Path) -> str:
    with path.open("rb") as f:
        return encoding(f.read(_SNIFF))


def head_text(path: Path, size: int) -> str:
    """About the first ``size`` bytes of ``path`` as text, for telling formats apart."""
    with path.open("rb") as f:
        head = f.read(size)
    name = encoding(head)
    return head.decode("utf-8" if name == "utf-8-sig" else name, "replace").lstrip("\ufeff")


def open_text(path: Path, newline: str | None = None) -> IO[str]:
    """``path`` opened as text: UTF-8 with its undecodable bytes kept as surrogates (for the
    readers to report), or strictly in the UTF-16 or UTF-32 its start shows."""
    name = file_encoding(path)
    if name.startswith("utf-8"):
        return path.open(encoding="utf-8-sig", errors="surrogateescape", newline=newline)
    return path.open(encoding=name, errors="strict", newline=newline)


def read_text(path: Path) -> str:
    """The whole text of ``path`` (see :func:`open_text`)."""
    with open_text(path) as f:
        return f.read()


def utf8_lines(path: Path) -> Iterator[bytes]:
    """The lines of ``path`` as UTF-8 bytes, a line at a time: as they are in a UTF-8 file,
    re-encoded from UTF-16 or UTF-32."""
    name = file_encoding(path)
    if name.startswith("utf-8"):
        with path.open("rb") as f:
            yield from f
        return
    with path.open(encoding=name, errors="strict", newline="") as text:
        for line in text:
            yield line.encode("utf-8")


def decode_error(e: UnicodeDecodeError) -> str:
    """The reason for a file that is not valid in the encoding its start shows."""
    return Errors.E082.format(encoding=e.encoding.upper(), detail=e.reason)
