"""The child process that answers :func:`kg.rdf.sparql.query`'s queries
(:mod:`~kg.rdf.query_worker`): :func:`ask` sends it one, and stops it at the time limit.

One process answers query after query (starting one takes 0.1 s, which a notebook or a test
asking many queries would pay each time); a query that outruns its limit, or crashes the
engine, takes the process with it, and the next query starts another.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from ..errors import Errors, KGError
from . import query_worker

# The worker starts without `site` (-S), whose import of this environment's path hooks took
# 70 of its 120 ms (measured): it is given the one directory it imports from, pyoxigraph's.
_COMMAND = [
    sys.executable,
    "-S",
    "-P",  # nor does the script's directory (kg/rdf) go on sys.path, to shadow modules
    "-c",
    "import runpy, sys; sys.path.append(sys.argv[1]); runpy.run_path(sys.argv[2], run_name='__main__')",
    str(Path(ox.__file__).parents[1]),
    str(Path(query_worker.__file__)),
]


class QueryProcess:
    """One running worker, owned by the process that started it."""

    def __init__(self) -> None:
        try:
            self.process = subprocess.Popen(
                _COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
            )
        except OSError as e:
            raise KGError(Errors.E040.format(detail=f"the query process did not start: {e}")) from e
        self.owner = os.getpid()
        self._output = selectors.DefaultSelector()
        assert self.process.stdout is not None  # stdout=PIPE
        self._output.register(self.process.stdout.fileno(), selectors.EVENT_READ)

    def ask(self, request: bytes, timeout: float | None) -> bytes:
        """The worker's answer to ``request``.

        Raises
        ------
        TimeoutError
            After ``timeout`` seconds (None: never).
        EOFError
            When the worker ends without answering.
        """
        stdin = self.process.stdin
        assert stdin is not None  # stdin=PIPE
        try:
            stdin.write(query_worker.frame(request))
            stdin.flush()
        except OSError as e:  # BrokenPipeError: it has ended
            raise EOFError from e
        deadline = None if timeout is None else time.monotonic() + timeout
        size = int.from_bytes(self._read(8, deadline), "big")
        return self._read(size, deadline)

    def _read(self, size: int, deadline: float | None) -> bytes:
        # os.read on the descriptor, unbuffered, so that the selector sees every byte waiting
        chunks, stdout = [], self.process.stdout
        assert stdout is not None  # stdout=PIPE
        while size > 0:
            wait = None if deadline is None else deadline - time.monotonic()
            if (wait is not None and wait <= 0) or not self._output.select(wait):
                raise TimeoutError
            chunk = os.read(stdout.fileno(), min(size, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def end(self) -> int:
        """Stop the worker; its exit status (negative: the signal that ended it)."""
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        try:
            code = self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        self._output.close()
        if self.process.stdout is not None:
            self.process.stdout.close()
        return code


_idle: QueryProcess | None = None
_lock = threading.Lock()


def ask(request: bytes, timeout: float | None) -> bytes:
    """Send ``request`` to the idle worker (or a new one) and return its answer.

    Raises
    ------
    KGError
        E103 at the time limit, E104 when the engine crashes, E040 when the worker fails.
    """
    global _idle
    with _lock:
        worker, _idle = _idle, None
    if worker is None or worker.owner != os.getpid() or worker.process.poll() is not None:
        worker = QueryProcess()  # a forked child must not share its parent's pipes
    try:
        answer = worker.ask(request, timeout)
    except TimeoutError:
        worker.process.kill()
        worker.end()
        raise KGError(Errors.E103.format(timeout=timeout)) from None
    except EOFError:
        code = worker.end()
        if code < 0:
            raise KGError(Errors.E104.format(cause=f"killed by {signal.Signals(-code).name}")) from None
        raise KGError(Errors.E040.format(detail=f"the query process exited with code {code}")) from None
    except BaseException:  # Ctrl-C in a notebook reaches kg alone: the query must not run on
        worker.process.kill()
        worker.end()
        raise
    with _lock:
        if _idle is None:
            _idle, worker = worker, None
    if worker is not None:
        worker.end()
    return answer


@atexit.register
def _end_idle() -> None:
    if _idle is not None and _idle.owner == os.getpid():
        _idle.end()
