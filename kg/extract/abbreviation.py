"""Abbreviation definitions in running text, following Schwartz & Hearst (2003).

A. S. Schwartz and M. A. Hearst, "A simple algorithm for identifying abbreviation
definitions in biomedical text", Pacific Symposium on Biocomputing 2003. The same idea
as scispaCy's ``abbreviation.py``, but on plain strings with character offsets so that it
can be tested without a pipeline and used on any field of a paper.

Two patterns are recognised: ``long form (SHORT)`` and, less often, ``SHORT (long form)``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,80})\)")
_WORD = re.compile(r"\S+")
# Longest text read as one side of a definition: fifteen words of prose are far shorter, and
# text without spaces ("x(a)(b)(c)...") would otherwise be read again for every bracket.
_LONGEST = 400


@dataclass(frozen=True)
class Abbreviation:
    """Character offsets of a short form and the long form it abbreviates."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int

    def short(self, text: str) -> str:
        return text[self.short_start : self.short_end]

    def long(self, text: str) -> str:
        return text[self.long_start : self.long_end]


def is_short_form(candidate: str) -> bool:
    """Whether ``candidate`` can be an abbreviation: 2–10 characters, one or two words,
    starting with an alphanumeric and holding at least one letter and one capital.

    >>> is_short_form("LRA"), is_short_form("SirenNets"), is_short_form("Deep GMM")
    (True, True, True)
    >>> is_short_form("e.g."), is_short_form("see Fig. 2"), is_short_form("e.g. SGD")
    (False, False, False)
    """
    if not 2 <= len(candidate) <= 10 or len(candidate.split()) > 2:
        return False
    if not candidate[0].isalnum() or not any(c.isupper() for c in candidate):
        return False
    if any(not any(c.isupper() for c in w) for w in candidate.split()[1:]) or "." in candidate[:-1]:
        return False  # "e.g. SGD", "see Fig. 2": prose, not a name
    return any(c.isalpha() for c in candidate)


def best_long_form(short: str, long: str) -> int | None:
    """Start offset in ``long`` of the shortest suffix that ``short`` abbreviates, or None.

    Each alphanumeric of the short form, right to left, must be found in the long form in
    order, and the first one must start a word (Schwartz & Hearst's ``findBestLongForm``).

    >>> long = "we evaluate on the Long Range Arena"
    >>> long[best_long_form("LRA", long):]
    'Long Range Arena'
    >>> best_long_form("XYZ", "a simple method") is None
    True
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


class _Words:
    """The whitespace-separated words of a text, found once: looking back from each bracket
    then costs a binary search, where a scan from the text's start made long texts quadratic."""

    def __init__(self, text: str):
        self.text = text
        found = [m.span() for m in _WORD.finditer(text)]
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def window_start(self, end: int, n_words: int) -> int:
        """Offset where the ``n_words`` words before ``end`` begin (within the sentence);
        ``end`` itself when they span more than ``_LONGEST`` characters."""
        k = bisect_left(self.starts, end)  # the words starting before ``end``
        start = self.starts[k - n_words] if k >= n_words else (self.starts[0] if k else end)
        if end - start > _LONGEST:
            return end
        # a long form does not cross a sentence boundary
        for m in re.finditer(r"[.;!?]\s", self.text[start:end]):
            start = max(start, start + m.end())
        return start

    def before(self, end: int) -> tuple[int, int] | None:
        """``(start, end)`` of the last word before offset ``end``, cut at ``end``, if any."""
        k = bisect_left(self.starts, end)
        return (self.starts[k - 1], min(self.ends[k - 1], end)) if k else None


def find_abbreviations(text: str) -> list[Abbreviation]:
    """All ``long form (SHORT)`` and ``SHORT (long form)`` definitions in ``text``.

    >>> t = "Machine comprehension (MC) answers questions. We use the Long Range Arena (LRA)."
    >>> [(a.short(t), a.long(t)) for a in find_abbreviations(t)]
    [('MC', 'Machine comprehension'), ('LRA', 'Long Range Arena')]
    >>> t = "results on LRA (Long Range Arena) improve"
    >>> [(a.short(t), a.long(t)) for a in find_abbreviations(t)]
    [('LRA', 'Long Range Arena')]
    """
    found = []
    words = _Words(text)
    for m in _PAREN.finditer(text):
        inside, in_start = m.group(1), m.start(1)
        # strip trailing qualifiers such as "(MC; Smith et al.)" or "(CNNs, see below)"; but
        # brackets listing names, "vision (ViT, ResNet)", give examples rather than a definition
        parts = re.split(r"[;,]\s", inside)
        if len(parts) > 1 and is_short_form(parts[1].strip()):
            continue
        inside = parts[0].strip()
        lead = len(m.group(1)) - len(m.group(1).lstrip())
        in_start += lead
        if is_short_form(inside):
            n = len(inside.replace("-", ""))
            win = words.window_start(m.start(), min(n + 5, 2 * n))
            long = text[win : m.start()].rstrip()
            if not long:
                continue
            offset = best_long_form(inside, long)
            if offset is None:
                continue
            long_start = win + offset
            long_text = text[long_start : win + len(long)]
            # a bracket inside the long form means the window swallowed a citation or list
            if len(long_text) > len(inside) and not set(long_text) & set("()[]"):
                found.append(Abbreviation(in_start, in_start + len(inside), long_start, win + len(long)))
            continue
        # SHORT (long form): the word before the bracket is the abbreviation
        before = words.before(m.start())
        if before and len(inside.split()) >= 2 and before[1] - before[0] <= _LONGEST:
            short = text[before[0] : before[1]].strip(",.:;")
            if is_short_form(short) and best_long_form(short, inside) == 0:
                s0 = before[0]
                found.append(Abbreviation(s0, s0 + len(short), in_start, in_start + len(inside)))
    return found
