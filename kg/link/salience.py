"""What a paper is about: its salient entities, and the role each plays in it.

A role says what the paper does with an entity (the in-domain guidelines,
``pipelines/annotation/GUIDELINES.md`` §4): it ``proposes`` it, ``uses`` it, ``evaluates_on``
it, ``compares_with`` it, or only ``mentions`` it. The cues are the words right before a
mention, within its sentence: "we propose X", "a model called X" (proposes), "outperforms X",
"compared to X", "than X" (compares_with), "results on X", "experiments on X" for a dataset
(evaluates_on), "using X", "based on X" (uses); a name heading the title ("X: ...") is
proposed, as is every mention of the system the paper names as its own
(:func:`kg.results.proposed.own_system`), a dataset in a sentence that reports results is
evaluated on, and a task or a metric
the paper names in its title, its first sentence or next to a number is used. An entity takes
the strongest role of its mentions, in the order of :data:`ROLES`.

An entity is salient when it would appear in a one-line summary of the paper: what it
proposes, what it evaluates on, what its title names, its main task. Everything here is a
pure function of the paper's title, abstract and mentions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..records import ROLES, Mention
from ..results.proposed import own_system
from .normalize import normalize

_PROPOSE = re.compile(
    r"(?:\b(?:we|this paper|this work|here we|paper)\s+(?:propose|introduce|present|develop|release|design"
    r"|construct|build|create|call|name|term|contribute)s?\b[^.;:]{0,60}"
    r"|\b(?:called|named|termed|dubbed|coined)\s+|\bour\s+(?:\w+\s+)?)$",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|compared?\s+(?:to|with)|comparison\s+(?:to|with)|than|over"
    r"|against|versus|vs\.?|baselines?\s+(?:such as|like|including)|improv\w*\s+(?:up)?on"
    r"|competitive\s+with|on par with|rivals?)\s+(?:the\s+|strong\s+|existing\s+|previous\s+|prior\s+)*"
    r"(?:[^.;:]{0,40},\s*)?$",
    re.I,
)
_EVALUATE = re.compile(
    r"\b(?:on|across|using|in)\s+(?:the\s+|several\s+|multiple\s+|standard\s+|two\s+|three\s+|four\s+"
    r"|\w+\s+benchmarks?,?\s+(?:such as|like|including)\s+|[^.;:]{0,40},\s*)*$",
    re.I,
)
_RESULTS = re.compile(
    r"\b(?:experiment\w*|evaluat\w*|benchmark\w*|results?|achiev\w*|state[- ]of[- ]the[- ]art|sota"
    r"|outperform\w*|accuracy|score\w*|test\w*|demonstrat\w*|empirical\w*)\b",
    re.I,
)
_USE = re.compile(
    r"\b(?:using|uses?|used|based on|built on|builds? on|build upon|leverag\w*|adopt\w*|employ\w*|apply\w*"
    r"|applied to|via|with|through|fine-?tun\w*|on top of|relies on|extends?|exploit\w*)\s+(?:the\s+|a\s+"
    r"|an\s+|pre-?trained\s+)?$",
    re.I,
)
_NUMBER = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9(])")
# the window of text before a mention that its cues are read from
WINDOW = 80


@dataclass(frozen=True)
class Judgement:
    """What a paper does with one entity."""

    role: str
    salient: bool
    score: float


def entity_key(m: Mention) -> str:
    """The entity a mention names: its linked id, else its normalised words."""
    return m.entity or "k:" + normalize(m.text)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text``.

    >>> sentence_bounds("We propose X. It works on Y.")
    [(0, 13), (13, 28)]
    """
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    return [*bounds, (start, len(text))] if start < len(text) or not bounds else bounds


def mention_role(m: Mention, title: str, abstract: str, bounds: Sequence[tuple[int, int]]) -> str:
    """The role one mention's context gives its entity.

    >>> t, a = "GLoRA: generalized low-rank adaptation", "We propose GLoRA. It beats LoRA on GLUE."
    >>> ms = [Mention("title", 0, 5, "GLoRA", "METHOD"), Mention("abstract", 11, 16, "GLoRA", "METHOD"),
    ...       Mention("abstract", 27, 31, "LoRA", "METHOD"), Mention("abstract", 35, 39, "GLUE", "DATASET")]
    >>> [mention_role(m, t, a, sentence_bounds(a)) for m in ms]
    ['proposes', 'proposes', 'compares_with', 'evaluates_on']
    """
    text = title if m.field == "title" else abstract
    start = 0 if m.field == "title" else next((a for a, b in bounds if a <= m.start < b), 0)
    before = text[max(start, m.start - WINDOW) : m.start]
    sentence = text[start : next((b for a, b in bounds if a <= m.start < b), len(text))]
    if m.field == "title":
        heads = m.start == 0 and text[m.end : m.end + 2].lstrip().startswith(":")
        if heads and m.label in {"MODEL", "METHOD", "DATASET"}:
            return "proposes"
    # a comparison first: "we propose X, which outperforms Y" proposes X, not Y
    if _COMPARE.search(before) and m.label in {"MODEL", "METHOD"}:
        return "compares_with"
    if _PROPOSE.search(before) and m.label != "TASK":
        return "proposes"
    if m.label == "DATASET" and (_EVALUATE.search(before) or _RESULTS.search(sentence)):
        return "evaluates_on"
    if _USE.search(before) or (m.label == "TASK" and (m.field == "title" or start == 0)):
        return "uses"
    if m.label == "METRIC" and _NUMBER.search(sentence):
        return "uses"
    return "mentions"


def judge(
    title: str, abstract: str, mentions: Iterable[Mention], *, threshold: float = 0.5
) -> dict[str, Judgement]:
    """The role and salience of each entity of one paper, by :func:`entity_key`.

    Salience is a score from the entity's role, whether the title names it, whether the
    abstract's first sentence does, and how often the paper names it. A mention whose ``role``
    is set already keeps it.

    >>> t, a = "GLoRA: generalized low-rank adaptation", "We propose GLoRA. It beats LoRA on GLUE."
    >>> ms = [Mention("title", 0, 5, "GLoRA", "METHOD", "glora"), Mention("abstract", 11, 16, "GLoRA", "METHOD", "glora"),
    ...       Mention("abstract", 27, 31, "LoRA", "METHOD", "lora"), Mention("abstract", 35, 39, "GLUE", "DATASET", "glue")]
    >>> {k: (j.role, j.salient) for k, j in judge(t, a, ms).items()}
    {'glora': ('proposes', True), 'lora': ('compares_with', False), 'glue': ('evaluates_on', True)}
    """
    mentions = list(mentions)  # read twice: by entity, and for the paper's own system
    bounds = sentence_bounds(abstract)
    first_end = bounds[0][1] if bounds else 0
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_entity[entity_key(m)].append(m)
    # the system the paper names as its own ("We introduce DOUBT, ...") is proposed wherever
    # it is named, even where a comparison comes first ("outperforming X, DOUBT ...")
    own = own_system(title, abstract, mentions)
    out = {}
    for key, ms in by_entity.items():
        roles = {m.role or mention_role(m, title, abstract, bounds) for m in ms}
        if own is not None and any(m.label in ("MODEL", "METHOD") and m.text == own.text for m in ms):
            roles.add("proposes")
        role = next(r for r in ROLES if r in roles or r == "mentions")
        in_title = any(m.field == "title" for m in ms)
        in_lead = any(m.field == "abstract" and m.start < first_end for m in ms)
        score = ROLE_WEIGHT[role] + 0.35 * in_title + 0.15 * in_lead + 0.1 * min(len(ms) - 1, 2)
        out[key] = Judgement(role, score >= threshold, round(score, 3))
    return out


# how much each role alone says an entity is salient
ROLE_WEIGHT = {"proposes": 0.6, "evaluates_on": 0.5, "compares_with": 0.0, "uses": 0.2, "mentions": 0.0}
