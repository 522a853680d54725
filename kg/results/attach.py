"""Whose number it is: the method it belongs to and whether it is the paper's ``own``.

A number is the paper's own unless the text gives it to another system: an aside "(versus
0.87 for SD-VAE)", a possessive "X's 76.2%", "et al." in its clause, the first level of
"from 5.1% to 3.2%" (the system whose level it was), a contrast "whereas SnapKV and H2O
lose 2.1 and 5.8 points", or a sentence of background before the paper first speaks of
itself. The paper's own number belongs to its system when the sentence names it, else to
the named method or model closest before it in its clause, else to its system still (the
name its abstract or title gives it, :mod:`~kg.results.proposed`).
"""

from __future__ import annotations

import re

from ..extract.gazetteer import fold_name
from ..records import Result
from .baselines import compared_before, level_of_system, unmodified_base
from .contrasts import contrasted_system, gapped_baseline
from .first_levels import (
    bracketed_system,
    changed_system,
    clause_base,
    mention_or_text,
    opening_base,
    opening_system,
    range_end_model,
    set_against,
)
from .groups import levels
from .measured import known_names
from .names import Name, mention_name
from .own_numbers import OUTDONE
from .quantities import Quantity
from .text import DETERMINERS, Sentence, clause_start, phrase_after
from .vocabulary import (
    LEVELS_BEFORE,
    OUTDOING,
    SELF_REFERENCE,
    SHORT_UNIT,
    UNMODIFIED,
    VERSUS,
    is_metric_word,
)

# the level of the best system before: "improving over the previous best IS of 52.52 and FID of",
# "better than the previous best spiking method at 1.41"
_PREVIOUS_BEST = re.compile(
    r"(?i)\(\s*(?:the\s+)?(?:previous|prior)\s+(?:best|state[- ]of[- ]the[- ]art|sota)\s*:?\s*$|"
    r"\b(?:previous|prior|former)\s+(?:best|state[- ]of[- ]the[- ]art|sota|record)\s+(?:[\w@-]+\s+){0,3}?"
    r"(?:of|is|was|:|at)\s+(?:[\d.]+%?\s+(?:and|,)\s+(?:[\w@-]+\s+){0,3}?(?:of|is|was)\s+)?$"
)

# whose level a measure is: "the error rate of professional transcribers is 5.9%"
# (not the object of an earlier verb coordinated with the copula: "matches the accuracy of
# full-batch training and is 5.7x faster")
_OF_SYSTEM = re.compile(
    r"([\w-]+)\s+of\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?<!\band)(?<!\bor)\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?$"
)

# the markers of another system's number: "(versus 0.87 for SD-VAE)", "outperforming
# GPT-3.5 (57.1%)", "CLIP's 76.2%", "Nickel et al.'s construction obtains 0.87"
# (past levels given to other systems: "compared with 76.5% for OpenVLA (7B) and 94.2% for π0")
# (or past the measure it names: "compared with an FID of 0.045 for MoMask")
_VERSUS = re.compile(
    VERSUS
    + r"\s*(?:an?\s+)?(?:[\w@.+-]+(?:\s+[\w@.+-]+)?\s+of\s+)?"
    + LEVELS_BEFORE
    + r"(?:under|over|about|around|only|nearly|roughly|just)?\s*$"
)  # "compared to a 1.9-point increase for"
# the rest of a coordination of levels before the system they are given to: " and 4.61"
_MORE_LEVELS = re.compile(rf"(?:{SHORT_UNIT})?(?:\s*(?:,\s*|\s+and\s+)[\d.]+(?:\s?%|{SHORT_UNIT})?)*")

_COMPARED = (
    r"(?i:"
    + OUTDOING
    + r"|than|over|above|below|ahead\s+of|behind|versus|vs\.?|compared\s+(?:to|with)|gap\s+to"
)

# what sets a system beside the paper's, as well as what compares them: "on par with", "matching"
_BESIDE = r"|on\s+par\s+with|match\w*|rival\w*|close\s+to|comparable\s+(?:to|with)"

_COMPARED_ASIDE = re.compile(
    _COMPARED
    + _BESIDE
    + r"|approaching|(?:models|methods|baselines|systems)\s+such\s+as)\s+"
    # the systems coordinated before, each with its level: "outperforming LLM-Pruner (45.3) and"
    + r"(?:(?:the\s+)?(?:[\w.+/'-]+\s+){0,3}[\w.+/'-]+\s*\([^()]{1,20}\)\s*(?:,\s*and|,|and)\s+)*"
    + r"(?:the\s+)?((?:[\w.+/'-]+\s+){0,3}[\w.+/-]*[A-Z0-9][\w.+/-]*)"
    # its setting, and the measure's short name in the bracket: "EnCodec at 6 kbps (PESQ 2.72)" (not
    # a verb: "over DPO (reaching 38.2%)")
    + r"(?:\s+(?:at|with|under)\s+[^(),;]{1,25}?)?\s*\(\s*(?:[a-z]*[A-Z@][\w@-]*\s*:?\s+)?$"
)

# the real thing a generated one is set beside, with its level: "close to the ground-truth
# recordings (4.32)", "on par with that of the ground-truth recordings (4.25)", "close to
# ground-truth recordings at 4.35"
_REFERENCE_ASIDE = re.compile(
    rf"(?i:{_BESIDE.removeprefix('|')})\s+(?:that\s+of\s+)?(?:the\s+)?"
    r"((?:ground[- ]truth|human|real|natural)\s+(?:recordings?|speech|audio|videos?|images?))"
    r"\s*(?:\(\s*|at\s+)\Z"
)
# a system compared with its level after "at": "on par with CoTracker3 at 64.4,"
_SYSTEM_AT = re.compile(
    _COMPARED
    + _BESIDE
    + r")\s+(?:the\s+)?"
    + r"((?:[\w.+/'-]+\s+){0,2}[\w.+/-]*[A-Z0-9][\w.+/-]*)\s+at\s+(?:about\s+|around\s+)?$"
)
# ... the level closing its clause, not a setting it is compared at ("than X at 128K tokens")
_LEVEL_END = re.compile(r"\s*(?:%|points?)?\s*(?:[,;)]|\.(?!\d)|$)")
# an unnamed system compared in brackets: "surpassing the best previous open-weight prover (54.9%)",
# "outperforming its multi-step teacher (FID 2.32)"
_COMPARED_GENERIC = re.compile(
    _COMPARED + r")\s+(?:even\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z0-9][\w-]*\s+){0,4}"
    r"(?:baselines?|models?|methods?|systems?|provers?|approach(?:es)?|predecessors?|teachers?|agents?"
    r"|pipelines?|variants?|counterparts?|entry|entries)\s*\(\s*(?:[A-Za-z][\w@-]*\s*:?\s+)?$"
)
# the first level of a pair in brackets, the subject's: "on MMBench (65.1 vs. 64.3)"
_FIRST_OF_PAIR = re.compile(r"[A-Za-z0-9]\s+\(\s*\Z")
_VERSUS_NEXT = re.compile(r"\s*%?\s*(?:vs\.?|versus)\s+[\d.]+\s*%?\s*\)")
# a family in the plural, which is no name (guidelines, section 7)
_FAMILY = re.compile(r"(?i)\b(?:baselines|methods|models|approaches|systems|variants|techniques)\Z")

# a system described as the best of others, which is no name: "the strongest open-vocabulary detector"
_BEST_OF = re.compile(r"(?i)(?:the\s+)?(?:best|strongest|top)\s+(?!of\b)")

# another system's level labelled with its name in brackets: "(vanilla 3DGS: 27.45 dB)", "(teacher: 19.4)"
_LABELLED_ASIDE = re.compile(
    r"\(\s*((?:[\w.+/-]+\s+){0,3}(?:[\w.+/-]*[A-Z0-9][\w.+/-]*|teachers?|baselines?))\s*:\s*$"
)

# a system a comparison verb is done to ("SpineNet models outperform ResNet-FPN models by 3%
# AP"), whose level a number is only when it follows at once: "outperforming X (51.5)",
# "surpassing X at 64.3%" (:func:`outdone_level`)
_ITS_LEVEL = re.compile(r"[\w\s.-]{0,20}?(?:\(|\bat)\s*")

_OBTAINED = r"\s*(?:%|x)?\s+(?:obtained|achieved|reported|reached|attained|scored)\s+by"
_OBTAINED_BY = re.compile(
    r"(?:" + _OBTAINED + r"|\s*(?:%|x)?\s+reported\s+for)\s+(?:the\s+)?"
    r"(?:(?:much\s+|far\s+)?(?:larger|smaller|bigger|stronger|slower|original|full|dense)\s+)?"  # "by the much larger nnU-Net"
    r"((?=[\w.+/-]*[A-Z])[A-Za-z](?:[\w.+/-]*[\w+])?(?:\s+[A-Z0-9](?:[\w.+/-]*[\w+])?)?|(?:human\s+)?(?:annotators|experts|raters|participants)\b|humans\b)"
)
# ... or by a baseline it does not name
_OBTAINED_BY_BASELINE = re.compile(
    _OBTAINED
    + r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:baselines?|competitors?|methods?|approaches|models?)\b"
)
# the agreement of annotators, and the measures of agreement
_HUMAN_AGREEMENT = re.compile(
    r"(?i)\binter-?(?:annotator|rater|coder)\b|\bagreement\s+(?:between|among)\s+(?:the\s+|two\s+|three\s+)?"
    r"(?:human\s+)?(?:annotators|raters|judges|experts|coders)\b"
)
_AGREEMENT = re.compile(r"(?i)\b(?:kappa|alpha|agreement|ICC)\b|κ")
# the model a level is given to as the one the paper's method is built on
_SAME_MODEL = re.compile(
    r"(?i)\s*%?\s+for\s+the\s+same\s+(?:base\s+|underlying\s+)?(?:model|backbone|LLM|network)\b"
)
# a level written as a system's: "comparable to the 88.3 of ReFinED"
_THE_LEVEL = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?\Z")
_LEVEL_OF = re.compile(r"\s*%?\s+of\s+(?:the\s+)?")
# ... by its shape where the NER missed it
_NAME_SHAPED = re.compile(r"(?:[A-Z][a-z]*[A-Z]|[A-Z][\w.+-]*\d)(?:[\w.+-]*[\w+])?(?=[\s,;.)]|\Z)")

_SHORT_MEASURE = re.compile(r"\s+[^\W\d_a-z][A-Za-z@\d-]{0,7}(?=\s+for\s)")  # "SR", a unit: "Å"
# a measure's words between a level and the named system it is given to
_MEASURE_WORDS = re.compile(r"(?:\s+(?!(?:and|or|on|in|at|with|to|the)\b)[a-z][\w-]*){1,2}(?=\s+for\s+[A-Z])")
# a system named after what it is: ", MiDi"
_APPOSED = re.compile(r",\s+([A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s[A-Z0-9][\w+-]*(?:\.[\w+-]+)*)?)(?=[\s.,;)]|$)")
# a baseline named in apposition to the subject of the number's clause: "and the best prior
# defense, FLTrust, reaches 76.9%"; a known model as the best of those evaluated ("The best
# model, GPT-4o, reaches 58.3%")
_APPOSED_BASELINE = re.compile(
    r"(?:\A\s*|[,;]\s+|\b(?:and|whereas|while|but)\s+)"
    r"(?i:(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:prior|previous|existing|competing|baseline|(best|strongest|top))\b[^,;()]{0,30}),\s+"
    r"([A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?),\s+(?:only\s+)?(?i:reach|achiev|obtain|attain|scor|get|solv)\w*\s+"
    r"[^,;()\d]{0,20}\Z"
)
_OWNER = re.compile(r"\s*(?:for|of|by|from|with|in(?=\s+(?:FP|BF|INT)\d))\s+")
_TRAINED_WITH = re.compile(
    r"(?i)(?:the\s+|a\s+)?(?:polic(?:y|ies)|models?|agents?|networks?|variants?)\s+"
    r"(?:trained|fine-tuned|learned)\s+(?:with|on|using|via|by)\s+(?!\d)"  # not a count: "on 4 environments"
    # ... or the system of which a run is a copy: "5.9% for our reproduction of VALL-E"
    r"|(?i:(?:our|the|a|an)\s+(?:re-?implementation|reproduction|re-?run|replication)\s+of\s+(?:the\s+)?)"
)


# people whose level a clause gives: "while human annotators reach 93%"
_PEOPLE = re.compile(
    r"\b((?:[Hh]uman|[Ee]xpert|[Pp]rofessional|[Tt]rained)\s+(?:annotators|experts|raters|players|radiologists|"
    r"transcribers|participants|evaluators)|[Hh]umans|[Rr]adiologists|[Cc]linicians)\s+(?:\w+\s+){0,3}?"
    r"(?:reach|achiev|obtain|attain|score|get|solv|answer|succeed)\w*\s+(?:on\s+|in\s+)?"
    r"(?:(?:only|about|around|an?\s+\w+\s+of)\s+)?\Z"
)
_POSSESSIVE = re.compile(r"(\S+(?:\s+et\s+al\.)?)['’]s\s+$")

_ET_AL = re.compile(
    r"(?i)([\w-]+\s+et\s+al\.?(?:['’]s)?(?:\s+[\w-]+){0,3}?)\s+(?:obtain|achiev|reach|get|report|attain|score|yield)"
)


# systems a clause's subject describes without naming one, reaching a level: "and most 7B
# models fall below 30%", "whereas the strongest open model reaches only 29.1%"
_GROUP_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:]\s*|\b(?:and|while|whereas|but|where)\s+)(?:most|many|all|the\s+(?:best|strongest|top|leading|weakest))"
    r"\s+(?:[\w-]+\s+){0,2}(?:models?|systems?|LLMs?|MLLMs?|VLMs?|agents?|detectors?|methods?)\s+(?:only\s+)?"
    r"(?:reach|achiev|obtain|attain|score|fall|drop|remain|stay|lag)\w*\s+"
    r"(?:(?:below|under|only|about|around|roughly|just)\s+|an?\s+[\w@-]+(?:\s+[\w@-]+)?\s+of\s+)*\Z"
)
# a system referred to by what it is: "the strongest dense baseline", "the best tuned tree"
_UNNAMED = re.compile(
    r"(?i)\b(?:baselines?|models?|methods?|approach(?:es)?|systems?|pipelines?|polic(?:y|ies)|teachers?"
    r"|defen[cs]es?|scaffolds?|provers?|retrievers?|agents?|variants?|counterparts?|frameworks?|checkpoints?)$"
    r"|^(?:best|strongest|same|prior|previous|previously|next-best)\b"
)
_NAMED = re.compile(r"[A-Z0-9]")
_SIZE = re.compile(r"\b\d+(?:\.\d+)?[KMBT]\b")
_PEOPLE_WORDS = re.compile(r"(?i)\b(?:humans?|annotators?|experts?|people)\b")


def other_system(s: Sentence, q: Quantity, first_of_range: bool) -> Name | bool | None:
    """The system a number belongs to when it is not the paper's: its Name, None for an
    unnamed baseline, or False when the number is the paper's own.

    >>> from kg.results.quantities import spot
    >>> t = "0.38 (versus 0.87 for SD-VAE), while Nickel et al.'s construction obtains 0.87"
    >>> s = Sentence.of(t)
    >>> [other_system(s, q, False) for q in spot(t)]
    [False, Name(text='SD-VAE', entity=None), Name(text="Nickel et al.'s construction", entity=None)]
    >>> t = "Ours (80%) beats GPT-3.5 (57.1%) and 3DGS (3DGS: 27.4 dB) with (FID: 2.8)"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, Name(text='GPT-3.5', entity=None), Name(text='3DGS', entity=None), False]
    >>> t = "an IS of 166.5, over the previous best IS of 52.52 and FID of 18.65"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, None, None]
    >>> t = "The error rate of professional transcribers is 5.9%; the accuracy of our model is 90%"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [Name(text='professional transcribers', entity=None), False]
    >>> t = "Its 4.1 exceeds the 3.2 obtained by Medusa, on par with Self-RAG (54.9)"
    >>> [other_system(Sentence.of(t), q, False) for q in spot(t)]
    [False, Name(text='Medusa', entity=None), Name(text='Self-RAG', entity=None)]
    """
    left = s.text[s.lo : q.lead]
    compared = (
        _COMPARED_ASIDE.search(left)
        or _REFERENCE_ASIDE.search(left)
        or _system_at(s, q, left)
        or _labelled_system(s, left)
    )
    if compared:  # "outperforming GPT-3.5 (57.1%)", "(vanilla 3DGS: 27.45 dB)", "on par with X at 64.4,"
        return mention_or_text(s, (s.lo + compared.start(1), s.lo + compared.end(1)))
    if (system := level_of_system(s, q) or _level_of_after(s, q, left)) is not None:
        return system  # "far below the human baseline of 91.4%", "comparable to the 88.3 of ReFinED"
    if _COMPARED_GENERIC.search(left):  # "surpassing the best previous prover (54.9%)": unnamed
        return None
    if _VERSUS.search(left):  # "Relative to PatchTST, ... (MSE of 0.331 vs. 0.360)"
        return system_after(s, q) or compared_before(s, q) or opening_system(s)
    m = _POSSESSIVE.search(left)
    if m:
        return Name(m.group(1))
    m = _OF_SYSTEM.search(left)
    named_system = m is not None and not m.group(2).lower().startswith(tuple(DETERMINERS))
    if m and named_system and is_metric_word(m.group(1)) and not SELF_REFERENCE.search(m.group(2)):
        return Name(m.group(2))
    if first_of_range:  # "up from 82.0% for EDM", "the accuracy of Qwen2.5-7B from 88.2%"
        return (
            bracketed_system(s, q)
            or system_after(s, q, datasets=False)
            or range_end_model(s, q)
            or changed_system(s, left)
            or clause_base(s, q)
            or (None if set_against(s, q) else opening_system(s))
        )
    return _other_in_clause(s, q, left)


def _level_of_after(s: Sentence, q: Quantity, left: str) -> Name | None:
    """The system a level is written as "the ... of": "comparable to the 88.3 of ReFinED"."""
    of = _LEVEL_OF.match(s.text, q.tail, s.hi) if _THE_LEVEL.search(left) else None
    if of is None:
        return None
    system = s.mention_at(of.end(), of.end() + 1, ("MODEL", "METHOD"))
    if system is not None and system.start == of.end():
        return mention_name(system)
    # a system's name by its shape, which the NER missed ("ReFinED"), not a place or measure
    named = _NAME_SHAPED.match(s.text, of.end(), s.hi)
    return Name(named.group()) if named and not s.mention_at(*named.span(), ("DATASET", "METRIC")) else None


def _other_in_clause(s: Sentence, q: Quantity, left: str) -> Name | bool | None:
    """:func:`other_system`'s last cues, in the number's clause: an unnamed baseline, the
    system that obtains it, systems described, a contrasted system, the clause's subject or
    the system the level outdoes; else False, the paper's own."""
    if _PREVIOUS_BEST.search(left) or gapped_baseline(left):
        return None
    by = _OBTAINED_BY.match(s.text, q.tail, s.hi)
    if by:  # "exceeds the 3.2 obtained by Medusa"
        return mention_or_text(s, by.span(1))
    # "the 8.7 obtained by the strongest adapted baseline"
    if _OBTAINED_BY_BASELINE.match(s.text, q.tail, s.hi):
        return None
    if _GROUP_SUBJECT.search(left):  # "and most 7B models fall below 30%": no system named
        return None
    contrasted = contrasted_system(left)
    if contrasted is not None:  # "whereas SnapKV and H2O lose 2.1 and 5.8 points"
        return _contrasted_name(s, left, contrasted)
    # else a level after the system it outdoes: "outperforming a monoT5-3B reranker (51.5)"
    return _clause_subject(s, q, left) or outdone_level(s, q) or False


def _clause_subject(s: Sentence, q: Quantity, left: str) -> Name | None:
    """A system the number's clause names as its subject: people ("Nickel et al.'s
    construction", "professional transcribers"), or a baseline in apposition ("the best prior
    defense, FLTrust, reaches 76.9%"); ``left``: the sentence's text before the number."""
    clause = clause_start(s.text, s.lo, q.lead)
    m = _ET_AL.search(s.text, clause, q.lead) or _PEOPLE.search(s.text, clause, q.lead)
    if m:
        return Name(m.group(1))
    m = _APPOSED_BASELINE.search(left)
    if m and (m.group(1) is None or fold_name(m.group(2)) in known_names("MODEL")):
        return mention_or_text(s, (s.lo + m.start(2), s.lo + m.end(2)))
    return None


def first_of_pair(s: Sentence, q: Quantity) -> bool:
    """Whether ``q`` is the first of a pair of levels in brackets, the subject's: "surpasses
    full-data training on MMBench (65.1 vs. 64.3)"."""
    return bool(_FIRST_OF_PAIR.search(s.text, s.lo, q.lead)) and bool(_VERSUS_NEXT.match(s.text, q.tail))


def _contrasted_name(s: Sentence, left: str, span: tuple[int, int]) -> Name | None:
    """The name of a contrasted system at ``span`` of ``left``; None for a family in the plural,
    which is no name (guidelines, section 7): "whereas existing W4A4 baselines exceed 40"."""
    if _FAMILY.search(left[span[0] : span[1]]) or _BEST_OF.match(left, span[0]):
        return None
    return mention_or_text(s, (s.lo + span[0], s.lo + span[1]))


def _system_at(s: Sentence, q: Quantity, left: str) -> re.Match[str] | None:
    """The system compared whose level ``q`` is, after "at", when the level closes its clause."""
    return _SYSTEM_AT.search(left) if _LEVEL_END.match(s.text, q.end, s.hi) else None


def _labelled_system(s: Sentence, left: str) -> re.Match[str] | None:
    """The label of "(vanilla 3DGS: 27.45 dB)" when it names a system, not a measure ("(FID: 2.81)")."""
    m = _LABELLED_ASIDE.search(left)
    if m is None or any(is_metric_word(w) for w in m.group(1).split()):
        return None
    return None if s.mention_at(s.lo + m.start(1), s.lo + m.end(1), ("METRIC",)) else m


def system_after(s: Sentence, q: Quantity, datasets: bool = True) -> Name | None:
    """The system a level is given to right after it, or after the levels coordinated with
    it: "6.14 for GPTQ", "0.87 of SD-VAE", "52.4% and 4.61 for ProteinMPNN"; without
    ``datasets``, not a name tagged as a dataset ("11.3% for CallHome")."""
    rest = _MORE_LEVELS.match(s.text, q.tail)  # "52.4% and 4.61 for ProteinMPNN"
    # past a measure's short name or words: "37.4% SR for NaVid", "82.0% molecule stability for EDM"
    end = rest.end() if rest else q.tail
    short = _SHORT_MEASURE.match(s.text, end) or _MEASURE_WORDS.match(s.text, end)
    m = _OWNER.match(s.text, short.end() if short else end)
    # a system named by how it was trained: "41.7% for policies trained with domain randomization"
    m = (_TRAINED_WITH.match(s.text, m.end()) or m) if m else None
    span = phrase_after(s.text, m.end(), s.hi, 3) if m else None
    if span is None or (not datasets and s.mention_at(span[0], span[1], ("DATASET",))):
        return None
    named = _APPOSED.match(s.text, span[1])  # "91.3% for the strongest prior model, MiDi"
    if named and described(s.text[span[0] : span[1]]):
        return mention_or_text(s, named.span(1))
    if described(s.text[span[0] : span[1]]):  # "0.421 for its 650M counterpart": not a name in it
        return Name(s.text[span[0] : span[1]])
    return mention_or_text(s, span)


def first_own_sentence(sentences: list[Sentence]) -> int:
    """Index of the first sentence where the paper speaks of its own work (0 when it
    never does, so that no sentence counts as background).

    >>> t = ["Models are slow.", "We propose X."]
    >>> first_own_sentence([Sentence("abstract", x, 0, len(x), []) for x in t])
    1
    """
    for i, s in enumerate(sentences):
        if SELF_REFERENCE.search(s.text, s.lo, s.hi):
            return i
    return 0


def background_system(s: Sentence, q: Quantity) -> Name | None:
    """The system a background sentence speaks of: a method or model that opens it or
    the number's clause, with the short form given after it ("Implicit neural
    representations (INRs)").

    >>> from kg.records import Mention
    >>> t = "Implicit neural representations (INRs) reach 1000 FPS"
    >>> s = Sentence("abstract", t, 0, len(t), [Mention("abstract", 0, 31, t[:31], "METHOD")])
    >>> from kg.results.quantities import spot
    >>> background_system(s, spot(t)[0]).text
    'Implicit neural representations (INRs)'
    """
    starts = (s.lo, clause_start(s.text, s.lo, q.lead))
    for m in s.mentions:
        opening = any(len(s.text[lo : m.start].split()) <= 2 for lo in starts if lo <= m.start)
        if m.label in ("MODEL", "METHOD") and m.end <= q.lead and opening:
            short = re.match(r"\s*\([^()]{1,12}\)", s.text[m.end : q.lead])
            end = m.end + short.end() if short else m.end
            return Name(s.text[m.start : end], m.entity or None)
    return None


def outdone_level(s: Sentence, q: Quantity) -> Name | None:
    """The system a comparison verb names right before the number, whose level it is:
    "outperforming a monoT5-3B reranker (51.5)", "surpassing GPT-4-1106 at 64.3%".

    >>> from kg.records import Mention
    >>> from kg.results.quantities import spot
    >>> t = "It gets 53.1, outperforming a monoT5-3B reranker (51.5), and beats X by 2"
    >>> ms = [Mention("abstract", t.index(w), t.index(w) + len(w), w, "METHOD") for w in ("monoT5-3B reranker", "X")]
    >>> [getattr(outdone_level(Sentence("abstract", t, 0, len(t), ms), q), "text", None) for q in spot(t)]
    [None, 'monoT5-3B reranker', None]
    """
    lo = clause_start(s.text, s.lo, q.lead)
    before = [m for m in s.mentions if m.label in ("MODEL", "METHOD") and lo <= m.start and m.end <= q.lead]
    if (
        before
        and OUTDONE.search(s.text, lo, before[-1].start)
        and _ITS_LEVEL.fullmatch(s.text, before[-1].end, q.lead)
    ):
        return mention_name(before[-1])
    return None


def described(system: str) -> bool:
    """Whether a system is referred to by what it is, not named (guidelines section 5).

    >>> described("strongest dense baseline"), described("best tuned tree"), described("Diffusion Policy")
    (True, True, False)
    >>> described("human baseline"), described("650M counterpart")
    (False, True)
    """
    # people are who they are: "the human baseline" is human performance, not an unnamed system;
    # a size names no system ("its 650M counterpart")
    bare = _SIZE.sub("", system)
    return bool(_UNNAMED.search(system)) and not _NAMED.search(bare) and not _PEOPLE_WORDS.search(system)


def systems(s: Sentence, qs: list[Quantity], out: list[Result]) -> None:
    """Settle the systems of a sentence's results ``out`` (of the quantities ``qs``): a level
    coordinated after another system's is that system's too, a system described, not named
    ("the strongest dense baseline"), is none, and another system's level on no dataset is on
    the dataset of the paper's last level of the same measure before it."""
    _same_system(s, qs, out)
    agreement = _HUMAN_AGREEMENT.search(s.text, s.lo, s.hi) is not None
    for i, r in enumerate(out):
        same = _SAME_MODEL.match(s.text, qs[i].tail, s.hi) and not r.own
        if same and (r.method is None or described(r.method)) and (base := opening_base(s)) is not None:
            # "SGReason built on LLaVA-1.5-7B achieves 64.2%, compared with 61.9% for the same model"
            r.method, r.method_entity = base.text, base.entity
        if r.method and not r.own and described(r.method):
            # "Applied to DeiT-B, ... compared with 81.8% for the dense model": DeiT-B's
            base = (
                (opening_base(s) or unmodified_base(s, qs[i], out)) if UNMODIFIED.search(r.method) else None
            )
            r.method, r.method_entity = (base.text, base.entity) if base else (None, None)
        if agreement and _AGREEMENT.search(r.metric or ""):
            # the agreement of people, no system's: "Inter-annotator agreement ... (Cohen's kappa of 0.58)"
            r.own, r.method, r.method_entity = False, None, None
        if not r.own and r.dataset is None:  # "94.2% on Tatoeba, well above LASER (65.5%)"
            level = next((o for o in reversed(out[:i]) if o.own and o.metric == r.metric and o.dataset), None)
            if level is not None:
                r.dataset, r.dataset_entity = level.dataset, level.dataset_entity


def _same_system(s: Sentence, qs: list[Quantity], out: list[Result]) -> None:
    """Give a level coordinated after another system's level that system too ("the error
    rate of professional transcribers is 5.9% for A, and 11.3% for B"); not the second
    level of "from 5.1% to 3.2%", which is the paper's."""
    for i in range(1, len(out)):
        a, b, prev = qs[i - 1], qs[i], out[i - 1]
        if not (levels(s.text, a, b) and b.unit == a.unit and out[i].own and not prev.own):
            continue
        # "against 6.14 for FP16 and 8.31 for SmoothQuant": each level names its own system
        # when the one before named its system the same way
        before, named = system_after(s, a, datasets=False), system_after(s, b, datasets=False)
        if named is not None and (before is None or before.text == prev.method):
            out[i].own, out[i].method, out[i].method_entity = False, named.text, named.entity
        elif before is None or named is not None:  # "against 47.9 and 13.8 for its BF16 counterpart"
            out[i].own, out[i].method, out[i].method_entity = False, prev.method, prev.method_entity
        # else the level before named its system after it, and this one names none: "81.0 for DAC
        # at the same bitrate, and 68.5 and 59.2 at 3 and 1.5 kbps" are the paper's again
