"""The corpus's abbreviation dictionary: a short form one paper defines links the papers that
only use it.

Extraction finds each paper's definitions ("Long Range Arena (LRA)", following Schwartz &
Hearst, see :mod:`kg.extract.abbreviation`); pooled over the corpus they resolve the short
form wherever it means one thing, as a paper that writes only "LRA" still means the
benchmark. A short form defined two ways ("RL": reinforcement or representation learning)
is left alone.

A. S. Schwartz and M. A. Hearst, "A simple algorithm for identifying abbreviation
definitions in biomedical text", Pacific Symposium on Biocomputing, 2003.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..records import ExtractedPaper
from .normalize import normalize


def abbreviation_dictionary(docs: Iterable[ExtractedPaper], min_share: float = 0.75) -> dict[str, str]:
    """Short-form key → long form, across the corpus, kept only where the short form means
    one thing (one long form, or one that holds at least ``min_share`` of its definitions);
    the long form is its most used spelling, so that it resolves as the long form itself
    would.

    >>> from kg.records import Paper
    >>> d = [ExtractedPaper(Paper(str(i), "", ""), [], [("abstract", "LRA", long)])
    ...      for i, long in enumerate(["Long Range Arena", "long range arena", "Long Range Arena"])]
    >>> d.append(ExtractedPaper(Paper("x", "", ""), [], [("abstract", "RL", "reinforcement learning")]))
    >>> d.append(ExtractedPaper(Paper("y", "", ""), [], [("abstract", "RL", "representation learning")]))
    >>> abbreviation_dictionary(d)
    {'lra': 'Long Range Arena'}
    """
    defs: dict[str, Counter[str]] = defaultdict(Counter)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for _, short, long in doc.abbreviations:
            defs[short_key(short)][normalize(long)] += 1
            spellings[normalize(long)][long] += 1
    out = {}
    for short, longs in defs.items():
        (best, n), total = longs.most_common(1)[0], sum(longs.values())
        if n / total >= min_share and best != short:
            out[short] = spellings[best].most_common(1)[0][0]
    return out


def short_key(text: str) -> str:
    """The key of a short form, its plural "s" dropped after capitals: "NNs" is the plural
    of NN, not the NNS ("nearest neighbor search") another paper defines.

    >>> short_key("NNs"), short_key("NNS"), short_key("LLMs"), short_key("NeRFs")
    ('nn', 'nns', 'llm', 'nerf')
    """
    if len(text) > 2 and text.endswith("s") and text[:-1].isupper():
        return normalize(text[:-1])
    return normalize(text)


def is_short_form(text: str) -> bool:
    """Whether ``text`` looks like an abbreviation: one short word with two capitals or more.

    >>> is_short_form("LRA"), is_short_form("ResNet"), is_short_form("Long Range Arena"), is_short_form("BLEU")
    (True, True, False, True)
    """
    return len(text) <= 8 and " " not in text and sum(c.isupper() for c in text) >= 2
