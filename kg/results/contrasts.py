"""Contrasts: the system a "while" or "whereas" clause gives its number to.

"whereas SnapKV and H2O lose 2.1 and 5.8 points" gives 2.1 to SnapKV and 5.8 to H2O;
"whereas naive continual pretraining loses 4.7" and "while baselines lose between 20 and 35
points" give theirs to a system named in lower case or described, as does a clause whose
subject is described as a baseline ("a standard diffusion policy succeeds in 48% of trials").
A measure ("while the accuracy drops by 0.4 points") or the paper's own ("while our model
retains 98%") is no other system.
"""

from __future__ import annotations

import re

from .text import DETERMINERS
from .vocabulary import SELF_REFERENCE, is_metric_word

# other systems named as the subject of a contrast: "whereas SnapKV and H2O lose 2.1 and"
_SYSTEM_NAME = r"[A-Z][\w.+-]*(?:[A-Z0-9][\w.+-]*)?"

# what a contrasted system's level does: "loses 2.1", "drops below 40%", "retains 84%", "exceeds 20"
_LEVEL_VERBS = (
    r"lose|loses|lost|drops?|dropped|degrades?|degraded|falls?|fell|retains?|retained"
    r"|reach(?:es|ed)?|scores?|scored|achieves?|achieved|requires?|required|needs?|needed|takes?|took|wins?|won"
    r"|exceeds?|exceeded|obtains?|obtained|attains?|attained|solves?|solved"
    r"|increases?|increased|adds?|added|yields?|yielded"
)

_CONTRAST = re.compile(
    rf"(?i:while|whereas|but)\s+(?:the\s+)?((?-i:{_SYSTEM_NAME})(?:(?:,\s*|\s+and\s+)(?-i:{_SYSTEM_NAME}))*)\s+"
    # the condition they are compared under: "whereas SnapKV and H2O at the same budget drop"
    r"(?:(?:at|under|with|without)\s+(?:the\s+)?(?:same\s+)?[\w.-]+(?:\s+[\w-]+)?\s+)?"
    rf"(?:{_LEVEL_VERBS}|suffers?)\b"
    r"(?:\s+(?:by|below|under|to|only|about|roughly|up\s+to|it))*\s*((?:[\d.]+\s*(?:%|points?|pp)?\s*(?:,|and)\s*)*)\Z"
)
_LISTED_SYSTEM = re.compile(_SYSTEM_NAME)
# a system contrasted by what it is, or by a lower-case name, and its level: "whereas naive
# continual pretraining loses 4.7", "whereas the strongest prior defense reaches 15.9%",
# "while baselines lose between 20 and 35 points"
_CONTRASTED = re.compile(
    r"\b(?:while|whereas)\s+((?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[\w.+-]+){0,5}?)\s+(?:only\s+)?"
    rf"(?:{_LEVEL_VERBS}|succeeds?\s+in)\b"
    r"[^,;()]{0,30}?\Z"
)
# a baseline described as the subject of a clause of its own, with no "while" before it: "a
# standard diffusion policy succeeds in 48% of trials", "The strongest replay-based baseline
# reaches 91.7%", ", and naive fine-tuning drops to"
_OPENING_OTHER = re.compile(
    r"(?:\A\s*|[;:]\s*|,\s+(?:and\s+)?)((?:(?i:the|a|an)\s+)?[a-z][\w-]*(?:\s+[\w.+-]+){0,5}?)\s+(?:only\s+)?"
    rf"(?:{_LEVEL_VERBS}|succeeds?\s+in)\b"
    r"[^,;()]{0,30}?\Z"
)
# the words a phrase of place starts with: "while on WHU-CD it obtains"
_PLACES = frozenset({"on", "in", "at", "across", "for", "under", "with"})
# the participles that open what the same system does: "while keeping VBench scores within 0.2%"
_PARTICIPLES = frozenset(
    {
        "keeping",
        "maintaining",
        "preserving",
        "retaining",
        "using",
        "requiring",
        "achieving",
        "holding",
        "staying",
        "reaching",  # "while reaching a mean score of 1.09"
        "attaining",
        "obtaining",
        "delivering",
        "matching",
        "producing",
        "yielding",
        "improving",
        "outperforming",
        "surpassing",
    }
)
# a way of measuring, which is no system: "while closed-loop evaluation on Bench2Drive yields 71.8"
_PROCEDURE = re.compile(r"(?i)\b(?:evaluations?|experiments?|analys[ie]s|tests?|testing|measurements?)\b")
# what a contrasted system is called when it is another's: "baselines", "a standard decoder"
_OTHERS = re.compile(
    r"(?i)\b(?:baselines?|teachers?|prior|previous|existing|standard|naive|vanilla|competing|conventional"
    r"|other|strongest|best|original|dense|unpruned|uncompressed|full-precision|\w+-only\s+variants?)\b"
)

# the words that make a subject another's without a contrast: "a standard diffusion policy" (not
# "best" or "strongest": "The best configuration reaches 47.2" is as likely the paper's own)
_OTHERS_BY_KIND = re.compile(
    r"(?i)\b(?:baselines?|teachers?|prior|previous|existing|standard|naive|vanilla|competing|conventional)\b"
)
# ... unless it is what the subject is measured against: "gains over the strongest baseline exceed"
_MEASURED_AGAINST = re.compile(r"(?i)\b(?:over|than|against|versus|vs|relative|compared|to)\b")


def contrasted_system(left: str) -> tuple[int, int] | None:
    """Where in ``left`` (a sentence up to a number) the system a contrast gives the number to
    is named: the names contrasted, in order of their numbers, else a system described.

    >>> t = "QuaDiS keeps 95%, whereas GPTQ and AWQ retain 84% and "
    >>> t[slice(*contrasted_system(t))]
    'AWQ'
    >>> contrasted_system("It is 3.5x faster, while BLEU drops by only ") is None
    True
    >>> t = "It reaches 4.02 and 3.4%, while EnCodec at 1.5 kbps obtains 1.58 and "
    >>> t[slice(*contrasted_system(t))]
    'EnCodec'
    """
    m = _CONTRAST.search(left)
    if m and not all(is_metric_word(w) for w in m.group(1).replace(",", " ").split() if w != "and"):
        names = list(_LISTED_SYSTEM.finditer(m.group(1)))
        k = min(len(re.findall(r"\d[\d.]*", m.group(2))), len(names) - 1)
        return m.start(1) + names[k].start(), m.start(1) + names[k].end()
    return _described(left) or _described(left, _OPENING_OTHER, others_only=True)


def _described(
    left: str, pattern: re.Pattern[str] = _CONTRASTED, others_only: bool = False
) -> tuple[int, int] | None:
    """Where in ``left`` (a sentence up to a number) the system a contrast gives the number
    to is named, by what it is or by a lower-case name; None for a measure or the paper's own
    ("while the accuracy drops by 0.4 points", "while our model retains 98%"). With
    ``others_only``, the subject ``pattern`` finds must be described as a baseline.

    >>> ts = ("Ours keeps 90%, whereas naive continual pretraining loses ", "X wins, while baselines lose between ")
    >>> [t[slice(*_described(t))] for t in ts]
    ['naive continual pretraining', 'baselines']
    >>> _described("It is fast, while accuracy drops by "), _described("while the model retains ")
    (None, None)
    >>> _described("X gets 92.4% on A, while on B and C it obtains ") is None
    True
    """
    m = pattern.search(left, max(0, len(left) - 200))  # a subject and its verb end the text
    if m is None:
        return None
    words = m.group(1).split()
    plain = words[0].lower() not in DETERMINERS
    if any(is_metric_word(w) for w in words) or SELF_REFERENCE.search(m.group(1)):
        return None
    if words[0].lower() in _PLACES or words[-1].lower() in ("it", "they"):  # "while on WHU-CD it obtains"
        return None
    if words[0].lower() in _PARTICIPLES:  # "while keeping VBench scores within": what it does, no system
        return None
    if _PROCEDURE.search(m.group(1)):  # "while closed-loop evaluation on Bench2Drive yields": no system
        return None
    if others_only:
        other = _OTHERS_BY_KIND.search(m.group(1)) and not _MEASURED_AGAINST.search(m.group(1))
        return m.span(1) if other else None
    # a system described: only with words that make it another's ("the model" may be the
    # paper's); a lower-case name of two words or more ("magnitude pruning") is one
    return m.span(1) if _OTHERS.search(m.group(1)) or (plain and len(words) > 1) else None


# an unnamed other system whose verb is left out: "GPT-4o reaches 33.2% and the base model only"
_GAPPED = re.compile(
    r"(?i)\b(?:and|while|whereas)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,3}"
    r"(?:model|baseline|teacher|variant|counterpart)s?)\s+(?:only\s+|just\s+|merely\s+)?\Z"
)


def gapped_baseline(left: str) -> bool:
    """Whether ``left`` (a sentence up to a number) ends with another, unnamed system whose
    verb is left out: its number is no system's that has a name, nor the paper's own.

    >>> gapped_baseline("whereas GPT-4o reaches 33.2% and the base model only ")
    True
    >>> gapped_baseline("It reaches 41.8%, and the resulting model "), gapped_baseline("and our model ")
    (False, False)
    """
    m = _GAPPED.search(left)
    return m is not None and not re.match(r"(?i)(?:resulting|final|proposed)\b", m.group(1))
