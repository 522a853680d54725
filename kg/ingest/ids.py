"""Stable paper ids and the identifiers they come from.

A paper's id is the strongest identifier known for it, so the same paper read from
different sources (an arXiv snapshot, an OpenAlex page, a BibTeX file) gets the same id:
``arxiv:<id without version>``, else ``doi:<lowercased doi>``, else ``openalex:W…``, else
``title:<first 16 hex digits of the SHA-1 of the normalised title>``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

_ARXIV = re.compile(
    r"""
    (?:arxiv:\s*
      | https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/
      | (?:https?://(?:dx\.)?doi\.org/)?10\.48550/arxiv\.   # arXiv's own DOIs
    )?
    (?P<id>\d{4}\.\d{4,5}                                    # 2101.00001 (since 2007)
      | [a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?/\d{7})             # math.GT/0309136 (before)
    (?:v\d+)?(?:\.pdf)?/?
""",
    re.IGNORECASE | re.VERBOSE,
)
_DOI = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(?P<id>10\.\d{4,9}/\S+)", re.IGNORECASE)
_OPENALEX = re.compile(r"(?:https?://openalex\.org/)?(?P<id>W\d+)", re.IGNORECASE)
ID_KINDS = ("arxiv", "doi", "openalex")


def _match(pattern: re.Pattern[str], value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = pattern.fullmatch(value.strip())
    return m["id"] if m else None


def normalize_arxiv(value: object) -> str | None:
    """The arXiv id in an id, ``arXiv:`` reference, abs/pdf URL or arXiv DOI, without version.

    >>> normalize_arxiv("http://arxiv.org/abs/2101.00001v2")
    '2101.00001'
    >>> normalize_arxiv("https://doi.org/10.48550/arXiv.1706.03762")
    '1706.03762'
    >>> normalize_arxiv("math/0409123v1"), normalize_arxiv("10.1000/xyz")
    ('math/0409123', None)
    """
    return _match(_ARXIV, value)


def normalize_doi(value: object) -> str | None:
    """A DOI in lower case, from its bare, ``doi:`` or URL form (DOIs are case-insensitive).

    >>> normalize_doi("https://doi.org/10.1145/3292500.3330701")
    '10.1145/3292500.3330701'
    >>> normalize_doi("DOI: 10.18653/V1/N19-1423"), normalize_doi("not a doi")
    ('10.18653/v1/n19-1423', None)
    """
    found = _match(_DOI, value)
    return found.lower() if found else None


def normalize_openalex(value: object) -> str | None:
    """An OpenAlex work id (``W…``) from its bare or URL form.

    >>> normalize_openalex("https://openalex.org/W2741809807")
    'W2741809807'
    """
    found = _match(_OPENALEX, value)
    return found.upper() if found else None


def make_identifiers(*, arxiv: object = None, doi: object = None, openalex: object = None) -> dict[str, str]:
    """The normalised identifiers that are known; an arXiv DOI also gives the arXiv id.

    >>> make_identifiers(doi="https://doi.org/10.48550/arXiv.1706.03762", openalex=None)
    {'arxiv': '1706.03762', 'doi': '10.48550/arxiv.1706.03762'}
    """
    found = {
        "arxiv": normalize_arxiv(arxiv) or normalize_arxiv(doi),
        "doi": normalize_doi(doi),
        "openalex": normalize_openalex(openalex),
    }
    return {kind: value for kind, value in found.items() if value}


def normalize_title(title: str) -> str:
    """Casefolded words of a title: what duplicate titles have in common.

    >>> normalize_title("Attention Is All You Need!")
    'attention is all you need'
    >>> normalize_title("  attention is  all-you_need ")
    'attention is all you need'
    """
    return re.sub(r"[\W_]+", " ", title.casefold()).strip()


def paper_id(identifiers: Mapping[str, str], title: str) -> str:
    """The stable id of a paper (see the module docstring).

    >>> paper_id({"doi": "10.1/x", "arxiv": "2101.00001"}, "T")
    'arxiv:2101.00001'
    >>> paper_id({}, "Attention is all you need") == paper_id({}, "ATTENTION IS ALL YOU NEED.")
    True
    """
    for kind in ID_KINDS:
        if identifiers.get(kind):
            return f"{kind}:{identifiers[kind]}"
    digest = hashlib.sha1(normalize_title(title).encode("utf-8")).hexdigest()
    return f"title:{digest[:16]}"
