"""Gaps to a reference: the size of a gap kept "within" one ("within 1.1% of the BF16 loss" →
loss gap) and the share of a gap a method closes ("closes 89% of the gap to GPT-4o" → gap to
GPT-4o closed). Both are named as gaps, not as the measure (guidelines, section 8)."""

from __future__ import annotations

import re

from .hits import MetricHit
from .text import Sentence, phrase_after
from .vocabulary import is_metric_word

# a measure named with its reference: "the BF16 loss", "the full-precision accuracy"
_REFERENCE_MEASURE = re.compile(
    r"(?i)(?:(?:FP|BF|INT)\d+|full-precision|dense|uncompressed|original|unpruned)\s+([\w@-]+(?:\s+[\w@-]+)?)"
)
# a verb of closing right before the share: "closes over 90% of", "Closes 89% of"
_CLOSES = re.compile(r"(?i)\b(?:clos|bridg|narrow)(?:es|ed|ing|e|s)?\s+\Z")
# the gap and its reference: "the gap to GPT-4o", "the gap between LoRA and full fine-tuning"
_GAP = re.compile(r"(?i)\s*(?:the\s+)?(?:remaining\s+)?gap\s+(?:to|with|between\s+[^,.;]{1,60}?\s+and)\s+")


def kept_within(s: Sentence, span: tuple[int, int]) -> MetricHit | None:
    """The gap in a measure named with its reference after "within N% of" ("the BF16 loss").

    >>> t = "within 1.1% of the BF16 loss"
    >>> kept_within(Sentence.of(t), (t.index("BF16"), len(t))).name
    'loss gap'
    """
    m = _REFERENCE_MEASURE.fullmatch(s.text, *span)
    if m is None or not is_metric_word(
        m.group(1).split()[-1]
    ):  # not "dense attention", "the unpruned teacher"
        return None
    return MetricHit(f"{m.group(1)} gap", span[0] + m.start(1) - m.start(), span[1], relative=True)


def closed(s: Sentence, lead: int, pos: int) -> MetricHit | None:
    """The gap to a reference a share closes, the share's number leading at ``lead`` and its
    "of" ending at ``pos``; the reference of a gap "between A and B" is B.

    >>> t = "it closes over 90% of the gap between LoRA and full fine-tuning while training less"
    >>> closed(Sentence.of(t), t.index("over"), t.index("of ") + 3).name
    'gap to full fine-tuning closed'
    >>> t = "A Model That Closes 89% of the Gap to GPT-4o"
    >>> closed(Sentence.of(t), t.index("89"), t.index("of ") + 3).name
    'gap to GPT-4o closed'
    """
    gap = _GAP.match(s.text, pos, s.hi) if _CLOSES.search(s.text, max(s.lo, lead - 12), lead) else None
    reference = phrase_after(s.text, gap.end(), s.hi) if gap else None
    if reference is None:
        return None
    return MetricHit(f"gap to {s.text[reference[0] : reference[1]]} closed", pos, reference[1], relative=True)
