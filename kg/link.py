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
"BLEU") folded, while numbers stay ("CIFAR-10" ≠ "CIFAR-100"). Then, corpus-wide, (7) an
unknown qualified task or metric falls back to the broader name it ends with that other
papers use, and (8) a bare task head ("classification") takes the qualified task its paper
names or its context points to (:func:`bare_head_referents`).
"""

from __future__ import annotations

import itertools
import operator
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Collection, Iterable, Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from .extract.gazetteer import Gazetteer, load_gazetteer
from .models import Entity, ExtractedPaper, Mention
from .perf import gc_paused

# Words that name the kind of thing rather than the thing: "COCO dataset" is COCO.
HEAD_WORDS = {
    "dataset", "datasets", "data set", "data sets", "benchmark", "benchmarks", "corpus", "corpora",
    "score", "scores", "metric", "metrics", "task", "tasks", "challenge", "database", "problem", "problems",
}
# Words after a metric's name that report a change in it: "a 3% mAP boost" is about mAP.
_METRIC_CHANGE = re.compile(r"(?:[\s-]+(?:gain|improvement|boost|increase|decrease|reduction|drop|degradation)s?)+\s*$",
                            re.IGNORECASE)
# Types whose qualified names fall back to the curated name they end with: "face recognition
# accuracy" is accuracy, "statistical machine translation" is machine translation.
GENERALIZE = {"TASK", "METRIC"}
_ARTICLES = {"the", "a", "an"}
# Words of a name whose last word is not its head ("recognition of speech"), or that has two.
_COMPOUND = {"and", "or", "of", "for", "in", "on", "with", "by", "from", "to"}
_NOT_PLURAL = re.compile(r"(ss|us|is|ias|ous|ics|ness|sis|xis)$")
_VARIANT = re.compile(r"^(.*?[a-z])[\s_-]*(?:v?\d+(?:\.\d+)?[a-z]?|large|base|small|tiny|mini|xl|xxl|huge|\d+[bmk])$")


def head_keys(text: str) -> list[str]:
    """Keys of the ever shorter word suffixes of ``text``, longest first, each keeping
    every word with a number in it, so "top-5 accuracy" never falls back to accuracy.

    >>> head_keys("face recognition accuracy")
    ['recognitionaccuracy', 'accuracy']
    >>> head_keys("top-5 accuracy"), head_keys("accuracy")
    (['5accuracy'], [])
    >>> head_keys("viewpoint invariant 3D human pose estimation")
    ['invariant3dhumanposeestimation', '3dhumanposeestimation']
    """
    words = normalize_words(text)
    numbered = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    last = min(numbered[0] + 1, len(words)) if numbered else len(words)
    return ["".join(words[i:]) for i in range(1, last)]


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"[^\W_]+", text)


def singular(word: str) -> str:
    """Strip an English plural from one lowercase word, leaving non-plurals alone.

    >>> [singular(w) for w in ["networks", "cnns", "corpora", "gaussians", "loss", "analysis", "bias"]]
    ['network', 'cnn', 'corpora', 'gaussian', 'loss', 'analysis', 'bias']
    >>> singular("strategies"), singular("approaches"), singular("gas")
    ('strategy', 'approach', 'gas')
    """
    if len(word) <= 3 or not word.endswith("s") or word[-2].isdigit() or _NOT_PLURAL.search(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ch|sh|x|ss)es$", word):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=500_000)
def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a surface form with articles, head words and a plural removed.

    >>> normalize_words("the COCO keypoints datasets")
    ('coco', 'keypoint')
    """
    words = _words(text)
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    while len(words) > 1 and (words[-1] in HEAD_WORDS or " ".join(words[-2:]) in HEAD_WORDS):
        words = words[:-2] if " ".join(words[-2:]) in HEAD_WORDS else words[:-1]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


@lru_cache(maxsize=1 << 18)  # names repeat across a corpus
def normalize(text: str) -> str:
    """The matching key of a surface form.

    >>> normalize("CIFAR10") == normalize("CIFAR-10") == normalize("cifar 10")
    True
    >>> normalize("CIFAR-10") == normalize("CIFAR-100"), normalize("ResNet-50") == normalize("ResNet-101")
    (False, False)
    >>> normalize("BLEU score"), normalize("the COCO dataset"), normalize("Transformers")
    ('bleu', 'coco', 'transformer')
    >>> normalize("top-1 accuracy") == normalize("top-5 accuracy")
    False
    """
    return "".join(normalize_words(text))


def slug(text: str) -> str:
    """
    >>> slug("Long Range Arena"), slug("ResNet-50"), slug("BLEU_score")
    ('long-range-arena', 'resnet-50', 'bleu-score')
    """
    return "-".join(_words(text)) or "entity"


def family_key(key: str) -> str | None:
    """The key of the family a versioned or sized name belongs to.

    >>> family_key("resnet50"), family_key("gpt4"), family_key("bertlarge"), family_key("imagenet")
    ('resnet', 'gpt', 'bert', None)
    """
    m = _VARIANT.match(key)
    return m.group(1) if m and m.group(1) != key else None


def abbreviation_dictionary(docs: Iterable[ExtractedPaper]) -> dict[str, str]:
    """Short-form key → long form, across the corpus, kept only where the short form means
    one thing (one long form, or one that holds at least 3/4 of its definitions); the long
    form is its most used spelling, so that it resolves as the long form itself would.

    >>> from kg.models import Paper
    >>> d = [ExtractedPaper(Paper(str(i), "", ""), [], [("abstract", "LRA", long)])
    ...      for i, long in enumerate(["Long Range Arena", "long range arena", "Long Range Arena"])]
    >>> d.append(ExtractedPaper(Paper("x", "", ""), [], [("abstract", "RL", "reinforcement learning")]))
    >>> d.append(ExtractedPaper(Paper("y", "", ""), [], [("abstract", "RL", "representation learning")]))
    >>> abbreviation_dictionary(d)
    {'lra': 'Long Range Arena'}
    """
    defs: dict[str, Counter] = defaultdict(Counter)
    spellings: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        for _, short, long in doc.abbreviations:
            defs[normalize(short)][normalize(long)] += 1
            spellings[normalize(long)][long] += 1
    out = {}
    for short, longs in defs.items():
        (best, n), total = longs.most_common(1)[0], sum(longs.values())
        if n / total >= 0.75 and best != short:
            out[short] = spellings[best].most_common(1)[0][0]
    return out


def _is_short_form(text: str) -> bool:
    return len(text) <= 8 and " " not in text and sum(c.isupper() for c in text) >= 2


_TEXT, _LABEL = operator.attrgetter("text"), operator.attrgetter("label")


@gc_paused()
def link(docs: Sequence[ExtractedPaper], gazetteer: Gazetteer | None = None) -> dict[str, Entity]:
    """Give every mention in ``docs`` its canonical ``entity`` id (in place) and return the
    entity records by id."""
    gazetteer = gazetteer or load_gazetteer()
    gaz_by_key = {normalize(alias): cid for alias, cid in gazetteer.alias_index().items()}
    stems = task_stems(gazetteer)
    corpus_abbrevs = abbreviation_dictionary(docs)

    # 1. every mention gets a key: a gazetteer id ("g:...") or a normalised surface ("k:...")
    resolved: dict[tuple[str, str, str], str] = {}
    keys = [_doc_keys(doc, corpus_abbrevs, gazetteer, gaz_by_key, stems, resolved) for doc in docs]
    # 2. a task or metric the gazetteer does not know falls back to the broader name it ends
    # with that the corpus uses ("multi-domain natural language inference" is natural
    # language inference)
    generalized = _positions(docs, GENERALIZE)
    corpus_keys = {keys[d][i] for d, i in generalized}
    broader: dict[str, str | None] = {}
    for d, i in generalized:
        k = keys[d][i]
        if k not in broader and k.startswith("k:"):
            broader[k] = _broader(docs[d].mentions[i].text, corpus_keys)
    derived: set[tuple[int, int]] = set()  # mentions that name a broader entity
    for d, i in generalized:
        k = keys[d][i]
        while broader.get(k):  # suffixes shorten: no cycles
            k = broader[k]
        if k != keys[d][i]:
            keys[d][i] = k
            derived.add((d, i))
    # a bare task head ("classification", "detection") means the qualified task its paper is
    # about: one the paper names, else the one its other entities co-occur with elsewhere
    for (d, i), key in bare_head_referents(docs, keys, gazetteer).items():
        keys[d][i] = key
        derived.add((d, i))
    # and a bare dataset family ("CIFAR") the version its paper names, else the corpus's
    # dominant one
    for (d, i), key in family_referents(docs, keys, gazetteer, gaz_by_key).items():
        keys[d][i] = key
        derived.add((d, i))

    # the corpus's mentions in one flat sequence, counted over by Counter, zip and map,
    # which loop in C, rather than by Python loops
    mentions = list(itertools.chain.from_iterable(doc.mentions for doc in docs))
    flat = list(itertools.chain.from_iterable(keys))
    texts = list(map(_TEXT, mentions))
    labels = list(map(_LABEL, mentions))
    paper_of = np.repeat(np.arange(len(docs)), [len(doc.mentions) for doc in docs])

    # 3. each key becomes an entity id; surface forms vote for the preferred label, all but
    # the derived ones ("multi-person pose estimation" must not name pose estimation)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    derived_surfaces = Counter((keys[d][i], docs[d].mentions[i].text) for d, i in derived)
    for (k, text), n in Counter(zip(flat, texts)).items():
        surfaces[k][text] = n - derived_surfaces[k, text]
    ids = _assign_ids(surfaces, gazetteer)

    # 4. records, in the order their entities are first mentioned
    eids = list(map(ids.__getitem__, flat))
    for m, eid in zip(mentions, eids):
        m.entity = eid
    number = {eid: n for n, eid in enumerate(dict.fromkeys(eids))}
    entities = {eid: Entity(id=eid, label="", type="") for eid in number}
    for (eid, label), n in Counter(zip(eids, labels)).items():
        entities[eid].type_counts[label] = n
    for (eid, text), n in Counter(zip(eids, texts)).items():
        entities[eid].aliases[text] = n
    papers, first, last = papers_and_years(np.fromiter(map(number.__getitem__, eids), dtype=np.int64, count=len(eids)),
                                           paper_of, [doc.paper.id for doc in docs], [doc.paper.year for doc in docs])
    key_of = {eid: k for k, eid in ids.items()}
    for e, e_papers, e_first, e_last in zip(entities.values(), papers, first, last):
        e.papers, e.first_year, e.last_year = e_papers, e_first, e_last
        concept = gazetteer.concepts.get(e.id)
        e.label = concept.name if concept else preferred_label(surfaces[key_of[e.id]])
        e.type = max(sorted(e.type_counts), key=e.type_counts.get)
        if concept and concept.type == "MODEL" and e.type == "METHOD":
            e.type = "MODEL"  # the gazetteer knows it is a named model
    _tie_variants(entities, gazetteer)
    return entities


def papers_and_years(entity: np.ndarray, paper: np.ndarray, paper_ids: Sequence[str],
                     years: Sequence[int | None]) -> tuple[list[list[str]], list[int | None], list[int | None]]:
    """Each entity's papers (ids, sorted, once each) and the first and last year among them,
    from the entity and paper number of every mention; entities are numbered 0, 1, ... and
    every one has a mention. Sorting (entity, paper) pairs in numpy, once, keeps it linear in
    the mentions, without a Python step per pair.

    >>> papers_and_years(np.array([1, 0, 1, 1]), np.array([0, 1, 2, 0]), ["b", "a", "c"], [2020, None, 2018])
    ([['a'], ['b', 'c']], [None, 2018], [None, 2020])
    >>> papers_and_years(np.array([0, 0]), np.array([0, 1]), ["a", "a"], [2021, 2019])
    ([['a']], [2019], [2021])
    """
    if not len(entity):
        return [], [], []
    ids = sorted(set(paper_ids))
    position = {pid: r for r, pid in enumerate(ids)}
    n_entities, n = int(entity.max()) + 1, len(ids)
    rank = np.fromiter(map(position.__getitem__, paper_ids), dtype=np.int64, count=len(paper_ids))
    ents, ranks = np.divmod(_distinct(entity * n + rank[paper]), n)  # by entity, then paper id
    starts = np.searchsorted(ents, np.arange(n_entities + 1))
    flat = list(map(ids.__getitem__, ranks.tolist()))
    papers = [flat[a:b] for a, b in zip(starts.tolist(), starts[1:].tolist())]
    # each paper id's years: one id given to two papers spans both
    year = np.array([np.nan if y is None else y for y in years], dtype=float)
    lo, hi = np.full(n, np.nan), np.full(n, np.nan)
    np.fmin.at(lo, rank, year)
    np.fmax.at(hi, rank, year)
    first, last = np.fmin.reduceat(lo[ranks], starts[:-1]).tolist(), np.fmax.reduceat(hi[ranks], starts[:-1]).tolist()
    return papers, [int(y) if y == y else None for y in first], [int(y) if y == y else None for y in last]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values: by sorting, which beats ``np.unique``'s hashing on
    millions of integers."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _doc_keys(doc: ExtractedPaper, corpus_abbrevs: Mapping[str, str], gazetteer: Gazetteer,
              gaz_by_key: Mapping[str, str], stems: Mapping[str, str],
              resolved: dict[tuple[str, str, str], str]) -> list[str]:
    """Each mention's key: a gazetteer id ("g:...") or a normalised surface ("k:...").
    ``resolved`` remembers the key of each (name, label, matched id) across calls, for the
    names the paper defines no abbreviation for: names repeat across a corpus."""
    local = {normalize(s): l for _, s, l in doc.abbreviations}
    out = []
    for m in doc.mentions:
        if local and normalize(m.text) in local:
            out.append(_key(m, local, corpus_abbrevs, gazetteer, gaz_by_key, stems))
            continue
        key = resolved.get((m.text, m.label, m.entity))
        if key is None:
            key = resolved[m.text, m.label, m.entity] = _key(m, {}, corpus_abbrevs, gazetteer, gaz_by_key, stems)
        out.append(key)
    return out


def _key(m: Mention, local: Mapping[str, str], corpus_abbrevs: Mapping[str, str], gazetteer: Gazetteer,
         gaz_by_key: Mapping[str, str], stems: Mapping[str, str]) -> str:
    text, k = m.text, normalize(m.text)
    if long := local.get(k) or corpus_abbrevs.get(k):
        k = normalize(long)
        if m.label in GENERALIZE:  # and falls back as its long form does ("FRA", face recognition accuracy)
            text = long
    gid = m.entity if m.entity in gazetteer.concepts else gaz_by_key.get(k)
    if gid is None:
        gid = _fallback(text, m.label, gazetteer, gaz_by_key)
    if gid is None and m.label == "TASK":
        gid = stems.get(k)
    return sys.intern(f"g:{gid}" if gid else f"k:{k}")


def _fallback(text: str, label: str, gazetteer: Gazetteer, gaz_by_key: Mapping[str, str]) -> str | None:
    """The curated concept an unknown name falls back to, if any."""
    if label == "DATASET":
        fallbacks, fits = dataset_keys(text), lambda t: t == "DATASET"
    else:
        fallbacks, fits = head_keys(text), lambda t: _generalizes(label, t)
        if label == "METRIC":  # "a 3% mAP boost" is about mAP; a bare quantity ("error") is measured as its rate
            if (stem := _METRIC_CHANGE.sub("", text)) != text:
                fallbacks += [normalize(stem), *head_keys(stem)]
            fallbacks.append(normalize(text) + "rate")
    return next((gaz_by_key[h] for h in fallbacks if h in gaz_by_key and fits(gazetteer.concepts[gaz_by_key[h]].type)),
                None)


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
                if len(stem) >= 2 and not _COMPOUND.intersection(_words(" ".join(stem))):
                    owners[normalize(" ".join(stem))].add(c.id)
    return {stem: ids.pop() for stem, ids in owners.items() if len(ids) == 1}


def dataset_keys(text: str) -> list[str]:
    """Keys of the ever shorter word prefixes of a dataset name whose dropped words qualify
    a part of it (a split, a subset, a source) rather than name another version: words of
    three letters or more, without numbers, so "ImageNet-R" and "CIFAR-10-C" stay apart.

    >>> dataset_keys("Penn Treebank WSJ corpus"), dataset_keys("COCO test-dev")
    (['penntreebank', 'penn'], ['cocotest', 'coco'])
    >>> dataset_keys("ImageNet-R"), dataset_keys("CIFAR-10-C"), dataset_keys("SQuAD 2.0")
    ([], [], [])
    """
    words = normalize_words(text)
    out = []
    for i in range(len(words) - 1, 0, -1):
        if len(words[i]) < 3 or any(c.isdigit() for c in words[i]):
            break
        out.append("".join(words[:i]))
    return out


def _generalizes(label: str, concept_type: str) -> bool:
    """Whether a mention typed ``label`` may fall back to a curated ``concept_type`` name
    it ends with: tasks and metrics by their own kind, and a task the model typed as a
    method ("character-to-character machine translation")."""
    return concept_type in GENERALIZE and (label == concept_type or (concept_type == "TASK" and label in {"METHOD", "MODEL"}))


def _broader(text: str, corpus_keys: set[str]) -> str | None:
    """The longest word suffix of ``text`` (two words or more) that the corpus uses as a
    name of its own.

    >>> _broader("multi person pose estimation", {"k:poseestimation", "g:x"})
    'k:poseestimation'
    >>> _broader("image classification", {"k:classification"}) is None
    True
    """
    return next((f"k:{h}" for h, n in zip(head_keys(text), range(len(normalize_words(text)) - 1, 0, -1))
                 if n >= 2 and f"k:{h}" in corpus_keys), None)




def bare_head_referents(docs: Sequence[ExtractedPaper], keys: Sequence[Sequence[str]], gazetteer: Gazetteer,
                        min_margin: float = 1.5, max_candidates: int = 64) -> dict[tuple[int, int], str]:
    """The qualified task each bare one-word task mention stands for, by (paper, mention).

    A task named by a dataset and one word ("ImageNet classification", "COCO detection")
    counts as bare: the dataset is evidence, not the name. Candidates are the task keys of
    two or more words that end with the bare word (neither
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
    col = {k: c for c, k in enumerate(dict.fromkeys(itertools.chain.from_iterable(keys)))}
    heads: dict[str, set[int]] = defaultdict(set)  # bare word → candidate columns
    bare: list[tuple[int, int, str]] = []
    datasets = dataset_names(docs, keys, gazetteer)
    qualifier: dict[tuple[int, int], str | None] = {}  # the dataset a bare task is named by
    for d, i in _positions(docs, {"TASK"}):
        k = keys[d][i]
        words = normalize_words(docs[d].mentions[i].text)
        if len(words) == 1 or not k.startswith("g:") and "".join(words[:-1]) in datasets:
            bare.append((d, i, words[-1]))
            qualifier[(d, i)] = datasets.get("".join(words[:-1]))
        elif len(words) > 1 and not _COMPOUND.intersection(words) and _names_head(k, words[-1], gazetteer):
            heads[words[-1]].add(col[k])
    bare = [b for b in bare if heads.get(b[2])]
    if not bare:
        return {}
    # paper × key: how many of the paper's mentions have the key (duplicates sum); b: whether any does
    rows = np.repeat(np.arange(len(keys)), [len(ks) for ks in keys])
    cols = np.fromiter(map(col.__getitem__, itertools.chain.from_iterable(keys)), dtype=np.int64, count=len(rows))
    counts = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(col)))
    b = counts.copy()
    b.data[:] = 1.0
    df = np.asarray(b.sum(axis=0)).ravel()
    by_col = list(col)  # key of each column: col numbers keys in order
    idf = np.log(len(keys) / df)
    # the senses context may pick: the word's most used ones, by papers (then name, to repeat)
    senses = {w: sorted(heads[w], key=lambda c: (-df[c], by_col[c]))[:max_candidates] for w in {w for *_, w in bare}}
    cand_cols = np.array(sorted(set().union(*senses.values())))
    cooc = (b.T @ b[:, cand_cols]).tocsc()  # key × candidate: papers where both occur
    position = {c: n for n, c in enumerate(cand_cols)}
    out: dict[tuple[int, int], str] = {}
    unnamed: dict[str, list[tuple[int, int]]] = defaultdict(list)  # word → its bare mentions
    # the candidates each paper names, with how often: a row holds a handful at most, so the
    # per-mention look-ups below stay small however many candidates a word has
    named_cols = np.array(sorted(set().union(*map(heads.__getitem__, senses))))
    named = counts[:, named_cols]
    starts, named_col, times = named.indptr.tolist(), named_cols[named.indices].tolist(), named.data.tolist()
    named_keys = list(map(by_col.__getitem__, named_col))
    for d, i, word in bare:
        own = {named_keys[p]: times[p] for p in range(starts[d], starts[d + 1]) if named_col[p] in heads[word]}
        if own:
            out[(d, i)] = max(sorted(own), key=lambda k: (own[k], df[col[k]]))
        else:
            unnamed[word].append((d, i))
    for word, mentions in unnamed.items():  # one sparse product per bare word
        cands = sorted(senses[word])
        # each mention's context: its paper's other keys and the dataset that names it, by idf
        x = b[[d for d, _ in mentions]]
        own_col = np.repeat([col[keys[d][i]] for d, i in mentions], np.diff(x.indptr))
        x.data = np.where(x.indices == own_col, 0.0, idf[x.indices])
        named_by = [(n, col[q]) for n, (d, i) in enumerate(mentions)
                    if (q := qualifier[(d, i)]) in col and q != keys[d][i] and q not in keys[d]]
        if named_by:
            rows_q, cols_q = map(list, zip(*named_by))
            x = x + sp.csr_array((idf[cols_q], (rows_q, cols_q)), shape=x.shape)
        # the paper names no candidate, so this counts only other papers
        evidence = (x @ cooc[:, [position[c] for c in cands]]).toarray()
        # the corpus's usual sense decides among the candidates the evidence leaves (all of
        # them where there is none), for every mention of the word at once
        scores = np.where(evidence * min_margin >= evidence.max(axis=1, keepdims=True), df[cands], 0.0)
        order = np.argsort(-scores, axis=1, kind="stable")
        ranked = np.take_along_axis(scores, order[:, :2], axis=1)
        best, runner_up = ranked[:, 0], ranked[:, 1] if len(cands) > 1 else 0.0
        for n in np.flatnonzero((best > 0) & (best >= min_margin * runner_up)).tolist():
            out[mentions[n]] = by_col[cands[order[n, 0]]]
    return out


def dataset_names(docs: Sequence[ExtractedPaper], keys: Sequence[Sequence[str]],
                  gazetteer: Gazetteer) -> dict[str, str]:
    """Key of each dataset name the corpus tags or the gazetteer knows → the dataset's key."""
    names = {normalize(docs[d].mentions[i].text): keys[d][i] for d, i in _positions(docs, {"DATASET"})}
    for c in gazetteer.concepts.values():
        if c.type == "DATASET":
            names.update((normalize(n), f"g:{c.id}") for n in c.names)
    names.pop("", None)
    return names


def family_referents(docs: Sequence[ExtractedPaper], keys: Sequence[Sequence[str]], gazetteer: Gazetteer,
                     gaz_by_key: Mapping[str, str], min_margin: float = 1.5) -> dict[tuple[int, int], str]:
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
    is CIFAR-10.
    """
    def dataset(key: str) -> str | None:
        """The name key of a dataset key (None for a curated concept of another type: the
        model may tag a "ResNet-50" as a dataset)."""
        if not key.startswith("g:"):
            return key[2:]
        concept = gazetteer.concepts.get(key[2:])
        return normalize(concept.name) if concept and concept.type == "DATASET" else None

    positions = _positions(docs, {"DATASET"})
    versions: dict[str, set[str]] = defaultdict(set)  # family key → its version keys
    for d, i in positions:
        k = keys[d][i]
        if (name := dataset(k)) and (fam := family_key(name)):
            fam = f"g:{gaz_by_key[fam]}" if fam in gaz_by_key else f"k:{fam}"
            if dataset(fam):
                versions[fam].add(k)
    families_of: dict[str, set[str]] = defaultdict(set)  # version key → its families
    for fam, vs in versions.items():
        for v in vs:
            families_of[v].add(fam)
    version_keys = set(families_of)
    # each paper's families and versions: only these keys' paper counts are needed
    doc_sets = list(map(version_keys.union(versions).intersection, keys))
    df = Counter(itertools.chain.from_iterable(doc_sets))
    with_version = Counter(fam for ks in doc_sets for fam in set().union(*map(families_of.get, ks & version_keys)))
    # a family its corpus mostly names bare ("ImageNet" beside "ImageNet-V2") is a name of its own
    resolvable = {fam for fam in versions if with_version[fam] >= min_margin * df[fam]}
    out: dict[tuple[int, int], str] = {}
    usual: dict[str, str | None] = {}  # family → the version its bare name means, if one dominates
    for d, i in positions:
        k = keys[d][i]
        if k not in resolvable:
            continue
        named = versions[k].intersection(keys[d])
        if named:
            if len(named) == 1:
                out[(d, i)] = named.pop()
            continue
        if k not in usual:
            ranked = sorted(versions[k], key=lambda v: (-df[v], v))
            runner_up = df[ranked[1]] if len(ranked) > 1 else 0
            usual[k] = ranked[0] if df[ranked[0]] >= min_margin * max(runner_up, df[k]) else None
        if usual[k]:
            out[(d, i)] = usual[k]
    return out


def _positions(docs: Sequence[ExtractedPaper], labels: Collection[str]) -> list[tuple[int, int]]:
    """``(paper, mention)`` of each mention with one of ``labels``, in order: found by numpy
    over the corpus's labels rather than by a Python loop over every mention.

    >>> from kg.models import Mention, Paper
    >>> docs = [ExtractedPaper(Paper(p, "", ""), [Mention("title", 0, 1, "x", label) for label in labels])
    ...         for p, labels in [("a", ["TASK", "METRIC"]), ("b", []), ("c", ["METRIC", "TASK", "TASK"])]]
    >>> _positions(docs, {"TASK"})
    [(0, 0), (2, 1), (2, 2)]
    """
    sizes = [len(doc.mentions) for doc in docs]
    found = map(set(labels).__contains__, map(_LABEL, itertools.chain.from_iterable(doc.mentions for doc in docs)))
    flat = np.flatnonzero(np.fromiter(found, dtype=bool, count=sum(sizes)))
    offsets = np.cumsum([0, *sizes])
    paper = np.searchsorted(offsets, flat, side="right") - 1
    return list(zip(paper.tolist(), (flat - offsets[paper]).tolist()))


def _names_head(key: str, word: str, gazetteer: Gazetteer) -> bool:
    """Whether the entity behind ``key`` is itself named with head ``word``: a curated
    concept may have been reached through an alias that is not ("sentiment classification"
    is sentiment analysis)."""
    if not key.startswith("g:"):
        return True
    concept = gazetteer.concepts.get(key[2:])
    return concept is None or normalize_words(concept.name)[-1:] == (word,)


def preferred_label(aliases: Mapping[str, int]) -> str:
    """The most common long form, else the most common form.

    >>> preferred_label({"LRA": 5, "Long Range Arena": 2, "long range arena": 1})
    'Long Range Arena'
    """
    ranked = sorted(aliases, key=lambda a: (-aliases[a], a))
    return next((a for a in ranked if not _is_short_form(a)), ranked[0])


def _assign_ids(surfaces: Mapping[str, Counter], gazetteer: Gazetteer) -> dict[str, str]:
    ids, used = {}, set(gazetteer.concepts)
    for key in sorted(surfaces):
        if key.startswith("g:"):
            ids[key] = key[2:]
            continue
        base = slug(preferred_label(surfaces[key]))
        eid, n = base, 1
        while eid in used:
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        ids[key] = eid
    return ids


def _tie_variants(entities: dict[str, Entity], gazetteer: Gazetteer) -> None:
    """``variant_of``: from the gazetteer, else a versioned name to its family's entity. A
    curated family that no paper names on its own gets an entity without mentions, so that
    its versions are tied to it and the family stays queryable: a corpus that only says
    CIFAR-10 and CIFAR-100 still has CIFAR, with both as its variants."""
    for e in list(entities.values()):
        concept = gazetteer.concepts.get(e.id)
        family = concept.variant_of if concept else None
        while family in gazetteer.concepts and family not in entities:
            c = gazetteer.concepts[family]
            entities[family] = Entity(id=family, label=c.name, type=c.type)
            family = c.variant_of
    by_key = {}
    for e in entities.values():
        by_key.setdefault(normalize(e.label), e.id)
    for e in entities.values():
        concept = gazetteer.concepts.get(e.id)
        if concept and concept.variant_of in entities:
            e.variant_of = concept.variant_of
            continue
        fam = family_key(normalize(e.label))
        if fam and by_key.get(fam, e.id) != e.id:
            e.variant_of = by_key[fam]
