"""Field checks and conversions shared by the readers: text, authors, years, dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..errors import Errors
from .clean import clean_text

# bytes that were not UTF-8, as `errors="surrogateescape"` decoding leaves them
_UNDECODED = re.compile("[\udc80-\udcff]")
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?")
_WRITTEN_DATES = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")


class BadRecord(ValueError):
    """One record cannot become a paper; the message is its Skip reason, from ``Errors``."""


def check_decoded(text: str) -> None:
    """Raise :class:`BadRecord` where ``text`` holds bytes that were not valid UTF-8.

    >>> check_decoded(b"caf\\xc3\\xa9".decode("utf-8", "surrogateescape"))
    >>> check_decoded(b"caf\\xe9".decode("utf-8", "surrogateescape"))
    Traceback (most recent call last):
    kg.ingest.fields.BadRecord: [E013] not valid UTF-8 text: byte 0xe9 at column 4
    """
    m = _UNDECODED.search(text)
    if m:
        byte = ord(m[0]) - 0xDC00
        raise BadRecord(Errors.E013.format(detail=f"byte 0x{byte:02x} at column {m.start() + 1}"))


def required_text(value: object, missing: str, what: str) -> str:
    """``value`` itself if it is text with a non-space character, else :class:`BadRecord`.

    ``missing`` is the reason given when the value is absent or blank.

    >>> required_text("  kept as is ", Errors.E011, "title")
    '  kept as is '
    >>> required_text(42, Errors.E011, "title")
    Traceback (most recent call last):
    kg.ingest.fields.BadRecord: [E015] malformed title: expected text, got int 42
    """
    if isinstance(value, str) and value.strip():
        return value
    if value is None or isinstance(value, str):
        raise BadRecord(missing)
    raise BadRecord(
        Errors.E015.format(what=what, detail=f"expected text, got {type(value).__name__} {value!r}")
    )


def required_clean_text(value: object, missing: str, what: str) -> str:
    """:func:`required_text` of the cleaned text, for the formats whose text is not kept exactly.

    >>> required_clean_text(" Deep &amp;\\n Wide ", Errors.E011, "title")
    'Deep & Wide'
    >>> required_clean_text("{}", Errors.E011, "title")
    Traceback (most recent call last):
    kg.ingest.fields.BadRecord: [E011] record has no title
    """
    return required_text(clean_text(required_text(value, missing, what)), missing, what)


def optional_text(value: object, what: str, clean: bool = False) -> str:
    """Text that a record may lack, "" when it does: a paper known by its title alone (a
    BibTeX entry, a metadata record without an abstract) is still a paper to extract from.

    >>> optional_text(None, "abstract"), optional_text(" ", "abstract"), optional_text("a &amp; b", "abstract", clean=True)
    ('', '', 'a & b')
    >>> optional_text(["x"], "abstract")
    Traceback (most recent call last):
    kg.ingest.fields.BadRecord: [E015] malformed abstract: expected text, got list ['x']
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    text = required_text(value, "", what)
    return clean_text(text) if clean else text


def split_authors(value: object) -> list[str]:
    """Author names from a list, or from one string joined by ``;`` or else by ``and``.

    >>> split_authors("Ada Lovelace; Alan Turing")
    ['Ada Lovelace', 'Alan Turing']
    >>> split_authors("Ada Lovelace and Alan Turing"), split_authors(["Grace Hopper "]), split_authors(None)
    (['Ada Lovelace', 'Alan Turing'], ['Grace Hopper'], [])
    """
    if isinstance(value, str):
        names = value.split(";") if ";" in value else re.split(r"\s+and\s+", value)
    elif isinstance(value, list):
        names = [str(name) for name in value if name is not None]
    else:
        names = []
    return [name.strip() for name in names if name.strip()]


def parse_year(value: object) -> int | None:
    """The year of an int, a year string or an ISO date; None when there is none.

    >>> parse_year(2019), parse_year("2019"), parse_year("2023-05-22"), parse_year("n.d.")
    (2019, 2019, 2023, None)
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    m = re.match(r"\s*(\d{4})\b", value) if isinstance(value, str) else None
    return int(m[1]) if m else None


def iso_date(value: object) -> str | None:
    """An ISO 8601 date, as precise as the value gives it; None when it is not a date.

    Reads ISO dates and timestamps (the time is dropped), RFC 2822 dates (arXiv versions)
    and written dates such as ``May 22, 2023``.

    >>> iso_date("2023-05-22T10:00:00Z"), iso_date("2023-05"), iso_date("May 22, 2023")
    ('2023-05-22', '2023-05', '2023-05-22')
    >>> iso_date("Mon, 2 Apr 2007 19:18:42 GMT"), iso_date("2023-13-01"), iso_date("soon")
    ('2007-04-02', None, None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = _ISO.fullmatch(text)
    if m:
        parts = [int(p) for p in m.groups() if p]
        try:
            date(*parts, *[1] * (3 - len(parts)))
        except ValueError:
            return None
        return "-".join(p for p in m.groups() if p)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError):
        pass
    for written in _WRITTEN_DATES:
        try:
            return datetime.strptime(text, written).date().isoformat()
        except ValueError:
            pass
    return None
