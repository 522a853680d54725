"""Measures shared along coordinations: with asides, forward and backward along "and" and
commas ("89.0% and 82.1% top-1 accuracy"), each its own in parallel changes ("+3.1% CTR and +2.4%
revenue"), and from the level "from" to the level "to" ("throughput rises from 6 Hz to 48 Hz")."""

from __future__ import annotations

import itertools
import re

from .candidate import Candidate
from .groups import bare_and, joined, leans_right, moved
from .hits import MetricHit, inherit
from .quantities import Quantity
from .shapes import WITHIN
from .subjects import subject_start
from .text import Sentence, clause_start, phrase_after
from .vocabulary import CHANGE_VERB, GENERIC_MEASURES, VERSUS, is_efficiency

# a change set beside the level it is the gain of: "78.4% mIoU, an improvement of 5.9 points"
_APPOSED_CHANGE = re.compile(
    r"\A[^,;]{0,40},\s+an?\s+(?:[\w-]+\s+)?(?:improvement|gain|increase|boost|reduction|drop|decrease)\s+of\s+\Z"
)
# a change of the error a level measures, set beside it: "..., reducing error by"
_REDUCING_ERROR = re.compile(
    r"\A[^,;]{0,60},\s+(?:reducing|lowering|cutting|decreasing)\s+(?:the\s+|its\s+)?errors?\s+by\s+\Z"
)
_TO = re.compile(r"\s+to\s+")
# a level set against the one before it, whose measure it shares (pairing.compared), not the next's:
# "58.7 R1@0.5 on X, compared with 43.6 for Y, and 61.2 mAP on Z"
_VERSUS = re.compile(VERSUS + r"\s+\Z")
_BY, _AND_BY = re.compile(r"\bby\s+\Z"), re.compile(r",\s+and\s+by\s+\Z")
# a verb of change right before "from", maybe past a pronoun: "it improves from", "drops it from"
_CHANGED_FROM = re.compile(r"(?i)(\w+)\s+(?:(?:it|them)\s+)?from\s+\Z")
# a subject that names no measure: a system or a benchmark, or a word standing for one
_SUBJECTS = ("METHOD", "MODEL", "DATASET")
_NO_MEASURE = re.compile(
    r"(?i)(?:(?:and|while|whereas|where)\s+)?(?:the\s+|our\s+)?(?:it|they|this|which|model|method)"
)


def coordinate(s: Sentence, cands: list[Candidate]) -> None:
    """Share measures with asides, then along coordinations: forward, and backward from
    a measure named after its number ("+22.4 T2V and +28.0 V2T R@1")."""
    for c in cands:
        if c.hit.name is None and c.aside is not None and c.aside.hit.name:
            c.hit = inherit(c.hit, c.aside.hit)
            # levels in brackets after a gap kept "within" are the measure's: "within 0.07 of
            # full attention (6.05 vs. 5.98)"
            if c.hit.name and WITHIN.search(s.text, max(s.lo, c.aside.q.lead - 30), c.aside.q.lead):
                c.hit.name = c.hit.name.removesuffix(" gap")
    for k, (a, b) in enumerate(itertools.pairwise(cands)):
        nxt = cands[k + 2] if k + 2 < len(cands) else None  # named after it, it takes b backward
        if b.hit.name is None and a.hit.name and joined(s.text, a.q, b.q) and not score_points(b.q, a.hit):
            if (own := _parallel(s, a, b)) is not None:  # "+3.1% CTR and +2.4% revenue"
                b.hit = inherit(b.hit, own)
                continue
            backward = (
                nxt is not None
                and bool(nxt.hit.name)
                and nxt.hit.start >= nxt.q.tail
                # "27.9 PQ on X and 16.1 and 36.4 mIoU": a's measure is a's own
                and (
                    leans_right(s.text, a.q, b.q, nxt.q)
                    or (a.hit.start >= a.q.tail and bare_and(s.text, b.q, nxt.q))
                )
            )
            if not backward:
                b.hit = inherit(b.hit, a.hit)
    for a, b in itertools.pairwise(cands):
        if _apposed_change(s, a, b):
            b.hit = inherit(b.hit, a.hit)
    for k, (a, b) in reversed(list(enumerate(itertools.pairwise(cands)))):
        if (
            a.hit.name is None
            and b.hit.name
            and (b.hit.start >= b.q.tail or b.q.measure)
            and joined(s.text, a.q, b.q)
            and not (
                k and cands[k - 1].hit.name and _VERSUS.search(s.text, max(s.lo, a.q.lead - 20), a.q.lead)
            )
        ):
            a.hit = inherit(a.hit, b.hit)


def _apposed_change(s: Sentence, a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` is a change set beside the level ``a`` in ``a``'s measure: "78.4% mIoU, an
    improvement of 5.9 points", "an MPJPE of 38.2 mm ..., reducing error by 2.1 mm"."""
    between = s.text[a.q.tail : b.q.lead]
    if not a.hit.name:
        return False
    if b.hit.name is None:
        return _APPOSED_CHANGE.match(between) is not None
    generic = b.hit.name.lower() in ("error", "errors")
    return generic and a.hit.start >= 0 and _REDUCING_ERROR.match(between) is not None


def score_points(q: Quantity, hit: MetricHit) -> bool:
    """Whether ``q`` counts points and ``hit`` names a cost, whose they cannot be: points are a
    score's ("84.6% top-1 accuracy with 8.7 GFLOPs, 0.9 points above ConvNeXt-S")."""
    return q.unit in ("points", "pp") and is_efficiency(hit.name or "")


def _parallel(s: Sentence, a: Candidate, b: Candidate) -> MetricHit | None:
    """The measure named after ``b`` where ``a``'s is named after ``a`` the same way, in a
    coordination of parallel changes: "+1.31% in total watch time and +0.84% in user active
    days", "+3.1% CTR and +2.4% revenue"."""
    if a.hit.start < a.q.tail or not (a.hit.relative or (a.q.sign and a.q.sign == b.q.sign)):
        return None
    link = s.text[a.q.tail : a.hit.start]
    if link.strip() not in ("", "in", "on") or not s.text.startswith(link, b.q.tail):
        return None
    span = phrase_after(s.text, b.q.tail + len(link), s.hi, 3)
    return MetricHit(s.text[span[0] : span[1]], span[0], span[1], relative=True) if span else None


def from_to(s: Sentence, cands: list[Candidate]) -> None:
    """The level "to" of "from A to B" is in A's named measure, whatever its unit implies
    ("throughput rises from 6 Hz to 48 Hz") or its verb's object ("reduces the L2 error by 22%
    and the collision rate from 0.31% to 0.14%")."""
    for a, b in itertools.pairwise(cands):
        levels = moved(s.text, s.lo, a.q, b.q)
        # of one unit, or of one measure in two ("from 1.9 GB to 520 MB")
        if not (levels and (a.q.unit == b.q.unit or (a.q.measure and a.q.measure == b.q.measure))):
            continue
        # "improves X from 52.4% to 57.9% accuracy": A's is B's when A's is no name of the text's,
        # or a generic one B's names ("accuracy on DocVQA drops from 94.5 to 90.2 ANLS")
        generic = (a.hit.name or "").lower() in GENERIC_MEASURES
        if (a.hit.name is None or a.hit.start < 0 or generic) and b.hit.name and b.hit.start >= b.q.tail:
            a.hit = inherit(a.hit, b.hit)
            a.hit.relative = a.hit.comparison = False
            continue
        if not (a.hit.name and a.hit.start >= 0):
            continue
        implied = b.hit.name is None or b.hit.start < 0  # the unit's or a rule's, not a name of the text's
        # a word of A's name: "the rate of hallucinated findings from 21.3% to 9.8%" (B read "rate")
        implied = implied or (b.hit.name or "").lower() in a.hit.name.lower().split()
        # a share's base after B, when A's measure is named before A: "reduces unsupported
        # statements from 11.8% to 6.1% of summary sentences" (B read "summary sentences")
        implied = implied or (
            a.hit.start < a.q.lead
            and _BASE_OF.fullmatch(s.text, b.q.tail, max(b.q.tail, b.hit.start)) is not None
        )
        # the verb's object is another change's when a number comes between ("reduces the L2
        # error by 22% and the collision rate from 0.31% to 0.14%"): A's phrase is B's
        verbs = list(CHANGE_VERB.finditer(s.text, s.lo, a.q.lead))
        passed = bool(verbs) and re.search(r"\d", s.text[verbs[-1].end() : a.q.lead]) is not None
        if implied or (passed and b.hit.start < a.hit.start):
            b.hit = inherit(b.hit, a.hit)


_BASE_OF = re.compile(r"\s*%?\s+of\s+(?:the\s+|all\s+)?")


def unnamed_move(s: Sentence, cands: list[Candidate]) -> None:
    """The levels a verb of change moves between, shares or scores with no measure named for
    either, are in "performance", as a change with no measure named is (guidelines, section 5):
    "On MathVerse, it improves from 38.9% to 45.2%" (which naming then calls accuracy on a
    benchmark of one right answer)."""
    for a, b in itertools.pairwise(cands):
        if a.hit.name or b.hit.name or a.q.unit != b.q.unit:
            continue
        if a.q.unit != "%" and a.q.is_integer and b.q.is_integer:  # counts: "from 12 calls to 3"
            continue
        verb = _CHANGED_FROM.search(s.text, max(s.lo, a.q.lead - 30), a.q.lead)
        if not (verb and CHANGE_VERB.fullmatch(verb.group(1)) and _TO.fullmatch(s.text, a.q.tail, b.q.lead)):
            continue
        # what changes is a system's or a benchmark's level, not a measure the subject names
        # ("the share of errors ... drops from 41% to 26%")
        lo = subject_start(s, clause_start(s.text, s.lo, verb.start()), verb.start())  # "On MathVerse, it"
        subject = s.text[lo : verb.start()].strip()
        named = [m for m in s.mentions if m.label in _SUBJECTS and lo <= m.start and m.end <= verb.start()]
        if _NO_MEASURE.fullmatch(subject) or (
            named and _NO_MEASURE.sub("", subject).strip() == named[-1].text
        ):
            a.hit, b.hit = inherit(a.hit, MetricHit("performance")), inherit(b.hit, MetricHit("performance"))


def by_again(s: Sentence, cands: list[Candidate]) -> None:
    """A change ", and by" another amount is of the last measure changed "by" one before it, past
    the numbers said of the first: "compresses the KV cache by 60% with an accuracy drop of 0.7
    points, and by 75% with a drop of 2.3 points" (both KV cache size)."""
    for i, c in enumerate(cands):
        if not _AND_BY.search(s.text, max(s.lo, c.q.lead - 12), c.q.lead):
            continue
        earlier = [
            e for e in cands[:i] if e.hit.name and _BY.search(s.text, max(s.lo, e.q.lead - 4), e.q.lead)
        ]
        if earlier and earlier[-1] is not cands[i - 1]:
            c.hit = inherit(MetricHit(None, relative=True), earlier[-1].hit)
