"""SPARQL queries on Oxigraph stores, in a child process of :func:`kg.rdf.sparql.query`,
which can stop it at a query's time limit and survives it if the engine crashes
(:mod:`~kg.rdf.query_process` runs it).

Run as a script it imports nothing of kg (nor, as it is started, Python's ``site``), which
keeps its start to the time of importing pyoxigraph. It reads requests on stdin and writes
answers on stdout, each a :func:`frame`: a request is JSON (``store``, ``query``,
``prefixes``, ``stack``, ``parent``); an answer is a JSON line, ``{"kind": ...}`` followed by
the result (SPARQL results JSON, or N-Triples for CONSTRUCT and DESCRIBE), or
``{"error": "syntax" | "evaluation", "detail": ...}``.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from typing import Any, cast

import pyoxigraph as ox

Answer = tuple[dict[str, str], bytes]


def answer(request: dict[str, Any]) -> Answer:
    """The header and payload for ``request``."""
    try:
        store = ox.Store.read_only(request["store"])
        result = store.query(request["query"], prefixes=request["prefixes"])
        # pyoxigraph returns bytes when given no output; its stubs say bytes | None
        if isinstance(result, ox.QuerySolutions):
            return {"kind": "select"}, cast(bytes, result.serialize(format=ox.QueryResultsFormat.JSON))
        if isinstance(result, ox.QueryBoolean):
            return {"kind": "ask"}, cast(bytes, result.serialize(format=ox.QueryResultsFormat.JSON))
        return {"kind": "graph"}, cast(bytes, result.serialize(format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as e:
        return {"error": "syntax", "detail": str(e)}, b""
    except (OSError, RuntimeError, ValueError) as e:
        return {"error": "evaluation", "detail": str(e)}, b""


def frame(message: bytes) -> bytes:
    """``message`` after its length in 8 bytes, as both ends of the pipes send it.

    >>> frame(b"ab")
    b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02ab'
    """
    return len(message).to_bytes(8, "big") + message


def end_with(parent: int) -> None:
    """Exit as soon as ``parent`` is no longer this process's parent: kg was killed, and
    nobody waits for the answer. (A check a fifth of a second, where a ``preexec_fn`` that
    asks Linux for a signal would make every start of this process 35 ms slower, measured.)"""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def main() -> None:
    # Ctrl-C reaches the whole process group: kg reports it, this process just ends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while len(size := source.read(8)) == 8:
        request = json.loads(source.read(int.from_bytes(size, "big")))
        if threading.active_count() == 1:
            threading.Thread(target=end_with, args=(request["parent"],), daemon=True).start()
        # The engine recurses as deep as a query nests: its thread gets the stack kg sized.
        threading.stack_size(request["stack"])
        outcome: list[Answer] = []
        thread = threading.Thread(target=lambda r=request, o=outcome: o.append(answer(r)))
        thread.start()
        thread.join()
        header, payload = outcome[0]
        sink.write(frame(json.dumps(header).encode("utf-8") + b"\n" + payload))
        sink.flush()


if __name__ == "__main__":
    main()
