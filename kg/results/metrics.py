"""What a number measures, read from the words right next to it.

Rules in the order they are tried, each on a few words of context:

1. after the number: a measure named at once ("52.6% mIoU"), a comparative and its head
   ("40% less memory", "2.5x faster decoding"), a noun of change and its object ("a 9-fold
   reduction in visual tokens"), a share ("25% of the parameters"), and what
   :mod:`~kg.results.counts` reads: wins, preference, what is solved, an acronym ("57.9 NDS");
2. before the number: "<measure> of|:|=|( N" ("an FID of 2.10", "NDCG@10 (0.72)"), a verb of
   change and its object ("reduces errors by 21%", "improves Recall@10 over X by 12.4%") or
   its subject ("response length grows by 4%"), a margin over other systems ("outperforms X
   by 12%", whose measure is "performance" unless one is named), and the shapes of
   :mod:`~kg.results.shapes` (a gap kept "within" one, levels in brackets after a change);
3. the unit itself, for units outside the guidelines' list (FPS is a speed);
4. for the whole sentence: :mod:`~kg.results.stated`.

Each rule gives a :class:`MetricHit`; ``strong`` hits are named next to the number, weak
ones are guessed, and numbers without a unit need a strong one to count as results.
"""

from __future__ import annotations

import re

from .changes import by_change, change_in, changed
from .counts import counted, more_often, unlisted
from .factors import factor_after_verb
from .gaps import closed, kept_within
from .hits import (
    AVERAGING,
    MetricHit,
    as_many,
    named,
    names_measure,
    of_phrase,
    owned_measure,
    per_unit,
    phrase_hit,
)
from .quantities import Quantity
from .reached import SCORED, property_named
from .shapes import WITHIN, measure_on, shaped
from .solving import solved
from .speeds import speed, title_measure
from .subjects import number_of, subject_head
from .text import Sentence, clause_start, phrase_after, phrase_before, words_after, words_before
from .units import per_second
from .vocabulary import (
    ADJECTIVE_METRICS,
    CHANGE_NOUNS,
    CHANGE_VERB,
    COMPARATIVES,
    GAIN_NOUNS,
    INSTEAD_OF,
    SOLVES,
    SPEED_WORDS,
    SYSTEM_NOUNS,
    UNMODIFIED,
    is_metric_word,
)

# a measure labelling the number that follows it in brackets: "(AUC 0.8031"
_LABEL = re.compile(r"\(\s*([A-Za-z][\w@-]*(?:\s[A-Za-z][\w@-]*)?)\s+\Z")
_BARE_LABEL = re.compile(r"(?:^|(?<=[\s,;:]))([A-Za-z][\w@-]*)\s\Z")
# a measure's short name, written with capitals ("FID", "mIoU", "BLEU", "Recall@1")
_SHORT_NAME = re.compile(r"[A-Za-z]*[A-Z][\w@-]*")
# a copula before a share: "the memory overhead is below 1% of"
_IS_SHARE = re.compile(
    r"\s(?:is|are|was|were)\s+(?:below|under|above|over|about|around|only|just|less\s+than)?\s*\Z"
)
# what joins a measure to the number after it: "an FID of 2.10", "FID: 2.81", "NDCG@10 (0.72)", "is rated 3.52"
_CONNECTOR = re.compile(
    r"(?:\b(?:of|(?:is|was|are|were)(?:\s+(?:rated|measured\s+at))?|from|between|reach(?:es|ed)?)"
    r"(?:\s+(?:only|just|merely|still))?(?:\s+(?:under|below))?|[:=(])\s*$"
)
# "to" that likens a level to another, not one a change moves to: "compared to 81% for QLoRA"
_LIKENED = re.compile(r"\b(?:compared|relative|close|similar|comparable|equivalent|equal|identical)\s+to\s*$")
_MATCHING_THE = re.compile(r"(?i)\b(?:match|rival|approach|exceed|surpass)\w*\s+the\s+\Z")
_COUNT_BEFORE = re.compile(r"(?i)\b(?:the|all|across|over)\s+\Z")
# a measure taken between two things: "the mean absolute error between predicted and "
_BETWEEN = re.compile(
    r"(?:\b(?:the|a|an|its|their)\s+)?((?:[\w@-]+\s+){0,2}[\w@-]+)\s+between\s+(?:[\w@-]+\s+){1,4}\Z"
)
# "by 2.3", "by only 4%": a margin or a change
_BY = re.compile(
    r"(?i)\bby\s+(?:the\s+|only\s+|just\s+|merely\s+|between\s+|an\s+average\s+of\s+|a\s+further\s+|another\s+)?$"
)
_BY_FACTOR = re.compile(r"by\s+a\s+factor\s+of\b")
# "the compression ratio is typically not higher than x10"
_THAN = re.compile(
    r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}(?:higher|lower|greater|less|more|better|worse)\s+than\s*$"
)
# verbs after which a share of anything is an outcome: "retaining 97% of its understanding"
_RETAINS = re.compile(
    r"(?i)\b(retain|maintain|preserv|keep|achiev|reach|recover|match|attain)\w*\s+(?:\w+\s+)?$"
)
# a share kept of a measure is that measure retained (recovered): "preserves 98.6% of the
# original average performance" → "original average performance retained"
_KEPT_SHARE = {"retain": "retained", "maintain": "retained", "preserv": "retained", "keep": "retained",
               "recover": "recovered"}  # fmt: skip
# words between a number and its noun of change: "a 72% relative reduction in error rate"
_LEADING = frozenset({"relative", "absolute", "average", "overall"})
# a short form in brackets between a measure and its connector, maybe with a variant after a
# comma: "an Inception Score (IS) of", "a Frechet Audio Distance (FAD, VGGish) of"
_SHORT_FORM = re.compile(r"\s*\(\s*([A-Za-z][\w@-]{0,9})(?:\s*,\s*[\w@ -]{1,20})?\s*\)\s*$")

_TIME_STEPS = re.compile(r"(?i)time[\s-]?steps?\b")
# what a component adds "to" a measure: "adds roughly 3% to end-to-end latency"
_ADDS = re.compile(r"(?i)\badd(?:s|ed|ing)?\s+(?:\w+\s+)?\Z")
# a gap to a reference narrowed to a level, the reference named on the way
_GAP_TO = re.compile(
    r"(?i)\b(?:narrow|reduc|shrink|clos|cut)\w*\s+(?:the\s+|its\s+)?(?:(?:average|mean|remaining)\s+)?"
    r"(gap)\s+(?:to|with)\b[^.;]{0,80}?\bto\s+\Z"
)
# a measure named right before "of" and the number: "a balanced accuracy of"
_MEASURE_OF = re.compile(r"([\w@-]+)\s+of\s+\Z")
# a measure's short form in capitals: "F1", "LSE-C", "CLIP-T"
_ACRONYM_MEASURE = re.compile(r"[A-Z][A-Za-z0-9@-]{0,11}")
# the place a measure is on, right before the verb that gives its level: " on the WBM test set"
_PLACE_BEFORE = re.compile(r"\s(?:on|in|across|over)\s+(?:the\s+)?(?:\S+\s+){0,4}?\S+\s*\Z")


def after(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure stated right after the number (rule 1).

    >>> from kg.results.quantities import spot
    >>> t = "with 40% less memory, 2.5x faster decoding, a 9-fold reduction in visual tokens and 52.6% mIoU"
    >>> s = Sentence.of(t)
    >>> [(h.name, h.relative) for h in (after(s, q) for q in spot(t))]
    [('memory', True), ('decoding speed', True), ('visual tokens', True), ('mIoU', False)]
    >>> t = "it gets 62.42 (GLEU), 45.7% correct, and it surpassed DQN in 41 of the 49 games"
    >>> [after(Sentence.of(t), q).name for q in spot(t)[:3]]
    ['GLEU', 'accuracy', 'games']
    >>> t = "raters preferred it in 61% of 500 pairwise comparisons"
    >>> after(Sentence.of(t), spot(t)[0]).name
    'preference'
    """
    found = counted(s, q)
    if found is not None:
        return found
    if (rate := per_second(s, q)) is not None:
        return rate
    ws = words_after(s.text, q.tail, s.hi, 4)
    lw = [w.group().lower() for w in ws]
    i = 1 if len(lw) > 1 and lw[0] in _LEADING and lw[1] in CHANGE_NOUNS else 0
    head = lw[i] if len(lw) > i else ""
    if head in SPEED_WORDS:
        return speed(s, q, ws[i].end())
    if (compared := _compared(s, q, ws[i:], lw[i:])) is not None:
        return compared
    if head in CHANGE_NOUNS:
        if len(lw) > i + 1 and lw[i + 1] in ("in", "of"):
            span = phrase_after(s.text, ws[i + 1].end(), s.hi)
            return phrase_hit(s, of_phrase(s, span) if span else None)
        return MetricHit(None, relative=True, comparison=head in GAIN_NOUNS, noun=True)
    if head == "of" and len(lw) > 1 and lw[1] in CHANGE_NOUNS:  # "9.8 percentage points of improvement"
        return MetricHit(None, relative=True, comparison=lw[1] in GAIN_NOUNS)
    if head == "of" and q.unit == "%" and (solves := SOLVES.search(s.text, max(s.lo, q.lead - 30), q.lead)):
        return solved(s, solves.group(1).lower(), ws[0].end())
    if head == "to" and len(ws) > 1 and _ADDS.search(s.text, max(s.lo, q.lead - 30), q.lead):
        return named(s, phrase_after(s.text, ws[0].end(), s.hi) or (q.tail, q.tail), relative=True)
    if head == "in" and (changed := change_in(s, q, ws)) is not None:
        return changed
    if head in ("of", "in") and (q.unit in ("%", "x", "points", "pp") or q.measure == "dB") and len(ws) > 1:
        return _share(s, q, head, ws[0].end())
    span = phrase_after(s.text, q.tail, s.hi)
    # a count of time steps is no time: "stable rollouts over 1,000 time steps"
    hit = named(s, span) if span and not _TIME_STEPS.match(s.text, span[0]) else None
    # "(87.4 vs. 87.7 average GLUE)": scores; not a count of a benchmark's items ("the 6 AntMaze tasks")
    counted_items = q.is_integer and _COUNT_BEFORE.search(s.text, max(s.lo, q.lead - 8), q.lead)
    if hit is None and span and not counted_items and _benchmark_only(s, span):
        return MetricHit(f"{s.text[span[0] : span[1]]} score", *span)
    if hit is not None:  # "5% top-1 accuracy improvement", "+22.4 R@1 gains", "45% memory reduction"
        following = re.match(r"\s+(\w+)(\s+than\b)?", s.text[hit.end : hit.end + 30])
        word = following.group(1).lower() if following else ""
        last = hit.name.split()[-1].lower() if hit.name else ""
        # "2.1 AP higher than DINO" is a margin too
        hit.relative = word in CHANGE_NOUNS or last in CHANGE_NOUNS or bool(following and following.group(2))
    return hit or unlisted(s, q)


def _compared(s: Sentence, q: Quantity, ws: list[re.Match[str]], lw: list[str]) -> MetricHit | None:
    """The measure of a comparison after a number (``ws``, its words): "more/less" and an adjective,
    a comparative ("40% fewer visual tokens") or "as many" ("3.6x as many parameters")."""
    if lw[:1] in (["more"], ["less"]) and len(lw) > 1 and (adjective := _adjective(lw[1:3])):
        return adjective
    if lw[1:2] == ["often"] and lw[0] in ("more", "less"):
        return more_often(s, q)
    if lw[:1] and lw[0] in COMPARATIVES:
        return _comparative(s, q, ws, lw)
    if q.unit == "x" and lw[:2] in (["as", "many"], ["as", "much"]):
        return as_many(s, ws[1])
    return None


def _comparative(s: Sentence, q: Quantity, ws: list[re.Match[str]], lw: list[str]) -> MetricHit:
    """The measure of a comparative after a number (``ws``, its words from the comparative on):
    the phrase after it ("40% fewer visual tokens"), or in it ("12x smaller in memory"), else
    the adjective's measure ("2x smaller" → size); "2% better" and "17 points lower" are margins
    with no measure; what costs more or less, with nothing named after it, its cost.

    >>> from kg.results.quantities import spot
    >>> t = "it costs 17x less per question and about 9% more compute per step"
    >>> [after(Sentence.of(t), q).name for q in spot(t)]
    ['cost per question', 'compute']
    """
    # nothing named after it: "costs 17x less per question", "costs 4x more." (not "4x more GPU hours")
    bare = len(lw) == 1 or lw[1] in ("per", "than") or _WORD_NEXT.match(s.text, ws[0].end()) is None
    if lw[0] in ("more", "less") and bare and _COSTS.search(s.text, max(s.lo, q.lead - 30), q.lead):
        per = _PER.match(s.text, ws[0].end(), s.hi)  # "costs 17x less per question": cost per question
        return MetricHit(f"cost {per.group(1)}" if per else "cost", strong=True, relative=True)
    in_what = len(lw) > 1 and lw[1] == "in"
    span = phrase_after(s.text, ws[1 if in_what else 0].end(), s.hi)
    titled = (
        title_measure(s, span, ADJECTIVE_METRICS[lw[0]]) if span and lw[0] in ("smaller", "cheaper") else None
    )
    if titled is not None:  # "4x Smaller Knowledge Graph Embeddings": embedding size
        return titled
    hit = phrase_hit(s, span)
    gain = lw[0] in ("more", "better", "higher", "greater") or (
        q.unit == "points" and lw[0] in ("lower", "worse")
    )
    if hit is not None and (hit.name or "").lower() in AVERAGING:  # "a 2.9 pp higher average": no measure
        hit = None
    if hit is not None and hit.name and lw[0] == "cheaper" and not is_metric_word(hit.name.split()[-1]):
        hit.name = f"{hit.name} cost"  # "4x Cheaper Speech Pretraining": the process's cost
    adjective = ADJECTIVE_METRICS.get(lw[0])
    if adjective == "length" and _TAKES.search(s.text, max(s.lo, q.lead - 24), q.lead):
        adjective = "time"  # "editing takes 3.1x longer than MEMIT"
    return hit or MetricHit(adjective, strong=lw[0] in ADJECTIVE_METRICS, relative=True, comparison=gain)


# a system that costs more or less: "costs roughly 20x less per thousand judgments"
_COSTS = re.compile(r"(?i)\bcost(?:s|ing)?\s+(?:(?:about|roughly|only|nearly|around|up\s+to)\s+)?\Z")
_WORD_NEXT = re.compile(r"\s+\w")
_PER = re.compile(
    r"\s+(per\s+[a-z][\w-]*(?:\s+(?!(?:than|and|or|but|while|whereas|with|on|at|for|in|to|of)\b)[a-z][\w-]*)?)"
)
# a process that takes longer or shorter takes more or less time
_TAKES = re.compile(
    r"\b(?:takes|took|take|taking|runs|ran|lasts)\s+(?:(?:about|roughly|only|nearly|around)\s+)?\Z"
)


def _benchmark_only(s: Sentence, span: tuple[int, int]) -> bool:
    """Whether the phrase is a dataset's name alone, after averaging words ("average GLUE"),
    closing its clause: a benchmark whose score the number is."""
    start = span[0]
    for w in re.finditer(r"\S+", s.text[span[0] : span[1]]):
        if w.group().lower() not in AVERAGING:
            start = span[0] + w.start()
            break
    named = s.mention_at(start, span[1], ("DATASET",))
    closed = re.match(r"\s*(?:[),;.]|$)", s.text[span[1] : span[1] + 2]) is not None
    return named is not None and named.start == start and named.end == span[1] and closed


def _share(s: Sentence, q: Quantity, head: str, pos: int) -> MetricHit | None:
    """The measure of "N% of the parameters" (a share of a measure, or of anything a system
    retains or reaches: "retaining 97% of its language understanding") or "4x in
    wall-clock time"; not "trained on 10% of the data" or "masks 75% of the tokens", nor a gap
    to the full-precision model ("within 1.4 points of full precision")."""
    within = WITHIN.search(s.text, max(s.lo, q.lead - 30), q.lead)
    span = phrase_after(s.text, pos, s.hi)
    if (
        within and span and (gap := kept_within(s, span)) is not None
    ):  # "within 0.6% of full-precision accuracy"
        return gap
    if re.match(r"\s*full[\s-]precision\b", s.text[pos : pos + 20]) or _MATCHING_THE.search(
        s.text, max(s.lo, q.lead - 30), q.lead
    ):
        return None  # "nearly matching the 76.3% of full-data training": a system's level
    if (
        head == "in"
        and (of := _MEASURE_OF.search(s.text, max(s.lo, q.lead - 40), q.lead))
        and is_metric_word(of[1])
    ):
        return None  # "a balanced accuracy of 78.3% in sentence-level error detection": the task
    copula = _IS_SHARE.search(s.text, s.lo, q.lead) if head == "of" else None
    subject = phrase_before(s.text, copula.start(), s.lo) if copula else None
    hit = named(s, subject) if subject else None
    if hit is not None:  # "the memory overhead is below 1% of the model footprint": the subject
        return hit
    if span is None or s.text[span[0] : span[1]].lower() == "time":  # "73% of the time": how often
        return None
    # a gap to a system names no measure: "within 0.3% of the full-precision model", "... cache"
    if within and (
        s.text[span[0] : span[1]].split()[-1].lower() in SYSTEM_NOUNS or UNMODIFIED.match(s.text, span[0])
    ):
        return None
    if head == "of" and (gap := closed(s, q.lead, pos)) is not None:
        return gap
    retains = _RETAINS.search(s.text, max(s.lo, q.lead - 30), q.lead) if head == "of" else None
    if retains:
        hit = phrase_hit(s, of_phrase(s, span))
        kept = _KEPT_SHARE.get(retains.group(1).lower())
        if hit is not None and hit.name and kept and not hit.name.lower().endswith(kept):
            hit.name = f"{hit.name} {kept}"
        return hit
    return named(s, of_phrase(s, span), relative=True)


def _adjective(lw: list[str]) -> MetricHit | None:
    """The measure of an adjective: "more accurate" → accuracy, "more memory efficient" →
    memory efficiency."""
    if lw[0] in ADJECTIVE_METRICS:
        return MetricHit(ADJECTIVE_METRICS[lw[0]], relative=True)
    if len(lw) > 1 and lw[1] in ADJECTIVE_METRICS:
        return MetricHit(f"{lw[0]} {ADJECTIVE_METRICS[lw[1]]}", relative=True)
    return None


def _settled_before(s: Sentence, q: Quantity, left: str) -> tuple[bool, MetricHit | None]:
    """What the words before a number settle at once: no measure after a system that scores
    ("the resulting model scores 80.4%") or before a level compared ("instead of 4.9 TB"); a
    gap narrowed to the number ("narrows the average gap to the FP16 model ... to 1.2 points");
    the change "by" it ("reduces errors by 21%")."""
    if SCORED.search(left) or INSTEAD_OF.search(left):
        return True, None
    gap = _GAP_TO.search(left)
    if gap:
        return True, MetricHit(gap.group(1), s.lo + gap.start(1), s.lo + gap.end(1), relative=True)
    by = _BY.search(s.text, s.lo, q.lead) or _BY_FACTOR.match(s.text, q.lead, q.start)
    if by is None and q.unit == "x" and factor_after_verb(s, q):
        return True, by_change(s, q.lead)  # "by" left out: "reduces memory 3x", "is reduced 5x"
    return (True, by_change(s, by.start())) if by else (False, None)


def before(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure stated before the number (rule 2).

    >>> from kg.results.quantities import spot
    >>> t = "an FID of 2.10; it reduces errors by 21%, outperforms GPT-4 by 12; latency is cut by 3%"
    >>> s = Sentence.of(t)
    >>> [(h.name, h.comparison) for h in (before(s, q) for q in spot(t))]
    [('FID', False), ('errors', False), (None, True), ('latency', False)]
    >>> t = "an Inception Score (IS) of 166.5, while its recall stays within 0.02 of the teacher"
    >>> [before(Sentence.of(t), q).name for q in spot(t)]
    ['IS', 'recall gap']
    """
    left = s.text[s.lo : q.lead]
    settled, hit = _settled_before(s, q, left)
    if settled:
        return hit
    decided, hit = shaped(s, q, left)
    if decided:
        return hit
    m = _THAN.search(left)
    if m:
        return phrase_hit(s, phrase_before(s.text, s.lo + m.start(), s.lo), relative=True)
    m = _CONNECTOR.search(left)
    connector = m.group().split()[0] if m and m.group().strip() else ""  # "is only" → "is"
    to = re.search(r"\bto\s*$", left) is not None and not _LIKENED.search(left)
    if m is None and q.lead == q.start and not to:
        return _labelled(s, q)
    if connector == "from" and not CHANGE_VERB.search(left):
        return None  # "from" gives levels only after a verb of change ("scores range from 0 to 1")
    pos = s.lo + m.start() if m else q.lead
    short = _SHORT_FORM.search(s.text, s.lo, pos)
    pos = short.start() if short else pos
    span = phrase_before(s.text, pos, s.lo)
    if span is None:
        return None if short else _defined(s, pos) or (changed(s, q) if to or connector == "from" else None)
    span = span if connector in ("from", "by") else measure_on(s, span)
    hit = named(s, span, relative=True) or per_unit(s, span)
    if hit is None and short and _ACRONYM_MEASURE.fullmatch(short.group(1)):  # "quality (F1) from"
        hit = MetricHit(short.group(1), short.start(1), short.end(1), relative=True)
    if connector in ("is", "was", "from") and (between := _BETWEEN.search(s.text, s.lo, span[0])):
        # "The mean absolute error between predicted and true Elo is 18.6": what lies between
        hit = named(s, between.span(1), relative=True) or hit
    if hit is None and connector == "from":  # "lowers FVD on 30-second clips from 612 to 438"
        return changed(s, q)
    if hit is None and connector in ("is", "was", "are", "were", "reaches", "reached"):
        hit = _unnamed_subject(s, q, span, pos, connector)
    if hit is not None and short:  # the shortest complete form (guidelines, section 2)
        hit = MetricHit(short.group(1), short.start(1), short.end(1), hit.entity)
    phrase = s.text[span[0] : span[1]]
    if hit is not None:  # "AUROC improvements of up to 12%" states a change, "from 5% to 3%" levels
        hit.relative = connector != "from" and any(w.lower() in CHANGE_NOUNS for w in phrase.split())
    if hit is None and phrase.split()[-1].lower() in CHANGE_NOUNS:
        return _of_change(s, span)
    # a phrase before a colon is what the numbers after it are of, not their measure: a
    # system's level in brackets ("(vanilla 3DGS: 27.45 dB)", "(teacher: 19.4)"), a comparison
    # ("over a VQGAN of the same size: 0.72 versus 2.28")
    loose = m is not None and connector in ("of", "=") and not q.is_integer
    if hit is None and loose and names_measure(phrase):
        hit = MetricHit(phrase, span[0], span[1])
    return hit


def _unnamed_subject(
    s: Sentence, q: Quantity, span: tuple[int, int], pos: int, connector: str
) -> MetricHit | None:
    """The measure a subject at ``span`` names without a metric word, its verb at ``pos``: a
    system's measure, one taken on a dataset, a property, a count of items, or the subject's
    head past what it is taken after ("Average detection latency after seizure onset is 6.2
    seconds"; a unit's measure but time's stands: "energy ... is 7.3 mJ"); after a plural verb,
    only a factor's ("The memory savings at 4 bits are about 3.6x")."""
    if connector in ("are", "were") and q.unit != "x":
        return None
    if connector in ("is", "was"):
        hit = owned_measure(s, span) or _measured_on(s, span) or property_named(s, span)
        if hit is not None:
            return hit
    counted = number_of(s, pos)
    # a factor the subject's head is: "The memory savings at 4 bits are about 3.6x"
    factor = q.unit == "x" and connector in ("is", "was", "are", "were")
    if counted is not None or not (
        factor or (connector in ("is", "was") and q.measure in ("", "time", "latency"))
    ):
        return counted
    head = subject_head(s, clause_start(s.text, s.lo, pos), pos)
    return named(s, head, relative=True) if head and head != span else None


def _measured_on(s: Sentence, span: tuple[int, int]) -> MetricHit | None:
    """The measure named before the place a level "is" on: "its energy MAE on the WBM test
    set is 28 meV/atom".

    >>> t = "its energy MAE on the WBM test set is 28 meV/atom"
    >>> _measured_on(Sentence.of(t), (t.index("WBM"), t.index(" is"))).name
    'MAE'
    """
    place = _PLACE_BEFORE.search(s.text, s.lo, span[1])
    before = phrase_before(s.text, place.start(), s.lo) if place else None
    return named(s, before, relative=True) if before else None


def _labelled(s: Sentence, q: Quantity) -> MetricHit | None:
    """A measure written right before its number, as a label in brackets or after a
    bracket's opening: "(AUC 0.8031 vs. 0.8029)", "the teacher (FID 2.27)".

    >>> from kg.results.quantities import spot
    >>> t = "(AUC 0.8031 vs. 0.8029), the teacher (FID 2.27) and ResNet 50"
    >>> [h and h.name for h in (_labelled(Sentence.of(t), q) for q in spot(t))]
    ['AUC', None, 'FID', None]
    """
    m = _LABEL.search(s.text, max(s.lo, q.lead - 30), q.lead)
    if m is None or not (is_metric_word(m.group(1)) or s.mention_at(*m.span(1), ("METRIC",))):
        # "reaches FID 2.31", "FID 1.98 in Four Steps": a measure's short name as its label
        m = _BARE_LABEL.search(s.text, max(s.lo, q.lead - 20), q.lead)
        if m is None or not s.mention_at(*m.span(1), ("METRIC",)) or not _SHORT_NAME.fullmatch(m.group(1)):
            return None
    return MetricHit(m.group(1), *m.span(1))


def _of_change(s: Sentence, span: tuple[int, int]) -> MetricHit:
    """The measure of "<noun of change> of N": a short form just before the noun ("a
    comparative MOS (CMOS) gain of +0.31"), else none named ("an average enhancement of 3.5%")."""
    noun = s.text[span[0] : span[1]].split()[-1]
    short = _SHORT_FORM.search(s.text, s.lo, span[1] - len(noun))
    if short is not None:
        return MetricHit(short.group(1), short.start(1), short.end(1), relative=True)
    return MetricHit(None, relative=True, comparison=noun.lower() in GAIN_NOUNS, noun=True)


def _defined(s: Sentence, pos: int) -> MetricHit | None:
    """The measure whose short form ends at ``pos`` when the text defined it in brackets
    after the measure's name ("an Inception Score (IS) of 166.5 ... the best IS of 52.52");
    short forms such as "IS" read as function words otherwise.

    >>> t = "an Inception Score (IS) of 166.5 over the best IS of 52.52"
    >>> _defined(Sentence.of(t), t.rindex(" of")).name
    'IS'
    """
    word = re.search(r"(?<![\w-])([A-Z][A-Za-z0-9@-]{0,9})\s*$", s.text[max(0, pos - 12) : pos])
    if word is None:
        return None
    for m in re.finditer(rf"\(\s*{re.escape(word.group(1))}\s*\)", s.text[:pos]):
        span = phrase_before(s.text, m.start(), 0)
        if span is not None and named(s, span) is not None:
            return MetricHit(
                word.group(1), pos - len(word.group(0)), pos - len(word.group(0)) + len(word.group(1))
            )
    return None


def cue_before(s: Sentence, q: Quantity) -> MetricHit:
    """The cues of change before a number whose measure is named after it: "by 7.06 mAP"
    (a margin), "a reduction of up to 62% GFLOPs".

    >>> from kg.results.quantities import spot
    >>> t = "it beats X by 7.06 mAP and gives a reduction of 62% GFLOPs at 52% mIoU"
    >>> s = Sentence.of(t)
    >>> [(h.relative, h.comparison) for h in (cue_before(s, q) for q in spot(t))]
    [(True, True), (True, False), (False, False)]
    """
    if _BY.search(s.text, s.lo, q.lead):
        return MetricHit(None, relative=True, comparison=True)
    words = [w.group().lower() for w in words_before(s.text, q.lead, s.lo, 2)]
    return MetricHit(None, relative=len(words) == 2 and words[1] == "of" and words[0] in CHANGE_NOUNS)
