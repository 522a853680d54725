"""Measures and datasets paired with numbers in order, when a coordination of numbers goes
with as many of them named elsewhere in the sentence.

Measures: listed before the numbers, with "respectively" ("atom stability and validity reach
88.6% and 93.1%, respectively"), or the measures of the levels other systems' levels are
compared with ("a Recall@5 of 88.2 and an NDCG@5 of 81.5, compared with 71.6 and 64.0 for the
strongest baseline"). Datasets: as many as the numbers, with "respectively" or all before
them ("86.9% and 49.8% on GSM8K and MATH, respectively"; "On Avazu and KuaiRand the speedups
are 2.9x and 3.6x").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from .groups import joined, levels
from .hits import MetricHit, named
from .names import Name
from .quantities import Quantity
from .text import Sentence, clause_start
from .vocabulary import OUTDOING, VERSUS, is_efficiency, is_metric_word

# the verb between a list of measures and their numbers: "... and validity reach", "... are"
_LIST_VERB = re.compile(
    r"(?i)\s+(?:(?:rise|rises|rose|grow|grows|improve|improves|improved|increase|increases|increased|"
    r"climb|climbs|reach|reaches|reached|are|were|stand|stands|come|comes)\s+(?:to\s+|at\s+)?|of\s+)\Z"
)
_ITEM = r"[A-Za-z][\w@.+/-]*(?:\s+[A-Za-z][\w@.+/-]*){0,3}"
# ... a system's, whose name may hold a version: "Claude 3.5 Sonnet"
_SYSTEM_ITEM = r"[A-Za-z][\w@.+/-]*(?:\s+(?:[A-Za-z]|\d+(?:\.\d+)?\s+[A-Z])[\w@.+/-]*){0,3}"
# words an item of a list of measures does not start with: "the", "On" ("On X, A and B reach")
LIST_LEADING = re.compile(r"(?i)^(?:(?:the|a|an|its|their|our|both|on|in|for|with|and|while|whereas)\s+)+")


@lru_cache(maxsize=16)
def list_of(n: int, systems: bool = False) -> re.Pattern[str]:
    """A list of ``n`` short phrases ending the text: "atom stability and validity" (of
    ``systems``: "GPT-4o and Claude 3.5 Sonnet")."""
    item = _SYSTEM_ITEM if systems else _ITEM
    return re.compile(rf"(?<![\w-])({item})" + rf",\s*({item})" * (n - 2) + rf",?\s+and\s+({item})\Z")


RESPECTIVELY = re.compile(r"(?i)\s*,?\s*respectively\b")
# the same after the dataset or setting the numbers are on: "48.7 and 57.2 on MuSiQue,
# respectively", "24.8% and 35.6% over a 3-second horizon, respectively"
RESPECTIVE_AFTER = re.compile(r"(?i)(?:\s+(?:on|in|over|across|at)\s+[^,;()]{1,40}?)?\s*,?\s*respectively\b")
# the most text between two levels of a list: " and an NDCG@5 of "
_MAX_LIST_GAP = 40
# a sentence opening on its datasets, listed: "On Avazu and KuaiRand the speedups"
_OPEN_ON, _LIST_GAP = (
    re.compile(r"\s*(?i:On|In|Across)\s+(?:the\s+)?"),
    re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)"),
)
_COMPARED = re.compile(VERSUS + r"\s+(?:(?:a|an|the)\s+)?\Z")
_PAST_PLACE = re.compile(r"[^,;()]{0,60}(?:,\s*respectively)?,\s*" + VERSUS)
# ... or a system named as the one compared, then its levels: "87.2% A and 95.1% B, close to the
# 1,000-step teacher, which reaches 88.0% and 95.8%"
_WHICH_REACHES = re.compile(
    r"\A[^,;()]{0,60},\s*(?:close\s+to|comparable\s+to|on\s+par\s+with|below|above|behind|" + VERSUS + r")"
    r"\s+(?:[^,;()]|,\d){1,60},\s+which\s+(?:only\s+)?(?:reach|achiev|obtain|scor|attain|get)\w*\s+(?:only\s+)?\Z"
)


def runs(text: str, qs: Sequence[Quantity]) -> list[tuple[int, int]]:
    """The coordinations of ``qs``, as ``(first, end)`` index ranges of two numbers or more.

    >>> from kg.results.quantities import spot
    >>> t = "88.6% and 93.1%, then 4 points, then 1, 2 and 3"
    >>> runs(t, spot(t))
    [(0, 2), (3, 6)]
    """
    out, i = [], 0
    while i < len(qs):
        j = i + 1
        while j < len(qs) and levels(text, qs[j - 1], qs[j]):
            j += 1
        if j - i > 1:
            out.append((i, j))
        i = j
    return out


# a system's name the NER missed, by the size it is named with: "VerdictLM-8B", "Qwen2.5-7B-Instruct"
SYSTEM_NAME = re.compile(r"[A-Z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[BMK](?:-[\w.]+)*")


def listed_measures(s: Sentence, first: Quantity, n: int) -> list[MetricHit] | None:
    """The ``n`` measures listed right before a verb and the first of ``n`` numbers, or None:
    no such list, or an item that is a named system or dataset.

    >>> t = "On GEOM-Drugs, atom stability and validity reach 88.6% and 93.1%, respectively."
    >>> s = Sentence.of(t)
    >>> from kg.results.quantities import spot
    >>> [h.name for h in listed_measures(s, spot(t)[0], 2)]
    ['atom stability', 'validity']
    """
    lo = clause_start(s.text, s.lo, first.lead)
    verb = _LIST_VERB.search(s.text, lo, first.lead)
    if verb is None:
        return None
    listed = list_of(n).search(s.text, lo, verb.start())
    if listed is None:
        return None
    spans = [listed.span(k) for k in range(1, n + 1)]
    lead = LIST_LEADING.match(listed.group(1))
    if lead is not None:
        spans[0] = (spans[0][0] + lead.end(), spans[0][1])
    hits = []
    for a, b in spans:
        if s.mention_at(a, b, ("DATASET", "MODEL", "TASK")) is not None or SYSTEM_NAME.fullmatch(
            s.text, a, b
        ):
            return None
        hit = named(s, (a, b)) or MetricHit(s.text[a:b], a, b)
        hits.append(hit)
    return hits


def respective(s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit]) -> dict[int, MetricHit]:
    """Number index → the measure it takes from a list before it: a coordination of numbers
    none of which names its measure, followed by "respectively", takes the measures listed
    before its first number, else those of the coordination of as many numbers right before it
    ("62.4 exact match and 75.9 F1 on HotpotQA, and 48.7 and 57.2 on MuSiQue, respectively").

    >>> from kg.results.quantities import spot
    >>> t = "Atom stability and validity reach 88.6% and 93.1%, respectively."
    >>> qs = spot(t)
    >>> {i: h.name for i, h in respective(Sentence.of(t), qs, [MetricHit(None)] * 2).items()}
    {0: 'Atom stability', 1: 'validity'}
    """
    out: dict[int, MetricHit] = {}
    for first, j in runs(s.text, qs):
        # the numbers after the last that names its measure, one named by the list itself aside
        # ("forecasting mIoU and IoU of 24.8% and 35.6%": "IoU of" is the list's last item)
        listed = listed_measures(s, qs[first], j - first)
        starts = {h.start for h in listed or ()}
        i = max(
            (k + 1 for k in range(first, j) if hits[k].name and hits[k].start not in starts), default=first
        )
        if i == j or not RESPECTIVE_AFTER.match(s.text, qs[j - 1].tail, s.hi):
            continue
        listed = listed if i == first else _coordinated(qs, hits, i, j)
        if listed:
            out.update(zip(range(i, j), listed, strict=True))
    return out


# two qualifiers of one measure before its two levels: "top-1 and top-10 exact match accuracy of",
# "DINO and CLIP-I scores of"
_TWO_OF_ONE = re.compile(
    r"(?<![\w@.+-])([A-Za-z][\w@.+-]*)\s+and\s+([A-Za-z][\w@.+-]*)\s+((?:[\w@-]+\s+){0,2}?[\w@-]+)\s+of\s+\Z"
)


_NUMBER_BEFORE = re.compile(r"\d\s*\Z")


def qualified_pair(s: Sentence, qs: Sequence[Quantity]) -> dict[int, MetricHit]:
    """Number index → its measure, for two levels joined by "and" after two qualifiers of one
    measure, each qualifying its own: "top-1 and top-10 exact match accuracy of 56.9% and 93.1%".

    >>> from kg.results.quantities import spot
    >>> t = "It achieves top-1 and top-10 exact match accuracy of 56.9% and 93.1%, respectively."
    >>> [h.name for h in qualified_pair(Sentence.of(t), spot(t)).values()]
    ['top-1 exact match accuracy', 'top-10 exact match accuracy']
    """
    out: dict[int, MetricHit] = {}
    for i in range(len(qs) - 1):
        m = _TWO_OF_ONE.search(s.text, max(s.lo, qs[i].lead - 80), qs[i].lead)
        if m is None or not joined(s.text, qs[i], qs[i + 1]) or not is_metric_word(m.group(3).split()[-1]):
            continue
        if any(s.mention_at(*m.span(k), ("DATASET", "MODEL", "METHOD", "TASK")) for k in (1, 2)):
            continue
        # not a unit and an article: "0.54 m and a collision rate of"
        if _NUMBER_BEFORE.search(s.text, max(s.lo, m.start(1) - 20), m.start(1)) or m.group(2).lower() in (
            "a",
            "an",
            "the",
        ):
            continue
        head = m.group(3)
        out[i] = MetricHit(f"{m.group(1)} {head}", m.start(1), m.end(3))
        out[i + 1] = MetricHit(f"{m.group(2)} {head}", m.start(2), m.end(3))
    return out


def _coordinated(qs: Sequence[Quantity], hits: Sequence[MetricHit], i: int, j: int) -> list[MetricHit] | None:
    """The measures of the ``j - i`` numbers right before ``qs[i:j]``, when they are of the
    same units and name a distinct measure each."""
    n = j - i
    if i < n or len({hits[k].name for k in range(i - n, i)}) != n:
        return None
    if any(qs[k - n].unit != qs[k].unit or not hits[k - n].strong for k in range(i, j)):
        return None
    return list(hits[i - n : i])


# measures written with slashes, before their numbers ("ROUGE-1/2/L of", "EM/F1:") or after them
# ("45.1/30.2 AP/AP50")
_SLASHED = r"([A-Za-z][\w@.+-]*(?:/[\w@.+-]+)+)"
_SLASHED_BEFORE = re.compile(_SLASHED + r"\s*(?:(?:of|at|=|:)\s*)?\Z")
_SLASHED_AFTER = re.compile(r"\s*" + _SLASHED)


def slashed(s: Sentence, qs: Sequence[Quantity]) -> dict[int, MetricHit]:
    """Number index → measure, for numbers written with slashes next to as many measures
    written so; a short item after a name with a hyphen shares its stem ("ROUGE-1/2/L").

    >>> from kg.results.quantities import spot
    >>> t = "ROUGE-1/2/L of 61.2/28.7/58.4 and 45.1/30.2 AP/AP50"
    >>> {i: h.name for i, h in slashed(Sentence.of(t), spot(t)).items()}
    {0: 'ROUGE-1', 1: 'ROUGE-2', 2: 'ROUGE-L', 3: 'AP', 4: 'AP50'}
    """
    out: dict[int, MetricHit] = {}
    named: list[MetricHit] = []  # the measures of the last group named, for a group compared with it
    i = 0
    while i < len(qs):
        j = i + 1
        while j < len(qs) and s.text[qs[j - 1].end : qs[j].start] == "/":
            j += 1
        if j - i > 1:
            before = _SLASHED_BEFORE.search(s.text, max(s.lo, qs[i].lead - 60), qs[i].lead)
            after = _SLASHED_AFTER.match(s.text, qs[j - 1].tail, s.hi)
            for m in (before, after):
                if m is not None and len(items := m.group(1).split("/")) == j - i:
                    named = _items(items, m.start(1))
                    out.update(zip(range(i, j), named, strict=True))
                    break
            else:  # "of 0.19/0.31 m ..., compared with 0.21/0.35 m"
                if len(named) == j - i and _COMPARED.search(s.text, max(s.lo, qs[i].lead - 30), qs[i].lead):
                    out.update(zip(range(i, j), named, strict=True))
        i = j
    return out


def _items(items: list[str], start: int) -> list[MetricHit]:
    stem = items[0].rsplit("-", 1)[0] + "-" if "-" in items[0] else ""
    hits, pos = [], start
    for k, item in enumerate(items):
        name = stem + item if k and stem and len(item) <= 2 else item
        hits.append(MetricHit(name, pos, pos + len(item)))
        pos += len(item) + 1
    return hits


def compared(s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit | None]) -> dict[int, MetricHit]:
    """Number index → the measure of the level it is compared with: a coordination after
    ", compared with" or ", versus" of as many numbers as come right before it (or of one such
    group per system), in the same clause of comparison, each naming a distinct measure, none
    naming its own.

    >>> from kg.results.quantities import spot
    >>> t = "a Recall@5 of 88.2 and an NDCG@5 of 81.5, compared with 71.6 and 64.0 for X"
    >>> qs = spot(t)
    >>> hs = [MetricHit("Recall@5", 2, 10), MetricHit("NDCG@5", 26, 32), None, None]
    >>> {i: h.name for i, h in compared(Sentence.of(t), qs, hs).items()}
    {2: 'Recall@5', 3: 'NDCG@5'}
    >>> t = "a CLAP score of 0.38 and an FAD of 1.42, close to the teacher, which reaches 0.39 and 1.40"
    >>> hs = [MetricHit("CLAP score", 2, 12), MetricHit("FAD", 29, 32), None, None]
    >>> [h.name for h in compared(Sentence.of(t), spot(t), hs).values()]
    ['CLAP score', 'FAD']
    >>> t = "an FAD of 1.42 and a CLAP score of 0.38, compared with 3.80 and 0.29 for A and 2.11 and 0.35 for B"
    >>> hs = [MetricHit("FAD", 3, 6), MetricHit("CLAP score", 20, 30), None, None, None, None]
    >>> [h.name for h in compared(Sentence.of(t), spot(t), hs).values()]
    ['FAD', 'CLAP score', 'FAD', 'CLAP score']
    >>> t = "an acceptance length of 4.6 tokens per step, compared with 3.9 for EAGLE and 2.7 for Medusa"
    >>> hs = [MetricHit("acceptance length", 3, 20), None, None]
    >>> [h.name for h in compared(Sentence.of(t), spot(t), hs).values()]
    ['acceptance length', 'acceptance length']
    """
    out: dict[int, MetricHit] = {}
    for c, d in runs(s.text, qs):
        # none naming its own measure (one shared from a level before is no name of its own)
        before = {(h.start, h.end) for h in hits[:c] if h is not None and h.start >= 0}
        if any(h is not None and h.name and (h.start, h.end) not in before for h in hits[c:d]):
            continue
        gap = s.text[qs[c - 1].tail : qs[c].lead] if c else ""
        # right after the levels, or past their measure and place: "5.4 tokens on MT-Bench with
        # Vicuna-13B, compared with 4.3 for EAGLE-2"
        if not (_COMPARED.search(gap) and _PAST_PLACE.match(gap)) and not _WHICH_REACHES.match(gap):
            continue
        # the baselines' levels as one list for one system ("71.6 and 64.0 for X"), or one such
        # list for each of several ("3.80 and 0.29 for A and 2.11 and 0.35 for B"), or, after one
        # level, one for each ("4.6 tokens, compared with 3.9 for EAGLE and 2.7 for Medusa")
        for n in (d - c, *(g for g in (2, 3, 1) if g < d - c and (d - c) % g == 0)):
            groups = [(c + k, c + k + n) for k in range(0, d - c, n)]
            if c >= n and all(_one_system(s, qs, hits, c, n, a, b) for a, b in groups):
                out.update((a + k, hits[c - n + k]) for a, _ in groups for k in range(n))  # type: ignore[misc]
                break
    return out


# a bracket after a system outdone: "outperforming GraphGPS ("
_OUTDONE_BRACKET = re.compile(r"(?i)\b(?:above|" + OUTDOING + r")\s+[^,;()]{1,60}\(\s*\Z")


def bracketed_levels(s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit]) -> dict[int, MetricHit]:
    """Number index → the measure of the level it is set against: the n levels in brackets
    after a system outdone take, in order, the distinct measures of the n levels before them
    ("an average precision of 0.7214, and ... a mean absolute error of 0.2398, outperforming
    GraphGPS (0.6535 and 0.2500)").

    >>> from kg.results.quantities import spot
    >>> t = "an AP of 0.72 and an MAE of 0.24, outperforming GraphGPS (0.65 and 0.25)"
    >>> hs = [MetricHit("AP", 3, 5), MetricHit("MAE", 21, 24), MetricHit("MAE", 21, 24), MetricHit("MAE", 21, 24)]
    >>> {i: h.name for i, h in bracketed_levels(Sentence.of(t), spot(t), hs).items()}
    {2: 'AP', 3: 'MAE'}
    """
    out: dict[int, MetricHit] = {}
    for c, d in runs(s.text, qs):
        n = d - c
        if c < n or not _OUTDONE_BRACKET.search(s.text, qs[c - 1].tail, qs[c].lead):
            continue
        before = hits[c - n : c]
        if len({h.name for h in before}) == n and all(qs[c - n + k].unit == qs[c + k].unit for k in range(n)):
            out.update((c + k, before[k]) for k in range(n))
    return out


# the word between a pair of levels set against each other: "(26.58 vs. 26.50 dB)"
_VS = re.compile(r"\s*(?:vs\.?|versus)\s*\Z")


def versus_unit(s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit]) -> dict[int, MetricHit]:
    """Number index → the measure of the level it is set against, for a level written without
    the unit the other carries and with no measure but a guess: "comparable quality to NeRF
    (26.58 vs. 26.50 dB)".

    >>> from kg.results.quantities import spot
    >>> t = "quality comparable to NeRF (26.58 vs. 26.50 dB)"
    >>> {i: h.name for i, h in versus_unit(Sentence.of(t), spot(t), [MetricHit(None), MetricHit("PSNR")]).items()}
    {0: 'PSNR'}
    """
    return {
        i: hits[i + 1]
        for i in range(len(qs) - 1)
        if (hits[i].name is None or not hits[i].strong)  # a weak guess yields
        and not qs[i].unit
        and not qs[i].measure
        and (qs[i + 1].unit or qs[i + 1].measure)
        and hits[i + 1].name
        and _VS.match(s.text[qs[i].tail : qs[i + 1].lead]) is not None
    }


def _one_system(
    s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit | None], c: int, n: int, a: int, b: int
) -> bool:
    """Whether ``qs[a:b]`` are one system's levels in the units and distinct measures of the
    ``n`` levels listed before ``qs[c]``."""
    if any(qs[c - n + k].unit != qs[a + k].unit for k in range(n)) or re.search(
        r"\bfor\b", s.text[qs[a].tail : qs[b - 1].lead]
    ):
        return False
    levels = hits[c - n : c]
    names = [h.name for h in levels if h is not None and h.name]
    # the levels compared with are one list: "a Recall@5 of 88.2 and an NDCG@5 of 81.5"
    gaps = [s.text[qs[k].tail : qs[k + 1].lead] for k in range(c - n, c - 1)]
    listed = all(len(g) <= _MAX_LIST_GAP and not re.search(r"[;()]|\.\s", g) for g in gaps)
    # distinct measures, or one for all ("131 and 118 bugs fixed ..., compared with 114 and 99")
    return len(names) == n and len(set(names)) in (1, n) and listed


def listed_runs(s: Sentence, found: Sequence[tuple[int, int, Name]]) -> list[list[tuple[int, int, Name]]]:
    """The lists of two datasets or more the sentence names together, when it names others too:
    "on PEMS04 and PEMS08, respectively, ..., and it is competitive on METR-LA and PEMS-BAY"."""
    runs: list[list[tuple[int, int, Name]]] = []
    for d in found:
        if runs and _LIST_GAP.fullmatch(s.text, runs[-1][-1][1], d[0]):
            runs[-1].append(d)
        else:
            runs.append([d])
    return [r for r in runs if 1 < len(r) < len(found)]


def datasets_in_order(
    s: Sentence, qs: Sequence[Quantity], hits: Sequence[MetricHit], found: Sequence[tuple[int, int, Name]]
) -> dict[int, int]:
    """Number index → dataset index, for each coordination of exactly as many numbers as
    the sentence has datasets, when "respectively" says so or the datasets all come first:
    "86.9% and 49.8% on GSM8K and MATH, respectively, exceeding X by 4.1 and 6.3 points"."""
    n_datasets = len(found)
    if n_datasets < 2 or len(qs) < n_datasets:
        return {}
    # numbers between the datasets are each dataset's own: "on HumanEval by 4.3 and 5.9 points,
    # and on MBPP by 3.1 and 3.8 points, respectively" (two sizes, not two datasets)
    if any(_OWN_MARGINS.match(s.text, b, a) for (_, b, _), (a, _, _) in itertools.pairwise(found)):
        return {}
    respectively = "respectively" in s.text[s.lo : s.hi]
    opening = _opening_list(s, found)
    listed = all(_LIST_GAP.fullmatch(s.text[b:a]) for (_, b, _), (a, _, _) in itertools.pairwise(found))
    out: dict[int, int] = {}
    for i in range(len(qs) - n_datasets + 1):
        if i in out:
            continue
        group = range(i, i + n_datasets)
        # the two levels of one change ("58.1% to 56.9%") are on one dataset
        coordinated = all(levels(s.text, qs[a], qs[b]) for a, b in itertools.pairwise(group)) or (
            # each with its measure, when "respectively" says so: "a frame-level AUC of 88.9% and
            # an AP of 85.7%, respectively"
            RESPECTIVE_AFTER.match(s.text, qs[i + n_datasets - 1].tail, s.hi) is not None
            and all(
                _MEASURED_GAP.fullmatch(s.text, qs[a].tail, qs[b].lead) for a, b in itertools.pairwise(group)
            )
        )
        # efficiency numbers after a list of datasets are not on them ("on A and B, while
        # being 30x smaller and 1.36x faster") unless "respectively" says so
        first = found[-1][1] <= qs[i].lead and (
            opening or not any(is_efficiency(hits[k].name) for k in group)
        )
        # a longer coordination than the datasets found means a dataset was missed: pairing
        # them in order would give a number to the wrong one ("NORB, CIFAR10 ... MNIST" with
        # NORB not found)
        longer_before = i > 0 and joined(s.text, qs[i - 1], qs[i])
        longer = longer_before or (
            i + n_datasets < len(qs) and joined(s.text, qs[i + n_datasets - 1], qs[i + n_datasets])
        )
        # the datasets listed right after the numbers: "2.3% and 5.4% on test-clean and test-other"
        adjacent = listed and _ON_RIGHT_AFTER.fullmatch(s.text, qs[i + n_datasets - 1].tail, found[0][0])
        if coordinated and ((not longer and (respectively or first)) or (adjacent and not longer_before)):
            out.update((i + k, k) for k in range(n_datasets))
    return out


# what stands between two levels of a list that each name their measure: " and an AP of "
_MEASURED_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?[\w@.+-]+(?:\s+[\w@.+-]+){0,2}\s+(?:of|at)\s+"
)
# a dataset's own margins right after it: "on HumanEval by 4.3 and 5.9 points"
_OWN_MARGINS = re.compile(r"\s+by\s+[\d.]+(?:\s*%|\s+points?)?\s+and\s+[\d.]+")
# (past the measure's words, not another number's: "4.9% and 11.2% word error rate on the")
_ON_RIGHT_AFTER = re.compile(r"\s*%?\s*(?:(?!and\b)[A-Za-z@][\w@.-]*\s+){0,3}?(?:on|in)\s+(?:the\s+)?")


def _opening_list(s: Sentence, found: Sequence[tuple[int, int, Name]]) -> bool:
    """Whether the sentence opens on its datasets, listed: "On Avazu and KuaiRand the
    speedups are 2.9x and 3.6x" (costs stated on each)."""
    gaps = [s.text[s.lo : found[0][0]]] + [s.text[b:a] for (_, b, _), (a, _, _) in itertools.pairwise(found)]
    return bool(_OPEN_ON.fullmatch(gaps[0])) and all(_LIST_GAP.fullmatch(g) for g in gaps[1:])
