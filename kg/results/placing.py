"""Where a sentence's results are measured: the dataset of each number, from its measure's
name, its aside, a list of as many datasets, the level it is compared with, or word order.
"""

from __future__ import annotations

import itertools
import re

from .candidate import Candidate
from .counts import bracketed_item
from .groups import levels, moved
from .labels import list_item
from .measured import split_dataset
from .moved import moved_on
from .named_places import datasets
from .names import Name
from .pairing import RESPECTIVELY, datasets_in_order, listed_runs
from .places import dataset_for, on_item, opens, trained_on
from .quantities import Quantity
from .text import CLAUSE_JOINT, ITEM_NAME, SIZED_MODEL, Sentence, list_span, open_bracket
from .vocabulary import LEVELS_BEFORE, OUTDOING, VERSUS, is_efficiency, is_metric_word

# a METRIC mention that starts with a model's name and size: "Zephyr-7B accuracy"
_MODEL_METRIC = re.compile(rf"^{SIZED_MODEL}\s+(\S.*)$")
# a baseline's level after the level it is compared with: "71.3, compared with 58.4 for YaRN
# and 49.7", "41.7% on AlpacaEval 2.0, versus 35.2% for DPO"
_COMPARED_LEVEL = re.compile(VERSUS + r"\s+(?:(?:a|an|the)\s+)?" + LEVELS_BEFORE + r"\Z")
# ... or a system's level in brackets after the system outdone: "well above DeepSeek-Prover (50.0%)"
_OUTDONE_ASIDE = re.compile(r"(?i)\b(?:above|below|over|" + OUTDOING + r")\s+[^,;()]{1,60}\(\s*\Z")
# an aside's level that names its own dataset: "outperforming SDXL (0.55 on GenEval)"
_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+)?[A-Z]")
# a benchmark named as a suite of parts, and a part of it
_SUITE = re.compile(r"\S*(?:\s+(?:benchmark|suite))\b")
_PART = re.compile(r"(?:\S+\s+){0,3}?(?:tasks|environments|domains|games)\b")
# ... or of any benchmark, a list of its named subsets: "On DBP15K, ... on the ZH-EN, JA-EN and
# FR-EN subsets" (guidelines, section 8: the benchmark is the dataset, the part names the measure)
# (a list of a dozen at most, so that a long list with no such word is not read again from each item)
_SUBSETS = re.compile(
    r"[\w.+-]+(?:\s*,\s*(?:and\s+)?[\w.+-]+|\s+and\s+[\w.+-]+){0,12},?\s+(?:subsets|splits|language\s+pairs|trials|tracks)\b"
)
# a name's start: a capital, or a capital after small letters ("arXiv", "nuScenes")
_CAPS = r"(?:[A-Z]|[a-z]+[A-Z])"
# a list of names the sentence opens on: "On the Amazon Books, Movies & TV and Steam datasets,",
# "On the online benchmarks OVO-Bench and StreamingBench,"
_LIST_OPENING = re.compile(
    r"\s*(?i:On|In|Across)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
    rf"({_CAPS}[^,;]*?(?:,\s*{_CAPS}[^,;]*?)*,?\s+and\s+{_CAPS}[^,;]*?)"
    # (and the setting after it: "On CIFAR-10 and CIFAR-100 with a ResNet-19 and 2 time steps,")
    r"(?:\s+(?:datasets|benchmarks|suites))?(?:\s+(?:with|at|under|using)\b[^,;]*)?\s*,"
)
# a list of names that says what it lists before it: "on three public datasets, i.e., ISPRS
# Vaihingen, Potsdam and LoveDA"
_LIST_NAMED = re.compile(
    # (or in apposition: "On two public datasets with long histories, Taobao and KuaiRand,")
    r"\b(?:datasets|benchmarks)(?:\s+with\s+[^,;]{1,40})?\s*(?:,?\s*(?:i\.e\.|namely|including|such\s+as)\s*,?|:|,)\s*"
    rf"((?:{ITEM_NAME}\s*,\s*)*{ITEM_NAME},?\s+and\s+{ITEM_NAME})"
)
# an item of such a list: a name of up to four words
_ITEM = re.compile(rf"\s*(?:{_CAPS}|[0-9])[\w.&+-]*(?:\s+[\w.&+-]+){{0,3}}")
# a name of two capitals and a small letter right before a measure: "IFEval strict accuracy"
# (not after "a": "a RadGraph F1 of" names one measure; nor a system before its verb, "FedX cuts memory")
_BEFORE_MEASURE = re.compile(
    r"(?<![\w-])(?<!\ba\s)(?<!\ban\s)((?=[\w.+-]*[a-z])(?=(?:[\w.+-]*[A-Z]){2})[A-Z][\w.+-]*)\s+"
    r"(?:(?!(?:it|its|they|their|we|our|this|and|or)\b)[a-z][\w-]*(?<![sd])\s+)?\Z"
)
# what may stand between a dataset's name and the bracket of its numbers: "LIBERO-Long suite ("
_BEFORE_BRACKET = re.compile(r"(?:\s+(?:benchmark|dataset|suite|split|set|subset|test\s+set))?\s*")
# a name the sentence opens on, in capitals, that the NER missed: "On Emu Edit Test, EditVerse", "On
# Codeforces it reaches"
_OPENING_MISSED = re.compile(
    r"\s*(?:On|Across)\s+(?:the\s+)?(?!(?:Average|Top|Balance)\b)"
    r"([A-Z][\w.+-]*(?:\s+(?:[A-Z0-9][\w.+-]*|(?:test|val|dev|validation)[\w-]*)){0,3})"
    # what it is, which settles the NER's doubt: "On the Seed-TTS test-en set,", "On the MoleculeNet
    # classification benchmarks,"
    r"((?:\s+[a-z][\w-]*){0,2}\s+(?:set|split|subset|benchmarks?|datasets?|suite))?"
    # (or straight before its subject: "On APTOS 2019 it achieves")
    r"(?:\s*,|\s+(?=(?:it|we|they)\s+[a-z]+\b))"
)
# a benchmark named with the task it sets, which the sentence opens on: "On the FLORES-200 bitext
# mining task,"
_OPENING_TASK = re.compile(
    r"\s*(?i:On|In)\s+(?:the\s+)?([A-Z][\w.+]*(?:-[\w.]+)*\d[\w.]*)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?:task|track|subset|split)\s*,"
)
# data the sentence opens on, described rather than named (guidelines, section 8: "a stated
# in-house corpus"): "On a new test set of 812 claims whose supporting papers were later retracted,",
# "On 11 held-out graphs,", "On real meeting recordings without ground truth,"
_DESCRIBED = re.compile(
    r"\s*(?:On|Across)\s+(?:(?:a|an|the)\s+)?((?:[a-z0-9][\w/-]*\s+){0,12}?"
    r"(?:benchmark|dataset|corpus|collection|set|split|suite|data|filings|documents|claims|queries|records|reports|"
    r"manuals|contracts|transcripts|logs|videos|graphs|conversations|dialogues|sentences|tables|recordings|"
    r"libraries|catalog|scans|articles|books|corpora|workload|traces|feeds)s?\b"
    # (not into a clause that reports a level: "On clean scans GPT-4o transcribes with a CER of 3.8%,")
    r"(?:(?!of\s+[\d.]+\s*%)[^,;:()]|(?<=\d),(?=\d)){0,80}?)\s*,(?!\d)"
)
# ... or names inside, as a benchmark of its own ("on our math evaluation suite", "on a multilingual
# question answering benchmark"), not a count of them ("on ten benchmarks") nor a run of them ("a
# suite of", "a wide array of")
_DESCRIBED_INSIDE = re.compile(
    r"\b(?:on|across|over)\s+((?:(?:a|an|our)\s+)"
    r"(?:(?!of\b)[a-z][\w-]*\s+){0,3}?(?:benchmarks?|datasets?|tasks|suite|corpus|test\s+sets?))\b(?!\s+of\b)"
)
# a clause of place after the opening: ", where GenEval score drops"
_WHERE = re.compile(r",\s+where\b")
# levels averaged over what the sentence lists
_AVERAGED = re.compile(r"(?i)\bon\s+average\b|\baverag(?:e|ed)\s+(?:over|across)\b")
# a version number between a dataset and its measure: "an AlpacaEval 2 win rate"
_VERSION = re.compile(r"\s*(?:(\d+(?:\.\d+)?)\s+)?")


def place(s: Sentence, kept: list[Candidate], own: Name | None = None) -> None:
    """Set each candidate's dataset: named in its measure ("ImageNet-1k accuracy"), its
    aside's, the i-th of n datasets for the i-th of n coordinated numbers, or by word order;
    never the paper's ``own`` system, whatever the NER took it for."""
    found = _places(s, own)
    # "On LibriSpeech, it obtains 2.4% and 5.6% WER on test-clean and test-other": the
    # opening's dataset is all numbers', the others are paired with them
    inner = [d for d in found if not opens(s, d[0], d[1])]
    mapped = _paired(s, kept, found, inner)
    opened = len(inner) < len(found)  # a dataset the sentence opens on
    for i, c in enumerate(kept):
        known = split_dataset(c.hit.name or "") if c.hit.start >= 0 else None
        known = None if known and _opening_wins(s, opened, c.hit.start, known[0]) else known
        reached = on_item(s, c.q, found) if c.scored_on else None
        if reached is not None:  # "62.1 on ListOps, 89.7 on Text": the item each is reached on
            c.dataset, part = reached
            c.hit.name = f"score ({part})" if part else c.hit.name
        elif known:  # "ImageNet-1k accuracy", "an average RULER score": a dataset and a measure
            # (the entity of the phrase, "ImageNet-1k accuracy", is neither)
            c.dataset, c.hit.name, c.hit.entity = Name(known[0]), known[1], None
        elif sized := _MODEL_METRIC.match(c.hit.name or ""):  # "Zephyr-7B accuracy": the model's accuracy
            c.hit.name = sized.group(1)
        elif (named := _bracketed_on(s, c.q, found)) is not None:
            c.dataset = named  # "on MMLU (42.1 vs. 37.5 for FineWeb-Edu)"
        elif i in mapped:
            c.dataset = found[mapped[i]][2]
        elif (
            c.aside is not None
            and any(k is c.aside for k in kept)
            and not _ON_AFTER.match(s.text, c.q.tail, s.hi)
        ):
            c.dataset = c.aside.dataset
        elif i and (level := _compared_level(s, kept, i)) is not None:
            c.dataset = level.dataset
        # "a WikiText-2 perplexity of 3.85", "an AlpacaEval 2 win rate", "IFEval strict accuracy"
        # ... unless the number's own change names another: "improves MathVista accuracy from 68.2%
        # to 73.5% and MathVerse from 46.3%"
        if c.dataset is None and c.hit.start >= 0:
            c.dataset = moved_on(s, c.q, found) or _with_measure(s, c.hit.start, found, own, opened)
        c.listed = list_item(s, c.q)
        item = (c.listed or bracketed_item(s, c.q)) if c.dataset is None else None
        if item is not None:  # "ACDC 62.1, Dark Zurich 51.7": the item scored
            c.dataset = Name(s.text[item[0] : item[1]])
        if c.dataset is None:
            stop = kept[i + 1].q.lead if i + 1 < len(kept) else s.hi
            c.dataset = dataset_for(s, c.q, c.hit.name or "", stop, found)
        if c.dataset is None and c.hit.name and not is_efficiency(c.hit.name):
            c.dataset = _named_earlier(s, c, found, own, opened)
    _benchmark_parts(s, kept, found)
    _respective_margins(s, kept)
    _moved_together(s, kept)
    _unnamed(s, kept, found)


def _unnamed(s: Sentence, kept: list[Candidate], found: list[tuple[int, int, Name]]) -> None:
    """Put the scores left without a dataset on the one list of datasets their levels are
    averaged over, or, in a sentence naming no dataset, on the data it describes."""
    averaged = _AVERAGED.search(s.text, s.lo, s.hi)
    listed = _one_list(s, found) if averaged else None
    described = (
        None
        if found
        else _DESCRIBED.match(s.text, s.lo, s.hi) or _DESCRIBED_INSIDE.search(s.text, s.lo, s.hi)
    )
    for c in kept:  # "across ... benchmarks, including A, B and C, it lowers ECE ... on average"
        if c.dataset is None and listed is not None and not is_efficiency(c.hit.name or ""):
            c.dataset = listed
        elif c.dataset is None and described is not None and not is_efficiency(c.hit.name or ""):
            c.dataset = Name(described.group(1))


def _places(s: Sentence, own: Name | None) -> list[tuple[int, int, Name]]:
    """The sentence's datasets, with the items of a list it opens on and a task it opens on
    ("On the FLORES-200 bitext mining task,"), never the paper's ``own`` system."""
    found = _opened_name(s, _listed_opening(s, [d for d in datasets(s) if not _is_own(d[2], own)]))
    task = _OPENING_TASK.match(s.text, s.lo, s.hi)
    if task and not any(a < task.end(1) and task.start(1) < b for a, b, _ in found):
        found = sorted([*found, (task.start(1), task.end(1), Name(task.group(1)))], key=lambda d: d[0])
    return found


def _is_own(name: Name, own: Name | None) -> bool:
    """Whether ``name`` is the paper's own system, or a size of it ("DistilPRM-1.5B").

    >>> own = Name("DistilPRM")
    >>> [_is_own(Name(n), own) for n in ("DistilPRM", "DistilPRM-1.5B", "DistilPRM-Bench", "MATH-500")]
    [True, True, False, False]
    """
    return (
        own is not None
        and re.fullmatch(re.escape(own.text) + r"(?:[-\s][\d.]+[BMK])?", name.text) is not None
    )


def _paired(
    s: Sentence, kept: list[Candidate], found: list[tuple[int, int, Name]], inner: list[tuple[int, int, Name]]
) -> dict[int, int]:
    """The i-th of n datasets of ``found`` for the i-th of n coordinated numbers of ``kept``,
    by index: of all the sentence's datasets, those its opening does not name (``inner``),
    those no system was trained on, or a run of them listed together."""
    # "Trained only on COCO-Stuff, it obtains 16.8, 40.2 and 30.4 mIoU on A, B and C, respectively"
    trained = _trained_lists(s, found)
    evaluated = [d for k, d in enumerate(found) if k not in trained]
    qs, hits = [c.q for c in kept], [c.hit for c in kept]
    mapped: dict[int, int] = {}
    # data others were trained on is no place of the numbers: "outperform those trained on
    # FineWeb-Edu and DCLM by 3.8 and 2.1 points, respectively"
    runs = (evaluated, [d for d in inner if d in evaluated]) if trained else (found, inner, evaluated)
    for some in (*runs, *listed_runs(s, evaluated if trained else found)):
        mapped = mapped or {i: found.index(some[k]) for i, k in datasets_in_order(s, qs, hits, some).items()}
    return mapped


_TRAINED_OPENING = re.compile(r"\s*(?:Pre-?)?[Tt]rained\b")


def _moved_together(s: Sentence, kept: list[Candidate]) -> None:
    """The two levels of "from A to B" are measured on one dataset: the one either is placed
    on ("Average forgetting on Split ImageNet-R falls from 5.7 to 3.1")."""
    for a, b in itertools.pairwise(kept):
        one_placed = (a.dataset is None) != (b.dataset is None)
        if one_placed and (a.hit.name or "") == (b.hit.name or "") and moved(s.text, s.lo, a.q, b.q):
            a.dataset = b.dataset = a.dataset or b.dataset


def _trained_lists(s: Sentence, found: list[tuple[int, int, Name]]) -> set[int]:
    """The indices of the datasets of ``found`` other systems were trained on, with the lists
    they open ("those trained on FineWeb-Edu and DCLM"); not the data an opening says the
    paper's system was trained on ("Trained only on MUSDB18-HQ, ..."), where it may be tested."""
    out: set[int] = set()
    for k, (a, _, _) in enumerate(found):
        if k in out or not trained_on(s, a) or _TRAINED_OPENING.match(s.text, s.lo, a):
            continue
        out.add(k)
        out.update(j for j in range(k + 1, len(found)) if list_span(s.text, found[k : j + 1]))
    return out


def _respective_margins(s: Sentence, kept: list[Candidate]) -> None:
    """Numbers coordinated before "respectively" that name no dataset of their own take, in
    order, those of as many levels before them on distinct datasets: "attains 71.3 on MathVista
    and 49.8 on MathVerse, surpassing the base model by +3.2 and +6.5 respectively"."""
    for j, c in enumerate(kept):
        if not RESPECTIVELY.match(s.text, c.q.tail, s.hi):
            continue
        run = [j]
        while run[0] and levels(s.text, kept[run[0] - 1].q, kept[run[0]].q):
            run.insert(0, run[0] - 1)
        before = [d.dataset for d in kept[: run[0]] if d.dataset is not None][-len(run) :]
        names = [d.text for d in before]
        if len(run) < 2 or len(before) < len(run) or len(set(names)) < len(run):
            continue
        own = [kept[r].dataset for r in run]
        if all(d is None or d.text in names for d in own):
            for r, place in zip(run, before, strict=True):
                kept[r].dataset = place


def _named_earlier(
    s: Sentence, c: Candidate, found: list[tuple[int, int, Name]], own: Name | None, opened: bool
) -> Name | None:
    """The dataset the measure of ``c`` was named with earlier in the sentence: "reduces the
    WikiText-2 perplexity gap ...: for Llama-3-70B, perplexity is 3.27"."""
    name = (c.hit.name or "").lower()
    same = next(
        (
            m
            for m in s.labelled("METRIC")
            if m.end <= c.q.lead and m.start != c.hit.start and m.text.lower() == name
        ),
        None,
    )
    return _with_measure(s, same.start, found, own, opened) if same else None


def _with_measure(
    s: Sentence, measure: int, found: list[tuple[int, int, Name]], own: Name | None, opened: bool
) -> Name | None:
    """A dataset named with the measure at ``measure``: "a WikiText-2 perplexity of 3.85", "an
    AlpacaEval 2 win rate", "IFEval strict accuracy"."""
    versioned = (_versioned(s, n, b, measure) for _, b, n in found if b < measure)
    named = next(filter(None, versioned), None) or _named_before(s, measure, own)
    return None if named is None or _opening_wins(s, opened, measure, named.text) else named


def _opening_wins(s: Sentence, opened: bool, measure: int, name: str) -> bool:
    """Whether the dataset the sentence opens on is the measure's, in its first clause, and
    ``name`` before the measure, which the NER did not take for a dataset, is part of its
    name: "On the MIMIC-CXR test set, GroundRad improves RadGraph F1"."""
    if not opened or CLAUSE_JOINT.search(s.text, s.lo, measure) or _WHERE.search(s.text, s.lo, measure):
        return False
    return not any(m.text == name for m in s.labelled("DATASET"))


def _listed_opening(s: Sentence, found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """The datasets of a list the sentence opens on, or that it says lists datasets, every item
    of it when the NER found one ("On the Amazon Books, Movies & TV and Steam datasets," with
    "Movies & TV" missed; "on three datasets, i.e., ISPRS Vaihingen, Potsdam and LoveDA").

    >>> t = "On the Amazon Books, Movies & TV and Steam datasets, it gets 0.41, 0.38 and 0.45."
    >>> [n.text for _, _, n in _listed_opening(Sentence.of(t), [(7, 19, Name("Amazon Books"))])]
    ['Amazon Books', 'Movies & TV', 'Steam']
    """
    m = _LIST_OPENING.match(s.text, s.lo, s.hi) or _LIST_NAMED.search(s.text, s.lo, s.hi)
    if m is None:
        return found
    # a list the sentence opens on is of datasets, whatever the NER took its items for, unless it
    # found a model in it: "On hERG and DILI, where ..., the gains reach 4.6 and 5.3 AUROC points"
    opening = m.re is _LIST_OPENING and not s.mention_at(m.start(1), m.end(1), ("MODEL",))
    if not opening and not any(m.start(1) <= a and b <= m.end(1) for a, b, _ in found):
        return found
    items = [
        (m.start(1) + k.start(1), m.start(1) + k.end(1), Name(k.group(1)))
        for k in re.finditer(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)([^,]+?)(?=,|\s+and\s+|$)", m.group(1))
    ]
    if not all(_ITEM.fullmatch(n.text) for _, _, n in items):
        return found
    known = {(a, b): n for a, b, n in found}
    listed = [(a, b, known.get((a, b), n)) for a, b, n in items]
    return sorted(
        listed + [d for d in found if not (d[0] < m.end(1) and m.start(1) < d[1])], key=lambda d: d[0]
    )


def _opened_name(s: Sentence, found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """The datasets found, else the name in capitals the sentence opens on, which the NER
    missed ("On Emu Edit Test,"), when no mention of another kind covers it or a word after it
    says it is a dataset ("On the Seed-TTS test-en set,").

    >>> t = "On Emu Edit Test, EditVerse achieves a DINO similarity of 0.872."
    >>> [n.text for _, _, n in _opened_name(Sentence.of(t), [])]
    ['Emu Edit Test']
    """
    opened = _OPENING_MISSED.match(s.text, s.lo, s.hi)
    # (the sentence's later datasets as well: "On Replica, ..., and on the larger ScanNet scenes")
    if opened is None or any(a < opened.end() for a, _, _ in found):
        return found
    if not opened.group(2) and s.mention_at(*opened.span(1), ("MODEL", "METHOD", "METRIC", "TASK")):
        return found
    return [(opened.start(1), opened.end(1), Name(opened.group(1))), *found]


def _named_before(s: Sentence, measure: int, own: Name | None) -> Name | None:
    """A benchmark's name the NER missed, written right before the measure (past one word
    that qualifies it): "IFEval strict accuracy rises"; not a system's or a measure's.

    >>> t = "where IFEval strict accuracy rises from 71.5%"
    >>> _named_before(Sentence.of(t), t.index("accuracy"), None)
    Name(text='IFEval', entity=None)
    """
    m = _BEFORE_MEASURE.search(s.text, s.lo, measure)
    # the measure is written there, not a verb read as one ("On MT-Bench it scores")
    if m is None or is_metric_word(m.group(1)) or (own is not None and m.group(1).startswith(own.text)):
        return None
    return None if s.mention_at(*m.span(1), ("MODEL", "METHOD", "METRIC")) else Name(m.group(1))


def _one_list(s: Sentence, found: list[tuple[int, int, Name]]) -> Name | None:
    """The one list of datasets the sentence names, as written, when all its datasets form
    it ("TriviaQA, SciQ, GSM8K and MedQA"); None for one dataset or several apart."""
    evaluated = [d for d in found if not trained_on(s, d[0])]
    span = list_span(s.text, evaluated) if len(evaluated) == len(found) else None
    return Name(s.text[span[0] : span[1]]) if span else None


def _benchmark_parts(s: Sentence, kept: list[Candidate], found: list[tuple[int, int, Name]]) -> None:
    """Put levels on a component of the benchmark the sentence opens on onto the benchmark
    (guidelines, section 8): "On the D4RL benchmark, it scores 91.6 across 9 Gym-MuJoCo
    locomotion tasks and 78.3 on the 6 AntMaze tasks"."""
    opening = next((d for d in found if opens(s, d[0], d[1])), None)
    if opening is None:
        return
    suite = _SUITE.match(s.text, opening[0], s.hi) is not None
    parts = (
        {d[2].text for d in found if d is not opening and _PART.match(s.text, d[0], s.hi)} if suite else set()
    )
    # the items of a list of subsets, each one's own part: "Hits@1 (ZH-EN)"
    lists = [m.span() for m in _SUBSETS.finditer(s.text, s.lo, s.hi)]
    subsets = {d[2].text for d in found if d is not opening and any(a <= d[0] < b for a, b in lists)}
    for c in kept:
        if c.dataset is not None and c.dataset.text in parts | subsets:
            if c.dataset.text in subsets and c.hit.name and "(" not in c.hit.name:
                c.hit.name = f"{c.hit.name} ({c.dataset.text})"
            c.dataset = opening[2]


def _versioned(s: Sentence, name: Name, end: int, measure: int) -> Name | None:
    """``name`` (ending at ``end``) with the version number written between it and the measure
    that starts at ``measure``, when only that is between them."""
    between = _VERSION.fullmatch(s.text, end, measure)
    if between is None:
        return None
    return Name(f"{name.text} {between.group(1)}", None) if between.group(1) else name


def _compared_level(s: Sentence, kept: list[Candidate], i: int) -> Candidate | None:
    """The level a baseline's number is compared with, whose dataset it shares: "an average
    RULER score of 71.3, compared with 58.4 for YaRN and 49.7 for ...", "78.3% pass@32 on
    miniF2F-test, well above DeepSeek-Prover (50.0%)"."""
    c = kept[i]
    if _OUTDONE_ASIDE.search(s.text, max(s.lo, c.q.lead - 90), c.q.lead) and not _ON_AFTER.match(
        s.text, c.q.tail
    ):
        # the level right before, in the same measure but for a part named in brackets
        last = kept[i - 1]
        same = (last.hit.name or "").split(" (")[0] == (c.hit.name or "").split(" (")[0]
        return last if same and last.dataset is not None else None
    compared = _COMPARED_LEVEL.search(s.text, s.lo, c.q.lead)
    if not compared:
        return None
    # a coordination of as many levels as the paper's before it, on as many datasets, in order:
    # "82.6% on MATH-500 and 36.7% on AIME 2024, compared with 80.2% and 30.0% for GRPO"
    first = next(j for j in range(i + 1) if kept[j].q.lead >= compared.start())
    end = first  # (a coordination of a dozen levels at most: a longer run pairs with no list)
    while end + 1 < len(kept) and end - first < 12 and levels(s.text, kept[end].q, kept[end + 1].q):
        end += 1
    previous = [k for k in kept[:first] if k.hit.name == c.hit.name and k.dataset is not None]
    own = previous[first - end - 1 :]
    if end > first and len({k.dataset.text for k in own if k.dataset}) == end - first + 1:
        return own[i - first]
    return previous[-1] if previous else None


def _bracketed_on(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> Name | None:
    """The dataset named right before the bracket a number stands in: "the largest jump on
    the LIBERO-Long suite (53.7% to 89.2%)", "margins on MMLU (42.1 vs. 37.5 for X)"."""
    opening = open_bracket(s.text, s.lo, q.lead)
    if opening is None:
        return None
    return next((n for _, b, n in found if _BEFORE_BRACKET.fullmatch(s.text, b, opening)), None)
