"""Lengths a generative method reaches: "generates songs of up to 4 minutes", "videos of up to
240 frames" (guidelines, section 7: a length the method reaches is a result, one that fixes the
setting is not)."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence, clause_start

# what a method makes, and how long it may be, before the number: "can generate videos of up to"
_MADE_UP_TO = re.compile(
    r"(?i)\b(?:generat|synthesi[sz]|produc|render|edit|extend)\w*\b[^.;:,]{0,60}?"
    r"\b(video|clip|song|music|audio|speech|motion|stor(?:y|ies)|sequence)s?\s+"
    r"(?:of\s+)?(?:up\s+to|over|more\s+than|as\s+long\s+as)\s+\Z"
)
# units of a length in time or frames
_LENGTH_UNIT = re.compile(r"\s*(?:seconds?|s|minutes?|min|hours?|h|frames)\b")


def generated_length(s: Sentence, q: Quantity) -> MetricHit | None:
    """The length of what the method makes, when the number states how long it may be.

    >>> from kg.results.quantities import spot
    >>> t = "It generates songs of up to 4 minutes, trained on clips of up to 10 seconds."
    >>> [h and h.name for h in (generated_length(Sentence.of(t), q) for q in spot(t))]
    ['song length', None]
    """
    made = _MADE_UP_TO.search(s.text, clause_start(s.text, s.lo, q.lead), q.start)
    # the unit read with the number ("4 minutes") or right after it ("240 frames")
    if made is None or not (
        _LENGTH_UNIT.match(s.text, q.end, q.tail) or _LENGTH_UNIT.match(s.text, q.tail, s.hi)
    ):
        return None
    noun = made.group(1).lower()
    return MetricHit(f"{'story' if noun.startswith('stor') else noun} length", relative=False)


GENERATED_LENGTHS = frozenset(
    f"{noun} length"
    for noun in ("video", "clip", "song", "music", "audio", "speech", "motion", "story", "sequence")
)
