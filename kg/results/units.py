"""The measure a unit implies ("30 FPS" a speed, "5 ms" a latency), for a time, the process
it measures, and points written after a measure's name ("loses up to 9 F1 points").

A time is a result when the text says the system does a thing in it ("decodes a 768x512 image
in 0.11 seconds", "produces a textured mesh in about 2 seconds") or that doing the thing takes it
("Reranking 100 passages takes 420 ms"); its measure is the time of that process (guidelines,
section 9: `decoding time`, `generation time`, `reranking time`). A time the text names as a
measure ("end-to-end latency is 1.8 seconds") is one too. Times that set the scene ("trained for
3 days", "300 hours of video", "a 10-second clip") are none of these.
"""

from __future__ import annotations

import re

from .hits import MetricHit
from .quantities import Quantity
from .text import Sentence, clause_start
from .vocabulary import COUNT_PER, REACH_VERB, VERSUS, is_metric_word

# the stems of verbs of doing, and the noun of their process
_PROCESSES = {
    "decod": "decoding",
    "generat": "generation",
    "produc": "generation",
    "synthesi": "generation",
    "process": "processing",
    "render": "rendering",
    "encod": "encoding",
    "reconstruct": "reconstruction",
    "segment": "segmentation",
    "transcrib": "transcription",
    "translat": "translation",
    "sampl": "sampling",
    "rerank": "reranking",
    "re-rank": "reranking",
    "retriev": "retrieval",
    "forecast": "forecasting",
    "predict": "prediction",
    "index": "indexing",
    "prefill": "prefill",
    "classifi": "classification",
    "embed": "embedding",
    "link": "linking",
    "scor": "scoring",
}
_STEM = "|".join(map(re.escape, sorted(_PROCESSES, key=len, reverse=True)))
_HEDGE = r"(?:about\s+|roughly\s+|around\s+|approximately\s+|just\s+|only\s+|under\s+|≈\s*|~\s*)?"
# "decodes a 768x512 image in 0.11 seconds": the verb, its object, "in" and the number
# or, passive, "A five-second clip can be generated in about 6 seconds"
_DOES_IN = re.compile(
    rf"(?i)\b({_STEM})(?:e?s|zes|ses|ing|e?d)\b[^,;:]{{0,60}}?\bin\s+(?:{_HEDGE}|less\s+than\s+)\Z"
)
# "Reranking 100 passages takes 420 ms" (or took, as papers also write): a process as the subject of taking
_TAKES = re.compile(
    rf"(?i)^\W*({_STEM})(?:ing)\b[^,;:]{{0,60}}?\b(?:takes|took|requires|required|needs|needed)\s+{_HEDGE}\Z"
)
# ... or any process or step named as the clause's subject: "Parsing a full-HD screenshot takes", "A
# single 24-hour step takes", "with inference taking 89 ms", "prefill for a 1,024-token prompt takes";
# not a name ("Splat-Anything takes")
_DONE_TAKES = re.compile(
    r"(?i)(?:^|[,;])\W*(?:(?:with|and)\s+)?(?:(?:(?:a|an|the|each|one|its|their|our)\s+)?(?:single\s+|full\s+)?(?:[\w-]+\s+)?)?"
    r"((?-i:[A-Za-z][a-z]*(?:-[a-z]+)*(?:ing|tion|sion|ence))|prefill|step|query|iteration|episode|request|forecast"
    r"|update|retrieval)\b"
    rf"(?:[^,;:]|,(?=\d)){{0,60}}?\b(?:takes|took|taking|requires|required|needs|needed)\s+{_HEDGE}\Z"
)
# a time earlier in the sentence, and a comparison between it and the number: "processes an image
# pair in 31 ms ..., whereas a comparable baseline requires 142 ms"
_EARLIER_TIME = re.compile(r"(?i)\d[\d.,]*\s*(?:ms|milliseconds?|s|secs?|seconds?|min|minutes?|h|hours?)\b")
_COMPARED = re.compile(VERSUS + r"|(?i:\b(?:whereas|while|than)\b)")
# "decodes at 31 tokens per second", "generates 11.6 tokens/s", "decodes Mixtral-8x7B at 6.2 tokens per
# second", "prefills 1,024-token prompts at over 600 tokens per second", "decodes at 9 and 27 tokens per
# second", "renders Mip-NeRF 360 scenes at 60 FPS": the verb right before a rate or a frame rate, or
# before its object or a coordinated level, of three words at most
_DOES_AT = re.compile(rf"(?i)\b({_STEM})(?:e?s|zes|ses)\s+(?:[\w.,-]+\s+){{0,3}}(?:at\s+)?{_HEDGE}\Z")
# "runs at 42 Hz" (its inference speed), "control at 200 Hz" (its control frequency)
_RUNS_AT = re.compile(
    r"(?i)(?:\b(control)\w*(?:\s+commands)?|\bruns?|\brunning)\s+at\s+(?:up\s+to\s+|over\s+)?\Z"
)
# a model run at a rate of tokens, past its object and setting: "Running 70B Language Models at 5
# Tokens per Second", "runs a ReLU-fied Llama-2-70B in 4-bit precision at 5.2 tokens per second"
_RUNS = re.compile(r"(?i)\b(?:runs?|running)\s+(?:[\w.,-]+\s+){0,6}at\s+" + _HEDGE + r"\Z")
_PROMPTS = re.compile(r"(?i)(?:es|s)\s+(?:the\s+|long\s+)?prompts?\b")
# a factor a thing is compressed by, where no measure is named
_COMPRESSING = re.compile(r"(?i)\bcompress(?:es|ed|ing)?\s+(?:[\w-]+\s+){0,4}(?:by\s+)?\Z")
_LATENCY = re.compile(r"(?i)\blatenc(?:y|ies)\b")
# a measure of time named in words: "end-to-end latency", "inference time", "runtime"
_TIME_MEASURE = re.compile(r"(?i)(?:latency|time|runtime|delay)$")


def process_time(s: Sentence, q: Quantity) -> str | None:
    """The time of the process the system does in ``q`` (a time), else None.

    >>> from kg.results.quantities import spot
    >>> t = "It decodes an image in 0.11 seconds; we train it in 3 days; Reranking 100 passages takes 420 ms"
    >>> t += "; It renders a frame in 8 ms, whereas 3DGS needs 21 ms"
    >>> t += "; Generating an image takes 0.2 s, compared with 6.3 s for the teacher"
    >>> t += "; On a microcontroller, a forecast for a 96-step horizon takes 0.8 ms; Decoding a sentence took 12 ms"
    >>> [process_time(Sentence.of(t), q) for q in spot(t) if q.measure in ("time", "latency")]
    ['decoding time', None, 'reranking time', 'rendering time', 'rendering time', 'generation time', 'generation time', 'forecast time', 'decoding time']
    >>> t = "It classifies a gesture in 4.3 ms; Each update takes 23 ms; Feed-forward inference takes 38 ms per frame"
    >>> [process_time(Sentence.of(t), q) for q in spot(t)]
    ['classification time', 'update time', 'inference time']
    """
    if _LATENCY.search(s.text, s.lo, s.hi):  # the sentence names the measure: "a 14x reduction in latency"
        return None
    process = _done_in(s, q.lead)
    if process is None:
        earlier = list(_EARLIER_TIME.finditer(s.text, s.lo, q.lead))
        if earlier and _COMPARED.search(s.text, earlier[-1].end(), q.lead):
            process = _done_in(s, earlier[-1].start())
    return f"{process} time" if process else None


def _done_in(s: Sentence, lead: int) -> str | None:
    lo = clause_start(s.text, s.lo, lead)
    m = _DOES_IN.search(s.text[max(lo, lead - 90) : lead]) or _TAKES.search(s.text[lo:lead])
    if m:
        return _PROCESSES[m.group(1).lower()]
    done = _DONE_TAKES.search(s.text[lo:lead])  # "Reconstruction of a 256x256 scene takes 64 ms"
    return process_noun(done.group(1).lower()) if done else None


# gerunds whose process has a noun of its own, and the noun's ending: "quantizing", "quantization"
_NOMINAL = re.compile(r"(?<!upd)(?:izing|ising|ifying|ating|verting)$")
_NOUN_ENDING = {
    "izing": "ization",
    "ising": "isation",
    "ifying": "ification",
    "ating": "ation",
    "verting": "version",
}


def process_noun(word: str) -> str:
    """The noun a process is named by in a measure of its time, for a gerund that has one.

    >>> [process_noun(w) for w in ("quantizing", "certifying", "translating", "converting", "training", "updating")]
    ['quantization', 'certification', 'translation', 'conversion', 'training', 'updating']
    """
    m = _NOMINAL.search(word)
    return word if m is None else word[: m.start()] + _NOUN_ENDING[m.group()]


def named_time(metric: str | None) -> bool:
    """Whether ``metric`` is a time the text names in words, not one read from a unit alone.

    >>> [named_time(m) for m in ("End-to-end latency", "time", "training time", "accuracy")]
    [True, False, False, False]
    """
    if not metric:
        return False
    return metric.lower() not in ("time", "training time") and bool(_TIME_MEASURE.search(metric))


_STORED_IN = re.compile(r"(?i)\bstor(?:e|es|ed|ing)\b[^,;()]{0,30}\bin\s+(?:only\s+|just\s+)?\Z")
_FITS = re.compile(
    r"(?i)\b(index|model|cache|database|weights)\s+fits?\s+(?:in|into|on|within)\s+(?:only\s+|just\s+)?\Z"
)
# ... or shrinks, or is reduced or fitted by the method: "the index for the 8.8M-passage collection
# shrinks from 25 GB to 6.4 GB", "reduces the index for 1 billion passages from 3.9 TB to", "fits its
# cache in 9.6 GB instead of 64 GB", "the model occupies 60 MB", "its map for a typical ScanNet scene
# occupies 96 MB", "its weights occupy 1.2 MB" (the model's size)
_SIZED = r"(index|model|cache|database|weights|checkpoint|map|embedding\s+table)\b(?!['’])"
_SHRINKS = re.compile(
    rf"(?i)\b{_SIZED}(?:\s+(?:for|of)\s+[^,;()]{{1,50}}?)?\s+(?:shrinks|occup(?:y|ies)|is\s+reduced)\b[^,;()]{{0,40}}\Z"
    rf"|\b(?:reduces|shrinks|compresses|fits)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?{_SIZED}[^,;()]{{0,60}}\Z"
)
_OF_MEMORY = re.compile(r"\s+of\s+((?:[a-z][\w-]*\s+){1,2}memory)\b")


def from_unit(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure a unit implies (rule 3 of :mod:`~kg.results.metrics`): FPS a speed, ms a
    latency, days a time; the words before say which ("decoding speeds of 1000 FPS"), and for
    a time, the process it measures (:func:`process_time`).

    >>> from kg.results.quantities import spot
    >>> t = "runs at 30 FPS in 5 ms"
    >>> s = Sentence.of(t)
    >>> [from_unit(s, q).name for q in spot(t)]
    ['speed', 'latency']
    >>> t = "it decodes at 31 tokens per second and serves 900 tokens/s; it runs at 42 Hz and controls at 200 Hz"
    >>> t += "; it processes prompts at 640 tokens per second and runs at 38 tokens per second"
    >>> [from_unit(Sentence.of(t), q).name for q in spot(t)]
    ['decoding speed', 'throughput', 'inference speed', 'control frequency', 'prefill speed', 'inference speed']
    """
    if q.unit == "x" and _COMPRESSING.search(s.text, max(s.lo, q.lead - 50), q.lead):
        return MetricHit("compression ratio", relative=True)  # "compressing a deep model almost 100 times"
    if q.measure in ("", "tokens", "layers", "dB"):
        return None
    if q.measure in ("time", "latency") and (process := process_time(s, q)):
        return MetricHit(process)
    # a rate, or a frame rate (the only speed a unit implies), a process is done at
    done = (
        _DOES_AT.search(s.text, max(s.lo, q.lead - 50), q.lead)
        if q.measure in ("throughput", "speed")
        else None
    )
    if done:  # processing a prompt is its prefill: "processes prompts at 640 tokens per second"
        prompts = _PROMPTS.match(s.text, done.end(1))
        return MetricHit("prefill speed" if prompts else f"{_PROCESSES[done.group(1).lower()]} speed")
    if q.measure == "throughput" and _RUNS.search(s.text, max(s.lo, q.lead - 60), q.lead):
        return MetricHit("inference speed")  # "runs a ReLU-fied Llama-2-70B at 5.2 tokens per second"
    if q.measure == "frequency" and (at := _RUNS_AT.search(s.text, max(s.lo, q.lead - 40), q.lead)):
        return MetricHit("control frequency" if at.group(1) else "inference speed")
    if q.measure == "time" and (
        re.search(r"(?i)\btrain", s.text[s.lo : q.lead]) or s.text.startswith(" of training", q.tail)
    ):
        return MetricHit("training time")
    if q.measure == "memory" and _STORED_IN.search(s.text, max(s.lo, q.lead - 50), q.lead):
        return MetricHit("storage")  # "storing each scene in 24 MB"
    if q.measure == "memory" and (fits := _FITS.search(s.text, max(s.lo, q.lead - 40), q.lead)):
        return MetricHit(f"{fits.group(1).lower()} size", *fits.span(1))  # "the full index fits in 154 GB"
    if q.measure == "memory" and (shrunk := _SHRINKS.search(s.text, max(s.lo, q.lead - 100), q.lead)):
        thing = (shrunk.group(1) or shrunk.group(2)).lower()
        return MetricHit(f"{'model' if thing == 'weights' else ' '.join(thing.split())} size")
    if q.measure == "memory" and (kind := _OF_MEMORY.match(s.text, q.tail, s.hi)):
        return MetricHit(kind.group(1), *kind.span(1))  # "62 GB of peak host memory"
    return MetricHit(q.measure)


_PER_SECOND = re.compile(COUNT_PER + r"(?:second|sec)\b")
_MORE_PER = re.compile(r"\s+(?:more|higher)\s+([a-z]+s)\s+per\s+")


def per_second(s: Sentence, q: Quantity) -> MetricHit | None:
    """The measure of a count per second after ``q``: a throughput, but a ratio names the rate
    as written ("1.9x more requests per second").

    >>> from kg.results.quantities import spot
    >>> t = "410 sentences per second and 1.9x more requests per second"
    >>> [per_second(Sentence.of(t), q).name for q in spot(t)]
    ['throughput', 'requests per second']
    """
    per = _PER_SECOND.match(s.text, q.tail, s.hi)
    if per is None:
        return None
    rate = _MORE_PER.match(s.text, q.tail, per.end()) if q.unit == "x" else None
    if rate:
        return MetricHit(f"{rate.group(1)} per second", rate.start(1), per.end(), relative=True)
    return MetricHit("throughput")


# points after the name of the measure they are in: "9 F1 points", "4.1 absolute points"
_NAMED_POINTS = re.compile(r"\s+([\w@.+-]{1,12})\s+(?i:(?:percentage\s+)?points?)\b")
# a level reached in a measure's points: "we obtain 31.2 BLEU points" (but not "the gains reach 5.3")
_REACHED = re.compile(rf"(?i)\b(?:{REACH_VERB}|scor(?:e|es|ed|ing))\s+(?:[\w-]+\s+){{0,2}}\Z")
_CHANGE_WORDS = re.compile(r"(?i)\b(?:gains?|gaps?|improvements?|loss|drops?|margins?|differences?)\b")


def named_points(s: Sentence, q: Quantity) -> bool:
    """Whether a number with no unit is a change in points written after the measure's name:
    "loses up to 9 F1 points", "the gains reach 5.3 AUROC points"; not a level reached ("we
    obtain 31.2 BLEU points") nor points of no measure ("5 data points").

    >>> from kg.results.quantities import spot
    >>> ts = ("It loses 9 F1 points.", "The gains reach 5.3 AUROC points.", "We obtain 31.2 BLEU points.", "On 5 data points.")
    >>> [named_points(Sentence.of(t), spot(t)[0]) for t in ts]
    [True, True, False, False]
    """
    m = _NAMED_POINTS.match(s.text, q.tail, s.hi)
    if q.unit or m is None or not (m.group(1) == "absolute" or is_metric_word(m.group(1))):
        return False
    lo = max(clause_start(s.text, s.lo, q.lead), q.lead - 80)
    reached = _REACHED.search(s.text, lo, q.lead) and not _CHANGE_WORDS.search(s.text, lo, q.lead)
    return not reached
