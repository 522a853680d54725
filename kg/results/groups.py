"""How the numbers of one sentence hang together: asides and coordinations.

A number in brackets right after another is an aside on it ("0.38 (versus 0.87 for
SD-VAE)", "52.6% mIoU on ADE20K (+1.6% over SegNeXt-L)"): it shares its measure and
dataset. Numbers joined by "and", commas or "to" ("89.0% and 82.1%", "3x and 6x fewer
tokens") share the measure one of them names. Both read only the text between numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .quantities import Quantity
from .text import ITEM_NAME, open_bracket

_JOIN = re.compile(r"(?:,|/|\band\b|\bor\b|\bto\b|\bvs\.?|\bversus\b)\s*(?:a|an|the)?\s*$")
_MAX_GAP = 60
# the two levels of a change: "from 5.7 to 3.1"
# "from" right before the level, or before the measure it names: "from an F1 score of 0.82 to 0.61"
_FROM = re.compile(r"\bfrom\s+(?:(?:an?|the)\s+(?:[\w@-]+\s+){1,3}of\s+)?\Z")
# (past the system or setting the first level is under: "from 0.71 under first-come-first-served to 0.97")
# (a digit inside a name included: "from 3.2% for GPT-4o to 8.9%")
_TO = re.compile(r"(?:\s+(?:under|with|for|using)\s+(?:[^,;\d]|(?<=[A-Za-z-])\d){1,40}?)?\s+to\s+")
# "by" before a margin, with the hedges of a bound: "outperforms X by (up to) 2.5 EM"
_BY = re.compile(r"(?i)\bby\s+(?:(?:up\s+to|over|about|around|nearly|roughly|almost|more\s+than)\s+)?$")
_COMPARED_TO = re.compile(r"(?i)\bcompared\s+to\s*$")
# the gap between the scores of a list of named items: ", Dark Zurich ", " (Cora), "
_NAMED_ITEMS = re.compile(rf"\s*(?:\(\s*{ITEM_NAME}\s*\)\s*)?(?:,|\band\b|,\s+and\b)\s*(?:{ITEM_NAME}\s+)?")


def aside_of(text: str, qs: list[Quantity], i: int, lo: int) -> int | None:
    """Index of the number that ``qs[i]`` is an aside on, or None: ``qs[i]`` is inside
    brackets that open at most six words after an earlier number of the sentence, and not
    coordinated with an earlier number in the brackets (which it goes with).

    >>> from kg.results.quantities import spot
    >>> t = "an rFID of 0.38 (versus 0.87 for SD-VAE) and NDCG (0.72), cut by 9% (67.2% vs. 67.1%)"
    >>> qs = spot(t)
    >>> [aside_of(t, qs, i, 0) for i in range(len(qs))]
    [None, 0, None, None, 3, None]
    >>> t = "an Elo of 1,512, ahead of TabPFN v2 (1,447) and a tuned CatBoost (1,431)"
    >>> [aside_of(t, spot(t), i, 0) for i in range(3)]
    [None, 0, 0]
    """
    q = qs[i]
    opening = open_bracket(text, lo, q.lead)
    if opening is None:
        return None
    if i and qs[i - 1].lead > opening and joined(text, qs[i - 1], q):  # "(67.2% vs. 67.1%)"
        return None
    for j in range(i - 1, -1, -1):
        if qs[j].tail <= opening:
            gap = text[qs[j].tail : opening]
            if len(gap.split()) <= 6 and not re.search(r"[()\[\];.]", gap):
                return j
            # listed after another aside, it is an aside on the same number: "an Elo of 1,512, ahead
            # of TabPFN v2 (1,447) and a tuned CatBoost (1,431)"
            listed = re.fullmatch(r"\)\s*,?\s*(?:and|or)?\s+([^()\[\];.]*)", gap)
            return aside_of(text, qs, j, lo) if listed and len(listed.group(1).split()) <= 6 else None
    return None


def levels(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` and ``b`` are coordinated levels, not the two ends of one change ("from
    58.1% to 56.9%").

    >>> from kg.results.quantities import spot
    >>> t = "88.6% and 93.1%, from 58.1% to 56.9%"
    >>> qs = spot(t)
    >>> levels(t, qs[0], qs[1]), levels(t, qs[2], qs[3])
    (True, False)
    """
    return joined(text, a, b) and not re.search(r"\bto\b", text[a.tail : b.lead])


def moved(text: str, lo: int, a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` and ``b`` are the two levels of one change "from A to B" (``lo``: where the
    sentence starts).

    >>> from kg.results.quantities import spot
    >>> t = "it falls from 5.7 to 3.1, and 2.0 to 4.0, and from an F1 score of 0.82 to 0.61"
    >>> qs = spot(t)
    >>> moved(t, 0, qs[0], qs[1]), moved(t, 0, qs[2], qs[3]), moved(t, 0, qs[4], qs[5])
    (True, False, True)
    >>> t = "it raises the index from 0.71 under first-come-first-served to 0.97"
    >>> moved(t, 0, *spot(t))
    True
    """
    return bool(_FROM.search(text, max(lo, a.lead - 40), a.lead) and _TO.fullmatch(text, a.tail, b.lead))


def joined(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` and ``b`` (``a`` first) are coordinated: what lies between them is
    short, has no bracket or sentence stop, and ends in "and", "or", a comma or "to".

    >>> from kg.results.quantities import spot
    >>> t = "89.0% and 82.1% on A; 20% on long retrieval, 8% on reasoning. Then 3 vs. 4"
    >>> qs = spot(t)
    >>> [joined(t, a, b) for a, b in zip(qs, qs[1:])]
    [True, False, True, False, True]
    """
    gap = text[a.tail : b.lead]
    if _NAMED_ITEMS.fullmatch(gap):  # "ACDC 62.1, Dark Zurich 51.7", "90.7 (Cora), 93.0 (Citeseer)"
        return True
    if len(gap) > _MAX_GAP or re.search(r"[()\[\];]|(?<!\bvs)\.\s", gap):  # "vs." is no stop
        return False
    if _COMPARED_TO.search(gap):  # ", compared to 1.71 and 0.49": levels of another system (pairing.compared)
        return False
    return bool(_JOIN.search(gap))


def bare_and(text: str, q: Quantity, after: Quantity) -> bool:
    """Whether only "and" stands between ``q`` and ``after``.

    >>> from kg.results.quantities import spot
    >>> t = "16.1 and 36.4 mIoU, 3% or 4%"
    >>> qs = spot(t)
    >>> bare_and(t, qs[0], qs[1]), bare_and(t, qs[2], qs[3])
    (True, False)
    """
    return re.fullmatch(r"\s+and\s+", text[q.tail : after.lead]) is not None


def leans_right(text: str, before: Quantity, q: Quantity, after: Quantity) -> bool:
    """Whether ``q`` is coordinated with ``after`` by a bare "and" while a comma parts it from
    ``before``: then ``q`` shares the measure named after ``after``, not ``before``'s.

    >>> from kg.results.quantities import spot
    >>> t = "80.4% on InfoVQA, and 87.2% and 88.9% relaxed accuracy; 1% and 2%, and 3% mIoU"
    >>> qs = spot(t)
    >>> leans_right(t, *qs[:3]), leans_right(t, *qs[3:6])
    (True, False)
    """
    return bare_and(text, q, after) and "," in text[before.tail : q.lead]


def shares_margin(
    text: str, qs: Sequence[Quantity], relative: Sequence[bool], names: Sequence[str | None], i: int
) -> bool:
    """Whether the ``i``-th of the numbers ``qs`` (each ``relative`` or not, in measure
    ``names``) is a margin as an earlier one after "by" is: it is joined to the number before
    it by "and" or a comma, with nothing between ("to", "vs.", a verb) giving it a role of its
    own, and either that number is the margin, or the margin names the same measure and every
    number between is a change too ("by 2.5 EM on NQ while using only 25% of parameters, and
    4.4 EM on WebQuestions").

    >>> from kg.results.quantities import spot
    >>> t = "beats X by 2.5 EM on NQ and 4.4 EM on WQ; by 2 points to 85.3, by 3% and reaches 90%"
    >>> qs = spot(t)
    >>> [shares_margin(t, qs, [True, False] * 3, ["EM", "EM", "", "", "", ""], i) for i in (1, 3, 5)]
    [True, False, False]
    >>> t = "by 2.5 EM while using 25% of the memory, and 4.4 EM on WQ"
    >>> shares_margin(t, spot(t), [True, True, False], ["EM score", "memory", "EM"], 2)
    True
    """
    if i == 0 or relative[i]:
        return False
    a, b = qs[i - 1], qs[i]
    if not joined(text, a, b) or re.search(r"(?:,|\band)\s*$", text[a.tail : b.lead]) is None:
        return False
    for j in range(i - 1, -1, -1):
        if not relative[j]:
            return False
        if _BY.search(text, max(0, qs[j].lead - 30), qs[j].lead) and (
            j == i - 1 or _same(names[j], names[i])
        ):
            return True
    return False


def shared_margins(
    text: str, qs: Sequence[Quantity], relative: Sequence[bool], names: Sequence[str | None]
) -> list[int]:
    """The numbers of ``qs`` that :func:`shares_margin` makes margins, in order, each one
    counted as a change for those after it."""
    relative, out = list(relative), []
    for i in range(len(qs)):
        if shares_margin(text, qs, relative, names, i):
            relative[i] = True
            out.append(i)
    return out


def _same(a: str | None, b: str | None) -> bool:
    """Whether two measure names are one, a "score" after it aside ("Exact Match score")."""
    key = [re.sub(r"\s+scores?$", "", (n or "").strip().lower()) for n in (a, b)]
    return bool(key[0]) and key[0] == key[1]
