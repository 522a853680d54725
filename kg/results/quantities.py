"""Quantities in running text: numbers with their unit, hedge and range.

A quantity is a number as written ("84.1", "1.2M", "10 Million", "2-3"), its unit
normalised to the guidelines' list (``%``, ``x``, ``points``, ``pp``, ``ms``, ``s``, ``GB``,
...) and, for units outside that list, the measure the unit implies (FPS is a speed, days
a time). Spans that cannot hold a result are masked first: links, resolutions
("256x256"), complexity classes ("O(n log n)") and powers ("2^k").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .vocabulary import CHANGE_VERB, FROM_BOUND, RANGING

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "1.2M", "10 Million", "128K", "11.3 M" (tokenised text); "100s of layers" is a count in hundreds, not seconds
_MAG = r"\s?(?:[Mm]illion|[Bb]illion|[Tt]housand|[Tt]rillion)\b|\s?[KMBT](?!\w|\.\d)|[kmb](?!\w|\.\d)|s(?=\s+of\b)"
_UNIT = (
    r"\s?(?:%|ms\b|(?i:percent|percentage\s+points?|pp|p\.p\.|points?(?!\s+per\s+(?:second|sec|minute|hour)\b)|pts|times|fold|milliseconds?|"
    r"seconds?|sec|s|[GMKT]i?B|FPS|frames?\s+per\s+second|[kMG]?Hz|[kMG]?Wh|hours?|days?|minutes?|"
    r"tokens?/s(?:ec)?|tokens?\s+per\s+(?:second|step)|tokens?|layers?|dB)\b)|×|x(?![\w×])|\s?(?:mm|cm)\b"
    # units of science's measures: an energy error ("an MAE of 29 meV"), energy used ("consumes 41 μJ")
    r"|\s?(?:meV|eV|[μµmknp]J|GPa)\b"
    # ... and power drawn ("draws 4.2 W", "consumes 17 microwatts")
    r"|\s?(?:[μµmk]?W|(?i:(?:milli|micro|kilo)?watts?))\b"
    r"|-(?:fold|times|layers?|points?)\b"
    # a unit of measure per another: "298 m²/s²", "28 meV/atom", "1.2 kcal/mol"
    r"|\s?[A-Za-zµμ°Å]{1,4}[²³]?/[A-Za-z]{1,5}[²³]?(?![\w/])"
)
_LEAD = (
    r"(?:up\s+to|more\s+than|less\s+than|fewer\s+than|over|about|around|approximately|"
    r"approx\.|nearly|almost|roughly|at\s+least|at\s+most|as\s+(?:high|low|much|many|few|little)\s+as|"
    r"by\s+a\s+factor\s+of|plus\s+or\s+minus)\s+|[~≈∼≥≤><±+]\s?|[<>]=\s?|\+/-\s?"
)
_START = re.compile(r"[x×]?\d")
# the hedge before a number, looked up backwards from it (trying it at every offset is slow)
_LEAD_BEFORE = re.compile(rf"(?:{_LEAD})+\Z")
# a decimal ending right before a slash: "61.2/" in "61.2/28.7/58.4"
_DECIMAL_END = re.compile(r"(?<![\w.])\d+\.\d+$")
# a symbol the number is the value of: "k = 5", "p < 0.01", "H=0.70", a hyperparameter's Greek
# letter ("ε = 0.5"), not a measure's ("Spearman ρ = 0.71")
_VAR_BEFORE = re.compile(r"(?<![\w.])[A-Za-zεαβγδλη]\s?[=<>≤≥]\s?\Z")
# what follows "N-point" when it is a margin: "a 6.4-point absolute improvement", "a 3-point lead"
_MARGIN_AFTER = re.compile(
    r"\s+(?:(?:absolute|relative|average|overall)\s+)?(?:improvement|gain|increase|decrease|drop|margin|lead|"
    r"boost|jump|advantage|reduction|rise|decline|gap|difference)s?\b|\s*(?:[.,;)]|$)"
)
# "between 4 and 9 points": the words around a range's first number
_BETWEEN, _AND = re.compile(r"\b(?i:between)\s+\Z"), re.compile(r"\s+and\s+")
_TO, _BY, _FROM = re.compile(r"\s+to\s+"), re.compile(r"\bby\s+\Z"), re.compile(r"\bfrom\s+\Z")
# changes of a range: "drops of 3 to 6 points", "gains of 1.2 to 2.5 points"
_CHANGES_OF = re.compile(
    r"(?i)\b(?:drops|gains|improvements|increases|decreases|reductions)\s+of\s+\Z"
    # ... or lost or gained: "several methods lose 2 to 5 points"
    r"|\b(?:lose|loses|lost|losing|gain|gains|gained|trail|trails|lag|lags)\s+(?:only\s+|about\s+|roughly\s+)?\Z"
)
QUANTITY = re.compile(
    rf"(?P<pre>(?<![\w.])[x×](?=\d))?"
    rf"(?P<n1>{_NUM})(?P<m1>{_MAG})?(?P<u1>{_UNIT})?"
    # "10-20%" is a range; "2.67% to 10.33%" only with both units ("from 32 to 256" is two numbers)
    rf"(?:(?P<sep>\s?[-–]\s?|(?(u1)\s+to\s+(?=(?:{_NUM})(?:{_MAG})?(?:{_UNIT}))|(?!)))"
    rf"(?P<n2>{_NUM})(?P<m2>{_MAG})?(?P<u2>{_UNIT})?)?"
)
# each pattern runs only on texts holding one of its marks: scanning every offset of every
# abstract for "\S+\.com" or "\S*\^" took more time than all the rest of the extraction
_MASKS = (
    (("://", "www.", ".com", ".org", ".io", ".net", ".eu", ".ai", ".html"),
     re.compile(r"https?://\S+|www\.\S+|[\w./-]+\.(?:com|org|io|net|eu|ai|html)\b\S*")),  # links
    (("x", "×"), re.compile(r"\d+\s?[x×]\s?\d+(?:\s?[x×]\s?\d+)?")),  # resolutions and shapes
    (("(",), re.compile(r"\b(?:O|Omega|Theta|o|Ω|Θ)\s?\((?:[^()]|\([^()]*\))*\)")),  # complexity classes
    (("^",), re.compile(r"[^\s^]*\^\S*")),  # powers
    (("Hausdorff",), re.compile(r"\b95\s?%(?=\s+Hausdorff)")),  # a measure's name: "95% Hausdorff distance"
    # a version inside a model's name: "Gemini 2.0 Pro", "Claude 3.5 Sonnet", "Llama 3.1 70B"
    ((".",), re.compile(r"\b[A-Z][a-z]{2,}(?<!ing) \d\.\d(?= (?!(?:Times|Points|Percent|Fold)\b)[A-Z][a-z]+\b| \d+B\b)")),
)  # fmt: skip
# the unit as written, lower-cased and without space → (unit, implied measure)
_UNITS = {
    "%": ("%", ""), "percent": ("%", ""), "pp": ("pp", ""), "p.p.": ("pp", ""), "pts": ("points", ""),
    "x": ("x", ""), "×": ("x", ""), "times": ("x", ""), "fold": ("x", ""), "ms": ("ms", "latency"),
    "millisecond": ("ms", "latency"), "second": ("s", "time"), "sec": ("s", "time"), "s": ("s", "time"),
    "fps": ("", "speed"), "hour": ("", "time"), "day": ("", "time"), "minute": ("", "time"),
    "token": ("", "tokens"), "layer": ("", "layers"), "db": ("", "dB"), "mm": ("", ""), "cm": ("", ""),
}  # fmt: skip
# units named by a pattern: a prefix of a rate or an amount ("kHz", "MWh"), a count per second
_PATTERN_UNITS = (
    (re.compile(r"[kmg]?hz"), "frequency"),
    (re.compile(r"[kmg]?wh|[μµmknp]j"), "energy"),
    (re.compile(r"[μµmk]?w|(?:milli|micro|kilo)?watt"), "power"),
    (re.compile(r"frames?\s+per\s+second"), "speed"),
    (re.compile(r"tokens?(?:/(?:sec)?|\s+per\s+second)"), "throughput"),
)


@dataclass(slots=True)
class Quantity:
    """A number found in a text.

    ``start``/``end`` span the value as written (a range from its first number to its
    last), ``lead`` is where its hedge or sign begins and ``tail`` where its unit ends.
    ``magnitude`` holds a size suffix ("M", "Million"), ``measure`` the quantity a unit
    outside the guidelines' list implies, ``variable`` a symbol it is assigned to ("k=").
    """

    value: str
    unit: str
    measure: str
    start: int
    end: int
    lead: int
    tail: int
    approx: bool
    sign: str
    magnitude: str
    variable: str
    is_range: bool
    is_integer: bool


# the bounds a hedge sets, by its last words or sign; any other hedge is an approximation
_BOUNDS = (
    ("≤", re.compile(r"(?:up\s+to|at\s+most|≤|<=)\s*\Z")),
    ("<", re.compile(r"(?:less\s+than|fewer\s+than|<)\s*\Z")),
    ("≥", re.compile(r"(?:at\s+least|≥|>=)\s*\Z")),
    (">", re.compile(r"(?:more\s+than|over|>)\s*\Z")),
)


def hedge_mark(text: str, start: int) -> str:
    """How the hedge before the number at ``start`` bounds it, as a table marks it: "≤" (up
    to, at most), "<", "≥" (at least), ">" (more than, over), else "~".

    >>> [hedge_mark(t, t.index("2")) for t in ("FID<2", "up to 2x", "over 2%", "about 2", "at least 2")]
    ['<', '≤', '>', '~', '≥']
    """
    lead = _LEAD_BEFORE.search(text, max(0, start - 40), start)
    words = lead.group().lower() if lead else ""
    return next((mark for mark, bound in _BOUNDS if bound.search(words)), "~")


def masked(text: str) -> str:
    """``text`` with the spans that hold no result blanked out, offsets kept.

    >>> masked("ImageNet 256x256 in O(n^2) at https://x.io/1")
    'ImageNet         in        at               '
    """
    for marks, pattern in _MASKS:
        if any(mark in text for mark in marks):
            text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _unit(raw: str) -> tuple[str, str]:
    """The guidelines' unit and the implied measure of a unit as written.

    >>> _unit(" percentage points"), _unit("-fold"), _unit(" FPS"), _unit("GB")
    (('pp', ''), ('x', ''), ('', 'speed'), ('GB', 'memory'))
    >>> _unit(" kHz"), _unit(" MWh"), _unit(" frames per second"), _unit(" tokens/s"), _unit(" tokens per second")
    (('', 'frequency'), ('', 'energy'), ('', 'speed'), ('', 'throughput'), ('', 'throughput'))
    >>> _unit(" m²/s²"), _unit(" meV/atom"), _unit(" meV"), _unit(" μJ"), _unit(" W"), _unit(" microwatts")
    (('m²/s²', ''), ('meV/atom', ''), ('meV', ''), ('', 'energy'), ('', 'power'), ('', 'power'))
    """
    u = raw.strip().lstrip("-")
    key = u.lower().rstrip("s") if len(u) > 2 else u.lower()
    if key.startswith("percentage"):
        return "pp", ""
    if key.startswith("point"):
        return "points", ""
    if re.fullmatch(r"tokens?\s+per\s+step", key):  # a mean accepted length, not a count of tokens
        return "", ""
    if re.fullmatch(r"[gmkt]i?b", key):
        return u, "memory"
    measure = next((m for pattern, m in _PATTERN_UNITS if pattern.fullmatch(key)), None)
    if measure is not None:
        return "", measure
    return _UNITS.get(key, _UNITS.get(u.lower(), (u, "")))


def _name_bound(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is glued to a name ("GPT-4", "R@1", "2D",
    "v2", "large-v3") rather than standing alone.

    >>> t = "GPT-4 and 2D and v2 and 5.5w but 84% and 61.2/28.7 and 1/2"
    >>> [_name_bound(t, m.start(), m.end()) for m in re.finditer(r"[\\d.]+", t)]
    [True, True, True, True, False, False, False, False, True]
    """
    before = text[start - 1] if start else " "
    if before == "/" and text[start - 2 : start - 1] == "%":  # "2.1%/4.3%"
        return False
    # decimals listed with slashes: "ROUGE-1/2/L of 61.2/28.7/58.4"
    if before == "/" and "." in text[start:end] and _DECIMAL_END.search(text[max(0, start - 12) : start - 1]):
        return False
    if before.isalnum() or before in "@_/#.^":
        return True
    if before in "-–" and start > 1 and text[start - 2].isalnum():
        return True
    after = text[end] if end < len(text) else " "
    return after.isalnum() or after in "@_^"


def spot(text: str) -> list[Quantity]:
    """Every quantity of ``text`` that is not part of a name, link, shape or formula.

    Parameters
    ----------
    text : str
        A title or an abstract.

    Returns
    -------
    list of Quantity
        In text order; "from 5.1% to 3.2%" gives two, "2.67% to 10.33%" one range.

    Examples
    --------
    >>> [(q.value, q.unit, q.approx) for q in spot("up to 2.5x faster with 40% less memory, 10-20% fewer FLOPs")]
    [('2.5', 'x', True), ('40', '%', False), ('10-20', '%', True)]
    >>> [(q.value, q.unit) for q in spot("GPT-4 and ResNet-50 reach 1.2M and 10 Million on 2D")]
    [('1.2M', ''), ('10 Million', '')]
    """
    plain = masked(text)
    found: list[Quantity] = []
    done = 0
    # QUANTITY opens with optional groups, so the regex engine would try it at every
    # offset; matching it only where a number starts is four times faster
    for start in _START.finditer(plain):
        m = QUANTITY.match(plain, start.start()) if start.start() >= done else None
        if m is None:
            continue
        done = m.end()
        q = _quantity(text, m)
        if q is not None:
            found.extend(_split_from_to(text, plain, q, m))
    return _deviations(text, _between(text, found))


def _deviations(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a level the unit written after its standard deviation ("87.4 ± 0.6%", read on
    past the deviation); the deviation keeps its sign "±", which no result has.

    >>> [(q.value, q.unit, q.sign) for q in spot("a Dice of 87.4 ± 0.6% and 4.21 +/- 0.07")]
    [('87.4', '%', ''), ('0.6', '%', '±'), ('4.21', '', ''), ('0.07', '', '±')]
    """
    for q, d in itertools.pairwise(found):
        if d.sign == "±" and not text[q.tail : d.lead].strip():
            q.unit, q.measure, q.tail = q.unit or d.unit, q.measure or d.measure, d.tail
    return found


def _between(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join "between 4 and 9 points" into the range "4-9", as "4-9 points" is written.

    >>> [(q.value, q.unit, q.start, q.end) for q in spot("by between 4 and 9 points")]
    [('4-9', 'points', 11, 18)]
    >>> [(q.value, q.unit, q.approx) for q in spot("by between +1.6 and +3.2 AP, and 2 and 3")]
    [('1.6-3.2', '', True), ('2', '', False), ('3', '', False)]
    >>> [(q.value, q.unit, q.start, q.end) for q in spot("speedups between 2.8x and 3.4x")]
    [('2.8-3.4', 'x', 17, 29)]
    >>> [(q.value, q.unit) for q in spot("cuts it by 41%-63%")]
    [('41-63', '%')]
    >>> [(q.value, q.approx, q.tail) for q in spot("50+ mIoU")]
    [('50', True, 3)]
    >>> [(q.value, q.unit) for q in spot("gains range from 1.9 to 5.6 mIoU, by 0.015 to 0.030; from 5 to 3")]
    [('1.9-5.6', ''), ('0.015-0.030', ''), ('5', ''), ('3', '')]
    """
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and not last.is_range and _one_range(text, last, q):
            out[-1] = replace(
                q,
                value=f"{last.value}-{q.value}",
                unit=q.unit or last.unit,
                start=last.start,
                lead=last.lead,
                approx=True,
                sign="",
                is_range=True,
                is_integer=last.is_integer and q.is_integer,
            )
        else:
            out.append(q)
    return out


def _one_range(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether two numbers in a row are written as one range: "between 4 and 9 points",
    "range from 1.9 to 5.6 mIoU", "improves by 0.015 to 0.030", "drops of 3 to 6 points"; not a
    scale ("from 0 to 1")."""
    if _AND.fullmatch(text, a.end, b.lead) or _AND.fullmatch(text, a.tail, b.lead):
        return _BETWEEN.search(text, max(0, a.lead - 10), a.lead) is not None
    if not _TO.fullmatch(text, a.tail, b.lead) or (a.unit and a.unit != b.unit):
        return False
    if a.value in ("0", "1") and b.is_integer:
        return False
    ranged = RANGING.search(text, max(0, a.lead - 30), a.lead) or _BY.search(text, max(0, a.lead - 6), a.lead)
    # a ratio's or a measure's unit is written once: "5 to 9 times faster", "renders at 60 to 90
    # FPS" (not "from 2 to 3x", two levels)
    once = (b.unit == "x" or bool(b.measure)) and not a.unit
    once = once and not _FROM.search(text, max(0, a.lead - 6), a.lead)
    return ranged is not None or once or _CHANGES_OF.search(text, max(0, a.lead - 30), a.lead) is not None


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    """The quantity of a match of :data:`QUANTITY`, or None when it is glued to a name or
    is the number of a compound modifier ("16-bit", "6-digit")."""
    n2 = m.group("n2")
    last = "2" if n2 else "1"
    end = m.end(f"m{last}") if m.group(f"m{last}") else m.end(f"n{last}")
    unit_raw = m.group(f"u{last}") or m.group("u1") or ("x" if m.group("pre") else "")
    first_end = max(m.end("n1"), m.end("m1"), m.end("u1"))  # groups that did not match give -1
    if not m.group("pre") and _name_bound(text, m.start("n1"), first_end):
        return None
    if not unit_raw and re.match(r"-?[A-Za-z]", text[end : end + 2]):
        return None
    if unit_raw.startswith("-point") and not _MARGIN_AFTER.match(text, m.end()):  # "a 64-point grid"
        return None
    var = _VAR_BEFORE.search(text, max(0, m.start() - 4), m.start())
    before = var.start() if var else m.start()
    hedge = _LEAD_BEFORE.search(text, max(0, before - 40), before)
    if hedge and hedge.group().startswith("+") and hedge.start() and text[hedge.start() - 1].isalnum():
        hedge = None  # "HumanEval+ 73.8": the plus is the name's
    lead = hedge.group().strip() if hedge else ""
    factor = re.search(r"by\s+a\s+factor\s+of", lead)
    if factor:  # "outperforming by a factor of 30" is a ratio, and exact
        lead, unit_raw = lead[factor.end() :].strip(), unit_raw or "x"
    unit, measure = _unit(unit_raw)
    if text[m.start("n1") - 1 : m.start("n1")] == "$" and not unit_raw:  # "$0.34 per issue"
        measure = "cost"
    to_range = bool(n2) and m.group("sep").strip() == "to"
    # "2.67% to 10.33%" is written as the range "2.67-10.33" (guidelines, section 5)
    start = m.start("n1")
    # a minus sign glued to a number after a space or bracket: "a median Vina score of -7.8"
    if start and text[start - 1] in "-−" and (start < 2 or text[start - 2] in " ([") and not m.group("pre"):
        start -= 1
    # a range's unit is written once: "41%-63%" is the range "41-63"
    ranged = to_range or (n2 and m.group("u1"))
    value = (
        f"{text[start : m.end('n1')]}{m.group('m1') or ''}-{n2}{m.group('m2') or ''}"
        if ranged
        else text[start:end]
    )
    # "50+ mIoU": at least the number, the plus read with it
    plus = not unit_raw and re.match(r"\+(?=\s|$)", text[end : end + 2]) is not None
    return Quantity(
        value=value,
        unit=unit,
        measure=measure,
        start=start,
        end=end,
        lead=min(hedge.start() if hedge else before, start),
        tail=max(m.end(), end) + plus,
        approx=bool(lead.strip("+±")) or bool(n2) or (m.group("m1") or "") == "s" or plus,
        sign="±" if lead.endswith(("+/-", "minus")) else lead[-1:] if lead[-1:] in "+<>~≈∼≥≤±" else "",
        magnitude=(m.group(f"m{last}") or "").strip(),
        variable=var.group().strip() if var else "",
        is_range=bool(n2),
        is_integer="." not in m.group("n1"),
    )


def _split_from_to(text: str, plain: str, q: Quantity, m: re.Match[str]) -> list[Quantity]:
    """Split "from 5.1% to 3.2%": two levels, a baseline's and the outcome, not a range."""
    if not (q.is_range and m.group("sep").strip() == "to"):
        return [q]
    bracketed = text[max(0, q.lead - 2) : q.lead].strip() == "(" and CHANGE_VERB.search(
        text, max(0, q.lead - 60), q.lead
    )
    # "from below 5% to 87%" is a change as much as "from 5% to 87%"
    if not re.search(rf"\bfrom\s+{FROM_BOUND}$", text[max(0, q.lead - 12) : q.lead]) and not bracketed:
        return [q]  # "falls by 1.2 pp (58.1% to 56.9%)" gives two levels too
    if RANGING.search(text, max(0, q.lead - 30), q.lead):  # "ranging from 11% to 19%" is one range
        return [q]
    parts = [QUANTITY.match(plain, m.start(), m.start("sep")), QUANTITY.match(plain, m.start("n2"))]
    return [x for x in (_quantity(text, p) for p in parts if p) if x is not None]


# a value as written, with the suffix of its size: "84.1", "8,192", "1.5K"
_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
_WRITTEN_NUMBER = re.compile(r"([-−]?\d+(?:\.\d+)?)\s*([kKmMbBtT]?)")


def number(value: str) -> float | None:
    """The number a value as written states; None for a range or anything else.

    >>> number("84.1"), number("8,192"), number("1.5K"), number("−3.2"), number("10-20")
    (84.1, 8192.0, 1500.0, -3.2, None)
    """
    m = _WRITTEN_NUMBER.fullmatch(value.replace(",", "").strip())
    if m is None:
        return None
    return float(m.group(1).replace("−", "-")) * _SCALE.get(m.group(2).lower(), 1.0)
