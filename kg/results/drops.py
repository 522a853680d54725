"""A drop the number states without a measure of its own ("less than 1% average drop"): the
drop of the quality measure the clause names before it."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence, clause_start
from .vocabulary import is_efficiency, singular

# a drop the number states, with no measure of its own: "less than 1% average drop", "(avg. 0.3 drop)"
# (not one that names it after: "a 4% drop in object recall")
_DROP_AFTER = re.compile(
    r"(?i)\s*(?:%\s*)?(?:average\s+|avg\.?\s+)?(?:drop|degradation|decline)\b(?!\s+(?:in|of)\s)"
)
_DROP_BEFORE = re.compile(r"(?i)\((?:avg\.?|average)\s+\Z")
# what drops, named before in the clause: "the full-cache performance", "VBench scores", "accuracy loss"
_DROPPING = re.compile(r"(?i)\b(performance|scores?|accuracy|quality)(\s+(?:loss|drop|degradation))?\b")


def dropped(s: Sentence, q: Quantity) -> MetricHit | None:
    """The drop of the quality measure named before a number that only says it drops ("keeps
    almost the full-cache performance, with less than 1% average drop": performance drop;
    "with negligible accuracy loss on RULER (avg. 0.3 drop)": accuracy loss).

    >>> from kg.results.quantities import spot
    >>> t = "with VBench scores almost the same as the dense model (less than 0.3% drop)"
    >>> [dropped(Sentence.of(t), q).name for q in spot(t)]
    ['score drop']
    """
    after = s.text[q.end : q.tail + 30]
    if not _DROP_AFTER.match(after) and not (
        _DROP_BEFORE.search(s.text, max(s.lo, q.lead - 12), q.lead) and re.match(r"\s*drop\b", after)
    ):
        return None
    before = [m for m in s.mentions if m.label == "METRIC" and m.end <= q.lead and not is_efficiency(m.text)]
    if before:  # "losing only 0.4% top-1 accuracy ..., compared with a 1.9% drop for ToMe"
        return MetricHit(
            before[-1].text, before[-1].start, before[-1].end, before[-1].entity or None, relative=True
        )
    lo = s.lo if "(" in s.text[s.lo : q.lead] else clause_start(s.text, s.lo, q.lead)
    named = list(_DROPPING.finditer(s.text, lo, q.lead))
    if not named:
        return None
    word = singular(named[-1].group(1).lower())
    return MetricHit(named[-1].group(0) if named[-1].group(2) else f"{word} drop", relative=True)
