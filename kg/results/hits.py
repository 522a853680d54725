"""A measure found for a number: :class:`MetricHit`, and the phrases that name one.

A phrase names a measure when it holds a METRIC mention or ends in a metric word of
:mod:`~kg.results.vocabulary` ("top-1 accuracy improvement" names top-1 accuracy); an
averaging word alone names none (guidelines, section 5). The METRIC mention nearest a number
is the weakest guess (:func:`nearest_mention`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import Quantity
from .text import Sentence, clause_start, phrase_after, phrase_before
from .vocabulary import CHANGE_VERB, SETTINGS, SHARE_NOUNS, SYSTEM_NOUNS, is_metric_word, metric_end

# an acronym that follows a measure's name is its short form: "the hallucination rate CHAIR_S"
ACRONYM = r"[A-Z][A-Z0-9]+(?:_[A-Za-z0-9]+)?"
_SHORT_FORM = re.compile(ACRONYM)
# a verb of change inside a measure's phrase: what it moves follows ("yet improves COMET-22")
_CHANGING = re.compile(CHANGE_VERB.pattern + r"(?:(?<=s)|(?<=ed)|(?<=ing))")
# averaging words name no measure (guidelines, section 5): "improves the average by 3.7 points";
# nor do the words of an extreme of several ("speedups of 3.1x and 2.8x, with a maximum of 3.6x")
AVERAGING = frozenset({"average", "mean", "overall", "avg", "aggregate", "maximum", "minimum"})


# a qualifier written right before a measure's mention: "entity-level F1 scores", "macro F1"
_QUALIFIER = re.compile(
    r"(?i)\b(?:[a-z]+-level|macro|micro|(?:macro|micro)-averaged|weighted|strict|relaxed|lenient)\s+\Z"
)


@dataclass(slots=True)
class MetricHit:
    """The measure of a number: its name as written (None: only a cue was found), the
    span it was read from (-1 when implied by a word, "faster" → speed), the entity of
    the mention it came from, and what the words around the number say about it
    (``noun``: a noun of change holds it, "an improvement of 0.05")."""

    name: str | None
    start: int = -1
    end: int = -1
    entity: str | None = None
    strong: bool = True
    relative: bool = False
    comparison: bool = False
    noun: bool = False


def named(s: Sentence, span: tuple[int, int], relative: bool = False) -> MetricHit | None:
    """A hit for the phrase at ``span`` when a METRIC mention or a metric word is in it,
    cut after its last metric word ("top-1 accuracy improvement" → "top-1 accuracy").

    >>> t = "a 5% top-1 accuracy improvement"
    >>> named(Sentence.of(t), (5, len(t))).name
    'top-1 accuracy'
    >>> t = "reduces the hallucination rate CHAIR_S by"
    >>> named(Sentence.of(t), (12, t.index(" by"))).name
    'CHAIR_S'
    """
    a, b = span
    words = list(re.finditer(r"\S+", s.text[a:b]))
    if (
        len(words) > 1
        and words[-1].group() in ("score", "scores")
        and words[-2].group().lower() in SYSTEM_NOUNS
    ):
        return None  # "commercial long-form systems score between 3.72 and 4.05": a verb
    k = metric_end([w.group() for w in words])
    end = a + words[k - 1].end() if k else a
    moved = [w for w in words[: k - 1] if _CHANGING.fullmatch(w.group())]
    if moved:  # "QACS improves COMET-22 from": the measure is what the verb moves
        a = a + moved[-1].end() + 1
    mention = s.mention_at(a, b, ("METRIC",))
    # a mention the phrase's metric word continues is a modifier: "full-precision GSM8K accuracy"
    if (
        mention is not None
        and mention.start >= a
        and mention.text.lower() not in AVERAGING
        and mention.end >= end
    ):
        # a qualifier that changes the measure stays (guidelines §7): "entity-level F1", "macro F1"
        qualifier = _QUALIFIER.search(s.text, a, mention.start)
        start = qualifier.start() if qualifier else mention.start
        return MetricHit(
            s.text[start : mention.end], start, mention.end, mention.entity or None, relative=relative
        )
    rest = s.text[end:b].split()
    if (
        k and len(rest) == 1 and _SHORT_FORM.fullmatch(rest[0])
    ):  # "hallucination rate CHAIR_S": the short form
        short = s.text.index(rest[0], end)
        return MetricHit(rest[0], short, short + len(rest[0]), relative=relative)
    return MetricHit(s.text[a:end], a, end, relative=relative) if k else None


def phrase_hit(s: Sentence, span: tuple[int, int] | None, relative: bool = True) -> MetricHit | None:
    """A hit for whatever noun phrase is at ``span`` (a metric mention in it preferred)."""
    if span is None:
        return None
    return named(s, span, relative) or MetricHit(
        s.text[span[0] : span[1]], span[0], span[1], relative=relative
    )


def of_phrase(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` with its "of" complement when it is a bare "number" or share ("number of
    parameters", "fraction of variance explained")."""
    if not s.text[span[0] : span[1]].lower().endswith(("number", *SHARE_NOUNS)):
        return span
    more = of_complement(s, span[1])
    return (span[0], more[1]) if more else span


def of_complement(s: Sentence, end: int) -> tuple[int, int] | None:
    """The noun phrase of the "of" complement right after ``end``, if any."""
    rest = re.match(r"\s+of\s+", s.text[end : end + 5])
    return phrase_after(s.text, end + rest.end(), s.hi) if rest else None


# what a correlation is between, named before its owner: "Rank correlation between X and Y at a ... is"
_BETWEEN = re.compile(r"(?i)\bbetween\b")
# a preposition whose object is a system, between a measure and its verb: "perplexity for Llama-3-8B is"
_FOR_SYSTEM = re.compile(r"(?i)\s(?:for|of|on|with|at)\s+(?:the\s+|an?\s+)?\Z")


def owned_measure(s: Sentence, span: tuple[int, int]) -> MetricHit | None:
    """The measure a copula's subject names before the phrase at ``span``, past up to two
    qualifiers: "WikiText-2 perplexity for Llama-3-8B is 6.92", "Perplexity on PG-19 at 256k
    context is 8.21", "the MT-Bench score of the Llama-3-8B model is 7.62"."""
    owner = _FOR_SYSTEM.search(s.text, s.lo, span[0])
    if owner is not None and _BETWEEN.search(s.text, s.lo, owner.start()):
        return None  # what a correlation is between: "Rank correlation between X and an F1 score at a ... is"
    for _ in range(2):
        measure = phrase_before(s.text, owner.start(), s.lo) if owner else None
        if measure is None:
            return None
        hit = named(s, measure, relative=True)
        if hit is not None:
            return hit
        owner = _FOR_SYSTEM.search(s.text, s.lo, measure[0])
    return None


def names_measure(phrase: str) -> bool:
    """Whether the phrase before "of N" names a measure ("a Hurst parameter of 0.70"), not a
    setting, an aggregate ("an aggregate of 91.6") or a system ("the human baseline of 91.4%").

    >>> [names_measure(p) for p in ("Hurst parameter", "aggregate", "human baseline")]
    [True, False, False]
    """
    last = phrase.split()[-1].lower()
    return not SETTINGS.search(phrase) and last not in AVERAGING and last not in SYSTEM_NOUNS


def inherit(own: MetricHit, other: MetricHit, strong: bool | None = None) -> MetricHit:
    """``other``'s measure with ``own``'s cues of change."""
    return MetricHit(
        other.name,
        other.start,
        other.end,
        other.entity,
        other.strong if strong is None else strong,
        own.relative or other.relative,
        own.comparison or other.comparison,
    )


def as_many(s: Sentence, many: re.Match[str]) -> MetricHit | None:
    """The measure of a ratio "as many" of a thing, ``many`` the match of its last word: "holding
    3.6x as many parameters".

    >>> t = "holding 3.6x as many parameters"
    >>> as_many(Sentence.of(t), re.search("many", t)).name
    'parameters'
    """
    hit = phrase_hit(s, phrase_after(s.text, many.end(), s.hi))
    if hit is None or not hit.name:
        return None
    hit.relative = True
    return hit


# a measure taken per unit of something, before the unit: "Energy per "
_PER_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+per\s+\Z")


def per_unit(s: Sentence, span: tuple[int, int]) -> MetricHit | None:
    """A measure per unit of the thing at ``span``: "Energy per forecast is about 60 times lower".

    >>> t = "Energy per forecast is about 60 times lower"
    >>> per_unit(Sentence.of(t), (11, 19)).name
    'Energy per forecast'
    """
    m = _PER_BEFORE.search(s.text, max(s.lo, span[0] - 30), span[0])
    # not past the verb the phrase runs into ("cache memory per request falls from 21.5 GB"), nor a
    # measure the NER found, which is read as tagged ("the wall-clock time per training step from")
    if (
        m is None
        or not is_metric_word(m.group(1))
        or CHANGE_VERB.search(s.text, span[0], span[1])
        or s.mention_at(m.start(1), m.end(1), ("METRIC",))
    ):
        return None
    return MetricHit(s.text[m.start(1) : span[1]], m.start(1), span[1])


def nearest_mention(s: Sentence, q: Quantity) -> MetricHit | None:
    """The METRIC mention of the number's clause closest to it, a weak guess.

    >>> from kg.results.quantities import spot
    >>> t = "it is 3% better, as accuracy shows"
    >>> nearest_mention(Sentence.of(t, ("accuracy", "METRIC")), spot(t)[0]).name
    'accuracy'
    """
    lo = clause_start(s.text, s.lo, q.lead)
    # not a measure held fixed: "closes 71% of the remaining gap at equal parameter count"
    near = [m for m in s.labelled("METRIC", lo) if not _HELD.search(s.text, max(s.lo, m.start - 20), m.start)]
    if not near:
        return None
    m = min(near, key=lambda m: min(abs(m.start - q.tail), abs(q.lead - m.end)))
    return MetricHit(m.text, m.start, m.end, m.entity or None, strong=False)


_HELD = re.compile(
    r"\b(?:at|with|under|for)\s+(?:(?:the|a)\s+)?(?:equal|same|matched|fixed|comparable|similar)\s+\Z"
)
