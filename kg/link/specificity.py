"""Whether an entity is generic: a whole field or family ("deep learning", "large language
models", "Transformer") rather than a specific technique, model, dataset, metric or task.

The in-domain guidelines (``pipelines/annotation/GUIDELINES.md`` §1, §4, §7) mark such
concepts ``generic: true``: they are real entities, but a researcher's top lists should not
be full of them. A corpus says which they are from four cues, each a score in [0, 1]:

- **listed**: the entity's name or one of its surface forms is an umbrella term of
  ``kg/data/specificity/generic_terms.txt`` (fields, learning paradigms, model families);
- **head**: its name ends with a class noun ("models", "networks", "learning") and carries no
  name-shaped word (a digit or an inner capital: "ResNet-50", "GPT-4");
- **spread**: the share of the corpus's papers that mention it, against ``common_share``:
  a family is named across subfields, a technique in the papers that use it (document
  frequency as a measure of term specificity: Spärck Jones 1972);
- **short**: a name of at most two words, which a specific technique seldom has.

Only METHOD and TASK entities can be generic (fields are tasks, families are methods); the
score is a weighted sum of the cues and ``generic`` is ``score >= threshold``.

K. Spärck Jones, "A statistical interpretation of term specificity and its application in
retrieval", Journal of Documentation 28(1), 1972.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import Errors, KGError
from ..records import Entity
from ..resources import data_path

GENERIC_TERMS = data_path("specificity", "generic_terms.txt")
# cue → weight; the weights and the threshold were set on the in-domain train split
WEIGHTS = {"listed": 0.6, "head": 0.3, "spread": 0.3, "short": 0.1}
# nouns that name a class of systems or a field when they end a name
CLASS_HEADS = frozenset(
    {
        "models",
        "model",
        "networks",
        "network",
        "nets",
        "learning",
        "transformers",
        "transformer",
        "encoders",
        "encoder",
        "decoders",
        "autoencoders",
        "processing",
        "intelligence",
        "vision",
        "methods",
        "approaches",
        "architectures",
        "llms",
        "mllms",
        "lms",
        "cnns",
        "rnns",
        "gnns",
    }
)
GENERIC_TYPES = frozenset({"METHOD", "TASK"})
_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class Specificity:
    """The generic judgement of one entity, with the cues behind it."""

    score: float
    generic: bool
    cues: tuple[str, ...]


def fold(text: str) -> str:
    """Lower-case words joined by single spaces.

    >>> fold("Large-Language  Models")
    'large language models'
    """
    return " ".join(_WORD.findall(text.lower()))


@lru_cache(maxsize=4)
def generic_terms(path: Path = GENERIC_TERMS) -> frozenset[str]:
    """The umbrella terms of ``path``: one a line, ``#`` comments, folded by :func:`fold`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E060.format(path=path, line=0, detail=f"unreadable list ({e})")) from e
    return frozenset(t for t in (fold(line.split("#", 1)[0]) for line in lines) if t)


def cue_scores(
    name: str, surfaces: Iterable[str], share: float, *, terms: frozenset[str], common_share: float = 0.02
) -> dict[str, float]:
    """Each cue's score in [0, 1] for an entity called ``name``, mentioned as ``surfaces``
    in ``share`` of the corpus's papers.

    >>> terms = frozenset({"deep learning"})
    >>> cue_scores("deep learning", ["deep learning"], 0.05, terms=terms)
    {'listed': 1.0, 'head': 1.0, 'spread': 1.0, 'short': 1.0}
    >>> cue_scores("ResNet-50 models", ["ResNet-50 models"], 0.001, terms=terms)
    {'listed': 0.0, 'head': 0.0, 'spread': 0.05, 'short': 0.0}
    """
    words = fold(name).split()
    shaped = any(any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in w[1:]) for w in name.split())
    listed = any(fold(s) in terms for s in (name, *surfaces))
    return {
        "listed": float(listed),
        "head": float(bool(words) and words[-1] in CLASS_HEADS and not shaped),
        "spread": min(1.0, share / common_share),
        "short": float(0 < len(words) <= 2 and not shaped),
    }


def specificity(
    entities: Mapping[str, Entity],
    n_papers: int,
    *,
    terms: frozenset[str] | None = None,
    threshold: float = 0.6,
    common_share: float = 0.02,
) -> dict[str, Specificity]:
    """The generic judgement of every entity of a corpus of ``n_papers`` papers.

    Parameters
    ----------
    entities : mapping of str to Entity
        The corpus's entity records by id (:func:`kg.link.link`).
    n_papers : int
        How many papers the corpus holds.
    terms : frozenset of str, optional
        Folded umbrella terms; the shipped list by default.
    threshold : float, default 0.6
        The weighted cue score at and above which an entity is generic.
    common_share : float, default 0.02
        The share of papers at which the spread cue is full.

    Examples
    --------
    >>> es = {e.id: e for e in [
    ...     Entity("deep-learning", "deep learning", "METHOD", papers=["a", "b"]),
    ...     Entity("lora", "LoRA", "METHOD", papers=["a"]),
    ...     Entity("imagenet", "ImageNet", "DATASET", papers=["a", "b"])]}
    >>> {k: s.generic for k, s in specificity(es, 10, terms=frozenset({"deep learning"})).items()}
    {'deep-learning': True, 'lora': False, 'imagenet': False}
    """
    terms = generic_terms() if terms is None else terms
    out = {}
    for eid, e in entities.items():
        if e.type not in GENERIC_TYPES:
            out[eid] = Specificity(0.0, False, ())
            continue
        share = len(e.papers) / n_papers if n_papers else 0.0
        cues = cue_scores(e.label, e.aliases, share, terms=terms, common_share=common_share)
        score = round(sum(WEIGHTS[c] * v for c, v in cues.items()), 4)
        out[eid] = Specificity(score, score >= threshold, tuple(c for c, v in cues.items() if v))
    return out
