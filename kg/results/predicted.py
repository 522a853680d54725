"""The error of a prediction a fitted law or predictor makes: "predicts the loss of the largest model
to within 0.6%" is a loss prediction error, "predict the performance of a held-out tracker within
0.5 AUC points" an AUC prediction error."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence

# what is predicted, up to "within": "predicts the critical batch size of held-out runs to within"
_PREDICTED = re.compile(
    r"(?i)\bpredict(?:s|ed|ing)?\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?:\s+(?:of|for)\s+[^.;,]{1,60}?)?\s+(?:to\s+)?within\s+\Z"
)
_WITHIN = re.compile(r"(?i)\bwithin\s+\Z")
# ... or a measure named after the number: "within 0.5 AUC points"
_UNIT_MEASURE = re.compile(r"\s+([A-Z][\w@-]*)\s+points\b")


def prediction_error(s: Sentence, q: Quantity) -> MetricHit | None:
    """The prediction whose error ``q`` is, named by what is predicted.

    >>> from kg.results.quantities import spot
    >>> t = "Fitted curves predict the loss of the largest model to within 1.5%."
    >>> prediction_error(Sentence.of(t), spot(t)[0]).name
    'loss prediction error'
    >>> t = "Our laws predict the performance of a held-out tracker within 0.5 AUC points."
    >>> prediction_error(Sentence.of(t), spot(t)[0]).name
    'AUC prediction error'
    """
    if not _WITHIN.search(s.text, max(s.lo, q.lead - 40), q.lead):
        return None  # most numbers: no prediction's phrase to read back over
    m = _PREDICTED.search(s.text, max(s.lo, q.lead - 120), q.lead)
    if m is None:
        return None
    unit = _UNIT_MEASURE.match(s.text, q.end, s.hi)
    what = unit.group(1) if unit else m.group(1)
    return MetricHit(f"{what} prediction error")
