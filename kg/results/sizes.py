"""A model's or a dataset's size: a description of the setting ("a 7B model", "1.2M images"),
unless the text claims it as what a system achieves ("only 9M trainable parameters", "the adapter
adds 68M parameters", "The model has 4.2M parameters, roughly one third of ..."; guidelines,
section 1)."""

from __future__ import annotations

import re

from .conditions import compact_size
from .quantities import Quantity
from .text import Sentence

# a size claimed, not described: "only 9M trainable parameters", "requires over 160 M parameters",
# what a module adds to a model ("the adapter adds 68M parameters")
_ONLY = re.compile(
    r"(?i)\b(?:(?:only|just|merely)(?:\s+(?:adds|introduces|trains|updates))?|(?:requir|need)(?:es|ed|ing|e|s)(?:\s+(?:over|about|around|up\s+to))?|"
    r"add(?:s|ed|ing)?(?:\s+(?:under|about|roughly|around|(?:fewer|less)\s+than))?|"
    r"(?:has|have|uses?|using|involves?|with)\s+(?:fewer|less)\s+than|"  # "has fewer than 1M parameters", not "models with"
    r"a\s+total\s+of|as\s+small\s+as)\s+\Z"  # "for a total of 2.3M parameters", "as small as 1.5B"
)
# the parameters a system has, as a property its claim goes on with ("The adapter has 86M
# parameters and adds less than 5%"), not as its description ("The model has 330M parameters and
# is trained on 50K hours", "Our model has 159M parameters.")
_HAS = re.compile(r"(?i)\b(?:has|have|had|uses)(?:\s+(?:about|roughly|around|only|just))?\s+\Z")
_HAS_PARAMETERS = re.compile(r"\s+parameters\s+and\s+(?:adds?|runs?|processes|requires?|needs?)\b")
# a compact model's size said with nothing more, or with how it is trained
_PARAMETERS_END = re.compile(
    r"\s+parameters\s*(?:[.;]?\s*\Z|,?\s+and\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:pre-?)?train)"
)
# a compact model's size the sentence opens with, its outcome
_PARAMETERS_OPEN = re.compile(r"\s*With\s+(?:about\s+|roughly\s+)?\S+\Z")
_ACTIVATES = re.compile(r"(?i)\bactivat(?:es|ed|ing|e)\s+\Z")


def size_described(s: Sentence, q: Quantity) -> bool:
    """Whether a size ("1.2M", "7B") describes the setting: unless claimed ("only 9M trainable
    parameters"); the parameters a mixture of experts activates are its design ("activates only
    3.1B"), and billions of them describe a model however few ("with only 7B parameters").

    >>> from kg.results.quantities import spot
    >>> t = "The model has 4.2M parameters, a third of X's; our model has 159M parameters."
    >>> [size_described(Sentence.of(t), q) for q in spot(t)]
    [False, True]
    """
    only = _ONLY.search(s.text, max(s.lo, q.lead - 24), q.start)
    # what a system has, as it does something, or as a compact model, said with more than the size
    # and its training ("The model has 4.2M parameters, roughly one third of ..."; not "Our model has
    # 159M parameters.")
    compact = compact_size(s, q)
    told = compact and not _PARAMETERS_END.match(s.text, q.tail, s.hi)
    if only is None and (_HAS_PARAMETERS.match(s.text, q.tail, s.hi) or told):
        only = _HAS.search(s.text, max(s.lo, q.lead - 24), q.start)
    if only is None and compact:
        only = _PARAMETERS_OPEN.match(s.text[s.lo : q.tail])  # "With 0.9M parameters, TinyDenoise"
    if only is None or (q.magnitude in ("B", "T") and re.match(r"\s*param", s.text[q.tail : q.tail + 8])):
        return True
    return _ACTIVATES.search(s.text, max(s.lo, q.lead - 24), only.start()) is not None
