"""Canonical entities: every mention of the same thing gets the same entity id.

A mention resolves, in order, through (1) the gazetteer id its span matched, (2) the
gazetteer's alias table, (3) an abbreviation defined in the same paper, (4) the corpus-wide
abbreviation dictionary when the short form means one thing everywhere, (5) for tasks and
metrics, the curated name a qualified name ends with ("face recognition accuracy" is
accuracy; a task the model typed as a method too), for metrics also the curated name
before words of change ("mAP boost" is mAP) and the curated rate of a quantity ("error" is
the error rate), for tasks the one curated task a name lacks only the last word of
("click-through rate" is click-through rate prediction), and for datasets the curated name
a name starts with when the rest names a split or part ("COCO test-dev" is COCO), (6) its
normalised key: case, spacing, hyphens, plurals and trailing head words ("BLEU score" =
"BLEU") folded, while numbers and "+" stay ("CIFAR-10" ≠ "CIFAR-100", "UNet++" ≠ "U-Net").
Then, corpus-wide, (7) a method, model or task named with its kind words or a generic
modifier ("Transformer-based models", "standard Transformer") is the name without them that
the gazetteer or the corpus has, and an unknown qualified task or metric (of a key mostly
tagged so: a pass does not split an entity by label) falls back to the broader name it ends
with that other papers use, (8) a bare task head ("classification") takes the qualified task
its paper names or its context points to, and (9) a bare dataset family ("CIFAR") the
version its paper names or the corpus mostly means. Last, (10) a curated name modifying a
longer mention ("Transformer" in "Transformer-based LLMs") becomes a nested mention of its
own.

Modules:

- :mod:`~kg.link.normalize`: matching keys of surface forms, and their shorter fallbacks;
- :mod:`~kg.link.abbreviations`: the corpus's abbreviation dictionary (4);
- :mod:`~kg.link.resolver`: :func:`link`, and the :class:`Resolver` that keys each mention
  (1-6) and runs the passes;
- :mod:`~kg.link.passes`: the corpus-wide passes (7-9);
- :mod:`~kg.link.parts`: nested mentions of the curated names that modify a mention (10);
- :mod:`~kg.link.entities`: entity records from the keys: ids, labels, papers, years and
  variants;
- :mod:`~kg.link.describe`: what linked papers and entities say beyond their ids: roles,
  salience and results (:mod:`~kg.link.salience`, :mod:`kg.results`), generic entities
  (:mod:`~kg.link.specificity`) and the direction of metrics.
"""

from __future__ import annotations

from .abbreviations import abbreviation_dictionary
from .describe import describe
from .entities import papers_and_years, preferred_label
from .normalize import dataset_keys, family_key, head_keys, normalize, normalize_words, singular, slug
from .passes import bare_head_referents, family_referents
from .resolver import Resolver, link, task_stems

__all__ = [
    "Resolver",
    "abbreviation_dictionary",
    "bare_head_referents",
    "dataset_keys",
    "describe",
    "family_key",
    "family_referents",
    "head_keys",
    "link",
    "normalize",
    "normalize_words",
    "papers_and_years",
    "preferred_label",
    "singular",
    "slug",
    "task_stems",
]
