"""What a selection keeps: the share or count of tokens, cache or data a method runs at is its
operating point, not a result ("keeping only the top 2%", "while keeping only 10% of the KV
cache", "keeps only 64 out of 576 tokens"), and so is the share of a model's or an input's parts a
method removes, keeps or processes ("removes 25% of the experts", "retains 25% of the visual tokens");
a share of a cost the method needs is one ("using only 25% of parameters")."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence

_KEPT_TOP = re.compile(r"(?i)\b(?:keep|kept|select|retain|sampl)\w*\s+(?:only\s+)?(?:the\s+)?top\s+\Z")
# a subset named by its rank: "the top 10% of documents", "the 20% least confident answers", "the
# 5% hardest scenarios"
_RANKED_BEFORE = re.compile(r"(?i)\b(?:top|bottom|least-used|most-used)\s+\Z")
_RANKED_AFTER = re.compile(
    r"\s+(?:most|least)\s+[a-z]|\s+(?:hard|easi|low|high|larg|small|long|short|weak|strong|b|wor)est\b"
)
_KEPT_ONLY = re.compile(
    r"(?i)\b(?:keep(?:s|ing)?|kept|stor(?:es|ing|e)|attend(?:s|ing)?\s+to|us(?:es|ing)|with)\s+only\s+(?:about\s+)?\Z"
)
# ... of what is kept, not of a measure or a cost the method needs
_OF_WHAT_IS_KEPT = re.compile(
    r"(?i)\s+of\s+(?!(?:the\s+|its\s+)?(?:quality|performance|accuracy|parameters|latency|compute|memory|FLOPs|time|cost))"
)
# a verb acting on a share of parts: "removes", "Pruning", "keeps", "recomputing only"
_ACTED_ON = re.compile(
    r"(?i)\b(?:remov|prun|keep|kept|retain|drop|evict|discard|skip|recomput|process|select|sparsif)\w*\s+"
    r"(?:only\s+|just\s+)?\Z"
)
# ... the parts of a model or of its input: "of the visual tokens", "of the parameters of Llama-3"
_OF_PARTS = re.compile(
    r"(?i)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tokens|parameters|weights|experts|patches|layers|heads|frames|neurons|channels|blocks|KV\b)"
)
# the count a selection keeps, and of how many: "keeps only 64 out of 576 tokens"
_KEPT_OUT_OF = re.compile(
    r"(?i)\b(?:keep|kept|select|retain)\w*\s+(?:only\s+|just\s+)?(?:([\d,]+)\s+out\s+of\s+)?\Z"
)


def kept_budget(s: Sentence, q: Quantity, left: str) -> bool:
    """Whether ``q`` is what a selection keeps; ``left``: the text right before it.

    >>> from kg.results.quantities import spot
    >>> t = "keeping only 10% of the KV cache and using only 25% of parameters, it keeps 64 out of 576 tokens"
    >>> s = Sentence.of(t)
    >>> [kept_budget(s, q, t[max(0, q.lead - 40) : q.lead]) for q in spot(t)]
    [True, False, True, True]
    >>> t = "on the top 10% of documents and the 5% hardest scenarios it reaches 71% of the gain"
    >>> [kept_budget(Sentence.of(t), q, t[max(0, q.lead - 40) : q.lead]) for q in spot(t)]
    [True, True, False]
    >>> t = "it removes 25% of the experts and processes 30% of visual tokens, removing 71% of errors"
    >>> s = Sentence.of(t)
    >>> [kept_budget(s, q, t[max(0, q.lead - 40) : q.lead]) for q in spot(t)]
    [True, True, False]
    """
    if _KEPT_TOP.search(left):
        return True
    if q.unit == "%" and (_RANKED_BEFORE.search(left) or _RANKED_AFTER.match(s.text, q.tail)):
        return True
    if q.unit == "%" and _KEPT_ONLY.search(left) and _OF_WHAT_IS_KEPT.match(s.text, q.tail):
        return True
    # a title's share is its headline claim: "Pruning 90% of Visual Tokens in Multimodal LLMs"
    if q.unit == "%" and s.field != "title" and _ACTED_ON.search(left) and _OF_PARTS.match(s.text, q.tail):
        return True
    kept = _KEPT_OUT_OF.search(left)
    return kept is not None and bool(kept.group(1) or re.match(r"\s+out\s+of\b", s.text[q.tail :]))
