"""The ``oxigraph serve`` process behind kg's SPARQL server (:mod:`~kg.rdf.proxy`), on a
loopback port of its own: :class:`Engine` starts it, restarts it after a crash or a runaway
query, and stops it.
"""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from ..errors import Errors, KGError
from .child import die_with_parent, engine_environment

log = logging.getLogger("kg")

_PORT_ATTEMPTS = 3  # another program may take the free port found before oxigraph binds it


class Engine:
    """One ``oxigraph serve`` (``serve-read-only`` unless ``writable``) on ``location``.

    A thread of its own starts every process, as Linux ties a child's death signal to the
    thread that forked it (:func:`~kg.rdf.child.die_with_parent`); it lives until
    :meth:`stop`. :attr:`generation` counts the processes started, so that the many requests
    that see one crash ask for one restart.
    """

    def __init__(
        self, program: str, location: Path, log_file: Path, *, writable: bool, timeout: float | None
    ) -> None:
        self.program, self.location, self.log_file = program, location, log_file
        self.writable, self.timeout = writable, timeout
        self.generation = 0
        self.url = ""
        self.process: subprocess.Popen[bytes] | None = None
        self.failure: KGError | None = None
        self._wait = 60.0  # seconds a new process has to answer; start() sets it
        self._restarts: queue.Queue[int | None] = queue.Queue()
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="kg-oxigraph", daemon=True)

    def start(self, wait: float) -> None:
        """Start the first process and return once it answers (E046 if it does not within
        ``wait`` seconds)."""
        self._wait = wait
        self._thread.start()
        with self._changed:
            self._changed.wait_for(lambda: self.generation > 0 or self.failure is not None)
        if self.failure is not None:
            raise self.failure

    def restart(self, generation: int, reason: str) -> None:
        """Replace process ``generation`` (unless that is done already) and wait for the new
        one; ``reason`` is logged."""
        with self._changed:
            if self.generation != generation or self.failure is not None:
                return
            log.warning("%s (restarting the SPARQL engine)", reason)
            self._restarts.put(generation)
            self._changed.wait_for(lambda: self.generation > generation or self.failure is not None)

    def exit_cause(self, generation: int, wait: float = 0.0) -> str | None:
        """How process ``generation`` ended (``was killed by SIGSEGV``...), waiting up to
        ``wait`` seconds for it to end; None while it runs, or once it has been replaced."""
        process = self.process
        if self.generation != generation or process is None:
            return None
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=wait)
        return _exit_cause(process)

    def wait_for_failure(self) -> KGError:
        """Block until the engine cannot be restarted; the reason."""
        with self._changed:
            self._changed.wait_for(lambda: self.failure is not None)
            assert self.failure is not None
            return self.failure

    def stop(self) -> None:
        """Stop the process and the thread that watches it."""
        self._restarts.put(None)
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            self._replace()
            while (generation := self._restarts.get()) is not None:
                if generation == self.generation:
                    self._replace()
        except KGError as e:
            with self._changed:
                self.failure = e
                self._changed.notify_all()
        finally:
            self._end()

    def _replace(self) -> None:
        """End the current process, if any, and start the next generation."""
        self._end()
        for _ in range(_PORT_ATTEMPTS):
            port = _free_port()
            process = self._spawn(port)
            if _wait_until_ready(process, f"http://127.0.0.1:{port}", self._wait):
                with self._changed:
                    self.process, self.url = process, f"http://127.0.0.1:{port}"
                    self.generation += 1
                    self._changed.notify_all()
                return
            if "Address already in use" not in last_error(self.log_file):
                break
        cause = _exit_cause(process)
        if cause is None:
            process.kill()
            process.wait()
            cause = f"did not answer within {self._wait:g} s"
        raise KGError(Errors.E046.format(detail=f"it {cause}: {last_error(self.log_file)}"))

    def _spawn(self, port: int) -> subprocess.Popen[bytes]:
        command = [
            self.program,
            "serve" if self.writable else "serve-read-only",
            "--location",
            str(self.location),
            "--bind",
            f"127.0.0.1:{port}",
        ]
        if self.timeout is not None:  # oxigraph takes whole seconds
            command += ["--timeout-s", str(max(1, math.ceil(self.timeout)))]
        with self.log_file.open("ab") as out:
            try:
                return subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env=engine_environment(),
                    preexec_fn=die_with_parent(),
                )
            except OSError as e:  # the program went away since kg found it
                raise KGError(Errors.E046.format(detail=f"{self.program}: {e.strerror or e}")) from e

    def _end(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _exit_cause(process: subprocess.Popen[bytes]) -> str | None:
    """How ``process`` ended (``was killed by SIGSEGV``, ``exited with code 1``), None
    while it runs."""
    code = process.poll()
    if code is None:
        return None
    return f"was killed by {signal.Signals(-code).name}" if code < 0 else f"exited with code {code}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, wait: float) -> bool:
    """Whether ``process`` answers a query at ``url`` within ``wait`` seconds."""
    probe = f"{url}/query?{urllib.parse.urlencode({'query': 'ASK {}'})}"
    # The server is local: a proxy from the environment must not stand in between.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError), opener.open(probe, timeout=1):
            return True
        time.sleep(0.05)
    return False


def last_error(log_file: Path) -> str:
    """The cause in oxigraph's log, on one line: its ``Error: ...`` line, else the last."""
    lines = log_file.read_bytes()[-4000:].decode("utf-8", errors="replace").strip().splitlines()
    errors = [line.removeprefix("Error: ") for line in lines if line.startswith("Error: ")]
    return (errors or lines or ["no output"])[-1].strip()
