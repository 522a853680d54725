"""The entry point: :func:`extract_results` from a paper's title, abstract and mentions.

For each sentence: spot the quantities, drop those that cannot be results (years, names,
list markers, settings, targets), read each one's measure from its neighbours, share
measures across asides and coordinations, fall back to a weak guess for numbers with a
unit, drop what still has no measure or only describes the setting, and attach dataset,
task, method and ``own``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..records import Mention, Result
from . import filters
from .attach import background_system, first_of_pair, first_own_sentence, other_system, systems
from .baselines import contrasted_subject, which_described, which_level
from .candidate import Candidate
from .claims import title_count
from .compute import spent_compute
from .context import (
    benchmark_levels,
    evaluated_on,
    guessed_before,
    measured_before,
    on_dataset,
    points_before,
    points_in,
    pretrained_on,
    title_repeats,
)
from .coordination import by_again, coordinate, from_to, score_points, unnamed_move
from .counts import counts_items, found_share, property_share
from .drops import dropped
from .earlier import SENTENCE_STOP, earlier_measure, former_latter, instead, levels_compared
from .groups import aside_of, joined, shared_margins
from .hits import MetricHit, inherit, nearest_mention
from .lengths import (
    code_lines,
    count_per_item,
    generated_length,
    reached_count,
    reaches_context,
    reaches_depth,
    training_tokens,
)
from .margins import margin_measure
from .metrics import after, before, cue_before
from .names import Name
from .naming import measure_mentions, one_name
from .own_numbers import own_method
from .pairing import bracketed_levels, compared, qualified_pair, respective, slashed, versus_unit
from .placing import place
from .predicted import prediction_error
from .proposed import introduces_benchmark, own_system
from .quantities import Quantity, spot
from .rate_of import name_rates
from .reached import scored
from .respective import respective_systems
from .scores import scored_on, scores
from .stated import beyond_clause, for_sentence, instrument, reported, short_name
from .tasks import task_for
from .text import CLAUSE_JOINT, Sentence, clause_start, sentences
from .units import from_unit, named_points, named_time, process_time
from .vocabulary import is_efficiency, leaderboard_name

_SCORE_UNITS = ("%", "x", "points", "pp")
# a score given per named item: "categories such as Fear (0.73), Disgust (0.77)"
_ITEM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[a-z]+)*)\s\(\s*$")
# a bare integer counting what a word after it names: "over 14 observations"
_COUNT_OF = re.compile(r"\s+(?!(?:and|or|for|to|in|on|at|of|vs|versus)\b)[a-z]")
_NEW_PLACE = re.compile(r",\s+(?:and|while|whereas)\s+(?:on|in)\s+")
_RESPECTIVELY = re.compile(r"(?i)(?:\s+points?)?\s*,?\s*respectively\b")


def extract_results(title: str, abstract: str, mentions: Sequence[Mention]) -> list[Result]:
    """The results a paper reports, title first, in text order.

    Parameters
    ----------
    title, abstract : str
        The paper's fields; offsets of the results index them.
    mentions : sequence of Mention
        kg's mentions of the paper (both fields); their ``entity`` ids carry over.

    Examples
    --------
    >>> t = "Our model reaches 84.1% top-1 accuracy on ImageNet with 2.5x faster decoding."
    >>> imagenet = Mention("abstract", t.index("ImageNet"), t.index("ImageNet") + 8, "ImageNet", "DATASET", "imagenet")
    >>> [(r.value, r.unit, r.kind, r.metric, r.dataset) for r in extract_results("", t, [imagenet])]
    [('84.1', '%', 'absolute', 'top-1 accuracy', 'ImageNet'), ('2.5', 'x', 'relative', 'decoding speed', None)]
    """
    mentions = measure_mentions(mentions)
    name = own_system(title, abstract, mentions)
    out: list[Result] = []
    for field, text in (("title", title), ("abstract", abstract)):
        if not text:
            continue
        ms = sorted((m for m in mentions if m.field == field), key=lambda m: m.start)
        starts = [m.start for m in ms]
        sents = [
            Sentence(field, text, a, b, ms[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)])
            for a, b in sentences(text)
        ]
        first_own = first_own_sentence(sents) if field == "abstract" else 0
        benchmark = introduces_benchmark(text, title) if field == "abstract" else None
        if benchmark and name and (name.text in benchmark or benchmark in name.text):
            name = None  # a benchmark paper proposes a dataset, which reaches nothing
        quantities = spot(text)
        prior: Sentence | None = None  # the sentence before, when it reported no result
        previous: list[Result] = []  # the results of the sentence before
        points_measure: MetricHit | None = None  # "... to 63.4%. Gains reach 7.2 points.": its measure
        for i, s in enumerate(sents):
            qs = [q for q in quantities if s.lo <= q.start < s.hi]
            # "..., reporting nDCG@10." gives the next sentence's numbers their measure
            carried = reported(prior) if prior is not None else None
            found = sentence_results(s, qs, i < first_own, name, carried, points_measure) if qs else []
            if benchmark:  # a benchmark paper's levels are those of the systems it evaluates
                benchmark_levels(found, name.text if name else None, benchmark)
            # "We evaluate on BEIR." gives the next sentence's scores their dataset
            evaluated = (
                (evaluated_on(prior) or pretrained_on(prior, s)) if prior is not None and found else None
            )
            if evaluated is not None:
                on_dataset(found, evaluated)
            if found and previous:  # "On MS MARCO, MRR@10 ..." gives the next MRR@10 its dataset
                measured_before(found, [r for r in out if r.field == field], s)
                guessed_before(found, previous, s)
            previous = found
            points_measure = points_before(found) or points_measure
            out.extend(found)
            prior = None if found else s
    one_name(out, f"{title}\n{abstract}")
    title_repeats(out)
    return out


def sentence_results(
    s: Sentence,
    qs: list[Quantity],
    background: bool,
    name: Name | None,
    reported: MetricHit | None = None,
    before: MetricHit | None = None,
) -> list[Result]:
    """The results of one sentence, given its quantities in order, the measure the
    sentence before says results are ``reported`` in and the one margins in points naming
    none are in (``before``: :func:`~kg.results.context.points_before`)."""
    # a count a title claims the method needs is a result, whatever its setting words read
    claims = {q.start: hit for q in qs if (hit := title_count(s, q)) is not None}
    qs = [q for q in qs if q.start in claims or filters.reason(s, q) is None]
    cands = [Candidate(q, claims.get(q.start) or measure(s, q), claimed=q.start in claims) for q in qs]
    for i, c in enumerate(cands):
        j = aside_of(s.text, qs, i, s.lo)
        c.aside = cands[j] if j is not None else None
    share(s, cands, reported)
    points_in(s, cands, before)
    kept = [c for c in cands if keep(s, c)]
    place(s, kept, name)
    for c in kept:  # what a title claims a method needs is no dataset's: "with 32 Calibration Images"
        c.dataset = None if c.claimed else c.dataset
    out = [result(s, c, background, name) for c in kept]
    systems(s, [c.q for c in kept], out)
    respective_systems(s, [c.q for c in kept], out, name)
    for r in out:  # a system's level ("95.5% for WavLM Large") is not measured on the system
        if r.method is not None and r.method == r.dataset:
            r.dataset, r.dataset_entity = None, None
        if r.method is not None and (r.metric or "").endswith(r.method):  # "improves the average VUS-PR by"
            r.method, r.method_entity = (name.text, name.entity) if r.own and name else (None, None)
    return out


def measure(s: Sentence, q: Quantity) -> MetricHit:
    """The measure read next to ``q``: after it (with the cues of change before it), then
    before it, then from its unit; what is left is the cues of change found on the way
    ("beats X by 3%" is a margin over other systems).

    >>> from kg.results.quantities import spot
    >>> t = "it improves BLEU by 2.3 points, beats X by 3% and handles sequences of up to 1M tokens"
    >>> s = Sentence.of(t)
    >>> [(h.name, h.relative) for h in (measure(s, q) for q in spot(t))]
    [('BLEU', True), (None, True), ('context length', False)]
    """
    if reaches_context(s, q):
        return MetricHit("context length")
    if (error := prediction_error(s, q)) is not None:
        return error
    if reaches_depth(s, q):
        return MetricHit("depth")
    if (compute := spent_compute(s, q)) is not None:
        return compute
    if (
        length := generated_length(s, q)
        or code_lines(s, q)
        or training_tokens(s, q)
        or count_per_item(s, q)
        or reached_count(s, q)
    ) is not None:
        return length
    if (drop := dropped(s, q)) is not None:
        return drop
    hit = after(s, q)
    if hit is not None and hit.name:
        cue = cue_before(s, q)
        hit.relative, hit.comparison = hit.relative or cue.relative, cue.comparison
        return short_name(s, hit)
    cues = [hit] if hit else []
    for rule in (before, from_unit, property_share, found_share):
        found = rule(s, q)
        if found is not None and found.name:
            # a time a process takes, whatever its object names: "Inference on a full CT volume takes 9 s"
            if (
                rule is before
                and q.measure in ("time", "latency")
                and not named_time(found.name)
                and process_time(s, q)
            ):
                continue
            return inherit(MetricHit(None, relative=any(c.relative for c in cues)), found)
        cues += [found] if found else []
    relative, comparison = any(c.relative for c in cues), any(c.comparison for c in cues)
    if filters.correlation_symbol(q):  # "strongly correlated with the probes (r = 0.81)"
        return MetricHit("correlation")
    return MetricHit(
        None, strong=False, relative=relative, comparison=comparison, noun=any(c.noun for c in cues)
    )


def share(s: Sentence, cands: list[Candidate], reported: MetricHit | None = None) -> None:
    """Give numbers the measures slashed next to them (:func:`~kg.results.pairing.slashed`), else the ones a list
    before them names, with "respectively" (:func:`~kg.results.pairing.respective`), the one their sentence
    states ("in terms of"), then their aside's or coordination's measure, the "to" level of "from A to B" A's
    (:func:`~kg.results.coordination.from_to`), to a number a system "scores" an earlier number's of the same unit ("a perplexity of
    3.85, while the FP16 model scores 3.32") else "score", then the measures of margins (:func:`_margins`),
    "performance" to margins over other systems (shared along coordinations in turn), to other systems' levels
    the measures of the levels they are compared with (:func:`~kg.results.pairing.compared`), then a guess for
    numbers with a unit or decimals: the measure of an earlier number of the sentence with the same unit
    ("0.989, while X obtains 0.87"), else the nearest METRIC mention (:func:`_guess`); "score" for a decimal
    reached on a named item ("85.3 on GLUE"); last, alternatives' levels (:func:`instead`), then unnamed moves'."""
    qs = [c.q for c in cands]
    former_latter(cands)
    for pairs in (slashed, lambda s, qs: respective(s, qs, [c.hit for c in cands]), qualified_pair):
        for i, hit in pairs(s, qs).items():
            cands[i].hit = inherit(cands[i].hit, hit)
    stated = for_sentence(s) or (None if s.labelled("METRIC") else reported)  # a measure named here wins
    for c in cands:
        if c.hit.name is None and stated is not None and not beyond_clause(s, c.q, qs, stated):
            c.hit = inherit(c.hit, stated)
    # before coordination, so that the measure "from 734 MB to 14.8 MB" moves in is the one passed
    # on to ", a 50x reduction"
    from_to(s, cands)
    coordinate(s, cands)
    for i, c in enumerate(cands):
        if c.hit.name is None and (verb := scored(s, c.q)) is not None:
            near = nearest_mention(s, c.q) if c.q.unit == "%" else None
            near = near if near is not None and near.end < verb.end else None  # not "model scores"
            # the verb only says what a level is ("reaches 52.4%": accuracy); it is no measure's span
            earlier = earlier_measure(s, cands, i, unit=True, level=not c.hit.relative)
            c.hit = inherit(c.hit, earlier or near or MetricHit(verb.name))
    _margins(s, cands)
    by_again(s, cands)
    _name_margins(s, cands)
    coordinate(s, cands)
    _compared_levels(s, cands)
    for i, hit in bracketed_levels(s, qs, [c.hit for c in cands]).items():
        cands[i].hit = inherit(cands[i].hit, hit, strong=True)
    # "by 2.5 EM on NQ and 4.4 EM on WQ": both margins
    for i in shared_margins(s.text, qs, [c.hit.relative for c in cands], [c.hit.name for c in cands]):
        cands[i].hit.relative, cands[i].hit.comparison = True, cands[i - 1].hit.comparison
    for i, c in enumerate(cands):
        if (
            c.hit.name is None
            and (c.q.unit in _SCORE_UNITS or not c.q.is_integer)
            and not _apart(s, cands, qs, i)
        ):
            c.hit = _guess(s, cands, i)
    for i, hit in versus_unit(s, qs, [c.hit for c in cands]).items():
        cands[i].hit = inherit(cands[i].hit, hit, strong=True)
    scores(s, cands, qs)
    for last in (levels_compared, instead, unnamed_move):
        last(s, cands)
    name_rates(s, cands)  # "the rate of mistranslated named entities drops by 27%"
    bare = [c for c in cands if (c.hit.name or "").lower() in ("score", "scores")]
    used = instrument(s) if bare else None
    if used is not None:  # "Evaluated with FActScore ..., it raises the score from 58.3": FActScore
        for c in bare:
            c.hit.name, c.hit.start, c.hit.end = used.name, used.start, used.end


def _compared_levels(s: Sentence, cands: list[Candidate]) -> None:
    """Give levels compared with those before them their measures (:func:`~kg.results.pairing.compared`),
    past bare counts between them: "a CheXbert micro-F1 of 0.531 over 14 observations, compared with
    0.251 and 0.478"."""
    kept = [
        c
        for c in cands
        if c.hit.name or c.q.unit or not c.q.is_integer or not _COUNT_OF.match(s.text, c.q.tail)
    ]
    for i, hit in compared(s, [c.q for c in kept], [c.hit for c in kept]).items():
        kept[i].hit = inherit(kept[i].hit, hit)


def _name_margins(s: Sentence, cands: list[Candidate]) -> None:
    """Name the margins over other systems that still name no measure (:func:`margin_measure`),
    one in decibels by the sentence's earlier measure in decibels ("an SDR improvement of 8.9 dB
    ..., and on X it improves by 1.1 dB")."""
    hits = [c.hit for c in cands]  # the objects the loop names, so their spans stay current
    for i, c in enumerate(cands):
        if c.hit.name is not None or not c.hit.comparison:
            continue
        c.hit.name, c.hit.strong = margin_measure(s, hits, c.q), True
        if (
            c.hit.name == "performance"
            and c.q.measure == "dB"
            and (earlier := earlier_measure(s, cands, i, unit=True))
        ):
            c.hit = inherit(c.hit, earlier)
            hits[i] = c.hit


def _margins(s: Sentence, cands: list[Candidate]) -> None:
    """Give margins that name no measure the one the sentence's earlier levels name: "AUCs
    of 0.8149 and 0.7931, improvements of 0.0021 and 0.0034"; "reaches 64.8% on A and
    58.2% on B, exceeding X by 5.1 and 3.6 points"; a coordination of as many margins as
    the levels name measures takes them in order ("a RadGraph F1 of 0.31 and a CheXbert
    F1 of 56.1, improving on X by 2.4 and 3.8 points, respectively")."""
    i = 0
    while i < len(cands):
        c = cands[i]
        if c.hit.name is not None or not (c.hit.noun or c.hit.comparison):
            i += 1
            continue
        j = i + 1  # the coordination of margins cands[i:j]
        while j < len(cands) and cands[j].hit.name is None and joined(s.text, cands[j - 1].q, cands[j].q):
            j += 1
        # levels of a score, not of a unit's measure ("sampling frames at 1 fps")
        levels = [
            e.hit
            for e in cands[:i]
            if e.hit.name
            and e.hit.strong
            and not e.hit.relative
            and not e.q.measure
            # a cost's level too where the margin's unit names a measure ("exceeds that of EAGLE-2 by 0.6 tokens")
            and (not is_efficiency(e.hit.name) or bool(c.q.measure))
            and not counts_items(s, e.q)
            and reached_count(s, e.q) is None  # nor what a method takes in ("up to 1,024 frames")
        ]
        # not across a sentence stop, nor into a clause on another dataset (", and on LongBench it
        # improves the average by 3.7 points")
        gap = (cands[i - 1].q.tail, c.q.lead) if i else (c.q.lead, c.q.lead)
        blocked = bool(SENTENCE_STOP.search(s.text, *gap) or _NEW_PLACE.search(s.text, *gap))
        levels = [] if blocked else levels
        names = list(dict.fromkeys(h.name for h in levels))
        if len(names) > j - i > 1 and _RESPECTIVELY.match(s.text, cands[j - 1].q.tail):
            # "84.6% top-1 accuracy ..., 53.9 box AP and 46.8 mask AP on COCO, outperforming Swin-B
            # by 2.0 and 1.7 points, respectively": the levels right before
            names = list(dict.fromkeys(h.name for h in levels[i - j :]))
        for k in range(i, j):
            hit = next(h for h in levels if h.name == names[k - i]) if len(names) == j - i > 1 else None
            # with no level, an earlier margin of the unit the coordination writes once, at its
            # end: "loses 0.5 points of average score, while SnapKV and H2O drop by 2.7 and 6.1
            # points"; with levels, the last of them unless it is a cost beside the score ("83.7%
            # top-1 accuracy with 4.9 GFLOPs, outperforming Swin-S by 0.7 points")
            unit = cands[j - 1].q.unit
            earlier = earlier_measure(s, cands, k, not levels, unit) if levels or not blocked else None
            earlier = (
                levels[-1] if levels and earlier is not None and is_efficiency(earlier.name) else earlier
            )
            hit = hit or earlier
            if hit is not None:
                cands[k].hit = inherit(cands[k].hit, hit)
        i = j


def _apart(s: Sentence, cands: list[Candidate], qs: list[Quantity], i: int) -> bool:
    """Whether ``cands[i]`` is a level reached on a named item in a clause of its own ("...,
    and our model reaches 0.83 on GenEval"): a score there, not the measure of the levels before."""
    last = next((e for e in reversed(cands[:i]) if e.hit.name), None)
    joint = last is not None and CLAUSE_JOINT.search(s.text, last.q.tail, qs[i].lead) is not None
    return joint and scored_on(s, qs, i)


def _guess(s: Sentence, cands: list[Candidate], i: int) -> MetricHit:
    """The measure guessed for ``cands[i]``: an earlier number's of the same unit (no
    sentence stop between), else the nearest METRIC mention, stated for the score of a
    named item ("F1 scores on categories such as Fear (0.73)" → "F1 scores (Fear)")."""
    c = cands[i]
    earlier = earlier_measure(s, cands, i, unit=True)
    # decibels with no measure named for them are PSNR, what image and 3D papers report in dB
    guess = earlier or (MetricHit("PSNR") if c.q.measure == "dB" else nearest_mention(s, c.q))
    if guess is not None and score_points(c.q, guess):  # the last level of a score before it instead
        scores = [e.hit for e in cands[:i] if e.hit.strong and e.hit.name and not is_efficiency(e.hit.name)]
        guess = scores[-1] if scores else None
    hit = inherit(c.hit, guess or c.hit, strong=earlier is not None)
    item = _ITEM_BEFORE.search(s.text, s.lo, c.q.lead)
    if item and guess and guess.name and s.text[c.q.tail : c.q.tail + 1] == ")":
        base = guess.name.split(" (")[0]  # an earlier item's measure is the same one
        hit.name, hit.strong = f"{base} ({item.group(1)})", True
    return hit


# words that name no measure, read where a number is glued to something else (not text.STOP,
# whose "is" is the Inception Score's short form, IS)
_FUNCTION_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "at"}
)


# a level the clause's subject is said to be or to stay at: "is", "remains above", "as low as"
_STATED_LEVEL = re.compile(
    r"\b(?:is|was|are|were|remains?|stays?|reach(?:es|ed)?)"
    r"(?:\s+(?:only|just|about|around|roughly|approximately|above|below|under|over|as\s+(?:low|high)\s+as))?\s*\Z"
)


_SUBJECT_OPENERS = frozenset({"the", "its", "their", "our", "average", "mean", "overall", "and", "but"})


def _subject_level(s: Sentence, c: Candidate) -> bool:
    """Whether a decimal is the level of the measure its clause opens on, however weakly read
    ("the Spearman correlation between the values of two runs is 0.31", "Kendall's tau between
    rankings as low as 0.38"): the measure a METRIC mention the clause opens on."""
    return (
        not c.q.is_integer
        and c.hit.start >= 0
        and c.hit.end < c.q.lead
        and s.mention_at(c.hit.start, c.hit.end, ("METRIC",)) is not None
        and (lo := clause_start(s.text, s.lo, c.q.lead)) <= c.hit.start
        and all(w.lower() in _SUBJECT_OPENERS for w in s.text[lo : c.hit.start].split())
        and _STATED_LEVEL.search(s.text, max(s.lo, c.q.lead - 40), c.q.lead) is not None
    )


def keep(s: Sentence, c: Candidate) -> bool:
    """Whether a candidate is a result: it has a measure, a number without a unit has a
    strong one (or is a margin), and it does not describe the setting."""
    if not c.hit.name or c.hit.name.lower() in _FUNCTION_WORDS:  # "roughly 1/60 of PatchTST" read "1 of"
        return False
    scored = c.q.unit in _SCORE_UNITS or c.q.measure or c.hit.comparison or c.q.sign == "+"
    if not scored and not c.hit.strong and not _subject_level(s, c):
        return False
    return c.claimed or not filters.is_description(s, c.q, c.hit.name)


def result(s: Sentence, c: Candidate, background: bool, name: Name | None) -> Result:
    """The result record of a kept candidate."""
    q, hit = c.q, c.hit
    relative = (
        hit.relative
        or hit.comparison
        or q.unit in ("x", "points", "pp")
        or q.sign == "+"
        or named_points(s, q)
    )
    unit = "points" if relative and not q.unit and not q.measure else q.unit
    first_of_range = not q.is_range and bool(re.search(r"\bfrom\s+$", s.text[max(s.lo, q.lead - 6) : q.lead]))
    other = background_system(s, q) if background else other_system(s, q, first_of_range)
    other = False if first_of_pair(s, q) else other
    if other is False and (which := which_level(s, q, name)) is not None:
        other = which  # "agents built on Claude 3.5 Sonnet, which reaches 49.0%"
    elif other is False and which_described(s, q):
        other = None  # "close to the 1,000-step teacher, which reaches 88.0%"
    elif other is False and (contrasted := contrasted_subject(s, q)) is not None:
        other = contrasted  # "By contrast, standard post-training INT8 quantization loses 5.2 mAP"
    own = other is False
    method = own_method(s, q, name) if own else other
    if isinstance(method, Name) and c.listed is not None and c.dataset and method.text == c.dataset.text:
        method = None  # the item of a list of scores is what is scored, not who scores
    task = task_for(s, q)
    # a change is its magnitude, its direction in the words (guidelines, section 8): "changes by
    # -0.4 points" is 0.4; a level below zero keeps its minus
    signed = (
        relative
        and not q.is_range  # "between -3% and +4%" keeps both signs
        and q.value[:1] in ("-", "\u2212")
        and s.text[q.start : q.start + 1] == q.value[:1]
    )
    start, value = (q.start + 1, q.value[1:]) if signed else (q.start, q.value)
    return Result(
        value=value,
        unit=unit,
        kind="relative" if relative else "absolute",
        metric=leaderboard_name(hit.name) if hit.name else None,
        dataset=c.dataset.text if c.dataset else None,
        task=task.text if task else None,
        method=method.text if isinstance(method, Name) else None,
        own=own,
        approx=q.approx,
        field=s.field,
        start=start,
        end=q.end,
        text=s.text[start : q.end],
        metric_entity=hit.entity,
        dataset_entity=c.dataset.entity if c.dataset else None,
        task_entity=task.entity if task else None,
        method_entity=method.entity if isinstance(method, Name) else None,
    )
