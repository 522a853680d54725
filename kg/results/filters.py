"""What is not a result: numbers that describe the setting rather than report an outcome.

Each test looks at one quantity in its sentence and says whether it is a year, a number
inside a name, a list marker, a size or count used as a description ("300B tokens", "on
12 benchmarks"), a setting ("k = 5", "with 8 GPUs") or a target level ("requires 64x
less data to achieve 99% accuracy"). :func:`reason` runs those that hold whatever the
number measures; :func:`is_description` needs its measure (a token count the method
reaches is a context length).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .conditions import is_condition
from .hardware import memory_described, on_hardware
from .kept import kept_budget
from .labels import in_name, in_ratio, is_list_marker, is_year
from .lengths import REACHED, reached_count, reaches_depth
from .operating_points import operating_point
from .quantities import Quantity
from .rates import set_rate
from .sizes import size_described
from .solving import solved_count
from .text import Sentence, phrase_after, words_before
from .times import time_description
from .unstated import asked, chance_level, data_statistic, required, varied_count
from .vocabulary import (
    CHANGE_VERB,
    COUNT_PER,
    LEVELS_LISTED,
    NEEDS_ONLY,
    OUTDOING,
    SETTINGS,
    SIZE_NOUNS,
    SOLVES,
    SYSTEM_NOUNS,
    TRAIN_VERB,
    is_change_verb,
    metric_end,
)

_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_IN = re.compile(r"\bin\s+\Z")
# what a model is trained with or on is the setting: "a domain model trained with 25% replay",
# "Training on only 5% of the pool"
_TRAINED_WITH = re.compile(
    r"(?i)\b" + TRAIN_VERB + r"\s+(?:\w+\s+){0,2}?(with|using|on)\s+(?:only\s+|just\s+)?\Z"
)
_SETTING_LINK = re.compile(
    r"(?i)s?(?:\s*(?:[:=(]|\d[\d.,]*+|\b(?:of|is|was|were|set|to|at|as|equal|a|an|the|values?|fixed|with|for|only|and|or|from)\b))*\s*"
)
# a setting said to be shared, given no value: "under the same budget", "at equal temperature"
_SAME_BEFORE = re.compile(r"(?i)\b(?:same|equal|identical)\s+\Z")
# a link in which the setting got its value before a verb: "threshold 0.8 is"
_VALUE_GIVEN = re.compile(r"\d[\d.,]*\s*(?:is|was|are|were)\b")
_COMPARED_AFTER = re.compile(r"\s+(?:faster|slower|higher|lower|more|less|fewer|larger|smaller)\b")
_TARGET = re.compile(
    r"(?i)\b(?:requir|need)\w*\b[^.;]*\bto\s+(?:achieve|reach|obtain|attain|match)\s+$|\btheoretical\s+(?:\w+\s+)?$"
    r"|\bwe\s+project\s+(?:an?\s+)?$"  # a projection, not a measurement: "we project a 2.3x gain"
    r"|\ba\s+target\s+(?:\w+\s+)?of\s+$"  # "coverage of 90.3% at a target of 90%"
    # what a design aims at: "the timing model, which targets end-to-end loop latencies below 50 ms"
    r"|\b(?:which|that)\s+(?:targets|aims\s+(?:at|for))\s+(?:[\w-]+\s+){0,4}(?:below|under|above|of|at)\s+$"
)
_COUNTED = ("METHOD", "MODEL", "DATASET")
# a value the authors choose: "we set λ = 0.005", "α and β are fixed to 1"
# ("the training set" is a noun: "added to the training set, accuracy climbs to 68.4%")
_ASSIGNED = re.compile(
    r"(?i)\b(?:(?<!training\s)(?<!test\s)(?<!validation\s)(?<!held-out\s)(?<!data\s)(?<!dev\s)(?<!forget\s)(?<!retain\s)"
    r"(?<!calibration\s)(?<!evaluation\s)set(?!\s*,)|fix(?:ed)?|chose|chosen)\b"
    r"(?:[^.;:]|\.\d){0,60}(?:=|\bto)\s*\Z"
)


# inputs measured by their length: "160 ms chunks", "10 s audio clips", "2 ms hops"
_TIMED_INPUT = re.compile(
    r"\s+(?!per\b)(?:[a-z][\w-]*\s+)?(?:chunks?|windows?|segments?|clips?|prompts?|utterances?|recordings?|excerpts?|snippets?|hops?|strides?)\b"
)


# units of length after a number
_LENGTH_UNIT = re.compile(r"\s*(?:km|cm|mm|kilomet(?:er|re)s|met(?:er|re)s)\b")
_AT_RANGE = re.compile(r"\bat\s+(?:distances?|ranges?)\s+of\s+(?:up\s+to\s+)?\Z")


# the overlap a detection or grounding counts as a hit at, or the range of overlaps a level is
# averaged over: "at IoU=0.5", "at a tIoU threshold of 0.7", "mAP over tIoU thresholds 0.3:0.7"
_OVERLAP_THRESHOLD = re.compile(
    r"(?i)\b(?:at|over|across)\s+(?:an?\s+|the\s+)?t?IoUs?(?:\s+thresholds?)?\s*(?:=|of|≥|>=|from)?\s*"
    r"(?:[\d.]+\s*(?::|-|–|to)\s*)?\Z"
)


# a bound set on what counts, before the number, and what it bounds after it: a pose within 2
# angstrom, proteins with less than 30% sequence identity, sequences clustered at 90% identity
_THRESHOLD = re.compile(r"(?i)\b(?:within|less\s+than|below|under|at|above)\s+(?:[\d.]+\s*%?\s+and\s+)?\Z")
# a level that defines the point a measure is read at: "the lead time at which the anomaly
# correlation coefficient falls below 0.6"
_AT_WHICH = re.compile(
    r"(?i)\b(?:at|by|for|in)\s+which\s+(?:the\s+|its\s+)?[^,;.]{1,50}?\s+"
    r"(?:falls?|drops?|rises?|exceeds?|reaches|stays?|remains?)\s+(?:below|above|under|over|to)?\s*\Z"
)
_THRESHOLD_AFTER = re.compile(r"(?:\s+and\s+[\d.]+%)?\s*(?:(?i:angstroms?)\b|Å|(?:sequence\s+)?identity\b)")


# a cap set on what a run may spend: "capped at 500 GPU hours", "a compute cap of 2,000 GPU hours"
_CAPPED = re.compile(r"(?i)\b(?:capped\s+at|cap\s+of)\s+(?:about\s+|roughly\s+|approximately\s+)?\Z")

# a share of the input a condition changes: "When 20% of tokens are randomly substituted", "a split
# in which 30% of predicates are withheld" (not "where", which as often reports an outcome)
_WHEN_SHARE = re.compile(r"(?i)\b(?:when|if|in\s+which)\s+(?:only\s+|about\s+|roughly\s+|up\s+to\s+)?\Z")
# a range a user may set something to
_CONFIGURABLE = re.compile(
    r"(?i)\b(?:configurable|adjustable|tunable|settable)\s+(?:from|between|up\s+to|to)\s+"
    r"(?:[\d.]+\s*\S*\s+(?:to|and)\s+)?\Z"
)


def correlation_symbol(q: Quantity) -> bool:
    """Whether ``q`` is a correlation given by its symbol, a fraction: "(r = 0.81)", not a
    LoRA rank ("r = 16").

    >>> from kg.results.quantities import spot
    >>> [correlation_symbol(q) for q in spot("(r = 0.81), with r = 16 and k = 0.5")]
    [True, False, False]
    """
    return q.variable[:1] == "r" and not q.is_integer and abs(float(q.value)) <= 1


def is_setting(s: Sentence, q: Quantity) -> bool:
    """A hyper-parameter or a symbol's value: "learning rate of 0.1", "k = 5", "p < 0.01";
    a named measure before the symbol ("a Hurst parameter of H=0.70") is not a setting.

    >>> from kg.results.quantities import spot
    >>> t = "with k = 5, a dropout of 0.1 and a Hurst parameter of H=0.70; we set λ1 = 0.005 and λL2 = 1"
    >>> s = Sentence.of(t)
    >>> [is_setting(s, q) for q in spot(t)]
    [True, True, False, True, True]
    >>> t = "52.4 R@1 at IoU=0.5, 71.8% mAP over tIoU thresholds 0.3:0.7"
    >>> [is_setting(Sentence.of(t), q) for q in spot(t)]
    [False, True, False, True, True]
    >>> t = "with 160 ms chunks it reaches 2.9 ms latency"
    >>> [is_setting(Sentence.of(t), q) for q in spot(t)]
    [True, False]
    """
    assigned = _ASSIGNED.search(s.text, max(s.lo, q.lead - 80), q.lead)
    # not a verb of change between: "adding 20,000 randomly chosen examples reduces it to 9.5%"
    if assigned and not any(
        is_change_verb(v.group()) for v in CHANGE_VERB.finditer(s.text, assigned.start(), q.lead)
    ):
        return True
    left = s.text[max(s.lo, q.lead - 40) : q.lead]
    if q.variable:
        # a measure's symbol is no setting: "(Pearson r = 0.84)"
        symbol = left.rfind(q.variable[0]) + q.lead - len(left)
        named = s.mention_at(symbol, symbol + 1, ("METRIC",)) is not None or correlation_symbol(q)
        return not named and not re.search(r"\bof\s+(?:approximately\s+|about\s+|around\s+)?$", left)
    if re.match(r"-?fold\s+cross", s.text[q.end : q.tail + 8]):  # "10-fold cross-validation"
        return True
    if _OVERLAP_THRESHOLD.search(left):  # "52.4 R@1 at IoU=0.5": the threshold a level is counted at
        return True
    if kept_budget(s, q, left):
        return True
    if _CAPPED.search(left):  # "the total compute is capped at 500 GPU hours": a budget
        return True
    if _CONFIGURABLE.search(left):  # "the simulation frequency is configurable from 2 to 20 Hz"
        return True
    if q.unit == "%" and _WHEN_SHARE.search(left) and _SHARE_OF.match(s.text, q.tail):
        return True  # "When 20% of tokens are randomly substituted, accuracy remains at 91.2%"
    if _bound(s, q, left):
        return True
    if re.match(r"\s*(?:training\s+)?schedules?\b", s.text[q.tail : q.tail + 20]):  # "the 1x schedule"
        return True
    if _trained_with(s, q):
        return True
    if _label_budget(s, q, left):
        return True  # the labels a method is given: "with 10% of the labels", "with only 3 labeled patients"
    if q.measure in ("latency", "time") and _TIMED_INPUT.match(s.text, q.tail, s.hi):
        return True  # the length of what is fed in: "with 160 ms chunks", "on 10 s audio clips"
    if q.unit in ("points", "pp"):  # a margin in points is an outcome: "a margin of 9.1 points"
        return False
    if re.search(
        r"(?i)\bby\s+(?:an?\s+)?(?:\w+\s+)?margin\s+of\s+\Z", left
    ):  # "outperforms X by a large margin of 4.1 AP"
        return False
    # a number right after punctuation, but for an item of a list of numbers ("horizons of 3, 7, 15")
    if not words_before(s.text, q.lead, s.lo, 4) and not re.search(r"\d\s*,\s*\Z", left):
        return False
    return _introduced(s, q)


def _introduced(s: Sentence, q: Quantity) -> bool:
    """Whether a setting's word introduces ``q`` ("a dropout of 0.1", "batch size 32"), not one it
    is compared across ("3.1x faster per epoch than X and 1.8x") or a change read at it ("improves
    X at the 8 mm/h threshold from 0.21 to 0.27")."""
    lo = max(s.lo, q.lead - 60)
    wider = s.text[lo : q.lead]
    setting = next(reversed(list(SETTINGS.finditer(wider))), None)
    link = wider[setting.end() :] if setting else ""
    if setting is None or not _SETTING_LINK.fullmatch(link) or wider[: setting.start()].endswith("per "):
        return False  # "a single pass per batch and is 5x cheaper": a unit counted by, no setting
    if _SAME_BEFORE.search(wider, 0, setting.start()) and re.fullmatch(r"\s*(?:,|and|or)?\s*", link):
        return False  # "61.0% for the teacher under the same budget and 37.5%": no value given it
    if _VALUE_GIVEN.search(link) or _COMPARED_AFTER.match(s.text, q.tail, s.hi):
        # the setting's value came before, and a level is read at it ("recall at threshold 0.8 is
        # 97.2%", "throughput at a batch size of 64 is 4.7x"); a factor compared ("8x faster")
        return False
    # "chunk sizes from 160 to 640 ms" is a setting, "improves X at the threshold from 0.21" a change
    # (looked for over the clause), but not settings ranged over ("across prediction horizons from 96")
    # ... or levels of several ("from 0.213 and 0.187 to 0.046 and 0.052")
    changed = re.search(r"\bfrom(?:\s+[\d.,]+\s*%?\s*(?:,|and|to))*\s*$", link) is not None
    before = s.text[max(s.lo, q.lead - 120) : lo + setting.start()]
    return not (
        changed
        and CHANGE_VERB.search(before)
        and not re.search(r"\b(?:across|over)\s+(?:\S+\s+){0,2}$", before)
    )


# a distance on the ground what counts must lie within, and a list of them, after a share or a rule
# of counting (a bound in angstroms is _THRESHOLD's, whatever comes before it)
_COUNTING = re.compile(r"(?i)\d\s*%\s+of\b|\bcorrect\b|\bcounted\b|\bif\b")
_DISTANCE_UNIT = r"(?:km|m|meters?|metres?|kilometers?|kilometres?)\b"
_DISTANCE = re.compile(r"(?i)\s*" + _DISTANCE_UNIT)
_WITHIN_DISTANCE = re.compile(
    r"(?i)\bwithin\s+(?:about\s+|roughly\s+)?(?:[\d.,]+\s*"
    + _DISTANCE_UNIT
    + r"\s*,?\s+(?:and\s+|or\s+)?)*\Z"
)


def _bound(s: Sentence, q: Quantity, left: str) -> bool:
    """A level an interval is built for ("95% confidence intervals", "at a nominal 90% level") or a
    bound set on what counts ("within 2 angstrom RMSD", "less than 30% sequence identity")."""
    if re.match(
        r"\s*(?:bootstrapped\s+)?(?:confidence\b|(?:prediction|credible)\s+(?:intervals?|bands?|sets?|regions?)\b)",
        s.text[q.tail : q.tail + 30],
    ) or re.search(r"(?i)\bnominal\s+\Z", left):
        return True
    if _AT_WHICH.search(
        s.text, max(s.lo, q.lead - 80), q.lead
    ):  # "the lead time at which ACC falls below 0.6"
        return True
    within = _WITHIN_DISTANCE.search(s.text, max(s.lo, q.lead - 80), q.lead)
    if (
        within
        and _DISTANCE.match(s.text, q.end, s.hi)
        and _COUNTING.search(s.text, max(s.lo, within.start() - 120), within.start())
    ):
        # what counts, a share of items within a distance: "localizes 16.9% of images within 1 km, 25 km
        # and 750 km", "counted as correct if ... within 25 meters"; not a distance reached ("the drone
        # lands within 0.3 m of the target")
        return True
    bounded = _THRESHOLD.search(s.text, max(s.lo, q.lead - 20), q.start)
    return bounded is not None and _THRESHOLD_AFTER.match(s.text, q.tail, s.hi) is not None


# the share or count of labels a method is given is its setting
_LABEL_BUDGET_BEFORE = re.compile(r"(?i)\b(?:with|using)\s+(?:only\s+|just\s+)?\Z")
# the items of a list of numbers before and after one: "with 1%, 10% and 100% of the labels"
_LIST_BEFORE = re.compile(LEVELS_LISTED + r"\Z")
_LIST_AFTER = re.compile(r"%?(?:\s*,\s*[\d.]+\s*%?)*(?:,?\s+(?:and|or)\s+[\d.]+)")
_LABELS_AFTER = re.compile(
    r"(?i)\s*%?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?)?(?:labels|labeled|labelled|annotations|annotated)\b"
)


def _label_budget(s: Sentence, q: Quantity, left: str) -> bool:
    """Whether ``q`` is a share or count of the labels a method is given, alone or in a list
    ("with 10% of the labels", "with 1%, 10% and 100% of the labels")."""
    first = _LIST_BEFORE.search(left)  # always matches, maybe empty
    if first is None or not _LABEL_BUDGET_BEFORE.search(left, 0, first.start()):
        return False
    rest = _LIST_AFTER.match(s.text, q.end, s.hi)
    return _LABELS_AFTER.match(s.text, rest.end() if rest else q.end, s.hi) is not None


def _trained_with(s: Sentence, q: Quantity) -> bool:
    """What a model is trained with ("trained with 25% genuine replay") or on a share of
    ("trained on 10% of the data"), but not a hedged depth it reaches ("trained stably with as
    many as 128 layers")."""
    trained = _TRAINED_WITH.search(s.text, max(s.lo, q.lead - 50), q.lead)
    return (
        trained is not None
        and (
            trained.group(1).lower() != "on"
            or (q.unit == "%" and _SHARE_OF.match(s.text, q.tail) is not None)
        )
        and not (q.approx and reaches_depth(s, q))
        and not _LESS_AFTER.match(s.text, q.tail)  # "trains with 3.4x less GPU memory": what it saves
    )


# a verb of doing better than systems, whose count is a count of wins ("outperforms 12 baselines")
_BEATEN = re.compile(rf"(?i)\b(?:{OUTDOING}|improv\w*|match\w*|rival\w*)")
_LESS_AFTER = re.compile(r"\s*(?:less|fewer|lower|smaller)\b")
# what the items a paper evaluates on, or counts ("120 compression papers"), are called
_ITEMS = frozenset({
    "tasks", "datasets", "benchmarks", "environments", "games", "domains", "suites", "metrics", "papers",
    "runtimes", "studies", "types", "protocols", "categories", "series",
})  # fmt: skip
# the items counted, named after two coordinated words that qualify them
_COORDINATED_ITEMS = re.compile(
    rf"\s+[a-z][\w-]*\s+(?:and|or)\s+[a-z][\w-]*\s+(?:{'|'.join(sorted(_ITEMS))})\b"
)
_WITH_TIME_STEPS, _TIME_STEPS = (
    re.compile(r"\b(?:with|using|at|in|and)\s+(?:only\s+|just\s+)?\Z"),
    re.compile(r"\s*time[\s-]?steps?\b"),
)
# a count per unit of time is a rate: "410 sentences per second"
_PER_TIME = re.compile(COUNT_PER + r"(?:second|sec|minute|hour|GPU|step)\b")


def is_description(s: Sentence, q: Quantity, metric: str | None) -> bool:
    """A size or count that describes the setting: "300B tokens", "a 7B model", "1.2M
    images", "on 12 benchmarks", "8 GPUs", "300 hours of video". Token counts the method
    reaches are context lengths, layer counts of a deep network its depth.

    >>> from kg.results.quantities import spot
    >>> t = "a 7B model on 12 benchmarks with 8 parameters and 40 GB of text reaches 52.1 AP"
    >>> s = Sentence.of(t)
    >>> [is_description(s, q, None) for q in spot(t)]
    [True, True, True, True, False]
    """
    if metric in REACHED or solved_count(s, q) is not None or reached_count(s, q) is not None:
        return False
    if q.magnitude and q.magnitude != "s" and not q.unit:  # the hedge too: "has fewer than 1M"
        return size_described(s, q)
    if q.measure in ("tokens", "layers"):  # a length reached is no size: "acceptance length ... 4.6 tokens"
        return not (q.measure == "tokens" and (metric or "").lower().endswith(" length"))
    if q.measure in ("time", "latency"):
        return time_description(s, q, metric)
    if q.measure == "memory" and (memory := memory_described(s, q)) is not None:
        return memory
    if q.measure in ("speed", "frequency"):
        return set_rate(s, q)
    if (share := _share_of_data(s, q)) is not None:
        return share
    if q.unit or q.measure or q.sign == "+" or not q.is_integer:
        return False
    following = phrase_after(s.text, q.tail, s.hi, 3)
    if following is None or re.match(r"\s+(?:relative\s+to|out\s+of)\b", s.text[q.tail : q.tail + 14]):
        return False  # "13 out of 14 datasets": a count of wins, as "41 of the 49 games"
    if _PER_TIME.match(s.text, q.tail, s.hi):  # a rate: "a throughput of 410 sentences per second"
        return False
    if _LENGTH_UNIT.match(s.text, q.tail, s.hi):  # a length, no count of things: "a track error of 118 km"
        # but the range a task sets: "detecting objects at distances of 200 meters or more"
        return _AT_RANGE.search(s.text, max(s.lo, q.lead - 30), q.lead) is not None
    if NEEDS_ONLY.search(s.text, max(s.lo, q.start - 30), q.start):  # "needs only 10 integration steps"
        return on_hardware(s, q)
    words = s.text[following[0] : following[1]].split()
    if _counts_setting(words, s.text[q.tail : following[0]]):  # "8 parameters", "12 sparse-reward tasks"
        return True
    if _COORDINATED_ITEMS.match(s.text, q.tail, s.hi):  # "12 robustness and transfer benchmarks"
        return True
    if s.mention_at(following[0], following[1], ("METRIC",)):
        return False
    # a count of systems or datasets: "We evaluate 41 reward models", the NER's or not
    systems = words[-1].lower().strip(",;:") in SYSTEM_NOUNS and not _BEATEN.search(s.text, s.lo, q.lead)
    return systems or metric_end(words) == 0 or s.mention_at(following[0], following[1], _COUNTED) is not None


def _counts_setting(words: list[str], between: str) -> bool:
    """Whether the ``words`` after a count name a size ("8 parameters", "200 dimensions") or, right
    after it (``between``: the text between), the items evaluated on, whatever words qualify them
    ("12 sparse-reward tasks").

    >>> _counts_setting(["sparse-reward", "tasks"], " "), _counts_setting(["parameters"], " "), _counts_setting(["bugs"], " ")
    (True, True, False)
    """
    while len(words) > 1 and words[-1].lower() in ("whose", "that", "which", "where"):  # "21 metrics whose"
        words = words[:-1]
    # the items are the phrase's head, or its first or second word before what qualifies them
    # ("22 metrics covering image quality", "120 compression papers published")
    items = any(w.lower().strip(",;:") in _ITEMS for w in (words[-1], *words[:2])) and not between.strip()
    return items or any(w.lower() in SIZE_NOUNS for w in words)


def _share_of_data(s: Sentence, q: Quantity) -> bool | None:
    """Whether a share names the part of a dataset a method is used with ("on only 10% of
    ImageNet-1K"); None where the number is no share of anything. Shares solved and how often
    something occurs ("errors in 28.4% of BIRD dev examples") are results."""
    share = _SHARE_OF.match(s.text, q.tail, s.hi) if q.unit == "%" else None
    if (
        share is None
        or SOLVES.search(s.text, max(s.lo, q.lead - 30), q.lead)
        or _IN.search(s.text, max(s.lo, q.lead - 12), q.lead)
    ):
        return None
    if s.field == "abstract" and _CHANGED_PART.search(s.text, max(s.lo, q.lead - 40), q.lead):
        return True  # the part an experiment changes: "removing the 1% of examples with ..."
    return s.mention_at(share.end(), share.end() + 1, ("DATASET",)) is not None


_CHANGED_PART = re.compile(
    r"(?i)\b(?:remov|replac|stor|prun|mask|dropp|ablat|corrupt|delet|perturb|poison|flipp)ing\s+"
    r"(?:(?:only|just|about|roughly|up\s+to)\s+)?(?:the\s+)?(?:(?:top|bottom|first|last)\s+)?\Z"
)


# ... or named so after it: "meets a 500 ms latency target", "under a 90% SLO attainment target"
_TARGET_AFTER = re.compile(
    r"\s*(?:(?!(?:at|a|an|the|of|to|for|with|in|on)\s)[A-Za-z][\w-]*\s+){1,3}?target"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:for|of|and|is|was|at|in|with|under)\b)"
)


def is_target(s: Sentence, q: Quantity) -> bool:
    """A level the experiment aims at, not one it reports: "requires 64x less data to
    achieve 99% accuracy", "meets a 500 ms latency target".

    >>> from kg.results.quantities import spot
    >>> t = "it requires 64x less data to achieve 99% accuracy and meets a 500 ms latency target"
    >>> s = Sentence.of(t)
    >>> [is_target(s, q) for q in spot(t)]
    [False, True, True]
    """
    return bool(_TARGET.search(s.text, s.lo, q.lead) or _TARGET_AFTER.match(s.text, q.tail, s.hi))


# a spread named before its value: "with standard deviations below 0.2 mAP", "the standard deviation
# of the final loss stays below 0.02", "with a standard deviation across datasets of 1.1 points"
_SPREAD_BEFORE = re.compile(
    r"(?i)\b(?:standard\s+deviations?|std\.?)(?:\s+(?:of|across|over)\s+(?:[\w-]+\s+){0,4}?(?:is|was|stays|remains|of)"
    r"(?:\s+(?:below|under|at|about|around))?\s+|\s+of\s+|\s+below\s+|\s+under\s+|\s+within\s+|\s+)"
    # ... or a later item of their list: "standard deviations of 0.9 and 1.4 points"
    + LEVELS_LISTED
    + r"\Z"
)


def reason(s: Sentence, q: Quantity) -> str | None:
    """Why ``q`` cannot be a result whatever it measures, or None; whether it describes
    the setting (:func:`is_description`) depends on its measure, read later.

    >>> from kg.results.quantities import spot
    >>> t = "In (1) it reaches 84.1% with k = 5 in 2021 as GPT-4 does"
    >>> s = Sentence.of(t)
    >>> [reason(s, q) for q in spot(t)]
    ['list marker', None, 'setting', 'year']
    >>> t = "Can LLMs Reason over 1M Tokens?"
    >>> [reason(Sentence.of(t), q) for q in spot(t)]
    ['question']
    """
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("deviation", lambda: _SPREAD_BEFORE.search(s.text, max(s.lo, q.lead - 80), q.lead) is not None),
        # "87.4 ± 0.6": a spread, not an outcome; "within ±0.5 points" is a gap kept
        (
            "deviation",
            lambda: (
                q.sign == "±" and not re.search(r"\bwithin\s*\Z", s.text[max(s.lo, q.lead - 10) : q.lead])
            ),
        ),
        ("chance", lambda: chance_level(s, q)),  # "the 25% chance level", "where chance is 20%"
        # the bitrate or sparsity a method runs at is its operating point: "LUMEN at 1.5 kbps
        # scores 84.2", "retains 97% of its score at 90% sparsity", "Pruning BERT to 90% Sparsity"
        (
            "operating point",
            lambda: operating_point(s, q),
        ),
        ("question", lambda: asked(s, q)),
        # what data is like: "612 documents with an average length of 47.6 pages", "videos lasting
        # from 1 to 10 minutes", "spans ranging from 30 seconds to over 20 minutes"
        ("data statistic", lambda: data_statistic(s, q)),
        ("requirement", lambda: required(s, q)),  # "delay must stay below about 10 ms"
        ("varied count", lambda: varied_count(s, q)),  # "when the number of tasks grows from 8 to 20"
        ("year", lambda: is_year(s, q)),
        ("list marker", lambda: is_list_marker(s.text, q)),
        ("ratio", lambda: in_ratio(s.text, q)),  # "a 6:1 ratio of linear to softmax layers"
        ("name", lambda: in_name(s, q)),
        ("setting", lambda: is_setting(s, q)),
        # the time steps a spiking network runs with: "SpikeMixer-L with 4 time steps achieves 80.6%"
        (
            "time steps",
            lambda: (
                _WITH_TIME_STEPS.search(s.text, max(s.lo, q.lead - 16), q.lead) is not None
                and _TIME_STEPS.match(s.text, q.tail, s.hi) is not None
            ),
        ),
        ("target", lambda: is_target(s, q)),
        ("condition", lambda: is_condition(s, q)),
    )
    return next((name for name, hit in checks if hit()), None)
