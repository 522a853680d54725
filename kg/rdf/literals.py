"""Typed literals as the export writes them, as pyoxigraph terms.

Each is written as rdflib would write it, so that a graph read back and written again
gives the same file:

>>> double(1e-05).value, year(987).value
('1e-05', '0987')
"""

from __future__ import annotations

import re
from datetime import datetime

import pyoxigraph as ox

from ..errors import Errors, KGError
from ..graph.files import portable_text
from .terms import OX_XSD

_DATE_TYPES = tuple(
    (re.compile(pattern, re.ASCII), datatype)  # ASCII: "\\d" takes any script's digits
    for pattern, datatype in (
        (r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", OX_XSD.date),
        (r"\d{4}-(0[1-9]|1[0-2])", OX_XSD.gYearMonth),
        (r"\d{4}", OX_XSD.gYear),
    )
)


_DECIMAL = re.compile(
    r"(?P<sign>[+-])?(?P<whole>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<fraction>\d+))?(?<=\d)", re.ASCII
)


def text(value: str) -> ox.Literal:
    """A string, with the characters that some readers refuse replaced by U+FFFD
    (:func:`~kg.graph.files.portable_text`).

    >>> text("a\\uffffb").value
    'a\\ufffdb'
    """
    return ox.Literal(portable_text(value))


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=OX_XSD.boolean)


def decimal(written: str) -> ox.Literal | None:
    """A number as written in an abstract as an ``xsd:decimal``, or ``None`` when it does not
    read as one: a range, a suffix ("1M") or words are left to the text that keeps them.

    >>> decimal("84.1").value, decimal("1,024").value, decimal("\u22122.5").value, decimal(".5").value
    ('84.1', '1024', '-2.5', '0.5')
    >>> decimal("2-3") is None and decimal("1M") is None and decimal("1,02") is None
    True
    """
    # U+2212 is the minus sign of typeset text; thousands separators only in groups of three
    match = _DECIMAL.fullmatch(written.strip().replace("\u2212", "-"))
    if match is None:
        return None
    sign, whole, fraction = match.group("sign") or "", match.group("whole") or "0", match.group("fraction")
    lexical = f"{sign}{whole.replace(',', '')}{'.' + fraction if fraction else ''}"
    return ox.Literal(lexical, datatype=OX_XSD.decimal)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=OX_XSD.integer)


def double(value: float) -> ox.Literal:
    """A double written as Python (and rdflib) writes it: ``1e-05``, where Oxigraph would
    write ``0.00001``.

    >>> double(1e-05).value
    '1e-05'
    """
    return ox.Literal(repr(float(value)), datatype=OX_XSD.double)


def year(value: int) -> ox.Literal:
    """
    >>> year(987)
    <Literal value=0987 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
    >>> year(-44).value
    '-0044'
    """
    sign = "-" if value < 0 else ""  # "-0044": the sign is not one of the four digits
    return ox.Literal(f"{sign}{abs(int(value)):04d}", datatype=OX_XSD.gYear)


def date_literal(value: str) -> ox.Literal:
    """Type a date as precisely as its lexical form allows, and leave anything else a string.

    >>> date_literal("2023-05").datatype == OX_XSD.gYearMonth
    True
    >>> date_literal("May 2023").datatype == OX_XSD.string
    True
    """
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return ox.Literal(value, datatype=datatype)
    return text(value)


def datetime_literal(value: str) -> ox.Literal:
    """
    >>> datetime_literal("2024-05-01T09:30:00+00:00")
    <Literal value=2024-05-01T09:30:00+00:00 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#dateTime>>
    """
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise KGError(
            Errors.E049.format(what="activity time", value=value, expected="an ISO 8601 date and time")
        ) from e
    return ox.Literal(parsed.isoformat(), datatype=OX_XSD.dateTime)
