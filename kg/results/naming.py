"""The name a result's measure is given: as the abstract writes it, without the words that only
say how it was aggregated, and one name for one measure within a paper (guidelines, sections 5
and 9): "final average accuracy" is the final accuracy; a change of a benchmark's score takes
the measure the paper's levels on it name ("drops HumanEval by 11.6 points" after "61.0% pass@1
on HumanEval"); an abbreviation the abstract never defines in brackets ("8.1 EM points" after
"62.4 exact match") takes the name it abbreviates.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..records import Mention, Result
from .direction import metric_direction
from .hits import ACRONYM
from .text import sentences
from .vocabulary import GENERIC_MEASURES, is_efficiency, is_metric_word, singular

# an averaging word that is not part of a name ("average precision", "mean average precision")
_AVERAGE = re.compile(
    r"(?i)(?<!\bmean )(?<![\w-])(?:average|averaged|avg\.?)\s+(?!precision\b)(?=\S)|^mean\s+(?=accept\w*\s+length)"
)


# benchmarks of problems with one right answer, whose levels are the share answered right
_ACCURACY_BENCHMARK = re.compile(
    r"(?i)(?:AIME|AMC\b|AMC2|MATH\b|MATH-|MATH\d|GSM8K|MathVista|MathVerse|MathVision|GPQA|OlympiadBench|Minerva)"
)
# ... and code generation benchmarks, whose levels are the share of problems passed at the first try
_CODE_BENCHMARK = re.compile(
    r"(?i)(?:HumanEval|MBPP|LiveCodeBench|BigCodeBench|MultiPL-E|DS-1000|CRUXEval|EvalPlus)"
)
# the words that name the bare measure itself, which then stays as the sentence names it
_BARE_WORD = {
    "score": re.compile(r"(?i)\bscor(?:e|es|ed|ing)\b"),
    "performance": re.compile(r"(?i)\bperform(?:ance|s|ed|ing)?\b"),
    "accuracy": re.compile(r"(?i)\baccura(?:cy|cies|te)\b"),
}
# benchmark families, the bare measures read on them, and the measure those are
_FAMILIES = (
    (_ACCURACY_BENCHMARK, ("score", "performance"), "accuracy"),
    (_CODE_BENCHMARK, ("score", "performance", "accuracy"), "pass@1"),
)

# an abbreviation of a measure's name, perhaps after a small letter of its own ("mAP", "RMSE")
_ABBREVIATION = re.compile(r"[a-z]?[A-Z]{2,}")

# one measure under other names (guidelines, section 8): a resolve rate is the share of issues resolved
_SAME_MEASURE = {"resolve rate": "issues resolved", "resolution rate": "issues resolved"}

# a prefix of the unit a count is written in, not of the measure: "4.9 GFLOPs" is 4.9 (billion)
# FLOPs (guidelines, section 5), where "a reduction of 62% GFLOPs" names the measure so
_UNIT_PREFIX = re.compile(r"(?<![\w-])[KMGT](?=(?:FLOPs|MACs)\b)")

# a split of a dataset, not a measure
_SPLIT = re.compile(r"(?i)\b(?:split|subset|partition)s?$")

_CHANGE_FRAME = re.compile(
    r"(?i)(?:relative|absolute)\s+(\S.*?)\s+(?:reduction|improvement|gain|drop|increase|decrease)s?"
)


# heads of measures named as means, which keep the word: "mean absolute error", "mean IoU",
# "mean recall", "mean reciprocal rank", "mean Chamfer distance"
_NAMED_MEANS = frozenset(
    {"error", "distance", "deviation", "violation", "precision", "recall", "iou", "rank"}
)


def _without_mean(name: str) -> str:
    """``name`` without a first word "mean" that only says the results were averaged: a
    leaderboard lists "Dice", not "mean Dice" (guidelines, section 5); a measure named as a mean
    keeps it, and so does a score named by the words before it ("mean opinion score").

    >>> _without_mean("mean TM-score"), _without_mean("mean voxelwise Pearson correlation")
    ('TM-score', 'voxelwise Pearson correlation')
    >>> _without_mean("mean IoU"), _without_mean("mean opinion score"), _without_mean("mean number")
    ('mean IoU', 'mean opinion score', 'mean number')
    """
    first, _, rest = name.partition(" ")
    words = rest.split()
    if first.lower() != "mean" or not words or not is_metric_word(words[-1]):
        return name
    last = singular(words[-1].lower())
    if last in _NAMED_MEANS or (last == "score" and len(words) > 1):
        return name
    return rest


def metric_name(name: str) -> str:
    """The measure's name without an averaging word that is not part of it, nor the words of
    a change around it ("relative WER reduction" is a change of WER).

    >>> [metric_name(n) for n in ("final average accuracy", "mean average precision", "average precision")]
    ['final accuracy', 'mean average precision', 'average precision']
    >>> metric_name("average"), metric_name("macro-averaged AUROC"), metric_name("relative WER reduction")
    ('average', 'macro-averaged AUROC', 'WER')
    >>> metric_name("relative L2 error"), metric_name("SWE-bench resolve rate")
    ('relative L2 error', 'SWE-bench issues resolved')
    >>> metric_name("mean Dice"), metric_name("Mean AUROC"), metric_name("mean absolute error")
    ('Dice', 'AUROC', 'mean absolute error')
    """
    changed = _CHANGE_FRAME.fullmatch(name)
    name = _without_mean(_AVERAGE.sub("", changed.group(1) if changed else name))
    for other, same in _SAME_MEASURE.items():
        if name.lower().endswith(other):
            return name[: -len(other)] + same
    return name


def one_name(results: Sequence[Result], text: str) -> None:
    """Name each result's measure by :func:`metric_name` (in the short form the abstract
    defines for it), a benchmark's bare score by the
    paper's measure on that benchmark, and give results measured by an
    abbreviation that ``text`` never defines in brackets the spelled-out name of another result
    of the paper with those initials (in place); run after the passes that compare names
    across sentences, for which "average" still says a score is averaged over datasets.

    >>> from kg.records import Result
    >>> rs = [Result(v, "", "absolute", m) for v, m in (("62.4", "exact match"), ("8.1", "EM"), ("1", "WER"))]
    >>> one_name(rs, "62.4 exact match, 8.1 EM points and 1 WER"); [r.metric for r in rs]
    ['exact match', 'exact match', 'WER']
    >>> rs = [Result(v, "", "absolute", m) for v, m in (("62.4", "exact match"), ("8.1", "EM"))]
    >>> one_name(rs, "exact match (EM)"); [r.metric for r in rs]
    ['EM', 'EM']
    >>> rs = [Result("61.0", "%", "absolute", "pass@1", "HumanEval"), Result("11.6", "points", "relative", "score", "HumanEval")]
    >>> one_name(rs, ""); [r.metric for r in rs]
    ['pass@1', 'pass@1']
    >>> rs = [Result("4.9", "", "absolute", "GFLOPs"), Result("62", "%", "relative", "GFLOPs")]
    >>> one_name(rs, ""); [r.metric for r in rs]
    ['FLOPs', 'GFLOPs']
    """
    for r in results:
        r.metric = metric_name(r.metric) if r.metric else r.metric
        if r.metric and not r.unit:
            r.metric = _UNIT_PREFIX.sub("", r.metric)
        # the short form the abstract defines for it (guidelines, section 2): "character error rate (CER)"
        r.metric = (_short_form(r.metric, text, _METRIC_SHORT) or r.metric) if r.metric else r.metric
        r.dataset = (_short_form(r.dataset, text, _DATASET_SHORT) or r.dataset) if r.dataset else r.dataset
    spelled = _spelled(results)
    for r in results:
        short = r.metric or ""
        if re.fullmatch(ACRONYM, short) and short in spelled and f"({short})" not in text:
            r.metric, r.metric_entity = spelled[short]
        elif (
            _ABBREVIATION.fullmatch(short) and f"({short}" not in text and (whole := _spelled_in(text, short))
        ):
            r.metric, r.metric_entity = whole, None
    title, _, abstract = text.partition("\n")
    _benchmark_scores(results)
    _bare_measures(results, title, abstract)
    _title_repeats(results, title)


def _spelled(results: Sequence[Result]) -> dict[str, tuple[str, str | None]]:
    """The measures the results spell out, by their initials, and by those of the name without
    the words before it that qualify it ("macro-averaged word error rate": MWER, and WER for
    "word error rate"); a whole name first.

    >>> [sorted(_spelled([Result("27", "%", "relative", m)])) for m in ("macro-averaged word error rate", "BLEU")]
    [['ER', 'MWER', 'WER'], []]
    """
    out: dict[str, tuple[str, str | None]] = {}
    named = [(r.metric.split(), r.metric_entity) for r in results if r.metric]
    for words, entity in named:
        if len(words) > 1:
            out.setdefault(_initials(" ".join(words)), (" ".join(words), entity))
    for words, _ in named:
        for name in (" ".join(words[k:]) for k in range(1, len(words) - 1)):
            out.setdefault(_initials(name), (name, None))
    return out


def _spelled_in(text: str, short: str) -> str | None:
    """The name of a measure ``text`` gives a level in, spelled out word by word with the
    letters of the abbreviation ``short`` and ending in a measure's word; else None.

    >>> _spelled_in("report mean average precision above 90; the mAP falls", "mAP")
    'mean average precision'
    >>> _spelled_in("a root-mean-square error of 1.2 K", "RMSE"), _spelled_in("in a mean opinion score test", "MOS")
    ('root-mean-square error', None)
    """
    words = r"[\s-]+".join(rf"{c}[a-z]*" for c in short.upper())
    for m in re.finditer(rf"(?i)(?<![\w-]){words}(?=\s+(?:of\s+|is\s+|above\s+|below\s+)?\d)", text):
        if is_metric_word(re.split(r"[\s-]+", m.group())[-1]):
            return m.group()
    return None


def measure_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions as measures are read from them: an abbreviation of a measure the paper
    spells out is a measure whatever the NER took it for ("DER is 16.8%" after "a diarization
    error rate of 15.1%"), and a split the NER took for one is none ("72.27% on the test-std
    split").

    >>> t = "a diarization error rate of 15.1%; DER is 16.8% on the test-std split"
    >>> ms = [Mention("abstract", 2, 24, t[2:24], "METRIC"), Mention("abstract", 35, 38, "DER", "METHOD"),
    ...       Mention("abstract", 53, 67, "test-std split", "METRIC")]
    >>> [(m.text, m.label) for m in measure_mentions(ms)]
    [('diarization error rate', 'METRIC'), ('DER', 'METRIC')]
    """
    spelled = {_initials(m.text) for m in mentions if m.label == "METRIC" and " " in m.text.strip()}
    return [
        dataclasses.replace(m, label="METRIC")
        if m.label != "METRIC" and re.fullmatch(ACRONYM, m.text) and m.text in spelled
        else m
        for m in mentions
        if not (m.label == "METRIC" and _SPLIT.search(m.text))
    ]


def _title_repeats(results: Sequence[Result], title: str) -> None:
    """A title's level whose measure the title does not name, stated again on the same dataset
    in the abstract, takes the measure the abstract names for it, and its dataset as the abstract
    writes it ("Pushes Open Models to 46.8% on SWE-bench Verified" and "resolves 46.8% of the
    issues on SWE-bench Verified": issues resolved; "to 38.6% on AIME24" and "38.6% Pass@1 on AIME
    2024": Pass@1 on AIME 2024); a title's number the abstract repeats on one dataset is on it.

    >>> rs = [Result("46.8", "%", "absolute", "accuracy", "SWE-bench", field="title"),
    ...       Result("46.8", "%", "absolute", "issues resolved", "SWE-bench")]
    >>> _title_repeats(rs, "Pushing Open Models to 46.8% on SWE-bench"); rs[0].metric
    'issues resolved'
    """
    stated: dict[tuple[str, str, str], list[Result]] = {}
    for r in results:
        if r.field == "abstract" and r.dataset:
            stated.setdefault((r.value, r.unit, _folded(r.dataset)), []).append(r)
    for r in results:
        # only a measure guessed from the number ("46.8%": accuracy), not one the title words
        guessed = r.metric in GENERIC_MEASURES and r.metric not in title.lower()
        again = (
            stated.get((r.value, r.unit, _folded(r.dataset or "")))
            if r.field == "title" and guessed
            else None
        )
        if again and len({a.metric for a in again}) == 1:
            # and its dataset as the abstract writes it (guidelines, section 8)
            r.metric, r.metric_entity = again[0].metric, again[0].metric_entity
            r.dataset, r.dataset_entity = again[0].dataset, again[0].dataset_entity
        if r.field == "title" and r.dataset is None:
            # a title number the abstract repeats on one dataset is on it ("2.5x Faster Code
            # Generation" and "by 2.5x on HumanEval"; guidelines, section 8)
            places = {
                (a.dataset, a.dataset_entity)
                for a in results
                if a.field == "abstract" and (a.value, a.unit) == (r.value, r.unit)
            }
            if len(places) == 1 and (place := next(iter(places)))[0]:
                r.dataset, r.dataset_entity = place


def _bare_measures(results: Sequence[Result], title: str, abstract: str) -> None:
    """A bare "score" or "performance" on benchmarks of problems with one right answer (AIME,
    MATH, GSM8K, MathVista, GPQA...) is their accuracy ("adds a further 3.5 points on MATH"), and
    a bare "score", "performance" or "accuracy" on code generation benchmarks (HumanEval, MBPP,
    LiveCodeBench) is pass@1 ("52.4% on HumanEval"), unless its sentence says that word or gives
    a score on another kind of benchmark ("75.8 on MMBench and 58.2 on MathVista")."""
    texts = {"title": title, "abstract": abstract}
    spans: dict[str, list[tuple[int, int]]] = {}  # a field's sentences, split once it holds a score
    grouped: dict[tuple[str, int, int, str], list[Result]] = {}
    for r in results:
        if r.metric in _BARE_WORD and r.start is not None and r.field in texts:
            if r.field not in spans:
                spans[r.field] = sentences(texts[r.field])
            bounds = next((b for b in spans[r.field] if b[0] <= r.start < b[1]), (0, len(texts[r.field])))
            grouped.setdefault((r.field, *bounds, r.metric), []).append(r)
    for (field, lo, hi, bare), scores in grouped.items():
        if _BARE_WORD[bare].search(texts[field], lo, hi):
            continue
        for family, bares, measure in _FAMILIES:
            if bare in bares and all(r.dataset and _on_benchmarks(r.dataset, family) for r in scores):
                for r in scores:
                    r.metric, r.metric_entity = measure, None


def _on_benchmarks(dataset: str, family: re.Pattern[str] = _ACCURACY_BENCHMARK) -> bool:
    """Whether every benchmark of ``dataset`` ("AIME 2024, MATH-500 and GPQA-Diamond") is of the
    ``family``, by default those scored by accuracy.

    >>> _on_benchmarks("AIME 2024, MATH-500 and GPQA-Diamond"), _on_benchmarks("MMBench")
    (True, False)
    >>> _on_benchmarks("HumanEval and MBPP", _CODE_BENCHMARK)
    True
    """
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", dataset) if n.strip()]
    return all(family.match(n) for n in names)


def _folded(name: str) -> str:
    """A dataset's name for comparing spellings: case, spaces and a year's century folded
    ("AIME 2024" and "AIME24").

    >>> _folded("AIME 2024") == _folded("AIME24")
    True
    """
    return re.sub(r"20(\d\d)\b", r"\1", re.sub(r"[\s_-]+", "", name.lower()))


# the short forms a measure and a dataset are given in brackets (the initials, then any version)
_METRIC_SHORT = r"([A-Za-z][\w@-]{0,9})()"
_DATASET_SHORT = r"([A-Z][A-Za-z]+)((?:[\s-]v?[\d.]+)?)"


def _short_form(name: str, text: str, form: str) -> str | None:
    """The short form of shape ``form`` that ``text`` defines in brackets for ``name``, by its
    initials, as the guidelines write measures and datasets (sections 2 and 6); else None.

    >>> _short_form("Berkeley Function Calling Leaderboard", "the Berkeley Function Calling Leaderboard (BFCL v2),", _DATASET_SHORT)
    'BFCL v2'
    >>> _short_form("Long Range Arena", "on Long Range Arena (ListOps)", _DATASET_SHORT) is None
    True
    >>> _short_form("character error rate", "a character error rate (CER) of 4.1", _METRIC_SHORT)
    'CER'
    """
    defined = re.search(re.escape(name) + r"\s*\(" + form + r"\)", text)
    if defined and _initials(name) == defined.group(1).upper():
        return defined.group(1) + defined.group(2)
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name)).upper()


def _benchmark_scores(results: Sequence[Result]) -> None:
    """A change of a benchmark's bare "score" or "performance" ("drops HumanEval by 11.6
    points") takes the one measure the paper's levels on that benchmark name ("61.0% pass@1 on
    HumanEval"), and a change in "performance" on no dataset the one measure of all the paper's
    levels (guidelines, section 9: "performance" only where the abstract names no measure); the
    levels are shares or decimals, not counts of wins. A benchmark's levels that name only its
    "score" make a change on it a change of that score."""
    # the measures of the levels on each dataset, read once: a paper may give many
    levels: dict[str, set[tuple[str, str | None]]] = {}
    for o in results:
        if (
            o.kind == "absolute"
            and o.metric not in ("score", None)
            and not is_efficiency(o.metric)
            and o.metric != "context length"
            # a level of a score, not a count of wins ("best on 7 of the 10 transfer tasks")
            and (o.unit == "%" or "." in o.value)
        ):
            levels.setdefault(_place(o.dataset), set()).add((o.metric, o.metric_entity))
    for r in results:
        if r.metric not in ("score", "performance") or r.kind != "relative":
            continue
        if r.dataset is None and r.metric == "performance":
            named = set().union(*levels.values())
        else:
            named = levels.get(_place(r.dataset), set())
        # a gain in "performance" is in no error the paper gives no share of ("predicts the final
        # loss with a mean absolute error of 0.011 nats ... outperforms X by 1.4 points")
        if r.metric == "performance" and any(_unshared_error(results, m, e) for m, e in named):
            continue
        if len(named) == 1:
            r.metric, r.metric_entity = next(iter(named))
        elif (
            not named
            and r.dataset
            and any(o.dataset == r.dataset and o.kind == "absolute" and o.metric == "score" for o in results)
        ):  # "reaches 68.9 on MMBench, ... improving ... by 3.8": a gain in its score
            r.metric, r.metric_entity = "score", None
        elif (
            not named
            and r.metric == "performance"
            and len(quality := _quality(results)) == 1
            and "score" not in quality
            and not _unshared_error(results, next(iter(quality)), None)
        ):
            # "improves average accuracy by 1.7 points ... On PopQA, it outperforms X by 2.1 points"
            r.metric = next(iter(quality))
            r.metric_entity = next(o.metric_entity for o in results if o.metric == r.metric)
        elif (
            not named
            and r.metric == "performance"
            and not _quality(results)
            and len(kept := _kept(results)) == 1
        ):
            # "retaining 93% of the teacher's average score ... outperforms X by 4.7 points": a score
            r.metric = next(iter(kept))


def _place(dataset: str | None) -> str:
    """A dataset's name without what it is, to compare datasets named so or not ("ViDoRe
    benchmark", "ViDoRe").

    >>> _place("ViDoRe benchmark") == _place("ViDoRe"), _place(None), _place("MMLU") == _place("MMLU-Pro")
    (True, '', False)
    """
    return re.sub(r"\s+(?:benchmark|dataset|suite)s?$", "", dataset or "")


def _unshared_error(results: Sequence[Result], metric: str, entity: str | None) -> bool:
    """Whether ``metric`` is an error (lower is better) the paper's levels give in no share."""
    lower = metric_direction(entity or "", metric) == "lower"
    return lower and not any(o.metric == metric and o.unit == "%" for o in results)


def _kept(results: Sequence[Result]) -> set[str]:
    """The measures of quality the paper's shares kept are of, by their last word ("full-cache
    score retained": score), but for performance."""
    kept = (
        o.metric.rsplit(" ", 1)[0].split()
        for o in results
        if o.metric and o.metric.endswith((" retained", " recovered"))
    )
    return {
        w[-1]
        for w in kept
        if w and w[-1] != "performance" and is_metric_word(w[-1]) and not is_efficiency(w[-1])
    }


def _quality(results: Sequence[Result]) -> set[str]:
    """The measures of quality the paper's results name, levels and changes alike (a bare
    "score" among them: a benchmark's average, which a gain on another benchmark is not in)."""
    named = {
        o.metric
        for o in results
        if o.metric not in ("performance", None)
        and not is_efficiency(o.metric)
        and o.metric != "context length"
        and is_metric_word(o.metric.split()[-1])  # not what is kept or counted ("accuracy retained")
    }
    # one measure, qualified or not: "macro-averaged word error rate" and "word error rate"
    return {n for n in named if not any(n != m and n.endswith(" " + m) for m in named)}
