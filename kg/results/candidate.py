"""A number of a sentence on its way to a result: its measure, and what the sentence says of it."""

from __future__ import annotations

from dataclasses import dataclass

from .hits import MetricHit
from .names import Name
from .quantities import Quantity


@dataclass(slots=True)
class Candidate:
    q: Quantity
    hit: MetricHit
    aside: Candidate | None = None  # the number it is a bracketed aside on
    dataset: Name | None = None
    listed: tuple[int, int] | None = None  # the item it scores in a list of named scores
    scored_on: bool = False  # a level reached "on" the item named right after it
    claimed: bool = False  # a count a title claims the method needs (:mod:`~kg.results.claims`)
