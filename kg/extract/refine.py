"""`kg_refine`: tighter mention spans, learning paradigms as methods, and no non-entities.

The statistical `ner` learnt SciREX's conventions, which keep generic heads and modifiers
("Transformer architecture", "large-scale pre-training") and mark descriptive phrases
("unified models", "downstream tasks"); the in-domain guidelines
(``pipelines/annotation/GUIDELINES.md``) ask for the shortest span that names the thing and
for no hardware, organisations, procedures, umbrella phrases or properties without a
measure. This component, placed after `kg_resolver`, rewrites ``doc.ents`` to follow them:

1. a hyphenated prefix cut off a mention is put back ("in-|context learning");
2. evaluative and umbrella modifiers are cut from its start ("novel", "downstream");
3. a generic head is cut from its end when the rest names the thing ("TriviaQA dataset"),
   and a mention of only descriptive words and a head is dropped ("unified framework");
4. learning paradigms and objectives become METHOD ("representation learning", "prompting");
5. non-entities, bare generic words and properties with no measure in their sentence are
   dropped; names the model misses are added.

Each decision is a pure function of the mention's words (:func:`refine_words`); the word lists
are the files of ``kg/data/refine`` (their README says what each holds).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import Errors, KGError
from ..resources import data_path
from .components import GAZETTEER_KEY

REFINE_LISTS = data_path("refine")
LEXICON_FILE = "lexicon.json"

# hyphens, dashes and slashes join words as spaces do: "pre-training" is "pre training"
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015/]+")
# words that report a measure: a property is a metric in a sentence with one of them or a
# number ("2x faster", "reduces memory by 40%"), a concern elsewhere ("scalability matters")
_MEASURE_CUES = re.compile(
    r"\d|^(?:improv|reduc|increas|decreas|lower|higher|faster|slower|better|worse|outperform|speed-?up"
    r"|fold|times|gain|drop|sav|boost|compar|surpass)\w*$",
    re.I,
)
# words that end a modifier of a name: "Transformer-based", "T5-style", "BERT-like"
_LINKERS = frozenset({"based", "style", "like"})
# heads that make a task of the words before them ("image segmentation tasks")
_TASK_HEADS = frozenset({"task", "tasks", "problem", "problems", "setting", "settings"})
_REPRESENTATIONS = frozenset({"representation", "representations"})
# a class of models named as a task is a method ("large language models")
_MODEL_CLASSES = frozenset({"models", "model", "llms", "llm", "networks", "transformers"})


def norm(text: str) -> str:
    """Lower case, with hyphens, slashes and spaces folded to one space.

    >>> norm("Pre-training  /  Fine-Tuning")
    'pre training fine tuning'
    """
    return _SEPARATORS.sub(" ", text.lower()).strip()


def _entries(path: Path) -> list[str]:
    """The entries of a list file: one a line, ``#`` comments and blank lines skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E060.format(path=path, line=0, detail=f"unreadable list ({e})")) from e
    return [e for e in (norm(line.split("#", 1)[0]) for line in lines) if e]


@dataclass(frozen=True)
class Lexicon:
    """The curated word lists (``kg/data/refine/<field>.txt``), each entry normalised."""

    heads: frozenset[str]
    class_heads: frozenset[str]
    modifiers: frozenset[str]
    descriptive: frozenset[str]
    name_heads: frozenset[str]
    kept_compounds: frozenset[str]
    paradigms: frozenset[str]
    not_entities: frozenset[str]
    umbrella: frozenset[str]
    umbrella_heads: frozenset[str]
    generic_words: frozenset[str]
    properties: frozenset[str]
    representation_kinds: frozenset[str]
    additions: frozenset[tuple[str, str]]  # (label, name as written)

    @classmethod
    def read(cls, directory: Path = REFINE_LISTS) -> Lexicon:
        lists: dict[str, Any] = {}
        for f in fields(cls):
            path = Path(directory) / f"{f.name}.txt"
            if f.name == "additions":
                lists[f.name] = frozenset(_additions(path))
            else:
                lists[f.name] = frozenset(_entries(path))
        return cls(**lists)

    def to_json(self) -> dict[str, list[Any]]:
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, list[Any]]) -> Lexicon:
        lists: dict[str, Any] = {
            f.name: frozenset(map(tuple, data[f.name])) if f.name == "additions" else frozenset(data[f.name])
            for f in fields(cls)
        }
        return cls(**lists)

    @cached_property
    def leading(self) -> frozenset[str]:
        """What is cut from the start of a mention: modifiers and umbrella words."""
        return self.modifiers | self.umbrella

    def starts(self, words: list[str]) -> int:
        """How many leading ``words`` form the longest entry of :attr:`leading` (0: none)."""
        for n in range(min(len(words), 3), 0, -1):
            if " ".join(words[:n]) in self.leading:
                return n
        return 0


def _additions(path: Path) -> Iterable[tuple[str, str]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text:
            label, _, name = text.partition(" ")
            if not label.isupper() or not name.strip():
                raise KGError(Errors.E060.format(path=path, line=n, detail="expected 'LABEL name'"))
            yield label, name.strip()


@dataclass(frozen=True)
class Cues:
    """What the text around a mention says, for :func:`refine_words`: whether its words
    ``i:j`` are a name (``named``: name-shaped, or a gazetteer name), which words belong to a
    name and are never cut (``fixed``: hyphen-joined to the next word, or capitalised in
    running text), and whether its sentence reports a measure."""

    named: Callable[[int, int], bool] = lambda i, j: False
    fixed: frozenset[int] = frozenset()
    measured: bool = False


def refine_words(
    words: list[str], label: str, lex: Lexicon, cues: Cues = Cues()
) -> tuple[int, int, str] | None:
    """The words ``[i:j]`` of a mention to keep and their label, or None to drop it.

    >>> lex = Lexicon.read()
    >>> refine_words(["transformer", "architecture"], "METHOD", lex)
    (0, 1, 'METHOD')
    >>> refine_words(["representation", "learning"], "TASK", lex)
    (0, 2, 'METHOD')
    >>> refine_words(["downstream", "tasks"], "TASK", lex) is None
    True
    """
    if " ".join(words) in lex.not_entities:
        return None
    i, j = _trimmed_start(words, lex, cues), len(words)
    if _generic(" ".join(words[i:j]), lex) or words[j - 1] in lex.umbrella_heads:
        return None
    if j - i > 1 and words[j - 1] in lex.heads and j - 1 not in cues.fixed and not _kept(words[i:j], lex):
        cut = _without_head(words, i, label, lex, cues)
        if cut is None:
            return None
        j = cut
    text = " ".join(words[i:j])
    if words[j - 1] in _REPRESENTATIONS and not (
        cues.named(i, j) or any(w in lex.representation_kinds for w in words[i : j - 1])
    ):
        return None
    if label == "TASK" and (
        text in lex.paradigms or words[j - 1] == "learning" or words[j - 1] in _MODEL_CLASSES
    ):
        label = "METHOD"
    if label == "METRIC" and words[j - 1] in lex.properties and (j - i == 1 or not cues.measured):
        return None
    return i, j, label


def _trimmed_start(words: list[str], lex: Lexicon, cues: Cues) -> int:
    """The first word left once leading modifiers are cut, the last word always kept."""
    i, j = 0, len(words)
    if " ".join(words) in lex.kept_compounds:
        return i
    while j - i > 1 and (n := lex.starts(words[i:j])):
        if any(w in cues.fixed for w in range(i, i + n)):
            break
        i += min(n, j - i - 1)
    return i


def _without_head(words: list[str], i: int, label: str, lex: Lexicon, cues: Cues) -> int | None:
    """Where a mention ending with a generic head ends once the head is cut (with a linker
    before it: "Transformer-based models"), or None when the mention is only a description."""
    j = len(words)
    rest = words[i : j - 1]
    if all(w in lex.descriptive or w in lex.heads or w in lex.umbrella for w in rest):
        return None
    k = j - 1
    while k - i > 1 and words[k - 1] in _LINKERS:
        k -= 1
    if _names(words, i, k, words[j - 1], label, lex, cues):
        return None if _generic(" ".join(words[i:k]), lex) else k
    return j if words[j - 1] in lex.class_heads else None


def _generic(text: str, lex: Lexicon) -> bool:
    """A non-entity, or one generic word alone ("inference", "models")."""
    return text in lex.not_entities or text in lex.generic_words or text in lex.heads


def _kept(words: list[str], lex: Lexicon) -> bool:
    """Whether the words end with a name that keeps its head ("Gaussian mixture model")."""
    return any(" ".join(words[-n:]) in lex.kept_compounds for n in range(1, min(len(words), 4) + 1))


def _names(words: list[str], i: int, k: int, head: str, label: str, lex: Lexicon, cues: Cues) -> bool:
    """Whether ``words[i:k]``, before the generic ``head``, name the thing on their own."""
    rest = " ".join(words[i:k])
    return (
        cues.named(i, k)
        or words[k - 1] in lex.name_heads
        or rest in lex.name_heads
        or rest in lex.paradigms
        or (label == "TASK" and head in _TASK_HEADS)
    )


class Refiner:
    """Rewrite ``doc.ents`` by :func:`refine_words`, mention by mention, and add the
    lexicon's missed names where nothing else was found."""

    def __init__(self, nlp: Language, name: str = "kg_refine", *, spans_key: str = GAZETTEER_KEY):
        self.name = name
        self.spans_key = spans_key
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self.lexicon = Lexicon.read()
        self._matcher = self._additions_matcher()

    def _additions_matcher(self) -> PhraseMatcher:
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for label, name in sorted(self.lexicon.additions):
            matcher.add(label, [self.tokenizer(name)])
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = {(s.start, s.end): s for s in doc.spans.get(self.spans_key, [])}
        titled, ends = _layout(doc)
        ents = []
        for e in doc.ents:
            span = self._refined(doc, e, gazetteer, titled, ends)
            if span is not None:
                ents.append(span)
        ents += self._added(doc, ents)
        doc.ents = filter_spans(ents)
        return doc

    def _refined(
        self, doc: Doc, e: Span, gazetteer: dict[tuple[int, int], Span], titled: bool, ends: list[int]
    ) -> Span | None:
        start = _hyphen_prefix(doc, e.start)
        tokens = [t.i for t in doc[start : e.end] if norm(t.text)]
        if not tokens:
            return None
        words = [norm(doc[t].text) for t in tokens]

        def named(i: int, j: int) -> bool:
            if (tokens[i], tokens[j - 1] + 1) in gazetteer:
                return True
            shaped = [_name_shaped(doc[t], titled) for t in tokens[i:j]]
            return all(shaped) if j - i > 1 else shaped[0]

        fixed = frozenset(
            k
            for k, t in enumerate(tokens)
            if (not doc[t].whitespace_ and t + 1 < e.end and doc[t + 1].text == "-")
            or (not titled and _capitalised(doc[t]))
        )
        # only a metric's sentence is read for a measure: the other labels never need it
        measured = e.label_ == "METRIC" and _measured(doc, ends, e.start)
        kept = refine_words(words, e.label_, self.lexicon, Cues(named, fixed, measured))
        if kept is None:
            return None
        i, j, label = kept
        a, b = tokens[i], tokens[j - 1] + 1
        if (a, b) == (e.start, e.end) and label == e.label_:
            return e
        match = gazetteer.get((a, b))
        if match is not None:
            return Span(doc, a, b, label=match.label_ if label == e.label_ else label, kb_id=match.id_)
        return Span(doc, a, b, label=label, kb_id=e.kb_id_ if (a, b) == (e.start, e.end) else "")

    def _added(self, doc: Doc, ents: list[Span]) -> list[Span]:
        taken = {i for e in ents for i in range(e.start, e.end)}
        added = []
        for match_id, a, b in self._matcher(doc):
            glued = (a > 0 and doc[a - 1].text == "-" and not doc[a - 1].whitespace_) or (
                b < len(doc) and doc[b].text == "-" and not doc[b - 1].whitespace_
            )
            if not glued and not taken & set(range(a, b)):
                added.append(Span(doc, a, b, label=self.vocab.strings[match_id]))
                taken.update(range(a, b))
        return added

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / LEXICON_FILE).write_text(json.dumps(self.lexicon.to_json(), indent=0), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Refiner:
        file = Path(path) / LEXICON_FILE
        try:
            self.lexicon = Lexicon.from_json(json.loads(file.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise KGError(Errors.E020.format(path=file, detail=e)) from e
        self._matcher = self._additions_matcher()
        return self


def _hyphen_prefix(doc: Doc, start: int) -> int:
    """Where a mention starts once a word hyphenated onto it is put back ("in-context")."""
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and doc[start].is_lower:
        before = doc[start - 2]
        word = before.text
        if (
            len(word) > 1
            and word.isalpha()
            and word[1:].islower()
            and not before.whitespace_
            and not before.ent_type_
        ):
            return start - 2
    return start


def _name_shaped(tok: Token, titled: bool) -> bool:
    """A word shaped like a name: a capital after its first letter or a digit ("ConvNet",
    "T5", "HMER"), or a capital mid-sentence in running text ("Falcon")."""
    text = tok.text
    if any(ch.isdigit() for ch in text) or any(ch.isupper() for ch in text[1:]):
        return True
    return not titled and _capitalised(tok)


def _capitalised(tok: Token) -> bool:
    """A capital that is not the sentence's: part of a name in running text."""
    return bool(tok.text[:1].isupper()) and tok.i > 0 and tok.nbor(-1).text not in {".", "!", "?", ":"}


def _layout(doc: Doc) -> tuple[bool, list[int]]:
    """Whether most words are capitalised, as in a title, where capitals say nothing; and the
    token offsets just past each sentence-final mark (the pipeline has no parser). One pass:
    walking a Doc's tokens is most of this component's time."""
    words = capitals = 0
    ends = []
    for t in doc:
        if t.is_alpha and not t.is_stop:
            words += 1
            capitals += t.text[0].isupper()
        elif t.text in {".", "!", "?"} and (t.whitespace_ or t.i + 1 == len(doc)):
            ends.append(t.i + 1)
    return words > 0 and capitals > 0.6 * words, ends


def _measured(doc: Doc, ends: list[int], at: int) -> bool:
    """Whether the sentence holding token ``at`` reports a measure (``ends``: its sentences'
    ends, from :func:`_layout`)."""
    k = bisect.bisect_right(ends, at)
    sentence = doc[ends[k - 1] if k else 0 : ends[k] if k < len(ends) else len(doc)]
    return any(_MEASURE_CUES.search(t.text) for t in sentence)


@Language.factory(
    "kg_refine",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"spans_key": GAZETTEER_KEY},
)
def make_refiner(nlp: Language, name: str, spans_key: str) -> Refiner:
    return Refiner(nlp, name, spans_key=spans_key)
