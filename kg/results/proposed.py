"""The name a paper gives its own system, which its own results that name none carry.

An abstract names it where the paper says it proposes it: "we propose X", "... and introduce
X, a ...", "Our method, X, ...", "a training-free defense, X, that ...", "which we call X",
"we train X, a family of ..."; its short form where it defines one ("Clipped Process Rewards
(CPR)" is CPR). Only a name counts: a word with a capital past its first letter or a digit
("CHiNe", "T5-XL"), or a mention of capitalised words ("Query Recycling"), not "a novel
framework". Naming words and appositions count only in a sentence that speaks of the paper ("a
recent state space model called Mamba" is another's). Else a title names it before its colon
("FiE: Building a Global Probability Space ..."), unless the words there are a slogan ("Less Is
More: ..."); and the title's name wins when it extends the abstract's ("LaMamba" blocks of
"LaMamba-Diff"). A paper that contributes a benchmark names it the same ways
(:func:`introduces_benchmark`): its results are the evaluated systems'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Mention
from .names import Name
from .vocabulary import SELF_REFERENCE

_SYSTEMS = ("MODEL", "METHOD")
# what a system is called when a paper introduces it: "a decoder-decoder architecture, YOCO"
_KIND = (
    r"(?:method|model|framework|approach|system|architecture|algorithm|technique|module|pipeline"
    r"|strategy|recipe|family|layer|defen[cs]e|objective|tokenizer|optimizer|agent|benchmark)s?"
)
# the words right before the system a paper proposes: "In this paper, we propose a simple
# yet effective method, X"; "... and propose X"; "a framework called X"; "Our method, X, ..."
_PROPOSING = re.compile(
    r"(?i)(?:\b(?:we|this\s+(?:paper|work)|here|and)\s+(?:\w+ly\s+)?"
    r"(?:propose|introduce|present|develop|design|build|call|name|term|dub|train|release)s?\s+"
    r"(?:(?:a|an|the|our)\s+)?(?:(?:new|novel|simple|general|unified|lightweight|efficient|effective)"
    r"(?:,?\s+(?:yet|and|but)\s+\w+)?\s+)*(?:(?:[\w-]+\s+){0,3}?" + _KIND + r"\s*,?\s+)?"
    r"|\b(?:called|named|termed|dubbed|coined)\s+"
    r"|\b(?:our|the\s+resulting|the\s+proposed)\s+(?:proposed\s+|final\s+|largest\s+)?"
    r"(?:[\w-]+\s+)?" + _KIND + r",?\s+\(?"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,4}?" + _KIND + r",\s+)"
)
# verbs that introduce a system only when it is then described ("we train TinyCoder, a
# family of ...", not "we train ResNet-50 on ImageNet")
_NEEDS_APPOSITION = re.compile(r"(?i)\b(?:train|release)s?\s+$")
_APPOSITION = re.compile(r",\s+(?:a|an)\s")
# a name: a word with a capital past its first letter, or with a digit ("CHiNe", "T5-XL",
# "ROLLPRM"), not a sentence's capitalised first word
_NAME = re.compile(r"[A-Za-z][\w.+-]*(?:[A-Z][\w.+-]*|\d[\w.+-]*)")
# a name spelt out and the short form it is given: "Cross-Hierarchical Network (CHiNe)",
# "linguistically-informed self-attention (LISA)"
_DEFINED = re.compile(r"(?:[\w-]+\s+){0,5}?[\w-]+\s*\(([A-Za-z][\w.+-]{1,15})\)")
# words of naming, after which a capitalised word is a name: "which we call Meridian"; they
# and an apposition ("a defense, RESTORE,") need the sentence to speak of the paper ("a recent
# model called Mamba" is another's)
_NAMING = re.compile(r"(?i)\b(?:call|name|term|dub)s?\s+$|(?:called|named|termed|dubbed|coined)\s+$")
_SELF_NEEDED = re.compile(_NAMING.pattern + r"|^(?:a|an)\s")
_WORD = re.compile(r"[A-Z][\w.+-]*")
# a mention of capitalised words, a name when the paper proposes it: "Query Recycling"
_TITLE_CASE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")


# a title's head that opens with a gerund or a word of inquiry states a topic
_TOPIC = re.compile(r"(?:[A-Z][a-z]+ing|Towards?|On|When|Why|How|What)\b")


def own_name(title: str, abstract: str = "") -> str | None:
    """The name a title gives the paper's system: the one to three words before its colon,
    when they are one word, or a name, or words the abstract repeats (a slogan is no name:
    "Less Is More: ...", "Retrieve, Then Doubt: ...").

    >>> own_name("FiE: Building a Global Probability Space"), own_name("Adding Gradient Noise Improves")
    ('FiE', None)
    >>> own_name("Think Just Enough: Budgets"), own_name("Query Recycling: DETR", "We propose Query Recycling.")
    (None, 'Query Recycling')
    >>> own_name("Revisiting Open-Loop Evaluation: Why", "We study it."), own_name("Grounding DINO: X", "Grounding DINO is")
    (None, 'Grounding DINO')
    """
    head, colon, _ = title.partition(":")
    head, words = head.strip(), head.split()
    named = len(words) == 1 or bool(_NAME.search(head)) or head in abstract
    # a topic is no name unless the abstract repeats it ("Revisiting Open-Loop Evaluation: ...",
    # but "Grounding DINO: ..." that the abstract calls so)
    topic = _TOPIC.match(head) is not None and len(words) > 1 and head not in abstract
    return head if colon and 0 < len(words) <= 3 and named and not topic else None


def proposed_name(abstract: str, mentions: Sequence[Mention] = ()) -> str | None:
    """The name of the first system the abstract says the paper proposes: the short form it
    defines there, else a method or model mention or a name-like word right after the words of
    proposing; after words of naming ("which we call X") any capitalised word is a name.

    >>> proposed_name("We propose a simple yet effective framework, ROLLPRM, that ranks steps.")
    'ROLLPRM'
    >>> proposed_name("We propose Clipped Process Rewards (CPR), which bounds rewards.")
    'CPR'
    >>> proposed_name("The model, which we call Meridian, reaches 6.1 FID.")
    'Meridian'
    >>> proposed_name("A model called Mamba is fast. We propose LaMamba.")
    'LaMamba'
    >>> t = "We propose Query Recycling, a training strategy."
    >>> proposed_name(t, [Mention("abstract", 11, 26, "Query Recycling", "METHOD")])
    'Query Recycling'
    >>> proposed_name("We formalize it and propose TACT (Tool-Aware Calibrated Thinking).")
    'TACT'
    >>> proposed_name("We study a training-free defense, RESTORE, that steers."), proposed_name("Our method, QAD, adds.")
    ('RESTORE', 'QAD')
    >>> t = "Our proposed model, DeepLabv3+, extends DeepLabv3."
    >>> proposed_name(t, [Mention("abstract", 20, 29, "DeepLabv3", "MODEL")])
    'DeepLabv3+'
    >>> proposed_name("We train TinyCoder, a family of models."), proposed_name("We train ResNet-50 on it.")
    ('TinyCoder', None)
    >>> proposed_name("We propose a novel method for fast decoding."), proposed_name("We use BERT.")
    (None, None)
    """
    spans = {m.start: m.end for m in mentions if m.field == "abstract" and m.label in _SYSTEMS}
    for cue in _PROPOSING.finditer(abstract):
        start, said = cue.end(), cue.group(0)
        if _SELF_NEEDED.search(said) and not SELF_REFERENCE.search(
            abstract, abstract.rfind(". ", 0, start) + 1, start
        ):
            continue  # "a recent state space model called Mamba" is another's
        defined = _DEFINED.match(abstract, start)
        if defined and any(c.isupper() for c in defined.group(1)):
            return defined.group(1)
        name = _name_at(abstract, start, spans.get(start), naming=bool(_NAMING.search(said)))
        if name and not (
            _NEEDS_APPOSITION.search(said) and not _APPOSITION.match(abstract, start + len(name))
        ):
            return name
    return None


def _name_at(abstract: str, start: int, end: int | None, naming: bool) -> str | None:
    """The name that starts at ``start``: the mention ending at ``end`` when it is a name (or
    any mention, after words of naming), else a name-like word (any capitalised word, after
    words of naming)."""
    if end is not None and (
        naming or _NAME.search(abstract, start, end) or _TITLE_CASE.fullmatch(abstract, start, end)
    ):
        while abstract[end : end + 1] == "+":  # a mention that left out the "+" of "DeepLabv3+"
            end += 1
        return abstract[start:end]
    word = (_WORD if naming else _NAME).match(abstract, start)
    return word.group(0).rstrip(".") if word else None


def own_system(title: str, abstract: str, mentions: Sequence[Mention] = ()) -> Name | None:
    """The name of the paper's own system, with the entity of a mention that names it: the one
    its abstract says it proposes (the form results are given under: "Adversarial Score
    Distillation (ASD)"), else its title's; the title's when it extends the abstract's.

    >>> own_system("FiE: Fusion", "We propose FiE1."), own_system("FiE: Fusion in Encoders", "We study fusion.")
    (Name(text='FiE1', entity=None), Name(text='FiE', entity=None))
    >>> own_system("LaMamba-Diff: Diffusion", "We introduce LaMamba blocks.", [Mention("title", 0, 12, "LaMamba-Diff", "MODEL", "lamamba-diff")])
    Name(text='LaMamba-Diff', entity='lamamba-diff')
    """
    proposed, titled = proposed_name(abstract, mentions), own_name(title, abstract)
    extended = proposed and titled and proposed in titled  # "LaMamba" of "LaMamba-Diff"
    name = titled if extended else proposed or titled
    if name is None:
        return None
    entity = next((m.entity for m in mentions if m.text == name and m.entity and m.label in _SYSTEMS), None)
    return Name(name, entity)


# "We introduce MT-Follow, a benchmark of ...", "we present ChartMaze, a new dataset"
_INTRODUCED_BENCHMARK = re.compile(
    r"\b(?i:we|and)\s+(?:introduce|present|release|construct|build|curate)\s+([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*)?)"
    r"\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|test\s?bed|evaluation\s+suite|arena"
    r"|(?:evaluation\s+)?platform\s+where\s+(?:users|people|annotators|raters)"
    r"|suite\s+of\s+(?:[\w-]+\s+){0,2}?(?:evaluations|tasks|benchmarks))\b"
)
_TRAINED_ON = re.compile(r"[^.;]*\b(?:pre-?train|train)\w*\b")
# a title that names the benchmark: "SAEval: A Benchmark for Measuring What ...", "TTS Arena 2.0:
# Crowdsourced Pairwise Evaluation of ..."
_BENCHMARK_TITLE = re.compile(
    r"^([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2})\s*:\s+(?:(?:A|An)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:Benchmark|Dataset|Testbed|Test\s+Bed|Suite|Evaluation|Arena|Leaderboard)\b"
    # the head of its phrase, not a word on another ("Scaling Dataset Distillation to ...")
    r"(?=\s*$|\s*[,:;(-]|\s+(?:for|of|on|to|with|and|in|from|that|toward|towards)\b)"
)


# what a name is introduced as when it names a system: "CapJudge, a reference-free evaluation model"
_A_SYSTEM = (
    r"\s*,\s+an?\s+(?:[\w-]+\s+){0,4}?(?:model|metric|method|framework|approach|system|evaluator|judge)\b"
)


def introduces_benchmark(abstract: str, title: str = "") -> str | None:
    """The name of the benchmark or dataset the paper contributes and evaluates systems on.

    >>> introduces_benchmark("We introduce MT-Follow, a benchmark of 1,200 conversations.")
    'MT-Follow'
    >>> introduces_benchmark("We argue X and introduce HopHaystack, a benchmark of 2,400 questions.")
    'HopHaystack'
    >>> introduces_benchmark("We introduce SIEVE, a data selection method.") is None
    True
    >>> introduces_benchmark("We test 200 SAEs.", "SAEval: A Benchmark for Measuring SAEs")
    'SAEval'
    >>> introduces_benchmark("We present InterArena, an open platform where users vote for the better one.")
    'InterArena'
    >>> introduces_benchmark("We construct SynGrasp-1B, a dataset of one billion frames, and pre-train a model.") is None
    True
    >>> introduces_benchmark("We present CapJudge, a reference-free evaluation model.", "CapJudge: Evaluation of Captions") is None
    True
    >>> introduces_benchmark("We propose SegMatch.", "SegMatch: Scaling Dataset Distillation to Larger Budgets") is None
    True
    """
    m = _INTRODUCED_BENCHMARK.search(abstract)
    # data built to train on is no benchmark: "We construct SynGrasp-1B, a dataset of one billion
    # frames ..., and pre-train a VLA model"
    if m and _TRAINED_ON.match(abstract[m.end() : m.end() + 300]):
        m = None
    if m is None:
        m = _BENCHMARK_TITLE.match(title)
        # "CapJudge: ... Evaluation of Detailed Image Captions" that presents "CapJudge, a
        # reference-free evaluation model": a system that evaluates, not a benchmark
        if m and re.search(re.escape(m.group(1)) + _A_SYSTEM, abstract):
            m = None
    return m.group(1) if m else None
