"""The child processes kg runs a SPARQL engine in (``oxigraph`` and the query worker): they
end with kg, and they get the stack the engine needs.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable

from .query_guard import ENGINE_STACK

_PR_SET_PDEATHSIG = 1


def _prctl() -> Callable[..., int] | None:
    """Linux's ``prctl``, looked up once here: a child between fork and exec must not load
    libraries."""
    if not sys.platform.startswith("linux"):
        return None
    prctl: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    return prctl


_PRCTL = _prctl()


def die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that has Linux send the child SIGKILL when the thread starting it
    ends, even by SIGKILL, so that no engine outlives kg (None elsewhere).

    The signal follows the *thread* that forks: start a long-lived child from a thread that
    lives as long as it does.
    """
    if _PRCTL is None:
        return None
    prctl, parent = _PRCTL, os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the call above
            os._exit(1)

    return preexec


def engine_environment() -> dict[str, str]:
    """This process's environment for an engine: Rust threads get :data:`ENGINE_STACK`
    (``RUST_MIN_STACK``; measured: the server's request threads otherwise have 2 MiB), and
    errors come as one message, without a backtrace."""
    return {**os.environ, "RUST_MIN_STACK": str(ENGINE_STACK), "RUST_BACKTRACE": "0"}
