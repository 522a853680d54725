"""Counts a verb brings down: the levels of "lowers the number of falls from 7 to 0" are results
in that count, whose name is the "number of" phrase ("the number of LLM calls per question")."""

from __future__ import annotations

import re

from .hits import MetricHit, of_phrase
from .quantities import Quantity
from .text import Sentence, phrase_after

# verbs that bring a count down, whose levels are results ("cuts the number of LLM calls per question
# from 12 to 3"); raising one is often the setting varied ("increasing the number of shots from 4")
_LOWERS = re.compile(r"(?i)(?:reduc|lower|cut|decreas)\w*")
# the way from the count to its levels, and what it is counted per
_FROM_LEVEL = re.compile(r"[^.;,]*?\s+from\s+(?:[\d,]+\s+to\s+)?")
_PER_ITEM = re.compile(r"\s+per\s+[a-z][\w-]*")


def count_lowered(s: Sentence, verbs: list[re.Match[str]], q: Quantity) -> MetricHit | None:
    """The count a verb brings down from or to ``q``: "lowers the number of falls over a 2 km
    test from 7 to 0" (not the noun "falls" a verb's pattern also reads).

    >>> from kg.results.quantities import spot
    >>> from kg.results.vocabulary import CHANGE_VERB
    >>> t = "it cuts the number of LLM calls per question from 12 to 3"
    >>> s, q = Sentence.of(t), spot(t)[0]
    >>> count_lowered(s, list(CHANGE_VERB.finditer(t, 0, q.lead)), q).name
    'number of LLM calls per question'
    """
    lowering = next((v for v in reversed(verbs) if _LOWERS.fullmatch(v.group())), None)
    span = phrase_after(s.text, lowering.end(), q.lead) if lowering else None
    counted = of_phrase(s, span) if span else None
    if counted is None or counted == span:
        return None
    per = _PER_ITEM.match(s.text, counted[1], q.lead)  # "the number of LLM calls per question"
    counted = (counted[0], per.end()) if per else counted
    if not _FROM_LEVEL.fullmatch(s.text, counted[1], q.lead):
        return None
    return MetricHit(s.text[counted[0] : counted[1]], *counted)
