"""Lengths a method reaches (guidelines, sections 5 and 7: a length the method reaches is a
result, one that fixes the setting is not): the context it processes ("handles sequences of up to
1M tokens"), the depth it trains ("a 20-layer deep network"), and how long what it generates may be
("generates songs of up to 4 minutes", "videos of up to 240 frames")."""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import STOP, Sentence, clause_start

# words of reaching a context length, and of depth
# ... or the length a long-context test passes up to ("passkey retrieval remains perfect up to 512K
# tokens"), unless the test is where a result is read ("On needle-in-a-haystack retrieval up to 128K")
_CONTEXT_CUE = re.compile(
    r"(?i)\b(?:context|process|support|handl|extend|scal|serv|enabl|passkey|needle|retriev)\w*"
)
_TESTED_ON = re.compile(r"(?i)\W*(?:on|in|for|at)\s+(?:the\s+)?[^,;]*(?:passkey|needle|retriev)")
_DEPTH_CUE = re.compile(r"(?i)\b(?:deep|depth)\b")

# a context extended from one length to another, or to lengths: "extend X from 8K to 128K tokens"
_EXTEND = r"(?i)\bextend(?:s|ed|ing)?"
_LENGTH = r"[\d.]+\s?[KkM]"
_EXTENDED_FROM = re.compile(_EXTEND + r"\b[^.;:]{0,60}?\bfrom\s+\Z")
_EXTENDED_FROM_TO = re.compile(_EXTEND + rf"\b[^.;:]{{0,60}}?\bfrom\s+{_LENGTH}\s+to\s+\Z")
_EXTENDED_TO = re.compile(_EXTEND + rf"\s+to\s+(?:{_LENGTH}\s+(?:and|or)\s+)?\Z")
_TOKENS = re.compile(r"\s*(?:tokens?|context)\b")
_AND_TOKENS = re.compile(rf"\s+(?:and|or)\s+{_LENGTH}" + _TOKENS.pattern)
_TO_TOKENS = re.compile(rf"\s+to\s+{_LENGTH}" + _TOKENS.pattern)

# tokens of training data: "2B tokens of continued pretraining", "1B tokens of web text"
_TOKENS_OF_DATA = re.compile(
    r"(?i)\s*tokens?\s+of\s+(?:[\w-]+\s+)?(?:pre-?training|training|fine-tuning|data|text)\b"
)
# a schedule training moves through, and language models in general, the subject of a clause
_SCHEDULE = re.compile(r"(?i)\b(?:curriculum|progressive(?:ly)?|staged|gradual(?:ly)?)\b")
_GENERAL_MODELS = re.compile(
    r"(?i)^\W*(?:as\s+)?(?:the\s+context\s+windows?\s+of\s+)?(?:modern|current|recent|existing|today's|most)\s+"
    r"(?:large\s+)?(?:language\s+models|LLMs|LMs|models)\b"
    r"|\bas\s+the\s+context\s+windows?\s+of\s+(?:large\s+)?(?:language\s+models|LLMs)\b"
)

# what a method makes, and the measure of how long one may be ("meshes of up to 8,000 faces": faces)
_MADE = {
    **{
        noun: f"{noun} length"
        for noun in ("video", "clip", "song", "music", "audio", "speech", "motion", "sequence")
    },
    "story": "story length",
    "stories": "story length",
    "mesh": "faces",
    "document": "document length",
}
# ... before the number: "can generate videos of up to"
_MADE_UP_TO = re.compile(
    r"(?i)\b(?:generat|synthesi[sz]|produc|render|edit|extend|enabl|support|handl)\w*\b[^.;:,]{0,60}?"
    rf"\b({'|'.join(_MADE)})(?:s|es)?\s+(?:of\s+|with\s+|(?:[^.;:,]|\.\d){{0,25}}?\bfor\s+)?"
    r"(?:up\s+to|over|more\s+than|as\s+long\s+as)\s+\Z"
)
# units of a length in time or frames; of a mesh, its faces
_LENGTH_UNIT = re.compile(r"\s*(?:seconds?|s|minutes?|min|hours?|h|frames|faces|pages)\b")


def generated_length(s: Sentence, q: Quantity) -> MetricHit | None:
    """The length of what the method makes, when the number states how long it may be.

    >>> from kg.results.quantities import spot
    >>> t = "It generates songs of up to 4 minutes, trained on clips of up to 10 seconds."
    >>> [h and h.name for h in (generated_length(Sentence.of(t), q) for q in spot(t))]
    ['song length', None]
    """
    made = _MADE_UP_TO.search(s.text, clause_start(s.text, s.lo, q.lead), q.start)
    # the unit read with the number ("4 minutes") or right after it ("240 frames")
    if made is None or not (
        _LENGTH_UNIT.match(s.text, q.end, q.tail) or _LENGTH_UNIT.match(s.text, q.tail, s.hi)
    ):
        return None
    return MetricHit(_MADE[made.group(1).lower()], relative=False)


# the code a method needs, claimed as few lines: "can be implemented in fewer than 50 lines of code"
_LINES_OF_CODE = re.compile(r"\s+lines\s+of\s+(?:[a-z-]+\s+)?code\b")
_FEW = re.compile(r"(?i)\b(?:fewer\s+than|less\s+than|under|only|just|as\s+few\s+as)\s+\Z")


def code_lines(s: Sentence, q: Quantity) -> MetricHit | None:
    """The lines of code a method needs, when claimed as few.

    >>> from kg.results.quantities import spot
    >>> t = "It is added in fewer than 50 lines of code to a codebase of 20,000 lines of code."
    >>> [h and h.name for h in (code_lines(Sentence.of(t), q) for q in spot(t))]
    ['lines of code', None]
    """
    if _LINES_OF_CODE.match(s.text, q.tail, s.hi) and _FEW.search(s.text, max(s.lo, q.start - 16), q.start):
        return MetricHit("lines of code")
    return None


# the tokens a method needs to train on, claimed as few: "continue pretraining for only 2B tokens"
_ONLY_FOR = re.compile(r"(?i)\b(?:after|using|for|with|on)\s+(?:only|just)\s+\Z")


def training_tokens(s: Sentence, q: Quantity) -> MetricHit | None:
    """The billions or millions of tokens a method needs to (pre)train on, when claimed as few.

    >>> from kg.results.quantities import spot
    >>> t = "We continue pretraining for only 2B tokens; the teacher saw 2T tokens."
    >>> [h and h.name for h in (training_tokens(Sentence.of(t), q) for q in spot(t))]
    ['pretraining tokens', None]
    """
    if q.measure != "tokens" or q.magnitude not in ("B", "M", "T"):
        return None
    if not _ONLY_FOR.search(s.text, max(s.lo, q.start - 16), q.start):
        return None
    clause = s.text[clause_start(s.text, s.lo, q.lead) : q.lead]
    return MetricHit("pretraining tokens" if re.search(r"(?i)pre-?train", clause) else "training tokens")


# a count a system makes per item, after a verb of making or needing or an average: "issues 2.4
# retrieval calls per question", "requires about 600 queries per image", "an average of 1.6 calls
# per problem"; not the bits a number is stored in, a setting ("an average of 2.5 bits per element")
_PER_ITEM = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,1}(?!bits\b)[a-z][\w-]*[^\Wsu]s\s+per\s+[a-z][\w-]*)\b")
_MAKES = re.compile(
    r"(?i)\b(?:issues|makes|requires|needs|uses|averages|generates|an\s+average\s+of)\s+"
    r"(?:only\s+|about\s+|roughly\s+|around\s+|on\s+average\s+)?\Z"
)


def count_per_item(s: Sentence, q: Quantity) -> MetricHit | None:
    """What a system makes or needs per item, counted.

    >>> from kg.results.quantities import spot
    >>> t = "It issues 2.4 retrieval calls per question, sampling 8 responses per prompt."
    >>> [h and h.name for h in (count_per_item(Sentence.of(t), q) for q in spot(t))]
    ['retrieval calls per question', None]
    """
    m = _PER_ITEM.match(s.text, q.tail, s.hi) if not q.unit and not q.measure else None
    if m is None or not _MAKES.search(s.text, max(s.lo, q.start - 30), q.start):
        return None
    return MetricHit(m.group(1), *m.span(1))


# how many items a method takes in at once, claimed as its reach: "handles sequences of up to
# 100,000 tiles", "scales to training sets of up to 1M rows"; not what an evaluation runs with
# ("with up to 500,000 training rows") nor what a problem needs ("problems that need up to 11 steps")
_TAKES_IN = re.compile(
    r"(?i)\b(?:process|handl|support|consum|encod|accommodat|ingest|scal|generaliz)\w*\s+"
    r"(?:(?!with\b|on\b|at\b|that\b|which\b|need|requir)[\w-]+\s+){0,4}?(?:of\s+|to\s+)?\Z"
)
_UP_TO = re.compile(r"(?i)\s*(?:up\s+to|as\s+many\s+as)\s")
# ... counted in items named by a plural, maybe after one word of their kind ("training rows")
_ITEMS = re.compile(
    r"\s+((?:[a-z][\w-]*[^\Ws]\s+)?(?!parameters\b|bits\b|times\b|GPUs\b)[a-z][\w-]*[^\Wsu]s)\b", re.I
)


def reached_count(s: Sentence, q: Quantity) -> MetricHit | None:
    """How many items a method takes in at once, claimed as its reach, named by the items
    (tokens and words: its context length).

    >>> from kg.results.quantities import spot
    >>> t = "It handles sequences of up to 100,000 tiles, tested with up to 500 tiles."
    >>> [h and h.name for h in (reached_count(Sentence.of(t), q) for q in spot(t))]
    ['tiles', None]
    """
    if q.unit or (q.measure and q.measure != "tokens"):
        return None
    items = _ITEMS.match(s.text, q.end if q.measure else q.tail, s.hi)
    if items is None:
        return None
    lo = clause_start(s.text, s.lo, q.lead)
    if not (_UP_TO.match(s.text, q.lead, q.start) and _TAKES_IN.search(s.text, lo, q.lead)):
        return None
    if _scheduled_or_general(s, q, lo):
        return None
    name = items.group(1).lower()
    if name.split()[-1] in ("tokens", "words"):
        return MetricHit("context length")
    return MetricHit(name, *items.span(1))


# the measures of lengths a method reaches, which are results whatever their count describes
REACHED = frozenset(
    {"context length", "depth", "lines of code", "training tokens", "pretraining tokens", *_MADE.values()}
)


def reaches_context(s: Sentence, q: Quantity) -> bool:
    """A token count the method reaches or processes: "processing sequences up to 1M
    tokens", "extends the context length to 128K"; not one that fixes the data.

    >>> from kg.results.quantities import spot
    >>> t = "trained on 2M tokens, it handles sequences of up to 1M tokens"
    >>> s = Sentence.of(t)
    >>> [reaches_context(s, q) for q in spot(t)]
    [False, True]
    >>> t = "We extend Llama-3-8B from 8K to 128K tokens, trained on 2B tokens"
    >>> [reaches_context(Sentence.of(t), q) for q in spot(t)]
    [True, True, False]
    >>> t = "Scaling Context to 1M Tokens with 2B Tokens of Continual Pretraining"
    >>> [reaches_context(Sentence.of(t), q) for q in spot(t)]
    [True, False]
    """
    if _extended(s, q):
        return True
    left = _local_left(s, q, 50)
    if _context_used(q, left, _local_left(s, q, 120)):
        return False
    right = s.text[q.tail : q.tail + 30].lower()
    if _TOKENS_OF_DATA.match(s.text, q.end, q.tail + 30):
        return False  # the data it is trained on: "to 1M Tokens with 2B Tokens of Continual Pretraining"
    noun = re.match(r"\s*([a-z][\w-]*)", right)
    if (
        noun
        and noun.group(1) not in STOP
        and noun.group(1) not in ("tokens", "token", "context", "length", "words")
    ):
        return False  # a count of something else: "serving over 30 million daily users"
    lo = clause_start(s.text, s.lo, q.lead)  # after the cheap checks: it reads back to the clause's start
    if _scheduled_or_general(s, q, lo):
        return False
    if right.lstrip().startswith(
        "context"
    ):  # not the one an evaluation runs "at", "with", "within", "for" or "under": "at a 128k context"
        return not re.search(r"(?i)\b(?:at|with|within|for|under)\s+(?:an?\s+)?\Z", left)
    if not (q.measure == "tokens" or q.magnitude) or (not q.approx and "context" not in left.lower()):
        return False
    if q.lead - lo < 150 and _TESTED_ON.match(s.text, lo, q.lead):  # bounded: no reading back without end
        return False
    # a length trained on is the data's, one the model then supports is its reach ("we train X
    # supporting up to 32K tokens")
    cues, trained = list(_CONTEXT_CUE.finditer(left)), list(re.finditer(r"(?i)train", left))
    verbs = [c for c in cues if not c.group().lower().startswith("context")]  # not "the training context"
    return bool(cues) and (not trained or bool(verbs and trained[-1].start() < verbs[-1].start()))


# the setting an evaluation runs at: "At a context length of 1M tokens", "at context lengths up to",
# "at context lengths from 16K to 128K tokens"
_AT_CONTEXT = re.compile(
    r"(?i)\bat\s+(?:an?\s+)?context(?:\s+lengths?)?\s+(?:of\s+|(?:ranging\s+)?from\s+(?:\S+\s+to\s+)?)?\Z"
)
# the contexts an evaluation or a model uses: "evaluate it with contexts of up to 128K tokens", "models
# with context windows of up to 128k tokens", "with native context windows of 128K tokens", "with
# context lengths between 8K and 128K tokens", "trained ... with a context length of 32K"
_WITH_CONTEXT = re.compile(
    r"(?i)\bwith\s+(an?\s+)?(?:native\s+|extended\s+|maximum\s+)?contexts?\s+(?:lengths?\s+|windows?\s+)?"
    r"(?:of\s+|ranging\s+|between\s+)?(?:up\s+to\s+|from\s+(?:\S+\s+to\s+)?)?\Z"
)


# contexts a text describes as a range or a bound, with no verb of the method's before them:
# "across contexts of 8K to 128K tokens", "once contexts exceed roughly 64K tokens", "context
# lengths range from 8K to 128K", "with context lengths beyond 100K tokens"
_CONTEXTS_OF = re.compile(
    r"(?i)\bcontexts?\s+(?:lengths?\s+|windows?\s+)?(?:of|beyond|above|exceed\w*|(?:range|ranging)\s+from|between)"
    r"\s+(?:up\s+to\s+|about\s+|roughly\s+|over\s+)?(?:\S+\s+to\s+)?\Z"
)
_REACHING = re.compile(r"(?i)\b(?:process|support|handl|extend|scal|serv|enabl)\w*")


def _context_used(q: Quantity, left: str, clause: str) -> bool:
    """Whether ``q``, after ``left`` (``clause``: more of the text before, from its last comma),
    is the context an evaluation runs at or a model is used with, not one it reaches ("serving
    the model with a context length of up to 1 million" is its reach)."""
    if _AT_CONTEXT.search(left):
        return True
    if (bound := _CONTEXTS_OF.search(clause)) and not _REACHING.search(clause, 0, bound.start()):
        return True
    used = _WITH_CONTEXT.search(left)
    return used is not None and not (used.group(1) and q.approx)


def _scheduled_or_general(s: Sentence, q: Quantity, lo: int) -> bool:
    """A context a training schedule moves through ("a curriculum that progressively increases
    the context window from 16k to 64k tokens"), or one language models in general have
    ("Modern language models support context windows of 128K tokens"): no length a method reaches;
    ``lo``, the start of ``q``'s clause.

    >>> from kg.results.quantities import spot
    >>> t = "Recent LLMs support contexts of up to 1M tokens; a curriculum grows the context from 8K to 24K tokens"
    >>> s = Sentence.of(t)
    >>> [_scheduled_or_general(s, q, clause_start(t, 0, q.lead)) for q in spot(t)]
    [True, True, True]
    """
    clause = s.text[lo : q.lead]
    if _SCHEDULE.search(clause):
        return True
    general = _GENERAL_MODELS.search(clause)
    return general is not None and not any(
        m.label in ("MODEL", "METHOD") and general.end() <= m.start < q.lead for m in s.mentions
    )


def _extended(s: Sentence, q: Quantity) -> bool:
    """Either length of a context extended "from" one "to" another: "extend Llama-3-8B and
    Mistral-7B from 8K to 128K tokens" (the base models' context, and the method's)."""
    left = _local_left(s, q, 90)
    if _EXTENDED_FROM.search(left):
        return _TO_TOKENS.match(s.text, q.tail) is not None
    if _EXTENDED_TO.search(left):  # "models extended to 64K and 128K tokens"
        return q.measure == "tokens" or _AND_TOKENS.match(s.text, q.tail) is not None
    return bool(_EXTENDED_FROM_TO.search(left)) and (
        q.measure == "tokens" or bool(_TOKENS.match(s.text, q.end))
    )


def reaches_depth(s: Sentence, q: Quantity) -> bool:
    """A depth the method can train: "depth up to 20", "a 20-layer deep network",
    "very deep models with 100s of layers".

    >>> from kg.results.quantities import spot
    >>> t = "a 20-layer deep network; the encoder has 12 layers"
    >>> s = Sentence.of(t)
    >>> [reaches_depth(s, q) for q in spot(t)]
    [True, False]
    >>> t = "deep GNNs with CMP train with as many as 128 layers; the encoder has 12 layers"
    >>> [reaches_depth(Sentence.of(t), q) for q in spot(t)]
    [True, False]
    """
    if q.measure != "layers" and not (q.magnitude == "s" and "layer" in s.text[q.tail : q.tail + 12]):
        return (
            bool(re.search(r"(?i)\bdepth\s+(?:of\s+)?$", s.text[max(s.lo, q.lead - 20) : q.lead]))
            and q.approx
        )
    near = _local_left(s, q, 30) + s.text[q.lead : q.tail + 12]
    if _DEPTH_CUE.search(near):
        return True
    # a hedged count reached by a deep network named earlier in the clause: "deep GNNs equipped
    # with CMP can be trained stably with as many as 128 layers"
    return q.approx and bool(_DEPTH_CUE.search(s.text, clause_start(s.text, s.lo, q.lead), q.lead))


def _local_left(s: Sentence, q: Quantity, width: int) -> str:
    """Up to ``width`` characters before ``q``, from its last comma or semicolon on."""
    left = s.text[max(s.lo, q.lead - width) : q.lead]
    return re.split(r"[,;]", left)[-1]
