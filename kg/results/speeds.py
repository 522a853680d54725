"""The speed a "faster" names, with the process it speeds up: "2.5x faster decoding" is decoding
speed, "trains 2.5x faster" training speed, "faster" alone speed (guidelines, section 2); and the
measure of a title's comparative, whose words name a method or task, not the measure ("3x Faster
Visual Grounding" is speed, "4x Smaller Knowledge Graph Embeddings" embedding size)."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import TITLE_CASE, Sentence, phrase_after
from .vocabulary import PROCESS_GERUNDS, PROCESS_NOUNS, PROCESS_VERBS, is_metric_word, singular

# a process a system does "N times faster" ("trains 2.5x faster"), or no process named
_PROCESS_VERB = re.compile(r"(?i)\b(" + "|".join(PROCESS_VERBS) + r")\s+(?:\S+\s+){0,2}\Z")
# a gerund only right before the number, but for a hedge: "training roughly 2x faster", not
# "2.8x faster at training and 3.5x faster at inference"
_PROCESS_GERUND = re.compile(
    r"(?i)\b(" + "|".join(PROCESS_GERUNDS) + r")\s+(?:(?:[a-z]+ly|about|almost|over|up\s+to)\s+)?\Z"
)
# no process sped up: "2x faster end to end", "3x faster depending on the model"
_NO_PROCESS = re.compile(
    r"(?i)\s*(?:end[\s-]+to[\s-]+end|thanks|due|owing|because|depending|according|relative|compared|regardless)\b"
)
# ... or the process as the subject: "inference is 3.5x faster", "decoding runs about 150x faster"
_PROCESS_SUBJECT = re.compile(
    r"(?i)\b(" + "|".join(sorted(PROCESS_NOUNS)) + r")\s+(?:is|was|becomes|became|runs|gets)\s+"
    r"(?:(?:up\s+to|about|roughly|nearly|over|approximately|almost)\s+)?\Z"
)


def speed(s: Sentence, q: Quantity, pos: int) -> MetricHit:
    """The speed a "faster" names, with the process it speeds up: "faster decoding" → decoding speed,
    "faster fitting time" → fitting time, "trains 2.5x faster" → training speed, "faster" alone
    → speed.

    >>> from kg.results.quantities import spot
    >>> t = "it trains 2.5x faster end to end and runs 2x faster"
    >>> [speed(Sentence.of(t), q, q.tail + 7).name for q in spot(t)]
    ['training speed', 'speed']
    >>> t = "inference is 3.5x faster, and generation becomes 2.6x faster depending on the model"
    >>> [speed(Sentence.of(t), q, q.tail + 7).name for q in spot(t)]
    ['inference speed', 'generation speed']
    """
    span = None if _NO_PROCESS.match(s.text, pos) else phrase_after(s.text, pos, s.hi, 3)
    if span is None:
        verb = _PROCESS_VERB.search(s.text, max(s.lo, q.lead - 30), q.lead)
        verb = verb or _PROCESS_GERUND.search(s.text, max(s.lo, q.lead - 30), q.lead)
        process = (PROCESS_VERBS | PROCESS_GERUNDS)[verb.group(1).lower()] if verb else ""
        subject = None if verb else _PROCESS_SUBJECT.search(s.text, max(s.lo, q.lead - 40), q.lead)
        process = subject.group(1).lower() if subject else process
        return MetricHit(f"{process} speed" if process else "speed", relative=True)
    words = s.text[span[0] : span[1]]
    if is_metric_word(words.split()[-1]):
        return MetricHit(words, span[0], span[1], relative=True)
    return title_measure(s, span, "speed") or MetricHit(f"{words} speed", span[0], span[1], relative=True)


def title_measure(s: Sentence, span: tuple[int, int], measure: str) -> MetricHit | None:
    """The ``measure`` of a title's comparative before the words at ``span``, which name what is
    faster, smaller or cheaper: the process named last ("3x Faster Code LLM Inference": inference
    speed; "4x Cheaper Speech Pretraining": pretraining cost), the thing made smaller ("4x Smaller
    Knowledge Graph Embeddings": embedding size), else the measure alone ("3x Faster Visual
    Grounding": speed); None outside a title, or for words not in title case.

    >>> t = "4x Smaller Knowledge Graph Embeddings and 3x Faster Visual Grounding"
    >>> s, a, b = Sentence("title", t, 0, len(t), []), t.index("Know"), t.index("Visual")
    >>> title_measure(s, (a, a + 26), "size").name, title_measure(s, (b, len(t)), "speed").name
    ('embedding size', 'speed')
    """
    words = s.text[span[0] : span[1]]
    if s.field != "title" or not TITLE_CASE.fullmatch(words):
        return None
    last = words.split()[-1].lower()
    if measure == "size":
        thing = last[:-2] if last.endswith("xes") else singular(last)  # "Indexes": index
        return MetricHit(f"{thing} size", relative=True)
    return MetricHit(f"{last} {measure}" if last in PROCESS_NOUNS else measure, relative=True)
