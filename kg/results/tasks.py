"""The task a result is on: the task the sentence names nearest to its number."""

from __future__ import annotations

import re

from .names import Name, mention_name
from .quantities import Quantity
from .text import Sentence


def task_for(s: Sentence, q: Quantity) -> Name | None:
    """The task of the sentence nearest to the number, one after it preferred.

    >>> from kg.results.quantities import spot
    >>> t = "For retrieval we gain 5% on QA"
    >>> task_for(Sentence.of(t, ("retrieval", "TASK")), spot(t)[0]).text
    'retrieval'
    """
    tasks = s.labelled("TASK")
    if not tasks:
        return None
    later = [m for m in tasks if m.start >= q.tail]
    return mention_name(later[0] if later else tasks[-1])


def task_short_form(text: str, name: str) -> bool:
    """Whether ``name`` is the short form the text gives a task: "Referring expression
    comprehension (REC)".

    >>> task_short_form("Referring expression comprehension (REC) and RefCOCO (RC)", "REC")
    True
    >>> task_short_form("Referring expression comprehension (REC) and RefCOCO (RC)", "RC")
    False
    """
    return re.search(r"(?i)\w(?:tion|sion|ing|sis)\s+\(" + re.escape(name) + r"\)", text) is not None
