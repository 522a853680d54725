"""The measure a verb of scoring or reaching implies for a level with no measure named: "On
Arena-Hard it scores 35.2" (score), "reaches 80% on MATH-500" (accuracy), "Pushing a 1.5B Reasoner
to 38.6%" (accuracy), or the property that reaches it ("atom stability reaches 99.2%")."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence, phrase_before, words_before
from .vocabulary import CHANGE_NOUNS, REACH_VERB

# "it scores 35.2", "scored an average of 7.1"
SCORED = re.compile(r"(?i)\b(scor(?:es|ed|ing))\s+(?:an?\s+)?(?:average\s+(?:of\s+)?)?\Z")
_REACHES = re.compile(r"(?i)\b(" + REACH_VERB + r")\s+\Z")
# a property in small letters, read as a measure when it reaches a level: "atom stability"
_PROPERTY = re.compile(r"(?:[a-z][\w-]*\s+){0,2}[a-z]+(?:ity|ness)")
# a system pushed to a level: "Pushing a 1.5B Reasoner to 38.6%"
_PUSHED = re.compile(r"(?i)\b(push(?:es|ed|ing)?)\b[^,;:]{0,50}?\s(?:to|beyond|past|above)\s+\Z")


def scored(s: Sentence, q: Quantity) -> MetricHit | None:
    """ "Score" for a number a system scores with no measure named in its sentence: "On
    Arena-Hard it scores 35.2"; a percentage it scores or reaches is its accuracy ("scores
    68.2% on EgoSchema", "Reaching 80% on MATH-500").

    >>> from kg.results.quantities import spot
    >>> t = "On Arena-Hard it scores 35.2, it scored an average of 7.1 and reaches 80% on MATH-500"
    >>> [scored(Sentence.of(t), q).name for q in spot(t)]
    ['score', 'score', 'accuracy']
    >>> t = "the savings reach 38%; atom stability reaches 99.2%"
    >>> [h and h.name for h in (scored(Sentence.of(t), q) for q in spot(t))]
    [None, 'atom stability']
    >>> t = "Pushing a 1.5B Reasoner to 38.6% on AIME24"
    >>> [h and h.name for h in (scored(Sentence.of(t), q) for q in spot(t))]
    [None, 'accuracy']
    """
    m = SCORED.search(s.text, max(s.lo, q.lead - 30), q.lead)
    if m is None and q.unit == "%":
        m = _REACHES.search(s.text, max(s.lo, q.lead - 30), q.lead)
        subject = words_before(s.text, m.start(), s.lo, 1) if m else []
        if subject and subject[0].group().lower() in CHANGE_NOUNS:  # "the savings reach 38%"
            return None
        # a property as subject is the measure: "atom stability reaches 99.2%"
        named_subject = phrase_before(s.text, m.start() - 1, s.lo, 3) if m else None
        if named_subject and _PROPERTY.fullmatch(s.text, *named_subject):
            return MetricHit(s.text[named_subject[0] : named_subject[1]], *named_subject)
    if m is None:  # "Pushing a 1.5B Reasoner to 38.6% on AIME24", "Pushing a 2B VLM Beyond 75 on MMBench"
        m = _PUSHED.search(s.text, max(s.lo, q.lead - 60), q.lead)
    if m is None:
        return None
    return MetricHit("accuracy" if q.unit == "%" else "score", m.start(1), m.end(1))


def property_named(s: Sentence, span: tuple[int, int]) -> MetricHit | None:
    """A property in small letters as the subject of a level ("molecule stability is still
    81.5%"): the measure of the level.

    >>> property_named(Sentence.of("molecule stability is still 81.5%"), (0, 18)).name
    'molecule stability'
    """
    return MetricHit(s.text[span[0] : span[1]], *span) if _PROPERTY.fullmatch(s.text, *span) else None
