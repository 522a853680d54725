"""The options that several `kg` commands share, with the limits of their values, and the
checks of what they say together (:func:`scheduler_address`).

Every count is at least one (typer refuses ``-n 0`` or ``-n -5`` with a usage error, exit
status 2); the settings that size work or memory also have a most (:data:`MAX_WORKERS`,
:data:`MAX_TOP_K`), so that a slip of the keyboard is refused at once rather than found out
when the machine runs out of memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import typer

from .errors import Errors, KGError

if TYPE_CHECKING:
    from .rdf.export import Provenance

InputsArg = typer.Argument(
    ..., help="Input files or directories (listing pages, JSONL, CSV, arXiv, Atom, OpenAlex, BibTeX)."
)
FormatOpt = typer.Option(None, "--format", "-f", help="Force the input format instead of detecting it.")
# More processes than this only add copies of the pipeline in memory, and 10**6 would fork
# until the machine gives out; more neighbours than this make the paper graph a dense matrix.
MAX_WORKERS, MAX_TOP_K = 256, 1000
WorkersOpt = typer.Option(
    1, "--workers", "-w", min=1, max=MAX_WORKERS, help="Processes for extraction (nlp.pipe n_process)."
)
EngineOpt = typer.Option(
    "local", "--engine", help="Where extraction runs: 'local' (this machine, --workers processes) or 'dask'."
)
SchedulerOpt = typer.Option(
    None, "--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786."
)
ModelOpt = typer.Option(
    None,
    "--model",
    help="A saved spaCy pipeline to extract with, or 'in-domain': the shipped one with the in-domain"
    " span conventions (shortest names, no generic phrases) instead of SciREX's.",
)
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or log messages.")
GraphOpt = typer.Option(Path("outputs"), "--graph", "-g", help="Directory written by `kg build`.")
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of a table.")
IncludeGenericOpt = typer.Option(
    False, "--include-generic", help="Rank generic entities too (fields, families: 'deep learning')."
)
PathGenericOpt = typer.Option(
    False, "--include-generic", help="Go through generic entities too (fields, families: 'deep learning')."
)
ProvenanceOpt = typer.Option(
    "pairs",
    "--provenance",
    help="How much the RDF holds: 'pairs', compact (one kg:Evidence per paper and entity, "
    "nothing SPARQL can count or join; ~140 triples a paper), 'full', the same evidence with every "
    "stored statistic, SKOS-XL alias, typed link and shared-entity list (~3x), or 'mentions', "
    "full with a W3C Web Annotation per mention instead (~4.8x).",
)


def checked_provenance(value: str) -> Provenance:
    """``value`` as the form of the RDF export's evidence, refused (E110) before any work."""
    from .rdf.export import PROVENANCE  # not at start-up: it loads the RDF libraries

    if value not in PROVENANCE:
        raise KGError(Errors.E110.format(value=value, choices=", ".join(PROVENANCE)))
    return cast("Provenance", value)


def limit_opt(default: int, help: str) -> Any:  # typer.Option's type, which mypy reads as the value's
    """``-n, --limit``: how many rows a query shows, at least one (any more is fine: a query
    shows what there is)."""
    return typer.Option(default, "--limit", "-n", min=1, help=help)


def scheduler_address(engine: str, scheduler: str | None) -> str | None:
    """The Dask scheduler address to extract on, or None to extract here."""
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"{engine!r} is not one of 'local', 'dask'", param_hint="--engine")
    if engine == "dask" and not scheduler:
        raise typer.BadParameter("--engine dask needs --scheduler ADDRESS", param_hint="--scheduler")
    return scheduler if engine == "dask" else None
