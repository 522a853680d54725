"""The dataset a change moves a level on, named right before its margin or its levels:
"improves accuracy on MedQA by 5.2 points", "MMLU rises from 41.9 to 46.3", "accuracy across
AIME 2024, AMC 2023 and MATH-500 from 55.1% to 58.9%", or the level a clause says it reaches
(", and MMLU reaches 63.0%")."""

from __future__ import annotations

import re

from .names import Name
from .quantities import Quantity
from .text import Sentence, behind, list_span, part_of
from .vocabulary import MOVE_VERB

# between a dataset and the margin a change reaches on it: "on MedQA by 5.2 points"
# (past what its parts are: "on the Open ASR Leaderboard datasets by only 0.2 points")
_PARTS = r"(?:\s+(?:datasets|benchmarks?|suite|tasks))?"
_BY_MARGIN = re.compile(
    _PARTS + r"\s+by\s+(?:only\s+|just\s+|about\s+)?(?:(?:an?\s+)?(?:average|total)\s+of\s+)?"
)
# ... or before the levels it moves between: "on AIME 2024 from 28.9% to", "from 26.8% (DPO) to"
_LEVELS = r"(?:from\s+[\d.]+\s*%?\s+(?:\([^()]{1,30}\)\s+)?)?(?:from|to)\s+"
_FROM_LEVELS = re.compile(
    _PARTS + r"(?:\s+\([^()]{1,40}\))?\s+" + _LEVELS
)  # "Video-MME (without subtitles) from"
# (or its split: "on MathVista testmini from")
_NAME_GOES_ON = re.compile(r"\s+([A-Z0-9][\w.-]*|(?:test|val|dev|mini)[\w-]*)\s+" + _LEVELS + r"\Z")
# a second dataset moved between levels, after the first: "MMLU from 52.7 to 55.1 and GSM8K from"
_AFTER_LEVELS = re.compile(r"\bto\s+[\d.,]+\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+)\Z")
# a dataset whose scores a verb of change moves, right before the margin or the levels:
# "MMLU drops by only", "MMLU rises from 41.9% to"
_MOVE = MOVE_VERB.pattern.removeprefix("(?i)")
_MOVES_BY = re.compile(
    rf"(?i)\s+(?:{_MOVE})\s+(?:(?:only\s+|just\s+|slightly\s+)?by\s+(?:only\s+|just\s+|about\s+)?|{_LEVELS})"
)
# a dataset reaching a level as the subject of a clause: ", and MMLU reaches 63.0%"
_REACHES = re.compile(r"\s+(?:reaches|reached|stays\s+at|stands\s+at)\s+(?:about\s+|around\s+)?")
_CLAUSE_OPENS = re.compile(r"(?:[,;:]\s+(?:and\s+|while\s+|whereas\s+)?|\band\s+)\Z")
# a task after a dataset's name, before the margin, and the margin of a change before it
_TASK_BY = re.compile(r"(?:\s+(?!(?:and|or|but|while|with|then|to)\b)[a-z][\w-]*){1,2}\s+by\s+")
_AFTER_MARGIN = re.compile(r"\bby\s+[\d.,]+\s*(?:%|points?|pp)?(?:\s+[\w@-]+){0,2}\s+and\s+\Z")
# a dataset before the number ("results on SQuAD with an F1 of 89.3"), unless trained on
# (past two small words: "on the widely studied Switchboard Hub5'00, achieving 16.0% error")
# or as what a verb of change moves ("pushing the GLUE benchmark to 82.2%")
EARLIER = behind(
    r"on|in|such\s+as|(?:push|improv|rais|boost|advanc)\w*|(?:transfer|generaliz|scal)\w*(?:\s+well|\s+zero-shot|\s+up)?\s+to",
    skip=2,
)
# ... or a part of it named first: "raises accuracy on the long-video subset of Video-MME from"
_PART_OF = part_of(r"(?:splits?|subsets?|versions?|portions?)")
# the prepositions before a list of datasets a change is on
_EARLIER_LIST = behind("on|in|across", skip=2)


def moved_on(s: Sentence, q: Quantity, found: list[tuple[int, int, Name]]) -> Name | None:
    """The dataset right before the margin a change reaches on it: "improves accuracy on
    MedQA by 5.2 points", "MMLU drops by only 0.8 points", "MMLU rises from 41.9 to 46.3",
    "improves MMLU from 52.7 to 55.1 and GSM8K from 31.4 to 35.9", "Dice on MSD Pancreas from 52.6%",
    the list a change is on as written ("accuracy across AIME 2024, AMC 2023 and MATH-500 from 55.1%").

    >>> from kg.results.quantities import spot
    >>> t = "It lifts accuracy across AIME 2024, AMC 2023 and MATH-500 from 55.1% to 58.9%."
    >>> found = [(t.index(n), t.index(n) + len(n), Name(n)) for n in ("AIME 2024", "AMC 2023", "MATH-500")]
    >>> moved_on(Sentence.of(t), spot(t)[-2], found)
    Name(text='AIME 2024, AMC 2023 and MATH-500', entity=None)
    """
    for k, (a, b, name) in reversed(list(enumerate(found))):
        if b > q.lead:
            continue
        # "improves accuracy on MedQA by 5.2 points", "improves the pass@1 on AIME 2024 from 28.9%"
        moved = _BY_MARGIN.fullmatch(s.text, b, q.lead) or _FROM_LEVELS.fullmatch(s.text, b, q.lead)
        if moved and (EARLIER.search(s.text, s.lo, a) or _PART_OF.search(s.text, s.lo, a)):
            return name
        # the last of a list: "accuracy across AIME 2024, AMC 2023 and MATH-500 from 55.1%"
        first = _list_start(s, found, k)  # not one level for each: "by 6.8 and 9.1 points, respectively"
        listed = first < a and "respectively" not in s.text[q.tail : s.hi]
        if moved and listed and _EARLIER_LIST.search(s.text, s.lo, first):
            return Name(s.text[first:b])
        # past a word of its name the NER left out: "Dice on MSD Pancreas from 52.6%", "on AlpacaEval 2 from"
        longer = _NAME_GOES_ON.match(s.text, b, q.lead)
        if longer and EARLIER.search(s.text, s.lo, a):
            return Name(s.text[a : longer.end(1)], name.entity)
        # a dataset named with its task as what the verb moves: "improves COCO detection by 1.4 box
        # AP and ADE20K segmentation by 2.0 mIoU"
        if _TASK_BY.fullmatch(s.text, b, q.lead) and (
            EARLIER.search(s.text, s.lo, a) or _AFTER_MARGIN.search(s.text, max(s.lo, a - 80), a)
        ):
            return name
        if _MOVES_BY.fullmatch(s.text, b, q.lead) or (
            _FROM_LEVELS.fullmatch(s.text, b, q.lead) and _AFTER_LEVELS.search(s.text, s.lo, a)
        ):
            return name
        # a dataset that opens a clause and reaches the level: ", and MMLU reaches 63.0%"
        # (one the NER took for a dataset, past the sentence's start, where the paper's system stands)
        if (
            _REACHES.fullmatch(s.text, b, q.lead)
            and _CLAUSE_OPENS.search(s.text, max(s.lo, a - 12), a)
            and s.mention_at(a, b, ("DATASET",))
        ):
            return name
    return None


def _list_start(s: Sentence, found: list[tuple[int, int, Name]], k: int) -> int:
    """Where the list of datasets ending with ``found[k]`` starts ("A, B and C"); its own
    start when it ends none."""
    return next((found[j][0] for j in range(k) if list_span(s.text, found[j : k + 1])), found[k][0])
