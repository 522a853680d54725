"""The measure of the object a verb of change moves to or from a level: a measure ("improves
CLIP-I from 0.908 to 0.935"), a benchmark's score ("improves MMLU from 31.8% to 37.5%"), a
system's accuracy ("improves DeepSeek-R1 from 72.6% to 76.9%"); none for a size the
architecture sets ("pushing the depth to 16-19 weight layers")."""

from __future__ import annotations

import re

from .hits import MetricHit, named, phrase_hit
from .quantities import Quantity
from .text import TITLE_CASE, Sentence, phrase_after
from .vocabulary import EFFICIENCY, SYSTEM_NOUNS, is_metric_word, singular

# speculative decoding's length, which a method raises: "increases the average acceptance length to 5.2"
ACCEPTED = re.compile(r"(?i)\baccept\w*\s+length")
# a bracketed part after a benchmark's name: "Video-MME (long) accuracy"
_PAST_ASIDE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
# a system named with its size: "Pushing a 1.5B Reasoner to 38.6%"
_SIZED = re.compile(r"\d[\d.]*[KMBT]\b")
# the levels a benchmark moves between, or a second one's after them: "MMLU from 31.8% to 37.5%",
# "MMLU from 52.7 to 55.1 and GSM8K from 31.4 to 35.9"
_LEVEL = r"[\d.,]+\s*%?"
_MOVED_LEVELS = re.compile(
    rf"\s+from\s+(?:{_LEVEL}\s+to\s+{_LEVEL}(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.+-]*(?:\s+[\w.+-]+)?\s+from\s+)?"
    rf"(?:{_LEVEL}\s+to\s+)?"
)


# what lies between a measure and its moved level: a cut-off it is taken at ("the enrichment factor
# at 1% from 18.4"), what it is of ("Jain's fairness index of per-tenant service from 0.71") or
# where it is taken ("sensitivity for the rare types from 48.7%", "tokens per word in Amharic from")
_CUT_OR_OF = r"\s+at\s+(?:top[-\s])?[\d.]+\s*%|\s+of\s+(?!the\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
_TAKEN_ON = r"\s+(?:for|on|in|among)\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*"
_MOVED_PAST = re.compile(rf"(?:{_CUT_OR_OF}|{_TAKEN_ON})?\s+from\s+|(?:{_CUT_OR_OF})?\s+to\s+")


def object_moved(s: Sentence, q: Quantity, span: tuple[int, int]) -> MetricHit | None:
    """The measure of the object at ``span`` a verb of change moves to or from ``q``'s level:
    a measure, a benchmark's score, a system's accuracy; none for a size the architecture sets."""
    hit = named(s, span)
    benchmark = s.text[span[0] : span[1]].lower().endswith(("benchmark", "dataset"))
    if hit is None and (benchmark or s.mention_at(span[0], span[1], ("DATASET",))):
        # "improves Video-MME (long) accuracy by 3.2 points, from 53.9%": the measure after it
        # "improves MMLU from 31.8% to 37.5%": the benchmark's levels, its score
        moved_levels = _MOVED_LEVELS.fullmatch(s.text, span[1], q.lead) is not None
        past = _PAST_ASIDE.match(s.text, span[1], q.lead)
        after = phrase_after(s.text, past.end(), q.lead) if past else None
        # levels written as shares are its accuracy, as a share reached on a benchmark is
        # ("improves MMLU from 52.4% to 56.9%"; reached.scored)
        bare = ("accuracy" if q.unit == "%" else "score") if moved_levels else "performance"
        return (named(s, after) if after else None) or MetricHit(bare)
    moved = _MOVED_PAST.fullmatch(s.text, span[1], q.lead) is not None
    last = s.text[span[0] : span[1]].split()[-1]
    if hit is None and s.field == "title" and TITLE_CASE.fullmatch(s.text, span[0], span[1]):
        return None  # a title's task, pushed to a level: "Pushing Open Multimodal Reasoning to 71.3"
    if (
        hit is None
        and moved
        and s.mention_at(span[0], span[1], ("MODEL", "METHOD"))
        and not is_metric_word(last)
    ):
        # "improves DeepSeek-R1 from 72.6% to 76.9%": a system's share is its accuracy
        return MetricHit("accuracy") if q.unit == "%" else None
    # "improves CLIP-I from 0.908 to 0.935": what moves is a measure; a sized thing is a system
    # ("Pushing a 1.5B Reasoner to 38.6%")
    if hit is None and moved and last.lower() not in SYSTEM_NOUNS and not _SIZED.match(s.text, span[0]):
        # levels "from A to B" are levels, not changes ("the enrichment factor from 18.4 to 24.9")
        hit = phrase_hit(s, span, relative=re.search(r"\bfrom\b", s.text[span[1] : q.lead]) is None)
    # "raises the mean accepted length from 4.1 to 4.8 tokens" (a context's lengths are lengths.py's)
    raised = re.fullmatch(r"\s+from\s+", s.text[span[1] : q.lead]) is not None and not q.magnitude
    if (
        hit is not None
        and singular((hit.name or "").split()[-1]) in EFFICIENCY
        and not ACCEPTED.search(hit.name or "")
    ):
        if not raised:
            return None  # "pushing the depth to 16-19 weight layers" sets the architecture
        hit.relative = False  # levels
    return hit
