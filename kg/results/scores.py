"""Scores that name no measure: the numbers of a list of benchmarks with a number each,
levels reached on a named item ("obtains 85.3 on GLUE and 90.1 on SQuAD"), and changes on one
("+3.7 on MATH")."""

from __future__ import annotations

import re

from .candidate import Candidate
from .groups import joined
from .labels import list_item
from .places import ON_ITEM
from .quantities import Quantity
from .text import Sentence, clause_start
from .vocabulary import REACH_VERB

# a verb of reaching right before a level: "obtains", "scores an average of"
_REACHED = re.compile(
    rf"(?i)\b(?:{REACH_VERB}|scor(?:es|ed|ing)|gets?)\s+(?:an?\s+|the\s+)?(?:average\s+of\s+)?\Z"
)
# decimals in brackets right after a benchmark: "on MMBench (65.1 vs. 64.3)"
_ON_BRACKETED = re.compile(r"(\S+)\s+\(\s*(?:[\d.]+\s*(?:vs\.?|versus)\s*)?\Z")


def scores(s: Sentence, cands: list[Candidate], qs: list[Quantity]) -> None:
    """ "Score" for the numbers of a list of benchmarks with a number each, no measure named, and
    for decimals reached on a named item ("obtains 85.3 on GLUE and 90.1 on SQuAD"), and integers
    listed after them ("62.3 on MathVista and 1,842 on MME"); ``qs``: the candidates' numbers."""
    for i, c in enumerate(cands):
        item = list_item(s, c.q) if c.hit.name is None else None
        if item is not None and s.mention_at(*item, ("DATASET",)):  # not "Llama 3.1, Qwen 2.5"
            c.hit.name, c.hit.strong = "score", True
        elif (
            c.hit.name is None
            and (not c.q.is_integer or (i > 0 and cands[i - 1].scored_on))
            and scored_on(s, qs, i)
        ):
            c.hit.name, c.hit.strong, c.scored_on = "score", True, True
        elif _named_before(s, c) and not c.q.is_integer and scored_on(s, qs, i):
            # the measure its sentence names before a level reached on a named item: "achieves the
            # best average AUROC among unsupervised methods, reaching 0.912 on Amazon"
            c.hit.strong, c.scored_on = True, True
        elif c.hit.name is None and not c.q.is_integer and _bracketed_on_benchmark(s, c.q):
            c.hit.name, c.hit.strong = "score", True
        elif c.hit.name is None and changed_on_benchmark(s, c.q):
            # the performance the guidelines name where no measure is (section 9), which naming
            # gives the benchmark's measure
            c.hit.name, c.hit.strong, c.hit.relative = "performance", True, True


def _named_before(s: Sentence, c: Candidate) -> bool:
    """Whether a candidate's measure, weakly read, is a METRIC mention of its sentence before it."""
    hit = c.hit
    return (
        hit.name is not None
        and not hit.strong
        and 0 <= hit.start < hit.end < c.q.lead
        and s.mention_at(hit.start, hit.end, ("METRIC",)) is not None
    )


def changed_on_benchmark(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is a change, signed or in points, on a benchmark named right after it:
    "gains are consistent (+3.7 on MATH)", "costs 2.9 pp on MMLU".

    >>> from kg.results.quantities import spot
    >>> t = "gains (+3.7 on MATH), a cost of 2.9 pp on MMLU, 3.7 on MATH and +2 on average"
    >>> s = Sentence.of(t, ("MATH", "DATASET"), ("MMLU", "DATASET"))
    >>> [changed_on_benchmark(s, q) for q in spot(t)]
    [True, True, False, False]
    """
    if not (q.sign in ("+", "-") or q.unit in ("points", "pp")):
        return False
    on = ON_ITEM.match(s.text, q.tail, s.hi)
    return on is not None and s.mention_at(*on.span(1), ("DATASET",)) is not None


def _bracketed_on_benchmark(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` stands in brackets right after a benchmark's name: "surpasses full-data
    training on MMBench (65.1 vs. 64.3)"."""
    # a window, not the sentence: the pattern's \S+ would try every start in a long run of text
    named = _ON_BRACKETED.search(s.text, max(s.lo, q.lead - 120), q.lead)
    return named is not None and s.mention_at(*named.span(1), ("DATASET",)) is not None


def scored_on(s: Sentence, qs: list[Quantity], i: int) -> bool:
    """Whether ``qs[i]`` is a level reached on the dataset named right after it: "on" a
    DATASET mention or a capitalised name, a verb of reaching before it in its clause, or
    before the first of the numbers coordinated with it ("obtains 62.1 on ListOps, 89.7 on
    Text").

    >>> from kg.results.quantities import spot
    >>> t = "It obtains 62.1 on ListOps and 89.7 on Text, trained on 1.5 on X."
    >>> [scored_on(Sentence.of(t), spot(t), i) for i in range(3)]
    [True, True, False]
    """
    on = ON_ITEM.match(s.text, qs[i].tail, s.hi)
    if on is None:
        return False
    first = i
    while first and joined(s.text, qs[first - 1], qs[first]):
        first -= 1
    lead = qs[first].lead
    return _REACHED.search(s.text, clause_start(s.text, s.lo, lead), lead) is not None
