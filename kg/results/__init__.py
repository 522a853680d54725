"""Reported results: the numbers an abstract gives as outcomes, as structured records.

"reaches 84.1% top-1 accuracy on ImageNet", "improves BLEU by 2.3 points", "2.5x faster
decoding with 40% less memory" become :class:`Result` records (value, unit, kind, metric,
dataset, task, method, own, approx and the value's span), following
``pipelines/annotation/RESULTS_GUIDELINES.md``. Pure functions on strings and kg's
mentions, no spaCy: a regular-expression sentence splitter and a few words of context
on either side of each number.

Modules:

- :class:`kg.records.Result`: the record (with the other records that flow forward);
- :mod:`~kg.results.text`: sentences, clauses and short noun phrases;
- :mod:`~kg.results.quantities`: numbers with units, hedges and ranges;
- :mod:`~kg.results.vocabulary`: the curated metric words and words of change;
- :mod:`~kg.results.filters`: what is not a result (years, names, sizes, settings), with
  :mod:`~kg.results.times` (which times are results) and :mod:`~kg.results.operating_points`
  (the operating point a level is read at);
- :mod:`~kg.results.unstated`, :mod:`~kg.results.kept` and :mod:`~kg.results.rates`: numbers
  that state no result (questions, what data is like), shares a selection keeps, and rates that
  set the scene or make the design;
- :mod:`~kg.results.hits`: a measure found, and the phrases that name one;
- :mod:`~kg.results.changes`: the measure a verb of change moves, or a margin;
- :mod:`~kg.results.lowered`: counts a verb brings down ("the number of falls from 7 to 0");
- :mod:`~kg.results.object_levels`: the measure of what a verb moves between levels;
- :mod:`~kg.results.counts`: what a number counts or is a share of, and names no list knows,
  with :mod:`~kg.results.solving` (what a system solves, fixes or proves);
- :mod:`~kg.results.metrics`: the measure a number states, with :mod:`~kg.results.shapes`
  (the shapes of the words before it) and :mod:`~kg.results.units` (what a unit implies);
- :mod:`~kg.results.reached`: the measure a verb of scoring or reaching implies ("scores 35.2");
- :mod:`~kg.results.stated`: the measure a sentence states for all its numbers;
- :mod:`~kg.results.lengths`: the lengths a method reaches (context, depth, what it generates);
- :mod:`~kg.results.groups`: asides and coordinations that share a measure;
- :mod:`~kg.results.coordination`: measures shared along coordinations and "from A to B";
- :mod:`~kg.results.pairing`: measures and datasets paired with numbers in order;
- :mod:`~kg.results.earlier`: measures taken from a sentence's earlier numbers (levels compared,
  alternatives);
- :mod:`~kg.results.candidate`: a number on its way to a result;
- :mod:`~kg.results.places` and :mod:`~kg.results.placing`: what a number is on, its dataset
  and task, of the datasets :mod:`~kg.results.named_places` finds in the sentence, with
  :mod:`~kg.results.measured` (a dataset named inside a measure's phrase);
- :mod:`~kg.results.attach` and :mod:`~kg.results.baselines`: whose number it is, its method
  and ``own``, with :mod:`~kg.results.own_numbers` (the paper's system a number of its own
  belongs to) and :mod:`~kg.results.first_levels` (the system whose level a change starts from);
- :mod:`~kg.results.contrasts`: the system a "while" or "whereas" clause gives its number to;
- :mod:`~kg.results.respective`: the systems listed before levels with "respectively";
- :mod:`~kg.results.proposed`: the name the paper gives its own system;
- :mod:`~kg.results.context`: what a sentence says of the others' results (the dataset
  evaluated on, a benchmark paper's levels);
- :mod:`~kg.results.naming`: one name for one measure within a paper;
- :mod:`~kg.results.extract`: :func:`extract_results`, the entry point;
- :mod:`~kg.results.leaderboard` and :mod:`~kg.results.direction`: leaderboards over the results.
"""

from __future__ import annotations

from ..records import Result
from .extract import extract_results

__all__ = ["Result", "extract_results"]
