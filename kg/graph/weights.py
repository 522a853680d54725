"""The weights of the links between papers and between entities.

How the weights are made
------------------------
Let ``X`` be the binary papers × entities matrix and ``df`` its column sums (papers per
entity). An entity's weight is its inverse document frequency ``idf = log(N / df)``, so an
entity in every paper weighs nothing and ``accuracy`` weighs less than ``Long Range Arena``.

*Paper links.* With ``B = R ∘ (X · diag(sqrt(idf)))``, ``B·Bᵀ`` holds for each pair of
papers the summed idf of the entities they share, each weighed by what both papers do with
it: ``R`` holds a factor per (paper, entity) pair, the weight of the paper's role for the
entity (:data:`ROLE_WEIGHTS`: a dataset both papers evaluate on counts 2.25 times as much as
one both merely mention), 0 for a generic entity (kept out of paper links unless asked for). A link is exactly as strong as the entities that explain it, each counted once however
often a paper mentions it, and no paper is favoured for being long (the top-k cut keeps hubs
from linking to everyone). The product is taken a
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
# Pairs whose shared entities are listed at once: room for the shorter row of each pair, which
# for all the links of 100k papers at once took 23.5M places
_PAIR_BATCH = 1 << 16
# What a shared entity of a type says about two papers, beside its IDF: a shared method
# ("LSTM", "attention", "encoder") is a tool many problems use, weaker evidence that two papers
# work on the same problem than a shared task, dataset, metric or named model. Chosen on the
# SciREX train papers with pipelines/eval_related.py (precision@5 0.365 -> 0.409).
TYPE_WEIGHTS = {"METHOD": 0.5}
# What a paper's role for an entity (kg.records.ROLES) says about the paper, as a factor on
# its entry of B: a shared entity counts the product of the two papers' factors times its
# IDF. Two papers that evaluate on the same dataset or propose and use the same method share
# their subject; two that only mention "deep learning" in passing share a word. A mention is
# the unit, so papers without roles (files of an earlier kg) are linked as before. Chosen on
# the SciREX train papers with pipelines/eval_related.py, which prints each setting's figures:
# precision@5 0.426 without roles, 0.435 with generic entities left out, 0.467 with these roles
# too (0.452-0.470 for the other role weights it tries; on dev, 0.477 and 0.554).
ROLE_WEIGHTS = {"proposes": 1.5, "evaluates_on": 1.5, "uses": 1.5, "compares_with": 1.25, "mentions": 1.0}


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


def _entries(matrix: sp.sparray) -> sp.csr_array:
    """A CSR copy of ``matrix`` as the kernels read its entries: floats, no stored zeros (an
    entity weighed 0, a generic one, links nothing), each row's columns in order."""
    out = sp.csr_array(matrix, dtype=float, copy=True)
    out.eliminate_zeros()
    out.sort_indices()
    return out


def _common_codes(common: sp.csr_array) -> tuple[Floats, Floats, NDArray[np.unsignedinteger[Any]]]:
    """``(scale, levels, codes)`` of the common entities' columns (papers × common entities)
    as :func:`kg.graph.kernels.top_neighbours` reads them: paper ``j``'s entry for common
    entity ``c`` is ``scale[c] * levels[codes[c, j]]``, code 0 (level 0) where it has none.
    The levels are the entries' shares of their column's largest, a few values (the role
    weights), so a code takes a byte a paper: a look-up per candidate and common entity, as
    cheap as the bit test it replaces.

    >>> scale, levels, codes = _common_codes(sp.csr_array(np.array([[2.0, 0.0], [1.0, 3.0]])))
    >>> scale.tolist(), levels.tolist(), codes.tolist()
    ([2.0, 3.0], [0.0, 0.5, 1.0], [[2, 1], [0, 2]])
    """
    n, m = common.shape
    coo = common.tocoo()
    scale = np.zeros(m)
    np.maximum.at(scale, coo.col, coo.data)
    share = coo.data / scale[coo.col]
    distinct, code = np.unique(share, return_inverse=True)
    codes = np.zeros((m, n), dtype=np.min_scalar_type(len(distinct)))
    codes[coo.col, coo.row] = code + 1
    return scale, np.concatenate([[0.0], distinct]), codes


def paper_links(weighted: sp.csr_array, top_k: int, max_df: int = MAX_DF) -> tuple[Int64s, Int64s, Floats]:
    """Links ``(i, j, weight)`` with ``i < j`` between rows of ``weighted`` (papers × entities,
    ``B`` of the module's description), keeping each paper's ``top_k`` strongest: the weight
    of a pair is the entry of ``weighted · weightedᵀ``, the sum over the entities both have of
    the product of their two entries. Of tied candidates, the lower-numbered paper wins.

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
    >>> roles = sp.csr_array(np.array([[1., 0.5], [1., 0.], [0.5, 1.]]))  # entries weigh each pair
    >>> [a.tolist() for a in paper_links(roles, 1)]
    [[0, 0], [1, 2], [1.0, 1.0]]
    """
    n, m = weighted.shape
    weighted = _entries(weighted)
    common = np.bincount(weighted.indices, minlength=m) > max_df
    columns = np.flatnonzero(common)
    common_part = _entries(weighted[:, columns])
    transposed = _entries(weighted.T)
    scale, levels, codes = _common_codes(common_part)
    found, j, w = kernels.top_neighbours(
        *row_arrays(weighted), weighted.data, common, *row_arrays(transposed), transposed.data,
        *row_arrays(common_part), common_part.data, scale, levels, codes, top_k, min(n, 64),
    )  # fmt: skip
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
    """For each pair of rows, the columns both have, the largest product of their two entries
    first (ties: lower column first); ``names[column]`` rather than the column where ``names``
    is given. The lists come one at a time, for the caller to use while they are fresh in the
    cache, made a batch of pairs at a time so that the room they take stays small.

    >>> w = sp.csr_array(np.array([[1., 2., 3.], [1., 2., 0.]]))
    >>> list(shared_entities(w, np.array([0]), np.array([1])))
    [[1, 0]]
    >>> list(shared_entities(w, np.array([0]), np.array([1]), np.array(["a", "b", "c"], dtype=object)))
    [['b', 'a']]
    """
    weighted = _entries(weighted)
    indptr, indices = row_arrays(weighted)
    data = weighted.data
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    lengths = np.diff(indptr)
    for start in range(0, len(i), _PAIR_BATCH):
        a, b = i[start : start + _PAIR_BATCH], j[start : start + _PAIR_BATCH]
        room = np.minimum(lengths[a], lengths[b])
        offsets = np.concatenate([[0], np.cumsum(room)]).astype(np.int64)
        out, out_w = np.empty(offsets[-1], dtype=np.int32), np.empty(offsets[-1])
        found = kernels.shared_columns(indptr, indices, data, a, b, offsets[:-1], out, out_w)
        ends = np.cumsum(found)
        cols = out[np.arange(ends[-1] if len(ends) else 0) + np.repeat(offsets[:-1] - (ends - found), found)]
        listed: list[Any] = (cols if names is None else names[cols]).tolist()
        yield from (listed[x:y] for x, y in itertools.pairwise([0, *ends.tolist()]))


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
