"""Every message a user can see comes from here, each with a stable code.

Modelled on ``spacy/errors.py``: a message template is a class attribute, and
reading it prefixes the code, so ``Errors.E001.format(path=p)`` gives
``"[E001] Input not found: ..."``. Raise :class:`KGError` for problems that stop
a command; record :class:`Skip` for one bad record that the rest survives.
"""

from __future__ import annotations

from dataclasses import dataclass


class _WithCodes(type):
    def __getattribute__(cls, name: str) -> object:
        """A message with its code in front; other attributes (``__dict__``...) as they are."""
        value: object = super().__getattribute__(name)
        if name.startswith("__"):
            return value
        return f"[{name}] {value}"


class Errors(metaclass=_WithCodes):
    # input files
    E001 = "Input not found: {path}"
    E002 = "Unknown input format {fmt!r} for {path}; choose one of: {choices}"
    E003 = "Could not detect the format of {path}; pass --format ({choices})"
    E004 = "No usable papers were read from {paths}: {reasons}"
    E005 = "{path} is a directory with no readable files: {reason}"
    # records (used as Skip reasons)
    E010 = "invalid JSON: {detail}"
    E011 = "record has no title"
    E012 = "record has no abstract"
    E013 = "not valid UTF-8 text: {detail}"
    E014 = "record is not an object but {kind}"
    E015 = "malformed {what}: {detail}"
    E016 = "invalid CSV: {detail}"
    E017 = "CSV has no {column!r} column (columns: {columns})"
    E018 = "no papers in this file"
    # extraction
    E020 = "Could not load the extraction pipeline from {path}: {detail}"
    E021 = "Unknown label {label!r}; expected one of {labels}"
    # graph and queries
    E030 = "No graph found in {path}; run `kg build` first"
    E031 = "No {kind} matches {name!r}{suggestions}"
    E032 = "No path between {a!r} and {b!r}"
    E033 = "Cannot compare the papers before and after {year}: {detail}"
    E034 = "Could not read the graph in {path}: {detail} (damaged, or built by another kg version: run kg build again)"
    E035 = "{name} must be {rule}, not {value!r}"
    E036 = "Mention {text!r} in paper {paper!r} links to {entity!r}, which has no entity record"
    # rdf and sparql
    E040 = "SPARQL query failed: {detail}"
    E041 = "No RDF data at {path}; run `kg build` or pass --data"
    E042 = "Unknown RDF format {fmt!r}; choose one of: {choices}"
    E043 = "Could not reach {url}: {detail}"
    E044 = "Could not load {path} as {fmt}: {detail}"
    E045 = "SPARQL syntax error at line {line}, column {column}: {detail}"
    E046 = "Could not start the oxigraph server: {detail}"
    E047 = "{url} refused the upload with HTTP {status}: {detail}"
    E048 = "Results of {kind} queries cannot be written as {fmt!r}; choose one of: {choices}"
    E049 = "Cannot convert {what} {value!r}: expected {expected}"
    # output
    E050 = "Could not write {path}: {detail}"
    E051 = "kg/data/{resource} is not a file on disk; install kg from a wheel or a checkout, not a zip"
    # evaluation
    E060 = "{path}:{line}: {detail}"
    # the command line
    E070 = "Could not write to standard output: {detail}"
    E071 = "Cannot write into {path}: it is a symbolic link to {target}, which does not exist"
    E072 = "Cannot write into {path}: it is {kind}, not a directory"
    E073 = "Cannot write into {path}: {detail}"
    E074 = "Could not read the extraction pipeline's description {path}: {detail}"
    E075 = (
        "No RDF data at {path}; run `kg build` first, or give the path of a Turtle, N-Triples or JSON-LD file"
    )
    # input files and records, read defensively (a file's reason follows its path)
    E080 = "not a regular file but {kind}: kg reads regular files and directories"
    E081 = "could not read it: {detail}"
    E082 = "not valid {encoding} text: {detail}"
    E083 = "{what} holds a lone surrogate ({char}), which is not text: the record is left out"
    E084 = "{what} {value} is outside {low}..{high}: left out, the paper kept"
    E085 = "{what} of {length:,} characters cut to its first {limit:,}: the paper kept"
    E086 = "{what} nested more than {limit} levels deep: left out"
    E087 = "same {key} as {first}, but another {fields}: the first record kept, this one left out"
    E088 = "a kg build's output folder (this build's, or one with a build's summary.json): not read as input"
    E089 = "its name is not valid UTF-8: rename it"
    # the build's output folder and extraction cache
    E090 = "Another kg build{holder} is writing to {path}; wait for it to finish or choose another --output"
    E091 = "Cannot write {path}: it is {kind}, not a regular file"
    E092 = "The extraction cache {path} cannot be used: {detail}; delete it or rerun with --no-cache"
    E093 = "The extraction cache {path} has a damaged row for paper {paper!r}: {detail}; delete it or rerun with --no-cache"
    # extraction on a Dask cluster
    E094 = "Cannot use the Dask scheduler at {address}: {detail}; check --scheduler, or build with --engine local"
    # SPARQL queries, the server and uploads, guarded
    E100 = "The SPARQL {what} is {size:,} characters long; kg accepts at most {limit:,}"
    E101 = "The SPARQL {what} nests deeper than {limit} levels at line {line}, column {column}; deeper nesting can crash the engine"
    E102 = "The SPARQL {what} uses {keyword} at line {line}, column {column}, which would fetch data from another server; kg works offline unless given --allow-service"
    E103 = (
        "The SPARQL query ran past the time limit of {timeout:g} s and was stopped; allow more with --timeout"
    )
    E104 = "The SPARQL engine crashed on this query ({cause}); simplify the query (less nesting, shorter chains of operators)"
    E105 = "{path} holds no RDF triples when read as {fmt}: it is not RDF data (kg build writes the graph's RDF to kg.ttl)"
    E106 = "Cannot serve SPARQL on {host}:{port}: {cause}"
    E107 = "Cannot push to {url}: {detail}"
    E108 = "This SPARQL server is read-only: start `kg serve` with --writable to accept {what}"
    E109 = "The SPARQL {what} cannot be read: {detail}"
    # RDF export
    E110 = "Unknown provenance {value!r} for the RDF export; choose one of: {choices}"


class KGError(Exception):
    """A problem a user can fix; the CLI prints the message without a traceback."""


@dataclass(frozen=True)
class Skip:
    """One input record that was left out, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
