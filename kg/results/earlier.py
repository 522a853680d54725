"""Measures taken from the earlier numbers of a sentence: the measure of the last earlier
number of the same unit (:func:`earlier_measure`), given to a level compared with it ("41.8 on
Arena-Hard, compared with 36.5") or set against it in a contrast (:func:`levels_compared`), and
to the alternative it is ("62 GB of peak host memory instead of 410 GB", :func:`instead`), and to
"the latter" or "the former" (:func:`former_latter`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .candidate import Candidate
from .hits import MetricHit, inherit
from .quantities import Quantity
from .text import Sentence
from .vocabulary import INSTEAD_OF, LEVELS_BEFORE, VERSUS

# a sentence stop the splitter kept ("FID of 18.65. mygreenrgb0.032, 0.6392"): no sharing across it
SENTENCE_STOP = re.compile(r"(?<!\bvs)(?<!\bcf)(?<!\bal)(?<!\be\.g)(?<!\bi\.e)\.\s")
# a margin in points is one in percentage points: "by 22.3 percentage points ... and by 14.8 points"
_POINTS = {"pp": "points"}
# what a unit of time says its number measures ("226 ms": latency, "1.2 s": time)
_TIMES = frozenset({"latency", "time"})
# a level right after another's, compared with it: "1,142 against 1,071", "41.8 on Arena-Hard, compared
# with 36.5", "112 frames per second, compared with 26" (past the levels listed before it: "an FVD of
# 112, compared with 243 for IRASim and 318")
_VERSUS_LEVEL = re.compile(
    r"[\d.]+(?:\s?%|\s?[^\s\d,][^\s,]*(?:\s+(?:per|a|an)\s+(?:second|minute|hour))?)?(?:\s+on\s+[A-Z][^\s,]*)?"
    # (against whom or where it was reached: "an Elo of 2,530 against human players on Lichess, compared with")
    r"(?:\s+(?:against|versus)\s+[^,;()]{1,50}?)?"
    r"(?:\s+(?:after|at|within)\s+[^,;()]{1,40}?)?,?\s+"  # "11,800 after 2 billion frames, compared with"
    + VERSUS
    + r"\s+"
    + LEVELS_BEFORE
    + r"\Z"
)
# a level another system reaches in a contrasting clause: "an FID of 21.3, whereas existing W4A4 baselines
# exceed 40", "below 8.9 at 128K tokens, whereas YaRN without fine-tuning exceeds 20"
_CONTRAST_LEVEL = re.compile(
    r"\d[^;:]*?,\s+(?:whereas|while)\s+[^,;:]{0,60}?\b(?:exceed|reach|stay|remain|fall|drop|score|obtain|achieve|get)"
    r"\w*\s+(?:only\s+|above\s+|below\s+|under\s+|over\s+|to\s+)?\Z"
)


def levels_compared(s: Sentence, cands: list[Candidate]) -> None:
    """Give a level the measure of the level of the same unit before it: a decimal with no
    measure ("reaches 52.1 on MMLU, outperforming X (45.3)"), or one set against it ("an Elo of
    1,142 against 1,071", "41.8 on Arena-Hard, compared with 36.5"), over a weak guess."""
    for i, c in enumerate(cands):
        versus = _VERSUS_LEVEL.search(s.text, max(s.lo, c.q.lead - 80), c.q.lead) or _CONTRAST_LEVEL.search(
            s.text, max(s.lo, c.q.lead - 100), c.q.lead
        )
        # a time its unit alone names, set against a level: "226 ms, compared to 1.2 s for Moshi"
        if versus and c.hit.start < 0 and c.q.measure in _TIMES:
            if (earlier := earlier_measure(s, cands, i, times=True)) is not None:
                c.hit = inherit(c.hit, earlier, strong=True)
            continue
        if c.hit.name is not None and c.hit.strong:
            continue
        # a level compared may leave out the unit its measure implies: "an acceptance length of
        # 5.4 tokens ..., compared with 4.3 for EAGLE-2"
        bare = versus is not None and not c.q.unit and not c.q.measure
        if (
            (c.hit.name is None or versus)  # a guess yields to the level compared
            and (not c.q.is_integer or versus)
            and (
                earlier := earlier_measure(s, cands, i, unit=True)
                or (earlier_measure(s, cands, i) if bare else None)
            )
        ):
            c.hit = inherit(c.hit, earlier, strong=True)


def instead(s: Sentence, cands: list[Candidate]) -> None:
    """Give a level its unit alone measures the measure of the one it is the alternative to:
    "62 GB of peak host memory instead of 410 GB"."""
    for i, c in enumerate(cands):
        if (
            c.hit.name == c.q.measure
            and INSTEAD_OF.search(s.text, s.lo, c.q.lead)
            and (earlier := earlier_measure(s, cands, i, unit=True))
        ):
            c.hit = inherit(c.hit, earlier)


def earlier_measure(
    s: Sentence,
    cands: list[Candidate],
    i: int,
    unit: bool = False,
    written: str | None = None,
    times: bool = False,
    level: bool = False,
) -> MetricHit | None:
    """The measure named for the last earlier number of the sentence, no sentence stop
    between (of the same unit, with ``unit``: ``written``, else the number's own; with
    ``times``, a time in any unit of time; with ``level``, of a level, not of a change: "reaches
    78.4% accuracy with 43% fewer tokens than X, which attains 77.9%")."""
    c = cands[i]
    want = c.q.unit if written is None else written
    # the last sentence stop before the number (a match of SENTENCE_STOP is two characters long): one
    # search a sentence, as a long run of numbers would otherwise rescan its text for each
    stops = _stop_starts(s.text, s.lo, s.hi)
    last = bisect.bisect_right(stops, c.q.lead - 2) - 1
    barrier = stops[last] if last >= 0 else -1
    for e in reversed(cands[:i]):
        if e.q.tail <= barrier:
            return None
        if not (e.hit.name and e.hit.strong) or (level and e.hit.relative):
            continue
        if times:
            same = e.q.measure in _TIMES
        else:
            # of the same unit, and of the same measure a unit implies ("dB", not "minutes"); not
            # a size ("the 1.5B variant reaches 68.9")
            same = _POINTS.get(e.q.unit, e.q.unit) == _POINTS.get(want, want)
            same = same and e.q.measure == c.q.measure and e.q.magnitude == c.q.magnitude
            # a bare level of another scale is of another measure: "89.6 ANLS on DocVQA, ... scores 792 on OCRBench"
            same = same and (bool(want) or _hundreds(e.q) == _hundreds(c.q))
            # nor a count of what a level is reached with: "3.52 with only 5 network evaluations, compared with 3.41"
            same = same and (bool(want) or not (e.q.is_integer and not c.q.is_integer))
        if not (unit or times) or same:
            return e.hit
    return None


def _hundreds(q: Quantity) -> bool:
    """Whether a number is 100 or more (a level of another scale than a share's)."""
    m = re.match(r"[\d,]+(?:\.\d+)?", q.value)
    return m is not None and float(m.group().replace(",", "")) >= 100


@lru_cache(maxsize=16)
def _stop_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where the sentence stops of ``text[lo:hi]`` start."""
    return [m.start() for m in SENTENCE_STOP.finditer(text, lo, hi)]


def former_latter(cands: list[Candidate]) -> None:
    """A measure named "the latter" or "the former" is the last or the one before of the two last
    distinct measures named earlier: "a BLEU-4 of 0.142 and a RadGraph F1 of 0.297, improving the
    latter by 2.7 points" (RadGraph F1)."""
    for i, c in enumerate(cands):
        word = (c.hit.name or "").lower()
        if word not in ("latter", "former"):
            continue
        named: list[MetricHit] = []
        for e in cands[:i]:
            if (
                e.hit.name
                and e.hit.strong
                and e.hit.name.lower() not in ("latter", "former")
                and not any(h.name == e.hit.name for h in named)
            ):
                named.append(e.hit)
        if len(named) >= 2:
            measure = named[-1] if word == "latter" else named[-2]
            c.hit = inherit(MetricHit(None, relative=c.hit.relative, comparison=c.hit.comparison), measure)
