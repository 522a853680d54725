"""A factor a verb of change gives with "by" left out: "reduces memory 3x", "Uplink communication
is reduced 5x" (the change of what the verb moves, as "by 3x" would be)."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence, clause_start
from .vocabulary import CHANGE_VERB, is_change_verb

# at most three words of an object between a verb of change and its factor, no preposition
_BARE_OBJECT = re.compile(
    r"(?:\s+(?!(?:by|to|from|at|of|in|on|with|than|for|over|per)\b)[A-Za-z][\w-]*){0,3}\s+"
)


def factor_after_verb(s: Sentence, q: Quantity) -> bool:
    """Whether a factor follows a verb of change and its object, "by" left out: "reduces memory
    3x", "Uplink communication is reduced 5x".

    >>> from kg.results.quantities import spot
    >>> t = "it reduces memory 3x and, at 4 GPUs, trains 2x; compression ratios reach x1500"
    >>> [factor_after_verb(Sentence.of(t), q) for q in spot(t) if q.unit == "x"]
    [True, False, False]
    """
    lo = clause_start(s.text, s.lo, q.lead)
    verbs = list(CHANGE_VERB.finditer(s.text, lo, q.lead))
    # a verb, not the noun of its change: "compression ratios up to x1500"
    if not verbs or not is_change_verb(verbs[-1].group()):
        return False
    return _BARE_OBJECT.fullmatch(s.text, verbs[-1].end(), q.lead) is not None
