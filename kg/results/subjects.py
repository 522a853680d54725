"""The subject of a verb in a sentence: where it begins and ends, and its first noun phrase, the
measure a verb of change with no object moves ("the refusal rate ... increases by 1.2 points")."""

from __future__ import annotations

import re

from .hits import MetricHit
from .text import Sentence, phrase_after

# a dataset a clause opens on, before its subject
_ON_PLACE = re.compile(r"(?i)(?:on|in|for|across)\s+(?:the\s+)?")
_PLACE_END = re.compile(r"(?:\s+(?:benchmark|dataset|test\s+set|split))?\s+(?=(?:the\s+)?[a-z])")
# an apposition between the subject and its verb: ", the ability to decline when no function applies,"
_APPOSITION = re.compile(r",\s+(?:the|an?|defined\s+as|measured\s+(?:as|by))\s+[^,;()]{3,80}?,\s*\Z")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?)\s+(?:\w+ly\s+)?\Z")


# a comma between clauses or phrases, not one that groups a number's digits
_CLAUSE_COMMA = re.compile(r",(?!\d{3})")


def subject_end(s: Sentence, lo: int, verb: int) -> int:
    """Where the subject of a verb ends: before its auxiliary ("latency is reduced") and an
    apposition ("Relevance detection, the ability to decline when no function applies, improves",
    "The rate of speaker confusion, defined as outputs with negative SI-SDR improvement, falls").

    >>> t = "Relevance detection, the ability to decline when no function applies, improves from 52.0%"
    >>> t[: subject_end(Sentence.of(t), 0, t.index(" improves"))]
    'Relevance detection'
    >>> t = "The rate of speaker confusion, defined as outputs with negative SI-SDR gains, falls from 6.2%"
    >>> t[: subject_end(Sentence.of(t), 0, t.index(" falls"))]
    'The rate of speaker confusion'
    """
    passive = _PASSIVE.search(s.text, lo, verb)
    end = passive.start() if passive else verb
    apposition = _APPOSITION.search(s.text, max(lo, end - 120), end)  # a window: the pattern ends at ``end``
    return apposition.start() if apposition else end


def subject_start(s: Sentence, lo: int, verb: int) -> int:
    """Where the clause of the subject before ``verb`` begins: past its last comma (not one
    inside a number: "for a 1,024-token prompt").

    >>> t = "Here, time to first token for a 1,024-token prompt is reduced"
    >>> t[subject_start(Sentence.of(t), 0, t.index(" is"))]
    ' '
    """
    ends = [m.end() for m in _CLAUSE_COMMA.finditer(s.text, lo, verb)]
    return ends[-1] if ends else lo


def subject_head(s: Sentence, lo: int, verb: int) -> tuple[int, int] | None:
    """The first noun phrase of the subject before ``verb``, past an opening phrase and a
    conjunction: "Here, the refusal rate on the prompts of XSTest increases", "and cache
    memory per request falls".

    >>> t = "Here, the refusal rate on the prompts of XSTest increases by 1.2 points"
    >>> a, b = subject_head(Sentence.of(t), 0, t.index(" increases")); t[a:b]
    'refusal rate'
    >>> t = "On the ETH3D benchmark the relative pose AUC drops from 86.4"
    >>> s = Sentence.of(t, ("ETH3D", "DATASET"))
    >>> a, b = subject_head(s, 0, t.index(" drops")); t[a:b]
    'relative pose AUC'
    """
    start = subject_start(s, lo, verb)
    opening = re.match(
        r"\s*(?:(?:and|but|or|while|whereas|then|so|where|when|which)\s+)?", s.text[start:verb]
    )
    start += opening.end() if opening else 0
    # past a dataset the clause opens on, no comma after it: "On the ETH3D benchmark the relative
    # pose AUC ... drops"
    place = _ON_PLACE.match(s.text, start, verb)
    named = s.mention_at(place.end(), place.end() + 1, ("DATASET",)) if place else None
    if named is not None and (past := _PLACE_END.match(s.text, named.end, verb)) is not None:
        start = past.end()
    return phrase_after(s.text, start, verb)


# a count a subject names: "the average number of accepted tokens per verification step reaches"
_NUMBER_OF = re.compile(r"(?i)\bnumber\s+of\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)\s+\Z")


def number_of(s: Sentence, pos: int) -> MetricHit | None:
    """What a level that "the number of" items before ``pos`` is or reaches counts.

    >>> t = "the average number of tokens accepted per step is 3.4"
    >>> number_of(Sentence.of(t), t.index("is 3.4")).name
    'tokens accepted per step'
    """
    m = _NUMBER_OF.search(s.text, max(s.lo, pos - 80), pos)
    return MetricHit(m.group(1), *m.span(1)) if m else None
