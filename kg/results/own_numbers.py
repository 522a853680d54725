"""The paper's own system a number belongs to: the system the sentence names as its subject,
else the named method or model closest before the number in its clause that is not compared
with, a place or one of the systems a level is averaged over, else the name the paper gives
its system (:mod:`~kg.results.proposed`).
"""

from __future__ import annotations

import re

from .names import Name, mention_name
from .quantities import Quantity
from .text import Sentence, behind, clause_start
from .vocabulary import OUTDOING, SELF_REFERENCE, is_metric_word

# a system named after these is compared with, or the place of, the paper's own
_NOT_SUBJECT = behind(r"than|over|versus|vs\.?|to|with|on|in|for|from|of|against", skip=1)
# systems a sentence opens on as those its levels are averaged over: "Across six agents built on"
_SYSTEMS_ACROSS = re.compile(
    r"(?i)\s*(?:across|over)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:models|agents|systems|LLMs)\b"
)
# a system a comparison verb is done to: "SpineNet models outperform ResNet-FPN models by 3% AP"
OUTDONE = behind(OUTDOING, skip=1)
# the paper's words for its own system: "our method", "this method", "it", "its"
_OWN_WORDS = re.compile(
    SELF_REFERENCE.pattern + r"|(?i:\b(?:it|its|this\s+(?:method|model|approach|framework|system))\b)"
)
# one capitalised word that is no noun of a process or property: "Lion", "Whisper", not "Sampling"
_ONE_NAME = re.compile(r"[A-Z][a-z]+(?<!ing)(?<!tion)(?<!sion)(?<!ment)(?<!ness)(?<!ity)")


def own_method(s: Sentence, q: Quantity, own: Name | None) -> Name | None:
    """The paper's system a number of its own belongs to: the named method or model
    closest before it in its clause that is not a compared system or a place ("on
    GPUs"), else the name the paper gives its system.

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "With our decoder, SpineNet-190 achieves 52.5% AP over RetinaNet on GPUs and 2x speed"
    >>> ms = [Mention("abstract", t.index(w), t.index(w) + len(w), w, "METHOD") for w in ("decoder", "SpineNet-190", "RetinaNet", "GPUs")]
    >>> s = Sentence("abstract", t, 0, len(t), ms)
    >>> [own_method(s, q, Name("SpineNet")).text for q in spot(t)]
    ['SpineNet-190', 'SpineNet-190']
    """
    if s.field == "title" and own:  # "ChunkRoPE: Extending Language Model Context to 1M Tokens"
        return own
    # the paper's system named in the sentence is the subject its numbers belong to, whatever
    # it runs on or is compared with nearer them: "SOAR reaches the loss of AdamW in 1.6x"
    if own and re.search(r"(?<![\w-])" + re.escape(own.text) + r"(?![\w-])", s.text[s.lo : q.lead]):
        return own
    if own and (variant := _own_variant(s, q, own)) is not None:
        return variant
    lo = clause_start(s.text, s.lo, q.lead)
    for m in reversed(s.mentions):
        # "SegMAN-B", not "decoder", nor a measure tagged a method ("MT-Bench score")
        # a capital only at the sentence's start names nothing ("Fine-tuning improves ...",
        # "Action sampling runs at"), unless the word is one name ("Lion")
        opening = not s.text[s.lo : m.start].strip() and not _ONE_NAME.fullmatch(m.text)
        named = any(c.isupper() for c in m.text[opening:]) and not is_metric_word(m.text.split()[-1])
        inside = m.label in ("MODEL", "METHOD") and lo <= m.start and m.end <= q.lead
        # a system in an aside closed before the number is another's: "(versus 0.87 for SD-VAE)"
        aside = (
            s.text.rfind("(", lo, m.start) > s.text.rfind(")", lo, m.start) and ")" in s.text[m.end : q.lead]
        )
        outdone = OUTDONE.search(s.text, lo, m.start)
        listed = _SYSTEMS_ACROSS.match(s.text, s.lo, m.start)  # "Across agents built on A, B and C,"
        if (
            inside
            and named
            and not aside
            and not outdone
            and not listed
            and not _NOT_SUBJECT.search(s.text, lo, m.start)
        ):
            # a system after the paper's own words is what the paper's system works on: "our
            # method can compress Whisper large-v3's encoder", "it brings the latency of X"
            # or before them: "Distilling SDXL, we obtain an FID of 17.8"
            mine = _OWN_WORDS.search(s.text, s.lo, m.start) or _OWN_WORDS.search(s.text, m.end, q.lead)
            if own and not m.text.startswith(own.text) and mine:
                return own
            # a mention run on into the sentence's verb is the name it starts with ("QuaRT cuts model")
            return own if own and m.text.startswith(own.text + " ") else mention_name(m)
    return own


def _own_variant(s: Sentence, q: Quantity, own: Name) -> Name | None:
    """A variant of the paper's system named as a whole before the number, unless another
    subject follows it: "HyMix-B reaches 84.6% ..., and as a Mask R-CNN backbone attains 53.9",
    not "..., while the largest variant reaches 85.3%"."""
    found = re.compile(r"(?<![\w-])" + re.escape(own.text) + r"-\w+(?![\w-])").search(s.text, s.lo, q.lead)
    if found is None or re.search(r"\b(?:while|whereas)\b", s.text[found.end() : q.lead]):
        return None
    m = next((m for m in s.mentions if (m.start, m.end) == found.span()), None)
    return mention_name(m) if m is not None else None
