"""The operating point a level is read at, which is no result: a sparsity ("retains 97% of its
score at 90% sparsity", "at 40% and 50% sparsity"), the false positive rate or precision a
detection rate or recall is read at ("90% TPR at 1% FPR", "recall at 99% precision"), a bitrate
however stated, a condition named before it ("at an L2 radius of 0.5", "at pruning rates of 50%,
70%, and 90%") and a signal-to-noise ratio ("at 0 dB SNR").
"""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence
from .vocabulary import LEVELS_LISTED

# an operating point a method is run at: a sparsity ("at 90% sparsity"), a false positive rate
# (a bitrate is one however it is stated)
_OPERATING_POINT = re.compile(
    r"(?i)\s+(?:[\w-]+\s+)?sparsity\b|\s+the\s+(?:speed|throughput|cost|compute)\b(?!\s+of\b)"
    # the false positive (or a true accept) rate a detection rate is read at: "90% TPR at 1% FPR",
    # "0.4 false accepts per hour at a 95% true accept rate"
    r"|\s+(?:false\s+positive\s+rate|FPR|(?:true|false)\s+accept(?:ance)?\s+rate|TAR|FAR)\b"
    # the precision a recall is read at and back ("recall at 99% precision", "precision at 90%
    # recall"), an MRI scan's acceleration, the
    # false positives a sensitivity is read at ("88.3% at 0.5 false positives per image")
    r"|\s+(?:precision|recall|acceleration)\b|\s+false\s+(?:positives|alarms|accepts)\s+per\b"
    # the coverage a selective accuracy is read at, the share of input missing ("at 80% coverage",
    # "at 50% missing entries"), a rate ("At the 90% rate")
    r"|\s+(?:coverage|missing|rate)\b"
)
_LIST_REST = re.compile(r"\s*%?(?:(?:\s*,\s*|,?\s+(?:and|or)\s+)[\d.]+\s*%?)+")
# how much of the input a condition covers: "a patch occupying 2% of the image"
_COVERING = re.compile(
    r"(?i)\b(?:occupying|covering)\s+(?:less\s+than\s+|more\s+than\s+|up\s+to\s+|about\s+|only\s+)?\Z"
)
_BITS = re.compile(r"\s*-?\s*bits?\b")
_BITRATE = re.compile(r"\s?(?:[kM]bps|[kM]b/s|bps)\b")
# (or a list's item: "at 40% and 50% sparsity")
_RUN_AT = re.compile(r"\b(?:(?i:at)(?:\s+an?|\s+the)?|to)\s+" + LEVELS_LISTED + r"\Z")
# ... or a condition a level is read under: "at an L2 radius of 0.5", "Under a pose noise of 0.4 m"
_READ_UNDER = re.compile(
    r"(?i)\b(?:at|under)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:radius|radii|noise(?:\s+level)?)\s+(?:of\s+)?\Z"
    # ... a signal-to-noise ratio or the rates a comparison is made at, listed: "at a signal-to-noise
    # ratio of 5 dB", "at pruning rates of 50%, 70%, and 90%"
    # (not a rate of no kind, the outcome's: "succeed ... at rates of 54.0% and 69.3%")
    r"|\bat\s+(?:an?\s+)?(?:(?:[\w-]+\s+)?(?:signal-to-noise\s+ratios?|SNRs?)|(?:[\w-]+\s+){1,3}(?:rates|ratios))\s+of\s+"
    + LEVELS_LISTED
    + r"\Z"
    # ... the error rate or the precision a detection rate is read at: "recall of 87% at a false
    # positive rate of 4%", "sensitivity was 91.4% at a specificity of 85.0%"
    r"|\bat\s+an?\s+(?:fixed\s+)?(?:false\s+(?:positive|alarm|acceptance|match)\s+rate|FPR|specificity|precision)"
    r"\s+of\s+\Z"
)
# ... or after it: "in babble noise at 0 dB SNR"
_DB_SNR = re.compile(r"\s*dB\s+(?:SNR|signal-to-noise\s+ratio)\b")


def operating_point(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is the operating point a level is read at: "at 90% sparsity", a bitrate
    however stated ("with a bitrate of 1.04 kbps"), a condition named before it ("at an L2 radius
    of 0.5"), how much of the input it covers ("a patch occupying 2% of the image") or its
    signal-to-noise ratio ("at 0 dB SNR").

    >>> from kg.results.quantities import spot
    >>> t = "It keeps 97% at 40% and 50% sparsity; recall at 99% precision is 74%, at 0 dB SNR 12%"
    >>> [q.value for q in spot(t) if operating_point(Sentence.of(t), q)]
    ['40', '50', '99', '0']
    """
    at = _RUN_AT.search(s.text, max(s.lo, q.lead - 40), q.lead) is not None
    # the bit width an abstract runs a method at ("Quantization to 8 bits costs less than 0.03 PESQ");
    # a title's is its claim ("Pushing KV Cache to 2-bit")
    if at and s.field == "abstract" and _BITS.match(s.text, q.end, s.hi) is not None:
        return True
    rest = _LIST_REST.match(s.text, q.tail, s.hi) if at else None
    return (
        (at and _OPERATING_POINT.match(s.text, rest.end() if rest else q.tail, s.hi) is not None)
        or _BITRATE.match(s.text, q.tail, s.hi) is not None
        or _READ_UNDER.search(s.text, max(s.lo, q.lead - 60), q.lead) is not None
        or (q.unit == "%" and _COVERING.search(s.text, max(s.lo, q.lead - 30), q.lead) is not None)
        or (at and _DB_SNR.match(s.text, q.end, s.hi) is not None)
    )
