"""The system whose level a change starts from ("from 72.6% (XGBoost) to", "raises the accuracy
of Qwen2.5-Math-7B from 88.2%", "Applied to DeiT-B, it reduces latency from 142 ms"), and the
model a sentence's opening applies the paper's method to."""

from __future__ import annotations

import re

from ..records import Mention
from .names import Name, mention_name
from .quantities import Quantity
from .text import BRACKET_AFTER, SIZED_MODEL, Sentence, behind, clause_start
from .vocabulary import MOVE_VERB

# the system whose level is moved: "the accuracy of Qwen2.5-Math-7B-Instruct from"
_OF_CHANGED = re.compile(
    r"\bof\s+(?:the\s+)?([A-Z][\w.+-]*\d[\w.+-]*|[A-Z][\w.+-]*[A-Z][\w.+-]*)\s+from\s+\Z"
)
_MOVES_FROM = re.compile(rf"\s+(?:{MOVE_VERB.pattern.removeprefix('(?i)')})\s+from\s+")
_MOVED = re.compile(
    r"\b(?:rais|improv|boost|lift|increas|reduc|lower|cut|decreas|push|extend)\w*\s+(?:(?:the|its|their)\s+)?[^,;]*\Z"
)
# the model the paper's method is added to, whose level it moves: "adding WorkMem to a GPT-4o agent
# improves task success from 14.9%"
# (or to another after it: "..., and to a Qwen2-VL-72B agent from 9.3%")
_ADDED_TO = re.compile(
    r"(?i)\b(?:adding|applying|plugging|integrating|attaching)\s+[\w.+/-]+(?:\s+[\w.+/-]+)?\s+(?:to|into)\s+"
    r"(?:an?\s+|the\s+)?(?:\Z|[^;]*,\s+and\s+(?:to|into)\s+(?:an?\s+|the\s+)?\Z)"
)
# "Compared with uniform sampling, ...", "Relative to X on the same problems, ..."
_OPENING_BASELINE = re.compile(
    r"\s*(?:Compared\s+(?:with|to)|Relative\s+to)\s+(?:the\s+|an?\s+)?((?:[\w.+/-]+\s+){0,4}?[\w.+/-]+)"
    r"(?:\s+(?:on|at|in|under|with)\s+[^,;]*)?,"
)
# a METRIC mention that starts with a model's name and size: "Zephyr-7B accuracy"
_SIZED_MEASURE = re.compile(rf"({SIZED_MODEL})\s+\S")
# the end of a change and the model it is on: " to 31.6 on "
_RANGE_END = r"\s+to\s+[~≈]?\d[\d.,]*\s?(?:%|points?|pp|dB|ms|s|[GM]B|degrees|hours|minutes|seconds)?"
_RANGE_END_ON = re.compile(_RANGE_END + r"\s+(?:on|for|with)\s+(?:the\s+)?")
# ... and the system the change is set against: " to 7.9% compared with ", past the changes coordinated
# with it and its relative size: " to 0.031 and F-score from 0.81 to 0.89 over ", " to 16.3%, a 43%
# relative reduction over "
_MORE_CHANGES = (
    r"(?:\s+and\s+(?:[\w@/-]+\s+){1,4}from\s+[~≈]?\d[\d.,]*\s?(?:%|points?|pp)?" + _RANGE_END + r")*"
    # ... or by a margin: " to 2.6% and peak activation memory by 43% compared with "
    r"(?:\s+and\s+(?:[\w@/-]+\s+){1,4}by\s+[~≈]?\d[\d.,]*\s?(?:%|points?|pp|x)?)?"
    r"(?:,\s+an?\s+\d[\d.]*\s?%?\s+(?:relative\s+)?(?:reduction|improvement|gain|increase|decrease|drop)\b)?"
)
_RANGE_END_VERSUS = re.compile(
    _RANGE_END
    + _MORE_CHANGES
    + r",?\s+(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|over)\s+(?:(?:the|an?)\s+)?"
)
# the words before a system's name that say what was done to it: "a fine-tuned Contriever"
_DESCRIBED_BY = re.compile(r"[a-z][\w-]*(?:ed|en)\s+")
# a system's name the NER missed or mislabelled: "relative to VLFM, the previous best"
_SYSTEM_LIKE = re.compile(
    r"(?:[A-Z][\w.]*[-\d][\w.+-]*|[A-Z][a-z]*[A-Z][\w.+-]*|(?:[a-z][\w-]*\s+){1,2}[A-Z]{2,}[\w.+-]*)(?=[\s,;.)])"
)  # "VLFM", "ResNet-34", "standard RAG"
# a model played against, whose level is not the one moved: "the win rate against GPT-4o from 31%"
# (not a model attacked: "the attack success rate against Llama-3-8B-Instruct from 62.4%")
_OPPONENT = re.compile(r"(?i)\bwin\s+rates?\s+(?:against|versus|vs\.?|over)\s+(?:the\s+)?\Z")
_ON_PLACE = behind("on|in")
# a clause that opens on a model, past the sentence's start: ", and on HunyuanVideo it reduces"
_CLAUSE_ON = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|;\s*)on\s+")
_CLAUSE_SUBJECT = re.compile(r",?\s+(?:it|we|ours|our|the|this)\b")
# a model's name as written: capitals with a digit or hyphen ("DeiT-B", "Llama-3-8B")
_MODEL_LIKE = re.compile(r"[A-Z][\w.]*[-\d][\w.+-]*")
# "On Llama-3-8B-Instruct, ...", "On SAM with a ViT-H encoder, ...", "On FLUX.1-dev at 1024x1024,
# ...": a model the NER tagged one
_OPENING_ON = re.compile(r"\s*On\s+")
_OPENING_ON_END = re.compile(r"\s*(?:,|(?:with|at)\b|\()")
# "Applied to DeiT-B, ...", "When wrapped around Chronos, ...", "For Llama-3-8B on MMLU, ...",
# "Fine-tuning OpenVLA with PARA ..."
_OPENING_BASE = re.compile(
    r"\s*(?:(?:When\s+)?(?:applied|Applied)\s+to|When\s+wrapped\s+around|For|Fine-tuning|Training|Starting\s+from|"
    # "When used as the grounding module of a GPT-4o planner, ..."
    r"When\s+used\s+(?:as|in|inside|within)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:of|for|in)\s+(?:the|an?)|"
    r"Initiali[sz]ed\s+from|Built\s+(?:on|upon)|Based\s+on|Combined\s+with|(With))\s+"
    # a name of one or two words, not the setting after it: "Applied to OpenVLA-7B with an action chunk";
    # after "With", the model the opening runs on: "With X as the backbone,", "With X and a ResNet-50
    # backbone on LVIS,", "With X," (not "With 8 GPUs and")
    r"([\w.+/-]+(?:\s+(?!(?:with|at|on|in|and|for|using|under|to|of)\b)[\w.+/-]+)?)(?=[,\s])"
    r"(?(1)(?=\s+as\b|,|\s+(?:and|on)\b))"
)

# the subject, a system applied to a model, made from one or run with one: "CiteAlign applied to
# Llama-3-8B-Instruct raises ...", "ChartR1-7B, trained from Qwen2.5-VL-7B, improves ...", "On
# WebArena, ReMem with GPT-4o improves ..."
_SUBJECT_BASE = re.compile(
    r"\s*(?:(?:On|In|Across)\s+[^,;]{1,60},\s+)?"
    r"[A-Z][\w.+/-]*(?:\s+[\w.+/-]+)?,?\s+(?:applied\s+to|built\s+(?:on|upon)|(?:trained|fine-tuned|initiali[sz]ed)\s+from"
    r"|with|attached\s+to|on\s+top\s+of|paired\s+with)\s+"
)
# ... followed by its verb, or by the comma that closes the phrase
_SUBJECT_BASE_END = re.compile(r"\s*,|\s+[a-z]")
# ... named in up to four words that run to the opening's comma, the last a system's
_LONGER_BASE = re.compile(r"[A-Z][\w.+/-]*(?:\s+[\w.+/-]+){1,3}(?=,)")


def bracketed_system(s: Sentence, q: Quantity) -> Name | None:
    """The system named alone in brackets right after a level: "from 72.6% (XGBoost) to"."""
    m = BRACKET_AFTER.match(s.text, q.tail, s.hi)
    named = s.mention_at(m.start(1), m.end(1), ("MODEL", "METHOD")) if m else None
    return mention_name(named) if named and m and (named.start, named.end) == m.span(1) else None


def _bracketed(s: Sentence, k: Mention) -> bool:
    """Whether the mention ``k`` stands alone in brackets."""
    return s.text[k.start - 1 : k.start] == "(" and s.text[k.end : k.end + 1] == ")"


def changed_system(s: Sentence, left: str) -> Name | None:
    """The named model whose level a verb of change moves "from": "raises the accuracy of
    Qwen2.5-Math-7B from 88.2%", "reduces Zephyr-7B accuracy from 63.7%", "Llama 3.1 70B
    falls from 66.2%"."""
    m = _OF_CHANGED.search(left)
    # not a dataset the change is on: "raises accuracy on the long-video subset of Video-MME from"
    if m and not s.mention_at(s.lo + m.start(1), s.lo + m.end(1), ("DATASET",)):
        return mention_or_text(s, (s.lo + m.start(1), s.lo + m.end(1)))
    clause = clause_start(s.text, s.lo, s.lo + len(left))
    if (owner := _measure_owner(s, clause, s.lo + len(left))) is not None:
        return owner
    # a model's name the NER took for a method counts ("improves DeepSeek-R1-Distill-Qwen-32B from"),
    # not a measure's short form in brackets ("improves lip-sync confidence (LSE-C) from"), nor a
    # place the NER took for a model ("improves the match rate on MPTS-52 from 12.2%")
    models = [
        k
        for k in s.mentions
        if (
            k.label == "MODEL"
            or (k.label == "METHOD" and _MODEL_LIKE.fullmatch(k.text) and not _bracketed(s, k))
        )
        and clause <= k.start
        and k.end <= s.lo + len(left)
        and not _ON_PLACE.search(s.text, clause, k.start)
        and not _OPPONENT.search(s.text, clause, k.start)  # "the win rate against GPT-4o voice responses"
    ]
    if models and (
        _MOVED.search(s.text, clause, models[-1].start) or _ADDED_TO.search(s.text, clause, models[-1].start)
    ):
        return mention_name(models[-1])
    # the model whose level moves, as the verb's subject: "and Llama 3.1 70B falls from"
    if models and _MOVES_FROM.fullmatch(s.text, models[-1].end, s.lo + len(left)):
        return mention_name(models[-1])
    # a measure named with its model and size: "reduces Zephyr-7B accuracy ... from 63.7%"
    sized = [
        (k.start, size.group(1))
        for k in s.labelled("METRIC")
        if clause <= k.start and k.end <= s.lo + len(left) and (size := _SIZED_MEASURE.match(k.text))
    ]
    return Name(sized[-1][1]) if sized and _MOVED.search(s.text, clause, sized[-1][0]) else None


def _measure_owner(s: Sentence, clause: int, end: int) -> Name | None:
    """The named system whose measure is the subject that moves "from" at ``end``: "the accuracy
    of MDETR on RefCOCO+ testA drops only from", "GPT-4o's accuracy on GPQA Diamond decreases
    from", "lowers the perplexity of the 2-bit Llama-2-70B from".

    >>> t = "GPT-4o's accuracy on GPQA decreases from 53.6% to 50.1%."
    >>> s = Sentence.of(t, ("GPT-4o", "MODEL"), ("accuracy", "METRIC"), ("GPQA", "DATASET"))
    >>> _measure_owner(s, 0, t.index("53.6"))
    Name(text='GPT-4o', entity=None)
    """
    systems = [k for k in s.mentions if k.label in ("MODEL", "METHOD") and clause <= k.start and k.end <= end]
    if not systems:
        return None
    k = systems[-1]  # no other system between it and the change
    of = _OF_BEFORE.search(s.text, clause, k.start)
    owned = _POSSESSED.match(s.text, k.end, end)
    measure = (of.start(1), of.end(1)) if of else (owned.start(1), owned.end(1)) if owned else None
    if measure is None or s.mention_at(*measure, ("METRIC",)) is None:
        return None
    return mention_name(k) if _OWNER_MOVES.fullmatch(s.text, owned.end() if owned else k.end, end) else None


# "the accuracy of (the) X", "X's accuracy": a measure and the system it belongs to
_OF_BEFORE = re.compile(r"\b((?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+(?:the\s+)?\Z")
_POSSESSED = re.compile(r"['\u2019]s\s+((?:[\w-]+\s+){0,2}?[\w-]+)\b")
# from the owner to "from": the measure, a place, a verb of change
_OWNER_MOVES = re.compile(
    r"(?:\s+[\w.+-]+){0,6}?\s+(?:(?:only|slightly|sharply|further)\s+)?"
    + MOVE_VERB.pattern.removeprefix("(?i)")
    + r"(?:\s+only)?\s+from\s+\Z|\s+from\s+\Z"
)


def range_end_model(s: Sentence, q: Quantity) -> Name | None:
    """The model a change "from A to B" is measured on, named right after it: "CHAIR_S drops
    from 48.0 to 31.6 on LLaVA-1.5-7B" (48.0 is LLaVA-1.5-7B's own), or the system it is
    compared with: "from 12.6% to 7.9% compared with LASER3" (12.6% is LASER3's), "from 1.92 to
    1.18 degrees and translation error by 37% relative to CameraCtrl"."""
    m = _RANGE_END_ON.match(s.text, q.tail, s.hi)
    if m is not None:
        model = s.mention_at(m.end(), m.end() + 1, ("MODEL",))
        return mention_name(model) if model is not None and model.start == m.end() else None
    m = _RANGE_END_VERSUS.match(s.text, q.tail, s.hi)
    if m is None:
        return None
    # past what is said of it: "compared with a fine-tuned Contriever baseline"
    described = _DESCRIBED_BY.match(s.text, m.end(), s.hi)
    start = described.end() if described else m.end()
    for at in dict.fromkeys((m.end(), start)):
        system = s.mention_at(at, at + 1, ("MODEL", "METHOD"))
        if system is not None and system.start == at:
            return mention_name(system)
    named = _SYSTEM_LIKE.match(s.text, m.end(), s.hi) or _SYSTEM_LIKE.match(s.text, start, s.hi)
    if named is None or s.mention_at(*named.span(), ("DATASET", "METRIC")):
        return None
    return Name(named.group())


def set_against(s: Sentence, q: Quantity) -> bool:
    """Whether a change "from A to B" starting at ``q`` is set against a system after it, named
    or not: "from 9.4 to 8.1 relative to the strongest prior 2-bit method" (A is that system's,
    not the model the sentence opens on).

    >>> from kg.results.quantities import spot
    >>> t = "On LLaMA, it lowers perplexity from 9.4 to 8.1 relative to the best prior method."
    >>> [set_against(Sentence.of(t), q) for q in spot(t)]
    [True, False]
    """
    return _RANGE_END_VERSUS.match(s.text, q.tail, s.hi) is not None


def clause_base(s: Sentence, q: Quantity) -> Name | None:
    """The model a later clause opens on, before the change starting at ``q``: "..., and on
    HunyuanVideo it reduces latency from 31 to 12 minutes"."""
    lo = clause_start(s.text, s.lo, q.lead)
    for m in _CLAUSE_ON.finditer(s.text, max(s.lo, lo - 12), q.lead):
        model = s.mention_at(m.end(), m.end() + 1, ("MODEL",))
        if model is not None and model.start == m.end() and _CLAUSE_SUBJECT.match(s.text, model.end, q.lead):
            return mention_name(model)
    return None


def opening_system(s: Sentence) -> Name | None:
    """The system a sentence's opening sets the paper's against, whose level a change starts
    from: "Compared with uniform sampling, ours improves accuracy from 26.7%", "Applied to
    DeiT-B, it reduces latency from 142 ms", "Fine-tuning OpenVLA with PARA raises ... from".

    >>> t = "Relative to standard distillation on the same problems, it lifts accuracy from 41.2% to 57.9%."
    >>> opening_system(Sentence.of(t))
    Name(text='standard distillation', entity=None)
    """
    m = _OPENING_BASELINE.match(s.text, s.lo, s.hi)
    if m:
        return mention_or_text(s, (m.start(1), m.end(1)))
    return opening_base(s)


def opening_base(s: Sentence) -> Name | None:
    """The model a sentence's opening applies the method to: "Applied to DeiT-B, ...", "For
    Llama-3-8B on MMLU, ...", "Built on Qwen2.5-Coder-7B, ...", "ChartR1-7B, trained from
    Qwen2.5-VL-7B, ...", "On WebArena, ReMem with GPT-4o improves ...", "Starting from
    Qwen2.5-VL-7B, ..." (a name with capitals and a
    digit or hyphen the NER did not tag a model, but no dataset); "With GPT-4o-mini as the
    backbone, ...", "With StarCoder2-15B, ..." and "On Llama-3-8B-Instruct, ..." when the NER
    tagged it a model.

    >>> from kg.records import Mention
    >>> t = "With GPT-4o-mini as the backbone, EMA improves success from 46.3% to 61.0%."
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 5, 16, "GPT-4o-mini", "MODEL")])
    >>> opening_base(s), opening_base(Sentence.of("Starting from Qwen2.5-VL-7B, we train."))
    (Name(text='GPT-4o-mini', entity=None), Name(text='Qwen2.5-VL-7B', entity=None))
    >>> t = "When used as the grounding module of a GPT-4o planner, X raises it."
    >>> opening_base(Sentence("abstract", t, 0, len(t), [Mention("abstract", 39, 45, "GPT-4o", "MODEL")]))
    Name(text='GPT-4o', entity=None)
    >>> opening_base(Sentence.of("With Llama-3-8B, X lifts the win rate from 32.6%."))
    """
    m = _OPENING_BASE.match(s.text, s.lo, s.hi)
    if m is None:
        for pattern, end in ((_OPENING_ON, _OPENING_ON_END), (_SUBJECT_BASE, _SUBJECT_BASE_END)):
            at = pattern.match(s.text, s.lo, s.hi)
            model = s.mention_at(at.end(), at.end() + 1, ("MODEL",)) if at else None
            if at and model and model.start == at.end() and end.match(s.text, model.end, s.hi):
                return mention_name(model)
        return None
    model = s.mention_at(m.start(2), m.end(2), ("MODEL",))
    if model is not None and model.start == m.start(2):
        return mention_name(model)
    longer = _LONGER_BASE.match(s.text, m.start(2), s.hi)
    if not m.group(1) and longer and s.mention_at(longer.end() - 1, longer.end(), ("MODEL", "METHOD")):
        return Name(longer.group())  # "Applied to OpenAI CLIP ViT-L/14, ...": a system named at length
    # "With X as the backbone", "With X, ..." open on a model only when it is tagged one
    named = (
        not m.group(1)
        and _MODEL_LIKE.fullmatch(m.group(2))
        and not s.mention_at(m.start(2), m.end(2), ("DATASET", "METRIC"))
    )
    return Name(m.group(2)) if named else None


def mention_or_text(s: Sentence, span: tuple[int, int]) -> Name:
    m = s.mention_at(span[0], span[1], ("MODEL", "METHOD"))
    return mention_name(m) if m else Name(s.text[span[0] : span[1]])
