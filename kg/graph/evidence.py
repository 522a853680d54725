"""The sentence of a paper that shows a mention: :func:`mention_evidence`, the evidence
that the CLI, the API and the site's pages show for an entity's papers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Mention
from ..schema import PaperAttrs


@dataclass
class Evidence:
    """The sentence of a paper's title or abstract that holds a mention, which is
    ``text[start:end]``; a sentence too long to show is cut around it, ``…`` marking the cuts."""

    field: str
    text: str
    start: int
    end: int


# the end of a sentence: its stop, closing quotes or brackets, space, and what can start one
# (a capital, a digit, an opening quote or bracket), so "e.g. the" goes on
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"'“‘(\[])")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[int, int, str, str]:
    """The sentence of ``text`` that holds ``text[start:end]``, as its bounds and the marks of
    a cut: a sentence over ``limit`` characters is cut to about ``limit`` around the span.

    >>> text = "We use e.g. BERT here. Then ResNet-50 on ImageNet! Done."
    >>> a, b, _, _ = sentence_around(text, 7, 11)
    >>> text[a:b]
    'We use e.g. BERT here.'
    >>> a, b, _, _ = sentence_around(text, 28, 37)
    >>> text[a:b]
    'Then ResNet-50 on ImageNet!'
    >>> a, b, before, after = sentence_around("a " * 300 + "BERT" + " b" * 300, 600, 604, 40)
    >>> before, b - a <= 40, after
    ('…', True, '…')
    """
    begin = 0
    # up to start + 1: the look-ahead must see the sentence's first character
    for found in _SENTENCE_END.finditer(text, 0, min(start + 1, len(text))):
        begin = found.end()
    following = _SENTENCE_END.search(text, end)
    stop = following.start() + len(following.group().rstrip()) if following else len(text)
    stop = max(end, len(text[:stop].rstrip()))
    if stop - begin <= limit:
        return begin, stop, "", ""
    room = max(limit - (end - start), 0) // 2
    a, b = max(begin, start - room), min(stop, end + room)
    # whole words: cut at the space nearest each end, within the room given
    a = text.find(" ", a, start) + 1 if a > begin and " " in text[a:start] else a
    b = text.rfind(" ", end, b) if b < stop and " " in text[end:b] else b
    return a, b, "…" if a > begin else "", "…" if b < stop else ""


def mention_evidence(p: PaperAttrs, mentions: list[Mention]) -> Evidence | None:
    """:func:`kg.graph.query.evidence` of the first of ``mentions`` (title first, then by offset) in the
    paper ``p``."""
    mention = min(mentions, key=lambda m: (m.field != "title", m.start))
    text = p["title"] if mention.field == "title" else p.get("abstract") or ""
    if text[mention.start : mention.end] != mention.text:
        return None
    a, b, before, after = sentence_around(text, mention.start, mention.end)
    return Evidence(
        mention.field,
        before + text[a:b] + after,
        mention.start - a + len(before),
        mention.end - a + len(before),
    )
