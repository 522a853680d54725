"""Other systems a sentence names for a level by its syntax: the system a relative clause gives
the level to ("agents built on Claude 3.5 Sonnet, which reaches 49.0%"), the system named before
the brackets of "(ours vs. theirs)" ("the quality of the original 3DGS (27.44 vs. 27.21 dB)"),
a level written as a system's ("the human baseline of 91.4%"), and the model "the original
model" is ("the merged LLaVA-Video-7B scores 62.9%, compared with 63.3% for the uncompressed model").
"""

from __future__ import annotations

import re

from ..records import Result
from .names import Name, mention_name
from .quantities import Quantity
from .text import Sentence
from .vocabulary import LEVELS_LISTED

# a relative clause that gives a level to the system before it: ", which reaches"
# (and the levels listed before the number: "which reaches 88.0% and 95.8%")
_WHICH = (
    r",\s+which\s+(?:only\s+|also\s+)?(?:reach|achiev|scor|attain|obtain)\w*\s+(?:only\s+|about\s+)?"
    + LEVELS_LISTED
    + r"\Z"
)
_WHICH_LEVEL = re.compile(
    # past the word of its role: "a prompted GPT-4o baseline, which reaches 51.2 F1"
    r"(\s+(?:baseline|model|system|agent|policy))?"
    # (or past the dataset it is outdone on: "surpasses GPT-4o on AIME 2024, which scores 9.3%")
    r"(?:\s+on\s+[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?)?" + _WHICH
)
# ... or described as another's: "close to the 1,000-step teacher, which reaches 88.0% and 95.8%"
_WHICH_DESCRIBED = re.compile(
    r"(?i)\bthe\s+(?:[\w.,-]+\s+){0,4}?(?:teacher|baseline|(?:prior|previous|original|dense|full)\s+model)s?"
    + _WHICH
)
# a level written as another system's: "the human baseline of 91.4%"
_SYSTEM_OF = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){0,2}(?:baselines?|teachers?|humans?|annotators?|experts?))\s+of\s+"
    r"(?:about\s+|only\s+|roughly\s+)?\Z",
    re.I,
)
# a system after a word of comparison, right before a bracket: "quality to NeRF (26.58 vs. 26.50 dB)"
_BEFORE_BRACKET = re.compile(
    r"\b(?:of|to|with|than|over|matching|versus)\s+(?:the\s+)?(?:original\s+|standard\s+|vanilla\s+)?"
    r"(\S+(?:\s\S+){0,2}?)\s*\Z"
)


def compared_before(s: Sentence, q: Quantity) -> Name | None:
    """The system named, after a word of comparison, right before the brackets of "(ours vs.
    theirs)": "matching the quality of the original 3DGS (27.44 vs. 27.21 dB)", "comparable
    quality to NeRF (26.58 vs. 26.50 dB)".

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "comparable quality to NeRF (26.58 vs. 26.50 dB)"
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 22, 26, "NeRF", "METHOD")])
    >>> compared_before(s, spot(t)[1])
    Name(text='NeRF', entity=None)
    """
    opening = s.text.rfind("(", s.lo, q.lead)
    m = _BEFORE_BRACKET.search(s.text, s.lo, opening) if opening >= 0 else None
    if m is None:
        return None
    system = s.mention_at(m.start(1), m.end(1), ("MODEL", "METHOD"))
    return mention_name(system) if system is not None and (system.start, system.end) == m.span(1) else None


def which_level(s: Sentence, q: Quantity, own: Name | None) -> Name | None:
    """The system a relative clause gives the number to, when it is not the paper's: "30x
    cheaper than agents built on Claude 3.5 Sonnet, which reaches 49.0%".

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "cheaper than agents built on Claude 3.5 Sonnet, which reaches 49.0%"
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 29, 46, "Claude 3.5 Sonnet", "MODEL")])
    >>> which_level(s, spot(t)[-1], Name("SWE-Lite")), which_level(s, spot(t)[-1], Name("Claude"))
    (Name(text='Claude 3.5 Sonnet', entity=None), None)
    """
    m = _WHICH_LEVEL.search(s.text, s.lo, q.lead)
    system = (
        next(
            (x for x in s.mentions if x.end in (m.start(), m.end(1)) and x.label in ("MODEL", "METHOD")), None
        )
        if m
        else None
    )
    if system is None or (own is not None and system.text.startswith(own.text)):
        return None
    return mention_name(system)


def which_described(s: Sentence, q: Quantity) -> bool:
    """Whether a relative clause gives the number to a system described as another's, not
    named: "close to the 1,000-step teacher, which reaches 88.0% and 95.8%".

    >>> from kg.results.quantities import spot
    >>> t = "it attains 87.2%, close to the 1,000-step teacher, which reaches 88.0% and 95.8%"
    >>> [which_described(Sentence.of(t), q) for q in spot(t)]
    [False, True, True]
    """
    return _WHICH_DESCRIBED.search(s.text, max(s.lo, q.lead - 120), q.lead) is not None


def level_of_system(s: Sentence, q: Quantity) -> Name | None:
    """The other system a level is written as "of": "far below the human baseline of 91.4%",
    "the teacher model of 2.27" (not the paper's: "our model of").

    >>> from kg.results.quantities import spot
    >>> t = "far below the human baseline of 91.4%, and our model of 3.2"
    >>> [level_of_system(Sentence.of(t), q) for q in spot(t)]
    [Name(text='human baseline', entity=None), None]
    """
    m = _SYSTEM_OF.search(s.text, s.lo, q.lead)
    return Name(m.group(1)) if m and not re.match(r"(?i)(?:our|ours|its|this)\b", m.group(1)) else None


# a model named as changed by the paper's method, whose unchanged form is the same model: "the
# merged LLaVA-Video-7B scores 62.9%, compared with 63.3% for the uncompressed model"
_CHANGED_MODEL = re.compile(
    r"(?i)\bthe\s+(?:pruned|merged|quantized|compressed|sparsified|distilled|accelerated)\s+\Z"
)


def unmodified_base(s: Sentence, q: Quantity, out: list[Result]) -> Name | None:
    """The model the sentence names before ``q`` whose unmodified form "the original model"
    is: "the pruned LLaVA-NeXT-7B scores 63.9, compared with 64.6 for the full model"; not a
    system another level is given to, unless it is named as changed ("the merged X scores")."""
    given = {r.method for r in out if r.method}
    models = [
        m
        for m in s.labelled("MODEL")
        if m.end <= q.lead and (m.text not in given or _CHANGED_MODEL.search(s.text, s.lo, m.start))
    ]
    return mention_name(models[0]) if models else None


# a sentence that opens by setting what follows against the paper's system, and its subject, up
# to its verb: "By contrast, standard post-training INT8 quantization loses"
_CONTRASTED_SUBJECT = re.compile(
    r"(?:In\s+comparison|By\s+contrast|In\s+contrast),\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[\w.+/-]+\s+){0,7}?[\w.+/-]+)\s+(?:only\s+)?"
    r"(?:drops?|loses?|lost|retains?|leaves?|reaches|reached|achieves?|achieved|degrades?|falls?|fell|"
    r"scores?|obtains?|gets?|yields?|stays?|remains?)\b"
)


def contrasted_subject(s: Sentence, q: Quantity) -> Name | None:
    """The system a sentence opening "By contrast," or "In comparison," names as its subject,
    whose levels follow, when it is not the paper's ("we", "our", "ours").

    >>> from kg.results.quantities import spot
    >>> t = "By contrast, standard post-training INT8 quantization loses 5.2 mAP."
    >>> contrasted_subject(Sentence.of(t), spot(t)[0])
    Name(text='standard post-training INT8 quantization', entity=None)
    >>> t = "In contrast, our model loses 0.2 mAP."
    >>> contrasted_subject(Sentence.of(t), spot(t)[0]) is None
    True
    """
    m = _CONTRASTED_SUBJECT.match(s.text, s.lo, q.lead)
    if m is None or re.search(r"(?i)\b(?:we|our|ours|it|its|this|these|they)\b", m.group(1)):
        return None
    if "," in s.text[m.end() : q.lead]:  # a level of a clause of its own
        return None
    mention = s.mention_at(m.start(1), m.end(1), ("MODEL", "METHOD"))
    if mention is not None and (mention.start, mention.end) == m.span(1):
        return mention_name(mention)
    return Name(m.group(1))
