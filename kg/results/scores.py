"""Scores that name no measure: the numbers of a list of benchmarks with a number each, and
levels reached on a named item ("obtains 85.3 on GLUE and 90.1 on SQuAD")."""

from __future__ import annotations

import re

from . import filters
from .candidate import Candidate
from .places import scored_on
from .quantities import Quantity
from .text import Sentence

# decimals in brackets right after a benchmark: "on MMBench (65.1 vs. 64.3)"
_ON_BRACKETED = re.compile(r"(\S+)\s+\(\s*(?:[\d.]+\s*(?:vs\.?|versus)\s*)?\Z")


def scores(s: Sentence, cands: list[Candidate], qs: list[Quantity]) -> None:
    """ "Score" for the numbers of a list of benchmarks with a number each, no measure named, and
    for decimals reached on a named item ("obtains 85.3 on GLUE and 90.1 on SQuAD"), and integers
    listed after them ("62.3 on MathVista and 1,842 on MME"); ``qs``: the candidates' numbers."""
    for i, c in enumerate(cands):
        item = filters.list_item(s, c.q) if c.hit.name is None else None
        if item is not None and s.mention_at(*item, ("DATASET",)):  # not "Llama 3.1, Qwen 2.5"
            c.hit.name, c.hit.strong = "score", True
        elif (
            c.hit.name is None
            and (not c.q.is_integer or (i > 0 and cands[i - 1].scored_on))
            and scored_on(s, qs, i)
        ):
            c.hit.name, c.hit.strong, c.scored_on = "score", True, True
        elif c.hit.name is None and not c.q.is_integer and _bracketed_on_benchmark(s, c.q):
            c.hit.name, c.hit.strong = "score", True


def _bracketed_on_benchmark(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` stands in brackets right after a benchmark's name: "surpasses full-data
    training on MMBench (65.1 vs. 64.3)"."""
    # a window, not the sentence: the pattern's \S+ would try every start in a long run of text
    named = _ON_BRACKETED.search(s.text, max(s.lo, q.lead - 120), q.lead)
    return named is not None and s.mention_at(*named.span(1), ("DATASET",)) is not None
