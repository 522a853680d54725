"""What a verb of change moves: the measure of "improves BLEU by 2.3", "response length
grows by 4%", "latency is cut from 120 ms to 45 ms", or a margin over other systems
("outperforms GPT-4 by 12%") that names none.

The object of the verb is the measure, else (with no object) its subject, past an
auxiliary, an opening phrase or a conjunction; a system as object makes the number a
margin, whose measure is "performance" unless the sentence names one elsewhere.
"""

from __future__ import annotations

import re

from ..extract.gazetteer import fold_name
from .hits import ACRONYM, AVERAGING, MetricHit, named, of_complement, of_phrase, phrase_hit
from .lowered import count_lowered
from .measured import known_names
from .object_levels import ACCEPTED, object_moved
from .quantities import Quantity
from .rate_of import BARE_RATE, of_what
from .subjects import subject_end, subject_head
from .text import Sentence, clause_start, phrase_after, phrase_before
from .units import named_time
from .vocabulary import (
    CHANGE_NOUNS,
    CHANGE_VERB,
    MOVE_VERB,
    SHARE_NOUNS,
    SYSTEM_NOUNS,
    SYSTEM_VERB,
    is_metric_word,
)

# a first change in a coordination of two: "by 1.7% and"
_BY_THEN = re.compile(
    r"(?i)\b(?:by|from\s+\S+(?:\s+[a-zA-Z]{1,3})?\s+to)\s+(?:\S+\s+){1,8}?(?:and|,)\s+(?:(?:the|its|their)\s+)?"
)
# a phrase of one to three nouns in small letters, named right after the coordination
_PLAIN_NOUNS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
_SHARE_CHANGED = re.compile(rf"\s*((?:{'|'.join(SHARE_NOUNS)})\s+of\s+[^,;()]{{1,60}}?)\s*\Z")
_ACRONYM_BEFORE = re.compile(rf"(?:^|[(,:;]\s*|\s)({ACRONYM})\s*\Z")
# the auxiliary of a passive or of "gets": "latency is (further) reduced"
_ADVERB = re.compile(r"(?i)\w+ly")
_PRONOUNS = frozenset({"it", "them", "this", "these", "those", "that"})
# an object that refers back to the measure changed before it: "whereas X improves it by 3.8 points"
_PRONOUN_OBJECT = re.compile(r"(?i)\s+(?:it|them)\s+(?:further\s+|\w+ly\s+)?")
# verbs whose gain on a system is speed, or its compression ratio
_SPEEDS_UP = re.compile(r"(?i)accelerat|speed")
_COMPRESSES = re.compile(r"(?i)compress")
# ... or makes smaller, whose size it then reduces: "shrinks the KV cache by 4.3x"
_SHRINKS = re.compile(r"(?i)compress|shrink|shrank|reduc|cut")
# what is stored, whose size compressing it reduces: "compresses the KV cache by 60%"
_STORED = re.compile(r"(?i)\b(?:cache|tables?|index|embeddings)\b")
# the head of a process such a verb speeds up: "speeds up Whisper-large-v3 decoding",
# "accelerates greedy decoding" (guidelines, section 9: decoding speed)
_PROCESS = re.compile(r"(?i)[a-z-]{2,}ing|inference|generation|computation|convergence|search")
# levels, then another object of the same verb moved "from" the number: "from 91.3% to 95.8% and
# background consistency from "
# (or to: "improves predicate Recall@3 to 91.4% and triplet Recall@50 to")
_SECOND_FROM = re.compile(
    r"\d[^;:]*?\band\s+(?!(?:with|without|at|on|in|under|for|by|using)\b)(?:the\s+)?(?:[\w@-]+\s+){1,3}?(from|to)\s+\Z"
)  # (not a setting: "and with default hyperparameters to 64.3")
# verbs that move a quantity, never a system
_QUANTITY_VERB = re.compile(r"(?i)(?:increas|decreas|reduc|rais|lower|cut)\w*")
# a share that moves, and what it is a share of
# (or a rate: "reduces the rate of broken or incomplete meshes from 18%")
_SHARE_OF = re.compile(
    rf"(?i)(?:{'|'.join(SHARE_NOUNS)}|(?<=the\s)rate)\s+of\s+((?:[\w-]+\s+){{0,7}}?[\w-]+)\s+(?:from|to)\s+\Z"
)
# a measure referred back to: "exceeds that of MAE by"
_THAT_OF = re.compile(r"(?i)\s+(?:that|those)\s+of\b")


# the condition a comparison is made under, never what moves
_CONDITION = re.compile(r"(?i)\b(?:budget|setting|settings|conditions?)$")
# the last of places a change is on, right before "by": "improves retrieval on DCI and Urban1K by"
_ON_PLACES = re.compile(r"\bon\s+(?:the\s+)?(?:[\w.@+/-]+(?:,\s*|\s+))*?(?:and\s+)?\Z")
# an average over sets, which names no measure: "improves the average over 30 downstream tasks by"
_AVERAGE_OVER = re.compile(r"(?i)\s+(?:the|its)\s+(?:average|mean)\s+(?:over|across)\s+[^,;:]+\Z")
# the measure named after the level a change moves to: " to 24.6 mIoU"
_TO_MEASURE = re.compile(r"\s+to\s+[~≈]?[\d.,]+\s*%?\s*([\w@-]+)")
# a verb of change right before the levels it moves between
_ADVERB_WORD = r"(?:\w+ly|even|more|much|further|still)"
_FROM_TO = re.compile(rf"(?:\s+{_ADVERB_WORD})*,?\s+(?:from|to)\s+[~≈]?\d")
_ADVERBS = re.compile(rf"{_ADVERB_WORD}(?:\s+{_ADVERB_WORD})*")

# adverbs between a subject and its verb of change: "FID further drops to 1.71" (the auxiliary of a
# passive, "is reduced to 0.08", subjects.subject_end steps past)
_ADVERB_BEFORE = re.compile(rf"\b{_ADVERB_WORD}(?:\s+{_ADVERB_WORD})*\s+\Z")


def changed(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure a verb of change takes as object when a level follows "from" or "to" far
    from it: "improve the performance of X on Y – from 65.67% to 70.24%"; a benchmark
    pushed to a level is its performance ("pushing the GLUE benchmark to 82.2%").

    >>> from kg.results.quantities import spot
    >>> t = "pushing the GLUE benchmark to 82.2%, and raising the depth to 16; accuracy climbs to 68.4%"
    >>> s = Sentence.of(t)
    >>> [h and h.name for h in (changed(s, q) for q in spot(t))]
    ['performance', None, 'accuracy']
    """
    lo = clause_start(s.text, s.lo, q.lead)
    if (share := _moved_share(s, lo, q.lead)) is not None:
        return share
    verbs = list(CHANGE_VERB.finditer(s.text, lo, q.lead))
    span = phrase_after(s.text, verbs[-1].end(), q.lead) if verbs else None
    # the second object of one verb, past the first's levels: "improves subject consistency from
    # 91.3% to 95.8% and background consistency from 93.0%"
    second = _SECOND_FROM.search(s.text, verbs[-1].end(), q.lead) if verbs else None
    other = phrase_before(s.text, second.start(1), second.start()) if second is not None else None
    # a measure's name, not a parallel place ("and MathVerse from", "and on AndroidWorld from")
    if (
        other is not None
        and s.text[other[0]].islower()
        and not s.mention_at(*other, ("DATASET", "MODEL", "METHOD"))
    ):
        span = other
    if span is not None and _ADVERBS.fullmatch(
        s.text, span[0], span[1]
    ):  # "improves even more markedly, from"
        span = None
    if q.is_integer and not q.unit and (counted := count_lowered(s, verbs, q)) is not None:
        return counted
    implied = q.measure not in ("", "dB")  # decibels are PSNR's as much as any other measure's
    if span is not None and q.measure == "tokens" and ACCEPTED.search(s.text, *span):
        implied = False  # "increases the average acceptance length to 5.2 tokens"
    if verbs and span is None and re.fullmatch(r"\s+to\s+", s.text[verbs[-1].end() : q.lead]):
        # "robust accuracy climbs to 68.4%", past an adverb ("FID further drops to 1.71")
        adverb = _ADVERB_BEFORE.search(s.text, lo, verbs[-1].start())
        # past an apposition ("Forgetting, measured as the drop in success, falls to 0.04"), or
        # the subject's head a phrase qualifies ("performance on logical anomalies rises to 93.0%")
        end = subject_end(s, lo, adverb.start() if adverb else verbs[-1].start())
        subject = phrase_before(s.text, end, lo)
        if subject is None or implied:
            return None
        head = subject_head(s, lo, end)
        hit = named(s, subject) or (named(s, head) if head else None)
        return hit if hit is not None else _unnamed_mover(s, q, subject)
    if verbs and span is None:  # "the hallucination rate is reduced by half (from 23.5%"
        return _subject_levels(s, q, lo, verbs[-1], implied)
    time_named = span is not None and q.measure in ("time", "latency") and _NAMED_TIME.search(s.text, *span)
    if span is not None and implied and (s.text[span[0] : span[1]].lower().endswith(" size") or time_named):
        # "reduces the PLAID index size from 25 GB", "shortens the wall-clock time per training step from 11.2"
        return phrase_hit(s, span, relative=False)
    if span is None or implied:  # "pushing the depth to 16-19 weight layers": the unit says
        return None
    return object_moved(s, q, span)


# a time the object names, which its unit only measures
_NAMED_TIME = re.compile(r"(?i)\b(?:time|runtime|latency|TTFT|TPOT)\b")


def _moved_share(s: Sentence, lo: int, lead: int) -> MetricHit | None:
    """What a share moved right before its levels counts, its verb maybe left out ("and the
    fraction of connected molecules from 62.4% to 85.1%") or not ("reduces the fraction of items
    sharing an identifier from 9.7%")."""
    shared = _SHARE_OF.search(s.text, lo, lead)
    if shared is None:
        return None
    words = list(re.finditer(r"\S+", shared.group(1)))
    if len(words) > 1 and MOVE_VERB.fullmatch(words[-1].group()):  # "... sentence falls from"
        words.pop()
    if not shared.group().lower().startswith("rate"):
        return MetricHit(s.text[shared.start(1) : shared.start(1) + words[-1].end()], shared.start(1))
    # a rate is named after what it counts, up to a participle: "the rate of perception errors
    # identified by annotators" → perception errors rate
    cut = next((k for k, w in enumerate(words) if k and re.fullmatch(r"[a-z]+ed", w.group())), len(words))
    return MetricHit(
        f"{s.text[shared.start(1) : shared.start(1) + words[cut - 1].end()]} rate", shared.start(1)
    )


# a margin a method or a practice is worth: "Chain-of-thought prompting helps by 3-6 points"
_HELPS = re.compile(r"(?i)\bhelp(?:s|ed)?\b")


def by_change(s: Sentence, by: int) -> MetricHit | None:
    """The measure of "<verb of change> <measure> by N", or for a margin over other systems
    ("outperforms GPT-4 by", "improves the baseline by") a cue without one."""
    lo = clause_start(s.text, s.lo, by)
    verbs = [
        *CHANGE_VERB.finditer(s.text, lo, by),
        *SYSTEM_VERB.finditer(s.text, lo, by),
        *_HELPS.finditer(s.text, lo, by),
    ]
    if not verbs:  # "bounded by 1"
        return None
    verb = max(verbs, key=lambda v: v.end())
    # the second of "increased watch time by 1.7% and click-through rate by 2.9%" names its own, as
    # does that of "reduces the bubble ratio from 17.8% to 2.6% and peak memory by 43%"
    earlier = list(_BY_THEN.finditer(s.text, verb.end(), by))
    # (after a verb of doing better than systems, the second names a system: "outperforms X by 22.3
    # points in average success and prior VLM-based rewards by 14.8")
    second = _second_change(s, by, earlier[-1]) if earlier and not SYSTEM_VERB.match(verb.group()) else None
    if second is not None and second.name:
        return second
    # "its accuracy exceeds that of MAE by ten points": the measure the clause's subject names
    if _THAT_OF.match(s.text, verb.end(), by):
        return _subject_measure(s, lo, verb.start())
    hit = _object_measure(s, verb, by)
    if hit is not None:
        return hit
    span = phrase_before(s.text, by, verb.end(), 6)
    benchmark = s.mention_at(*span, ("DATASET",)) if span else None
    # right after a verb of change, not of doing better than a system ("outperforms DCLM by")
    right_after = (
        span is not None and not s.text[verb.end() : span[0]].strip() and CHANGE_VERB.fullmatch(verb.group())
    )
    if benchmark is not None and (benchmark.start, benchmark.end) == span and right_after:
        # "improves MM-Vet by 4.6 points": the benchmark's score (placing splits the name off)
        return MetricHit(f"{benchmark.text} score", span[0], span[1], relative=True)
    if _PRONOUN_OBJECT.fullmatch(s.text, verb.end(), by):  # a margin, not the subject's words
        return MetricHit(None, relative=True, comparison=True)
    # no object: "latency is reduced by 30%", "improves modestly by"
    if span is None or _ADVERB.fullmatch(s.text, *span):
        return _subject_change(s, lo, verb)
    # a margin over a system, or one that names no measure ("improves the average by 3.7 points")
    if (
        SYSTEM_VERB.match(verb.group())
        or (_is_system(s, span) and not _quantity_object(s, verb, span))
        or s.text[span[0] : span[1]].lower() in AVERAGING
        or _CONDITION.search(s.text[span[0] : span[1]])  # "... trained under the same setting by 0.7 dB"
        or _AVERAGE_OVER.fullmatch(s.text, verb.end(), by)
    ):
        return MetricHit(None, relative=True, comparison=True)
    if _ON_PLACES.search(s.text, max(verb.end(), span[0] - 60), span[0]):
        return MetricHit(None, relative=True)  # "improves retrieval on DCI and Urban1K by": a place
    return phrase_hit(s, span)


def _second_change(s: Sentence, by: int, earlier: re.Match[str]) -> MetricHit | None:
    """The measure of the second change of a coordination of two, "by" a number after the
    first one's: its own ("increased watch time by 1.7% and click-through rate by 2.9%"), the
    first one's ("by 1.9x at 128K tokens and by up to 2.8x"), or a benchmark's score ("improves
    MMLU from 66.7 to 70.9 and GSM8K by 6.4 points"; not "and on MBPP by", a place)."""
    between = phrase_before(s.text, by, earlier.end(), 6)
    if not between:
        return by_change(s, earlier.start())
    # or named before its place: "from 61.5 to 72.8 and its accuracy on a spoken version of MMLU by"
    second = phrase_after(s.text, earlier.end(), by)
    hit = named(s, between, relative=True) or (named(s, second, relative=True) if second else None)
    if hit is None and is_metric_word(s.text[between[0] : between[1]].split()[-1]):
        # "reduces Chamfer distance by 21% and P2S distance by 18%": a measure of its own
        hit = MetricHit(s.text[between[0] : between[1]], *between, relative=True)
    if hit is None and (share := _SHARE_CHANGED.match(s.text, earlier.end(), by)):
        # "and the share of fresh content consumed by 6.5%": what a share counts is the measure
        hit = MetricHit(share.group(1), *share.span(1), relative=True)
    benchmark = s.mention_at(*between, ("DATASET",)) if between[0] == earlier.end() else None
    if (
        (hit is None or not hit.name)
        and benchmark is not None
        and (benchmark.start, benchmark.end) == between
    ):
        return MetricHit(f"{benchmark.text} score", *between, relative=True)
    phrase = s.text[between[0] : between[1]]
    if (
        hit is None
        and between[0] == earlier.end()
        and _PLAIN_NOUNS.fullmatch(phrase)
        and not _is_system(s, between)
    ):
        # "reducing latency by 2.8x and token consumption by 46%": the second's own, in small letters
        hit = MetricHit(phrase, *between, relative=True)
    return hit


# what the NER may take for a method after a verb that moves a quantity
_LOWER_WORDS = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}")


def _quantity_object(s: Sentence, verb: re.Match[str], span: tuple[int, int]) -> bool:
    """Whether a verb that changes quantities acts on a phrase of small words the NER took for a
    method: "reduce feature absorption by 58%" (no system is reduced)."""
    return (
        _QUANTITY_VERB.fullmatch(verb.group()) is not None
        and _LOWER_WORDS.fullmatch(s.text, *span) is not None
        and s.mention_at(span[0], span[1], ("MODEL",)) is None
    )


def _is_system(s: Sentence, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` names a system ("the baseline", "GPT-4"), not a measure."""
    words = s.text[span[0] : span[1]].lower().split()
    if len(words) > 1 and words[-2] in ("average", "mean"):  # "the average VUS-PR": a measure
        return False
    if words[-1] in _PRONOUNS:  # "degrades them by over 8": what the sentence measured before
        return True
    # "the previous best model trained under the same setting": the phrase stops at the participle
    if len(words) > 1 and words[-1].endswith("ed") and words[-2] in SYSTEM_NOUNS:
        return True
    if s.mention_at(span[0], span[1], ("MODEL",)) is None and is_metric_word(words[-1]):
        return False  # a measure the NER took for a method: "reduces the P99 TTFT by 41%"
    return words[-1] in SYSTEM_NOUNS or s.mention_at(span[0], span[1], ("MODEL", "METHOD")) is not None


def _counted_subject(s: Sentence, head: tuple[int, int] | None) -> MetricHit | None:
    """What a subject counts, the measure its levels are in: "the number of visual tokens is
    reduced by 2.5x", "The mean number of accepted tokens ... rises from 3.1 to 4.6"."""
    if head is None or not s.text[head[0] : head[1]].lower().endswith("number"):
        return None
    counted = of_complement(s, head[1])
    return MetricHit(s.text[counted[0] : counted[1]], *counted) if counted else None


def _subject_levels(
    s: Sentence, q: Quantity, lo: int, verb: re.Match[str], implied: bool
) -> MetricHit | None:
    """The measure of levels a verb with no object moves, named in its subject ("the
    hallucination rate is reduced by half (from 23.5%"), or the whole subject, when the verb
    moves it right between the levels ("acceptance length increases from 2.1 tokens", "MMLU
    rises from 41.9"); a unit that implies a measure names it, but for tokens."""
    end = subject_end(s, lo, verb.start())
    subject = phrase_before(s.text, end, lo)
    head = subject_head(s, lo, end)
    named_here = not implied and (
        (named(s, subject) if subject else None)
        or _acronym_subject(s, lo, end)
        or (named(s, head) if head else None)
        or _counted_subject(s, head)
    )
    # any verb of change with no object: "validity improves from 71.8% to 88.5%"
    moves = _FROM_TO.match(s.text, verb.end())
    if implied and moves and head and q.measure in ("time", "latency"):
        # "Per-query latency on a single H100 drops from 41.2 s": the time the subject names
        timed = named(s, head)
        if timed is not None and named_time(timed.name):
            return timed
    # not when the levels name their measure: "segmentation improves from 17.9 to 24.6 mIoU"
    named_after = _TO_MEASURE.match(s.text, q.tail, s.hi)
    whole = moves and subject == head and (not implied or q.measure == "tokens")
    whole = whole and not (named_after and is_metric_word(named_after.group(1)))
    return named_here or (_moving(s, subject) if whole else None)


def _object_measure(s: Sentence, verb: re.Match[str], by: int) -> MetricHit | None:
    """The measure a verb of change takes as object, however long the way to "by": "improves
    Recall@10 over the strongest baseline, TIGER, by 12.4%", "reduces the number of unsupported
    claims by 37%", "reduces L1 distance to the ground truth by 21%"; a system sped up gains
    speed ("speeding up a Mask2Former model by 1.6x"), a process its own ("accelerates greedy
    decoding by 2.6x" → decoding speed); None for another system or none."""
    obj = phrase_after(s.text, verb.end(), by) if CHANGE_VERB.fullmatch(verb.group()) else None
    if obj is None:
        return None
    last = re.search(r"\S+\Z", s.text[obj[0] : obj[1]])
    if _SPEEDS_UP.match(verb.group()) and last and _PROCESS.fullmatch(last.group()):
        return MetricHit(f"{last.group().lower()} speed", obj[0] + last.start(), obj[1], relative=True)
    hit = named(s, obj, relative=True)
    counted = hit is None or (hit.name or "").lower().endswith("number")  # the NER's "average number"
    if counted and s.text[obj[0] : obj[1]].lower().endswith("number"):  # "the average number of tokens"
        a, b = of_phrase(s, obj)
        hit = MetricHit(s.text[a:b], a, b, relative=True) if b > obj[1] else phrase_hit(s, (a, b))
    elif (bare := BARE_RATE.fullmatch(s.text, *obj)) and (more := of_what(s, obj[1])) is not None:
        # "reduces the rate of unsupported claims by 37%"
        hit = MetricHit(s.text[bare.start(1) : more], bare.start(1), more, relative=True)
    if hit is not None:
        return hit
    # "increased GMV by 1.3%": systems are not increased, whatever the NER took the acronym for
    acronym = re.fullmatch(r"[A-Z]{2,6}", s.text[obj[0] : obj[1]]) is not None
    if acronym and _QUANTITY_VERB.fullmatch(verb.group()) and s.mention_at(*obj, ("MODEL",)) is None:
        if fold_name(s.text[obj[0] : obj[1]]) in known_names("DATASET"):  # "reduces MMLU by 2 points"
            return MetricHit(f"{s.text[obj[0] : obj[1]]} score", obj[0], obj[1], relative=True)
        return MetricHit(s.text[obj[0] : obj[1]], obj[0], obj[1], relative=True)
    if _SHRINKS.match(verb.group()) and (stored := _STORED.search(s.text, *obj)):
        return MetricHit(f"{s.text[obj[0] : stored.end()]} size", obj[0], stored.end(), relative=True)
    if _is_system(s, obj):  # sped up or compressed: "Compressing 3D Gaussian Splatting by 50x"
        if _COMPRESSES.match(verb.group()):
            return MetricHit("compression ratio", relative=True)
        return MetricHit("speed", relative=True) if _SPEEDS_UP.match(verb.group()) else None
    words = s.text[obj[0] : obj[1]].lower()
    if s.mention_at(obj[0], obj[1], ("DATASET", "TASK")) or words in AVERAGING or _ADVERB.fullmatch(words):
        return None  # not a dataset, an average or an adverb ("improves modestly")
    return phrase_hit(s, obj)


_QUALIFIER = re.compile(r"\s+(?:between|among|across|for|in|on|at|during|under)\b")


def _subject_change(s: Sentence, lo: int, verb: re.Match[str]) -> MetricHit:
    """The measure of a verb of change with no object: its subject's, past an auxiliary
    ("latency is reduced by 30%"), or the clause's head; what rises or falls is the subject
    unless a system or a dataset ("MMLU drops by 0.8 points" is a margin)."""
    end = subject_end(s, lo, verb.start())
    subject = phrase_before(s.text, end, lo)
    hit = named(s, subject, relative=True) if subject else None
    head = subject_head(s, lo, end) if hit is None else None
    if head is not None and head != subject:
        hit = named(s, head, relative=True)
    # "response length grows by 4%", "Collisions between predicted trajectories are reduced by 46%"
    if hit is None and (MOVE_VERB.fullmatch(verb.group()) or end < verb.start()):
        # the head a phrase after it qualifies: "the average displacement between consecutive forecasts for
        # the same agent falls by 38%" (not "the number of", whose object is what is counted)
        qualified = (
            head and subject and head[1] < subject[0] and _QUALIFIER.match(s.text, head[1], subject[0])
        )
        hit = _moving(s, head if qualified else subject, margin=True)
    return hit or MetricHit(None, relative=True, comparison=True)


# what a share moved to is of, not what moved: "this fraction rises to over 85%", "the gain rises to 31%"
_SHARE_WORDS = frozenset({
    "fraction", "share", "proportion", "percentage", "rate", "ratio", "number", "figures", "numbers",
    "values", "results",
})  # fmt: skip
_ANAPHORS = frozenset({"this", "these", "that", "those", "it", "they", "such"})


def _unnamed_mover(s: Sentence, q: Quantity, subject: tuple[int, int]) -> MetricHit | None:
    """The measure of a share the subject of its sentence's only change moves to, where nothing
    names a measure: "With SafeAnchor, harmful compliance falls to 6.0%"; not a gain, a share of
    something named elsewhere, nor a subject past an earlier number ("whereas a fixed calibration
    drops to 79%")."""
    if q.unit != "%" or s.labelled("METRIC") or re.search(r"\d", s.text[s.lo : subject[0]]):
        return None
    words = s.text[subject[0] : subject[1]].lower().split()
    # nor one named before: "these figures drop to 34%"
    if words[-1] in CHANGE_NOUNS or words[-1] in _SHARE_WORDS or words[0] in _ANAPHORS:
        return None
    return _moving(s, subject)


def _moving(s: Sentence, subject: tuple[int, int] | None, margin: bool = False) -> MetricHit | None:
    """The measure of what rises or falls, named as the subject of its verb: a thing ("response
    length grows"), or a benchmark's levels, its bare "score" ("MMLU rises from 41.9 to 46.3";
    a margin on a benchmark names none, "MMLU drops by 0.8 points"); never a system.

    >>> t = "response length grows; MMLU rises; GPT-4 improves"
    >>> s = Sentence.of(t, ("MMLU", "DATASET"), ("GPT-4", "MODEL"))
    >>> [h and h.name for h in (_moving(s, (t.index(w), t.index(w) + len(w))) for w in ("response length", "MMLU", "GPT-4"))]
    ['response length', 'score', None]
    """
    if subject is None or _is_system(s, subject) or _name_like(s, subject):
        return None
    if _CONDITION.search(s.text[subject[0] : subject[1]]):  # "SnapKV at the same budget drop by": no measure
        return None
    if s.mention_at(*subject, ("DATASET",)) is not None:
        return None if margin else MetricHit("score")
    return phrase_hit(s, subject, relative=margin)


def _name_like(s: Sentence, span: tuple[int, int]) -> bool:
    """Whether the phrase at ``span`` ends in a name no NER found ("SnapKV and H2O drop"):
    a word of mixed case or with a digit, no measure.

    >>> t = "SnapKV and H2O drop, the FID drops and TTFT drops"
    >>> [_name_like(Sentence.of(t), (t.index(w), t.index(w) + 3)) for w in ("H2O", "FID", "TTF")]
    [True, False, False]
    """
    last = s.text[span[0] : span[1]].split()[-1]
    # an acronym alone may be a measure no list knows ("TTFT drops by 45%")
    shaped = (any(c.isupper() for c in last[1:]) and any(c.islower() for c in last)) or any(
        c.isdigit() for c in last
    )
    return shaped and not is_metric_word(last) and s.mention_at(*span, ("METRIC",)) is None


def _acronym_subject(s: Sentence, lo: int, end: int) -> MetricHit | None:
    """A lone acronym that no list knows as the subject of a change: "(CHAIR_S drops from
    48.0 to 31.6"; not a system's name.

    >>> t = "(CHAIR_S drops from 48.0"
    >>> _acronym_subject(Sentence.of(t), 0, t.index(" drops")).name
    'CHAIR_S'
    """
    m = _ACRONYM_BEFORE.search(s.text, lo, end)
    if m is None or s.mention_at(*m.span(1), ("MODEL", "DATASET")):
        return None
    return MetricHit(m.group(1), *m.span(1))


def _subject_measure(s: Sentence, lo: int, verb: int) -> MetricHit:
    """The last measure named between ``lo`` and a verb, as a margin; a bare margin cue when
    there is none."""
    mentions = s.labelled("METRIC", lo)
    found = [m for m in mentions if m.end <= verb]
    if found:
        m = found[-1]
        return MetricHit(m.text, m.start, m.end, m.entity or None, relative=True)
    return MetricHit(None, relative=True, comparison=True)


# a change named before its size: "a drop of 0.2 in CLIP score", "a gain of 1.5 in BLEU", "higher
# identity similarity, by 0.04 in DINO score"
_CHANGE_OF = re.compile(r"(?i)\b(?:(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")\s+of|by)\s+\Z")


def change_in(s: Sentence, q: Quantity, ws: list[re.Match[str]]) -> MetricHit | None:
    """The measure a change named before its size is in: "a drop of 0.2 in CLIP score", "by
    0.04 in DINO score"."""
    if len(ws) < 2 or not _CHANGE_OF.search(s.text, max(s.lo, q.lead - 30), q.lead):
        return None
    span = phrase_after(s.text, ws[0].end(), s.hi)
    return named(s, span, relative=True) if span else None
