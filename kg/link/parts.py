"""Part mentions: a curated name that modifies a longer mention is a mention of its own.

"Transformer-based LLMs" names a kind of language model, and it also names the Transformer:
a researcher looking for the papers on Transformers wants this one too. So do "Transformer
layers" and "BERT encoder", parts of the thing named. The mention keeps its own entity; a
curated name inside it that ends before "-based", "-style", "-like", "-driven" and their kin,
or before a part's word ("layers", "encoder", "backbone"), becomes a second, nested mention of
the curated concept ("Transformer"), the longest such name where several end there. A mention that is itself a curated name keeps its
words to itself ("BERT-style masking" as a curated name would), and a name negated by "non-"
is none. The in-domain guidelines mark the name alone; SciREX's annotators the whole phrase,
and nesting keeps both.

Nested mentions are the only overlapping ones: :func:`outermost` gives a paper's mentions
without them, for what reads one mention per span (result extraction).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..records import FIELDS, Mention

# where a part may start or end: the text's ends, spaces and hyphens
_BOUNDARY = re.compile(r"[^\s-]+")
_NEGATED = re.compile(r"(?i)\bnon-?\s*\Z")
# what makes a name the modifier of the phrase it starts: "Transformer-based", "BERT-style",
# or the whole a part belongs to: "Transformer layers", "BERT encoder" (kind words such as
# "architecture" are not here: linking folds them, "Transformer architecture" is the Transformer)
_MODIFIES = re.compile(
    r"[-\s](?:based|style|like|driven|guided|enhanced|augmented|inspired|powered|equipped|oriented|aware)\b"
    r"|\s(?:layers?|blocks?|encoders?|decoders?|backbones?|heads?|stacks?|cells?|branch(?:es)?)\b"
)


def part_spans(text: str, known: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """The curated names that modify ``text``, as ``(start, end, concept id)``: sub-spans
    starting at a word or hyphen boundary and ending before "-based" and its kin
    (:data:`_MODIFIES`), which ``known`` maps to a concept; the longest of those ending at
    one place, in text order.

    >>> names = {"transformer": "transformer", "llms": "llm", "bert": "bert", "vision transformer": "vit"}
    >>> known = lambda s: names.get(s.lower())
    >>> part_spans("Transformer-based LLMs", known), part_spans("BERT-style and Vision Transformer-like encoders", known)
    ([(0, 11, 'transformer')], [(0, 4, 'bert'), (15, 33, 'vit')])
    >>> part_spans("non-Transformer-based models", known), part_spans("Transformer LLMs", known)
    ([], [])
    >>> part_spans("Vision Transformer encoder layers", known), part_spans("BERT headline", known)
    ([(0, 18, 'vit')], [])
    """
    words = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
    found: list[tuple[int, int, str]] = []
    for j, (_, b) in enumerate(words):
        if not _MODIFIES.match(text, b):
            continue
        for a, _ in words[: j + 1]:  # the longest name first
            if not _NEGATED.search(text, 0, a) and (cid := known(text[a:b])) is not None:
                if not found or found[-1][1] <= a:
                    found.append((a, b, cid))
                break
    return found


def nest(
    mentions: Sequence[Mention],
    keys: Sequence[str],
    parts: Callable[[str], list[tuple[int, int, str]]],
    types: Callable[[str], str],
) -> tuple[list[Mention], list[str]]:
    """``mentions`` and their ``keys``, followed by the part mentions (``parts``:
    :func:`part_spans` of a text) of each mention whose key is no curated concept ("g:" keys
    are), with their keys; a part's label is its concept's type (``types``)."""
    spans = {(m.field, m.start, m.end) for m in mentions}
    out, out_keys = list(mentions), list(keys)
    for m, key in zip(mentions, keys, strict=True):
        if key.startswith("g:"):
            continue
        for a, b, cid in parts(m.text):
            span = (m.field, m.start + a, m.start + b)
            if span not in spans:  # a second linking of the same papers adds nothing
                spans.add(span)
                out.append(Mention(m.field, span[1], span[2], m.text[a:b], types(cid), cid))
                out_keys.append(f"g:{cid}")
    return out, out_keys


def in_text_order(mentions: list[Mention]) -> None:
    """Sort ``mentions`` by field, start and end, in place (a part after its mention when
    it starts later, before it when they start together)."""
    mentions.sort(key=lambda m: (FIELDS.index(m.field), m.start, m.end))


def outermost(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions that lie inside no other one (extraction gives no overlapping mentions:
    only part mentions are inside others).

    >>> ms = [Mention("title", 0, 22, "Transformer-based LLMs", "METHOD"), Mention("title", 0, 11, "Transformer", "METHOD")]
    >>> [m.text for m in outermost(ms)]
    ['Transformer-based LLMs']
    """
    out, field, reach = [], None, -1
    for m in sorted(mentions, key=lambda m: (FIELDS.index(m.field), m.start, -m.end)):
        if m.field != field:
            field, reach = m.field, -1
        if m.end <= reach:
            continue
        out.append(m)
        reach = max(reach, m.end)
    return out
