"""The knowledge graph: papers and entities in networkx, and the questions asked of it.

Schema (shared by `kg.rdf`, `kg.viz` and the CLI)
-------------------------------------------------
Node keys are prefixed so papers and entities never collide: ``"paper:<paper id>"`` and
``"entity:<entity id>"``; the same keys are used in all three graphs.

``KnowledgeGraph.bipartite`` (``nx.Graph``)
    paper nodes: ``kind="paper"``, ``id``, ``title``, ``abstract``, ``authors`` (list of str),
    ``year`` (int or None), ``date``, ``url``, ``source``, ``identifiers`` (dict), ``community``.
    entity nodes: ``kind="entity"``, ``id``, ``label``, ``type`` (one of ``kg.models.LABELS``),
    ``type_counts`` (dict), ``aliases`` (dict alias -> count), ``n_papers``, ``first_year``,
    ``last_year``, ``variant_of`` (entity id or None), ``community``, ``pagerank``, ``degree``.
    paper–entity edges: ``count`` (mentions), ``mentions`` (list of ``kg.models.Mention``, the
    papers' own; written to files as ``Mention.to_dict()``).
``KnowledgeGraph.papers`` (``nx.Graph``)
    paper nodes (same keys and attributes); edges ``weight`` (IDF-weighted shared entities)
    and ``shared`` (list of entity ids, strongest first); only the top-k neighbours per paper.
``KnowledgeGraph.entities`` (``nx.Graph``)
    entity nodes (same keys and attributes); edges ``weight`` (NPMI) and ``count``
    (papers in which both occur).

How the weights are made
------------------------
Let ``X`` be the binary papers × entities matrix and ``df`` its column sums (papers per
entity). An entity's weight is its inverse document frequency ``idf = log(N / df)``, so an
entity in every paper weighs nothing and ``accuracy`` weighs less than ``Long Range Arena``.

*Paper links.* With ``B = X · diag(sqrt(idf))``, ``B·Bᵀ`` holds for each pair of papers the
summed idf of the entities they share: a link is exactly as strong as the entities that
explain it, each counted once however often a paper mentions it, and no paper is favoured
for being long (the top-k cut keeps hubs from linking to everyone). The product is taken a
row at a time (compiled with numba), and only each paper's top-k neighbours are kept. Only
entities in at most ``_MAX_DF`` papers propose neighbours (the product of the others would
grow with the square of the corpus); every shared entity counts in a candidate's weight, and
a paper whose entities are all more common than that is ranked against every paper.

*Entity links.* ``XᵀX`` counts the papers two entities share; a pair seen in at least
``min_count`` papers is linked with its normalised PMI over papers (Bouma 2009),
``log(p(a,b) / (p(a) p(b))) / -log p(a,b)``: 1 when the two always occur together, 0 when
they are independent.

*Communities* are Louvain partitions (scikit-network's; entity graph for entities, paper
graph for papers), numbered by size, 0 the largest. *PageRank* (weighted by NPMI) and *degree* centrality are
computed on the entity graph.

Files
-----
``graph.json`` holds the three graphs as networkx node-link data (node keys under
``"node"``, links under ``"edges"``) under the keys ``bipartite``, ``papers`` and
``entities``; node attributes are stored once, on the bipartite nodes (the other two list
bare node keys). ``graph.graphml`` holds the bipartite graph for
Gephi and friends, with list and dict attributes as JSON strings and None values left out.
"""

from __future__ import annotations

import difflib
import io
import itertools
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator, Literal, Mapping, Sequence

import networkx as nx
import numba
import numpy as np
import scipy.sparse as sp
from sknetwork.clustering import Louvain
from sknetwork.ranking import PageRank

from .errors import Errors, KGError
from .io import atomic_open
from .models import LABELS, Entity, ExtractedPaper, Mention
from .perf import gc_paused

# Entities in more papers than this propose no neighbours (see paper_links). Each paper–entity
# pair then adds at most this many candidates, so the work grows linearly with the corpus
# once its commonest entities pass the cap, where an entity in a fixed share of the papers
# adds the square of its count. On the 100k synthetic papers of pipelines/synth_corpus.py,
# each paper kept on average 99.6% of its exact top-20 link weight (98.8% with a cap of 500,
# 95.1% with 200) for 1,593 candidate entries a paper (366 with 200). A constant, not a
# share of the papers: a share would make the work quadratic again.
_MAX_DF = 1000
# What a shared entity of a type says about two papers, beside its IDF: a shared method
# ("LSTM", "attention", "encoder") is a tool many problems use, weaker evidence that two papers
# work on the same problem than a shared task, dataset, metric or named model. Chosen on the
# SciREX train papers with pipelines/eval_related.py (precision@5 0.365 -> 0.409).
TYPE_WEIGHTS = {"METHOD": 0.5}


def paper_node(paper_id: str) -> str:
    """
    >>> paper_node("arxiv:1706.03762")
    'paper:arxiv:1706.03762'
    """
    return f"paper:{paper_id}"


def entity_node(entity_id: str) -> str:
    """
    >>> entity_node("cifar-10")
    'entity:cifar-10'
    """
    return f"entity:{entity_id}"


@dataclass
class KnowledgeGraph:
    bipartite: nx.Graph = field(default_factory=nx.Graph)
    papers: nx.Graph = field(default_factory=nx.Graph)
    entities: nx.Graph = field(default_factory=nx.Graph)


# --------------------------------------------------------------------------- weights


def idf_weights(df: np.ndarray, n_papers: int) -> np.ndarray:
    """Inverse document frequency ``log(n_papers / df)`` of entities found in ``df`` papers.

    >>> idf_weights(np.array([1, 2, 4]), 4).round(3)
    array([1.386, 0.693, 0.   ])
    """
    return np.log(n_papers / np.asarray(df, dtype=float))


def npmi(count: np.ndarray, df_a: np.ndarray, df_b: np.ndarray, n_papers: int) -> np.ndarray:
    """Normalised pointwise mutual information of entity pairs over papers.

    ``count`` papers hold both entities, ``df_a`` and ``df_b`` each one of them. Two entities
    in every paper always co-occur, and get 1.

    >>> npmi(np.array([2, 1, 4]), np.array([2, 2, 4]), np.array([2, 2, 4]), 4).round(3)
    array([1., 0., 1.])
    >>> round(float(npmi(np.array([1]), np.array([2]), np.array([3]), 4)[0]), 3)  # log(2/3)/log(4)
    -0.292
    """
    count = np.asarray(count, dtype=float)
    # in counts rather than probabilities, so that equal ratios round alike
    pmi = np.log(count * n_papers / (np.asarray(df_a, dtype=float) * np.asarray(df_b)))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(count < n_papers, pmi / np.log(n_papers / count), 1.0)


def _row_arrays(matrix: sp.csr_array) -> tuple[np.ndarray, np.ndarray]:
    """``(indptr, indices)`` of a CSR matrix as the kernels read them: int64, each row's
    columns in order (from a sorted copy when they are not, so ``matrix`` stays as it is)."""
    if not matrix.has_sorted_indices:
        matrix = matrix.sorted_indices()
    return matrix.indptr.astype(np.int64, copy=False), matrix.indices.astype(np.int64, copy=False)


def _column_weights(weighted: sp.csr_array) -> np.ndarray:
    """Each column's weight: the square of its entries, which are all the same (an entity's
    ``sqrt(idf)``); 0 for an empty column."""
    weight = np.zeros(weighted.shape[1])
    weight[weighted.indices] = weighted.data.astype(float) ** 2
    return weight


@numba.njit(cache=True, nogil=True)
def _keep_best(i: int, touched: np.ndarray, n_touched: int, score: np.ndarray, seen: np.ndarray,
               best_j: np.ndarray, best_w: np.ndarray) -> int:
    """Move the ``len(best_j)`` strongest of the ``touched`` candidates of row ``i`` (positive
    ``score``, not ``i`` itself; ties to the lower column) into ``best_j`` and ``best_w``,
    clearing ``score`` and ``seen`` for the next row; return how many there are."""
    k, found, worst = len(best_j), 0, 0
    for t in range(n_touched):
        j = touched[t]
        s = score[j]
        score[j], seen[j] = 0.0, False
        if j == i or s <= 0.0:
            continue
        if found < k:
            best_j[found], best_w[found] = j, s
            found += 1
        elif s > best_w[worst] or (s == best_w[worst] and j < best_j[worst]):
            best_j[worst], best_w[worst] = j, s
        else:
            continue
        if found == k:  # find the new weakest: k is small, a scan is cheaper than a heap
            worst = 0
            for b in range(1, k):
                if best_w[b] < best_w[worst] or (best_w[b] == best_w[worst] and best_j[b] > best_j[worst]):
                    worst = b
    return found


@numba.njit(cache=True, nogil=True)
def _gather(i, indptr, indices, weight, skip, t_indptr, t_indices, score, seen, touched) -> int:
    """Add up in ``score`` the weights of the entities row ``i`` shares with each other row,
    through the entities not marked in ``skip``; list the rows met in ``touched``, return
    how many."""
    n_touched = 0
    for p in range(indptr[i], indptr[i + 1]):
        e = indices[p]
        if skip[e]:
            continue
        for q in range(t_indptr[e], t_indptr[e + 1]):
            j = t_indices[q]
            if not seen[j]:
                seen[j] = True
                touched[n_touched] = j
                n_touched += 1
            score[j] += weight[e]
    return n_touched


@numba.njit(cache=True, nogil=True, parallel=True)
def _top_neighbours(indptr, indices, weight, common, t_indptr, t_indices, c_indptr, c_indices, c_weight, c_bits,
                    top_k, n_chunks):
    """Each row's ``top_k`` strongest links as ``(found, columns, weights)``: row ``i`` has
    ``found[i]`` of them, in the first places of its row of the other two; see paper_links.

    Rows are papers and columns entities of a binary CSR matrix (``indptr``, ``indices``),
    ``weight`` is each entity's, ``common`` marks the entities that propose no candidates,
    ``t_*`` is the transposed matrix (each entity's papers), ``c_*`` each paper's common
    entities, numbered among themselves, and ``c_weight`` their weights; ``c_bits[c // 64, j]``
    has bit ``c % 64`` set when paper ``j`` has common entity ``c``. A row at a time, candidates' scores add up in a dense array
    (Gustavson's row-by-row sparse product), so the work is the number of (paper, candidate,
    shared rare entity) triples plus, for each of the paper's common entities, a bit test
    per candidate. The rows are cut into ``n_chunks`` ranges, run in parallel; each row's
    result is the same however they run."""
    n = len(indptr) - 1
    found = np.zeros(n, dtype=np.int64)
    out_j, out_w = np.empty((n, top_k), dtype=np.int64), np.empty((n, top_k))
    bounds = np.linspace(0, n, n_chunks + 1).astype(np.int64)
    nothing = np.zeros(len(weight), dtype=np.bool_)
    one = np.uint64(1)
    for chunk in numba.prange(n_chunks):
        score = np.zeros(n)
        seen = np.zeros(n, dtype=np.bool_)
        touched = np.empty(n, dtype=np.int64)
        for i in range(bounds[chunk], bounds[chunk + 1]):
            n_touched = _gather(i, indptr, indices, weight, common, t_indptr, t_indices, score, seen, touched)
            for p in range(c_indptr[i], c_indptr[i + 1]):  # the common entities' share of the weights
                c = c_indices[p]
                bits, bit, w = c_bits[c >> 6], np.uint64(c & 63), c_weight[c]
                for t in range(n_touched):
                    if (bits[touched[t]] >> bit) & one:
                        score[touched[t]] += w
            k = _keep_best(i, touched, n_touched, score, seen, out_j[i], out_w[i])
            if k == 0 and c_indptr[i + 1] > c_indptr[i]:  # only common entities: rank against all
                n_touched = _gather(i, indptr, indices, weight, nothing, t_indptr, t_indices, score, seen, touched)
                k = _keep_best(i, touched, n_touched, score, seen, out_j[i], out_w[i])
            found[i] = k
    return found, out_j, out_w


def paper_links(weighted: sp.csr_array, top_k: int, max_df: int = _MAX_DF) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Links ``(i, j, weight)`` with ``i < j`` between rows of ``weighted`` (papers × entities,
    ``sqrt(idf)`` where a paper has an entity), keeping each paper's ``top_k`` strongest: the
    weight of a pair is the entry of ``weighted · weightedᵀ``, its summed idf. Of tied
    candidates, the lower-numbered paper wins.

    A paper's candidates are the papers it shares an entity of at most ``max_df`` papers with,
    ranked on all the entities they share: an entity in more papers weighs little and only
    adds the same amount to a large share of the candidates, so it changes which candidates
    win but need not propose any. A paper with no such candidate (all its entities common) is
    ranked against every paper, as without the cap.

    >>> w = sp.csr_array(np.array([[1., 1., 0.], [1., 1., 0.], [1., 0., 1.]]))
    >>> [a.tolist() for a in paper_links(w, 1)]
    [[0, 0], [1, 2], [2.0, 1.0]]
    >>> [a.tolist() for a in paper_links(w, 1, max_df=2)]  # column 0 proposes nothing, but counts
    [[0, 0], [1, 2], [2.0, 1.0]]
    """
    n, m = weighted.shape
    common = np.bincount(weighted.indices, minlength=m) > max_df
    columns = np.flatnonzero(common)
    c_indptr, c_indices = _row_arrays(weighted[:, columns].tocsr())
    # each paper's common entities as bits, a row of n words per 64 of them: testing a bit
    # took half the time of looking through a candidate's list of them at 100k papers
    c_bits = np.zeros((max(1, -(-len(columns) // 64)), n), dtype=np.uint64)
    np.bitwise_or.at(c_bits, (c_indices >> 6, np.repeat(np.arange(n), np.diff(c_indptr))),
                     np.left_shift(np.uint64(1), (c_indices & 63).astype(np.uint64)))
    weight = _column_weights(weighted)
    found, j, w = _top_neighbours(*_row_arrays(weighted), weight, common, *_row_arrays(weighted.T.tocsr()),
                                  c_indptr, c_indices, weight[columns], c_bits, top_k, min(n, 64))
    chosen = np.arange(top_k) < found[:, None]
    i, j, w = np.repeat(np.arange(n), found), j[chosen], w[chosen]
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(lo * n + hi, return_index=True)  # a pair both papers chose counts once
    return lo[first], hi[first], w[first]


@numba.njit(cache=True, nogil=True, parallel=True)
def _shared_columns(indptr, indices, weight, i, j, offsets, out):
    """For each pair ``(i[p], j[p])`` of rows of a CSR matrix with sorted ``indices``, the
    columns both have, the largest ``weight`` first (ties: lower column first), into
    ``out[offsets[p]:]``; return how many each pair has. ``offsets`` leave each pair room for
    the shorter row's columns."""
    found = np.zeros(len(i), dtype=np.int64)
    for p in numba.prange(len(i)):
        a, a_end, b, b_end, k = indptr[i[p]], indptr[i[p] + 1], indptr[j[p]], indptr[j[p] + 1], offsets[p]
        while a < a_end and b < b_end:  # a merge of the two sorted rows
            if indices[a] < indices[b]:
                a += 1
            elif indices[a] > indices[b]:
                b += 1
            else:
                c = indices[a]
                # insertion sort: pairs share a few columns
                at = k
                while at > offsets[p] and (weight[out[at - 1]] < weight[c]
                                           or (weight[out[at - 1]] == weight[c] and out[at - 1] > c)):
                    out[at] = out[at - 1]
                    at -= 1
                out[at] = c
                k += 1
                a += 1
                b += 1
        found[p] = k - offsets[p]
    return found


def shared_entities(weighted: sp.csr_array, i: np.ndarray, j: np.ndarray,
                    names: np.ndarray | None = None) -> Iterator[list]:
    """For each pair of rows, the columns both have, the largest product first (ties: lower
    column first); ``names[column]`` rather than the column where ``names`` is given. The
    entries of a column are all the same (an entity's ``sqrt(idf)``). The lists come one at a
    time, for the caller to use while they are fresh in the cache.

    >>> w = sp.csr_array(np.array([[1., 2., 3.], [1., 2., 0.]]))
    >>> list(shared_entities(w, np.array([0]), np.array([1])))
    [[1, 0]]
    >>> list(shared_entities(w, np.array([0]), np.array([1]), np.array(["a", "b", "c"], dtype=object)))
    [['b', 'a']]
    """
    indptr, indices = _row_arrays(weighted)
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    lengths = np.diff(indptr)
    room = np.minimum(lengths[i], lengths[j])
    offsets = np.concatenate([[0], np.cumsum(room)]).astype(np.int64)
    out = np.empty(offsets[-1], dtype=np.int32)  # room for the shorter row of each pair: 23.5M at 100k papers
    found = _shared_columns(indptr, indices, _column_weights(weighted), i, j, offsets[:-1], out)
    ends = np.cumsum(found)
    cols = out[np.arange(ends[-1] if len(ends) else 0) + np.repeat(offsets[:-1] - (ends - found), found)]
    cols = (cols if names is None else names[cols]).tolist()
    ends = ends.tolist()
    return (cols[a:b] for a, b in zip([0, *ends[:-1]], ends))


@numba.njit(cache=True, nogil=True, parallel=True)
def _cooccurrences(indptr, indices, t_indptr, t_indices, min_count, n_chunks, offsets, out_b, out_count):
    """For each column ``a`` of a binary CSR matrix, the columns ``b > a`` found in the same
    rows at least ``min_count`` times, in order, with their counts: written from
    ``offsets[a]`` into ``out_b`` and ``out_count`` when those are given room (a first call
    with ``offsets`` None only counts them). Returns how many each column has."""
    m = len(t_indptr) - 1
    found = np.zeros(m, dtype=np.int64)
    bounds = np.linspace(0, m, n_chunks + 1).astype(np.int64)
    for chunk in numba.prange(n_chunks):
        count = np.zeros(m, dtype=np.int64)
        touched = np.empty(m, dtype=np.int64)
        for a in range(bounds[chunk], bounds[chunk + 1]):
            n_touched = 0
            for q in range(t_indptr[a], t_indptr[a + 1]):
                row = t_indices[q]
                for p in range(indptr[row + 1] - 1, indptr[row] - 1, -1):  # sorted: b > a are last
                    b = indices[p]
                    if b <= a:
                        break
                    if count[b] == 0:
                        touched[n_touched] = b
                        n_touched += 1
                    count[b] += 1
            listed = np.sort(touched[:n_touched])
            k = 0
            for b in listed:
                if count[b] >= min_count:
                    if offsets is not None:
                        out_b[offsets[a] + k], out_count[offsets[a] + k] = b, count[b]
                    k += 1
                count[b] = 0
            found[a] = k
    return found


def entity_links(present: sp.csr_array, min_count: int, min_npmi: float) -> tuple[np.ndarray, ...]:
    """Links ``(a, b, npmi, count)`` with ``a < b`` between columns of ``present`` (binary
    papers × entities) found together in at least ``min_count`` rows with NPMI above
    ``min_npmi``; ordered by ``a``, then ``b``.

    ``presentᵀ·present`` a column at a time (compiled with numba), so that only the pairs
    seen often enough are ever held.

    >>> x = sp.csr_array(np.array([[1, 1, 0], [1, 1, 0], [0, 1, 1], [0, 0, 1]]))
    >>> a, b, w, c = entity_links(x, 2, 0.0)
    >>> a.tolist(), b.tolist(), w.round(3).tolist(), c.tolist()
    ([0], [1], [0.415], [2])
    """
    n, m = present.shape
    df = np.bincount(present.indices, minlength=m)
    args = (*_row_arrays(present), *_row_arrays(present.T.tocsr()), min_count, min(m, 64))
    found = _cooccurrences(*args, None, None, None)
    offsets = np.concatenate([[0], np.cumsum(found)]).astype(np.int64)
    b, count = np.empty(offsets[-1], dtype=np.int64), np.empty(offsets[-1], dtype=np.int64)
    _cooccurrences(*args, offsets[:-1], b, count)
    a = np.repeat(np.arange(m), found)
    weight = npmi(count, df[a], df[b], n)
    strong = weight > min_npmi
    return a[strong], b[strong], weight[strong], count[strong]


def by_size(labels: np.ndarray) -> np.ndarray:
    """Renumber community labels by size, 0 for the largest (ties: the one met first).

    >>> by_size(np.array([5, 3, 3, 7, 5, 9])).tolist()
    [0, 1, 1, 2, 0, 3]
    """
    _, first, inverse, counts = np.unique(labels, return_index=True, return_inverse=True, return_counts=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.lexsort((first, -counts))] = np.arange(len(first))
    return rank[inverse]


def louvain(adjacency: sp.sparray, seed: int) -> np.ndarray:
    """The community of each node of a weighted graph, numbered by size.

    scikit-network's Louvain rather than networkx's: the same method, but compiled, where
    networkx took 96 s on the paper graph of 100k papers (1.4M links) and this takes 3 s.

    >>> triangle = np.ones((3, 3)) - np.eye(3)
    >>> two = sp.block_diag([triangle, triangle, [[0.0]]]).tolil()
    >>> two[2, 3] = two[3, 2] = 1.0
    >>> louvain(two, seed=0).tolist()
    [0, 0, 0, 1, 1, 1, 2]
    """
    if adjacency.nnz == 0:  # which scikit-network refuses: every node is its own community
        return np.arange(adjacency.shape[0])
    labels = Louvain(shuffle_nodes=True, random_state=seed).fit_predict(sp.csr_matrix(adjacency))
    return by_size(labels)


def pagerank(adjacency: sp.sparray, damping: float = 0.85) -> np.ndarray:
    """PageRank of the nodes of a weighted graph, summing to 1.

    scikit-network's, on the matrix the graph was built from: networkx's spent most of its
    time turning the graph back into a matrix (4.9 s for the entity graph of 100k papers).
    A node without links gets the teleport share (networkx spreads such nodes' rank over
    all nodes instead); the order of the others is the same.

    >>> star = sp.csr_array(np.array([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float))
    >>> r = pagerank(star); bool(r[0] > r[1] == r[2]), round(float(r.sum()), 6)
    (True, 1.0)
    """
    if adjacency.nnz == 0:
        return np.full(adjacency.shape[0], 1.0 / max(1, adjacency.shape[0]))
    return PageRank(damping_factor=damping, n_iter=100, tol=1e-9).fit_predict(sp.csr_matrix(adjacency))


# --------------------------------------------------------------------------- build


def _check(name: str, value, ok: bool, rule: str) -> None:
    if not ok:
        raise KGError(Errors.E035.format(name=name, rule=rule, value=value))


@gc_paused()
def build_graph(docs: Sequence[ExtractedPaper], entities: Mapping[str, Entity], *, top_k: int = 20,
                seed: int = 42, min_npmi: float = 0.0, min_count: int = 2,
                type_weights: Mapping[str, float] = TYPE_WEIGHTS) -> KnowledgeGraph:
    """The three graphs of ``docs``, whose mentions carry ids of ``entities``.

    Mentions with no entity id (left unlinked) are not in the graph.

    Parameters
    ----------
    docs : sequence of ExtractedPaper
        Papers with their linked mentions; paper ids are unique.
    entities : mapping of str to Entity
        The entity records by id.
    top_k : int
        Neighbours each paper keeps in the paper graph.
    seed : int
        Random seed of the Louvain community detection.
    min_npmi : float
        Entity pairs are linked only above this NPMI (0 ≤ min_npmi < 1) ...
    min_count : int
        ... and only when found together in at least this many papers.
    type_weights : mapping of str to float
        Factor on the IDF of a shared entity of each type in paper links (default 1).

    Raises
    ------
    KGError
        For a parameter out of range, or a mention of an entity not in ``entities``.

    Examples
    --------
    >>> from kg.models import Mention, Paper
    >>> ents = {e: Entity(e, e.upper(), "DATASET") for e in ("a", "b")}
    >>> docs = [ExtractedPaper(Paper(str(i), f"t{i}", "", year=2020), [Mention("title", 0, 1, "a", "DATASET", "a"),
    ...         Mention("title", 0, 1, "b", "DATASET", "b")]) for i in range(3)]
    >>> kg = build_graph(docs + [ExtractedPaper(Paper("3", "t3", ""))], ents)
    >>> kg.bipartite.number_of_edges(), kg.papers.number_of_edges(), kg.entities.edges["entity:a", "entity:b"]
    (6, 3, {'weight': 1.0, 'count': 3})
    """
    _check("top_k", top_k, top_k >= 1, "at least 1")
    _check("min_count", min_count, min_count >= 1, "at least 1")
    _check("min_npmi", min_npmi, 0.0 <= min_npmi < 1.0, "at least 0 and below 1")
    _check("type_weights", type_weights, all(w > 0 for w in type_weights.values()), "positive")
    entity_ids = list(entities)
    rows, cols, edges = _paper_entity_edges(docs, {eid: c for c, eid in enumerate(entity_ids)})
    present = sp.csr_array((np.ones(len(rows), dtype=np.int64), (rows, cols)), shape=(len(docs), len(entity_ids)))
    df = np.asarray(present.sum(axis=0)).ravel()
    # an entity no paper mentions is in no row: any finite idf will do
    factor = np.array([type_weights.get(e.type, 1.0) for e in entities.values()])
    weighted = (present @ sp.diags_array(np.sqrt(factor * idf_weights(np.maximum(df, 1), len(docs))))).tocsr()
    paper_keys = [paper_node(d.paper.id) for d in docs]
    entity_keys = [entity_node(eid) for eid in entity_ids]

    kg = KnowledgeGraph()
    kg.bipartite.add_nodes_from((key, _paper_attrs(d)) for key, d in zip(paper_keys, docs))
    kg.bipartite.add_nodes_from(
        (key, _entity_attrs(e, n)) for key, e, n in zip(entity_keys, entities.values(), df.tolist()))
    add_new_edges(kg.bipartite, paper_keys + entity_keys, rows, cols + len(paper_keys), edges)

    i, j, w = paper_links(weighted, top_k, _MAX_DF)
    kg.papers.add_nodes_from(paper_keys)
    shared = shared_entities(weighted, i, j, np.array(entity_ids, dtype=object))
    add_new_edges(kg.papers, paper_keys, i, j, [{"weight": v, "shared": s} for v, s in zip(w.tolist(), shared)])

    a, b, npmis, counts = entity_links(present, min_count, min_npmi)
    kg.entities.add_nodes_from(entity_keys)
    add_new_edges(kg.entities, entity_keys, a, b,
                  [{"weight": v, "count": n} for v, n in zip(npmis.tolist(), counts.tolist())])

    nodes = kg.bipartite.nodes
    entity_adjacency = _symmetric(a, b, npmis, len(entity_keys))
    for keys, community in ((paper_keys, louvain(_symmetric(i, j, w, len(paper_keys)), seed)),
                            (entity_keys, louvain(entity_adjacency, seed))):
        for key, number in zip(keys, community.tolist()):
            nodes[key]["community"] = number
    degree = nx.degree_centrality(kg.entities)
    for key, rank in zip(entity_keys, pagerank(entity_adjacency).tolist()):
        nodes[key]["pagerank"], nodes[key]["degree"] = rank, float(degree[key])
    _copy_node_attrs(kg)
    return kg


def add_new_edges(g: nx.Graph, keys: Sequence[str], u: np.ndarray, v: np.ndarray, attrs: Sequence[dict]) -> None:
    """Add the edges ``(keys[u[e]], keys[v[e]])`` with attribute dicts ``attrs[e]`` as given,
    between nodes already in ``g``, each pair once and not yet linked.

    What ``Graph.add_edges_from`` does, in the same order, without its per-edge checks and
    copies of each attribute dict, which here would be redundant: networkx keeps edges in
    ``g._adj``, the dict of dicts that ``g.adj`` shows read-only, and each node's dict here
    gets all its new neighbours in one ``update``, rather than an edge's two ends one after
    the other, which at 100k papers wandered over gigabytes of dicts for each edge.

    >>> g = nx.path_graph(3)
    >>> add_new_edges(g, [0, 1, 2], np.array([0]), np.array([2]), [{"weight": 2.0}])
    >>> sorted(g.edges(data="weight")), g.degree[2]
    ([(0, 1, None), (0, 2, 2.0), (1, 2, None)], 2)
    """
    ends, others = np.concatenate([u, v]), np.concatenate([v, u])
    order = np.lexsort((np.tile(np.arange(len(u)), 2), ends))  # by node, then in edge order
    ends, others = ends[order], others[order]
    nodes, starts = np.unique(ends, return_index=True)
    keys = np.asarray(keys, dtype=object)
    neighbours = keys[others].tolist()
    edge_attrs = [attrs[e] for e in (order % max(len(u), 1)).tolist()]
    adj = g._adj
    for key, a, b in zip(keys[nodes].tolist(), starts.tolist(), [*starts[1:].tolist(), len(ends)]):
        adj[key].update(zip(neighbours[a:b], edge_attrs[a:b]))


def _paper_entity_edges(docs: Sequence[ExtractedPaper], column: Mapping[str, int]
                        ) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """``(rows, columns, attributes)``: for each (paper row, entity column) pair, the edge
    attributes ``count`` and ``mentions`` (of that entity in that paper). Grouped a paper at a
    time, in small dicts: one dict keyed by all the pairs was 2.5x slower at 100k papers. The
    mentions are the papers' own objects: a dict for each took 1 GB more at 100k papers."""
    rows: list[int] = []
    cols: list[int] = []
    edges: list[dict] = []
    for row, doc in enumerate(docs):
        here: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if not m.entity:
                continue
            if m.entity not in column:
                raise KGError(Errors.E036.format(text=m.text, paper=doc.paper.id, entity=m.entity))
            here.setdefault(column[m.entity], []).append(m)
        rows.extend([row] * len(here))
        cols.extend(here)
        # made while the paper's lists are fresh in the cache: a pass over all of them
        # afterwards took 0.9 s at 100k papers
        edges.extend({"count": len(ms), "mentions": ms} for ms in here.values())
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), edges


def _paper_attrs(doc: ExtractedPaper) -> dict:
    p = doc.paper
    return {"kind": "paper", "id": p.id, "title": p.title, "abstract": p.abstract, "authors": p.authors,
            "year": p.year, "date": p.date, "url": p.url, "source": p.source,
            "identifiers": p.identifiers, "community": None}


def _entity_attrs(e: Entity, n_papers: int) -> dict:
    return {"kind": "entity", "id": e.id, "label": e.label, "type": e.type, "type_counts": e.type_counts,
            "aliases": e.aliases, "n_papers": n_papers, "first_year": e.first_year, "last_year": e.last_year,
            "variant_of": e.variant_of, "community": None, "pagerank": 0.0, "degree": 0.0}


def _copy_node_attrs(kg: KnowledgeGraph) -> None:
    """Give the paper and entity graphs' nodes the bipartite nodes' attributes: dicts of their
    own, values shared."""
    for g in (kg.papers, kg.entities):
        for key, attrs in g.nodes(data=True):
            attrs.update(kg.bipartite.nodes[key])


def _symmetric(i: np.ndarray, j: np.ndarray, w: np.ndarray, n: int) -> sp.csr_array:
    """The adjacency matrix of an undirected graph given each link once."""
    return sp.csr_array((np.concatenate([w, w]), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n))


# --------------------------------------------------------------------------- files

# nodes have an "id" attribute of their own, so node-link data names the node key "node"
_NODE_LINK = {"name": "node", "edges": "edges"}
_GRAPHS = ("bipartite", "papers", "entities")


# Items written at once when streaming a file: few enough to hold in memory, and for JSON
# enough for the C encoder to do the work.
_CHUNK = 10_000


def _to_json(value: object) -> dict:
    """What JSON holds for the one kind of value in a graph that is not JSON already."""
    if isinstance(value, Mention):
        return value.to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_encoder = json.JSONEncoder(ensure_ascii=False, default=_to_json)


def write_json_array(f: IO[str], items: Iterable, encode=_encoder.encode) -> None:
    """Write ``items`` to ``f`` as a JSON array, exactly as ``encode(list(items))`` would,
    without holding the whole text or list: a chunk of items at a time, each chunk by the C
    encoder (``json.dump`` would run the Python one, minutes slower at 100k papers).

    >>> import io
    >>> f = io.StringIO()
    >>> write_json_array(f, ({"n": i} for i in range(3)))
    >>> f.getvalue() == json.dumps([{"n": 0}, {"n": 1}, {"n": 2}])
    True
    """
    f.write("[")
    items = iter(items)
    for number, chunk in enumerate(iter(lambda: list(itertools.islice(items, _CHUNK)), [])):
        f.write((", " if number else "") + encode(chunk)[1:-1])
    f.write("]")


def write_node_link(f: IO[str], g: nx.Graph, node_attrs: bool = True) -> None:
    """Write ``g`` to ``f`` as ``json.dumps(nx.node_link_data(g, name="node", edges="edges"))``
    would, but streamed; without ``node_attrs`` each node is only ``{"node": key}``."""
    head = {"directed": g.is_directed(), "multigraph": g.is_multigraph(), "graph": g.graph}
    f.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "nodes": ')
    write_json_array(f, ({**a, "node": n} for n, a in g.nodes(data=True)) if node_attrs else
                     ({"node": n} for n in g))
    f.write(', "edges": ')
    write_json_array(f, ({**d, "source": u, "target": v} for u, v, d in g.edges(data=True)))
    f.write("}")


@gc_paused()
def save_graph(kg: KnowledgeGraph, directory: str | Path) -> list[Path]:
    """Write ``graph.json`` and ``graph.graphml`` into ``directory``; return their paths."""
    directory = Path(directory)
    json_path, graphml_path = directory / "graph.json", directory / "graph.graphml"
    with atomic_open(json_path) as f:
        for number, name in enumerate(_GRAPHS):
            f.write(("{" if number == 0 else ", ") + json.dumps(name) + ": ")
            # the paper and entity graphs' node attributes are the bipartite nodes'
            write_node_link(f, getattr(kg, name), node_attrs=name == "bipartite")
        f.write("}")
    with atomic_open(graphml_path, "wb") as f:
        write_graphml(f, kg.bipartite)
    return [json_path, graphml_path]


@gc_paused()
def load_graph(directory: str | Path) -> KnowledgeGraph:
    """Read back the graphs that :func:`save_graph` wrote into ``directory``."""
    path = Path(directory) / "graph.json"
    if not path.is_file():
        raise KGError(Errors.E030.format(path=directory))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        kg = KnowledgeGraph(**{name: nx.node_link_graph(data[name], directed=False, multigraph=False, **_NODE_LINK)
                               for name in _GRAPHS})
        for *_, attrs in kg.bipartite.edges(data=True):
            attrs["mentions"] = [Mention.from_dict(m) for m in attrs["mentions"]]
    except (ValueError, KeyError, TypeError, nx.NetworkXError) as e:
        raise KGError(Errors.E034.format(path=path, detail=f"{type(e).__name__}: {e}")) from e
    _copy_node_attrs(kg)
    return kg


def graphml_attrs(attrs: Mapping) -> dict:
    """Attributes as GraphML can hold them: list and dict values as JSON strings, no Nones.

    >>> graphml_attrs({"tags": ["x"], "year": None, "n": 1})
    {'tags': '["x"]', 'n': 1}
    """
    return {k: _encoder.encode(v) if isinstance(v, (list, dict)) else v for k, v in attrs.items() if v is not None}


_GRAPHML_ROOT = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
# what xml.etree escapes: in text, and in attribute values
_XML_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_XML_ATTR = (*_XML_TEXT, ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def xml_escape(text: str, entities: tuple[tuple[str, str], ...] = _XML_TEXT) -> str:
    r"""``text`` escaped as xml.etree writes it; ``_XML_ATTR`` for an attribute value.

    >>> xml_escape('<a & "b">'), xml_escape('<a & "b">\n', _XML_ATTR)
    ('&lt;a &amp; "b"&gt;', '&lt;a &amp; &quot;b&quot;&gt;&#10;')
    """
    for char, entity in entities:
        if char in text:  # most texts have none: a search is cheaper than a replace
            text = text.replace(char, entity)
    return text


def write_graphml(f: IO[bytes], g: nx.Graph) -> None:
    """Write ``g`` (no graph attributes) to the binary file ``f`` as GraphML, with its node and
    edge attributes as :func:`graphml_attrs` makes them: byte for byte what ``nx.write_graphml``
    writes, but streamed, where networkx (without lxml) first builds the whole XML tree,
    2 GB for the graph of 100k papers.

    >>> import io
    >>> g = nx.Graph([("a", "b", {"w": 1.5})])
    >>> f = io.BytesIO()
    >>> write_graphml(f, g)
    >>> print(f.getvalue().decode())  # doctest: +ELLIPSIS
    <?xml version='1.0' encoding='utf-8'?>
    <graphml ...>
      <key id="d0" for="edge" attr.name="w" attr.type="double" />
      <graph edgedefault="undirected">
        <node id="a" />
        <node id="b" />
        <edge source="a" target="b">
          <data key="d0">1.5</data>
        </edge>
      </graph>
    </graphml>
    <BLANKLINE>
    """
    xml_type = nx.readwrite.graphml.GraphMLWriter().get_xml_type  # networkx's type names
    keys: dict[tuple[str, str, str], str] = {}  # (name, type, "node" or "edge") → key id
    for scope, items in (("node", (a for _, a in g.nodes(data=True))), ("edge", (a for *_, a in g.edges(data=True)))):
        for attrs in items:
            for name, value in attrs.items():
                if value is not None:
                    kind = xml_type(str if isinstance(value, (list, dict)) else type(value))
                    keys.setdefault((str(name), kind, scope), f"d{len(keys)}")

    def attr(text: str) -> str:
        return xml_escape(text, _XML_ATTR)

    def value(key: str, text: str) -> str:
        return f'\n      <data key="{key}">{xml_escape(text)}</data>' if text else f'\n      <data key="{key}" />'

    def element(tag: str, scope: str, attributes: str, data: Mapping) -> str:
        """A node or an edge, indented as networkx pretty-prints it."""
        values = "".join(value(keys[str(k), xml_type(type(v)), scope], str(v)) for k, v in graphml_attrs(data).items())
        return f"\n    <{tag} {attributes}>{values}\n    </{tag}>" if values else f"\n    <{tag} {attributes} />"

    nodes = (element("node", "node", f'id="{attr(str(n))}"', a) for n, a in g.nodes(data=True))
    edges = (element("edge", "edge", f'source="{attr(str(u))}" target="{attr(str(v))}"', a)
             for u, v, a in g.edges(data=True))
    out = io.TextIOWrapper(f, encoding="utf-8", errors="xmlcharrefreplace", newline="\n")  # as xml.etree writes
    out.write("<?xml version='1.0' encoding='utf-8'?>\n" + _GRAPHML_ROOT)
    for (name, kind, scope), key in reversed(keys.items()):  # networkx inserts each new key first
        out.write(f'\n  <key id="{key}" for="{scope}" attr.name="{attr(name)}" attr.type="{kind}" />')
    if len(g):
        out.write('\n  <graph edgedefault="undirected">')
        items = itertools.chain(nodes, edges)
        for chunk in iter(lambda: "".join(itertools.islice(items, _CHUNK)), ""):
            out.write(chunk)
        out.write("\n  </graph>\n</graphml>\n")
    else:
        out.write('\n  <graph edgedefault="undirected" />\n</graphml>\n')
    out.flush()
    out.detach()  # f stays open: it is the caller's


# --------------------------------------------------------------------------- queries


Kind = Literal["entity", "paper"]


@dataclass(frozen=True)
class Node:
    """A node as shown to a user: its key, kind, id and label (a paper's title)."""

    key: str
    kind: str
    id: str
    label: str


@dataclass
class RelatedPaper:
    """A paper linked to the one asked about."""

    id: str
    title: str
    year: int | None
    weight: float
    shared: list[str]  # labels of the shared entities, strongest first


@dataclass
class Cooccurrence:
    """An entity found in the same papers as the one asked about."""

    id: str
    label: str
    type: str
    npmi: float
    count: int


@dataclass
class EntityInfo:
    """What :func:`entity_info` tells about an entity."""

    id: str
    label: str
    type: str
    type_counts: dict[str, int]
    aliases: dict[str, int]  # most used first
    n_papers: int
    n_papers_with_variants: int  # papers of the entity or of any variant of it, at any depth
    papers_by_year: dict[int, int]  # papers with a known year, oldest first
    cooccurring: dict[str, list[Cooccurrence]]  # by type; strongest NPMI, then count, first
    variant_of: str | None  # label
    variants: list[str]  # labels
    community: int | None
    pagerank: float


@dataclass
class EntityCount:
    """An entity and the number of papers it is in."""

    id: str
    label: str
    type: str
    count: int


@dataclass
class Trend:
    """An entity whose share of papers changed across the split year."""

    id: str
    label: str
    type: str
    before: float  # share of the papers before the split year that mention it
    after: float  # share of the papers from the split year on
    growth: float  # after - before


@dataclass
class Community:
    """A community of entities, named by its most central members."""

    id: int
    size: int
    top: list[str]  # labels of its entities with the highest PageRank
    label: str


def node_label(attrs: Mapping) -> str:
    """What a node is called: an entity's label, a paper's title."""
    return attrs["label"] if attrs["kind"] == "entity" else attrs["title"]


def _node(kg: KnowledgeGraph, key: str) -> Node:
    attrs = kg.bipartite.nodes[key]
    return Node(key, attrs["kind"], attrs["id"], node_label(attrs))


def _names(kg: KnowledgeGraph, kind: Kind | None) -> dict[str, str]:
    """Case-folded name → node key. Entities are named by id, label and aliases, papers by id
    and title; where names clash, a label or id beats an alias, then the more used node wins."""
    ranked: list[tuple[tuple, str, str]] = []
    for key, a in kg.bipartite.nodes(data=True):
        if kind and a["kind"] != kind:
            continue
        if a["kind"] == "entity":
            ranked += [((0, -a["n_papers"]), a["id"], key), ((0, -a["n_papers"]), a["label"], key)]
            ranked += [((1, -n), alias, key) for alias, n in a["aliases"].items()]
        else:
            ranked += [((0, 0), a["id"], key), ((0, 0), a["title"], key)]
    names: dict[str, str] = {}
    for _, name, key in sorted(ranked, key=lambda r: r[0]):
        names.setdefault(name.casefold(), key)
    return names


def resolve(kg: KnowledgeGraph, name: str, kind: Kind | None = "entity") -> str:
    """The node key that ``name`` means: an entity by id, label or alias, a paper by id or
    title, case-insensitively; ``kind=None`` looks at both.

    Raises
    ------
    KGError
        E031 when nothing matches; the message suggests the closest names.

    Examples
    --------
    >>> from kg.models import Mention, Paper
    >>> doc = ExtractedPaper(Paper("p1", "Attention Is All You Need", ""),
    ...                      [Mention("title", 0, 9, "Attention", "METHOD", "attention")])
    >>> attention = Entity("attention", "Attention", "METHOD", aliases={"self-attention": 2})
    >>> kg = build_graph([doc], {"attention": attention})
    >>> resolve(kg, "SELF-ATTENTION"), resolve(kg, "attention is all you need", "paper")
    ('entity:attention', 'paper:p1')
    """
    name = name.strip()
    if name in kg.bipartite and kind in (None, kg.bipartite.nodes[name]["kind"]):
        return name
    names = _names(kg, kind)
    key = names.get(name.casefold())
    if key is None:
        close = difflib.get_close_matches(name.casefold(), names, n=5, cutoff=0.6)
        shown = list(dict.fromkeys(node_label(kg.bipartite.nodes[names[c]]) for c in close))
        hint = f"; did you mean {', '.join(map(repr, shown))}?" if shown else ""
        raise KGError(Errors.E031.format(kind=kind or "entity or paper", name=name, suggestions=hint))
    return key


def related(kg: KnowledgeGraph, paper: str, n: int = 10) -> list[RelatedPaper]:
    """The ``n`` papers most similar to ``paper`` (resolved as in :func:`resolve`), strongest
    link first, each with the shared entities that explain the link."""
    key = resolve(kg, paper, "paper")
    label = {k: a["label"] for k, a in kg.entities.nodes(data=True)}
    out = []
    for other, e in sorted(kg.papers[key].items(), key=lambda kv: (-kv[1]["weight"], kv[0]))[:n]:
        a = kg.papers.nodes[other]
        out.append(RelatedPaper(a["id"], a["title"], a["year"], e["weight"],
                                [label[entity_node(s)] for s in e["shared"]]))
    return out


def entity_info(kg: KnowledgeGraph, name: str, n: int = 10) -> EntityInfo:
    """Everything known about the entity ``name`` (resolved as in :func:`resolve`), with at
    most ``n`` co-occurring entities of each type."""
    key = resolve(kg, name, "entity")
    a = kg.bipartite.nodes[key]
    years = Counter(kg.bipartite.nodes[p]["year"] for p in kg.bipartite[key])
    by_type: dict[str, list[Cooccurrence]] = defaultdict(list)
    for other, e in sorted(kg.entities[key].items(), key=lambda kv: (-kv[1]["weight"], -kv[1]["count"], kv[0])):
        o = kg.entities.nodes[other]
        if len(by_type[o["type"]]) < n:
            by_type[o["type"]].append(Cooccurrence(o["id"], o["label"], o["type"], e["weight"], e["count"]))
    parent = kg.entities.nodes.get(entity_node(a["variant_of"])) if a["variant_of"] else None
    variants_of: dict[str, list[str]] = defaultdict(list)
    for other, o in kg.entities.nodes(data=True):
        if o["variant_of"]:
            variants_of[entity_node(o["variant_of"])].append(other)
    variants = sorted(kg.entities.nodes[v]["label"] for v in variants_of[key])
    family, todo = {key}, list(variants_of[key])
    while todo:
        if (v := todo.pop()) not in family:
            family.add(v)
            todo += variants_of[v]
    return EntityInfo(
        a["id"], a["label"], a["type"], dict(a["type_counts"]),
        dict(sorted(a["aliases"].items(), key=lambda kv: (-kv[1], kv[0]))), a["n_papers"],
        len(set().union(*(kg.bipartite[v] for v in family))),
        {y: years[y] for y in sorted(y for y in years if y is not None)}, dict(by_type),
        parent["label"] if parent else None, variants, a["community"], a["pagerank"])


def shortest_path(kg: KnowledgeGraph, a: str, b: str) -> list[Node]:
    """The shortest chain of papers and entities from ``a`` to ``b``, each an entity or a paper.

    Raises
    ------
    KGError
        E031 for a name that matches nothing, E032 when no chain joins the two.
    """
    source, target = resolve(kg, a, None), resolve(kg, b, None)
    try:
        return [_node(kg, key) for key in nx.shortest_path(kg.bipartite, source, target)]
    except nx.NetworkXNoPath:
        raise KGError(Errors.E032.format(a=a, b=b)) from None


def _label_type(type: str | None) -> str | None:
    if type is None or type.upper() in LABELS:
        return type and type.upper()
    raise KGError(Errors.E021.format(label=type, labels=", ".join(LABELS)))


def top_entities(kg: KnowledgeGraph, type: str | None = None, year: int | None = None,
                 n: int = 20) -> list[EntityCount]:
    """The ``n`` entities in most papers (of ``year``, if given), of one ``type`` if given.

    Raises
    ------
    KGError
        E021 for a type that is not one of ``kg.models.LABELS`` (in any case).
    """
    type = _label_type(type)
    counts = []
    for key, a in kg.entities.nodes(data=True):
        if type and a["type"] != type:
            continue
        count = a["n_papers"] if year is None else sum(
            kg.bipartite.nodes[p]["year"] == year for p in kg.bipartite[key])
        if count:
            counts.append(EntityCount(a["id"], a["label"], a["type"], count))
    return sorted(counts, key=lambda c: (-c.count, c.label))[:n]


def trending(kg: KnowledgeGraph, n: int = 20, split_year: int | None = None) -> list[Trend]:
    """The entities whose share of papers grew most from before ``split_year`` to after it
    (default: the median paper year, so both periods hold about half the papers).

    Raises
    ------
    KGError
        E033 when no paper has a year, or one of the two periods has no papers.
    """
    year = {k: a["year"] for k, a in kg.papers.nodes(data=True) if a["year"] is not None}
    if not year:
        raise KGError(Errors.E033.format(year=split_year, detail="no paper has a year"))
    split = statistics.median_high(year.values()) if split_year is None else split_year
    n_before = sum(y < split for y in year.values())
    n_after = len(year) - n_before
    if not n_before or not n_after:
        raise KGError(Errors.E033.format(
            year=split, detail=f"papers span {min(year.values())}–{max(year.values())}"))
    trends = []
    for key, a in kg.entities.nodes(data=True):
        ys = [year[p] for p in kg.bipartite[key] if p in year]
        before = sum(y < split for y in ys) / n_before
        after = (len(ys) - sum(y < split for y in ys)) / n_after
        if after > before:
            trends.append(Trend(a["id"], a["label"], a["type"], before, after, after - before))
    return sorted(trends, key=lambda t: (-t.growth, t.label))[:n]


def communities(kg: KnowledgeGraph, n_top: int = 5) -> list[Community]:
    """The entity communities, largest first, each named by its ``n_top`` most central
    entities (PageRank)."""
    members: dict[int, list[dict]] = defaultdict(list)
    for _, a in kg.entities.nodes(data=True):
        members[a["community"]].append(a)
    out = []
    for number in sorted(members):
        top = [a["label"] for a in sorted(members[number], key=lambda a: (-a["pagerank"], a["label"]))[:n_top]]
        out.append(Community(number, len(members[number]), top, " / ".join(top)))
    return out
