"""Sentences that state no result whatever their numbers measure: a question ("Can LLMs
Really Reason over 1M Tokens?"), what the data is like ("612 documents with an average
length of 47.6 pages", "videos lasting from 1 to 10 minutes"), what a use requires ("total
delay must stay below about 10 ms"), the counts a condition varies ("when the number of
merged tasks grows from 8 to 20") and the level of chance ("where chance is 20%")."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence

_QUESTION_WORD = re.compile(
    r"\s*(?:Can|Could|Do|Does|Did|Is|Are|Was|Were|Will|Should|How|What|Which|Why|When|Where|Who)\b", re.I
)
_RANGING = re.compile(
    r"(?i)\b(?:rang(?:ing|es?)|var(?:ying|ies|y))\s+from\s+(?:[\d.]+\s+\w+\s+to\s+(?:over\s+|about\s+)?)?\Z"
)
_DATA_STATISTIC = re.compile(
    r"(?i)(?:\bwith\s+an?\s+(?:average|mean|median)\s+(?:[\w-]+\s+)?(?:length|duration|size)\s+of\s+"
    # how much data there is in all: "12 variables on 10 pressure levels, totalling about 1.4 PB"
    r"|\btotall?(?:ing|ed|s)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?|\blast(?:ing|s)?\s+(?:from\s+)?(?:[\d.]+\s+to\s+)?"
    # "clips ... with durations of 10 to 120 seconds"
    r"|\bwith\s+durations?\s+(?:of\s+|from\s+|between\s+)?(?:[\d.]+\s+(?:to|and)\s+)?"
    # "codes that appear fewer than 10 times in training": how often items occur in the data
    r"|\b(?:appear|occur)\w*\s+(?:(?:fewer|less|more)\s+than\s+)?"
    # "The dataset occupies about 14 TB", "the full dataset amounts to 85 TB"
    r"|\b(?:dataset|corpus|benchmark)\s+(?:occupies|amounts\s+to|totals|takes\s+up)\s+(?:about\s+|around\s+|roughly\s+)?)\Z"
)
# the length of the data a system learns from: "from short monocular videos of 3 to 5 minutes"
# (not what a system generates: "produces coherent videos of up to 60 seconds")
_DATA_LENGTH = re.compile(
    r"(?i)\b(?:from|on|with|using)\s+(?:[\w-]+\s+){0,3}(?:videos?|clips?|recordings?|utterances?)\s+of\s+"
    r"(?:[\d.]+\s+to\s+)?\Z"
)


# a bound a use or a rule requires: "delay must typically stay below about 10 ms", "limits
# algorithmic latency to 5 ms" (not what a gain allows: "allows up to 4x larger batch sizes")
_REQUIRED = re.compile(
    r"(?i)(?:\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:\w+\s+){0,2}?(?:stay|be|remain|keep|fall)\s+"
    r"(?:below|under|within|above|at\s+most|at\s+least|less\s+than)|\blimits?\s+(?:[\w-]+\s+){1,3}to)"
    r"\s+(?:about\s+|around\s+|roughly\s+)?\Z"
)


# a count a condition varies: "when the number of merged tasks grows from 8 to 20"
# (or an amount of data scaled: "Scaling the amount of unlabeled training data from 100 to 1,000 hours")
_VARIED_COUNT = re.compile(
    r"(?i)(?:\b(?:when|as|if|while)\s+(?:the\s+)?number\s+of\s+[\w\s-]{1,40}?\s+"
    r"(?:grows|increases|rises|goes\s+up|is\s+increased|is\s+raised|varies|scales)"
    r"|\b(?:scaling|increasing|varying|growing)\s+the\s+(?:amount|number|size)\s+of\s+[\w\s-]{1,40}?)"
    r"\s+from\s+(?:[\d,]+\s+to\s+)?\Z"
)


# ... or a setting a gerund varies as the subject of what follows: "increasing depth from 2 to 32 layers
# reduces accuracy by 11.2 points", "reducing the frame rate from 30 to 5 FPS lowers AUC"
_VARYING = re.compile(
    r"(?i)\b(?:increasing|reducing|decreasing|varying|scaling|raising|lowering|growing|extending)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){1,3}?from\s+(?:[\d.,]+\s*[A-Za-z%]*\s+to\s+)?\Z"
    # ... or what is varied named after its levels: "Moving from 4 to 16 shots improves"
    r"|\b(?:moving|going)\s+from\s+(?:[\d.,]+\s*[A-Za-z%]*\s+to\s+)?\Z"
)
_THEN_VERB = (
    r"\s+(?:improves|lowers|reduces|raises|yields|hurts|degrades|increases|decreases|delays|helps|costs|"
    r"brings|leads|boosts|changes|gives|adds|cuts|doubles|halves|lifts)\b"
)
# ... or changes by a margin: "Padding a summary by 30% in length raises its win rate by 11 points"
_CHANGED_BY = re.compile(
    r"(?:\A|(?<=[.;:,!?]\s)|(?<=\bthat\s))(?i:padding|lengthening|shortening|increasing|reducing|decreasing|raising|"
    r"lowering|perturbing|shifting|scaling|truncating)\s+(?:[\w-]+\s+){1,4}?by\s+\Z"
)
_BY_THEN_VERB = re.compile(r"\s*%?(?:\s+(?!by\b)[a-z][\w-]*){0,3}?" + _THEN_VERB)
_TO_THEN_VERB = re.compile(r"(?:\s*[A-Za-z%]+)?\s+to\s+[\d.,]+\s*[A-Za-z%]*" + _THEN_VERB)
_UNIT_THEN_VERB = re.compile(r"(?:\s*[A-Za-z%]+)?" + _THEN_VERB)


def varied_count(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is a level of a count a condition varies, the setting of what follows.

    >>> from kg.results.quantities import spot
    >>> t = "When the number of merged tasks grows from 8 to 20, accuracy drops by 4.1 points"
    >>> [varied_count(Sentence.of(t), q) for q in spot(t)]
    [True, True, False]
    >>> t = "Scaling the amount of unlabeled training data from 100 to 1,000 hours helps"
    >>> [varied_count(Sentence.of(t), q) for q in spot(t)]
    [True, True]
    >>> t = "Increasing depth from 2 to 32 layers reduces accuracy, while raising COMET from 79.4 to 81.2."
    >>> [varied_count(Sentence.of(t), q) for q in spot(t)]
    [True, True, False, False]
    >>> t = "Padding a summary by 30% in length raises its win rate by 11 points."
    >>> [varied_count(Sentence.of(t), q) for q in spot(t)]
    [True, False]
    """
    if _VARIED_COUNT.search(s.text, max(s.lo, q.lead - 80), q.lead) is not None:
        return True
    if _CHANGED_BY.search(s.text, max(s.lo, q.lead - 60), q.lead) and _BY_THEN_VERB.match(
        s.text, q.end, s.hi
    ):
        return True
    varying = _VARYING.search(s.text, max(s.lo, q.lead - 80), q.lead)
    if varying is None:
        return False
    after = _UNIT_THEN_VERB if varying.group().rstrip().lower().endswith("to") else _TO_THEN_VERB
    return after.match(s.text, q.end, s.hi) is not None


def required(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is a bound a use or a rule requires, not a result.

    >>> from kg.results.quantities import spot
    >>> t = "Delay must typically stay below about 10 ms; the track limits algorithmic latency to 5 ms; it runs in 3 ms"
    >>> [required(Sentence.of(t), q) for q in spot(t)]
    [True, True, False]
    """
    return _REQUIRED.search(s.text, max(s.lo, q.lead - 60), q.lead) is not None


def asked(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is in a question, which states no result; a claim with a question mark
    still states one.

    >>> from kg.results.quantities import spot
    >>> [asked(Sentence.of(t), spot(t)[0]) for t in ("X: Can LLMs Reason over 1M Tokens?", "Decoding 4.2x Faster Is Enough?")]
    [True, False]
    """
    lo = s.text.rfind(":", s.lo, q.lead) + 1 or s.lo
    part = s.text[lo : s.hi].rstrip()
    return part.endswith("?") and _QUESTION_WORD.match(part) is not None


# a share of a dataset's items and how they were made or what they are like: "30% of clips are
# re-encoded", "over 70% of the instances are smaller than 16 by 16 pixels" (not how a system
# judges them: "87% of designed sequences are predicted to fold")
_SHARE_OF_DATA = re.compile(
    r"\s*%?\s+of\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:clips|images|frames|videos|instances|samples|examples|accounts|recordings|utterances|scenes|objects|"
    r"boxes|sequences|documents|dialogues|conversations|pairs)\s+(?:are|were)\s+(?:then\s+)?"
    r"(?:re-?encoded|encoded|compressed|captured|recorded|collected|filmed|labell?ed\s+as|annotated\s+as|"
    r"sourced|drawn|taken|smaller|larger|longer|shorter)\b"
)


def data_statistic(s: Sentence, q: Quantity) -> bool:
    """What data is like, not a result: an average length, how long recordings last, the
    range of times data spans.

    >>> from kg.results.quantities import spot
    >>> t = "videos lasting from 1 to 10 minutes reach 84.1%"
    >>> [data_statistic(Sentence.of(t), q) for q in spot(t)]
    [True, True, False]
    >>> t = "On codes that appear fewer than 10 times in training, F1 doubles"
    >>> [data_statistic(Sentence.of(t), q) for q in spot(t)]
    [True]
    >>> t = "312 clips with durations of 10 to 120 seconds, trained on videos of 3 to 5 minutes"
    >>> [(q.value, data_statistic(Sentence.of(t), q)) for q in spot(t)]
    [('312', False), ('10-120', True), ('3-5', True)]
    """
    left = max(s.lo, q.lead - 60)
    if _DATA_STATISTIC.search(s.text, left, q.lead) or (
        q.unit == "%" and _SHARE_OF_DATA.match(s.text, q.tail, s.hi)
    ):
        return True
    ranging = _RANGING.search(s.text, left, q.lead) or _DATA_LENGTH.search(s.text, left, q.lead)
    return q.measure == "time" and ranging is not None


_CHANCE = re.compile(
    r"\s*(?:random[\s-]+)?chance\b|\s+(?:random|chance)[\s-]+(?:level|baseline|performance)\b"
)
# ... named before it: "where chance is 20%", "a chance level of 25%"
_CHANCE_IS = re.compile(
    r"(?i)\b(?:random[\s-]+)?chance(?:[\s-]+(?:level|performance|accuracy))?\s+(?:is|of|at|would\s+be)\s+(?:about\s+)?\Z"
)


def chance_level(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is the level of chance, no result.

    >>> from kg.results.quantities import spot
    >>> t = "It reaches 47.3% where chance is 20%, and 60% against the 25% chance level."
    >>> [chance_level(Sentence.of(t), q) for q in spot(t)]
    [False, True, False, True]
    """
    return (
        _CHANCE.match(s.text, q.tail, s.hi) is not None
        or _CHANCE_IS.search(s.text, max(s.lo, q.lead - 40), q.lead) is not None
    )
