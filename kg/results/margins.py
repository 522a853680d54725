"""The measure of a margin over other systems that names none: the measure it is "on" in small
words, else the sentence's one measure of quality, else a loss for a margin in nats, else "performance"
(guidelines, section 9)."""

from __future__ import annotations

import re

from .hits import AVERAGING, MetricHit
from .quantities import Quantity
from .text import Sentence
from .vocabulary import is_efficiency, is_metric_word

# small words a margin is "on", right before it: "on branch coverage by 4.7 points"
_ON_MEASURE_BY = re.compile(r"\bon\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w@-]*)\s+by\s+(?:up\s+to\s+|about\s+)?\Z")
# nats measure what a language model's loss is in: "improves on linear decay by about 0.01 nats"
_NATS = re.compile(r"\s*nats\b")


def margin_measure(s: Sentence, hits: list[MetricHit], q: Quantity) -> str:
    """The measure of the margin ``q`` of the sentence whose numbers have the measures ``hits``.

    >>> from kg.results.quantities import spot
    >>> t = "It beats X on branch coverage by 4.7 points and Y by 2 points."
    >>> [margin_measure(Sentence.of(t), [], q) for q in spot(t)]
    ['branch coverage', 'performance']
    >>> t = "It improves on X by 0.01 nats."
    >>> [margin_measure(Sentence.of(t), [], q) for q in spot(t)]
    ['loss']
    """
    nats = "loss" if _NATS.match(s.text, q.tail, s.hi) else None
    return _on_measure(s, q) or _quality(s, hits, q) or nats or "performance"


def _on_measure(s: Sentence, q: Quantity) -> str | None:
    """The measure a margin is "on", in small words the NER did not tag: "surpasses GPT-4o ... on
    branch coverage by 4.7 points"."""
    m = _ON_MEASURE_BY.search(s.text, max(s.lo, q.lead - 60), q.lead)
    labels = ("DATASET", "MODEL", "METHOD", "TASK")
    if m is None or not is_metric_word(m.group(1).split()[-1]) or s.mention_at(*m.span(1), labels):
        return None
    return m.group(1)


def _quality(s: Sentence, hits: list[MetricHit], q: Quantity) -> str | None:
    """The one measure of quality named before a margin in its sentence and measuring no number of
    its own ("keeping or even improving final accuracy, and brings an improvement of 4.2 points on
    AIME24"), which the margin is in (guidelines, section 9: "performance" only where no measure is
    named)."""
    used = {h.start for h in hits}
    quality = {
        m.text
        for m in s.mentions
        if m.label == "METRIC"
        and m.end <= q.lead
        and m.start not in used
        and not is_efficiency(m.text)
        and is_metric_word(m.text.split()[-1])
        and m.text.lower() not in AVERAGING
    }
    return next(iter(quality)) if len(quality) == 1 else None
