"""The resolver: each mention's key, from its words, its paper's abbreviations and the
gazetteer, and the linking of a corpus around it.

A key is a gazetteer id ("g:...") or a normalised surface ("k:...", :func:`normalize`);
mentions with one key are one entity. :class:`Resolver` holds what resolution reads, as
scispaCy's ``EntityLinker`` (``scispacy/linking.py``) holds its knowledge base, its indexes
and its thresholds: the gazetteer, its alias index and task stems, the corpus's abbreviation
dictionary, the thresholds of the corpus-wide passes, and the memo of the key of each name.

M. Neumann, D. King, I. Beltagy and W. Ammar, "ScispaCy: Fast and Robust Models for
Biomedical Natural Language Processing", BioNLP Workshop, 2019.
"""

from __future__ import annotations

import operator
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial

from ..extract.gazetteer import Gazetteer, fold_name, is_case_sensitive, load_gazetteer
from ..perf import gc_paused
from ..records import Entity, ExtractedPaper, Mention
from .abbreviations import abbreviation_dictionary, short_key
from .entities import entity_records
from .normalize import COMPOUND_WORDS, dataset_keys, head_keys, normalize, split_words
from .parts import in_text_order, nest, part_spans
from .passes import Referents, bare_head_referents, broader_referents, family_referents, shorter_referents

# Types whose qualified names fall back to the curated name they end with: "face recognition
# accuracy" is accuracy, "statistical machine translation" is machine translation.
GENERALIZE = {"TASK", "METRIC"}
# Types whose names drop their kind words and generic modifiers when the corpus or the gazetteer
# has the name without ("autoencoder models" is the autoencoder).
SHORTEN = {"METHOD", "MODEL", "TASK"}
# Words after a metric's name that report a change in it: "a 3% mAP boost" is about mAP.
_METRIC_CHANGE = re.compile(
    r"(?:[\s-]+(?:gain|improvement|boost|increase|decrease|reduction|drop|degradation)s?)+\s*$", re.IGNORECASE
)


@gc_paused()
def link(docs: Sequence[ExtractedPaper], gazetteer: Gazetteer | None = None) -> dict[str, Entity]:
    """Give every mention in ``docs`` its canonical ``entity`` id (in place) and return the
    entity records by id."""
    return Resolver(gazetteer or load_gazetteer(), abbreviation_dictionary(docs)).link(docs)


class Resolver:
    """Resolves mentions to keys against a gazetteer, and links corpora with them.

    Parameters
    ----------
    gazetteer : Gazetteer
        The curated concepts.
    abbreviations : mapping of str to str, optional
        Short-form key → long form, meant everywhere in the corpus
        (:func:`~kg.link.abbreviations.abbreviation_dictionary`).
    min_margin : float, default 1.5
        How many times the evidence or the papers of the chosen referent must exceed the
        runner-up's in the corpus-wide passes (:mod:`kg.link.passes`).
    max_candidates : int, default 64
        The qualified tasks, by papers, that context ranks for a bare task head.

    Attributes
    ----------
    names : dict of str to str
        Each name and alias of a curated concept, folded (case and spacing), → its id.
    by_key : dict of str to str
        Key of each name and alias of a curated concept → the concept's id
        (:func:`curated_keys`).
    stems : dict of str to str
        Key of a curated task's name short of its last word → the task (:func:`task_stems`).

    Notes
    -----
    Names repeat across a corpus, so each (name, label, matched id) is resolved once and
    remembered, for the mentions whose paper defines no abbreviation for them: the memo
    assumes that the gazetteer and the abbreviations do not change.

    Examples
    --------
    >>> from kg.extract.gazetteer import Concept
    >>> gazetteer = Gazetteer({"coco": Concept("coco", "COCO", "DATASET", ("MS COCO",))})
    >>> resolver = Resolver(gazetteer, {"lra": "Long Range Arena"})
    >>> [resolver.key(Mention("abstract", 0, 1, text, "DATASET")) for text in ["MS-COCO", "LRA", "COCO test-dev"]]
    ['g:coco', 'k:longrangearena', 'g:coco']
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        abbreviations: Mapping[str, str] | None = None,
        *,
        min_margin: float = 1.5,
        max_candidates: int = 64,
    ) -> None:
        self.gazetteer = gazetteer
        self.abbreviations: Mapping[str, str] = abbreviations or {}
        self.min_margin = min_margin
        self.max_candidates = max_candidates
        self.names = gazetteer.alias_index()
        # names the ruler matches in their exact capitals only ("MATH", "GLUE"): "math" is none
        self.cased = {
            fold_name(n) for c in gazetteer.concepts.values() for n in c.names if is_case_sensitive(n)
        }
        self.spellings = {n for c in gazetteer.concepts.values() for n in c.names}
        self.by_key = curated_keys(gazetteer)
        self.stems = task_stems(gazetteer)
        self._memo: dict[tuple[str, str, str], str] = {}

    def link(self, docs: Sequence[ExtractedPaper]) -> dict[str, Entity]:
        """Give every mention in ``docs`` its canonical ``entity`` id (in place) and return
        the entity records by id."""
        keys = [self.doc_keys(doc) for doc in docs]
        derived = self.refer(docs, keys)
        # the curated names inside longer mentions: "Transformer" in "Transformer-based LLMs"
        parts = lru_cache(maxsize=65536)(partial(part_spans, known=self.curated))
        concepts = self.gazetteer.concepts
        grown = []
        for d, doc in enumerate(docs):
            n = len(doc.mentions)
            doc.mentions, keys[d] = nest(doc.mentions, keys[d], parts, lambda cid: concepts[cid].type)
            if len(doc.mentions) > n:
                grown.append(doc)
        entities = entity_records(docs, keys, derived, self.gazetteer)
        for doc in grown:
            in_text_order(doc.mentions)
        return entities

    def refer(self, docs: Sequence[ExtractedPaper], keys: list[list[str]]) -> set[tuple[int, int]]:
        """Rewrite ``keys`` by the corpus-wide passes, in place, each pass reading the keys
        the one before left; return the mentions that now name another entity than their
        words (those do not vote for its label)."""
        derived: set[tuple[int, int]] = set()
        # a method, model or task named with its kind or a generic modifier is the one named
        # without ("autoencoder models", "standard Transformer")
        _rewrite(keys, shorter_referents(docs, keys, SHORTEN, self.gazetteer, self.by_key), derived)
        # a task or metric the gazetteer does not know falls back to the broader name it ends
        # with that the corpus uses ("multi-domain natural language inference" is natural
        # language inference)
        _rewrite(keys, broader_referents(docs, keys, GENERALIZE), derived)
        # a bare task head ("classification", "detection") means the qualified task its paper is
        # about: one the paper names, else the one its other entities co-occur with elsewhere
        _rewrite(
            keys,
            bare_head_referents(docs, keys, self.gazetteer, self.min_margin, self.max_candidates),
            derived,
        )
        # and a bare dataset family ("CIFAR") the version its paper names, else the corpus's
        # dominant one
        _rewrite(keys, family_referents(docs, keys, self.gazetteer, self.by_key, self.min_margin), derived)
        return derived

    def doc_keys(self, doc: ExtractedPaper) -> list[str]:
        """Each mention's key: a gazetteer id ("g:...") or a normalised surface ("k:...")."""
        local = {short_key(s): long for _, s, long in doc.abbreviations}
        memo, out = self._memo, []
        for m in doc.mentions:
            if local and short_key(m.text) in local:
                out.append(self.key(m, local))
                continue
            key = memo.get((m.text, m.label, m.entity))
            if key is None:
                key = memo[m.text, m.label, m.entity] = self.key(m)
            out.append(key)
        return out

    def key(self, m: Mention, local: Mapping[str, str] | None = None) -> str:
        """The key of mention ``m``, whose paper defines the abbreviations ``local``
        (short-form key → long form), interned: a corpus holds few distinct keys."""
        text, k, surface = m.text, normalize(m.text), m.text
        short = short_key(m.text)
        if long := (local.get(short) if local else None) or self.abbreviations.get(short):
            k, surface = normalize(long), long
            if (
                m.label in GENERALIZE
            ):  # and falls back as its long form does ("FRA", face recognition accuracy)
                text = long
        if self.miscased(surface):
            gid = None  # "math" is not the benchmark MATH
        else:
            gid = (
                m.entity
                if m.entity in self.gazetteer.concepts
                else self.names.get(fold_name(surface)) or self.keyed(k, m.label)
            )
        if gid is None:
            gid = self.fallback(text, m.label)
        if gid is None and m.label == "TASK":
            gid = self.stems.get(k)
        return sys.intern(f"g:{gid}" if gid else f"k:{k}")

    def keyed(self, k: str, label: str) -> str | None:
        """The curated concept of key ``k`` for a mention typed ``label``: a measure's key names
        no model or dataset, as "shape metrics" (key "shape") is not the model Shap-E."""
        gid = self.by_key.get(k)
        if gid is not None and label == "METRIC" and self.gazetteer.concepts[gid].type != "METRIC":
            return None
        return gid

    def miscased(self, surface: str) -> bool:
        """Whether ``surface`` is the small-letter spelling of a name the gazetteer matches
        only in its capitals ("math", not the benchmark MATH)."""
        return surface.islower() and fold_name(surface) in self.cased and surface not in self.spellings

    def curated(self, surface: str) -> str | None:
        """The curated concept ``surface`` spells, by the alias index, if any."""
        return None if self.miscased(surface) else self.names.get(fold_name(surface))

    def fallback(self, text: str, label: str) -> str | None:
        """The curated concept an unknown name falls back to, if any."""
        fits: Callable[[str], bool]
        if label == "DATASET":
            fallbacks, fits = dataset_keys(text), partial(operator.eq, "DATASET")
        else:
            fallbacks, fits = head_keys(text, task=label == "TASK"), partial(_generalizes, label)
            if (
                label == "METRIC"
            ):  # "a 3% mAP boost" is about mAP; a bare quantity ("error") is measured as its rate
                if (stem := _METRIC_CHANGE.sub("", text)) != text:
                    fallbacks += [normalize(stem), *head_keys(stem)]
                fallbacks.append(normalize(text) + "rate")
        by_key, concepts = self.by_key, self.gazetteer.concepts
        return next((by_key[h] for h in fallbacks if h in by_key and fits(concepts[by_key[h]].type)), None)


def _rewrite(keys: list[list[str]], referents: Referents, derived: set[tuple[int, int]]) -> None:
    """Give the mentions of ``referents`` their new keys, and count them as ``derived``."""
    for (d, i), key in referents.items():
        keys[d][i] = key
        derived.add((d, i))


def curated_keys(gazetteer: Gazetteer) -> dict[str, str]:
    """Key of each curated name → its concept. A key that names two concepts ("R-1" and "R@1"
    are both "r1") is the one whose own name it is, if one is ("BERT" beside "BERT Score"),
    else no one's: the exact spelling decides (:attr:`Resolver.names`).

    >>> from kg.extract.gazetteer import Concept
    >>> g = Gazetteer({c.id: c for c in [
    ...     Concept("bert", "BERT", "MODEL"), Concept("bertscore", "BERTScore", "METRIC", ("BERT Score",)),
    ...     Concept("rouge-1", "ROUGE-1", "METRIC", ("R-1",)), Concept("recall-at-1", "Recall@1", "METRIC", ("R@1",))]})
    >>> keys = curated_keys(g)
    >>> keys["bert"], keys["bertscore"], "r1" in keys
    ('bert', 'bertscore', False)
    """
    owners: dict[str, set[str]] = defaultdict(set)
    bare = {
        cid: {normalize(n) for n in c.names if not _named_by_kind(n)} for cid, c in gazetteer.concepts.items()
    }
    for name, cid in gazetteer.alias_index().items():
        key = normalize(name)
        # "QuALITY dataset" is listed with its kind because "quality" alone is a word
        if key in bare[cid] or not _named_by_kind(name):
            owners[key].add(cid)
    out = {}
    for key, ids in owners.items():
        named = [cid for cid in ids if len(ids) == 1 or normalize(gazetteer.concepts[cid].name) == key]
        if len(named) == 1:
            out[key] = named[0]
    return out


_DATA_KINDS = frozenset({"dataset", "corpus", "benchmark", "database"})


def _named_by_kind(name: str) -> bool:
    """Whether ``name`` is a word and a kind its key drops ("QuALITY dataset", "Fisher corpus"):
    the gazetteer lists such names with their kind because the word alone is an English one.

    >>> _named_by_kind("QuALITY dataset"), _named_by_kind("Dice score"), _named_by_kind("Inception Score")
    (True, False, False)
    """
    words = name.split()
    return (
        len(words) > 1
        and words[-1].lower() in _DATA_KINDS
        and normalize(name) == normalize(" ".join(words[:-1]))
    )


def task_stems(gazetteer: Gazetteer) -> dict[str, str]:
    """Key of a curated task's name without its last word → the task, for the stems of two
    words or more that only one task name has: a "click-through rate" tagged as a task is
    click-through rate prediction, while "natural language" (inference? understanding?) is no
    one's.

    >>> from kg.extract.gazetteer import Concept
    >>> g = Gazetteer({c.id: c for c in [Concept("ctr", "click-through rate prediction", "TASK", ("CTR prediction",)),
    ...     Concept("nlu", "natural language understanding", "TASK"), Concept("nli", "natural language inference", "TASK"),
    ...     Concept("pose", "pose estimation", "TASK"), Concept("fg", "fine-grained classification", "TASK"),
    ...     Concept("vln", "vision and language navigation", "TASK"), Concept("ctr-m", "click-through rate", "METRIC")]})
    >>> task_stems(g)
    {'clickthroughrate': 'ctr'}
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for c in gazetteer.concepts.values():
        if c.type == "TASK":
            for name in c.names:
                # a stem of whole words: "fine-grained" (classification) is one modifier, and
                # "vision and language" (navigation) a field of its own
                stem = name.split()[:-1]
                if len(stem) >= 2 and not COMPOUND_WORDS.intersection(split_words(" ".join(stem))):
                    owners[normalize(" ".join(stem))].add(c.id)
    return {stem: ids.pop() for stem, ids in owners.items() if len(ids) == 1}


def _generalizes(label: str, concept_type: str) -> bool:
    """Whether a mention typed ``label`` may fall back to a curated ``concept_type`` name
    it ends with: tasks and metrics by their own kind, and a task the model typed as a
    method ("character-to-character machine translation")."""
    return concept_type in GENERALIZE and (
        label == concept_type or (concept_type == "TASK" and label in {"METHOD", "MODEL"})
    )
