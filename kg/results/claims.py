"""What a title claims a method needs: "in 4 Sampling Steps", "with Only 4K Training Problems",
"Pruning 90% of Visual Tokens", "An Image is Worth 48 Tokens". A count the method needs, stated
as what it achieves, is a result (results guidelines, section 8); a title states it as its
claim, so that the words an abstract's setup would be read as ("with 32 calibration images")
are the measure there.
"""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence

# what is counted, in a title's capitals, with up to two words before it: "Calibration Images",
# "Tokens of Continual Pre-training"
_COUNTED = re.compile(
    r"\s*(?:of\s+(?:the\s+)?)?((?:(?!(?:Fewer|More|Less)\b)[A-Z][\w-]*\s+){0,2}?"
    r"(?:Tokens|Steps|Images|Problems|Examples|Samples|Traces|Rows|Parameters|Faces|Labels|Demonstrations|Queries"
    r"|Facts)"
    r"(?:\s+of\s+(?:Continual|Continued)\s+Pre-?[Tt]raining)?"
    r"|Seconds|Minutes|Hours|GPU[- ](?:Days|Hours))\b(?!\s+per\b)"
)
# what a claim follows: "in", "with (only)", "to", "into", "Worth", "Pruning", "under", "up to"
_CLAIMED = re.compile(
    r"(?i)(?:\b(?:in|with|to|into|worth|prun(?:e|es|ing)|dropping|under|at)\s+(?:only\s+|less\s+than\s+|up\s+to\s+|nearly\s+)?"
    r"|\b(?:only|less\s+than|under)\s+)\Z"
)
_TIME = re.compile(r"Seconds|Minutes|Hours")
# what a method's capacity counts
_CAPACITY = re.compile(r"(?:Rows|Faces|Facts)$")


def title_count(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure of a count a title claims, or None: what it counts, in small letters (a
    duration is "time", GPU-days "compute").

    >>> from kg.results.quantities import spot
    >>> def claims(t):
    ...     return [getattr(title_count(Sentence("title", t, 0, len(t), []), q), "name", None) for q in spot(t)]
    >>> claims("FlowVoice: Zero-Shot Text-to-Speech in 4 Sampling Steps with Only 1K Distilled Traces")
    ['sampling steps', 'distilled traces']
    >>> claims("Training 2-bit LLMs in 10 GPU-Days"), claims("Stretching RoPE to 256K Tokens")
    (['compute'], ['context length'])
    >>> claims("Scaling Text-to-Image Models to 20B Parameters"), claims("Running 70B LLMs at 5 Tokens per Second")
    ([None], [None, None])
    >>> claims("Scaling In-Context Learning to 100K Training Rows"), claims("Detection at 1M Parameters")
    (['training rows'], ['parameters'])
    >>> claims("Scaling MIM to 2 Billion Uncurated Images"), claims("Prune 88.9% Visual Tokens")
    ([None], ['visual tokens'])
    """
    if s.field != "title" or q.unit not in ("", "%", "s") or q.is_range:
        return None
    counted = _COUNTED.match(s.text, q.tail if q.unit == "%" else q.end)
    claimed = _CLAIMED.search(s.text, max(0, q.lead - 24), q.lead) if counted else None
    if counted is None or claimed is None:
        return None
    what = counted.group(1)
    if claimed.group().lower().startswith("to"):  # "Stretching RoPE to 256K Tokens", not "to 20B Parameters"
        # (the size a model or its data is scaled to is a setting, "to 2 Billion Uncurated Images";
        # what a method handles, its capacity, is reached: "to 100K Training Rows", "to 10K Faces")
        if what == "Tokens":
            return MetricHit("context length")
        return MetricHit(what.lower(), counted.start(1), counted.end(1)) if _CAPACITY.search(what) else None
    if claimed.group().lower().startswith("at") and what != "Parameters":
        return None  # a size it is run at is a claim only for its parameters: "Change Detection at 1M Parameters"
    if what.startswith("GPU"):
        return MetricHit("compute")
    if _TIME.fullmatch(what):
        return MetricHit("time")
    return MetricHit(what.lower(), counted.start(1), counted.end(1))
