"""The weights of the links between papers and between entities.

How the weights are made
------------------------
Let ``X`` be the binary papers × entities matrix and ``df`` its column sums (papers per
entity). An entity's weight is its inverse document frequency ``idf = log(N / df)``, so an
entity in every paper weighs nothing and ``accuracy`` weighs less than ``Long Range Arena``.

*Paper links.* With ``B = X · diag(sqrt(idf))``, ``B·Bᵀ`` holds for each pair of papers the
summed idf of the entities they share: a link is exactly as strong as the entities that
explain it, each counted once however often a paper mentions it, and no paper is favoured
for being long (the top-k cut keeps hubs from linking to everyone). The product is taken a
row at a time (compiled with numba, :mod:`kg.graph.kernels`), and only each paper's top-k
neighbours are kept. Only entities in at most ``MAX_DF`` papers propose neighbours (the
product of the others would grow with the square of the corpus); every shared entity counts
in a candidate's weight, and a paper whose entities are all more common than that is ranked
against every paper.

*Entity links.* ``XᵀX`` counts the papers two entities share; a pair seen in at least
``min_count`` papers is linked with its normalised PMI over papers (Bouma 2009),
``log(p(a,b) / (p(a) p(b))) / -log p(a,b)``: 1 when the two always occur together, 0 when
they are independent.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any, overload

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

from . import kernels
from .kernels import Floats, Int64s

# Entities in more papers than this propose no neighbours (see paper_links). Each paper–entity
# pair then adds at most this many candidates, so the work grows linearly with the corpus
# once its commonest entities pass the cap, where an entity in a fixed share of the papers
# adds the square of its count. On the 100k synthetic papers of pipelines/synth_corpus.py,
# each paper kept on average 99.6% of its exact top-20 link weight (98.8% with a cap of 500,
# 95.1% with 200) for 1,593 candidate entries a paper (366 with 200). A constant, not a
# share of the papers: a share would make the work quadratic again.
MAX_DF = 1000
# What a shared entity of a type says about two papers, beside its IDF: a shared method
# ("LSTM", "attention", "encoder") is a tool many problems use, weaker evidence that two papers
# work on the same problem than a shared task, dataset, metric or named model. Chosen on the
# SciREX train papers with pipelines/eval_related.py (precision@5 0.365 -> 0.409).
TYPE_WEIGHTS = {"METHOD": 0.5}


def idf_weights(df: ArrayLike, n_papers: int) -> Floats:
    """Inverse document frequency ``log(n_papers / df)`` of entities found in ``df`` papers.

    >>> idf_weights(np.array([1, 2, 4]), 4).round(3)
    array([1.386, 0.693, 0.   ])
    """
    return np.log(n_papers / np.asarray(df, dtype=float))


def npmi(count: ArrayLike, df_a: ArrayLike, df_b: ArrayLike, n_papers: int) -> Floats:
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


def row_arrays(matrix: sp.csr_array) -> tuple[Int64s, Int64s]:
    """``(indptr, indices)`` of a CSR matrix as the kernels read them: int64, each row's
    columns in order (from a sorted copy when they are not, so ``matrix`` stays as it is)."""
    if not matrix.has_sorted_indices:
        matrix = matrix.sorted_indices()
    return matrix.indptr.astype(np.int64, copy=False), matrix.indices.astype(np.int64, copy=False)


def column_weights(weighted: sp.csr_array) -> Floats:
    """Each column's weight: the square of its entries, which are all the same (an entity's
    ``sqrt(idf)``); 0 for an empty column."""
    weight = np.zeros(weighted.shape[1])
    weight[weighted.indices] = weighted.data.astype(float) ** 2
    return weight


def _common_bits(common_indices: Int64s, common_indptr: Int64s, n_common: int) -> NDArray[np.uint64]:
    """Each paper's common entities as bits, a row of n words per 64 of them (``bits[c // 64,
    j]`` has bit ``c % 64`` set when paper ``j`` has common entity ``c``): testing a bit took
    half the time of looking through a candidate's list of them at 100k papers."""
    n = len(common_indptr) - 1
    bits = np.zeros((max(1, -(-n_common // 64)), n), dtype=np.uint64)
    np.bitwise_or.at(
        bits,
        (common_indices >> 6, np.repeat(np.arange(n), np.diff(common_indptr))),
        np.left_shift(np.uint64(1), (common_indices & 63).astype(np.uint64)),
    )
    return bits


def paper_links(weighted: sp.csr_array, top_k: int, max_df: int = MAX_DF) -> tuple[Int64s, Int64s, Floats]:
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
    c_indptr, c_indices = row_arrays(weighted[:, columns].tocsr())
    weight = column_weights(weighted)
    bits = _common_bits(c_indices, c_indptr, len(columns))
    rows, t_rows = row_arrays(weighted), row_arrays(weighted.T.tocsr())
    found, j, w = kernels.top_neighbours(
        *rows, weight, common, *t_rows, c_indptr, c_indices, weight[columns], bits, top_k, min(n, 64)
    )
    chosen = np.arange(top_k) < found[:, None]
    i, j, w = np.repeat(np.arange(n), found), j[chosen], w[chosen]
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    _, first = np.unique(lo * n + hi, return_index=True)  # a pair both papers chose counts once
    return lo[first], hi[first], w[first]


@overload
def shared_entities(
    weighted: sp.csr_array, i: ArrayLike, j: ArrayLike, names: None = None
) -> Iterator[list[int]]: ...
@overload
def shared_entities(
    weighted: sp.csr_array, i: ArrayLike, j: ArrayLike, names: NDArray[np.object_]
) -> Iterator[list[str]]: ...
def shared_entities(
    weighted: sp.csr_array, i: ArrayLike, j: ArrayLike, names: NDArray[np.object_] | None = None
) -> Iterator[list[Any]]:
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
    indptr, indices = row_arrays(weighted)
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    lengths = np.diff(indptr)
    room = np.minimum(lengths[i], lengths[j])
    offsets = np.concatenate([[0], np.cumsum(room)]).astype(np.int64)
    out = np.empty(offsets[-1], dtype=np.int32)  # room for the shorter row of each pair: 23.5M at 100k papers
    found = kernels.shared_columns(indptr, indices, column_weights(weighted), i, j, offsets[:-1], out)
    ends = np.cumsum(found)
    cols = out[np.arange(ends[-1] if len(ends) else 0) + np.repeat(offsets[:-1] - (ends - found), found)]
    listed: list[Any] = (cols if names is None else names[cols]).tolist()
    return (listed[a:b] for a, b in itertools.pairwise([0, *ends.tolist()]))


def entity_links(
    present: sp.csr_array, min_count: int, min_npmi: float
) -> tuple[Int64s, Int64s, Floats, Int64s]:
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
    indptr, indices = row_arrays(present)
    t_indptr, t_indices = row_arrays(present.T.tocsr())
    n_chunks = min(m, 64)
    found = kernels.cooccurrences(indptr, indices, t_indptr, t_indices, min_count, n_chunks, None, None, None)
    offsets = np.concatenate([[0], np.cumsum(found)]).astype(np.int64)
    b, count = np.empty(offsets[-1], dtype=np.int64), np.empty(offsets[-1], dtype=np.int64)
    kernels.cooccurrences(indptr, indices, t_indptr, t_indices, min_count, n_chunks, offsets[:-1], b, count)
    a = np.repeat(np.arange(m), found)
    weight = npmi(count, df[a], df[b], n)
    strong = weight > min_npmi
    return a[strong], b[strong], weight[strong], count[strong]
