"""The result record: one number an abstract reports, and what it is about.

The fields follow ``pipelines/annotation/RESULTS_GUIDELINES.md`` (section 2), so that a
prediction line and a gold line have the same shape and the shared scorer reads both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


# Slots, as for Mention: a corpus holds a few results a paper, kept alongside its mentions.
@dataclass(slots=True)
class Result:
    """A reported result; ``text == field_text[start:end]`` is the value as written.

    Parameters
    ----------
    value : str
        The number as written, without its unit (``"84.1"``, ``"2-3"``, ``"1M"``).
    unit : str
        ``%``, ``x``, ``points``, ``pp``, ``ms``, ``s``, ``GB``, ... or ``""``.
    kind : str
        ``absolute`` (a level reached) or ``relative`` (a change or a ratio).
    metric, dataset, task, method : str or None
        What the number measures, on what, for which task and by which system, in the
        abstract's words.
    own : bool
        Whether the number belongs to the paper's own method rather than a baseline's.
    approx : bool
        Whether the text hedges it ("up to", "about", "~") or gives a range.
    field, start, end, text : str, int, int, str
        The evidence: the value's span in the title or abstract.
    metric_entity, dataset_entity, task_entity, method_entity : str or None
        Entity ids of the mentions the names came from, when those are linked.

    Examples
    --------
    >>> r = Result("84.1", "%", "absolute", "top-1 accuracy", field="abstract", start=9, end=13, text="84.1")
    >>> Result.from_dict(r.to_dict()) == r
    True
    """

    value: str
    unit: str
    kind: str
    metric: str | None
    dataset: str | None = None
    task: str | None = None
    method: str | None = None
    own: bool = True
    approx: bool = False
    field: str = "abstract"
    start: int = 0
    end: int = 0
    text: str = ""
    metric_entity: str | None = None
    dataset_entity: str | None = None
    task_entity: str | None = None
    method_entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields by name, in declaration order (the gold file's keys come first).

        >>> list(Result("2.3", "points", "relative", "BLEU").to_dict())[:5]
        ['value', 'unit', 'kind', 'metric', 'dataset']
        """
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        """The inverse of :meth:`to_dict`; keys it does not know (a gold line's) are ignored.

        >>> Result.from_dict({"value": "3", "unit": "x", "kind": "relative", "metric": "speed", "note": 1}).metric
        'speed'
        """
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
