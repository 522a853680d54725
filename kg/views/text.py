"""The text the pages show: shortened titles, counted nouns, year spans, links to papers."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from ..schema import PaperAttrs


def shorten(text: str, limit: int) -> str:
    """``text`` with its spaces collapsed, cut at a word boundary to at most ``limit``
    characters, an ellipsis marking the cut (a cut within the word if it is the first).

    >>> shorten("Attention  is all\\nyou need", 16)
    'Attention is…'
    >>> shorten("Supercalifragilistic", 6), shorten("short", 6)
    ('Super…', 'short')
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head[: head.rfind(" ")] if " " in head else head[: limit - 1]
    return cut.rstrip(" ,;:.-") + "…"


def plural(n: int, noun: str) -> str:
    """``n`` and ``noun``, in the plural unless ``n`` is 1.

    >>> plural(1, "paper"), plural(3000, "paper"), plural(2, "entity")
    ('1 paper', '3,000 papers', '2 entities')
    """
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {noun[:-1]}ies" if noun.endswith("y") else f"{n:,} {noun}s"


def source_url(paper: PaperAttrs) -> str | None:
    """Where a paper can be read: its ``url`` when that is a web address, else one made from
    its arXiv id, DOI or OpenAlex id; None when none is known.

    >>> source_url({"url": "javascript:alert(1)", "identifiers": {"arxiv": "1706.03762"}})
    'https://arxiv.org/abs/1706.03762'
    >>> source_url({"url": None, "identifiers": {"doi": "10.18653/v1/n19-1423"}})
    'https://doi.org/10.18653/v1/n19-1423'
    >>> source_url({"url": "", "identifiers": {}}) is None
    True
    """
    url = paper.get("url") or ""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    ids = paper.get("identifiers") or {}
    for kind, prefix in (
        ("arxiv", "https://arxiv.org/abs/"),
        ("doi", "https://doi.org/"),
        ("openalex", "https://openalex.org/"),
    ):
        if ids.get(kind):
            return prefix + quote(ids[kind], safe="/.;:()-_")
    return None


def year_span(first: int | None, last: int | None) -> str:
    """The years from ``first`` to ``last``, as the pages write them.

    >>> year_span(2019, 2023), year_span(2020, 2020), year_span(None, None)
    ('2019–2023', '2020', 'year unknown')
    """
    if first is None:
        return "year unknown"
    return str(first) if first == last else f"{first}–{last}"
