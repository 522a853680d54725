"""A rate, fraction or share named with what it is of: "the rate of mistranslated named entities
drops by 27%" is the rate of mistranslated named entities, "reduces the rate of unsupported claims
by 37%" too."""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .hits import MetricHit, of_complement
from .text import Sentence
from .vocabulary import CHANGE_VERB, MOVE_VERB

# a measure that is nothing without what it is of: "the rate of unsupported claims", "the fraction of"
BARE_RATE = re.compile(r"(?i)(?:(?:the|its|their)\s+)?(rate|ratio|fraction|share|proportion|percentage)")


def name_rates(s: Sentence, cands: list[Candidate]) -> None:
    """Give the candidates whose measure is a bare rate the rate of what follows it
    (:func:`rate_of_what`)."""
    for c in cands:
        c.hit = rate_of_what(s, c.hit)


def rate_of_what(s: Sentence, hit: MetricHit) -> MetricHit:
    """A bare rate, fraction or share named in the text, with what it is of: "the rate of
    mistranslated named entities drops by 27%" is the rate of mistranslated named entities.

    >>> t = "the rate of mistranslated named entities drops by 27%"
    >>> rate_of_what(Sentence.of(t), MetricHit("rate", 4, 8)).name
    'rate of mistranslated named entities'
    """
    if hit.start < 0 or not BARE_RATE.fullmatch(s.text, hit.start, hit.end):
        return hit
    if re.match(r"\s+of\s+[\d.~≈]", s.text[hit.end : hit.end + 12]):  # "at a rate of 24.1%": its level
        return hit
    more = of_what(s, hit.end)
    if more is None:
        return hit
    verb = re.search(r"\s+(\w+)\Z", s.text[hit.end : more])  # not the verb after it: "... entities drops"
    if verb and (MOVE_VERB.fullmatch(verb.group(1)) or CHANGE_VERB.fullmatch(verb.group(1))):
        more = hit.end + verb.start()
    return replace(hit, name=s.text[hit.start : more], end=more)


def of_what(s: Sentence, end: int) -> int | None:
    """The end of the "of" complement right after ``end``, if any."""
    more = of_complement(s, end)
    if more is None:
        return None
    # past a participle that begins the next phrase: "the rate of hallucinated findings judged by"
    last = re.search(r"\s+\w+ed\Z", s.text[more[0] : more[1]])
    return more[0] + last.start() if last and last.start() > 0 else more[1]
