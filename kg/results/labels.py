"""Numbers that label rather than measure: years ("in 2015"), list markers ("(1)"), numbers
inside names or versions of them ("Llama 2", "wav2vec 2.0", "Section 3"), and the items of a
list of named scores ("ACDC 62.1, Dark Zurich 51.7"), which are levels on those items."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence, words_before
from .vocabulary import is_metric_word

_NAME_LABELS = ("MODEL", "METHOD", "DATASET", "TASK")
# words a number names a part or a version of: "Section 3", "version 2.0", "Task 4", "Snapdragon 8 Gen 3"
_REFERENCES = frozenset({
    "version", "release", "v", "section", "table", "figure", "fig", "eq", "equation", "appendix",
    "chapter", "task", "track", "phase", "stage", "level", "step", "round", "part", "theorem", "gen",
})  # fmt: skip
# a list of named items with a score each: "(ACDC 62.1, Dark Zurich 51.7, BDD100K 63.5 mIoU)"
# (with what part of it is scored in brackets: "MultiPL-E (average) 62.4")
_LIST_ITEM = re.compile(r"(?:[:,(]|\band)\s*([A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?)(?:\s\([^()]{1,20}\))?\s\Z")
_ITEM_END = re.compile(r"\s*(?:[,;)]|\.(?!\d)|\band\b|[A-Za-z@\d-]+\s*[,;).])")
_SCORED_ITEM = re.compile(
    r"(?:[:,(]|\band)\s*[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?(?:\s\([^()]{1,20}\))?\s\d+\.\d+"
)
_VALUE_OF = re.compile(r"(?:\bof|[:=]|\b(?:obtain|achiev|reach|attain|scor)\w*)\s*\Z")
# a model's version the NER left out of its name ends a clause: "1.96 for Stable Audio 2.0."
_VERSION_END = re.compile(r"\s*(?:[.,;)]|\s(?:and|or)\b|\Z)")
_RATING = re.compile(r"(?i)\b(?:rating|elo)\s+(?:of\s+)?\Z")


def is_year(s: Sentence, q: Quantity) -> bool:
    """A bare four-digit number from 1900 to 2099 is a year ("CROHME 2014", "in 2015"), not a
    rating ("a Codeforces rating of 1936").

    >>> from kg.results.quantities import spot
    >>> t = "in 2015 with 2015 GPUs, 2,015, 2015% and 2000 FPS, a rating of 1936"
    >>> [is_year(Sentence.of(t), q) for q in spot(t)]
    [True, True, False, False, False, False]
    """
    first = q.value.split("-")[0]
    if q.unit or q.measure or q.magnitude or not first.isdigit() or not 1900 <= int(first) <= 2099:
        return False
    return not _RATING.search(s.text, max(s.lo, q.lead - 20), q.lead)


def is_list_marker(text: str, q: Quantity) -> bool:
    """List markers, "(1)" and "2)", number the items of a list.

    >>> from kg.results.quantities import spot
    >>> t = "two parts: (1) a loss; 2) a head, and 3 heads (0.71)"
    >>> [is_list_marker(t, q) for q in spot(t)]
    [True, True, False, False]
    """
    return (
        not q.unit
        and q.is_integer
        and not q.is_range
        and text[q.end : q.end + 1] == ")"
        and q.value.isdigit()
        and int(q.value) < 30
    )


def in_ratio(text: str, q: Quantity) -> bool:
    """A term of a ratio written with a colon ("a 6:1 ratio of linear to softmax layers", "a
    6:1 gear ratio") sets a proportion, no result.

    >>> from kg.results.quantities import spot
    >>> t = "a 6:1 ratio and a 1:3 split; FlashRank-2: 3.4x Faster"
    >>> [in_ratio(t, q) for q in spot(t)]
    [True, True, True, True, False]
    """
    return (
        _RATIO_BEFORE.search(text, max(0, q.lead - 4), q.lead) is not None
        or _RATIO_AFTER.match(text, q.end) is not None
    )


# (the colon right between the terms: not a title's "FlashRank-2: 3.4x Faster")
_RATIO_BEFORE = re.compile(r"\d:\Z")
_RATIO_AFTER = re.compile(r":\d")


def list_item(s: Sentence, q: Quantity) -> tuple[int, int] | None:
    """The span of the item a number scores in a list of named items with a score each,
    or None: "(ACDC 62.1, Dark Zurich 51.7, BDD100K 63.5 mIoU)", "scores: HumanEval 79.3,
    MBPP 76.1"; not versions ("Llama 3.1").

    >>> from kg.results.quantities import spot
    >>> t = "mIoU: ACDC 62.1, Dark Zurich 51.7; Llama 3.1"
    >>> s = Sentence.of(t)
    >>> [(lambda span: span and t[span[0] : span[1]])(list_item(s, q)) for q in spot(t)]
    ['ACDC', 'Dark Zurich', None]
    """
    m = _LIST_ITEM.search(s.text, max(s.lo, q.lead - 40), q.lead)
    if (
        m is None
        or not _ITEM_END.match(s.text, q.tail, s.hi)
        or len(_SCORED_ITEM.findall(s.text, s.lo, s.hi)) < 2
    ):
        return None
    return m.span(1)


def in_name(s: Sentence, q: Quantity) -> bool:
    """Whether the number lies inside a name kg found ("Llama 2", "PASCAL VOC 2012"), or
    follows a capitalised name as a version ("wav2vec 2.0", "YOLO 9000") — a metric name
    before it ("BLEU 28.4") is not a name.

    >>> from kg.records import Mention
    >>> t = "Llama 2 and wav2vec 2.0 and BLEU 28.4"
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 0, 7, "Llama 2", "MODEL")])
    >>> from kg.results.quantities import spot
    >>> [in_name(s, q) for q in spot(t)]
    [True, True, False]
    """
    if q.unit or q.measure:  # "a 40-fold reduction" inside a mention is the NER's slip
        return False
    if list_item(s, q) is not None:  # "ACDC 62.1, Dark Zurich 51.7, ..."
        return False
    named = s.mention_at(q.start, q.end, _NAME_LABELS)
    # a mention run on over "of" or a verb into the number is the NER's slip: "an AUROC of
    # 0.917", "citation graphs it obtains 90.7"
    if named and not _VALUE_OF.search(s.text, named.start, q.start):
        return True
    if q.lead != q.start:
        return False
    before = words_before(s.text, q.start, s.lo, 1)
    if not before or before[0].end() != q.start - 1:
        return False
    word = before[0].group()
    if word.lower() in _REFERENCES:
        return True
    # a model's version the NER left out of its name, at the end of a clause: "1.96 for Stable Audio 2.0."
    model = s.mention_at(before[0].start(), before[0].end(), ("MODEL",))
    if model is not None and model.end == before[0].end() and _VERSION_END.match(s.text, q.tail, s.hi):
        return re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", s.text[q.start : q.end]) is not None
    name_like = any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)
    return (
        name_like
        and not is_metric_word(word)
        and not s.mention_at(before[0].start(), before[0].end(), ("METRIC",))
    )
