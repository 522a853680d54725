"""Which times are results (guidelines, sections 5 and 8): a time the method achieves, framed so
("requires only 3 days", "trains in about 4 minutes", "drops from 2.8 s to 1.1 s"), not the
operating point a level is reached at ("at an average lagging of 1,480 ms"), the unit a design
processes ("chunks of 40ms") or a training setup's cost stated plainly ("takes about 26 hours on 8
H100 GPUs")."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence, clause_start
from .units import named_time, process_time
from .vocabulary import CHANGE_VERB

# the size of a unit of processing in time: "operates on chunks of 40ms"
_TIME_UNIT = re.compile(r"(?i)\b(?:chunks?|windows?|segments?|blocks?)\s+of\s+\Z")
# the hardware a time is measured on, after it: " on 8 H100 GPUs"
_ON_HARDWARE = re.compile(
    r"\s+on\s+(?:an?\s+|one\s+|a\s+single\s+|\d+\s+)?(?:\w+\s+)?(?:[AHLV]\d{2,3}|GPUs?|TPU)"
)
# what a time, a token count or a layer count must be near to be an outcome
# (a time "for 34 days" of training is a budget, "requires only 3 days", "completes in about 25
# minutes" or "trains in about 4 minutes" an outcome; "is trained in 9 days" a setup)
_TIME_CUE = re.compile(
    r"(?i)\b(?:requir|tak|need|within|only|merely|just|in\s+under|reduc|cut|shorten|complet|adds)\w*"
)
# a process done "in" a time, an achievement even on stated hardware ("while training in about 6
# minutes on a single GPU")
_DONE_IN = re.compile(r"(?i)\b(?:train|run|finishe|converge)(?:s|ing)\s+in\b")
# ... or a level reached "in" a time ("trains X to 67.4% test accuracy in 41 minutes"), and a
# time set against that one ("in 41 minutes on a single GPU, compared with 3.9 hours for X")
_REACHED_IN = re.compile(r"\bto\s+[\d.]+\s*%?(?:\s+[\w@-]+){0,3}\s+in\s+(?:about\s+|only\s+|just\s+)?\Z")
_TIME_AGAINST = re.compile(
    r"\bin\s+[\d.]+\s*(?:ms|s|seconds?|minutes?|min|hours?|h|days?)\b[^.;]{0,40},\s*"
    r"(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+)?\Z"
)
# a clause about training, whose time is the setup's unless framed as an achievement
_SETUP_TIME = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:(?:pre-?|post-?)?training|fine-?tuning|distillation|learning)\b", re.I
)
_ONLY_TIME = re.compile(r"(?i)\b(?:only|just|merely|under|less\s+than|as\s+little\s+as)\s+(?:about\s+)?\Z")
# a level a verb of change moves from or to: "drops from 2.8 s to 1.1 s"
_LEVEL_OF_CHANGE = re.compile(r"(?i)\b(?:from|to)\s+(?:about\s+|roughly\s+|around\s+)?\Z")
_INSTEAD = re.compile(r"(?i)\binstead\s+of\b")
# a time at which a level before it is reached
_OPERATING_TIME = re.compile(r"(?i)\d[^;]{0,60}?\bat\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}of\s+\Z")
_AT_A = re.compile(r"(?i)\d[^;]{0,60}?\b(?:at\s+an?|under\s+(?:the\s+same|an?))\s+\Z")
_NOUN_AFTER = re.compile(r"\s+(?!of\b|on\b|in\b|and\b|to\b|for\b)[a-z][\w-]*")
_AFTER_TRAINING = re.compile(r"\s+of\s+training\b")
_AFTER = re.compile(r"(?i)\bafter\s+(?:only\s+|just\s+|roughly\s+|about\s+)?\Z")
_EVERY = re.compile(r"(?i)\bevery\s+\Z")
_ALGORITHMIC = re.compile(r"(?i)\s+algorithmic\s+latency\b")


_SET_AGAINST = re.compile(r"\b(?:faster|quicker|cheaper)\s+than\b|\bcompared\s+(?:with|to)\b")


def time_description(s: Sentence, q: Quantity, metric: str | None) -> bool:
    """Whether a time describes the setting: the operating point a level is reached at ("27.9
    BLEU at an average lagging of 1,480 ms"), or a time not framed as what the method achieves."""
    if (
        _OPERATING_TIME.search(s.text, max(s.lo, q.lead - 90), q.lead)
        or (_AT_A.search(s.text, max(s.lo, q.lead - 90), q.lead) and _NOUN_AFTER.match(s.text, q.tail, s.hi))
        or _TIME_UNIT.search(s.text, max(s.lo, q.lead - 20), q.lead)
        or _EVERY.search(s.text, max(s.lo, q.lead - 10), q.lead)
        or _ALGORITHMIC.match(s.text, q.tail)
    ):
        # the operating point of a comparison: "at an average lagging of 1,480 ms", "at a 320 ms
        # chunk size", "with 160ms algorithmic latency"; the unit the design processes: "chunks of
        # 40ms", "at every 80ms step"
        return True
    if q.measure != "time":
        return False
    after = s.text[q.tail : q.tail + 4]
    lo = clause_start(s.text, s.lo, q.lead)
    # a time the method achieves: with a cue of needing or reducing, a verb of change
    # ("latency drops from 2.8 s to 1.1 s") or against another ("in 9.6 s instead of 118 s")
    cued = (
        named_time(metric)
        or process_time(s, q)
        or _TIME_CUE.search(s.text, lo, q.lead)
        or _DONE_IN.search(s.text, lo, q.lead)
        or _REACHED_IN.search(s.text, max(lo, q.lead - 60), q.lead)
        or _TIME_AGAINST.search(s.text, max(s.lo, q.lead - 80), q.lead)
        or (_LEVEL_OF_CHANGE.search(s.text, lo, q.lead) and CHANGE_VERB.search(s.text, lo, q.lead))
        or _INSTEAD.search(s.text, max(lo, q.lead - 12), q.tail + 12)
        # "in 0.8 seconds, up to 35x faster than VGGT": a time set against another's
        or re.match(r"[^.;]{0,20}\bfaster\b", s.text[q.tail : q.tail + 40])
    )
    # "reaches 32.14 dB after 11 minutes of training": the training time it needs
    trained = _AFTER_TRAINING.match(s.text, q.tail, s.hi) and _AFTER.search(s.text, lo, q.lead)
    # "Training ... takes about 26 hours on 8 H100 GPUs": the setup's cost, stated plainly
    setup = (
        _SETUP_TIME.match(s.text, lo)
        and _ON_HARDWARE.match(s.text, q.tail)
        and not _ONLY_TIME.search(s.text, max(lo, q.lead - 20), q.lead)
        and not _DONE_IN.search(s.text, lo, q.lead)
        # not set against another's later in the sentence: "takes about 14 minutes on a single GPU,
        # several times faster than contrastive baselines"
        and not _SET_AGAINST.search(s.text, q.tail, s.hi)
    )
    return not trained and (after.startswith(" of") or not cued or bool(setup))
