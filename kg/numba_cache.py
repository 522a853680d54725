"""Where numba keeps the compiled kernels of :mod:`kg.graph.kernels`: where numba would, when
it can write there, else in a folder of the user's own under the temporary directory.

numba tries ``__pycache__`` beside the kernels' source, then the user's cache folder
(``~/.cache/numba``); where neither can be written (a read-only install run without a
writable HOME: a container, a service account) importing the kernels fails with "cannot
cache function ...: no locator available", and with it every command that reads a graph.
numba reads ``NUMBA_CACHE_DIR`` once, when it is imported, so :func:`ensure_numba_cache_dir`
runs when ``kg`` is imported.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path


def ensure_numba_cache_dir() -> None:
    """Set ``NUMBA_CACHE_DIR`` to a folder that can be written, unless it is set or one of
    numba's own places can be written."""
    if "NUMBA_CACHE_DIR" in os.environ:
        return
    if _writable(Path(__file__).parent / "graph" / "__pycache__") or _writable(_user_cache()):
        return
    folder = _own_temporary_folder()
    if folder is not None:
        os.environ["NUMBA_CACHE_DIR"] = str(folder)


def _user_cache() -> Path:
    """numba's user-wide cache folder (``numba.misc.appdirs.user_cache_dir("numba")``)."""
    if sys.platform == "darwin":
        return Path("~/Library/Caches/numba").expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser()) / "numba"


def _writable(folder: Path) -> bool:
    """Whether ``folder`` can be made and written, tried as numba tries it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError:
        return False
    return True


def _own_temporary_folder() -> Path | None:
    """``kg-numba-UID`` in the temporary directory, kept from run to run, when this user owns
    it and no one else can write it: numba loads its files as pickles, so a folder that
    someone else made or can write could run their code. Else a new folder for this run."""
    folder = Path(tempfile.gettempdir()) / f"kg-numba-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.lstat()
        if (
            stat.S_ISDIR(st.st_mode)
            and st.st_uid == os.getuid()
            and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
            and _writable(folder)
        ):
            return folder
        return Path(tempfile.mkdtemp(prefix="kg-numba-"))
    except OSError:
        return None
