"""The hardware a method runs on, which describes the setting: an amount of memory said of a
GPU or machine ("a single RTX 4090 with 24GB of memory", "a CPU-only machine with 64 GB of
memory", "a single 80 GB GPU"), not the memory a method uses ("uses 2.9 GB of GPU memory";
guidelines, section 8: hardware capacity is a setting)."""

from __future__ import annotations

import re

from .quantities import Quantity
from .text import Sentence

_HARDWARE = re.compile(
    r"\s+(?:(?!(?:less|more|fewer|per|of|on|for)\b)[\w-]+\s+)?(?:GPUs?|TPUs?|cards?|accelerators?|devices?)\b"
    r"|\s+(?:NVIDIA\s+)?(?:[AHLV]\d{2,3}|RTX\s*\d{4}|A6000)\b"  # "a single 80 GB H100"
)
# a GPU named right before its memory: "a single A100 80GB", "an RTX 4090 with 24GB"
_GPU_WITH = re.compile(r"(?i)\b(?:GPUs?|cards?|devices?|[AHLV]\d{2,3}|RTX\s*\d{4}|A6000)\s+(?:with\s+)?\Z")
# ... or of a machine: "can be merged on a CPU-only machine with 64 GB of memory"
_MACHINE_WITH = re.compile(r"(?i)\b(?:machines?|nodes?|servers?|laptops?|workstations?|phones?)\s+with\s+\Z")
_OF_GPU_MEMORY = re.compile(r"\s+of\s+(?:GPU|device|accelerator)\s+memory\b")
_WITHIN = re.compile(r"(?i)\b(?:within|in)\s+\Z")
# what GPUs are sold with, in GB
_GPU_CAPACITIES = frozenset({"8", "12", "16", "24", "32", "40", "48", "80", "94", "96", "141", "192"})


def on_hardware(s: Sentence, q: Quantity) -> bool:
    """Whether the number is followed by the hardware it is an amount of: "a single 80 GB H100"."""
    return _HARDWARE.match(s.text, q.tail, s.hi) is not None


def memory_described(s: Sentence, q: Quantity) -> bool | None:
    """Whether an amount of memory describes the data or hardware ("40 GB of text", "a single 80
    GB GPU", "a CPU-only machine with 64 GB of memory"), not what a method uses; None when it
    says neither."""
    if s.text[q.tail : q.tail + 4] == " of ":  # "40 GB of text", not "of memory"
        # "a single RTX 4090 with 24GB of memory", not "an RTX 3090 with 2.9 GB of GPU memory"
        if q.value in _GPU_CAPACITIES and _GPU_WITH.search(s.text[max(s.lo, q.lead - 20) : q.lead]):
            return True
        if _MACHINE_WITH.search(s.text, max(s.lo, q.lead - 30), q.lead):  # "a CPU-only machine with 64 GB"
            return True
        if _OF_GPU_MEMORY.match(
            s.text, q.tail
        ):  # what fits in it: "a 1-hour video within 80GB of GPU memory"
            return _WITHIN.search(s.text[max(s.lo, q.lead - 8) : q.lead]) is not None
        return not re.match(r"\s+of\s+(?:\w+\s+){0,2}(?:memory|VRAM|RAM)\b", s.text[q.tail : q.tail + 40])
    # "a single 80 GB GPU", "a single A100 80GB", "a consumer GPU with 24GB memory"
    if _HARDWARE.match(s.text, q.tail, s.hi) or _GPU_WITH.search(s.text[max(s.lo, q.lead - 20) : q.lead]):
        return True
    return None
