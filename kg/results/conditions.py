"""Numbers in the condition a sentence opens with ("With 320 ms chunks,", "Keeping only 20% of the
KV cache,", "At compression rates of 8x to 12x,"): the setting its results are read under, not
results (guidelines, sections 7 and 8)."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence

# a condition a sentence opens with, up to its comma, decimals included ("At a bitrate of 0.6 kbps,");
# a ratio there is the condition's only when named a rate, ratio or factor
# (an opening with no comma of its own ends before a subject: "With 4-bit quantization it generates
# 140 tokens per second on a laptop CPU, making ...")
_CONDITION = re.compile(
    r"\s*(?:With|Using|Keeping|Given|Under|At)\b(?:(?!\b(?:it|we|they)\b)(?:[^,;.]|\.(?=\d))){0,120}?,"
)
_RATE_OF = re.compile(r"(?i)\b(?:rates?|ratios?|factors?)\s+of\s+\Z")
_PARAMETERS = re.compile(r"\s+(?:(?:trainable|total)\s+)?param(?:eter)?s\b")
_STEPS = re.compile(r"\s+(?:[\w-]+\s+)?(?:steps|iterations|NFEs?|function\s+evaluations)\b")


def is_condition(s: Sentence, q: Quantity) -> bool:
    """A number in the condition a sentence opens with: "With 320 ms chunks, X reduces WER",
    "Keeping only 20% of the KV cache, X stays within"; not a comparison ("With 3x fewer
    parameters, it matches").

    >>> from kg.results.quantities import spot
    >>> t = "Keeping only 20% of the KV cache, it stays within 0.5 points"
    >>> s = Sentence.of(t)
    >>> [is_condition(s, q) for q in spot(t)]
    [True, False]
    >>> t = "With 3x fewer parameters, it matches X"
    >>> is_condition(Sentence.of(t), spot(t)[0])
    False
    >>> t = "With 4-bit weights it generates 140 tokens per second on a CPU, making it practical"
    >>> is_condition(Sentence.of(t), spot(t)[0])
    False
    """
    opening = _CONDITION.match(s.text, s.lo, s.hi)
    # a ratio is a comparison ("With 3x fewer parameters,") unless the condition sets it ("At
    # compression rates of 8x to 12x,")
    if (
        opening is None
        or q.tail > opening.end()
        or (q.unit == "x" and not _RATE_OF.search(s.text, s.lo, q.lead))
    ):
        return False
    # the steps a method needs, framed with "only" (guidelines, section 8): "With only 4 sampling steps,"
    if re.search(r"(?i)\bonly\s+\Z", s.text[s.lo : q.lead]) and _STEPS.match(s.text, q.tail, s.hi):
        return False
    # ... and the size of a compact model, its outcome: "With only 4.8M parameters, PocketKIE is"
    # (a model of billions is the setting: "With 7B parameters, ClickSure achieves")
    if compact_size(s, q):
        return False
    return not re.match(
        r"\s*(?:fewer|less|more|lower|higher|faster|smaller|larger|better)\b", s.text[q.tail : q.tail + 12]
    )


def compact_size(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` counts a model's parameters in thousands or millions: "4.8M parameters"
    (billions describe a model however few).

    >>> from kg.results.quantities import spot
    >>> t = "With 4.8M parameters it beats a 7B model with 7B parameters"
    >>> [compact_size(Sentence.of(t), q) for q in spot(t)]
    [True, False, False]
    """
    return q.magnitude in ("K", "M") and _PARAMETERS.match(s.text, q.tail, s.hi) is not None
