"""What one sentence of an abstract says about the results of the others: the dataset the
paper says it is evaluated on, or gives a measure's levels on, for the scores of the sentence
after it, and, in a paper that introduces a benchmark, whose levels its numbers are."""

from __future__ import annotations

import re

from ..records import Result
from .candidate import Candidate
from .hits import MetricHit
from .named_places import datasets
from .names import Name
from .quantities import number
from .text import Sentence, list_span
from .vocabulary import is_efficiency

__all__ = [
    "benchmark_levels",
    "evaluated_on",
    "measured_before",
    "on_dataset",
    "points_before",
    "points_in",
    "pretrained_on",
    "title_repeats",
]

# a sentence on where the paper is evaluated: "We evaluate on X", "fine-tuned on X"
_EVALUATE = re.compile(r"(?i)\b(?:evaluat(?:e|es|ed|ing)|fine-?tun(?:e|es|ed|ing))\b")
# ... or pre-trained, which scores after fine-tuning or probing on the same data are on
_PRETRAIN = re.compile(r"(?i)\bpre-?train(?:s|ed|ing)?\b")
# more places after the datasets: "and on eight real-world tasks"
_MORE = re.compile(r"\band\s+(?:on|in|across|for|over)\b")
# a second setting the sentence evaluates on besides one it names no dataset for
_AS_WELL_AS = re.compile(r"(?i)\bas\s+well\s+as\b|,\s+and\s+(?:on|of)\b")
# where data come from, not what is evaluated on: "from the OpenML and Kaggle repositories"
_SOURCES = re.compile(r"\s+(?:repositor|platform|hub)")
# what a model is fine-tuned and scored on follows "on" ("fine-tuned on GLUE"), not the data
# it is fine-tuned with ("fine-tune X across clients holding data derived from Dolly")
_ON = re.compile(r"\bon\s+(?:the\s+)?\S*\s*\Z")
# a sentence on how results spread, whose margins are spreads: "the standard deviation stays
# below 0.8 points", "varying by only 0.4 points over 10 random permutations"
_SPREAD = re.compile(r"(?i)\b(?:deviation|varian|var(?:y|ies|ying)\b)")
_PROTOCOL = re.compile(r"(?i)\bafter\s+fine-?tuning\b|\blinear[- ](?:evaluation|prob\w*)")


def evaluated_on(s: Sentence, verb: re.Pattern[str] = _EVALUATE) -> Name | None:
    """The one dataset a sentence says the paper is evaluated on (``verb``), which the
    scores of the sentence after it are on when they name none: "We evaluate on the
    LibriSpeech test-clean subset." (not the data it is trained on, nor one of several).

    >>> t = "We train on 50K hours of audiobooks and evaluate on the LibriSpeech test-clean subset."
    >>> evaluated_on(Sentence.of(t, ("LibriSpeech test-clean", "DATASET"))).text
    'LibriSpeech test-clean'
    >>> t = "We evaluate on merging CLIP models fine-tuned on image tasks, as well as T5 models on GLUE tasks."
    >>> evaluated_on(Sentence.of(t, ("GLUE", "DATASET"))) is None
    True
    """
    said = verb.search(s.text, s.lo, s.hi)
    if said is None:
        return None
    named = [(a, b, n) for a, b, n in datasets(s) if a >= said.end()]
    listed = _listed(s, named)
    # "on the LIBERO and RoboMimic suites and on eight real-world tasks": no one dataset; "fMRI
    # data recorded while ...": data described, not named
    if (
        listed is None
        or _MORE.search(s.text, listed[1], s.hi)
        or listed[2].text.endswith(" data")
        or _SOURCES.match(s.text, listed[1])
        # one of two settings: "on ... image classification tasks, as well as T5 models on GLUE tasks"
        or _AS_WELL_AS.search(s.text, said.end(), listed[0])
        or (said.group().lower().startswith("fine") and not _ON.search(s.text, said.end(), listed[0]))
    ):
        return None
    return listed[2]


def _listed(s: Sentence, named: list[tuple[int, int, Name]]) -> tuple[int, int, Name] | None:
    """One dataset, or a list of two or three named together as one ("the ML-SUPERB and
    FLEURS benchmarks": guidelines, section 8, lists as written).

    >>> t = "on the ML-SUPERB and FLEURS benchmarks"
    >>> s = Sentence.of(t, ("ML-SUPERB", "DATASET"), ("FLEURS", "DATASET"))
    >>> _listed(s, [(m.start, m.end, Name(m.text)) for m in s.mentions])[2].text
    'ML-SUPERB and FLEURS'
    """
    if len(named) == 1:
        return named[0]
    span = list_span(s.text, named) if len(named) <= 3 else None
    return (*span, Name(s.text[span[0] : span[1]])) if span else None


def pretrained_on(s: Sentence, after: Sentence) -> Name | None:
    """The one dataset a sentence says the model is pre-trained on, when the sentence
    ``after`` it scores the model fine-tuned or probed on it ("We pretrain ViT-B on
    ImageNet-1K." "After fine-tuning, it reaches 84.3% top-1 accuracy.")."""
    return evaluated_on(s, _PRETRAIN) if _PROTOCOL.search(after.text, after.lo, after.hi) else None


def on_dataset(found: list[Result], dataset: Name) -> None:
    """Put the scores that name no dataset on ``dataset``."""
    for r in found:
        if r.dataset is None and not is_efficiency(r.metric):
            r.dataset, r.dataset_entity = dataset.text, dataset.entity


def benchmark_levels(found: list[Result], name: str | None, benchmark: str) -> None:
    """Give the levels a benchmark paper reports to the systems it evaluates, not to itself
    ("The strongest system, GPT-4o, satisfies all constraints in only 41.2%"); its changes
    stay its own ("fine-tuning on our data improves a 7B model by 9.4 points"), and so do the
    levels of a system of its own, ``name``. Results on no other dataset are on the benchmark."""
    for r in found:
        if r.dataset is None:
            r.dataset = benchmark
        # the paper's own system, named apart from the benchmark, keeps its levels ("we release
        # DetailCaps ...; CapJudge reaches 81.4% pairwise agreement")
        if r.own and r.kind == "absolute" and not (name and r.method == name):
            r.own = False


# a setting of its own, which the datasets before do not reach: "In real-world experiments on a
# Franka arm", "In over-the-air experiments"
_ELSEWHERE = re.compile(
    r"(?i)\b(?:real[- ]world|real\s+robot|physical|over-the-air|on-device|in\s+the\s+wild)\b"
)


def measured_before(found: list[Result], before: list[Result], s: Sentence) -> None:
    """Put the scores that name no dataset, in a sentence naming none, on the one dataset the
    sentences before (``before``: their results) gave the same measure: "On MS MARCO, MRR@10
    decreases only from 38.2 to 37.6." "..., JPQ-Lite improves MRR@10 by 3.9 points"."""
    if s.labelled("DATASET") or _ELSEWHERE.search(s.text, s.lo, s.hi):
        return
    for r in found:
        if r.dataset is not None or is_efficiency(r.metric) or not r.metric:
            continue
        places = {
            (b.dataset, b.dataset_entity)
            for b in before
            if b.dataset and b.metric and _same_measure(b.metric, r.metric)
        }
        if len(places) == 1:
            r.dataset, r.dataset_entity = next(iter(places))


def _same_measure(a: str, b: str) -> bool:
    """Whether two measures' names are one's words inside the other's ("success rate", "attack
    success rate").

    >>> _same_measure("attack success rate", "Success rate"), _same_measure("top-1 accuracy", "accuracy gap")
    (True, False)
    """
    wa, wb = f" {' '.join(a.lower().split())} ", f" {' '.join(b.lower().split())} "
    return wa in wb or wb in wa


def guessed_before(found: list[Result], before: list[Result], s: Sentence) -> None:
    """Give levels whose measure was only guessed as accuracy ("Qwen2-VL-72B reaches 14.5%",
    the sentence naming no accuracy) the one measure of the levels in % of the sentence
    before: "The best system completes only 31.7% of tasks. ... Qwen2-VL-72B reaches 14.5%"."""
    if re.search(r"(?i)\baccura", s.text[s.lo : s.hi]):
        return
    measures = {
        (b.metric, b.metric_entity) for b in before if b.unit == "%" and b.kind == "absolute" and b.metric
    }
    if len(measures) != 1:
        return
    for r in found:
        if r.metric == "accuracy" and r.unit == "%" and r.kind == "absolute":
            r.metric, r.metric_entity = next(iter(measures))


def title_repeats(results: list[Result]) -> None:
    """Give a title's result with no dataset the dataset of the abstract's result that it
    repeats, the same number in the same unit (guidelines, section 8): "3x Faster Decoding"
    over "decoding is 3x faster on LibriSpeech".

    >>> rs = [Result("3", "x", "relative", "speed", field="title"), Result("3", "x", "relative", "speed", "LibriSpeech")]
    >>> title_repeats(rs); rs[0].dataset
    'LibriSpeech'
    """
    for r in results:
        if r.field != "title" or r.dataset:
            continue
        same = next((a for a in results if a.field == "abstract" and a.dataset and _same_number(a, r)), None)
        if same is not None:
            r.dataset, r.dataset_entity = same.dataset, same.dataset_entity


def _same_number(a: Result, b: Result) -> bool:
    return a.unit == b.unit and (value := number(a.value)) is not None and value == number(b.value)


def points_before(before: list[Result]) -> MetricHit | None:
    """The measure of the last level or margin in % or points of ``before`` (a sentence's
    results), other than one of cost or size.

    >>> points_before([Result("63.4", "%", "absolute", "execution accuracy"), Result("78", "%", "relative", "inference cost")]).name
    'execution accuracy'
    """
    for r in reversed(before):
        if r.unit in ("%", "points", "pp") and r.metric and not is_efficiency(r.metric):
            return MetricHit(r.metric, entity=r.metric_entity)
    return None


def points_in(s: Sentence, cands: list[Candidate], before: MetricHit | None) -> None:
    """Give the margins in points that no measure names, in a sentence naming none, the
    measure of the sentences ``before`` (:func:`points_before`): "With GPT-4o, execution
    accuracy improves from 60.1% to 63.4%." "For smaller open models the gains reach 7.2
    points." Not spreads: "the standard deviation stays below 0.8 points"."""
    if before is None or s.labelled("METRIC") or _SPREAD.search(s.text, s.lo, s.hi):
        return
    for c in cands:
        if c.hit.name is None and c.q.unit in ("points", "pp"):
            c.hit = MetricHit(before.name, entity=before.entity, strong=True, relative=True)
