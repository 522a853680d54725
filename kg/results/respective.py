"""The systems a coordination of levels belongs to, listed before it with "respectively":
"On RewardBench, VerdictLM-8B and VerdictLM-3B reach 89.3 and 85.6, respectively"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Result
from .names import Name
from .pairing import LIST_LEADING, RESPECTIVE_AFTER, SYSTEM_NAME, list_of, runs
from .quantities import Quantity
from .text import Sentence, clause_start

# the verb between the systems and their levels: "reach", "achieve", "score", "obtain"
_REACHES = re.compile(
    r"(?i)\s+(?:reach|reaches|reached|achieve|achieves|achieved|attain|attains|attained|obtain|obtains|"
    r"obtained|score|scores|scored|get|gets|average|averages|retain|retains|leave|leaves)\s+"
    # past the measure they name: "leave success rates of", "achieve an average accuracy of"
    r"(?:(?:an?\s+)?(?:average\s+)?(?:[\w@-]+\s+){0,3}?(?:of\s+)?)?\Z"
)

# the words that introduce the systems as examples: "Generative judges such as GPT-4o and Claude"
_EXAMPLES = re.compile(r"(?i)(?:[\w-]+\s+){0,2}(?:such\s+as|including|like)\s+")


def respective_systems(s: Sentence, qs: Sequence[Quantity], out: list[Result], own: Name | None) -> None:
    """Give the ``n`` levels of a coordination followed by "respectively" the ``n`` systems
    listed right before their verb, each its own (the paper's when it is the paper's system
    ``own`` or a size of it, another's else).

    >>> from kg.results.quantities import spot
    >>> t = "On MMLU, Llama-3-8B and Mistral-7B reach 66.2% and 62.5%, respectively."
    >>> rs = [Result(q.value, q.unit, "absolute", "accuracy") for q in spot(t)]
    >>> respective_systems(Sentence.of(t, ("Llama-3-8B", "MODEL"), ("Mistral-7B", "MODEL")), spot(t), rs, None)
    >>> [(r.method, r.own) for r in rs]
    [('Llama-3-8B', False), ('Mistral-7B', False)]
    """
    for first, j in runs(s.text, qs):
        if not RESPECTIVE_AFTER.match(s.text, qs[j - 1].tail, s.hi):
            continue
        lo = clause_start(s.text, s.lo, qs[first].lead)
        verb = _REACHES.search(s.text, lo, qs[first].lead)
        listed = list_of(j - first, systems=True).search(s.text, lo, verb.start()) if verb else None
        if listed is None:
            continue
        names = []
        for k in range(1, j - first + 1):
            a, b = listed.span(k)
            lead = LIST_LEADING.match(s.text[a:b]) or _EXAMPLES.match(s.text[a:b])
            a += lead.end() if lead else 0
            mention = s.mention_at(a, b, ("MODEL", "METHOD"))
            if mention is not None and (mention.start, mention.end) == (a, b):
                names.append(Name(mention.text, mention.entity or None))
            elif SYSTEM_NAME.fullmatch(s.text, a, b):
                names.append(Name(s.text[a:b]))
            else:
                break
        else:
            for r, n in zip(out[first:j], names, strict=True):
                r.method, r.method_entity = n.text, n.entity
                r.own = own is not None and (n.text == own.text or n.text.startswith(own.text + "-"))
