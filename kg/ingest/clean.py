r"""Readable text from titles and abstracts whose markup is not kept (every format but jsonl/json/csv).

The LaTeX handling is deliberately small: it recovers the words authors typed, it does not
typeset. In order:

- HTML entities are unescaped (``&amp;`` → ``&``);
- an escaped special keeps its character (``\%`` → ``%``), an accent joins its letter
  (``\'e`` → ``é``), Greek letters and a few symbols become Unicode (``\alpha`` → ``α``);
- citations and labels go with their argument, formatting commands go and keep their
  argument (``\emph{x}`` → ``x``), any other command keeps its name (``\LaTeX`` → ``LaTeX``);
- math delimiters (``$``, ``\(``, ``\[``) and braces go, a tie (``Fig.~3``) becomes a space;
  math itself stays as typed (``$x^2$`` → ``x^2``), and a bare ``$`` is taken for math too;
- whitespace collapses to single spaces and the text is NFC-normalised.
"""

from __future__ import annotations

import html
import re
import unicodedata

# fmt: off
# (tables, kept in rows to be read as tables)
_GREEK_NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
_SYMBOLS = {
    **dict(zip(_GREEK_NAMES, "αβγδεζηθικλμνξπρστυφχψω", strict=True)),
    **dict(zip((n.capitalize() for n in _GREEK_NAMES), "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΠΡΣΤΥΦΧΨΩ", strict=True)),
    "varepsilon": "ε", "vartheta": "ϑ", "varphi": "φ",
    "times": "×", "cdot": "·", "pm": "±", "sim": "~", "approx": "≈", "neq": "≠",
    "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "infty": "∞", "to": "→", "rightarrow": "→",
    "ell": "ℓ", "ldots": "…", "dots": "…", "cdots": "⋯",
    "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "l": "ł", "L": "Ł", "aa": "å", "AA": "Å",
}
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "=": "\u0304", ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306",
            "H": "\u030b", "k": "\u0328", "r": "\u030a"}
# their argument is a key or a label, not text
_DROPPED = frozenset(["cite", "citep", "citet", "citealp", "ref", "eqref", "autoref", "label"])
# they change how text looks, not what it says
_FORMATTING = frozenset([
    "emph", "textbf", "textit", "texttt", "textsc", "textrm", "textsf", "text", "mathrm", "mathbf",
    "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "boldsymbol", "bm", "operatorname", "url", "footnote",
    "it", "em", "bf", "rm", "sc", "tt", "sf", "sl", "left", "right", "quad", "qquad", "displaystyle",
])
# fmt: on

_LATEX = re.compile(
    r"""
    \\(?P<space>\\|[ ,;:!])
  | \\(?P<special>[%&_\#${}])
  | \\(?P<accent>['`^"~=.]|[cvuHkr](?=\s*\{))\s*
        (?:\{\s*(?P<braced>\\i|[A-Za-z])\s*\}|(?P<bare>\\i|[A-Za-z]))
  | \\(?P<command>[A-Za-z]+)\*?(?:\s*\{(?P<argument>[^{}]*)\})?
  | (?P<tie>(?<=[\w.,;:)])~(?=\S))
  | \\[()\[\]] | [{}$]
""",
    re.VERBOSE,
)


def _latex_piece(m: re.Match[str]) -> str:
    if m["space"] is not None or m["tie"] is not None:
        return " "
    special: str | None = m["special"]
    if special is not None:
        return special
    if m["accent"] is not None:
        letter = m["braced"] or m["bare"]
        return ("i" if letter == "\\i" else letter) + _ACCENTS[m["accent"]]
    name: str | None = m["command"]
    if name is None or name in _DROPPED:  # a brace, a math delimiter, a citation
        return ""
    argument = _LATEX.sub(_latex_piece, m["argument"] or "")  # markup inside the argument
    if name in _FORMATTING:
        return argument
    return _SYMBOLS.get(name, name) + argument


def latex_to_text(s: str) -> str:
    r"""Replace LaTeX markup by the text it stands for (see the module docstring).

    >>> latex_to_text(r"\emph{Pok\'emon} scores 21\% on $\alpha$-nets~\cite{x}")
    'Pokémon scores 21% on α-nets '
    >>> latex_to_text(r"{\it na\"{\i}ve} SL^{2}A-INR via \LaTeX")
    ' naïve SL^2A-INR via LaTeX'
    """
    return unicodedata.normalize("NFC", _LATEX.sub(_latex_piece, s))


def clean_text(s: str) -> str:
    """Unescape HTML, turn LaTeX into text, collapse whitespace and normalise to NFC.

    >>> clean_text("  Deep &amp; Wide\\n  Learning ")
    'Deep & Wide Learning'
    >>> clean_text(r"see Fig.~3 and \\textsc{Conditional Slot Attention} (CoSA)")
    'see Fig. 3 and Conditional Slot Attention (CoSA)'
    >>> clean_text("e\\u0301te\\u0301")  # decomposed accents compose
    'été'
    """
    return " ".join(latex_to_text(html.unescape(s)).split())
