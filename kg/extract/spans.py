"""Deciding between overlapping candidate mentions, as pure functions on offset tuples.

The statistical `ner` knows SciREX's span conventions; the gazetteer knows names and their
types. Where both speak, the gazetteer decides the type and, when its match is the longer
one, the span; elsewhere each fills what the other missed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple


class Candidate(NamedTuple):
    start: int  # token offsets, end exclusive
    end: int
    label: str
    kb_id: str = ""


def merge_gazetteer(ner: list[Candidate], gazetteer: list[Candidate]) -> list[Candidate]:
    """Combine ``ner`` predictions with ``gazetteer`` matches into non-overlapping mentions.

    - a gazetteer match with the same span as a prediction gives it its type and id;
    - a gazetteer match that covers predictions replaces them (a full name beats a fragment);
    - a gazetteer match inside a longer prediction leaves the prediction alone
      ("ImageNet classification" stays a task);
    - a gazetteer match that overlaps nothing is added.

    >>> ner = [Candidate(0, 2, "METHOD"), Candidate(5, 6, "METHOD"), Candidate(8, 10, "TASK")]
    >>> gaz = [Candidate(0, 2, "MODEL", "bert"), Candidate(4, 7, "DATASET", "lra"),
    ...        Candidate(8, 9, "DATASET", "imagenet"), Candidate(12, 13, "METRIC", "bleu")]
    >>> merge_gazetteer(ner, gaz)  # doctest: +NORMALIZE_WHITESPACE
    [Candidate(start=0, end=2, label='MODEL', kb_id='bert'),
     Candidate(start=4, end=7, label='DATASET', kb_id='lra'),
     Candidate(start=8, end=10, label='TASK', kb_id=''),
     Candidate(start=12, end=13, label='METRIC', kb_id='bleu')]
    """
    # which kept candidates cover each token: finding what a match overlaps costs its own
    # length, not a scan of every mention (quadratic in long texts)
    at: dict[int, list[Candidate]] = defaultdict(list)

    def place(c: Candidate, keep: bool) -> None:
        for i in range(c.start, c.end):
            if keep:
                at[i].append(c)
            else:
                at[i].remove(c)

    for c in ner:
        place(c, True)
    # longest gazetteer matches first, so a nested shorter name never blocks a full one
    for g in sorted(gazetteer, key=lambda c: (c.start - c.end, c.start)):
        hit = list(dict.fromkeys(c for i in range(g.start, g.end) for c in at.get(i, ())))
        if not hit:
            place(g, True)
        elif all(g.start <= c.start and c.end <= g.end for c in hit):
            if any(c.kb_id for c in hit) and not (len(hit) == 1 and hit[0][:2] == g[:2]):
                continue  # do not swallow another gazetteer name
            for c in hit:
                place(c, False)
            place(g, True)
    return sorted({c for kept in at.values() for c in kept})


def hyphenated(
    words: list[str], spaces: list[bool], start: int, end: int, after: bool = True
) -> tuple[int, int]:
    """The span of the longer hyphenated name ``words[start:end]`` is part of: glued to a word
    before it ("Uni-Perceiver") or, with ``after``, to a word after it ("CLEVR-CoGenT"); the
    span itself when it stands alone. ``spaces`` tells whether each word is followed by a
    space; a number after the hyphen is the name's own ("CIFAR-10").

    >>> w = "Uni - Perceiver and CLEVR - CoGenT or CIFAR - 10".split()
    >>> sp = [False, False, True, True, False, False, True, True, False, False, False]
    >>> hyphenated(w, sp, 2, 3), hyphenated(w, sp, 4, 5), hyphenated(w, sp, 4, 5, after=False)
    ((0, 3), (4, 7), (4, 5))
    >>> hyphenated(w, sp, 8, 9)
    (8, 9)
    """
    while start >= 2 and words[start - 1] == "-" and not (spaces[start - 2] or spaces[start - 1]):
        if not words[start - 2][-1:].isalpha():
            break
        start -= 2
    while after and end + 1 < len(words) and words[end] == "-" and not (spaces[end - 1] or spaces[end]):
        if not words[end + 1][:1].isalpha():
            break
        end += 2
    return start, end


# a part of a name: it carries a digit or a capital, and no sentence's full stop ("VL-7B", "L2")
_NAME_PART = re.compile(r"[\w.-]*[A-Z0-9][\w.-]*(?<!\.)")


def name_parts(words: list[str], spaces: list[bool], start: int, end: int) -> tuple[int, int]:
    """The span of ``words[start:end]`` with the parts of its name glued to it by hyphens that
    carry a digit or a capital ("Qwen2" in "Qwen2-VL-7B", "ARCTIC" in "L2-ARCTIC"), not words
    that say what kind of thing it is ("BERT-based", "CLIP-style").

    >>> w = "Qwen2 - VL - 7B and BERT - based".split()
    >>> sp = [False, False, False, False, True, True, False, False, False]
    >>> name_parts(w, sp, 0, 1), name_parts(w, sp, 6, 7)
    ((0, 5), (6, 7))
    """
    while start >= 2 and words[start - 1] == "-" and not (spaces[start - 2] or spaces[start - 1]):
        if not _NAME_PART.fullmatch(words[start - 2]):
            break
        start -= 2
    while end + 1 < len(words) and words[end] == "-" and not (spaces[end - 1] or spaces[end]):
        if not _NAME_PART.fullmatch(words[end + 1]):
            break
        end += 2
    return start, end


# Generic architecture acronyms: methods, not named models.
_GENERIC = {
    "ANN",
    "BILSTM",
    "BIRNN",
    "BILSTMS",
    "CNN",
    "CNNS",
    "CRF",
    "CRFS",
    "DNN",
    "DNNS",
    "EM",
    "GAN",
    "GANS",
    "GCN",
    "GCNS",
    "GNN",
    "GNNS",
    "GRU",
    "GRUS",
    "HMM",
    "KNN",
    "LDA",
    "LLM",
    "LLMS",
    "LSTM",
    "LSTMS",
    "MCTS",
    "MLP",
    "MLPS",
    "MDP",
    "NMT",
    "PCA",
    "RL",
    "RNN",
    "RNNS",
    "SGD",
    "SVM",
    "SVMS",
    "VAE",
    "VAES",
    "VLM",
    "VLMS",
    "MOE",
    "NLP",
    "NN",
    "DRL",
    "SSL",
    "ML",
    "AI",
}
_CAMEL = re.compile(r"^[A-Z0-9][A-Za-z0-9]*[a-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$|^[A-Z]{2,}[a-z]+[A-Za-z]*$")
_VERSIONED = re.compile(
    r"^[A-Za-z][A-Za-z.]*[A-Za-z]+(?:[- _]?v?\d+(?:\.\d+)?[A-Za-z]*)(?:[- ](?:[A-Za-z]+|\d+[BbMmKk]))*$"
)


def looks_like_model_name(text: str) -> bool:
    """Whether a METHOD mention reads as the name of one model or system.

    Coined names (``SELFormer``, ``RoBERTa``, ``BiDAF``) and names with a version or size
    (``ResNet-50``, ``GPT-4``, ``VGG16``, ``Llama-2 7B``) are models; descriptions
    ("graph neural network") and generic acronyms (``LSTM``, ``CNNs``) are methods.

    >>> [looks_like_model_name(t) for t in ["SELFormer", "RoBERTa", "ResNet-50", "GPT-4", "VGG16"]]
    [True, True, True, True, True]
    >>> [looks_like_model_name(t) for t in ["LSTM", "CNNs", "graph neural network", "L2", "3D"]]
    [False, False, False, False, False]
    """
    text = text.strip()
    if not text or (" " in text.strip() and not _VERSIONED.match(text)):
        return False
    if text.upper() in _GENERIC:
        return False
    return bool(_CAMEL.match(text) or _VERSIONED.match(text))


def balanced_end(tokens: list[str]) -> int:
    """How many of ``tokens`` a mention keeps so that it closes every bracket it opens:
    a span that runs into a formula stops before the bracket it left open.

    >>> balanced_end(["time", "complexity", "O(L^2"])
    2
    >>> balanced_end(["Faster", "R", "-", "CNN", "(", "FRCNN", ")"])
    7
    """
    depth, last_open = 0, 0  # where the outermost bracket still open was opened
    for i, t in enumerate(tokens):
        for ch in t:
            if ch in "([{":
                if depth == 0:
                    last_open = i
                depth += 1
            elif ch in ")]}" and depth:
                depth -= 1
    return len(tokens) if depth == 0 else last_open


_EDGE_WORDS = {"and", "or", "of", "the", "a", "an", "with", "for", "to", "in", "on", "via"}


def trimmed(tokens: list[str]) -> tuple[int, int]:
    """``(start, end)`` of ``tokens`` without the punctuation, dashes and function words a
    span should not begin or end with.

    >>> trimmed(["sequence", "-", "to", "-", "sequence", "and"])
    (0, 5)
    >>> trimmed(["Travelling", "Salesman", "Problem", "--"]), trimmed(["-", "LATTE"]), trimmed([")", "rewiring"])
    ((0, 3), (1, 2), (1, 2))
    """

    def edge(t: str) -> bool:
        return t.lower() in _EDGE_WORDS or all(not c.isalnum() and c not in "([{" for c in t)

    start, end = 0, len(tokens)
    while start < end and (edge(tokens[start]) or tokens[start] in (")", "]", "}")):
        start += 1
    while end > start and edge(tokens[end - 1]) and tokens[end - 1] not in (")", "]", "}"):
        end -= 1
    return start, end


def glued_magnitude(previous: str, space: str, word: str) -> bool:
    """Whether ``word`` is the magnitude of the number ``previous`` that it follows with no
    ``space`` between: the "M" the tokenizer splits off "950M".

    >>> glued_magnitude("950", "", "M"), glued_magnitude("950", " ", "M"), glued_magnitude("ResNet", "", "M")
    (True, False, False)
    """
    return not space and word in _MAGNITUDES and re.fullmatch(r"\d[\d.,]*", previous) is not None


_MAGNITUDES = frozenset({"K", "M", "B", "T", "k", "m", "b"})


def unopened(words: list[str]) -> int:
    """Where the words reach a bracket closed that they never opened ("TSC) tasks": 1, "CLS]
    embedding": 1), the end of a parenthetical the mention began inside; their length when
    there is none.

    >>> unopened(["tsc", ")", "tasks"]), unopened(["f1", "(", "macro", ")"]), unopened(["cls", "]", "token"])
    (1, 4, 1)
    """
    depth = {"(": 0, "[": 0}
    for k, w in enumerate(words):
        for opening, closing in (("(", ")"), ("[", "]")):
            depth[opening] += (w == opening) - (w == closing)
            if depth[opening] < 0:
                return k
    return len(words)


def before_value(words: list[str]) -> int:
    """Where the words run into a value they give ("Elo rating of 1,087": 2), which no name
    holds; their length when they give none.

    >>> before_value(["elo", "rating", "of", "1,087"]), before_value(["f1", "=", "0.91"])
    (2, 1)
    >>> before_value(["squad", "v1.1"]), before_value(["recall", "at", "10"])
    (2, 3)
    """
    for k, w in enumerate(words[:-1]):
        if w in ("of", "=") and words[k + 1][:1].isdigit():
            return k
    return len(words)


# finite verbs of a result's clause, which no name ends with: "GridPatch lowers", "SpecView matches"
_CLAUSE_VERBS = frozenset({
    "lowers", "raises", "reduces", "improves", "outperforms", "surpasses", "achieves", "attains",
    "obtains", "reaches", "matches", "shrinks", "delivers", "boosts", "halves", "beats", "exceeds",
    "retains", "offers", "yields",
})  # fmt: skip


def before_verb(words: list[str]) -> int:
    """Where the words run into the verb of the clause their name is the subject of ("GridPatch
    lowers": 1), which the NER took in; their length when they hold none.

    >>> before_verb(["gridpatch", "lowers"]), before_verb(["mamba", "offers", "linear", "complexity"])
    (1, 1)
    >>> before_verb(["graph", "attention", "networks"])
    3
    """
    return next((k for k, w in enumerate(words) if k and w in _CLAUSE_VERBS), len(words))
