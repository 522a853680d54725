"""Rates that set the scene or make the design, not what a system reaches: the frame rate of
videos made or sampled ("videos exceeding one minute in length at 16 fps", "with 1 fps
sampling"), a component's rate ("a codec that operates at 12.5 frames per second"), a rate
that qualifies a noun ("44.1 kHz stereo audio"), a sampling rate or a clock in kHz, MHz or
GHz, the rate data were recorded at ("recorded by 12 cameras at 60 fps"); a system's speed ("runs at 28 FPS on an A100", "processes live video at 10 FPS") and
control rate ("control at 200 Hz") are results."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import STOP, Sentence, clause_start

# a unit of a sampling rate or a processor's clock, not of a rate a system runs at
_CLOCK_UNIT = re.compile(r"[kMG]Hz\Z")
_FRAME_SETTING = re.compile(
    r"(?i)\b\d{3,4}p\s+and\s+\S+\s+(?:fps|frames)|(?:fps|frames\s+per\s+second)\s+and\s+\d+\s?[x×]\s?\d+|"
    r"\bsampl\w*\s+(?:\w+\s+){0,2}at\s+\S+\s+(?:fps|frames|[kM]?Hz)|"
    # ... or taken to in preprocessing: "resampling to 200 Hz", "downsampled to 128 Hz"
    r"\b(?:re|down|up)-?sampl\w*\s+(?:\w+\s+){0,2}to\s+\S+\s+(?:fps|[kM]?Hz)|"
    # the rate frames are taken at: "with 1 fps sampling", "with 1 frame per second input"
    r"\bwith\s+[\d.]+\s*(?:fps|frames?\s+per\s+second)\s+(?:sampling|input)"
)
# the rate a component of the design runs at: "a dual tokenizer at 12.5Hz", "a neural audio codec for
# 44.1 kHz stereo music that operates at a frame rate of only 12.5 Hz"
_COMPONENT_RATE = re.compile(
    r"\b(?:tokeni[sz]er|codec|vocoder|encoder|decoder)s?(?:\s+(?:for|of|with)\s+(?:[^.;,]|\.(?=\d)){1,40}?)?\s+(?:that\s+)?(?:(?:runs|running|operates|operating)\s+)?"
    r"at\s+(?:an?\s+(?:frame\s+|token\s+)?rate\s+of\s+(?:only\s+|just\s+)?)?\Z"
)
# the frame rate of videos made, used or scanned ("videos exceeding one minute in length at 16 fps",
# "scans the video at 1 fps"), not of a system processing them ("processes live video at 10 FPS")
_VIDEO_RATE = re.compile(r"(?i)\b(?:videos?|clips?)\b[^.;:,]{0,60}?\bat\s+\Z")
# the rate data were recorded or are stored at ("1.6M frames recorded by 12 cameras at 60 fps",
# "a default sampling rate of 30 fps", "operate at frame rates of 50 to 75 Hz")
_RECORDED = re.compile(
    r"(?i)(?:\b(?:record|captur|film|annotat|label)\w*\b[^.;]{0,50}?\bat|\b(?:frame|sampling)\s+rates?\s+of)"
    r"(?:\s+[\d.]+\s+to)?\s+\Z"  # (or their range: "recorded at 25 to 30 frames per second")
)
_PROCESSING = re.compile(r"(?i)\b(?:process|run|render|decod|track|segment|detect|infer|stream)\w*")
_DEVICE = r"(?:an?\s+|one\s+|a\s+single\s+)?(?:[\w-]+\s+){0,3}?(?:GPUs?|CPUs?|TPUs?|NPUs?|(?:smart)?phones?|laptops?)\b"
_ON_DEVICE = re.compile(r"\s+on\s+" + _DEVICE)
_OPENING_DEVICE = re.compile(r"\s*On\s+" + _DEVICE)

# a rate after "at", and what runs or controls at it
_AT_RATE = re.compile(
    r"(?i)(\b(?:runs?|running|run\s+inference|control\w*(?:\s+commands)?)\s+(?:(?:onboard|on-board|locally)\s+)?)?(?:\bat\s+(?:an?\s+(?:[\w-]+\s+){0,2}rate\s+of\s+)?|\bwith\s+an?\s+(?:[\w-]+\s+){0,2}rate\s+of\s+)"
    r"(?:up\s+to\s+|over\s+)?\Z"
)


def set_rate(s: Sentence, q: Quantity) -> bool:
    """Whether a speed or frequency ``q`` sets the scene or is the design.

    >>> from kg.results.quantities import spot
    >>> t = "It generates videos at 16 fps and scans the video at 1 fps; it runs at 28 FPS on an A100."
    >>> t += " It produces 512x512 videos at 30 FPS on a single RTX 4090 GPU."
    >>> [set_rate(Sentence.of(t), q) for q in spot(t) if q.measure == "speed"]
    [True, True, False, False]
    >>> t = "On a Cortex-M7 running at 480 MHz, it trains codecs at 24 kHz and 48 kHz."
    >>> [set_rate(Sentence.of(t), q) for q in spot(t)]
    [True, True, True]
    >>> t = "It holds 1.6M frames recorded by 12 calibrated RGB cameras at 60 fps; it runs at 28 FPS."
    >>> [set_rate(Sentence.of(t), q) for q in spot(t) if q.measure == "speed"]
    [True, False]
    """
    if q.measure == "frequency" and _CLOCK_UNIT.search(s.text, q.end, q.tail):
        return True  # a sampling rate or a processor's clock: "codecs at 24 kHz and 48 kHz"
    if _FRAME_SETTING.search(s.text, max(s.lo, q.lead - 40), q.tail + 30):
        return True  # "at 720p and 24 fps", "recordings sampled at 500 Hz"
    if _COMPONENT_RATE.search(s.text, max(s.lo, q.lead - 100), q.lead):
        return True
    if q.measure in ("speed", "frequency") and _RECORDED.search(s.text, max(s.lo, q.lead - 80), q.lead):
        return True
    if q.measure == "speed" and (video := _VIDEO_RATE.search(s.text, max(s.lo, q.lead - 80), q.lead)):
        # made "at 30 FPS on a single RTX 4090 GPU": the speed of the system making them
        # (or in the sentence's opening: "On a single A100 GPU, X produces 512x512 video at 45 FPS")
        on_device = (
            _ON_DEVICE.match(s.text, q.tail, s.hi) or _OPENING_DEVICE.match(s.text, s.lo, s.hi)
        ) is not None
        return not on_device and not _PROCESSING.search(
            s.text, clause_start(s.text, s.lo, video.start()), q.lead
        )
    return q.measure == "frequency" and _designed_rate(s, q)


def _designed_rate(s: Sentence, q: Quantity) -> bool:
    """A rate that qualifies a noun ("44.1 kHz stereo audio") or that something is made "at"
    ("codec tokens at 12.5 Hz"): the design, not what the system runs or controls at ("runs at
    42 Hz", "enabling control at 200 Hz")."""
    noun = re.match(r"\s+([A-Za-z][\w-]*)", s.text[q.tail : q.tail + 30])  # "A 12.5 Hz Speech Tokenizer"
    at = _AT_RATE.search(s.text, max(s.lo, q.lead - 60), q.lead)
    return (noun is not None and noun.group(1).lower() not in STOP) or (at is not None and not at.group(1))
