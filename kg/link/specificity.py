"""Whether an entity is generic: a whole field, family or class ("deep learning", "large
language models", "downstream tasks", "performance") rather than a specific technique,
model, dataset, metric or task.

The in-domain guidelines (``pipelines/annotation/GUIDELINES.md`` §1, §2, §4, §7) mark fields
and families ``generic: true``: they are real entities, but a researcher's top lists should
not be full of them. They also list phrases that are no entity at all and that an extractor
still finds: a quality or property word alone (``performance``, ``quality``, ``efficiency``),
a class of tasks (``downstream tasks``, ``real-world applications``), a representation or
component word (``visual representations``, ``decoder``, ``model architecture``) and a cost
word that only names a concern. The judgement keeps all of them out of the rankings. A corpus
says which they are from five cues, each a score in [0, 1]:

- **listed**: the entity's name or one of its surface forms is an umbrella term of
  ``kg/data/specificity/generic_terms.txt`` (fields, learning paradigms, model families);
- **head**: its name ends with a class noun ("models", "networks", "transformers") and
  carries no name-shaped word (a digit or an inner capital: "ResNet-50", "GPT-4");
- **class**: its name is a class phrase of its type (:func:`is_class_phrase`; the words are
  in ``kg/data/specificity/class_words.txt``), a head noun of the type's class list with no
  modifier but generic ones (``deep``, ``visual``, ``overall``, ``model``). For a METRIC: a
  property word of anything (``robustness``, ``memory efficiency``, ``reconstruction
  quality``), a concern (``accuracy-speed tradeoff``, ``computational budget``), a cost word
  alone (``complexity``, ``speed``) or after words that say only where it is paid
  (``computational cost``, ``training cost``; ``time complexity`` is a measure), or a
  modifier alone (``computational``). For a METHOD: a property (``representational
  capacity``). For a TASK: the capability of a modality (``visual understanding``). For a
  METHOD or TASK: a representation or component word
  (``feature representations``, ``image encoder``, ``deep models``, ``embedding layer``,
  ``training procedure``), a plural class of problems (``downstream tasks``,
  ``real-world scenarios``; not the plural of a task's name, ``visual recognition
  tasks``), a bare process word or problem type (``inference``, ``fast inference``,
  ``retrieval``) or a variant of
  representation learning (``graph representation learning``);
- **spread**: the share of the corpus's papers that mention it, against ``common_share``:
  a family is named across subfields, a technique in the papers that use it (document
  frequency as a measure of term specificity: Spärck Jones 1972);
- **short**: a name of at most two words, which a specific technique seldom has;
- **unkept**: the in-domain conventions of `kg_refine` (``kg/extract/refine.py``, the rules
  the shipped pipeline leaves off because SciREX's annotators mark these phrases) would drop
  the name as no entity: a description and a generic head ("learning algorithm",
  "linear models"), a representation of no named kind ("latent representations"), a
  capability ("generalization capabilities"). The mentions stay, as SciREX
  wants them; the entity does not drive rankings, as the in-domain guidelines want.

The cues judge METHOD, TASK and METRIC entities (fields are tasks, families are methods,
property words are metrics); a MODEL names one thing, and so does a DATASET unless it is a
kind of data (:func:`is_kind_of_data`: "fMRI data", "synthetic data"). The score is a weighted sum of
the cues and ``generic`` is ``score >= threshold``; ``listed``, ``class`` and ``unkept`` are each enough,
``head`` needs ``spread`` too. A name-shaped word ("ResNet encoder", "GLUE tasks") keeps a
name out of ``head`` and ``class``; a modifier outside the generic ones keeps it specific
("memory cost", "word embeddings", "attention mechanism", "dual encoder").

Where the in-domain annotators and the experts who judge the top lists
(``pipelines/annotation/top/TOP_GUIDELINES.md``) differ, the judgement follows the experts,
since it decides what rankings show: a cost paid somewhere ("computational cost"), a quality
of something ("memory efficiency") and the capability of a modality ("visual
understanding") are generic, where the in-domain gold marks the first two specific.

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
from ..extract.lexicon import norm_words
from ..extract.refine import TASK_ENDINGS, Cues, Lexicon, norm, refine_words
from ..records import Entity
from ..resources import data_path

GENERIC_TERMS = data_path("specificity", "generic_terms.txt")
# cue → weight; the weights and the threshold were set on the in-domain train split
WEIGHTS = {"listed": 0.6, "head": 0.3, "class": 0.6, "spread": 0.3, "short": 0.1, "unkept": 0.6}
# nouns that name a class of systems or a field when they end a name; not "learning"
# ("contrastive learning" is a technique; the paradigms are listed instead) nor a component
# ("dual encoder", "masked autoencoders": the class cue takes "encoder" with generic modifiers)
CLASS_HEADS = frozenset(
    {
        "models",
        "model",
        "networks",
        "network",
        "nets",
        "transformers",
        "transformer",
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
GENERIC_TYPES = frozenset({"METHOD", "TASK", "METRIC"})
# judged by is_kind_of_data alone
DATA_TYPES = frozenset({"DATASET"})
CLASS_WORDS = data_path("specificity", "class_words.txt")
CLASS_SECTIONS = (
    "generic_modifiers",
    "property_heads",
    "concern_heads",
    "component_heads",
    "problem_heads",
    "component_modifiers",
    "structure_heads",
    "supervision_modifiers",
    "paradigm_modifiers",
    "process_words",
    "evaluative_modifiers",
    "bare_metric_words",
    "unspecified_cost_heads",
    "stage_modifiers",
    "capability_heads",
    "capability_modifiers",
    "problem_types",
    "data_heads",
    "data_modifiers",
)
# the ends of a variant of a generic learning paradigm (§7: "graph representation learning")
PARADIGM_ENDS = (("representation", "learning"), ("feature", "learning"))
_WORD = re.compile(r"[A-Za-z0-9]+")
# words a capitalised name leaves in lower case ("Mixture of Experts")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


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


@lru_cache(maxsize=4)
def class_words(path: Path = CLASS_WORDS) -> dict[str, frozenset[str]]:
    """The word sets of ``path`` by section: ``[section]`` lines, then words, ``#`` comments."""
    sections: dict[str, set[str]] = {}
    current = None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E060.format(path=path, line=0, detail=f"unreadable list ({e})")) from e
    for n, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if text.startswith("[") and text.endswith("]"):
            current = sections.setdefault(text[1:-1], set())
        elif text:
            if current is None:
                raise KGError(Errors.E060.format(path=path, line=n, detail="words before a [section]"))
            current.update(fold(text).split())
    missing = [s for s in CLASS_SECTIONS if s not in sections]
    if missing:
        raise KGError(Errors.E060.format(path=path, line=0, detail=f"missing sections {missing}"))
    return {k: frozenset(v) for k, v in sections.items()}


def name_shaped(name: str) -> bool:
    """Whether a word of ``name`` has a digit or an inner capital, as names do.

    >>> name_shaped("ResNet-50 encoder"), name_shaped("GLUE tasks"), name_shaped("Deep models")
    (True, True, False)
    """
    return any(any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in w[1:]) for w in name.split())


def is_class_phrase(words: list[str], type_: str) -> bool:
    """Whether folded ``words`` name a class rather than a thing, for an entity of ``type_``.

    A METRIC: a property or concern head after any modifiers, a bare cost word, a cost word
    after modifiers that say only where it is paid. Any other type: the capability of a
    modality, a variant of representation learning, a bare process word or problem type, a
    plural class of problems not named by a task, a component head after generic or
    supervision modifiers (``specificity`` asks only for METHOD and TASK entities).

    >>> is_class_phrase(["overall", "performance"], "METRIC")
    True
    >>> is_class_phrase(["memory", "efficiency"], "METRIC"), is_class_phrase(["accuracy"], "METRIC")
    (True, False)
    >>> is_class_phrase(["computational", "cost"], "METRIC"), is_class_phrase(["memory", "cost"], "METRIC")
    (True, False)
    >>> is_class_phrase(["visual", "understanding"], "TASK"), is_class_phrase(["retrieval"], "TASK")
    (True, True)
    >>> is_class_phrase(["downstream", "tasks"], "TASK"), is_class_phrase(["visual", "representations"], "METHOD")
    (True, True)
    >>> is_class_phrase(["word", "embeddings"], "METHOD"), is_class_phrase(["image", "classification"], "TASK")
    (False, False)
    >>> is_class_phrase(["representational", "capacity"], "METHOD"), is_class_phrase(["classifier"], "METHOD")
    (True, True)
    """
    if not words:
        return False
    w = class_words()
    *mods, head = words
    generic_mods = set(mods) <= w["generic_modifiers"]
    if type_ == "METRIC":
        bare = head in w["bare_metric_words"] and set(mods) <= w["evaluative_modifiers"]
        # a cost paid somewhere ("computational cost") is no one measure; "memory cost" is
        unspecified = head in w["unspecified_cost_heads"] and set(mods) <= (
            w["stage_modifiers"] | w["evaluative_modifiers"]
        )
        # a modifier without its measure ("computational") names none
        modifier = head in w["generic_modifiers"] and generic_mods
        # a property is a quality whatever it is of ("memory efficiency"), not a measure
        return bare or unspecified or modifier or head in w["concern_heads"] or head in w["property_heads"]
    if head in w["capability_heads"] and mods and set(mods) <= w["capability_modifiers"]:
        return True  # the capability of a modality, an umbrella of tasks ("visual understanding")
    if type_ == "METHOD" and head in w["property_heads"]:
        return True  # a property is no technique ("representational capacity")
    if tuple(words[-2:]) in PARADIGM_ENDS:
        return (
            set(words[:-2]) <= w["generic_modifiers"] | w["supervision_modifiers"] | w["paradigm_modifiers"]
        )
    if head in w["process_words"] | w["problem_types"] and set(mods) <= w["evaluative_modifiers"]:
        return True
    if head in w["problem_heads"]:
        # a modifier with a task's ending makes a plural a task's name ("visual recognition
        # tasks"); "learning" names a paradigm, not a task ("graph learning tasks")
        return generic_mods or not any(m.endswith(TASK_ENDINGS) and m != "learning" for m in mods)
    if len(mods) == 1 and mods[0] in w["component_modifiers"] and head in w["structure_heads"]:
        return True
    # a structure word names no kind of component ("neural network layers", "network architecture")
    generic = w["generic_modifiers"] | w["supervision_modifiers"] | w["structure_heads"]
    return head in w["component_heads"] and set(mods) <= generic


def is_kind_of_data(words: list[str]) -> bool:
    """Whether folded ``words`` name a kind of data, not a dataset: a modality or a source
    before a data word ("fMRI data", "synthetic data", "RGB images"; the guidelines, §1, mark
    "real-world data" and "synthetic data" only when named).

    >>> is_kind_of_data(["fmri", "data"]), is_kind_of_data(["open", "images"]), is_kind_of_data(["data"])
    (True, False, False)
    """
    w = class_words()
    return len(words) > 1 and words[-1] in w["data_heads"] and set(words[:-1]) <= w["data_modifiers"]


def cue_scores(
    name: str,
    surfaces: Iterable[str],
    share: float,
    *,
    terms: frozenset[str],
    common_share: float = 0.02,
    type_: str = "METHOD",
) -> dict[str, float]:
    """Each cue's score in [0, 1] for an entity of ``type_`` called ``name``, mentioned as
    ``surfaces`` in ``share`` of the corpus's papers.

    >>> terms = frozenset({"deep learning"})
    >>> cue_scores("deep learning", ["deep learning"], 0.05, terms=terms)
    {'listed': 1.0, 'head': 0.0, 'class': 0.0, 'spread': 1.0, 'short': 1.0, 'unkept': 0.0}
    >>> cue_scores("ResNet-50 models", ["ResNet-50 models"], 0.001, terms=terms)
    {'listed': 0.0, 'head': 0.0, 'class': 0.0, 'spread': 0.05, 'short': 0.0, 'unkept': 0.0}
    >>> cue_scores("latent representations", [], 0.001, terms=terms)["unkept"]
    1.0
    >>> cue_scores("robustness", [], 0.001, terms=terms, type_="METRIC")["class"]
    1.0
    """
    words = fold(name).split()
    shaped = name_shaped(name)
    quality = type_ == "METRIC" and bool(words) and words[-1] in class_words()["property_heads"]
    listed = any(fold(s) in terms for s in (name, *surfaces))
    return {
        "listed": float(listed),
        "head": float(bool(words) and words[-1] in CLASS_HEADS and not shaped),
        # a quality stays one whatever it is of ("GPU efficiency")
        "class": float(is_class_phrase(words, type_) and (not shaped or quality)),
        "spread": min(1.0, share / common_share),
        "short": float(0 < len(words) <= 2 and not shaped),
        "unkept": float(not shaped and unkept(name, type_, named=all(map(capitalised, (name, *surfaces))))),
    }


def capitalised(text: str) -> bool:
    """Whether every word of two or more but the small ones starts with a capital, as a name
    written out does ("Context Coupling Module", "Slot Mixture Module").

    >>> capitalised("Context Coupling Module"), capitalised("Mixture of Experts"), capitalised("slot module")
    (True, True, False)
    """
    words = _WORD.findall(text)
    return len(words) > 1 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def unkept(name: str, type_: str, *, named: bool = False) -> bool:
    """Whether `kg_refine`'s in-domain conventions drop a mention reading ``name`` as no
    entity, with no cue from its sentence but that a metric is measured somewhere (a
    corpus-wide entity is judged without its sentences: "inference speed" stays), that a
    ``named`` entity, whose every surface form is capitalised, is a name, and that a
    capitalised word names what it stands for ("Viterbi algorithm" is Viterbi's).

    >>> unkept("latent representations", "METHOD"), unkept("contrastive learning", "METHOD")
    (True, False)
    >>> unkept("generalization capabilities", "METHOD"), unkept("inference speed", "METRIC")
    (True, False)
    >>> unkept("Slot Mixture Module", "METHOD"), unkept("Slot Mixture Module", "METHOD", named=True)
    (True, False)
    >>> unkept("Viterbi algorithm", "METHOD"), unkept("optimization algorithm", "METHOD")
    (False, True)
    """
    words = norm(name).split()
    written = norm_words(name)
    # a capital among lower-case words marks a name ("Viterbi algorithm"); a name capitalised
    # throughout may be a title's words, and counts only when all its forms are (``named``)
    capital = len(words) > 1 and not capitalised(name)
    cues = Cues(
        named=lambda i, j: named or (capital and any(w[:1].isupper() for w in written[i:j])),
        measured=type_ == "METRIC",
    )
    return bool(words) and refine_words(words, type_, _lexicon(), cues, conventions=True) is None


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.read()


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
        if e.type in DATA_TYPES:
            data = is_kind_of_data(fold(e.label).split())
            out[eid] = Specificity(float(data), data, ("class",) if data else ())
            continue
        if e.type not in GENERIC_TYPES:
            out[eid] = Specificity(0.0, False, ())
            continue
        share = len(e.papers) / n_papers if n_papers else 0.0
        cues = cue_scores(e.label, e.aliases, share, terms=terms, common_share=common_share, type_=e.type)
        score = round(sum(WEIGHTS[c] * v for c, v in cues.items()), 4)
        out[eid] = Specificity(score, score >= threshold, tuple(c for c, v in cues.items() if v))
    return out
