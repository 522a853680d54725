"""What linking adds to each paper and entity once every mention has its entity id.

For each paper: the role each mention's context gives its entity and the paper's role for
each entity (:mod:`kg.link.salience`), the entities it is about, and the results it reports
with the entity ids of their names (:mod:`kg.results`). For each entity of the corpus: whether
it is generic (:mod:`kg.link.specificity`) and, for a metric, which values are better
(:mod:`kg.results.direction`). Pure functions of the linked papers; they run after
:func:`kg.link.link` in `kg extract` and `kg build`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Entity, ExtractedPaper
from ..results import extract_results
from ..results.direction import metric_direction
from .parts import outermost
from .salience import judge, mention_role, sentence_bounds
from .specificity import specificity


def describe_paper(doc: ExtractedPaper) -> None:
    """Set ``doc``'s mention roles, entity roles, salient entities and results, in place.

    >>> from kg.records import Mention, Paper
    >>> p = Paper("p1", "GLoRA: generalized low-rank adaptation", "We propose GLoRA. It beats LoRA on GLUE by 2.1 points.")
    >>> doc = ExtractedPaper(p, [Mention("title", 0, 5, "GLoRA", "METHOD", "glora"),
    ...     Mention("abstract", 27, 31, "LoRA", "METHOD", "lora"), Mention("abstract", 35, 39, "GLUE", "DATASET", "glue")])
    >>> describe_paper(doc)
    >>> [m.role for m in doc.mentions], doc.roles, doc.salient
    (['proposes', 'compares_with', 'evaluates_on'], {'glora': 'proposes', 'lora': 'compares_with', 'glue': 'evaluates_on'}, ['glora', 'glue'])
    >>> [(r.value, r.unit, r.dataset_entity) for r in doc.results]
    [('2.1', 'points', 'glue')]
    """
    p = doc.paper
    bounds = sentence_bounds(p.abstract)
    for m in doc.mentions:
        m.role = mention_role(m, p.title, p.abstract, bounds)
    judged = judge(p.title, p.abstract, [m for m in doc.mentions if m.entity])
    doc.roles = {key: j.role for key, j in judged.items()}
    doc.salient = [key for key, j in judged.items() if j.salient]
    # one mention per span: a part's name is read through the mention it is part of
    doc.results = extract_results(p.title, p.abstract, outermost(doc.mentions))


def describe_entities(entities: Mapping[str, Entity], n_papers: int) -> None:
    """Set each entity's generic judgement and, for metrics, its direction, in place."""
    for eid, s in specificity(entities, n_papers).items():
        e = entities[eid]
        e.generic, e.specificity = s.generic, s.score
        if e.type == "METRIC":
            e.direction = metric_direction(eid, e.label)


def describe(docs: Sequence[ExtractedPaper], entities: Mapping[str, Entity]) -> None:
    """:func:`describe_paper` for every paper and :func:`describe_entities` for the corpus."""
    for doc in docs:
        describe_paper(doc)
    describe_entities(entities, len(docs))
