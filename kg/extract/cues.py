"""What a text says around a mention, for `kg_refine`: whether it is laid out as a title (most
words capitalised, where capitals say nothing), whether a word is shaped as a name, whether a
mention's sentence reports a measure, and whether a METRIC mention names no measure."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

# words that report a measure: a property is a metric in a sentence with one of them or a
# number ("2x faster", "reduces memory by 40%"), a concern elsewhere ("scalability matters")
_MEASURE_CUES = re.compile(
    r"\d|^(?:improv|reduc|increas|decreas|lower|higher|faster|slower|better|worse|outperform|speed-?up"
    r"|fold|times|gain|drop|sav|boost|compar|surpass)\w*$",
    re.I,
)
# properties a method has towards something ("sensitivity to hyperparameters", "robustness to
# noise"): no measure unless their sentence reports one; "sensitivity and specificity" is one
_PROPERTIES_TO = frozenset(
    {"sensitivity", "robustness", "resistance", "invariance", "vulnerability", "susceptibility"}
)
# words before "precision" that make it the precision of numbers, a setting
_NUMERIC = re.compile(
    r"^(?:full|low|lower|half|single|double|mixed|bit|numerical|numeric|reduced|fp\d+|bf16|int\d+)$"
)


def no_measure(
    span: Span, words: list[str], titled: bool, *, known: bool, reports: Callable[[int], bool]
) -> bool:
    """Whether a METRIC mention names no measure: the precision of numbers ("16-bit
    precision", "full precision"), the start of a longer name ("SD" of "SD-VAE"), a plain
    word that a title capitalises ("Language Models on a Diet"), or a property written with
    what it is sensitive to, in a sentence that reports no measure ("sensitivity to
    hyperparameters"; ``reports``: :func:`measured`'s reader)."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if (
        words[-1] in _PROPERTIES_TO
        and len(after) == 2
        and after[0].lower_ == "to"
        and after[1].is_alpha
        and not reports(span.start)
    ):
        return True
    if words[-1] == "precision" and (
        (len(words) == 2 and _NUMERIC.match(words[0]))
        or (len(words) == 1 and span.start > 0 and _NUMERIC.match(doc[span.start - 1].lower_))
    ):
        return True
    if (
        len(after) == 2
        and not span[-1].whitespace_
        and after[0].text == "-"
        and not after[0].whitespace_
        and len(after[1]) > 1
        and after[1].text[0].isupper()
    ):
        return True
    return titled and len(span) == 1 and not known and not name_shaped(span[0], titled)


# what a list of examples of a loss follows: "loss functions such as MSE"; not "objectives",
# which may be measures to optimise ("objectives such as accuracy and latency")
_LOSSES = frozenset({"loss", "losses"})
# a noun between the loss word and the list ("loss functions such as", "loss terms like")
_LOSS_NOUNS = frozenset({"function", "functions", "terms"})
_INTRODUCERS = frozenset({"like", "including"})
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


def named_as_a_loss(span: Span, *, reach: int = 12) -> bool:
    """Whether a mention is an example in a list of losses ("loss functions such as MSE and
    Softmax cross-entropy"), looking at most ``reach`` tokens back in its clause: a measure
    named as a loss is a method (guidelines §2).

    >>> import spacy
    >>> doc = spacy.blank("en")("losses such as MSE and cross-entropy; the MSE drops")
    >>> named_as_a_loss(doc[3:4]), named_as_a_loss(doc[5:6]), named_as_a_loss(doc[9:10])
    (True, True, False)
    """
    doc = span.doc
    for k in range(span.start - 1, max(span.start - reach, 0) - 1, -1):
        word = doc[k].lower_
        if word in _CLAUSE_ENDS:
            return False
        if word in _INTRODUCERS or (word == "as" and k > 0 and doc[k - 1].lower_ == "such"):
            before = k - 2 if word == "as" else k - 1
            if before >= 0 and doc[before].lower_ in _LOSS_NOUNS:
                before -= 1
            return before >= 0 and doc[before].lower_ in _LOSSES
    return False


def name_shaped(tok: Token, titled: bool) -> bool:
    """A word shaped like a name: a capital after its first letter or a digit ("ConvNet",
    "T5", "HMER"), or a capital mid-sentence in running text ("Falcon")."""
    text = tok.text
    if any(ch.isdigit() for ch in text) or any(ch.isupper() for ch in text[1:]):
        return True
    return not titled and capitalised(tok)


def capitalised(tok: Token) -> bool:
    """A capital that is not the sentence's: part of a name in running text."""
    return bool(tok.text[:1].isupper()) and tok.i > 0 and tok.nbor(-1).text not in {".", "!", "?", ":"}


def layout(doc: Doc) -> tuple[bool, list[int]]:
    """Whether most words are capitalised, as in a title, where capitals say nothing; and the
    token offsets just past each sentence-final mark (the pipeline has no parser). One pass:
    walking a Doc's tokens is most of this component's time."""
    words = capitals = 0
    ends = []
    for t in doc:
        if t.is_alpha and not t.is_stop:
            words += 1
            capitals += t.text[0].isupper()
        elif t.text in {".", "!", "?"} and (t.whitespace_ or t.i + 1 == len(doc)):
            ends.append(t.i + 1)
    return words > 0 and capitals > 0.6 * words, ends


def measured(doc: Doc, ends: list[int]) -> Callable[[int], bool]:
    """Whether the sentence holding a token reports a measure (``ends``: the sentences' ends,
    from :func:`layout`); each sentence is read once, when first asked about, so a long
    sentence of many metric mentions costs time in its length, not in its length times theirs.

    >>> import spacy
    >>> doc = spacy.blank("en")("It is fast. Accuracy is 84.1%.")
    >>> reports = measured(doc, layout(doc)[1])
    >>> reports(0), reports(5)
    (False, True)
    """
    known: dict[int, bool] = {}

    def reports(at: int) -> bool:
        k = bisect.bisect_right(ends, at)
        if k not in known:
            sentence = doc[ends[k - 1] if k else 0 : ends[k] if k < len(ends) else len(doc)]
            known[k] = any(_MEASURE_CUES.search(t.text) for t in sentence)
        return known[k]

    return reports
