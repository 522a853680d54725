"""Corpus-wide passes over the mentions' keys: names that mean, in context, another entity
than their words alone.

Each pass takes the corpus (``docs``) and each mention's key (``keys[paper][mention]``, a
gazetteer id "g:..." or a normalised surface "k:...") and returns the mentions it re-keys,
by (paper, mention):

- :func:`shorter_referents`: a method, model or task named with its kind words or generic
  modifiers is the name without them ("Transformer-based models" is the Transformer);
- :func:`broader_referents`: an unknown qualified task or metric is the broader name it ends
  with that other papers use ("multi-domain natural language inference" is natural language
  inference);
- :func:`bare_head_referents`: a bare task head ("classification") is the qualified task its
  paper names, else the one its paper's other entities co-occur with elsewhere, weighted by
  inverse document frequency (Spärck Jones 1972), else the corpus's usual sense;
- :func:`family_referents`: a bare dataset family ("CIFAR") is the version its paper names,
  else the corpus's dominant one.

The passes re-key only keys mostly tagged with their labels (:func:`mostly`): the mentions
of a key are one entity, whatever label a paper gives one of them. A paper's own names
decide first, as a word keeps one sense within a discourse (Gale, Church & Yarowsky 1992);
the corpus decides only where the paper does not.

K. Spärck Jones, "A statistical interpretation of term specificity and its application in
retrieval", Journal of Documentation 28(1), 1972.
W. A. Gale, K. W. Church and D. Yarowsky, "One sense per discourse", Speech and Natural
Language Workshop, 1992.
"""

from __future__ import annotations

import itertools
import operator
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from ..extract.gazetteer import Gazetteer
from ..records import ExtractedPaper
from .normalize import COMPOUND_WORDS, family_key, normalize, normalize_words, shorter_names, task_heads
from .specificity import class_words

Keys = Sequence[Sequence[str]]
Referents = dict[tuple[int, int], str]
_LABEL = operator.attrgetter("label")


def mention_positions(docs: Sequence[ExtractedPaper], labels: Collection[str]) -> list[tuple[int, int]]:
    """``(paper, mention)`` of each mention with one of ``labels``, in order: found by numpy
    over the corpus's labels rather than by a Python loop over every mention.

    >>> from kg.records import Mention, Paper
    >>> docs = [ExtractedPaper(Paper(p, "", ""), [Mention("title", 0, 1, "x", label) for label in labels])
    ...         for p, labels in [("a", ["TASK", "METRIC"]), ("b", []), ("c", ["METRIC", "TASK", "TASK"])]]
    >>> mention_positions(docs, {"TASK"})
    [(0, 0), (2, 1), (2, 2)]
    """
    sizes = [len(doc.mentions) for doc in docs]
    found = map(
        set(labels).__contains__, map(_LABEL, itertools.chain.from_iterable(doc.mentions for doc in docs))
    )
    flat = np.flatnonzero(np.fromiter(found, dtype=bool, count=sum(sizes)))
    offsets = np.cumsum([0, *sizes])
    paper = np.searchsorted(offsets, flat, side="right") - 1
    return list(zip(paper.tolist(), (flat - offsets[paper]).tolist(), strict=True))


def mostly(docs: Sequence[ExtractedPaper], keys: Keys, labels: Collection[str]) -> set[str]:
    """The keys at least half of whose mentions have one of ``labels``: a pass for those
    labels re-keys only these, as the mentions of one key are one entity, which a pass
    must not split by the labels of its mentions ("large language models", mostly a method,
    stays one entity where some paper tags it a task).

    >>> from kg.records import Mention, Paper
    >>> ms = [Mention("title", 0, 1, "x", label) for label in ["TASK", "METHOD", "METHOD", "TASK", "TASK"]]
    >>> keys = [["k:a", "k:a", "k:a", "k:b", "k:c"]]
    >>> sorted(mostly([ExtractedPaper(Paper("a", "", ""), ms)], keys, {"TASK"}))
    ['k:b', 'k:c']
    """
    flat = itertools.chain.from_iterable(keys)
    counts = Counter(zip(flat, (m.label in labels for doc in docs for m in doc.mentions), strict=True))
    return {k for (k, ok), n in counts.items() if ok and n >= counts[k, False]}


def shorter_referents(
    docs: Sequence[ExtractedPaper],
    keys: Keys,
    labels: Collection[str],
    gazetteer: Gazetteer,
    by_key: Mapping[str, str],
) -> Referents:
    """The name each mention of ``labels`` with an unknown ("k:") key means less its kind
    words and generic modifiers (:func:`~kg.link.normalize.shorter_names`): "autoencoder
    models" is the autoencoder, "standard Transformer" the Transformer. The shorter name
    must be a curated concept of one of ``labels``, or a name of two words or more, mostly
    tagged with ``labels``, that the corpus uses in at least as many papers as the longer
    one: a longer name as common as the shorter is a name of its own, and a word left alone
    is too often no name at all ("computational model", "training procedures"). Names
    shorten step by step ("large-scale machine learning systems", "machine learning
    systems", "machine learning").

    >>> from kg.records import Mention, Paper
    >>> names = [["neural net models", "language models"], ["neural nets", "ReLU function"], ["neural net"],
    ...          ["large-scale neural net systems", "neural net systems"]]
    >>> docs = [ExtractedPaper(Paper(str(p), "", ""), [Mention("title", 0, 1, t, "METHOD") for t in ts])
    ...         for p, ts in enumerate(names)]
    >>> keys = [[f"k:{normalize(t)}" for t in ts] for ts in names]
    >>> from kg.extract.gazetteer import Concept
    >>> gazetteer = Gazetteer({"relu": Concept("relu", "ReLU", "METHOD")})
    >>> shorter_referents(docs, keys, {"METHOD"}, gazetteer, {"relu": "relu"})
    {(0, 0): 'k:neuralnet', (1, 1): 'g:relu', (3, 0): 'k:neuralnet', (3, 1): 'k:neuralnet'}
    """
    # papers of each key mostly of ``labels``: the shorter name of a method is no metric's
    own = mostly(docs, keys, labels)
    df = Counter(k for k in itertools.chain.from_iterable(map(set, keys)) if k in own)
    positions = mention_positions(docs, labels)
    shorter: dict[str, str | None] = {}
    for d, i in positions:
        k = keys[d][i]
        if k.startswith("k:") and k in own and k not in shorter:
            shorter[k] = _shorter_key(docs[d].mentions[i].text, k, df, labels, gazetteer, by_key)
    out: Referents = {}
    for d, i in positions:
        k = keys[d][i]
        while s := shorter.get(k):  # keys shorten: no cycles
            k = s
        if k != keys[d][i]:
            out[d, i] = k
    return out


def _shorter_key(
    text: str,
    key: str,
    df: Mapping[str, int],
    labels: Collection[str],
    gazetteer: Gazetteer,
    by_key: Mapping[str, str],
) -> str | None:
    """The key of the first of the shorter names of ``text``, a mention keyed ``key``, that
    is a curated concept of ``labels`` or a name of two words or more in as many papers as
    ``key`` (``df``) and shorter than it: a mention's key need not be its text's (an
    abbreviation keyed by its long form), and only keys that shorten end."""
    for words in shorter_names(text):
        short = "".join(words)
        cid = by_key.get(short)
        if cid is not None and gazetteer.concepts[cid].type in labels:
            return f"g:{cid}"
        candidate = f"k:{short}"
        if len(words) > 1 and df.get(candidate, 0) >= df[key] and len(candidate) < len(key):
            return candidate
    return None


def broader_referents(docs: Sequence[ExtractedPaper], keys: Keys, labels: Collection[str]) -> Referents:
    """The broader name each mention of ``labels`` with an unknown ("k:") key falls back to:
    the longest name of two words or more that it ends with and that the corpus uses, and so
    on while that one has a broader name too.

    >>> from kg.records import Mention, Paper
    >>> names = ["multi person pose estimation", "person pose estimation", "pose estimation"]
    >>> docs = [ExtractedPaper(Paper("a", "", ""), [Mention("title", 0, 1, t, "TASK") for t in names])]
    >>> broader_referents(docs, [[f"k:{normalize(t)}" for t in names]], {"TASK"})
    {(0, 0): 'k:poseestimation', (0, 1): 'k:poseestimation'}
    """
    positions = mention_positions(docs, labels)
    corpus_keys = {keys[d][i] for d, i in positions}
    own = mostly(docs, keys, labels)
    broader: dict[str, str | None] = {}
    for d, i in positions:
        k = keys[d][i]
        if k not in broader and k.startswith("k:") and k in own:
            broader[k] = broader_key(docs[d].mentions[i].text, corpus_keys, k)
    out = {}
    for d, i in positions:
        k = keys[d][i]
        while b := broader.get(k):  # suffixes shorten: no cycles
            k = b
        if k != keys[d][i]:
            out[d, i] = k
    return out


def broader_key(text: str, corpus_keys: Collection[str], key: str) -> str | None:
    """The longest word suffix of ``text`` (two words or more) that the corpus uses as a
    name of its own, and that is shorter than ``key``, the mention's key: an earlier pass
    may have keyed "standard pose estimation" as pose estimation, whose broader name can not
    be itself.

    >>> broader_key("multi person pose estimation", {"k:poseestimation", "g:x"}, "k:multipersonposeestimation")
    'k:poseestimation'
    >>> broader_key("image classification", {"k:classification"}, "k:imageclassification") is None
    True
    >>> broader_key("standard pose estimation", {"k:poseestimation"}, "k:poseestimation") is None
    True
    >>> broader_key("3D object detection", {"k:objectdetection"}, "k:3dobjectdetection") is None
    True
    """
    keys = (f"k:{''.join(words)}" for words in task_heads(text) if len(words) >= 2)
    return next((k for k in keys if k in corpus_keys and len(k) < len(key)), None)


def key_columns(keys: Keys) -> dict[str, int]:
    """Column of each distinct key, in order of first mention.

    >>> key_columns([["k:a", "k:b"], [], ["k:a", "k:c"]])
    {'k:a': 0, 'k:b': 1, 'k:c': 2}
    """
    return {k: c for c, k in enumerate(dict.fromkeys(itertools.chain.from_iterable(keys)))}


class Incidence(NamedTuple):
    """Which papers have which keys: a column per distinct key, in order of first mention."""

    col: dict[str, int]  # key → column
    by_col: list[str]  # column → key
    counts: sp.csr_array  # paper × key: how many of the paper's mentions have the key
    b: sp.csr_array  # the same, 1 where the paper has the key
    df: NDArray[np.float64]  # papers with the key
    idf: NDArray[np.float64]

    @classmethod
    def of(cls, keys: Keys, col: dict[str, int]) -> Incidence:
        """The incidence of ``keys[paper][mention]``, with the columns ``col`` (see
        :func:`key_columns`); duplicates in a paper sum in ``counts``."""
        rows = np.repeat(np.arange(len(keys)), [len(ks) for ks in keys])
        cols = np.fromiter(
            map(col.__getitem__, itertools.chain.from_iterable(keys)), dtype=np.int64, count=len(rows)
        )
        counts = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(col)))
        b = counts.copy()
        b.data[:] = 1.0
        df = np.asarray(b.sum(axis=0)).ravel()
        # col numbers keys in order, so its keys are the columns'
        return cls(col, list(col), counts, b, df, np.log(len(keys) / df))


def bare_head_referents(
    docs: Sequence[ExtractedPaper],
    keys: Keys,
    gazetteer: Gazetteer,
    min_margin: float = 1.5,
    max_candidates: int = 64,
) -> Referents:
    """The qualified task each bare one-word task mention stands for, by (paper, mention).

    A task named by a dataset and one word ("ImageNet classification", "COCO detection")
    counts as bare: the dataset is evidence, not the name; a short form that an abbreviation
    resolved ("NLP") does not, nor a key mostly tagged as something else than a task.
    Candidates are the task keys of two or more words that end with the bare word (neither
    coordinations nor "of" phrases, and a curated one only when its own name ends so). One the
    paper itself names wins (its most frequent); otherwise each candidate scores the
    IDF-weighted number of other papers in which it co-occurs with the paper's entities
    (``(x·idf) · BᵀB[:, candidates]``, one sparse product for the corpus, linear in the
    number of mentions): "classification" in a paper about CIFAR-10 is image classification.
    Of the candidates within ``min_margin`` of the best score (all of them without evidence),
    the corpus's usual sense, the one in most papers, is taken when it is in ``min_margin``
    times as many papers as the runner-up; otherwise the mention keeps its own key. Context
    ranks only the word's ``max_candidates`` qualified tasks in most papers: a large corpus
    names thousands of "... classification" tasks, and scoring every one of them for every
    bare mention would grow with the square of the corpus.
    """
    col = key_columns(keys)
    bare, heads, qualifier = _bare_heads(docs, keys, gazetteer, col)
    if not bare:
        return {}
    inc = Incidence.of(keys, col)
    # the senses context may pick: the word's most used ones, by papers (then name, to repeat)
    senses = {
        w: sorted(heads[w], key=lambda c: (-inc.df[c], inc.by_col[c]))[:max_candidates]
        for w in {w for *_, w in bare}
    }
    cand_cols = np.array(sorted(set().union(*senses.values())))
    cooc = (inc.b.T @ inc.b[:, cand_cols]).tocsc()  # key × candidate: papers where both occur
    position = {c: n for n, c in enumerate(cand_cols)}
    out, unnamed = _named_in_paper(bare, heads, inc)
    # a process word ("optimization", "training") names no problem that other papers' context
    # could pick: it takes a qualified task only where its own paper names one
    process = class_words()["process_words"]
    for word, mentions in ((w, m) for w, m in unnamed.items() if w not in process):
        cands = sorted(senses[word])
        evidence = _context_evidence(mentions, keys, qualifier, inc) @ cooc[:, [position[c] for c in cands]]
        for n, c in _usual_sense(evidence.toarray(), inc.df[cands], min_margin).items():
            out[mentions[n]] = inc.by_col[cands[c]]
    return out


def _bare_heads(
    docs: Sequence[ExtractedPaper], keys: Keys, gazetteer: Gazetteer, col: Mapping[str, int]
) -> tuple[list[tuple[int, int, str]], dict[str, set[int]], dict[tuple[int, int], str | None]]:
    """The bare task mentions as (paper, mention, word), for words that some qualified task
    ends with; the columns of those qualified tasks, by word; and the dataset that names each
    bare mention, if one does."""
    heads: dict[str, set[int]] = defaultdict(set)  # bare word → candidate columns
    bare: list[tuple[int, int, str]] = []
    datasets = dataset_names(docs, keys, gazetteer)
    qualifier: dict[tuple[int, int], str | None] = {}  # the dataset a bare task is named by
    own = mostly(docs, keys, {"TASK"})
    for d, i in mention_positions(docs, {"TASK"}):
        k = keys[d][i]
        words = normalize_words(docs[d].mentions[i].text)
        if k not in own or (k.startswith("k:") and len(words) == 1 and k != f"k:{words[0]}"):
            continue  # a method some paper tags a task, or a short form that its long form names
        if len(words) == 1 or (not k.startswith("g:") and "".join(words[:-1]) in datasets):
            bare.append((d, i, words[-1]))
            qualifier[d, i] = datasets.get("".join(words[:-1]))
        elif (
            len(words) > 1 and not COMPOUND_WORDS.intersection(words) and _names_head(k, words[-1], gazetteer)
        ):
            heads[words[-1]].add(col[k])
    # a property ("generalization") is what any task has, not a short name of one
    properties = class_words()["property_heads"]
    return [b for b in bare if heads.get(b[2]) and b[2] not in properties], heads, qualifier


def _named_in_paper(
    bare: Sequence[tuple[int, int, str]], heads: Mapping[str, set[int]], inc: Incidence
) -> tuple[Referents, dict[str, list[tuple[int, int]]]]:
    """The candidate each bare mention's paper names (its most frequent, then the one in
    most papers), and by word the bare mentions whose paper names none."""
    out: Referents = {}
    unnamed: dict[str, list[tuple[int, int]]] = defaultdict(list)  # word → its bare mentions
    # the candidates each paper names, with how often: a row holds a handful at most, so the
    # per-mention look-ups below stay small however many candidates a word has
    named_cols = np.array(sorted(set().union(*map(heads.__getitem__, {w for *_, w in bare}))))
    named = inc.counts[:, named_cols]
    starts, named_col, times = named.indptr.tolist(), named_cols[named.indices].tolist(), named.data.tolist()
    named_keys = list(map(inc.by_col.__getitem__, named_col))
    col, df = inc.col, inc.df
    for d, i, word in bare:
        own = {
            named_keys[p]: times[p] for p in range(starts[d], starts[d + 1]) if named_col[p] in heads[word]
        }
        if own:
            out[d, i] = max(sorted(own), key=lambda k: (own[k], df[col[k]]))
        else:
            unnamed[word].append((d, i))
    return out, unnamed


def _context_evidence(
    mentions: Sequence[tuple[int, int]],
    keys: Keys,
    qualifier: Mapping[tuple[int, int], str | None],
    inc: Incidence,
) -> sp.csr_array:
    """Each mention's context, mention × key: its paper's other keys and the dataset that
    names it, by idf. The paper names no candidate, so its product with the co-occurrences
    counts only other papers."""
    col, idf = inc.col, inc.idf
    x = inc.b[[d for d, _ in mentions]]
    own_col = np.repeat([col[keys[d][i]] for d, i in mentions], np.diff(x.indptr))
    x.data = np.where(x.indices == own_col, 0.0, idf[x.indices])
    named_by = [
        (n, col[q])
        for n, (d, i) in enumerate(mentions)
        if (q := qualifier[d, i]) in col and q != keys[d][i] and q not in keys[d]
    ]
    if named_by:
        rows_q, cols_q = map(list, zip(*named_by, strict=True))
        x = x + sp.csr_array((idf[cols_q], (rows_q, cols_q)), shape=x.shape)
    return x


def _usual_sense(
    evidence: NDArray[np.float64], papers: NDArray[np.float64], min_margin: float
) -> dict[int, int]:
    """Row → the candidate column it takes, from each row's ``evidence`` for each candidate
    column in ``papers`` papers: the corpus's usual sense decides among the candidates the
    evidence leaves (all of them where there is none), when it is in ``min_margin`` times
    as many papers as the runner-up; rows without a decision are left out. Without evidence,
    a candidate one paper names is that paper's phrase, no usual sense ("training" is not
    "single-image training").

    >>> evidence = np.array([[1.0, 3.0, 2.5], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    >>> _usual_sense(evidence, np.array([9.0, 2.0, 8.0]), min_margin=1.5)
    {0: 2, 2: 0}
    >>> _usual_sense(np.zeros((1, 2)), np.array([1.0, 0.0]), min_margin=1.5)
    {}
    """
    best_evidence = evidence.max(axis=1, keepdims=True)
    papers = np.where((best_evidence > 0) | (papers >= 2), papers, 0.0)
    scores = np.where(evidence * min_margin >= best_evidence, papers, 0.0)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranked = np.take_along_axis(scores, order[:, :2], axis=1)
    best, runner_up = ranked[:, 0], ranked[:, 1] if scores.shape[1] > 1 else 0.0
    return {
        n: int(order[n, 0]) for n in np.flatnonzero((best > 0) & (best >= min_margin * runner_up)).tolist()
    }


def family_referents(
    docs: Sequence[ExtractedPaper],
    keys: Keys,
    gazetteer: Gazetteer,
    by_key: Mapping[str, str],
    min_margin: float = 1.5,
) -> Referents:
    """The version each bare dataset family mention stands for, by (paper, mention).

    A family's versions are the dataset keys whose names are the family's name with a
    version or size (``family_key``: "CIFAR-10" and "CIFAR-100" of "CIFAR"). A paper that
    names exactly one version means it ("results on CIFAR-10 ... on CIFAR we"); one that
    names several means the family and keeps it. Otherwise the version in most papers of
    the corpus is taken when it is in ``min_margin`` times as many papers as both the
    runner-up and the bare family name. Only families that the corpus names by a version in
    ``min_margin`` times as many papers as it names them bare are resolved at all: a family
    mostly named bare ("SQuAD", "ImageNet") is a name of its own, and its bare name means the
    original even beside "ImageNet-V2", while a bare "CIFAR" in a corpus of CIFAR-10 results
    is CIFAR-10. ``by_key`` maps a normalised curated name to its concept id.
    """
    positions = mention_positions(docs, {"DATASET"})
    versions = _family_versions(keys, positions, gazetteer, by_key)
    families_of: dict[str, set[str]] = defaultdict(set)  # version key → its families
    for fam, vs in versions.items():
        for v in vs:
            families_of[v].add(fam)
    version_keys = set(families_of)
    # each paper's families and versions: only these keys' paper counts are needed
    doc_sets = list(map(version_keys.union(versions).intersection, keys))
    df = Counter(itertools.chain.from_iterable(doc_sets))
    with_version = Counter(
        fam for ks in doc_sets for fam in set().union(*map(families_of.__getitem__, ks & version_keys))
    )
    # a family its corpus mostly names bare ("ImageNet" beside "ImageNet-V2") is a name of its own
    resolvable = {fam for fam in versions if with_version[fam] >= min_margin * df[fam]}
    out: Referents = {}
    usual: dict[str, str | None] = {}  # family → the version its bare name means, if one dominates
    for d, i in positions:
        k = keys[d][i]
        if k not in resolvable:
            continue
        named = versions[k].intersection(keys[d])
        if named:
            if len(named) == 1:
                out[d, i] = named.pop()
            continue
        if k not in usual:
            ranked = sorted(versions[k], key=lambda v: (-df[v], v))
            runner_up = df[ranked[1]] if len(ranked) > 1 else 0
            usual[k] = ranked[0] if df[ranked[0]] >= min_margin * max(runner_up, df[k]) else None
        if version := usual[k]:
            out[d, i] = version
    return out


def _family_versions(
    keys: Keys,
    positions: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    by_key: Mapping[str, str],
) -> dict[str, set[str]]:
    """Family key → the keys of its versions, among the dataset mentions at ``positions``."""
    versions: dict[str, set[str]] = defaultdict(set)
    for d, i in positions:
        k = keys[d][i]
        if (name := _dataset_name(k, gazetteer)) and (fam := family_key(name)):
            fam = f"g:{by_key[fam]}" if fam in by_key else f"k:{fam}"
            if _dataset_name(fam, gazetteer):
                versions[fam].add(k)
    return versions


def _dataset_name(key: str, gazetteer: Gazetteer) -> str | None:
    """The name key of a dataset key (None for a curated concept of another type: the
    model may tag a "ResNet-50" as a dataset)."""
    if not key.startswith("g:"):
        return key[2:]
    concept = gazetteer.concepts.get(key[2:])
    return normalize(concept.name) if concept and concept.type == "DATASET" else None


def dataset_names(docs: Sequence[ExtractedPaper], keys: Keys, gazetteer: Gazetteer) -> dict[str, str]:
    """Key of each dataset name the corpus tags or the gazetteer knows → the dataset's key."""
    names = {normalize(docs[d].mentions[i].text): keys[d][i] for d, i in mention_positions(docs, {"DATASET"})}
    for c in gazetteer.concepts.values():
        if c.type == "DATASET":
            names.update((normalize(n), f"g:{c.id}") for n in c.names)
    names.pop("", None)
    return names


def _names_head(key: str, word: str, gazetteer: Gazetteer) -> bool:
    """Whether the entity behind ``key`` is itself named with head ``word``: a curated
    concept may have been reached through an alias that is not ("sentiment classification"
    is sentiment analysis)."""
    if not key.startswith("g:"):
        return True
    concept = gazetteer.concepts.get(key[2:])
    return concept is None or normalize_words(concept.name)[-1:] == (word,)
