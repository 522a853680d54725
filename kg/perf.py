"""Running the stages over millions of records without Python's collector, or a library's
look-ups, in the way."""

from __future__ import annotations

import contextlib
import functools
import gc
from typing import Iterator

import srsly


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, for a stage that allocates millions of
    containers and no reference cycles: every full collection walks the whole heap (every
    mention of the corpus) and frees nothing. At 100k papers, building and saving the graph
    took 57 s of CPU with it running and 47 s with it paused (the collections that come once
    it runs again included); linking spent 4.1 s of 26 s in it (``gc.callbacks``).

    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def msgpack_codecs_frozen() -> Iterator[None]:
    """Look srsly's msgpack codecs up once, not on every message.

    spaCy's ``nlp.pipe(n_process=N)`` sends each document back from its worker as msgpack,
    and every (de)serialisation asks catalogue for the codecs: a scan of every registered
    function and of every installed package's entry points. That was 6 scans a document in
    the parent alone: extracting 1,500 abstracts with 2 workers took 7.7 s of the parent's
    CPU with them and 2.2 s without, and ran at 72 rather than 100 abstracts/s. Worker
    processes forked inside the block inherit the frozen codecs; a codec registered
    meanwhile is not seen until the block ends.

    >>> with msgpack_codecs_frozen():
    ...     srsly.msgpack_loads(srsly.msgpack_dumps({"a": [1, 2]}))
    {'a': [1, 2]}
    """
    registries = [r for r in (srsly.msgpack_encoders, srsly.msgpack_decoders) if "get_all" not in vars(r)]
    for registry in registries:  # an instance attribute shadows the method
        registry.get_all = functools.partial(dict, registry.get_all())
    try:
        yield
    finally:
        for registry in registries:
            del registry.get_all
