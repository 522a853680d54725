"""What a number is on: its dataset and task.

Datasets and tasks come from the kg mentions of the sentence (plus the names
:mod:`kg.results.named_places` finds that the NER may miss, and names the gazetteer knows at
the start of a measure: "POPE F1"), picked by word order and preposition: "on|in|for|
across <dataset>" after the number, a sentence opening "On <dataset>," (or a clause
naming one: "Under 5-fold cross-validation on BTCV,") for all its numbers, a dataset
before the number behind "on" or "in", or the i-th of n datasets for the i-th of n
coordinated numbers (:mod:`kg.results.extract`). A benchmark the paper introduces
(:func:`kg.results.proposed.introduces_benchmark`) is the dataset of its results that name no other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .moved import EARLIER, moved_on
from .named_places import BUILT_FROM, CLAUSE_ON, COUNT_OF, PARTS, WHAT_IT_IS, datasets
from .names import Name, mention_name
from .quantities import Quantity, spot
from .text import CLAUSE_JOINT, ITEM_NAME, Sentence, behind, list_span, part_of
from .vocabulary import TRAIN_VERB, is_efficiency

# the quality a cost is paid with, named with its own place: "with an accuracy drop of less than one point on"
_WITH_DROP = re.compile(r"\bwith\s+(?:an?\s+|no\s+)?(?:[\w-]+\s+)?(?:drop|loss|degradation|decrease)\b")

_PART_BEFORE = part_of(PARTS)
# a name that says which part of a dataset: "on the AST categories of BFCL", "the AST subset of"
_PART_NAME = re.compile(r"(?:\s+" + PARTS + r")?\s+of\s")
_PART_END = re.compile(PARTS + r"$")

# a dataset opening a clause after a number: "..., and on GEOM-Drugs it"
# (past the items listed before it: ", while on WHU-CD and SYSU-CD")
_NEW_CLAUSE = re.compile(
    CLAUSE_ON
    + r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,4}(?:[\w.+-]+(?:\s+[\w.+-]+)?(?:\s*,\s*|\s+and\s+|,\s+and\s+)){0,3}\Z"
)
_ACROSS = re.compile(r"\b(?:across|over)\s+(?:the\s+)?\Z")
# a clause of its own place between a dataset and a later number: ", and on the real robot"
_ELSEWHERE = re.compile(CLAUSE_ON + r"(?:(?:the|a|an)\s+)?[a-z]")

# a level and the item it is reached on: "62.1 on ListOps", "0.921 on the PTB-XL"
# (a shot setting may come first: "52.1 on 5-shot MMLU")
ON_ITEM = re.compile(rf"\s+on\s+(?:the\s+)?(?:(?:\d+|zero|one|few)-shot\s+)?({ITEM_NAME})")
# a dataset with levels of its own, past a part of it: "and on CharXiv reasoning questions from 29.8%"
_OWN_LEVELS = re.compile(r"(?:\s+(?!(?:and|or|but|while|whereas)\b)[a-z][\w-]*){0,3}\s+(?:to|from)\s+[\d.]+")

# a preposition before a dataset, past an article, two words ("the 38 tasks of the") or other names
_DATASET_PREP = re.compile(
    r"\b(?i:on|in|for|across|over|from)\s+(?:(?i:the|a|an|both)\s+)?(?:[\w-]+\s+){0,2}?"
    # a part or a version of a dataset: "on the AST subset of BFCL", "on a Korean translation of GSM8K"
    r"(?:(?:tasks|datasets|subsets?|splits?|categories|pass|versions?|variants?|translations?|extensions?|slices?|portions?|partitions?|pairs|languages|domains)"
    r"\s+of\s+(?:the\s+)?)?(?:[A-Z][\w.+-]*,?\s+(?:and\s+)?)*$"
)

# a name the number is "on" right after it, whether or not it is known as a dataset
_ON_NAME = re.compile(r"\s*(?:[\w@-]+\s+){0,3}?(?i:on)\s+(?:the\s+)?[A-Z]")

# a share of a benchmark's items: "resolves 41.2% of SWE-bench Verified", "63.5% of miniF2F theorems"
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# where the next clause begins
# a clause that states results of its own: ", while ...", ", and reaches 91.5% on HumanEval+", ", and it
# also achieves the best result on"
_NEXT_CLAUSE = re.compile(
    r";|,\s+(?:while|whereas)\b|,\s+and\s+(?:(?:it|they)\s+)?(?:also\s+)?"
    r"(?:reach|achiev|obtain|attain|scor|set|surpass|outperform|exceed|beat|match)\w*\b"
    # where the gains are largest: "from 47.1 to 50.4, with the largest gains on FiQA"
    r"|,\s+with\s+the\s+(?:largest|biggest|greatest|most|strongest)\s+(?:\w+\s+)?(?:gains?|improvements?)\b"
    # a clause of another subject: ", and the larger variants show consistent gains on COCO"
    r"|,\s+and\s+(?:the|its|our|their|these)\s+(?:[\w-]+\s+){0,3}(?:show|shows|give|gives|bring|brings)\b"
)

# what a system was trained on, maybe an amount of it: "fine-tuned on 100 hours of LibriSpeech"
# (not what it is also evaluated on: "Trained and evaluated on AMASS")
_TRAINED = behind(
    TRAIN_VERB
    + r"\s+(?:(?!evaluat|test)\w+\s+){0,2}(?:on|in)(?:\s+(?:\d[\d.,]*\s*[%kKMB]?|a\s+(?:subset|fraction|portion))\s+(?:[a-z]+\s+)?of)?",
    skip=2,
)
# measures of generated samples, taken against the data the generator is trained on: "When
# trained on ImageNet, BigGANs achieve an IS of 166.5"
_OF_SAMPLES = re.compile(r"(?i)^(?:[rgs]?FID|IS|KID|Inception\s+Score|Fr[eé]chet\s+Inception\s+Distance)\b")

# a sentence opening "On WordNet," sets the dataset of all its numbers, as does "On the RULER
# benchmark at 128K it reaches" or "In the needle-in-a-haystack test, ..."
_OPENING = re.compile(
    rf"^(?i:on|in|for|across)\s+(?:(?i:the)\s+)?(?:{BUILT_FROM}\s+)?" + WHAT_IT_IS + COUNT_OF + r"$"
)  # (past what it is built from: "On the TCGA-based PathText benchmark,")
# the part of a dataset a system is trained with: "1% of the Human3.6M training labels"
_TRAINING_PART = re.compile(r"\s+training\s+(?:labels|set|split|data|images|examples)\b")
# before a dataset that a number follows at once: "... trains X on ogbn-papers100M 3.1x"
_ON_RIGHT_BEFORE = behind("on")
# what a model has wherever it is evaluated: its parameters (its training's cost is measured
# on the data the sentence opens on: "On LargeST, ... and 3.7x less training time")
_OWN_SIZE = re.compile(r"(?i)\bparam")

# ... or names it inside an opening clause: "Under 5-fold cross-validation on BTCV, it obtains",
# "Across 24 low-resource directions from FLORES-200, X improves" (not the training data)
_OPENING_CLAUSE = re.compile(
    r"^(?:(?i:On|In|Across)|Under|For|When|Averaged|Evaluated|Tested|Measured|Applied|Scaling)\b(?:[^,;]|,(?=\d{3}))*?"
    r"\b(?i:on|in|across|from|of|to)\s+(?:(?i:the|an?)\s+)?(?:[\w-]+\s+){0,3}$"
)

# an opening clause that says where the sentence's numbers were measured: "Applied to OpenHands
# on SWE-bench Verified, it reduces input tokens by 57%" (costs included, guidelines section 5)
# ... but not with another setting beside it: "on LongBench and a production RAG trace"
_AND_A_SETTING = re.compile(r"\s+and\s+an?\s")
_EVALUATED_ON = re.compile(
    r"(?:Evaluated|Tested|Measured|Applied|Deployed|Benchmarked)\b[^,;]*\b(?:on|in)\s+(?:the\s+)?\Z"
)

_OPENING_END = re.compile(
    r"(?:\s+\d+\s*[x\u00d7]\s*\d+)?"  # a resolution: "On ImageNet 256x256,"
    r"(?:\s+(?:val|valid|validation|test|dev)[\w-]*)?"  # a split the NER left out: "On COCO val2017,"
    r"(?:(?:\s+[a-z][\w-]*){0,3}\s+(?:benchmark|dataset|test|suite|task|set|split)s?)?(?:\s+(?:at|with|under|using)\s+[^,;.()]{1,60}?(?=,))?"
    # its parts, as the opening's name reads them: "On Mip-NeRF 360 scenes rendered at 1080p,"
    r"(?:(?:\s+[a-z][\w-]*)?\s+(?:tasks|scenes|games|environments|episodes)\b[^,.;]{0,40}(?=,))?"
    r"(?:,|\s+(?:it|we|our|ours|the|this|these|they)\b)"
)


def dataset_for(
    s: Sentence, q: Quantity, metric: str, stop: int, found: list[tuple[int, int, Name]] | None = None
) -> Name | None:
    """The dataset a number is on, of the sentence's ``found`` (:func:`datasets`, read
    when not given): the first after it behind "on|in|for|across" (past ``stop``, the next
    number, only for scores in a sentence that does not open with one), else the dataset a
    sentence opening "On X," names (for costs only when the sentence's first words name it,
    and never for parameters), else for scores the last one before it behind
    "on" or "in" that is not the training data, else the training data when the sentence
    names no other dataset ("Pretrained only on ImageNet-1K, a ViT-L/16 reaches 79.8%").

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "On WordNet, ours gets 0.98 and 70% fewer parameters, and 52.6% mIoU on ADE20K."
    >>> ds = [Mention("abstract", t.index(d), t.index(d) + len(d), d, "DATASET") for d in ("WordNet", "ADE20K")]
    >>> s = Sentence("abstract", t, 0, len(t), ds)
    >>> qs, stops = spot(t), [q.lead for q in spot(t)[1:]] + [len(t)]
    >>> [n.text if n else None for n in (dataset_for(s, *a) for a in zip(qs, ["MAP", "parameters", "mIoU"], stops))]
    ['WordNet', None, 'ADE20K']
    """
    efficient = is_efficiency(metric)
    found = datasets(s) if found is None else found
    a, opened, opening = _opening(s, q, found) or (s.lo, s.lo, None)
    first = opening is not None and _costs_there(s, a, opened)
    moved = moved_on(s, q, found)
    if moved is not None:
        return moved
    for k, (a, b, name) in enumerate(found):
        crossing = a >= stop
        if (
            a >= q.tail
            and not _NEXT_CLAUSE.search(s.text, q.tail, a)  # ", while closed-loop evaluation on Bench2Drive"
            and (_DATASET_PREP.search(s.text, s.lo, a) or _SHARE_OF.fullmatch(s.text, q.tail, a))
            and not (crossing and (efficient or opening))
            and not (efficient and _WITH_DROP.search(s.text, q.tail, a))  # "..., with a drop of 0.3 on MMLU"
            and not (opening and CLAUSE_JOINT.search(s.text, q.tail, a))  # "On POPE ... 2 points, and on X"
            and not _own_place(s, q, a, b)
            and not (k + 1 < len(found) and _part_name(s, a, b))
        ):
            return _across_list(s, found, k) or name
    if efficient:
        # a cost stated right after "on X" is on X ("trains GraphSAGE on ogbn-papers100M 3.1x
        # faster"); a sentence that opens on a dataset ("On MT-Bench, it is 3x faster") states
        # its costs there too, training's included, but not a model's size (guidelines section 5)
        on = next((n for a, b, n in found if b <= q.lead and _right_after_on(s, q, a, b)), None)
        if _OWN_SIZE.search(metric):
            return None
        return on or (
            opening
            if first
            else _opening_list(s, q, found) or _qualified_opening(s, q, found) or _framing(s, q, found)
        )
    after = _ON_NAME.match(s.text, q.tail, s.hi)
    if (
        after
        and opening is None
        and not any(a == after.end() - 1 and _own_place(s, q, a, b) for a, b, _ in found)
    ):
        return None
    return _before(s, q, metric, found, opened, opening)


def _before(
    s: Sentence,
    q: Quantity,
    metric: str,
    found: list[tuple[int, int, Name]],
    opened: int,
    opening: Name | None,
) -> Name | None:
    """The dataset of a score named before it (:func:`dataset_for`'s last resorts)."""
    # "results on SQuAD with an F1 of 89.3"; past the opening, "..., and on LongBench it gains 3.7"
    for a, b, name in reversed(found):
        left = s.text[s.lo : a]
        if b <= q.lead and _ELSEWHERE.search(s.text, b, q.lead):
            return None  # "on LIBERO ..., and on the real robot it succeeds in 81%"
        earlier = EARLIER.search(left) or _PART_BEFORE.search(left)  # "on the long-video split of X, where"
        trained = _TRAINED.search(left) and not _OF_SAMPLES.match(metric)
        if opened <= a and b <= q.lead and earlier and not trained:
            return name
    # evaluated where it was trained, for want of another place ("Trained only on COCO-Stuff",
    # "With only 1% of the Human3.6M training labels")
    only = found[0] if len(found) == 1 else None
    if (
        opening is None
        and only
        and only[1] <= q.lead
        and (trained_on(s, only[0]) or _TRAINING_PART.match(s.text, only[1]))
    ):
        return only[2]
    return None if opening and _ELSEWHERE.search(s.text, opened, q.lead) else opening


def _part_name(s: Sentence, a: int, b: int) -> bool:
    """Whether the name at ``a:b`` says which part of the dataset named after it: "on the AST
    categories of BFCL", "on the AST subset of GPQA"."""
    m = _PART_NAME.match(s.text, b)
    return m is not None and (m.group().strip() != "of" or _PART_END.search(s.text, a, b) is not None)


def _across_list(s: Sentence, found: list[tuple[int, int, Name]], k: int) -> Name | None:
    """The longest list of datasets as written that starts with ``found[k]`` after "across" or
    "over", where a level averaged over it is: "79.6% across MMLU-Med, MedQA-US and BioASQ"."""
    if not _ACROSS.search(s.text, max(s.lo, found[k][0] - 12), found[k][0]):
        return None
    span = next(_lists_from(s, found, k), None)
    return Name(s.text[span[0] : span[1]]) if span else None


def _lists_from(s: Sentence, found: list[tuple[int, int, Name]], k: int) -> Iterator[tuple[int, int]]:
    """The spans of the lists of datasets as written that start with ``found[k]``, longest first."""
    for j in range(len(found), k + 1, -1):
        span = list_span(s.text, found[k:j])
        if span:
            yield span


def _opening_list(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> Name | None:
    """The list of datasets the sentence opens on, as written, before ``q``: its costs are
    stated there too ("On AlpacaEval 2.0 and MATH-500, PTR ... reduces latency by 2.7x").

    >>> t = "On AlpacaEval 2.0 and MATH-500, PTR reduces latency by 2.7x."
    >>> ds = [(t.index(n), t.index(n) + len(n), Name(n)) for n in ("AlpacaEval 2.0", "MATH-500")]
    >>> from kg.results.quantities import spot
    >>> _opening_list(Sentence.of(t), spot(t)[-1], ds)
    Name(text='AlpacaEval 2.0 and MATH-500', entity=None)
    """
    if not found or not _OPENING.match(s.text[s.lo : found[0][0]]):
        return None
    for span in _lists_from(s, found, 0):
        if span[1] <= q.lead and _OPENING_END.match(s.text, span[1], s.hi):
            return Name(s.text[span[0] : span[1]])
    return None


def _costs_there(s: Sentence, a: int, b: int) -> bool:
    """Whether a sentence that opens on the dataset at ``a:b`` states its costs there too:
    "On MT-Bench, it is 3x faster", "Applied to OpenHands on SWE-bench Verified, it reduces
    input tokens by 57%"; not beside another setting ("on LongBench and a production trace")."""
    if _OPENING.match(s.text[s.lo : a]):
        return True
    return bool(_EVALUATED_ON.match(s.text, s.lo, a)) and not _AND_A_SETTING.match(s.text, b)


def _opening(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> tuple[int, int, Name] | None:
    """The dataset the sentence's opening names before the number (:func:`opens`)."""
    return next(((a, b, n) for a, b, n in found if b <= q.lead and opens(s, a, b)), None)


# the words qualifying the dataset an opening names, up to its comma or the subject
_QUALIFIED_END = re.compile(r"(?:\s+(?!and\b)[\w-]+){1,7}?(?:,|\s+(?:it|we|our|ours|the|this|these|they)\b)")


def _qualified_opening(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> Name | None:
    """The dataset an opening names with words of its own after it, before ``q``: a cost is
    stated there too ("On CAMEO targets released after the training cutoff, ...", "On ScanNet
    semantic segmentation it ...")."""
    if not found or not _OPENING.match(s.text[s.lo : found[0][0]]):
        return None
    end = _QUALIFIED_END.match(s.text, found[0][1], s.hi)
    return found[0][2] if end is not None and end.end() <= q.lead else None


# a dataset a clause is on or works from: "training ... on UltraFeedback", "scenes from Mip-NeRF 360"
_FRAMED = re.compile(r"\b(?i:on|from|in|of)\s+(?:(?i:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}\Z")


# a size the NER took for a name: "on a 1M-row dataset", "a 100M-document corpus"
_SIZED = re.compile(r"\d[\d.,]*[KMB]?-[a-z]+\Z")


def _framing(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> Name | None:
    """The one dataset a sentence's cost is measured on when the sentence names it before any
    number: "Splat-XR renders scenes from Mip-NeRF 360 at a stable 72 FPS", "combined with a Mask
    R-CNN head on COCO, it reduces detection latency by 37%" (not a dataset a score comes before,
    "reaches 79.6% on ImageNet-1K at 0.91 ms latency", nor the first of a list).

    >>> from kg.results.quantities import spot
    >>> t = "It renders scenes from Mip-NeRF 360 at 72 FPS."
    >>> s = Sentence.of(t, ("Mip-NeRF 360", "DATASET"))
    >>> _framing(s, spot(t)[-1], datasets(s))
    Name(text='Mip-NeRF 360', entity=None)
    >>> t = "Trained on COCO with 8 GPUs, it runs at 72 FPS."
    >>> s = Sentence.of(t, ("COCO", "DATASET"))
    >>> _framing(s, spot(t)[-1], datasets(s)) is None
    True
    """
    if not found or found[0][1] > q.lead:
        return None
    a, b, name = found[0]
    listed = len(found) > 1 and re.fullmatch(r"\s*(?:,|and|,\s+and)\s*", s.text[b : found[1][0]])
    listed = listed or _AND_A_SETTING.match(s.text, b)  # "on LongBench and a production RAG trace"
    if not _FRAMED.search(s.text, max(s.lo, a - 40), a) or listed or _SIZED.match(name.text):
        return None
    # no number comes first, nor between (one inside a name, "Llama-3.1-8B", is none)
    for x in spot(s.text[s.lo : q.lead]):
        if not any(m.start <= s.lo + x.start < m.end for m in s.mentions):
            return None
    return name


def _right_after_on(s: Sentence, q: Quantity, a: int, b: int) -> bool:
    """Whether the number follows the dataset at ``a:b`` at once, behind "on": "trains
    GraphSAGE on ogbn-papers100M 3.1x faster"."""
    return not s.text[b : q.lead].strip() and _ON_RIGHT_BEFORE.search(s.text, max(s.lo, a - 8), a) is not None


def _own_place(s: Sentence, q: Quantity, a: int, b: int) -> bool:
    """Whether the dataset at ``a:b`` after a number belongs to a clause of its own: "...,
    and on GEOM-Drugs it ...", "... and lowers MAE on Peptides-struct to 0.2398".

    >>> from kg.results.quantities import spot
    >>> t = "It gets 95.1%, and on QM9 it gets 90%."
    >>> _own_place(Sentence.of(t), spot(t)[0], t.index("QM9"), t.index("QM9") + 3)
    True
    """
    return bool(_NEW_CLAUSE.search(s.text, q.tail, a) or _OWN_LEVELS.match(s.text, b, s.hi))


def trained_on(s: Sentence, a: int) -> bool:
    """Whether the dataset starting at ``a`` is what a system was trained on ("Trained only on
    COCO-Stuff")."""
    return _TRAINED.search(s.text, s.lo, a) is not None


def opens(s: Sentence, a: int, b: int) -> bool:
    """Whether the dataset at ``a:b`` is named by the sentence's opening phrase, for all
    its numbers: "On WordNet, ...", "On the RULER benchmark at 128K it ...", "Under 5-fold
    cross-validation on BTCV, it ...", but not "When fine-tuned on X, ...".

    >>> t = "Under 5-fold cross-validation on BTCV, it gets 87.4%."
    >>> opens(Sentence.of(t), t.index("BTCV"), t.index("BTCV") + 4)
    True
    >>> t = "On 10-task Split ImageNet-R, it gets 78.4%."
    >>> opens(Sentence.of(t), t.index("ImageNet-R"), t.index("ImageNet-R") + 10)
    True
    """
    left = s.text[s.lo : a]
    if _OPENING.match(left):
        return bool(_OPENING_END.match(s.text, b, s.hi))
    return bool(_OPENING_CLAUSE.match(left)) and "," in s.text[b : s.hi] and not re.search(TRAIN_VERB, left)


def on_item(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> tuple[Name, str | None] | None:
    """The dataset of a level reached "on" the item after it, and the part of the benchmark the
    item is when the sentence opens on that benchmark: "On the Long Range Arena benchmark, X
    obtains 62.1 on ListOps" is LRA's ListOps part.

    >>> from kg.results.quantities import spot
    >>> t = "On LRA, it obtains 62.1 on ListOps."
    >>> s = Sentence.of(t, ("LRA", "DATASET"))
    >>> on_item(s, spot(t)[0], datasets(s))
    (Name(text='LRA', entity=None), 'ListOps')
    """
    m = ON_ITEM.match(s.text, q.tail, s.hi)
    if m is None:
        return None
    item = m.group(1).rstrip(".")
    opening = _opening(s, q, found)
    # not past a clause of its own: "On ImageNet, ..., and our model reaches 0.83 on GenEval"
    if (
        opening is not None
        and item != opening[2].text
        and not CLAUSE_JOINT.search(s.text, opening[1], q.lead)
    ):
        return opening[2], item
    named = s.mention_at(m.start(1), m.start(1) + len(item), ("DATASET",))
    return (mention_name(named) if named else Name(item)), None
