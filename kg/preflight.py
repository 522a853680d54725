"""Checks a command makes before any work: that it can write where it is told to.

A build that finds out at its last stage that its output folder is a file, ``/dev/null`` or a
read-only place has spent minutes for nothing, and may have made folders on the way (a
dangling link's target); these checks stop it at once with a coded error instead.

This is the one place that vets an output folder: the commands call it before any work, and
:func:`kg.transaction.output_lock` again before a build takes its folder.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .errors import Errors, KGError


def writable_dir(path: Path) -> None:
    """Stop before any work when ``path`` cannot become an output directory: a dangling link,
    a file or device (``/dev/null``), or a place this process may not write in.

    Raises
    ------
    KGError
        E071, E072 or E073.
    """
    try:
        # the directory, or where it will be made: its nearest existing ancestor (or link)
        existing = next(p for p in (path, *path.absolute().parents) if p.is_symlink() or p.exists())
        if existing.is_symlink() and not existing.exists():
            raise KGError(Errors.E071.format(path=existing, target=os.readlink(existing)))
        if not existing.is_dir():
            raise KGError(Errors.E072.format(path=existing, kind=_kind(existing.stat().st_mode)))
        # the one sure test of writing there: os.access says yes to root on a read-only mount
        tempfile.TemporaryFile(dir=existing).close()
    except OSError as e:  # a folder on the way this process may not even look into
        raise KGError(Errors.E073.format(path=path, detail=e.strerror or e)) from e


def _kind(mode: int) -> str:
    """What a file of ``mode`` is, other than a directory, in words.

    >>> _kind(os.stat("/dev/null").st_mode)
    'a device'
    """
    kinds = [(stat.S_ISREG, "a file"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device")]
    return next((name for test, name in kinds if test(mode)), "a pipe or socket")
