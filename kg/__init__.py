"""kg: knowledge graphs of machine-learning research abstracts.

``kg.load("outputs/")`` reads a finished build (:mod:`kg.api`); the stages are the packages
``kg.ingest``, ``kg.extract``, ``kg.link``, ``kg.graph``, ``kg.rdf`` and ``kg.views``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .numba_cache import ensure_numba_cache_dir

if TYPE_CHECKING:
    from .api import Build, load

# before anything imports numba (kg.graph.kernels), which reads NUMBA_CACHE_DIR only then
ensure_numba_cache_dir()

__version__ = "0.1.0"
__all__ = ["Build", "__version__", "load"]


def __getattr__(name: str) -> object:
    # `kg.load` pulls in the graph stack (numba, networkx); the CLI and every worker process
    # import `kg` first, so it is loaded only when asked for
    if name in ("Build", "load"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
