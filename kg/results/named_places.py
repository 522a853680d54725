"""The datasets a sentence names: its DATASET mentions, names written as what they are ("the
X dataset", "the 35 regression tasks of OpenML-CTR23", "on newstest2014") and names a result
is "on" that the NER took for systems or missed (a sentence's opening "On PopQA,", "85.1% on
LEVIR-CD, WHU-CD and SYSU-CD") or named with its task ("accuracy on CharXiv reasoning"), and
editions by their number alone ("TREC DL 2019 and 2020"), in order (:func:`datasets`);
:mod:`kg.results.places` picks the one a number is on.
"""

from __future__ import annotations

import re

from ..extract.gazetteer import fold_name
from .measured import known_names
from .names import Name, mention_name
from .tasks import task_short_form
from .text import Sentence, behind
from .vocabulary import TEST_OF_MEASURE, VERSUS, is_language, is_metric_word

# names the NER may miss, written as what they are: "the Natural Question dataset" (not the
# opening's preposition: "Across 6 benchmarks")
_NAMED_DATASET = re.compile(
    r"\b((?!(?:On|In|Across|For|Over|With|At|From|Of|To|By|Among|All)\s)"
    r"(?:[A-Z][\w.+-]*\s+){1,3}(?<=[A-Za-z]\s)[A-Z0-9][\w.+-]*|(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*)"
    r"\s+(?:dataset|benchmark|corpus|test\s+set|split)s?\b"
)

_LABELS = ("DATASET", "MODEL", "METHOD", "METRIC", "TASK")

# a model's size at the end of its name: "LLaVA-NeXT-7B", "Mixtral 8x7B"
_MODEL_SIZE = re.compile(r"[-\s](?:\d+x)?\d+(?:\.\d+)?B$")

# a benchmark named as the whole its parts belong to: "the 35 regression tasks of OpenML-CTR23",
# "9 of the 11 languages of m-ArenaHard", "the long-video split of Video-MME"
PARTS = r"\b(?:tasks|datasets|languages|splits?|subsets?|prompts|categories|problems|questions|environments|games|pass)"
_PARTS_OF = re.compile(
    PARTS + r"\s+of\s+(?:the\s+)?([A-Za-z][\w.+-]*[A-Z0-9][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?)"
)

# what a benchmark is built from, said before its name: "the TCGA-based PathText benchmark"
BUILT_FROM = r"[\w.+-]+-(?:based|derived|style)"
# a name: a capitalised word, a number or a second word after it ("Mip-NeRF 360", "MATH-500")
_NAME = r"[A-Z][\w.+-]*[\w+](?:\s+[A-Z0-9][\w.+-]*[\w+])?"

# "on A, B and C" after a number, and a sentence opening "On A,"
_ON_LIST = re.compile(
    rf"\b(?i:on)\s+(?:the\s+)?({_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})*(?:,?\s+and\s+{_NAME})?)"
)

_LIST_NAME = re.compile(_NAME)

# what a system a result is compared with follows: "improving over CODA-Prompt by 3.8"
# (or one of those it names: "outperforms general-purpose reward models such as Skywork-Reward by")
_OUTDONE = re.compile(
    r"(?i)\b(?:(?:improv\w*|gains?)\s+over|outperform\w*|surpass\w*|beat\w*)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){1,4}?such\s+as\s+)?\Z"
)
# (with its split: "On R2R-CE val-unseen,"; or a count of its parts: "On ten Meta-World tasks,",
# "On Mip-NeRF 360 scenes rendered at 1080p,", "On eight MoleculeNet classification tasks,")
# a count of a benchmark's parts before its name, maybe with a word on them: "the 13 public BEIR datasets"
# (or its size in parts, maybe with a word of its protocol: "On 10-task Split ImageNet-R,")
COUNT_OF = r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all)\s+(?:[a-z][\w-]*\s+)?|\d+-[a-z]+\s+(?:[A-Z][a-z]+\s+)?)?"
# (after what it is: "On the code editing benchmark CanItEdit,")
WHAT_IT_IS = r"(?:(?:[A-Za-z][\w-]*\s+){1,3}(?:benchmark|dataset|suite)\s+)?"
_OPENING_NAME = re.compile(
    rf"\s*(?i:On|In|Across)\s+(?:the\s+)?{WHAT_IT_IS}{COUNT_OF}"
    rf"({_NAME}(?:\s+(?:val|valid|validation|test|dev)[\w-]*)?)"
    r"(?:(?:\s+[a-z][\w-]*)?\s+(?:tasks|scenes|games|environments|episodes|datasets)\b[^,.;]{0,40})?"
    r"(?:\s+(?:at|with|under)\s+(?:[\w.-]+\s+)?[\w.-]+)?\s*,"  # its condition: "On AMI with headset mixes,"
)

# a sentence opening on a list of what it says are datasets, whatever their shape: "On the
# Breakfast, 50Salads and GTEA benchmarks,"
_ITEM = r"[A-Z0-9][\w.+-]*[\w+](?:\s+[A-Z0-9][\w.+-]*[\w+])?"
_OPENING_LIST = re.compile(
    rf"\s*(?i:On|In|Across)\s+(?:the\s+)?(?:(?:more|most|recent|newer|newest|harder|challenging)\s+){{0,2}}"
    rf"({_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM})"
    r"\s+(?:[a-z][\w-]*\s+)?(?:benchmarks|datasets|corpora|test\s+sets|subsets|splits)\b"
)

# a clause about a place: ", and on", "; in"
CLAUSE_ON = r"[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?i:on|in)\s+"

_CLAUSE_NAME = re.compile(CLAUSE_ON + rf"({_NAME})\s+(?=(?:it|we|they)\s+[a-z]+s?\b)")

# a compared level's system: "compared with 37.4% SR for NaVid"
_LEVEL_FOR = re.compile(
    VERSUS + r"\s+(?:[\d.,]+\s*%?\s*(?:[\w@-]+\s+){0,2}"
    # the system of a level before, in a list of them: "24.8 dB for LGM and 25.3 dB for"
    r"(?:for\s+(?:the\s+)?[\w@.+-]+(?:\s+[\w@.+-]+){0,2}?,?\s+)?(?:and\s+)?)+for\s+(?:the\s+)?\Z"
)

_TO_LEVEL = re.compile(r"\s+(?:to|from)\s+[\d.]+")
# ... or before the margin a change reaches on it: "reduces the hallucination rate on AMBER by 2.8 points"
_BY_LEVEL = re.compile(r"\s+by\s+(?:up\s+to\s+|about\s+|over\s+|only\s+)?[+-]?[\d.]+")

_AFTER_NUMBER = re.compile(r"\d(?:\s?(?:%|x|×|points?|pp))?(?:\s+[\w@.-]+){0,4}\s*$")

# a split named after a plain word makes it a benchmark's name: "86.1% on Spider test"
_SPLIT_AFTER = re.compile(r"\s+(?:test|dev|validation|val)\b")
# a dataset's name has a second capital, a digit or a hyphen; not a processor's
_SHAPED_NAME = re.compile(r"(?=.*(?:[A-Z].*[A-Z]|\d|-))\S.*")

_HARDWARE_NAME = re.compile(
    r"(?:(?:NVIDIA|Nvidia|AMD|Intel|Qualcomm)\b|[AHV]\d{2,3}|RTX|GTX|GPU|TPU|CPU|NPU|Jetson|Snapdragon|Raspberry|iPhone|Pixel|M\d\b|ARM\b|Cortex"
    # devices by kind, as titles name them: "3x Faster Visual Grounding on Mobile Devices"
    r"|(?i:edge|mobile|handheld|embedded|consumer|commodity)\s+(?i:gpus?|devices?|hardware|phones?|ultrasound|cpus?|platforms?)\b)"
)

# a benchmark named by a name and its task, which the NER took for a task
_TASK_BENCHMARK = re.compile(r"([a-z]*[A-Z][\w.+-]*)\s+(?:[a-z][\w-]*\s+){1,2}(?:benchmark|dataset|suite)s?")
# a task named with the benchmark it is on, that a result is "on": "accuracy on CharXiv reasoning",
# "On ScanNet semantic segmentation it matches" (a name by its shape, not a capitalised word:
# "on Visual question answering")
_TASK_ON = re.compile(
    r"((?:[a-z]+[A-Z]|[A-Z][\w.+-]*[A-Z0-9])[\w.+-]*)(?:\s+[A-Za-z][\w-]*){0,2}\s+"
    # ... or its part: "on MathVerse vision-only problems"
    r"(?:[a-z][\w-]*(?:tion|ing|sis)|problems|questions|queries|tasks|subsets?|splits?)"
)
_ON_RIGHT_BEFORE = behind("on")
# a name with two capitals and a small letter after a preposition ("for NuImages", "on
# ActivityNet-1.3"); not "GPUs"
_CAMEL = re.compile(
    r"\b(?i:on|for)\s+(?:the\s+)?((?=\w*[a-z])(?=(?:\w*[A-Z]){2})(?![A-Z]+s\b)[A-Z][\w-]*(?:\.\d[\w-]*)*"
    r"|[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+\b)"
)

# a test set named in small letters with its year or size: "on newstest2014", "on enwik8"
_CODED = re.compile(
    r"\b(?i:on|in|of)\s+(?:the\s+)?([a-z]+\d{1,4}[a-z\d-]*|[a-z]+(?=[\w-]*(?:\d|[A-Z]\w*[A-Z]))(?:-[A-Za-z0-9]+)+|[a-z]+[A-Z0-9][\w]*-[a-z]+)(?![\w-])"
)


# a system improved on, before the margin: "improving on GeoTransformer by 3.6 points"
_IMPROVED_ON = behind(r"improv(?:es|ed|ing)\s+on")
_BY_MARGIN = re.compile(r"\s+by\s+(?:up\s+to\s+|about\s+|over\s+)?[\d.]")


def _improved_on(s: Sentence, a: int, b: int) -> bool:
    """Whether the name at ``a:b`` is a system the sentence improves on by a margin, no dataset
    the gazetteer knows ("improving on GeoTransformer by 3.6 points"; not "improves on MMLU by
    3 points")."""
    return (
        _IMPROVED_ON.search(s.text, max(s.lo, a - 20), a) is not None
        and _BY_MARGIN.match(s.text, b, s.hi) is not None
        and fold_name(s.text[a:b]) not in known_names("DATASET")
    )


def datasets(s: Sentence) -> list[tuple[int, int, Name]]:
    """The datasets of the sentence, in order: DATASET mentions and "the X dataset".

    >>> t = "We gain on the Natural Question dataset, 7.1 mAP for NuImages, 2% on GPUs and 3 BLEU on newstest2014."
    >>> [n.text for _, _, n in datasets(Sentence.of(t))]
    ['Natural Question', 'NuImages', 'newstest2014']
    >>> t = "On the nuPlan Val14 benchmark, it scores 89.6."
    >>> [n.text for _, _, n in datasets(Sentence.of(t, ("nuPlan", "DATASET")))]
    ['nuPlan Val14']
    >>> t = "On the TCGA-based PathText benchmark, it scores 0.213."
    >>> [n.text for _, _, n in datasets(Sentence.of(t, ("TCGA-based", "DATASET")))]
    ['PathText']
    >>> [n.text for _, _, n in datasets(Sentence.of("It reaches 38.9% on ActivityNet-1.3."))]
    ['ActivityNet-1.3']
    """
    found = [
        (m.start, m.end, mention_name(m))
        for m in s.labelled("DATASET")
        if not is_language(m.text)
        and not _HARDWARE_NAME.match(m.text)  # "on a single RTX 3090"
        and not TEST_OF_MEASURE.fullmatch(m.text)  # "In a MUSHRA listening test": a measure's test
        and not _OUTDONE.search(s.text, s.lo, m.start)  # "improving over CODA-Prompt by 3.8": a system
        and not _improved_on(s, m.start, m.end)  # "improving on GeoTransformer by 3.6 points": a system
        and not _LEVEL_FOR.search(
            s.text, max(s.lo, m.start - 60), m.start
        )  # "compared with 37.4% SR for NaVid"
    ]
    for pattern in (_NAMED_DATASET, _PARTS_OF, _CAMEL, _CODED):
        # "the BTCV benchmark" says what it is, whatever the NER took it for
        labels = ("DATASET", "METRIC", "TASK") if pattern in (_NAMED_DATASET, _PARTS_OF) else _LABELS
        for m in pattern.finditer(s.text, s.lo, s.hi):
            other = s.mention_at(m.start(1), m.end(1), labels)
            # a task inside the name is part of it: "the Open ASR Leaderboard datasets"
            inside = (
                other is not None
                and other.label == "TASK"
                and m.start(1) < other.start
                and other.end < m.end(1)
            )
            if (
                (other is None or (inside and pattern is _NAMED_DATASET))
                and not _LEVEL_FOR.search(s.text, max(s.lo, m.start(1) - 60), m.start(1))
                and not is_language(m.group(1))
            ):
                found.append((m.start(1), m.end(1), Name(m.group(1))))
    for task in s.labelled("TASK"):  # "the nuScenes tracking benchmark": a benchmark named for its task
        named = _TASK_BENCHMARK.fullmatch(task.text) or (
            _ON_RIGHT_BEFORE.search(s.text, max(s.lo, task.start - 9), task.start)
            and _TASK_ON.fullmatch(task.text)
        )
        if named and not is_language(named.group(1)):
            found.append((task.start, task.start + named.end(1), Name(named.group(1))))
    for a, b in _places(s):
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, Name(s.text[a:b])))
    return _joined(s, _editions(s, sorted(found, key=lambda d: d[0])))


# a benchmark's edition by its year or number, and the editions coordinated after it: "TREC DL 2019
# and 2020", "AIME 2024 and 2025"
_EDITION = re.compile(r"(.+)\s(\d{2,4})$")
_MORE_EDITIONS = re.compile(r"(?:\s*,\s*\d{2,4}\b)*,?\s+and\s+\d{2,4}\b(?![.,]\d|\s*%)")


def _editions(s: Sentence, found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """``found`` with the editions written after one by their number alone, each a dataset.

    >>> t = "It reaches 74.6 and 71.9 on TREC DL 2019 and 2020."
    >>> [n.text for _, _, n in _editions(Sentence.of(t), [(t.index("TREC"), t.index(" and 2020"), Name("TREC DL 2019"))])]
    ['TREC DL 2019', 'TREC DL 2020']
    """
    out = {(a, b): name for a, b, name in found}
    for _, b, name in found:
        edition = _EDITION.match(name.text)
        more = _MORE_EDITIONS.match(s.text, b, s.hi) if edition else None
        numbers = list(re.finditer(r"\d{2,4}", more.group())) if edition and more else []
        # of the same shape, not a count after it: "on AIME 2024 and 18 other benchmarks"; each in
        # place of the number found alone ("On the CROHME 2014, 2016 and 2019 test sets")
        if edition and all(len(m.group()) == len(edition.group(2)) for m in numbers):
            for m in numbers:
                out[b + m.start(), b + m.end()] = Name(f"{edition.group(1)} {m.group()}")
    return sorted(((a, b, name) for (a, b), name in out.items()), key=lambda d: d[0])


# a name that says what another is built from: "TCGA-based PathText"
_BASED = re.compile(rf"({BUILT_FROM})\s+([A-Z][\w.+-]*[\w+])")


def _joined(s: Sentence, found: list[tuple[int, int, Name]]) -> list[tuple[int, int, Name]]:
    """Names found apart that are one, a benchmark and its split with only a space between:
    "nuPlan" and "Val14" in "the nuPlan Val14 benchmark"; a name that only says what another is
    built from gives way to it ("the TCGA-based PathText benchmark": PathText)."""
    out: list[tuple[int, int, Name]] = []
    for a, b, name in found:
        after = _BASED.match(s.text, a, s.hi)
        if after is not None and b == a + len(after.group(1)):
            a, b, name = after.start(2), after.end(2), Name(after.group(2))
        if out and s.text[out[-1][1] : a] == " ":
            start = out[-1][0]
            out[-1] = (start, b, Name(s.text[start:b]))
        else:
            out.append((a, b, name))
    return out


def _places(s: Sentence) -> list[tuple[int, int]]:
    """Names a result is "on" that the NER took for systems or missed: those right after a
    number ("85.1% on LEVIR-CD, WHU-CD and SYSU-CD") or before the levels or margin reached
    on them ("on AMBER by 2.8 points"), and a sentence's opening "On PopQA,".

    >>> t = "On PopQA, it gets 92.4% and 94.1% on LEVIR-CD and WHU-CD, and runs 2x faster on H100 GPUs"
    >>> [t[a:b] for a, b in _places(Sentence.of(t))]
    ['PopQA', 'LEVIR-CD', 'WHU-CD']
    >>> t = "On R2R-CE val-unseen, it reaches 58.3%"
    >>> [t[a:b] for a, b in _places(Sentence.of(t))]
    ['R2R-CE val-unseen']
    """
    out = []
    opening = _OPENING_NAME.match(s.text, s.lo, s.hi)
    # a name the sentence opens on is a place even when the NER took it for a task: "On
    # Matbench Discovery, SevenNet-Lite achieves"
    tasks = [opening.span(1)] if opening and s.mention_at(*opening.span(1), ("TASK",)) else []
    tasks = [
        (a, b) for a, b in tasks if not re.search(r"(?i)(?:tion|ing|sis)$", s.text[a:b])
    ]  # "On Image Classification"
    # ... or for a measure, when it is no known one: "On CHAIR, it reduces the hallucination rate"
    measures = (
        [opening.span(1)]
        if opening and s.mention_at(*opening.span(1), ("METRIC",)) and not is_metric_word(opening.group(1))
        else []
    )
    named = _listed(s)  # "On the Breakfast, 50Salads and GTEA benchmarks,": the opening's first
    if opening and not task_short_form(s.text, opening.group(1)) and not named:  # "On REC," a task
        out.append(opening.span(1))
    out += named
    # a name a later clause opens on, before its subject: ", and on RTLLM it reaches"
    clauses = _CLAUSE_NAME.finditer(s.text, s.lo, s.hi)
    out += [m.span(1) for m in clauses if not s.mention_at(*m.span(1), ("MODEL",))]
    for m in _ON_LIST.finditer(s.text, s.lo, s.hi):
        items = [(m.start(1) + n.start(), m.start(1) + n.end()) for n in _LIST_NAME.finditer(m.group(1))]
        # after a number ("85.1% on LEVIR-CD") or before the levels it moves to ("on Peptides-func to
        # 0.7314"), or a list of datasets the NER found some of ("on ACE 2004, ACE 2005, and GENIA")
        if (
            _AFTER_NUMBER.search(s.text, max(s.lo, m.start() - 50), m.start())
            or _TO_LEVEL.match(s.text, m.end(), s.hi)
            or _BY_LEVEL.match(s.text, m.end(), s.hi)
            or (len(items) > 2 and any(s.mention_at(a, b, ("DATASET",)) for a, b in items))
        ):
            out += items
    return [
        (a, b)
        for a, b in out
        if (_SHAPED_NAME.fullmatch(s.text[a:b]) or _SPLIT_AFTER.match(s.text, b) or (a, b) in named)
        and not _HARDWARE_NAME.match(s.text[a:b])
        and not is_language(s.text[a:b])
        and (
            (a, b) in measures
            or not s.mention_at(a, b, ("METRIC",) if (a, b) in tasks else ("METRIC", "TASK"))
        )
        and fold_name(s.text[a:b]) not in known_names("MODEL")  # "On LLaVA-1.5, it gains 2%"
        and not _improved_on(s, a, b)
        # a model by its size, as the NER took it: "On LLaVA-NeXT-7B, PruneVis reduces FLOPs"
        and not (_MODEL_SIZE.search(s.text, a, b) and s.mention_at(a, b, ("MODEL",)))
    ]


def _listed(s: Sentence) -> list[tuple[int, int]]:
    """The items of a list of datasets the sentence opens on, said to be datasets.

    >>> t = "On the Breakfast, 50Salads and GTEA benchmarks, it reaches 64.3, 84.1 and 81.6, respectively"
    >>> [t[a:b] for a, b in _listed(Sentence.of(t))]
    ['Breakfast', '50Salads', 'GTEA']
    """
    listed = _OPENING_LIST.match(s.text, s.lo, s.hi)
    if listed is None:
        return []
    return [
        (listed.start(1) + n.start(), listed.start(1) + n.end()) for n in re.finditer(_ITEM, listed.group(1))
    ]
