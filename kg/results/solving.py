"""What a system solves, fixes, proves or finds: the rate of what is done to a whole ("resolves
38.4% of issues": issues resolved; "proves 63.5% of miniF2F": proof rate) and the count of what it
does ("correctly fixes 131 and 118 bugs", "repairs 41 of 79 vulnerabilities").
"""

from __future__ import annotations

import re

from .hits import MetricHit, named
from .quantities import Quantity
from .text import Sentence, phrase_after

# the rate of what is done to the whole named: "proves 63.5% of miniF2F" is a proof rate
_RATES = {"prov": "proof rate", "pass": "pass rate", "w": "win rate", "los": "loss rate"}
# what a share of wins is a share of, when it is a win rate
_CONTESTS = frozenset({"comparisons", "battles", "matchups", "duels", "judgments", "judgements"})
# a participle not written as the stem and "ed"
_DONE = {
    "verif": "verified",
    "satisf": "satisfied",
    "f": "found",
    "reproduc": "reproduced",
    "w": "won",
    "los": "lost",
}


def _done(stem: str) -> str:
    """The participle of a verb of solving: "solv" -> "solved", "verif" -> "verified"."""
    return _DONE.get(stem, stem + "ed")


# a count of what a system solves, fixes, proves, completes or finds, named after it: "correctly
# fixes 131 and 118 bugs", "solves 31 problems", "repairs 41 of 79 vulnerabilities", "found 9
# previously unknown vulnerabilities", "completed 47 of 50 flights"
_SOLVING = (
    r"(?i)\b((?:re)?solv|prov|fix|verif|repair|discover|uncover|detect|reproduc|complet|f(?=ind|ound))"
    r"(?:es|ed|ies|ied|s|e|ind|inds|ound)\s+(?:(?:\w+ly|only|all)\s+)?"
)
_SOLVES_COUNT = re.compile(_SOLVING + r"(?:[\d,]+\s*(?:,\s*(?:and\s+)?|and\s+))*\Z")
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s")
# a count after a verb of solving, whatever follows it: "proves 287", "repairs 41"
_SOLVED_COUNT = re.compile(_SOLVING + r"[\d,]+")
# what is counted, a plural noun with up to two words before it, past the whole it is out of
_COUNTED_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)[\d,]+)*(?:\s+(?:out\s+)?of\s+(?:the\s+)?[\d,]+)?"
    r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b(?![\w-])"
)


# the first plural of a phrase, past up to two words before it, and what qualifies it after it
_PLURAL_FIRST = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z]+[^\Wsu]s)\s+(?:specified|listed|given|in|of|from|with|that|which)\b"
)


def solved(s: Sentence, stem: str, pos: int) -> MetricHit:
    """The measure of "resolves 38.4% of issues": what is solved, resolved or proved, named
    by the head of the "of" phrase at ``pos`` when it is a plural noun ("issues resolved"),
    else the rate ("resolve rate": "resolves 49.2% of SWE-bench Verified").

    >>> t = "resolves 38.4% of the issues, proves 63.5% of miniF2F-test theorems and solves 9% of MATH"
    >>> s = Sentence.of(t)
    >>> [solved(s, stem, t.index(" of", a) + 3).name for stem, a in (("resolv", 0), ("prov", 30), ("solv", 70))]
    ['issues resolved', 'theorems proved', 'solve rate']
    >>> t = "passes 81% of the original test cases and 60% of HumanEval"
    >>> [solved(Sentence.of(t), "pass", t.index(" of", a) + 3).name for a in (0, 40)]
    ['cases passed', 'pass rate']
    """
    span = phrase_after(s.text, pos, s.hi)
    head = s.text[span[0] : span[1]].split()[-1] if span else ""
    if span and stem == "w" and head in _CONTESTS:  # "wins 68% of pairwise comparisons": its win rate
        return MetricHit("win rate", *span)
    if span and re.fullmatch(r"[a-z]+s", head):
        return MetricHit(f"{head} {_done(stem)}", *span)
    # a plural qualified after it: "satisfies 89% of the spatial relations specified in the prompt"
    qualified = _PLURAL_FIRST.match(s.text, span[0], span[1]) if span else None
    if qualified is not None:
        return MetricHit(f"{qualified.group(1)} {_done(stem)}", *qualified.span(1))
    if span and stem == "remov":  # "removes 90% of the Gaussians", "... of the forget-set knowledge measured"
        removed = re.sub(r"\s+\w+ed\Z", "", s.text[span[0] : span[1]])
        return MetricHit(f"{removed} {_done(stem)}", span[0], span[0] + len(removed))
    if span and stem == "los":  # "lose less than 2% of the average FP16 accuracy": a share of a measure lost
        return named(s, span, relative=True) or MetricHit(f"{s.text[span[0] : span[1]]} {_done(stem)}", *span)
    return MetricHit(_RATES.get(stem, f"{stem}e rate"))


def solved_count(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure of a count of what a system solves, fixes or proves, named after it: a
    result, not a size of the setting.

    >>> from kg.results.quantities import spot
    >>> t = "It correctly fixes 131 and 118 bugs and solves 31 problems, from 40 benchmarks."
    >>> [h and h.name for h in (solved_count(Sentence.of(t), q) for q in spot(t))]
    ['bugs fixed', 'bugs fixed', 'problems solved', None]
    >>> t = "It proves 287 of the 412 tasks and found 9 previously unknown vulnerabilities; X proves 164."
    >>> [h and h.name for h in (solved_count(Sentence.of(t), q) for q in spot(t))]
    ['tasks proved', None, 'previously unknown vulnerabilities found', 'tasks proved']
    >>> t = "On 12 sparse-reward tasks, it solves 10 within 500K steps, while DreamerV3 solves 6."
    >>> [h and h.name for h in (solved_count(Sentence.of(t), q) for q in spot(t))]
    [None, 'tasks solved', None, 'tasks solved']
    >>> t = "The student completed 47 of 50 flights; each pilot completed 8 scenarios."
    >>> [h and h.name for h in (solved_count(Sentence.of(t), q) for q in spot(t))]
    ['flights completed', None, None]
    """
    if not q.is_integer or q.unit:
        return None
    solves = _SOLVES_COUNT.search(s.text, max(s.lo, q.lead - 60), q.lead)
    if solves is None:
        return None
    # a part of a whole completed, not how much a study's people did ("Each pilot completed 8 scenarios")
    if solves.group(1).lower() == "complet" and not _OUT_OF.match(s.text, q.tail, s.hi):
        return None
    items = _COUNTED_AFTER.match(s.text, q.tail, s.hi)
    if items is None and _NOTHING_AFTER.match(s.text, q.tail, s.hi):
        items = _counted_before(s, solves.group(1), solves.start()) or _OPENING_ITEMS.match(
            s.text, s.lo, q.lead
        )
        if items is None and solves.group(1).lower() == "solv":  # "our model solves 7 of 30"
            return MetricHit("problems solved")
    if items is None or s.mention_at(*items.span(1), ("DATASET", "MODEL", "METHOD")):
        return None
    return MetricHit(f"{items.group(1)} {_done(solves.group(1).lower())}", *items.span(1))


# a count that names nothing after it: "while the best prior approach proves 164.", "solves 46 of 200,"
_NOTHING_AFTER = re.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+)?[\d,]+)?(?:\s*[,.;)]|\s+(?:in|on|and|while|compared|within)\b|\Z)"
)
# a count of items the sentence opens on: "On 12 sparse-reward tasks from Meta-World, X solves 10"
_OPENING_ITEMS = re.compile(r"\s*(?i:on|across)\s+(?:the\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b")


def _counted_before(s: Sentence, stem: str, end: int) -> re.Match[str] | None:
    """What the last count of the same verb before ``end`` in the sentence counts: "VeruSage proves
    287 of the 412 tasks, while the best prior approach proves 164" (tasks)."""
    found = None
    for m in _SOLVED_COUNT.finditer(s.text, s.lo, end):
        if m.group(1).lower() == stem.lower():
            found = _COUNTED_AFTER.match(s.text, m.end(), s.hi) or found
    return found
