"""A build's outputs as one transaction: the output folder is locked, every output is written
into a new generation folder, and one rename makes that generation the current one.

An output folder ``out`` holds::

    out/kg.ttl -> .kg/current/kg.ttl      a link per output, the same from build to build
    out/.kg/current -> gen-XXXXXXXX       the commit: switched by one rename
    out/.kg/gen-XXXXXXXX/                 one build's outputs and their manifest.json
    out/.kg/lock                          locked (fcntl) by the build writing to ``out``
    out/cache.sqlite                      the extraction cache, which no generation owns

So ``out/kg.ttl`` and its siblings always come from one whole build: a build stopped at any
moment (an error, a full disk, ``kill -9``) leaves the previous generation current, and the
next build removes what it left. Links rather than outputs renamed into place one by one,
because a build killed between two of those renames would leave a folder of two builds.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import Errors, KGError
from .io import checkpoint, umask, write_json
from .preflight import writable_dir

STATE = ".kg"
CURRENT = "current"
LOCK = "lock"
MANIFEST = "manifest.json"
# a temporary file of kg.io.atomic_open, or a link not yet renamed into place
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder ``out`` for one build, then remove what killed builds left there.

    ``out`` is vetted first as every command vets its output folder
    (:func:`kg.preflight.writable_dir`), so that a build called from Python, which no command
    line checked, stops with the same coded error (E071-E073) before it makes any folder.

    A second build into the same folder fails at once with E090 rather than waiting: two
    builds into one folder are a mistake (two terminals, a script started twice), and after
    waiting the second would only overwrite the first. The kernel releases the lock when the
    process ends, however it ends, so a killed build never leaves the folder locked.
    """
    writable_dir(out)
    state = out / STATE
    try:
        state.mkdir(parents=True, exist_ok=True)
        fd = os.open(state / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise KGError(Errors.E050.format(path=state / LOCK, detail=e.strerror or e)) from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KGError(Errors.E090.format(path=out, holder=_holder(fd))) from None
        except OSError as e:
            raise KGError(Errors.E050.format(path=state / LOCK, detail=e.strerror or e)) from e
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        remove_leftovers(out)
        yield
    finally:
        os.close(fd)


def _holder(fd: int) -> str:
    """`` (process N)`` for the build holding the lock, from the lock file it wrote."""
    pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return f" (process {pid})" if pid.isdigit() else ""


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A new, empty generation folder in ``out`` to write the outputs into; removed again if
    the block fails before :func:`commit` made it current."""
    try:
        gen = Path(tempfile.mkdtemp(dir=out / STATE, prefix="gen-"))
        # mkdtemp makes it 0700; the outputs are shared as other files are, under the umask
        os.chmod(gen, 0o777 & ~umask())
    except OSError as e:
        raise KGError(Errors.E050.format(path=out / STATE, detail=e.strerror or e)) from e
    try:
        yield gen
    except BaseException:
        if _current(out / STATE) != gen.name:
            shutil.rmtree(gen, ignore_errors=True)
        raise


def commit(out: Path, gen: Path, fingerprint: str) -> None:
    """Make the generation ``gen`` the current one of ``out``: write its manifest (the
    fingerprint of its inputs and the hash of every file, by path), link each of its files and
    folders into ``out``, switch ``current`` to it in one rename, then remove the previous
    generation."""
    names = sorted(p.name for p in gen.iterdir())
    files = {p.relative_to(gen).as_posix(): file_hash(p) for p in sorted(gen.rglob("*")) if p.is_file()}
    write_json(gen / MANIFEST, {"fingerprint": fingerprint, "files": files})
    _sync(gen)
    checkpoint("staged")
    # The links name ``current``, so while it still names the previous generation a new
    # link shows that generation's file; only a first build's links dangle for that moment.
    for name in names:
        link = f"{STATE}/{CURRENT}/{name}"
        if _readlink(out / name) != link:
            _replace_with_link(out / name, link)
    checkpoint("linked")
    _replace_with_link(out / STATE / CURRENT, gen.name)
    _sync(out / STATE)
    checkpoint("switched")
    remove_leftovers(out)


def unchanged(out: Path, fingerprint: str) -> bool:
    """Whether ``out`` holds a whole build made from ``fingerprint`` whose files are all as its
    manifest lists them: none edited, replaced or removed since."""
    try:
        manifest = json.loads((out / STATE / CURRENT / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        return (
            manifest["fingerprint"] == fingerprint
            and bool(files)
            and all(file_hash(out / name) == digest for name, digest in files.items())
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def remove_leftovers(out: Path) -> None:
    """Remove what killed builds left in ``out``: generations that never became current (or
    are current no more), links and temporary files not renamed into place."""
    state = out / STATE
    keep = {LOCK, CURRENT, _current(state)}
    with contextlib.suppress(OSError), os.scandir(state) as entries:
        for entry in entries:
            if entry.name not in keep:
                _remove(entry)
    with contextlib.suppress(OSError), os.scandir(out) as entries:
        for entry in entries:
            temporary = _TEMPORARY.fullmatch(entry.name)
            # only beside one of this folder's outputs: other files' are not ours to remove
            if temporary and _readlink(out / temporary["name"]) == f"{STATE}/{CURRENT}/{temporary['name']}":
                _remove(entry)


def file_hash(path: Path) -> str:
    """The SHA-256 of the file at ``path``, in hex."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _current(state: Path) -> str | None:
    return _readlink(state / CURRENT)


def _readlink(path: Path) -> str | None:
    """Where the link ``path`` points, or None when it is not a link."""
    try:
        return os.readlink(path)
    except OSError:
        return None


def _replace_with_link(path: Path, target: str) -> None:
    """Make ``path`` a link to ``target`` in one rename, whatever it was before (a folder,
    which no rename replaces, is first moved into the state folder, to go with the leftovers)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        if path.is_dir() and not path.is_symlink():
            path.rename(path.parent / STATE / tmp.name)
        os.symlink(target, tmp)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KGError(Errors.E050.format(path=path, detail=e.strerror or e)) from e


def _remove(entry: os.DirEntry[str]) -> None:
    if entry.is_dir(follow_symlinks=False):
        shutil.rmtree(entry.path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _sync(folder: Path) -> None:
    """Flush a folder's entries to disk: the generation's names before ``current`` names it,
    and the switch itself."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
