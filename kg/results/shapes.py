"""Shapes of the words before a number that decide its measure: a margin lost ("loses 1.4
points"), a range ("success rates ranging from 11% to 19%"), a gap kept "within" a margin, levels
in brackets after what changes or after the measure a system matches, a level kept or stayed at.
"""

from __future__ import annotations

import re

from .hits import MetricHit, named, phrase_hit
from .quantities import Quantity
from .subjects import subject_head, subject_start
from .text import Sentence, clause_start, phrase_after, phrase_before
from .vocabulary import CHANGE_NOUNS, GAIN_NOUNS, RANGING, SHARE_NOUNS

# the owner of the measure after a gap: "within 1% of the teacher's GAUC"
_OF_OWNER = re.compile(r"\s*(?:points?\s+)?of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?[\w-]+['’]s\s+")
# a gap kept "within" a margin, after the verb that keeps it
WITHIN = re.compile(
    r"(?i)\s+(?:remains?\s+|stays?\s+|(?:preserved|kept|maintained)\s+(?:to\s+)?)?within\s+"
    r"(?:[\d.]+\s*(?:%|points?)?\s*(?:,\s*(?:and\s+)?|and\s+))*\Z"  # "within 2.9 and 1.9 points of"
)
# the reference of a gap after its size: "within 0.3% of", "within 2 points of"
_OF_REFERENCE = re.compile(r"\s*(?:%|points?|pp|percentage\s+points?)?\s+of\b")
_GAP_WORD = re.compile(r"(?i)\b(?:gap|difference|drop|error|loss)\Z")
# a copula before "within": its subject is the measure ("Accuracy on LongBench is within 0.6 points")
_COPULA = re.compile(r"(?i)\b(?:is|are|was|were|remains?|stays?|comes?|lies?)\s*\Z")
# what a system keeps: within a margin ("keeps the maximum expert load within 1.2x"), or at a
# level ("keeps subject consistency above 95%")
_KEEP = r"(?i)\b(?:keep|kept|hold|held|maintain)\w*\s+(?:(?:the|its|their)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)"
_KEEPS = re.compile(_KEEP + r"\Z")
_KEPT_ON = re.compile(
    r"(?i)\b(?:keep|kept|hold|held|maintain)\w*\s+(?:(?:the|its|their)\s+)?([\w@-]+(?:\s+[\w@-]+){0,2})"
    r"\s+(?:on|across|for)\b[^,;()]{0,80}\Z"
)
_KEPT_LEVEL = re.compile(_KEEP + r"\s+(?:above|below|under|at)\s+\Z")
# a measure that stays at a level, or moves past one, is its subject: "ASR stays below 10%",
# "accuracy remains above 95%", "dropped-token rates fall below 0.1%"
_STAYS = re.compile(
    r"(?i)\s+(?:(?:stays?|remains?)\s+(?:below|above|under|over|at)"
    r"|(?:falls?|fell|drops?|dropped|rises?|rose|climbs?|climbed)\s+(?:below|above|under|over))\s+\Z"
)
_SHARE_OF = re.compile(rf"(?i)\b(?:{'|'.join(SHARE_NOUNS)}|(?<=the\s)rate)\s+of\s+\Z")
# levels in brackets after what changes: "accuracy improves markedly (72.1 vs. 65.3"
_MOVED_ASIDE = re.compile(
    r"(?i)\b(?:improv|increas|decreas|ris|drop|fall|fell|grow|climb|declin|doubl|tripl|halv)\w*(?:\s+[a-z]+){0,3}\s*\(\s*\Z"
)
# levels in brackets after the measure a system matches or beats: "matches the downstream
# accuracy of a model trained on 180B unique tokens (52.8% vs. 52.6%)"
_MATCHED_ASIDE = re.compile(
    r"(?i)\b(?:match|rival|equal|exceed|surpass|beat|outperform)\w*\s+(?:the|its|their)\s+"
    r"((?:[\w@-]+\s+){0,2}[\w@-]+)\s+of\b[^().;]{0,100}\(\s*\Z"
    # "matches it on average zero-shot accuracy across 10 tasks (61.3 vs. 61.7"
    r"|\b(?:match|rival|equal)\w*\s+(?:it|them|the\s+baseline)\s+on\s+((?:[\w@-]+\s+){0,3}[\w@-]+)"
    r"\s+(?:across|on|over)\b[^().;]{0,100}\(\s*\Z"
)
# a gap to another system right after the number: "an Elo rating 41 points higher than"
_GAP_AFTER = re.compile(
    r"\s*(?:points?|pp|percentage\s+points)?\s*(?:higher|lower|better|worse|greater|smaller)\s+than\b"
)
# a margin lost or gained: "loses only 1.4 points on MMLU"
_LOSES = re.compile(r"(?i)\b(?:los(?:e|es|ing|t)|gain(?:s|ed|ing)?)\s+(?:only\s+|just\s+|about\s+)?\Z")


def shaped(s: Sentence, q: Quantity, left: str) -> tuple[bool, MetricHit | None]:
    """Whether the words before the number have a shape that decides its measure, and the
    measure: a margin lost ("loses 1.4 points"), a range's measure ("success rates ranging
    from 11% to 19%"; not a scale, "scores range from 0 to 1"), a gap kept "within", levels in
    brackets after what changes ("GSM8K performance improves modestly (90.1 vs. 88.7)"), a
    level kept ("keeps subject consistency above 95%"), a measure named right before its gap to
    another system ("an Elo rating 41 points higher than")."""
    if _GAP_AFTER.match(s.text, q.tail, s.hi) and (span := phrase_before(s.text, q.lead, s.lo)):
        hit = named(s, span, relative=True)  # the measure named right before its gap
        if hit is not None:
            return True, hit
    if _LOSES.search(left):
        return True, MetricHit(None, relative=True, comparison=True)
    if q.is_range and (ranging := RANGING.search(left)):
        span = phrase_before(s.text, s.lo + ranging.start(), s.lo)
        noun = s.text[span[0] : span[1]].split()[-1].lower() if span else ""
        if span and named(s, span) is None and noun in CHANGE_NOUNS:  # "gains range from 4 to 11 points"
            return True, MetricHit(None, relative=True, comparison=noun in GAIN_NOUNS, noun=True)
        return True, named(s, span) if span else None
    if within := WITHIN.search(left):
        hit = _gap(s, q, s.lo + within.start())
        # a gap to a reference is named as a gap (guidelines, section 8): "stays within 0.3% of
        # synchronous training"; not what is kept within a bound ("the maximum expert load within 1.2x
        # of uniform")
        if (
            hit.name
            and q.unit != "x"
            and _OF_REFERENCE.match(s.text, q.tail)
            and not _GAP_WORD.search(hit.name)
        ):
            hit.name = f"{hit.name} gap"
        return True, hit
    if moved := _MOVED_ASIDE.search(left):
        return True, _mover(s, s.lo + moved.start())
    if matched := _MATCHED_ASIDE.search(left):
        close = s.text.find(")", q.tail, s.hi)
        # not when the bracket names its own measure ("(27.44 vs. 27.21 dB PSNR)")
        if not s.mention_at(q.tail, max(close, q.tail), ("METRIC",)):
            k = 1 if matched.group(1) else 2
            hit = named(s, (s.lo + matched.start(k), s.lo + matched.end(k)))
            return hit is not None, hit
    if stays := _STAYS.search(left):
        return True, _subject_level(s, s.lo + stays.start())
    if kept := _KEPT_LEVEL.search(left):
        return True, phrase_hit(s, (s.lo + kept.start(1), s.lo + kept.end(1)), relative=False)
    return False, None


# a dataset a measure is taken on, before the verb: "Overall mAP on Argoverse 2 reaches 41.8"
_ON_BEFORE = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?\Z")


def measure_on(s: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """The phrase of the measure a dataset's name before a verb is taken on ("mAP on Argoverse 2
    reaches"), else ``span``."""
    named_data = s.mention_at(*span, ("DATASET",))
    on = _ON_BEFORE.search(s.text, s.lo, span[0]) if named_data is not None else None
    measure = phrase_before(s.text, on.start(), s.lo) if on else None
    return measure if measure is not None and named(s, measure) is not None else span


def _subject_level(s: Sentence, verb: int) -> MetricHit | None:
    """The subject that stays at a level, when it names a measure, is an acronym or is what a share
    counts ("the fraction of wasted tool invocations stays below 12%")."""
    span = phrase_before(s.text, verb, s.lo)
    if span is None:
        return None
    span = measure_on(s, span)
    last = s.text[span[0] : span[1]].split()[-1]
    hit = named(s, span)
    if hit is None and s.mention_at(*span, ("DATASET",)):
        # the subject's head, when what stays is taken on a dataset: "the accuracy of the global
        # model on CIFAR-10 stays at"
        head = subject_head(s, clause_start(s.text, s.lo, verb), verb)
        hit = named(s, head) if head else None
    acronym = re.fullmatch(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?", last) and not s.mention_at(*span, ("DATASET",))
    if hit is None and acronym:  # "ASR stays below 10%"
        hit = MetricHit(last, span[1] - len(last), span[1])
    if hit is None and _SHARE_OF.search(
        s.text, max(s.lo, span[0] - 20), span[0]
    ):  # "the fraction of wasted tool invocations"
        hit = MetricHit(s.text[span[0] : span[1]], *span)
    return hit


def _mover(s: Sentence, verb: int) -> MetricHit | None:
    """The measure that changes in levels given in brackets after its verb: the subject's
    head, or the clause's first phrase ("GSM8K performance, already high, improves more
    modestly (90.1 vs. 88.7)")."""
    lo = clause_start(s.text, s.lo, verb)
    for span in (subject_head(s, lo, verb), phrase_after(s.text, lo, verb)):
        hit = named(s, span) if span else None
        if hit is not None:
            return hit
    return None


def _gap(s: Sentence, q: Quantity, pos: int) -> MetricHit:
    """The measure of a gap kept "within" a margin, "within" starting at ``pos``: the measure
    before it ("keeps MMLU performance within 0.3 points of the SFT model"), another system's
    ("comes within 1% of the teacher's GAUC"), the subject's after a copula ("Accuracy on
    LongBench is within 0.6 points"; past an opening phrase, the last measure its clause
    names), else what is kept ("keeps the maximum expert load within 1.2x")."""
    span = phrase_before(s.text, pos, s.lo, 2)
    hit = named(s, span, relative=True) if span else None
    if hit is None:
        owned = _OF_OWNER.match(s.text, q.tail, s.hi)
        hit = phrase_hit(s, phrase_after(s.text, owned.end(), s.hi) if owned else None)
    if hit is None and _COPULA.search(s.text, s.lo, pos):
        lo = clause_start(s.text, s.lo, pos)
        head = subject_head(s, lo, pos)
        hit = named(s, head, relative=True) if head else None
        # past an opening phrase: "On TREC DL the nDCG@10 gap to the teacher is within"
        measures = [m for m in s.labelled("METRIC", subject_start(s, lo, pos)) if m.end <= pos]
        if hit is None and measures:
            m = measures[-1]
            hit = MetricHit(m.text, m.start, m.end, m.entity or None, relative=True)
    elif hit is None:
        # what is kept on a benchmark: "maintaining accuracy on knowledge-intensive benchmarks
        # such as MMMU within ±0.5 points", "keeping perplexity on PG-19 within 0.07"
        kept = _KEPT_ON.search(s.text, s.lo, pos)
        hit = named(s, kept.span(1), relative=True) if kept else None
        if hit is None and _KEEPS.search(s.text, s.lo, pos):
            hit = phrase_hit(s, phrase_before(s.text, pos, s.lo, 3))
    return hit or MetricHit(None, relative=True, comparison=True)
