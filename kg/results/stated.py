"""What a sentence states for all its numbers: "in terms of <measure>", "the metric of
<measure>", a list of scores opened by a colon ("pass@1 scores: HumanEval 79.3"), and the
measure a sentence says the next one's numbers are reported in ("..., reporting nDCG@10.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .hits import MetricHit, named, phrase_hit
from .quantities import Quantity
from .text import Sentence, phrase_after, words_before
from .vocabulary import TEST_OF_MEASURE, is_metric_word

_FOR_ALL = re.compile(r"(?i)\b(?:in\s+terms\s+of|metrics?\s+of|measured\s+(?:by|in))\s+(?:the\s+)?")
# an instrument the scores come from: "Evaluated with FActScore on", "In MUSHRA listening tests,"
_INSTRUMENT = re.compile(
    r"(?:\b(?i:evaluated|measured|scored)\s+(?i:with|by|using)\s+|^\s*In\s+(?:an?\s+|the\s+)?)([A-Z][\w@.+-]*[A-Za-z0-9])"
    r"(?=\s+on\b|\s+(?:listening|subjective|human|user|preference)\s+(?:tests?|studies|evaluations?)\b)"
)
# a measure reported for the next sentence's numbers: "..., reporting nDCG@10."
_REPORTING = re.compile(
    r"(?i)\b(?:reporting|measuring|we\s+report|measured\s+(?:by|with|in|as)|in\s+terms\s+of"
    r"|we\s+measure\s+(?:\w+\s+)?(?:as|by|with|using))\s+"
)
# the short name of a measure in brackets after the benchmark it is on: "average accuracy on AIME 2024 (avg@32)"
_SHORT_NAME_AFTER = re.compile(r"\s+on\s+[^,;()]{1,40}?\s*\(\s*((?:avg|mean|maj|pass|cons)@\d+)\s*\)")
# a subject a sentence says how it is measured: "Subject consistency, measured by DINO similarity
# between the first and last segments, rises from 0.52"
_MEASURED_SUBJECT = re.compile(
    r"\s*((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*),\s+measured\s+(?:by|with|using|as|in)\b[^,;]*,\s+"
    r"(?:\w+\s+){0,2}?(?:improves|rises|increases|drops|falls|decreases|grows|reaches|remains|stays|is)\b"
)
# a clause of its own, opened by a verb: ", and converges", ", while also improving" (not ", and a
# 6.0% increase on Flickr30k in terms of mean recall")
_CLAUSE = re.compile(r",\s+(?:and|while|whereas)\s+(?:also\s+)?[a-z]+(?:s|ed|ing)\b(?<!ss)")


def for_sentence(s: Sentence) -> MetricHit | None:
    """A measure the sentence states for all its numbers (rule 4 of :mod:`~kg.results.metrics`),
    or its subject, said how it is measured.

    >>> t = "gains of 5.3% on COCO and 6.0% on Flickr30k in terms of mean recall"
    >>> for_sentence(Sentence.of(t)).name
    'mean recall'
    >>> for_sentence(Sentence.of("Temporal consistency, measured by our metric, improves by 30%.")).name
    'Temporal consistency'
    """
    subject = _MEASURED_SUBJECT.match(s.text, s.lo, s.hi)
    # what the aside measures is the subject, not the instrument it names, unless the subject
    # is a measure's name itself: "Grounding accuracy, measured by the intersection over union"
    if subject and not is_metric_word(subject.group(1).split()[-1]):
        return MetricHit(subject.group(1), subject.start(1), subject.end(1), strong=True)
    m = _FOR_ALL.search(s.text, s.lo, s.hi)
    span = phrase_after(s.text, m.end(), s.hi) if m else None
    if m is None or span is None:
        return _before_colon(s)
    # "measured by human annotators" names who measured, not what
    return named(s, span) if m.group().lower().startswith("measured") else phrase_hit(s, span, relative=False)


def beyond_clause(s: Sentence, q: Quantity, qs: Sequence[Quantity], stated: MetricHit) -> bool:
    """Whether a clause with numbers of its own lies between ``q`` and the measure its sentence
    states after it: the forward passes are the speed-up's, not the baseline's level, in "93.2%
    accuracy, compared to 91.4% for MeZO, and converges 4.3x faster in terms of forward passes".

    >>> from kg.results.quantities import spot
    >>> t = "93.2% accuracy, compared to 91.4% for MeZO, and converges 4.3x faster in terms of forward passes"
    >>> s, qs = Sentence.of(t), spot(t)
    >>> terms = for_sentence(s)
    >>> [beyond_clause(s, q, qs, terms) for q in qs]
    [True, True, False]
    """
    joint = _CLAUSE.search(s.text, q.tail, stated.start) if stated.start > q.tail else None
    return joint is not None and any(joint.end() <= o.lead < stated.start for o in qs)


def instrument(s: Sentence) -> MetricHit | None:
    """The named measure a sentence says its scores come from, which a bare "score" in it
    means: "Evaluated with FActScore on biographies, it raises the score from 58.3 to 71.9",
    "In MUSHRA listening tests, it scores 84.2" (not a dataset evaluated on).

    >>> instrument(Sentence.of("In MUSHRA listening tests, LUMEN scores 84.2.")).name
    'MUSHRA'
    >>> instrument(Sentence.of("In a MUSHRA listening test, LUMEN scores 84.2.")).name
    'MUSHRA'
    """
    m = _INSTRUMENT.search(s.text[s.lo : s.hi])  # sliced: "^" is the sentence's start
    span = (s.lo + m.start(1), s.lo + m.end(1)) if m else None
    # a test the NER took for a dataset is the measure's still: "In a MUSHRA listening test"
    test = s.mention_at(*span, ("DATASET",)) if span else None
    if span is None or (test is not None and not TEST_OF_MEASURE.fullmatch(test.text)):
        return None
    return MetricHit(s.text[span[0] : span[1]], *span)


def reported(s: Sentence) -> MetricHit | None:
    """The one measure a sentence says the results are reported in, for the numbers of the
    next: "We evaluate on the 13 BEIR datasets, reporting nDCG@10."

    >>> from kg.records import Mention
    >>> t = "We evaluate on BEIR, reporting nDCG@10."
    >>> reported(Sentence("abstract", t, 0, len(t), [Mention("abstract", 31, 38, "nDCG@10", "METRIC")])).name
    'nDCG@10'
    """
    m = _REPORTING.search(s.text, s.lo, s.hi)
    if m is None:
        return None
    named = [k for k in s.labelled("METRIC", m.end()) if k.end <= s.hi]
    if len(named) != 1:
        return None
    return MetricHit(named[0].text, named[0].start, named[0].end, named[0].entity or None)


def _before_colon(s: Sentence) -> MetricHit | None:
    """The measure named just before a colon that opens a list of scores: "the following
    pass@1 scores with greedy decoding: HumanEval 79.3, MBPP 76.1".

    >>> _before_colon(Sentence.of("it obtains the following pass@1 scores with greedy decoding: HumanEval 79.3")).name
    'pass@1 scores'
    """
    colon = s.text.find(":", s.lo, s.hi)
    # a list of named items with their scores follows: ": HumanEval 79.3", ": MVBench drops from 58.6"
    if colon < 0 or not re.match(
        r":\s*[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?\s(?:[a-z]+\sfrom\s)?[\d.]+\d\b", s.text[colon : s.hi]
    ):
        return None
    words = words_before(s.text, colon, s.lo, 8)
    mentions = [m for m in s.labelled("METRIC") if words and words[0].start() <= m.start and m.end <= colon]
    if mentions:
        return MetricHit(mentions[-1].text, mentions[-1].start, mentions[-1].end, mentions[-1].entity or None)
    last = next((i for i in range(len(words) - 1, -1, -1) if is_metric_word(words[i].group())), None)
    if last is None:
        return None
    first = last  # the run of metric words it ends: "pass@1 scores"
    while first and is_metric_word(words[first - 1].group()):
        first -= 1
    a, b = words[first].start(), words[last].end()
    return MetricHit(s.text[a:b], a, b)


def short_name(s: Sentence, hit: MetricHit) -> MetricHit:
    """The measure ``hit`` names, by the short name the sentence gives it in brackets after
    the benchmark, the form the guidelines keep (section 2: the shortest complete form).

    >>> t = "it reaches 42.7% average accuracy on AIME 2024 (avg@32), and 3.1 BLEU on X"
    >>> s = Sentence.of(t)
    >>> short_name(s, MetricHit("average accuracy", 17, 33)).name, short_name(s, MetricHit("BLEU", 63, 67)).name
    ('avg@32', 'BLEU')
    """
    m = _SHORT_NAME_AFTER.match(s.text, hit.end, s.hi) if hit.end >= 0 else None
    return replace(hit, name=m.group(1), start=m.start(1), end=m.end(1), entity=None) if m else hit
