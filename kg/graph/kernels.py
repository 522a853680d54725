"""The compiled loops behind the link weights: sparse products taken a row at a time.

Each kernel reads CSR matrices as ``(indptr, indices)`` int64 arrays with each row's columns
in order (:func:`kg.graph.weights.row_arrays`), and their entries (``data``) where the
product weighs them, and keeps only what is asked for of each row's product, so that the
full product (which grows with the square of the corpus) is never held. The kernels that go
over all rows cut them into ranges run in parallel; each row's result is the same however
they run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import numba
import numpy as np
from numpy.typing import NDArray

_F = TypeVar("_F", bound=Callable[..., Any])

Int64s = NDArray[np.int64]
Floats = NDArray[np.float64]
Bools = NDArray[np.bool_]


def _compiled(parallel: bool = False) -> Callable[[_F], _F]:
    """numba's ``njit`` with the options every kernel here takes; typed, so that the
    kernels' signatures are checked where they are called."""
    return cast("Callable[[_F], _F]", numba.njit(cache=True, nogil=True, parallel=parallel))


@_compiled()
def keep_best(
    i: int, touched: Int64s, n_touched: int, score: Floats, seen: Bools, best_j: Int64s, best_w: Floats
) -> int:
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


@_compiled()
def gather(
    i: int,
    indptr: Int64s,
    indices: Int64s,
    data: Floats,
    skip: Bools,
    t_indptr: Int64s,
    t_indices: Int64s,
    t_data: Floats,
    score: Floats,
    seen: Bools,
    touched: Int64s,
) -> int:
    """Add up in ``score`` the products of the entries of the entities row ``i`` shares with
    each other row, through the entities not marked in ``skip``; list the rows met in
    ``touched``, return how many."""
    n_touched = 0
    for p in range(indptr[i], indptr[i + 1]):
        e, own = indices[p], data[p]
        if skip[e]:
            continue
        for q in range(t_indptr[e], t_indptr[e + 1]):
            j = t_indices[q]
            if not seen[j]:
                seen[j] = True
                touched[n_touched] = j
                n_touched += 1
            score[j] += own * t_data[q]
    return n_touched


@_compiled()
def add_common(
    i: int,
    c_indptr: Int64s,
    c_indices: Int64s,
    c_data: Floats,
    c_scale: Floats,
    c_levels: Floats,
    c_codes: NDArray[np.unsignedinteger[Any]],
    touched: Int64s,
    n_touched: int,
    score: Floats,
) -> None:
    """Add to the ``score`` of each of the ``touched`` rows the products of the entries of
    the common entities it shares with row ``i``: a look-up per candidate and common entity
    of row ``i`` (see :func:`top_neighbours` for the arrays)."""
    for p in range(c_indptr[i], c_indptr[i + 1]):
        c = c_indices[p]
        codes, own = c_codes[c], c_data[p] * c_scale[c]
        for t in range(n_touched):
            code = codes[touched[t]]
            if code:
                score[touched[t]] += own * c_levels[code]


@_compiled(parallel=True)
def top_neighbours(
    indptr: Int64s,
    indices: Int64s,
    data: Floats,
    common: Bools,
    t_indptr: Int64s,
    t_indices: Int64s,
    t_data: Floats,
    c_indptr: Int64s,
    c_indices: Int64s,
    c_data: Floats,
    c_scale: Floats,
    c_levels: Floats,
    c_codes: NDArray[np.unsignedinteger[Any]],
    top_k: int,
    n_chunks: int,
) -> tuple[Int64s, Int64s, Floats]:
    """Each row's ``top_k`` strongest links as ``(found, columns, weights)``: row ``i`` has
    ``found[i]`` of them, in the first places of its row of the other two; see
    :func:`kg.graph.weights.paper_links`.

    Rows are papers and columns entities of a CSR matrix (``indptr``, ``indices``, ``data``),
    ``common`` marks the entities that propose no candidates, ``t_*`` is the transposed
    matrix (each entity's papers), ``c_*`` each paper's common entities, numbered among
    themselves, with the paper's entries; paper ``j``'s entry for common entity ``c`` is
    ``c_scale[c] * c_levels[c_codes[c, j]]`` (code 0, level 0: none). A row at a time,
    candidates' scores add up in a dense array (Gustavson's row-by-row sparse product), so the
    work is the number of (paper, candidate, shared rare entity) triples plus, for each of the
    paper's common entities, a look-up per candidate. The rows are cut into ``n_chunks``
    ranges, run in parallel."""
    n = len(indptr) - 1
    found = np.zeros(n, dtype=np.int64)
    out_j, out_w = np.empty((n, top_k), dtype=np.int64), np.empty((n, top_k))
    bounds = np.linspace(0, n, n_chunks + 1).astype(np.int64)
    nothing = np.zeros(len(common), dtype=np.bool_)
    for chunk in numba.prange(n_chunks):
        score = np.zeros(n)
        seen = np.zeros(n, dtype=np.bool_)
        touched = np.empty(n, dtype=np.int64)
        for i in range(bounds[chunk], bounds[chunk + 1]):
            n_touched = gather(
                i, indptr, indices, data, common, t_indptr, t_indices, t_data, score, seen, touched
            )
            add_common(i, c_indptr, c_indices, c_data, c_scale, c_levels, c_codes, touched, n_touched, score)
            k = keep_best(i, touched, n_touched, score, seen, out_j[i], out_w[i])
            if k == 0 and c_indptr[i + 1] > c_indptr[i]:  # only common entities: rank against all
                n_touched = gather(
                    i, indptr, indices, data, nothing, t_indptr, t_indices, t_data, score, seen, touched
                )
                k = keep_best(i, touched, n_touched, score, seen, out_j[i], out_w[i])
            found[i] = k
    return found, out_j, out_w


@_compiled()
def insert_by_weight(out: NDArray[np.int32], out_w: Floats, first: int, end: int, c: int, w: float) -> None:
    """Insert column ``c`` of weight ``w`` into ``out[first:end]`` (their weights in
    ``out_w``), kept the largest weight first (ties: lower column first), moving the weaker
    ones up one place: an insertion sort, as pairs share a few columns."""
    at = end
    while at > first and (out_w[at - 1] < w or (out_w[at - 1] == w and out[at - 1] > c)):
        out[at], out_w[at] = out[at - 1], out_w[at - 1]
        at -= 1
    out[at], out_w[at] = c, w


@_compiled(parallel=True)
def shared_columns(
    indptr: Int64s,
    indices: Int64s,
    data: Floats,
    i: Int64s,
    j: Int64s,
    offsets: Int64s,
    out: NDArray[np.int32],
    out_w: Floats,
) -> Int64s:
    """For each pair ``(i[p], j[p])`` of rows of a CSR matrix with sorted ``indices``, the
    columns both have, the largest product of their two entries first (ties: lower column
    first), into ``out[offsets[p]:]`` (the products into ``out_w``); return how many each pair
    has. ``offsets`` leave each pair room for the shorter row's columns."""
    found = np.zeros(len(i), dtype=np.int64)
    for p in numba.prange(len(i)):
        a, a_end, b, b_end, k = indptr[i[p]], indptr[i[p] + 1], indptr[j[p]], indptr[j[p] + 1], offsets[p]
        while a < a_end and b < b_end:  # a merge of the two sorted rows
            if indices[a] < indices[b]:
                a += 1
            elif indices[a] > indices[b]:
                b += 1
            else:
                insert_by_weight(out, out_w, offsets[p], k, indices[a], data[a] * data[b])
                k += 1
                a += 1
                b += 1
        found[p] = k - offsets[p]
    return found


@_compiled()
def count_later(
    a: int,
    indptr: Int64s,
    indices: Int64s,
    t_indptr: Int64s,
    t_indices: Int64s,
    count: Int64s,
    touched: Int64s,
) -> int:
    """Count in ``count`` the rows that column ``a`` shares with each column ``b > a``; list
    the columns met in ``touched``, return how many."""
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
    return n_touched


@_compiled(parallel=True)
def cooccurrences(
    indptr: Int64s,
    indices: Int64s,
    t_indptr: Int64s,
    t_indices: Int64s,
    min_count: int,
    n_chunks: int,
    offsets: Int64s | None,
    out_b: Int64s | None,
    out_count: Int64s | None,
) -> Int64s:
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
            n_touched = count_later(a, indptr, indices, t_indptr, t_indices, count, touched)
            listed = np.sort(touched[:n_touched])
            k = 0
            for b in listed:
                if count[b] >= min_count:
                    if offsets is not None and out_b is not None and out_count is not None:
                        out_b[offsets[a] + k], out_count[offsets[a] + k] = b, count[b]
                    k += 1
                count[b] = 0
            found[a] = k
    return found
