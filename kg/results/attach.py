"""Whose number it is and what it is on: dataset, task, method and ``own``.

Datasets and tasks come from the kg mentions of the sentence (plus names written as
"the X dataset" or "the X benchmark", which the NER may miss), picked by word order and
preposition: "on|in|for|across <dataset>" after the number, a sentence opening "On
<dataset>," for all its numbers, or the i-th of n datasets for the i-th of n coordinated
numbers. A number is the paper's own unless the text gives it to another system: an
aside "(versus 0.87 for SD-VAE)", a possessive "X's 76.2%", "et al." in its clause, the
first level of "from 5.1% to 3.2%", or a sentence of background before the paper first
speaks of itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..extract.gazetteer import fold_name, load_gazetteer
from ..records import Mention
from .quantities import Quantity
from .text import DETERMINERS, Sentence, behind, clause_start, phrase_after
from .vocabulary import EFFICIENCY, LANGUAGES, SELF_REFERENCE, TRAIN_VERB, is_metric_word, singular

# names the NER may miss, written as what they are: "the Natural Question dataset"
_NAMED_DATASET = re.compile(
    r"\b((?:[A-Z][\w.+-]*\s+){1,3}(?<=[A-Za-z]\s)[A-Z0-9][\w.+-]*|(?=[\w.+-]*[A-Za-z])[A-Z0-9][\w.+-]*)"
    r"\s+(?:dataset|benchmark|corpus|test\s+set)s?\b"
)
_LABELS = ("DATASET", "MODEL", "METHOD", "METRIC", "TASK")
# a name: a capitalised word, a number or a second word after it ("Mip-NeRF 360", "MATH-500")
_NAME = r"[A-Z][\w.+-]*[\w+](?:\s+[A-Z0-9][\w.+-]*[\w+])?"
# "on A, B and C" after a number, and a sentence opening "On A,"
_ON_LIST = re.compile(
    rf"\b(?i:on)\s+(?:the\s+)?({_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})*(?:,?\s+and\s+{_NAME})?)"
)
_LIST_NAME = re.compile(_NAME)
_OPENING_NAME = re.compile(rf"\s*(?:On|In)\s+(?:the\s+)?({_NAME})\s*,")
# a dataset opening a clause after a number: "..., and on GEOM-Drugs it"
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?i:on|in)\s+(?:the\s+)?\Z")
# a clause of its own place between a dataset and a later number: ", and on the real robot"
_ELSEWHERE = re.compile(
    r"[,;]\s+(?:and\s+|while\s+|whereas\s+|but\s+)?(?i:on|in)\s+(?:(?:the|a|an)\s+)?[a-z]"
)
_TO_LEVEL = re.compile(r"\s+(?:to|from)\s+[\d.]+")
_AFTER_NUMBER = re.compile(r"\d(?:\s?(?:%|x|×|points?|pp))?(?:\s+[\w@.-]+){0,4}\s*$")
# a dataset's name has a second capital, a digit or a hyphen; not a processor's
_SHAPED_NAME = re.compile(r"(?=.*(?:[A-Z].*[A-Z]|\d|-))\S.*")
_HARDWARE_NAME = re.compile(
    r"(?:[AHV]\d{2,3}|RTX|GTX|GPU|TPU|CPU|NPU|Jetson|Snapdragon|Raspberry|iPhone|Pixel|M\d\b)"
)
# a preposition before a dataset, past an article, two adjectives or a list of other names
_DATASET_PREP = re.compile(
    r"\b(?i:on|in|for|across|over|from)\s+(?:(?i:the|a|an|both)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[A-Z][\w.+-]*,?\s+(?:and\s+)?)*$"
)
# a name with two capitals and a small letter after a preposition ("for NuImages"); not "GPUs"
_CAMEL = re.compile(
    r"\b(?i:on|for)\s+(?:the\s+)?((?=\w*[a-z])(?=(?:\w*[A-Z]){2})(?![A-Z]+s\b)[A-Z][\w-]*|[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+)"
)
# a name the number is "on" right after it, whether or not it is known as a dataset
_ON_NAME = re.compile(r"\s*(?:[\w@-]+\s+){0,3}?(?i:on)\s+(?:the\s+)?[A-Z]")
# a dataset before the number ("results on SQuAD with an F1 of 89.3"), unless trained on
# (past two small words: "on the widely studied Switchboard Hub5'00, achieving 16.0% error")
# or as what a verb of change moves ("pushing the GLUE benchmark to 82.2%")
_EARLIER = behind(r"on|in|(?:push|improv|rais|boost|advanc)\w*|transfer\w*(?:\s+well)?\s+to", skip=2)
_TRAINED = behind(TRAIN_VERB + r"\s+(?:\w+\s+){0,2}(?:on|in)", skip=2)
# a test set named in small letters with its year or size: "on newstest2014", "on enwik8"
_CODED = re.compile(
    r"\b(?i:on|in|of)\s+(?:the\s+)?([a-z]+\d{1,4}[a-z\d-]*|[a-z]+(?=[\w-]*(?:\d|[A-Z]\w*[A-Z]))(?:-[A-Za-z0-9]+)+|[a-z]+[A-Z0-9][\w]*-[a-z]+)(?![\w-])"
)
# the level of the best system before: "improving over the previous best IS of 52.52 and FID of"
_PREVIOUS_BEST = re.compile(
    r"(?i)\(\s*(?:the\s+)?(?:previous|prior)\s+(?:best|state[- ]of[- ]the[- ]art|sota)\s*:?\s*$|"
    r"\b(?:previous|prior|former)\s+(?:best|state[- ]of[- ]the[- ]art|sota|record)\s+(?:[\w@-]+\s+){0,3}?"
    r"(?:of|is|was|:)\s+(?:[\d.]+%?\s+(?:and|,)\s+(?:[\w@-]+\s+){0,3}?(?:of|is|was)\s+)?$"
)
# whose level a measure is: "the error rate of professional transcribers is 5.9%"
_OF_SYSTEM = re.compile(r"([\w-]+)\s+of\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?$")
# a sentence opening "On WordNet," sets the dataset of all its numbers, as does "On the RULER
# benchmark at 128K it reaches" or "In the needle-in-a-haystack test, ..."
_OPENING = behind("on|in|for|across", anchored=True)
# ... or names it inside an opening clause: "Under 5-fold cross-validation on BTCV, it obtains",
# "Across 24 low-resource directions from FLORES-200, X improves" (not the training data)
_OPENING_CLAUSE = re.compile(
    r"^(?:On|In|Across|Under|For|When|Averaged|Evaluated|Tested|Measured|Applied|Scaling)\b[^,;]*?"
    r"\b(?i:on|in|across|from|of|to)\s+(?:(?i:the|an?)\s+)?(?:[\w-]+\s+){0,3}$"
)
_OPENING_END = re.compile(
    r"(?:\s+(?:benchmark|dataset|test|suite|task)s?)?(?:\s+(?:at|with|under)\s+[\w.-]+)?"
    r"(?:,|\s+(?:it|we|our|ours|the|this|these|they)\b)"
)
# the markers of another system's number: "(versus 0.87 for SD-VAE)", "outperforming
# GPT-3.5 (57.1%)", "CLIP's 76.2%", "Nickel et al.'s construction obtains 0.87"
_VERSUS = re.compile(r"(?i)(?:\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:to|with))\s*$")
_COMPARED = r"(?i:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|over|versus|vs\.?|compared\s+(?:to|with)"
_COMPARED_ASIDE = re.compile(
    _COMPARED
    + r"|on\s+par\s+with|match\w*|rival\w*)\s+(?:the\s+)?((?:[\w.+/-]+\s+){0,3}[\w.+/-]*[A-Z0-9][\w.+/-]*)\s*\(\s*$"
)
# an unnamed system compared in brackets: "surpassing the best previous open-weight prover (54.9%)"
_COMPARED_GENERIC = re.compile(
    _COMPARED + r")\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,4}(?:baselines?|models?|methods?|systems?|"
    r"provers?|approach(?:es)?|predecessors?|teachers?|agents?|pipelines?|variants?|counterparts?)\s*\(\s*$"
)
# another system's level labelled with its name in brackets: "(vanilla 3DGS: 27.45 dB)"
_LABELLED_ASIDE = re.compile(r"\(\s*((?:[\w.+/-]+\s+){0,3}[\w.+/-]*[A-Z0-9][\w.+/-]*)\s*:\s*$")
# a system named after these is compared with, or the place of, the paper's own
_NOT_SUBJECT = behind(r"than|over|versus|vs\.?|to|with|on|in|for|against")
_OBTAINED_BY = re.compile(
    r"\s*(?:%|x)?\s+(?:obtained|achieved|reported|reached|attained|scored)\s+by\s+(?:the\s+)?([A-Z][\w.+/-]*(?:\s+[A-Z0-9][\w.+/-]*)?)"
)
_OWNER = re.compile(r"\s*(?:for|of|by|from|with)\s+")
# other systems named as the subject of a contrast: "whereas SnapKV and H2O lose 2.1 and"
_SYSTEM_NAME = r"[A-Z][\w.+-]*(?:[A-Z0-9][\w.+-]*)?"
_CONTRAST = re.compile(
    rf"(?i:while|whereas|but)\s+(?:the\s+)?((?-i:{_SYSTEM_NAME}))(?:(?:,\s*|\s+and\s+)(?-i:{_SYSTEM_NAME}))*\s+"
    r"(?:lose|loses|lost|drop|drops|dropped|degrade|degrades|degraded|fall|falls|fell|suffer|suffers)\b"
    r"(?:\s+(?:by\s+)?(?:only\s+|about\s+|roughly\s+)?)?(?:[\d.]+\s*(?:%|points?|pp)?\s*(?:,|and)\s*)*\Z"
)
# the system whose level is moved: "the accuracy of Qwen2.5-Math-7B-Instruct from"
_OF_CHANGED = re.compile(
    r"\bof\s+(?:the\s+)?([A-Z][\w.+-]*\d[\w.+-]*|[A-Z][\w.+-]*[A-Z][\w.+-]*)\s+from\s+\Z"
)
_MOVED = re.compile(
    r"\b(?:rais|improv|boost|lift|increas|reduc|lower|cut|decreas|push)\w*\s+(?:(?:the|its|their)\s+)?[^,;]*\Z"
)
# "We introduce MT-Follow, a benchmark of ...", "we present ChartMaze, a new dataset"
_INTRODUCED_BENCHMARK = re.compile(
    r"\b(?i:we)\s+(?:introduce|present|release|construct|build|curate)\s+([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?)"
    r"\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|test\s?bed|evaluation\s+suite)\b"
)
_POSSESSIVE = re.compile(r"(\S+(?:\s+et\s+al\.)?)['’]s\s+$")
_ET_AL = re.compile(
    r"(?i)([\w-]+\s+et\s+al\.?(?:['’]s)?(?:\s+[\w-]+){0,3}?)\s+(?:obtain|achiev|reach|get|report|attain|score|yield)"
)


@dataclass(slots=True)
class Name:
    """A name read for a result, with the entity of the mention it came from."""

    text: str
    entity: str | None = None


def _name(m: Mention) -> Name:
    return Name(m.text, m.entity or None)


def datasets(s: Sentence) -> list[tuple[int, int, Name]]:
    """The datasets of the sentence, in order: DATASET mentions and "the X dataset".

    >>> t = "We gain on the Natural Question dataset, 7.1 mAP for NuImages, 2% on GPUs and 3 BLEU on newstest2014."
    >>> [n.text for _, _, n in datasets(Sentence.of(t))]
    ['Natural Question', 'NuImages', 'newstest2014']
    """
    found = [
        (m.start, m.end, _name(m))
        for m in s.labelled("DATASET")
        if m.text not in LANGUAGES and not _HARDWARE_NAME.match(m.text)  # "on a single RTX 3090"
    ]
    for pattern in (_NAMED_DATASET, _CAMEL, _CODED):
        # "the BTCV benchmark" says what it is, whatever the NER took it for
        labels = ("DATASET", "METRIC", "TASK") if pattern is _NAMED_DATASET else _LABELS
        for m in pattern.finditer(s.text, s.lo, s.hi):
            if not s.mention_at(m.start(1), m.end(1), labels):
                found.append((m.start(1), m.end(1), Name(m.group(1))))
    for a, b in _places(s):
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, Name(s.text[a:b])))
    return sorted(found, key=lambda d: d[0])


def _places(s: Sentence) -> list[tuple[int, int]]:
    """Names a result is "on" that the NER took for systems or missed: those right after a
    number ("85.1% on LEVIR-CD, WHU-CD and SYSU-CD") and a sentence's opening "On PopQA,".

    >>> t = "On PopQA, it gets 92.4% and 94.1% on LEVIR-CD and WHU-CD, and runs 2x faster on H100 GPUs"
    >>> [t[a:b] for a, b in _places(Sentence.of(t))]
    ['PopQA', 'LEVIR-CD', 'WHU-CD']
    """
    out = []
    opening = _OPENING_NAME.match(s.text, s.lo, s.hi)
    if opening:
        out.append(opening.span(1))
    for m in _ON_LIST.finditer(s.text, s.lo, s.hi):
        # after a number ("85.1% on LEVIR-CD") or before the levels it moves to ("on Peptides-func to 0.7314")
        if _AFTER_NUMBER.search(s.text, max(s.lo, m.start() - 50), m.start()) or _TO_LEVEL.match(
            s.text, m.end(), s.hi
        ):
            out += [(m.start(1) + n.start(), m.start(1) + n.end()) for n in _LIST_NAME.finditer(m.group(1))]
    return [
        (a, b)
        for a, b in out
        if _SHAPED_NAME.fullmatch(s.text[a:b])
        and not _HARDWARE_NAME.match(s.text[a:b])
        and s.text[a:b] not in LANGUAGES
        and not s.mention_at(a, b, ("METRIC", "TASK"))
    ]


@lru_cache(maxsize=1)
def _known_datasets() -> frozenset[str]:
    gazetteer = load_gazetteer()
    return frozenset(
        name for name, cid in gazetteer.alias_index().items() if gazetteer.concepts[cid].type == "DATASET"
    )


def dataset_prefix(phrase: str) -> int:
    """The length of the known dataset's name a measure's phrase opens with, 0 if none:
    "POPE F1" → 4 ("POPE"), "MT-Bench score" → 8.

    >>> dataset_prefix("POPE F1"), dataset_prefix("MT-Bench score"), dataset_prefix("top-1 accuracy")
    (4, 8, 0)
    """
    words = phrase.split()
    for k in range(min(len(words) - 1, 3), 0, -1):
        if fold_name(" ".join(words[:k])) in _known_datasets():
            return len(" ".join(words[:k]))
    return 0


def is_efficiency(metric: str | None) -> bool:
    """Whether a measure is one of cost or size, which is "on" a dataset only when the text
    puts it there (guidelines, section 5).

    >>> is_efficiency("model size"), is_efficiency("running speed"), is_efficiency("top-1 accuracy")
    (True, True, False)
    """
    words = re.findall(r"[\w-]+", (metric or "").lower())
    return any(w in EFFICIENCY or singular(w) in EFFICIENCY for w in words)


def dataset_for(s: Sentence, q: Quantity, metric: str, stop: int) -> Name | None:
    """The dataset a number is on: the first after it behind "on|in|for|across" (past
    ``stop``, the next number, only for scores in a sentence that does not open with
    one), else for scores the dataset a sentence opening "On X," names, else the last
    one before it behind "on" or "in" that is not the training data.

    >>> from kg.results.quantities import spot
    >>> t = "On WordNet, ours gets 0.98 and 70% fewer parameters, and 52.6% mIoU on ADE20K."
    >>> ds = [Mention("abstract", t.index(d), t.index(d) + len(d), d, "DATASET") for d in ("WordNet", "ADE20K")]
    >>> s = Sentence("abstract", t, 0, len(t), ds)
    >>> qs, stops = spot(t), [q.lead for q in spot(t)[1:]] + [len(t)]
    >>> [n.text if n else None for n in (dataset_for(s, *a) for a in zip(qs, ["MAP", "parameters", "mIoU"], stops))]
    ['WordNet', None, 'ADE20K']
    """
    efficient = is_efficiency(metric)
    found = datasets(s)
    opening, opened = next(
        ((n, b) for a, b, n in found if _opens(s, a, b) and b <= q.lead),
        (None, s.lo),
    )
    for a, b, name in found:
        crossing = a >= stop
        if (
            a >= q.tail
            and _DATASET_PREP.search(s.text, s.lo, a)
            and not (crossing and (efficient or opening))
            and not _own_place(s, q, a, b)
        ):
            return name
    if efficient:
        return None
    after = _ON_NAME.match(s.text, q.tail, s.hi)
    if (
        after
        and opening is None
        and not any(a == after.end() - 1 and _own_place(s, q, a, b) for a, b, _ in found)
    ):
        return None
    # "results on SQuAD with an F1 of 89.3"; past the opening, "..., and on LongBench it gains 3.7"
    for a, b, name in reversed(found):
        left = s.text[s.lo : a]
        if b <= q.lead and _ELSEWHERE.search(s.text, b, q.lead):
            return None  # "on LIBERO ..., and on the real robot it succeeds in 81%"
        if opened <= a and b <= q.lead and _EARLIER.search(left) and not _TRAINED.search(left):
            return name
    return None if opening and _ELSEWHERE.search(s.text, opened, q.lead) else opening


def _own_place(s: Sentence, q: Quantity, a: int, b: int) -> bool:
    """Whether the dataset at ``a:b`` after a number belongs to a clause of its own: "...,
    and on GEOM-Drugs it ...", "... and lowers MAE on Peptides-struct to 0.2398".

    >>> from kg.results.quantities import spot
    >>> t = "It gets 95.1%, and on QM9 it gets 90%."
    >>> _own_place(Sentence.of(t), spot(t)[0], t.index("QM9"), t.index("QM9") + 3)
    True
    """
    return bool(_NEW_CLAUSE.search(s.text, q.tail, a) or _TO_LEVEL.match(s.text, b, s.hi))


def _opens(s: Sentence, a: int, b: int) -> bool:
    """Whether the dataset at ``a:b`` is named by the sentence's opening phrase, for all
    its numbers: "On WordNet, ...", "On the RULER benchmark at 128K it ...", "Under 5-fold
    cross-validation on BTCV, it ...", but not "When fine-tuned on X, ...".

    >>> t = "Under 5-fold cross-validation on BTCV, it gets 87.4%."
    >>> _opens(Sentence.of(t), t.index("BTCV"), t.index("BTCV") + 4)
    True
    """
    left = s.text[s.lo : a]
    if _OPENING.match(left):
        return bool(_OPENING_END.match(s.text, b, s.hi))
    return bool(_OPENING_CLAUSE.match(left)) and "," in s.text[b : s.hi] and not re.search(TRAIN_VERB, left)


def task_for(s: Sentence, q: Quantity) -> Name | None:
    """The task of the sentence nearest to the number, one after it preferred.

    >>> from kg.results.quantities import spot
    >>> t = "For retrieval we gain 5% on QA"
    >>> task_for(Sentence.of(t, ("retrieval", "TASK")), spot(t)[0]).text
    'retrieval'
    """
    tasks = s.labelled("TASK")
    if not tasks:
        return None
    later = [m for m in tasks if m.start >= q.tail]
    return _name(later[0] if later else tasks[-1])


def other_system(s: Sentence, q: Quantity, first_of_range: bool) -> Name | bool | None:
    """The system a number belongs to when it is not the paper's: its Name, None for an
    unnamed baseline, or False when the number is the paper's own.

    >>> from kg.results.quantities import spot
    >>> t = "0.38 (versus 0.87 for SD-VAE), while Nickel et al.'s construction obtains 0.87"
    >>> s = Sentence.of(t)
    >>> [other_system(s, q, False) for q in spot(t)]
    [False, Name(text='SD-VAE', entity=None), Name(text="Nickel et al.'s construction", entity=None)]
    >>> t = "Ours (80%) beats GPT-3.5 (57.1%) and 3DGS (3DGS: 27.4 dB) with (FID: 2.8)"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, Name(text='GPT-3.5', entity=None), Name(text='3DGS', entity=None), False]
    >>> t = "an IS of 166.5, over the previous best IS of 52.52 and FID of 18.65"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, None, None]
    >>> t = "The error rate of professional transcribers is 5.9%; the accuracy of our model is 90%"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [Name(text='professional transcribers', entity=None), False]
    >>> t = "Its 4.1 exceeds the 3.2 obtained by Medusa, on par with Self-RAG (54.9)"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, Name(text='Medusa', entity=None), Name(text='Self-RAG', entity=None)]
    """
    left = s.text[s.lo : q.lead]
    compared = _COMPARED_ASIDE.search(left) or _labelled_system(s, left)
    if compared:  # "outperforming GPT-3.5 (57.1%)", "(vanilla 3DGS: 27.45 dB)"
        return _mention_or_text(s, (s.lo + compared.start(1), s.lo + compared.end(1)))
    if _COMPARED_GENERIC.search(left):  # "surpassing the best previous prover (54.9%)": unnamed
        return None
    if _VERSUS.search(left):
        return system_after(s, q)
    m = _POSSESSIVE.search(left)
    if m:
        return Name(m.group(1))
    m = _OF_SYSTEM.search(left)
    named_system = m is not None and not m.group(2).lower().startswith(tuple(DETERMINERS))
    if m and named_system and is_metric_word(m.group(1)) and not SELF_REFERENCE.search(m.group(2)):
        return Name(m.group(2))
    if first_of_range:  # "up from 82.0% for EDM", "the accuracy of Qwen2.5-7B from 88.2%"
        return system_after(s, q, datasets=False) or _changed_system(s, left)
    if _PREVIOUS_BEST.search(left):
        return None
    by = _OBTAINED_BY.match(s.text, q.tail, s.hi)
    if by:  # "exceeds the 3.2 obtained by Medusa"
        return _mention_or_text(s, by.span(1))
    m = _CONTRAST.search(left)
    if m:  # "whereas SnapKV and H2O lose 2.1 and 5.8 points": the systems contrasted with
        return _mention_or_text(s, (s.lo + m.start(1), s.lo + m.end(1)))
    m = _ET_AL.search(s.text, clause_start(s.text, s.lo, q.lead), q.lead)
    return Name(m.group(1)) if m else False


def _changed_system(s: Sentence, left: str) -> Name | None:
    """The named model whose level a verb of change moves "from": "raises the accuracy of
    Qwen2.5-Math-7B from 88.2%", "reduces Zephyr-7B accuracy from 63.7%"."""
    m = _OF_CHANGED.search(left)
    if m:
        return _mention_or_text(s, (s.lo + m.start(1), s.lo + m.end(1)))
    clause = clause_start(s.text, s.lo, s.lo + len(left))
    models = [k for k in s.labelled("MODEL") if clause <= k.start and k.end <= s.lo + len(left)]
    return _name(models[-1]) if models and _MOVED.search(s.text, clause, models[-1].start) else None


def _labelled_system(s: Sentence, left: str) -> re.Match[str] | None:
    """The label of "(vanilla 3DGS: 27.45 dB)" when it names a system, not a measure ("(FID: 2.81)")."""
    m = _LABELLED_ASIDE.search(left)
    if m is None or any(is_metric_word(w) for w in m.group(1).split()):
        return None
    return None if s.mention_at(s.lo + m.start(1), s.lo + m.end(1), ("METRIC",)) else m


def system_after(s: Sentence, q: Quantity, datasets: bool = True) -> Name | None:
    """The system a level is given to right after it: "6.14 for GPTQ", "0.87 of SD-VAE";
    without ``datasets``, not a name tagged as a dataset ("11.3% for CallHome")."""
    m = _OWNER.match(s.text, q.tail)
    span = phrase_after(s.text, m.end(), s.hi, 3) if m else None
    if span is None or (not datasets and s.mention_at(span[0], span[1], ("DATASET",))):
        return None
    return _mention_or_text(s, span)


def _mention_or_text(s: Sentence, span: tuple[int, int]) -> Name:
    m = s.mention_at(span[0], span[1], ("MODEL", "METHOD"))
    return _name(m) if m else Name(s.text[span[0] : span[1]])


def first_own_sentence(sentences: list[Sentence]) -> int:
    """Index of the first sentence where the paper speaks of its own work (0 when it
    never does, so that no sentence counts as background).

    >>> t = ["Models are slow.", "We propose X."]
    >>> first_own_sentence([Sentence("abstract", x, 0, len(x), []) for x in t])
    1
    """
    for i, s in enumerate(sentences):
        if SELF_REFERENCE.search(s.text, s.lo, s.hi):
            return i
    return 0


def background_system(s: Sentence, q: Quantity) -> Name | None:
    """The system a background sentence speaks of: a method or model that opens it or
    the number's clause, with the short form given after it ("Implicit neural
    representations (INRs)").

    >>> from kg.records import Mention
    >>> t = "Implicit neural representations (INRs) reach 1000 FPS"
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 0, 31, t[:31], "METHOD")])
    >>> from kg.results.quantities import spot
    >>> background_system(s, spot(t)[0]).text
    'Implicit neural representations (INRs)'
    """
    starts = (s.lo, clause_start(s.text, s.lo, q.lead))
    for m in s.mentions:
        opening = any(len(s.text[lo : m.start].split()) <= 2 for lo in starts if lo <= m.start)
        if m.label in ("MODEL", "METHOD") and m.end <= q.lead and opening:
            short = re.match(r"\s*\([^()]{1,12}\)", s.text[m.end : q.lead])
            end = m.end + short.end() if short else m.end
            return Name(s.text[m.start : end], m.entity or None)
    return None


def own_method(s: Sentence, q: Quantity, own_name: str | None) -> Name | None:
    """The paper's system a number of its own belongs to: the named method or model
    closest before it in its clause that is not a compared system or a place ("on
    GPUs"), else the name the paper gives its system.

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "With our decoder, SpineNet-190 achieves 52.5% AP over RetinaNet on GPUs and 2x speed"
    >>> ms = [Mention("abstract", t.index(w), t.index(w) + len(w), w, "METHOD") for w in ("decoder", "SpineNet-190", "RetinaNet", "GPUs")]
    >>> s = Sentence("abstract", t, 0, len(t), ms)
    >>> [own_method(s, q, "SpineNet").text for q in spot(t)]
    ['SpineNet-190', 'SpineNet-190']
    """
    if s.field == "title" and own_name:  # "ChunkRoPE: Extending Language Model Context to 1M Tokens"
        return Name(own_name)
    lo = clause_start(s.text, s.lo, q.lead)
    for m in reversed(s.mentions):
        named = any(c.isupper() for c in m.text)  # "SegMAN-B", not "decoder"
        inside = m.label in ("MODEL", "METHOD") and lo <= m.start and m.end <= q.lead
        # a system in an aside closed before the number is another's: "(versus 0.87 for SD-VAE)"
        aside = (
            s.text.rfind("(", lo, m.start) > s.text.rfind(")", lo, m.start) and ")" in s.text[m.end : q.lead]
        )
        if inside and named and not aside and not _NOT_SUBJECT.search(s.text, lo, m.start):
            # a mention run on into the sentence's verb is the name it starts with ("QuaRT cuts model")
            return Name(own_name) if own_name and m.text.startswith(own_name + " ") else _name(m)
    return Name(own_name) if own_name else None


def introduces_benchmark(abstract: str) -> str | None:
    """The name of the benchmark or dataset the paper contributes and evaluates systems on.

    >>> introduces_benchmark("We introduce MT-Follow, a benchmark of 1,200 conversations.")
    'MT-Follow'
    >>> introduces_benchmark("We introduce SIEVE, a data selection method.") is None
    True
    """
    m = _INTRODUCED_BENCHMARK.search(abstract)
    return m.group(1) if m else None


def own_name(title: str) -> str | None:
    """The name a title gives the paper's system: the words before its colon, if short.

    >>> own_name("FiE: Building a Global Probability Space"), own_name("Adding Gradient Noise Improves")
    ('FiE', None)
    """
    head, colon, _ = title.partition(":")
    return head.strip() if colon and 0 < len(head.split()) <= 3 else None
