"""Checks on SPARQL text before Oxigraph sees it, shared by ``kg sparql`` and ``kg serve``.

:func:`check` refuses a query (or update) that is too long, nested too deep, or that would
reach another server (``SERVICE``; ``LOAD`` in updates) unless that is allowed;
:func:`with_prefixes` declares kg's prefixes in front of a query, as the embedded engine is
told them.

Oxigraph parses, optimises and evaluates a query by recursion, so the stack bounds what it
survives. Measured with oxigraph 0.5.13 on the 2 MiB stacks of the server's request threads
(the process aborts past these): 2,246 nested braces (4.5 KB of text), 928 nested ``CONCAT(``,
and among flat chains 2,636 ``MINUS {}`` (18 KB), 8,202 objects in ``?s ?p 1, 1, ...``
(16 KB), 9,375 ``!`` in a row (9 KB) -- at worst about 220 bytes of stack per byte of query.
kg runs the engine on stacks of :data:`ENGINE_STACK` (256 MiB, where 16 times each of those
queries ran), caps nesting at :data:`MAX_DEPTH` and the text at :data:`MAX_QUERY_CHARS`, which
at 220 bytes a byte needs under half that stack. A crash that gets through anyway is reported
as such (E104), never taken for a failure to start.
"""

from __future__ import annotations

import re

from ..errors import Errors, KGError
from .namespaces import PREFIXES

MAX_QUERY_CHARS = 512 * 1024
"""The longest query or update accepted, in characters."""
MAX_DEPTH = 128
"""The deepest nesting of ``{}``, ``()`` and ``[]`` accepted; kg's saved queries reach 4."""
ENGINE_STACK = 256 * 1024 * 1024
"""Bytes of stack for each thread that runs a query (a reservation of address space: only
what a query uses is ever touched)."""

# The terminals of the SPARQL 1.1 grammar that can hide a keyword or a bracket (strings, IRIs,
# comments, variables, blank node labels) are read exactly as Oxigraph reads them. Any other
# run of name characters is one token, a prefixed name if a colon follows: never less text than
# Oxigraph takes for a name, and every pattern is possessive, so the scan stays linear.
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_CHARS = _BASE + r"_\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_VARNAME = _BASE + r"_0-9\u00b7\u0300-\u036f\u203f-\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_TOKEN = re.compile(
    rf"""
    (?P<space>[ \t\r\n!^|/*+=&;,]++)
    | (?P<comment>\#[^\r\n]*+)
    | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*+'''
        | \"\"\"(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*+\"\"\"
        | '(?:[^'\\\r\n]|{_ECHAR}|{_UCHAR})*+'
        | "(?:[^"\\\r\n]|{_ECHAR}|{_UCHAR})*+")
    | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*+>)
    | (?P<var>[?$][{_VARNAME}]++)
    | (?P<bnode>_:(?:[{_CHARS}.]|{_PLX})++)
    | (?P<name>(?=[{_CHARS}.:\u0080-\U0010ffff])
        (?P<head>[{_CHARS}.\u0080-\U0010ffff]*+)(?::(?:[{_CHARS}.:]|{_PLX})*+)?)
    | (?P<open>[{{(\[])
    | (?P<close>[}})\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_OUTBOUND = re.compile("SERVICE", re.IGNORECASE)
_OUTBOUND_UPDATE = re.compile("SERVICE|LOAD", re.IGNORECASE)


def check(text: str, *, allow_service: bool = False, update: bool = False) -> None:
    """Refuse ``text`` before it reaches the engine if it is too long, nested too deep, or
    reaches out to another server while ``allow_service`` is False.

    Oxigraph reads keywords without looking at what comes before them (``1SERVICE <x> {}``
    calls ``<x>``), so any word outside strings, IRIs, comments, variables and prefixed
    names' local parts that holds ``SERVICE`` (or ``LOAD`` in an ``update``) is refused.

    Raises
    ------
    KGError
        E109 (not text), E100 (too long), E101 (too deep) or E102 (SERVICE or LOAD).

    Examples
    --------
    >>> check("SELECT ?service WHERE { ?service a schema:Service }")
    >>> check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: [E102] The SPARQL query uses SERVICE at line 1, column 18, which would fetch data from another server; kg works offline unless given --allow-service
    """
    what = "update" if update else "query"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise KGError(Errors.E109.format(what=what, detail=f"character {e.start + 1} is not text")) from e
    if len(text) > MAX_QUERY_CHARS:
        raise KGError(Errors.E100.format(what=what, size=len(text), limit=MAX_QUERY_CHARS))
    outbound = None if allow_service else _OUTBOUND_UPDATE if update else _OUTBOUND
    depth, pos = 0, 0
    while pos < len(text):
        token = _TOKEN.match(text, pos)
        assert token is not None  # the last alternative matches any character
        kind, pos = token.lastgroup, token.end()
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _position(text, token.start())
                raise KGError(Errors.E101.format(what=what, line=line, column=column, limit=MAX_DEPTH))
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif outbound is not None and kind == "name":
            # a word, or a prefixed name's prefix, that holds a keyword may be read as one
            # (`trueSERVICE:x` is `true SERVICE :x`); a local part is never split
            found = outbound.search(token["head"])
            if found:
                line, column = _position(text, token.start() + found.start())
                raise KGError(
                    Errors.E102.format(what=what, keyword=found[0].upper(), line=line, column=column)
                )


def _position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


PREFIX_LINE = "".join(f"PREFIX {name}: <{iri}> " for name, iri in PREFIXES.items()).rstrip() + "\n"
"""kg's prefixes (:data:`~kg.rdf.namespaces.PREFIXES`) declared on one line."""
_ERROR_AT = re.compile(r"^error at (\d+):")


def with_prefixes(text: str) -> str:
    """``text`` after a line declaring kg's prefixes: a query's own declarations, later, win.

    >>> with_prefixes("ASK { ?p a kg:Paper }").endswith("\\nASK { ?p a kg:Paper }")
    True
    """
    return PREFIX_LINE + text


def unshift_error(message: str) -> str:
    """Oxigraph's ``error at LINE:COLUMN`` in a query given :func:`with_prefixes`, with the
    line counted in the text as written.

    >>> unshift_error("error at 3:7: expected '}'")
    "error at 2:7: expected '}'"
    """
    return _ERROR_AT.sub(lambda m: f"error at {max(int(m[1]) - 1, 1)}:", message, count=1)
