"""What a number counts or is a share of, and measures named after it that no list knows.

Wins ("in 41 of the 49 games"), "% correct", how often raters prefer a system or it
succeeds (what is solved, resolved or proved: :mod:`kg.results.solving`), and, after the
number, an acronym ("57.9 NDS"), what a percentage a system reaches is of ("attains 99.2%
validity") and what a count it needs "only" counts ("needs only 10 integration steps").
"""

from __future__ import annotations

import re

from .hits import MetricHit, named
from .quantities import Quantity
from .solving import solved_count
from .text import BRACKET_AFTER, ITEM_NAME, Sentence, clause_start, phrase_after, phrase_before
from .vocabulary import DATA_NOUNS, NEEDS_ONLY, OUTDOING, REACH_VERB

# an acronym after a number, then a function word or punctuation: "57.9 NDS on nuScenes", "68.3%
# M-Avg,", "85.1 J&F"; not a qualifier of a measure named later in a coordination ("+22.4 T2V and
# +28.0 V2T R@1")
_ACRONYM_AFTER = re.compile(
    r"\s([A-Z][A-Z0-9_]*[A-Z][A-Z0-9_]*|[A-Z][A-Za-z0-9]{0,3}[-&][A-Za-z0-9]{1,4})(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|for|with|while|over|than|across|compared|versus|vs)\b|\s+and\s+(?![+-]?[\d.]+%?\s+[A-Z0-9]{2,}\s))"
)
# a measure named in brackets right after the number: "62.42 (GLEU)"
_NAME_ONLY = re.compile(ITEM_NAME)
# a count of wins: "in 41 of the 49 games", "eight out of nine tasks", "20/20 tasks"
_OF_ALL = re.compile(r"\s*(?:(?:out\s+)?of\s+(?:the\s+)?\d+|/\s*\d+)\s+([A-Za-z][\w-]*)")


def counts_items(s: Sentence, q: Quantity) -> bool:
    """Whether a number counts items out of a whole ("on 7 of the 10 transfer tasks"), whose
    name no margin after it measures ("... and improves over InferSent by 1.8 points")."""
    return q.is_integer and not q.unit and _OF_ALL.match(s.text, q.tail, s.hi) is not None


# the share of judgements a preference is counted over
_OF_CASES = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:cases|comparisons|pairs|trials|prompts|judg(?:e)?ments|votes|queries|samples)\b"
)
# a measure named after a coordination of margins
_RESPECTIVELY_IN = re.compile(r"\s*,\s*respectively\s*,\s*in\s+(?:terms\s+of\s+)?")
_OF_THE_TIME = re.compile(r"\s+of\s+the\s+time\b")
# ... or completes the tasks it is given: "completes only 31.7% of tasks"
# (not the noun a change moves: "improves task success from 46.3%")
_SUCCEEDS = re.compile(
    r"(?i)\b(?:succe(?!ss\s+(?:from|to|by|at)\s)\w*\s+(?:in\s+)?|complet(?:es|ed|ing)\s+)(?:\w+\s+)?\Z"
)
_REACHED = re.compile(r"(?i)\b(?:" + REACH_VERB + r"|generat(?:es|ed|ing))\s+(?:[\d.]+%?\s+and\s+)?\Z")
_PREFER = re.compile(
    r"(?i)\bprefer(?:s|red|ring|ence)?\b|\b(?:chosen|picked|selected|favou?red)\s+over\b|"
    r"\brank(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?first\b"  # "ranked PhyCast first in 64% of cases"
    r"|\bjudged\b[^.;]{0,60}\bon\s+par\s+with\b"  # "judged ... on par with or better than"
    # a judgement of a system's outputs against another's: "were judged more temporally coherent than
    # those of the baseline in 64% of comparisons", "rated our outputs as more fluent than"
    r"|\b(?:judged|rated|found|considered|deemed)\b[^.;]{0,60}?\bmore\s+[a-z]"
)
_WINS = re.compile(
    r"(?i)\b(?:outperform|surpass|beat|exceed|solv|win|won|best|better|highest|state-of-the-art|succe|rank\w*\s+first|ahead|lowest|lower|higher|gains?\s+on|improv)\w*"
)


_OUTDO = re.compile(r"(?i)\b(?:" + OUTDOING + r")")
_PAST_HEAD = re.compile(r"\s(?:beyond|after|before|at|with|without|under|over|from|of|per)\s")
# a tally of outcomes a clause counts in or on: "locates the target in 17 of 20 episodes", "the
# ranking changes for 11 of the 40 detectors"; not the share a setting keeps ("only 2 of 16 experts")
_TALLIED = re.compile(r"(?i)\b[a-z]+(?:s|ed)\s+(?:[\w-]+\s+){0,5}?(?:in|on|for)\s+\Z")


def bracketed_item(s: Sentence, q: Quantity) -> tuple[int, int] | None:
    """The span of the name in brackets right after a number, the item it scores: "90.7
    (Cora), 93.0 (Citeseer)"; not a measure ("62.42 (GLEU)").

    >>> from kg.results.quantities import spot
    >>> t = "90.7 (Cora), 62.42 (GLEU)"
    >>> [bracketed_item(Sentence.of(t), q) for q in spot(t)]
    [(6, 10), None]
    """
    return _item(s, BRACKET_AFTER.match(s.text, q.tail, s.hi))


def _item(s: Sentence, bracket: re.Match[str] | None) -> tuple[int, int] | None:
    """The span of the name a bracket holds, when it is a name and not a measure nor a system
    ("72.6% (XGBoost)" is XGBoost's level)."""
    if bracket is None or not _NAME_ONLY.fullmatch(bracket.group(1)) or named(s, bracket.span(1)) is not None:
        return None
    if s.mention_at(*bracket.span(1), ("MODEL", "METHOD")):
        return None
    return bracket.span(1)


def unlisted(s: Sentence, q: Quantity) -> MetricHit | None:
    """A measure named right after the number that no list knows: an acronym, what a
    reached percentage is of, what a count needed "only" counts, the samples a level is read
    at ("68.4% on miniF2F-test at pass@32")."""
    return _acronym(s, q) or _reached(s, q) or _needed(s, q) or _at_samples(s, q)


# a measure over k samples the level is read at, past the place it is on: "58.2% at pass@32",
# "72.1% on miniF2F-test at pass@64"
_AT_SAMPLES = re.compile(
    r"(?:\s+on\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?)?\s+at\s+((?:pass|maj|cons|avg)@\d+)\b"
)


def _at_samples(s: Sentence, q: Quantity) -> MetricHit | None:
    at = _AT_SAMPLES.match(s.text, q.tail, s.hi)
    return MetricHit(at.group(1), *at.span(1)) if at else None


def _reached(s: Sentence, q: Quantity) -> MetricHit | None:
    """What a percentage a system reaches or generates is of, named right after it: "attains
    99.2% validity", "generates 95.1% stable molecules"; not a dataset ("reaches 84% on X").

    >>> from kg.results.quantities import spot
    >>> t = "it attains 99.2% validity, generates 95.1% stable molecules and reaches 84% on QM9"
    >>> [h and h.name for h in (_reached(Sentence.of(t), q) for q in spot(t))]
    ['validity', 'stable molecules', None]
    """
    if q.unit != "%" or not _REACHED.search(s.text, max(s.lo, q.lead - 30), q.lead):
        return None
    span = phrase_after(s.text, q.tail, s.hi, 3)
    if (
        span is None
        or span[0] != q.tail + 1
        or s.mention_at(span[0], span[1], ("DATASET", "MODEL", "METHOD"))
    ):
        return None
    phrase = s.text[span[0] : span[1]]
    return MetricHit(phrase, *span) if re.fullmatch(r"[a-z][a-z -]*", phrase) else None


# data a method requires is what it achieves, data it is run with a budget (guidelines §8):
# "requires only 128 calibration sequences", but "using only 25 demonstrations"
_REQUIRES = re.compile(r"(?i)\b(?:need|requir)")


def _needed(s: Sentence, q: Quantity) -> MetricHit | None:
    """What a count a system needs or keeps "only" counts: "needs only 10 integration
    steps", "keeps only 64 of 576 visual tokens" (a property it achieves, guidelines §1).

    >>> from kg.results.quantities import spot
    >>> t = "it needs only 10 integration steps and keeps only 64 of 576 visual tokens"
    >>> [h and h.name for h in (_needed(Sentence.of(t), q) for q in spot(t))]
    ['integration steps', 'visual tokens', None]
    >>> t = "using only 25 demonstrations per task, it requires only 128 calibration sequences"
    >>> [h and h.name for h in (_needed(Sentence.of(t), q) for q in spot(t))]
    [None, 'calibration sequences']
    """
    needs = NEEDS_ONLY.search(s.text, max(s.lo, q.start - 30), q.start)
    if q.unit or not q.is_integer or needs is None:
        return None
    of_all = re.match(r"\s+of\s+(?:the\s+)?[\d,.]+(?=\s)", s.text[q.tail : q.tail + 20])
    span = phrase_after(s.text, q.tail + (of_all.end() if of_all else 0), s.hi, 3)
    if span is None or s.mention_at(span[0], span[1], ("DATASET", "MODEL", "METHOD")):
        return None
    wider = phrase_after(s.text, span[0], s.hi, 5) or span
    if not _REQUIRES.search(needs.group()) and DATA_NOUNS.intersection(
        w.lower() for w in s.text[wider[0] : wider[1]].split()
    ):
        return None  # a data budget is the setting (guidelines §7): "using only 25 demonstrations"
    return MetricHit(s.text[span[0] : span[1]], *span)


def _acronym(s: Sentence, q: Quantity) -> MetricHit | None:
    """An acronym standing alone right after the number is its measure, known or not ("57.9
    NDS on nuScenes"); not a dataset, nor a modifier of a noun ("8 A100 GPUs").

    >>> from kg.results.quantities import spot
    >>> t = "47.3 mAP and 57.9 NDS on nuScenes, with 8 A100 GPUs and 3 CIFAR-10 runs"
    >>> [h and h.name for h in (_acronym(Sentence.of(t), q) for q in spot(t))]
    [None, 'NDS', None, None]
    """
    m = _ACRONYM_AFTER.match(s.text, q.tail, s.hi)
    if m is None or s.mention_at(m.start(1), m.end(1), ("DATASET",)) is not None:
        return None
    return MetricHit(m.group(1), m.start(1), m.end(1))


def _tallied(s: Sentence, q: Quantity, items: tuple[int, int]) -> bool:
    """Whether a count of items out of a whole, its items at ``items``, is a tally of outcomes: wins
    counted before ("outperforms X on 41 of the 49 games") or after ("2 of the 19 architectures
    outperform it"), or what a clause's verb counts in ("the ranking changes for 11 of the 40")."""
    return bool(
        _WINS.search(s.text, s.lo, q.lead)
        or _OUTDO.search(s.text, items[0], min(s.hi, items[1] + 20))
        or _TALLIED.search(s.text, max(s.lo, q.lead - 40), q.lead)
    )


_PREPOSITIONS = frozenset(
    {"without", "with", "on", "in", "for", "at", "under", "by", "from", "after", "before"}
)


def counted(s: Sentence, q: Quantity) -> MetricHit | None:
    """A measure named after a coordination of margins ("by 3.8 and 2.1 points,
    respectively, in average accuracy") or in brackets ("62.42 (GLEU)"), or what is counted:
    wins ("in 41 of the 49 games"), "% correct" (accuracy), how often raters prefer a system
    ("in 61% of 500 pairwise comparisons", "64% of the time": preference) or it succeeds
    ("succeeds in 71% of trials": success rate).

    >>> from kg.results.quantities import spot
    >>> t = "outputs were rated useful 62% of the time and judged more fluent than X's in 68% of cases"
    >>> [counted(Sentence.of(t), q).name for q in spot(t)]
    ['rated useful', 'preference']
    """
    later = _RESPECTIVELY_IN.match(s.text, q.tail, s.hi)
    span = phrase_after(s.text, later.end(), s.hi) if later else None
    hit = named(s, span, relative=True) if span is not None else None
    if hit is not None:
        return hit
    bracket = BRACKET_AFTER.match(s.text, q.tail, s.hi)
    inside = named(s, bracket.span(1)) if bracket else None
    if bracket and inside is not None and inside.end == bracket.end(1):  # the whole bracket
        return inside
    if bracket and _item(s, bracket):  # "81.2 (Pubmed) Hits@100": past the item
        past = phrase_after(s.text, bracket.end(), s.hi, 2)
        hit = named(s, past) if past and past[0] == bracket.end() + 1 else None
        if hit is not None:
            return hit
    wins = _OF_ALL.match(s.text, q.tail, s.hi) if q.is_integer and not q.unit else None
    a, b = (phrase_after(s.text, wins.start(1), s.hi) or wins.span(1)) if wins else (q.tail, q.tail)
    if wins and _tallied(s, q, (a, b)):
        # its head, the last plural, not the verb after it ("17 of the 24 models fall within") nor
        # a word past a preposition ("3 of 5 runs beyond 300B tokens")
        cut = _PAST_HEAD.search(s.text, a, b)
        words = list(re.finditer(r"[A-Za-z][\w-]*", s.text[a : cut.start() if cut else b]))
        plurals = [w for w in words if re.fullmatch(r"[\w-]*[^s\W]s", w.group())]
        if not words:
            return MetricHit(wins.group(1), *wins.span(1))
        if not plurals and words[0].group().lower() in _PREPOSITIONS:
            return None  # no counted noun: "versus 8 of 20 without pretraining"
        head = (plurals or words)[-1]
        return MetricHit(head.group(), a + head.start(), a + head.end())
    done = solved_count(s, q)
    if done is not None:
        return done
    if q.unit != "%":
        return None
    if _OF_VARIANCE.match(s.text, q.tail, s.hi) and _EXPLAINS.search(s.text, max(s.lo, q.lead - 20), q.lead):
        return MetricHit("variance explained")  # "explain 78% of the variance of MLP outputs"
    if _CORRECT.match(s.text, q.tail, s.hi):  # "45.74% correct", "answers 47.3% of questions correctly"
        return MetricHit("accuracy")
    if (judgement := _how_often(s, q)) is not None:
        return judgement
    if _SUCCEEDS.search(s.text, max(s.lo, q.lead - 30), q.lead):
        return MetricHit("success rate")
    shared_wins = _OF_ITEMS.match(s.text, q.tail, s.hi)
    if shared_wins and _OUTDOES.search(s.text, max(s.lo, q.lead - 70), q.lead):
        return MetricHit(
            shared_wins.group(1), *shared_wins.span(1)
        )  # "outperforms HRES on 91% of the targets", "improves over X on 71% of the datasets"
    return None


# a verb of judging, its object, and what the outputs are judged to be, right before a share
_JUDGED = re.compile(
    r"(?i)\b(rated|judged|deemed|considered)\s+(?:(?:[\w'-]+\s+){1,3}?to\s+be\s+|as\s+)?"
    r"((?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+(?:to|for|by|with)\s+(?:the\s+|an?\s+)?[\w-]+)?"  # past "to the image"
    r"\s+(?:in\s+)?(?:about\s+|nearly\s+|over\s+)?\Z"
)


def _how_often(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure of a share of cases or of the time: how often raters prefer a system, judge its
    outputs so, or agree."""
    of_cases = _OF_CASES.match(s.text, q.tail, s.hi) or _OF_THE_TIME.match(s.text, q.tail, s.hi)
    if of_cases is None:
        # what a system agrees with on a share of the items: "agrees with human labels on 88.7% of claims"
        items = _OF_ITEMS.match(s.text, q.tail, s.hi)
        agrees = _AGREES.search(s.text, max(s.lo, q.lead - 60), q.lead) if items else None
        return MetricHit("agreement", items.start(), items.end()) if items and agrees else None
    if _PREFER.search(s.text, s.lo, q.lead):  # its span after the number: shared back
        return MetricHit("preference", of_cases.start(), of_cases.end())
    judged = _JUDGED.search(s.text, max(s.lo, q.lead - 60), q.lead)
    if judged is not None and not re.search(r"\b(?:than|more|less)\b", judged.group(2)):
        # how often outputs are judged so: "were rated useful 62% of the time", "judged SyncFoley
        # clips to be in sync 81% of the time", "rated as appropriately hedged in 83% of cases"
        return MetricHit(f"{judged.group(1)} {judged.group(2)}", judged.start(), judged.end(2))
    if _AGREES.search(s.text, max(s.lo, q.lead - 60), q.lead):  # "agree with human votes 67% of the time"
        return MetricHit("agreement", of_cases.start(), of_cases.end())
    return None


_AGREES = re.compile(r"(?i)\bagree(?:s|d)?\s+with\b[^,;]*\Z")
# a comparison won, before the share of items it is won on
_OUTDOES = re.compile(
    rf"(?i)\b(?:{OUTDOING}|improv\w*\s+(?:over|upon)|wins?\s+(?:against|over))\s+(?:[\w.+-]+\s+){{0,3}}?on\s+\Z"
)
# the items a share of wins counts: "91% of the 1,380 verification targets"
_OF_ITEMS = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*s)\b(?!\s+of\b)"
)
_OF_VARIANCE = re.compile(r"\s+of\s+(?:the\s+)?variance\b")
_EXPLAINS = re.compile(r"(?i)\bexplain(?:s|ed|ing)?\s+(?:only\s+|about\s+|over\s+)?\Z")
_CORRECT = re.compile(r"\s+(?:correct\b|of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?correctly\b)")
# a share named by the property it counts: "99.4% atom stability", "99.6% codebook usage"
# (a whole word, after no preposition: not "82.5% for similarity-based pruning")
_PROPERTY = re.compile(
    r"\s+((?:(?!(?:for|of|in|on|at|with|by|to|from|and|or)\s)[a-z][\w-]*\s+)?"
    r"[a-z][\w-]*(?:ity|ness|coverage|usage|utilization))(?![\w-])"
)


def property_share(s: Sentence, q: Quantity) -> MetricHit | None:
    """The property a percentage is the share of, written right after it.

    >>> from kg.results.quantities import spot
    >>> t = "molecules with 99.4% atom stability and 95.2% validity at 20% noise"
    >>> [h.name if h else None for h in (property_share(Sentence.of(t), q) for q in spot(t))]
    ['atom stability', 'validity', None]
    """
    m = _PROPERTY.match(s.text, q.tail, s.hi) if q.unit == "%" else None
    return MetricHit(m.group(1), m.start(1), m.end(1)) if m else None


# what a share found is of: "88% of its plausible patches are ...", past an article and a
# system's name ("78% of LipSwap outputs"), up to three words ending in a plural ("the previous"
# is none, nor "the trace has been")
_SHARE_OF = re.compile(
    r"\s+of\s+(?:(?:the|its|their|our|all|these|those)\s+)?(?:[A-Z][\w.+-]*\s+(?=[a-z]))?"
    r"((?:[a-z][\w-]*\s+){0,2}?(?!(?:has|was|does|goes|this|thus|its)\b)"
    r"[a-z][\w-]*[^\Wsu]s)\b(?!\s+of\b)"
)
# ... not a share the setting takes ("with 10% of the training scenarios", "the final 20% of
# training", "when 5% of training windows are anomalous")
_SHARE_SET = re.compile(
    r"(?i)(?:\b(?:with|top|final|first|last|of|using|keeping|removing|masking|auditing|rejecting|occupying)\s+"
    r"|\b(?:when|where)\b.*)\Z"
)
# ... nor of the trials a rate is counted over, which name no measure ("in 64% of comparisons")
_TRIALS = {"cases", "times", "comparisons", "scenarios", "behaviors", "runs", "steps"}
# ... nor of a model's or a dataset's size ("20% of the parameters", "1% of the samples")
_SIZES = {"parameters", "tokens", "samples", "examples"}

# what a share's items are said to be after it: judged so (the measure names it), or made so (data
# described, no result)
_SHARE_IS = re.compile(
    r"\s+(?:are|were)\s+(?:((?:judged|rated|deemed)\s+(?!(?:to|as|by|the|an?)\b)[a-z]+)|"
    r"(?:rendered|collected|sampled|drawn|synthesi[sz]ed|written|taken|generated|annotated|translated)\b)"
)
# a share of data gathered: "we collected 60% of charts from"
_MADE = re.compile(
    r"(?i)\b(?:collected|sampled|drew|took|kept|held\s+out)\s+(?:about\s+|roughly\s+|only\s+)?\Z"
)


# a share judged so, its items named before: "A human study on 500 trajectories finds that 96.4% are judged correct"
_JUDGED_SHARE = re.compile(
    r"\s+(?:are|were|is|was)\s+(?:judged|rated|deemed|considered)\s+(?:as\s+|to\s+be\s+)?((?!by\b|to\b)[a-z]+)\b"
)


def found_share(s: Sentence, q: Quantity) -> MetricHit | None:
    """What a percentage no measure names is the share of, when it is a finding: "88% of its
    plausible patches are semantically equivalent", "account for 38% of failures".

    >>> from kg.results.quantities import spot
    >>> t = "it fixes 61% of functions, with 10% of the labels and 20% of the parameters, and 5% of cases"
    >>> [h.name if h else None for h in (found_share(Sentence.of(t), q) for q in spot(t))]
    ['functions', None, None, None]
    >>> t = "80% of the constructions are judged useful and 20% of diagrams are rendered by hand"
    >>> [h.name if h else None for h in (found_share(Sentence.of(t), q) for q in spot(t))]
    ['constructions judged useful', None]
    """
    judged = _JUDGED_SHARE.match(s.text, q.tail, s.hi) if q.unit == "%" else None
    if judged is not None:
        return MetricHit(f"judged {judged.group(1)}", judged.start(1), judged.end(1))
    m = _SHARE_OF.match(s.text, q.tail, s.hi) if q.unit == "%" else None
    if m is None or m.group(1).split()[-1] in _TRIALS | _SIZES:
        return None
    if s.mention_at(q.tail, m.start(1), ("DATASET",)) is not None:
        return None  # a share of a dataset's items is measured on it: "certifies 73.4% of ImageNet images"
    if _SHARE_SET.search(s.text, max(s.lo, q.lead - 40), q.lead) or _MADE.search(
        s.text, max(s.lo, q.lead - 30), q.lead
    ):
        return None
    after = _SHARE_IS.match(s.text, m.end(), s.hi)
    if after is not None and after.group(1) is None:
        return None  # the data a share describes: "20% of diagrams are rendered with hand-drawn strokes"
    if after is not None:  # "80% of the generated constructions are judged useful"
        return MetricHit(f"{m.group(1)} {after.group(1)}", m.start(1), after.end(1))
    return MetricHit(m.group(1), m.start(1), m.end(1))


def more_often(s: Sentence, q: Quantity) -> MetricHit:
    """The measure of how much more or less often something happens, the number right before
    "more often": a preference where something is preferred ("is preferred 14.7 percentage points
    more often"), else what the verb before the number does or is done in ("generates semantically
    valid programs 2.3x more often", "were ranked in the top quartile 11.4 points less often").

    >>> from kg.results.quantities import spot
    >>> t = "its own response is preferred 14.7 points more often; it generates valid programs 2.3x more often"
    >>> [more_often(Sentence.of(t), q).name for q in spot(t)]
    ['preference', 'generates valid programs']
    """
    lo = clause_start(s.text, s.lo, q.lead)
    if _PREFER.search(s.text, lo, q.lead):
        return MetricHit("preference", relative=True)
    span = phrase_before(s.text, q.lead, lo)
    return (
        MetricHit(s.text[span[0] : span[1]], *span, relative=True)
        if span
        else MetricHit("frequency", relative=True)
    )
