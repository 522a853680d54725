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

Steps 2-5 follow the in-domain guidelines where SciREX's annotators differ, and run only with
``conventions`` on. What both sets of annotators agree on runs always: step 1; non-entities
(hardware, organisations, evaluation procedures), generic words neither marks alone
("attention") and fragments across phrases ("Diverse Encoder Downstream Tasks") are dropped,
and a mention ends at a bracket it never opened ("TSC) tasks"); "-ing" phrases are labelled
by what they name (how: METHOD; a problem: TASK), training objectives, training towards a
measure and a measure named as a loss ("loss functions such as MSE") are methods, and a class
of models or a representation is never a task ("Large Vision-Language Models", "sentence
representations"); a name written with a "+" keeps it ("PASE+"); a value taken into a mention
is cut ("+4.7 PSNR"); a METRIC mention that names no measure is dropped (the precision of
numbers, "SD" of "SD-VAE", a title's plain word, "sensitivity to hyperparameters" where nothing
is measured); an alias with two senses takes the one its text names, and that sense's entity
("MAE" in a masked-autoencoder paper is the masked autoencoder, not the metric).

Each decision on a mention is a pure function of its words (:func:`refine_words`); the word
lists are the files of ``kg/data/refine`` (their README says what each holds).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import Errors, KGError
from .components import GAZETTEER_KEY
from .cues import capitalised, layout, measured, name_shaped, named_as_a_loss, no_measure
from .lexicon import LEXICON_FILE, REFINE_LISTS, Lexicon, norm
from .spans import before_value, before_verb, glued_magnitude, unopened

__all__ = ["REFINE_LISTS", "TASK_ENDINGS", "Cues", "Lexicon", "Refiner", "norm", "refine_words"]

# words that end a modifier of a name: "Transformer-based", "T5-style", "BERT-like"
_LINKERS = frozenset({"based", "style", "like"})
# heads that make a task of the words before them ("image segmentation tasks")
_TASK_HEADS = frozenset({"task", "tasks", "problem", "problems", "setting", "settings"})
_REPRESENTATIONS = frozenset({"representation", "representations"})
# a class of models named as a task is a method ("large language models")
_MODEL_CLASSES = frozenset({"models", "model", "llms", "llm", "networks", "transformers"})
# a value's start: a sign, a signed number, a decimal, a percentage or a factor (a whole number
# may be a name's: "2015 MSCOCO Image Captioning Challenge")
_NUMBER = re.compile(
    r"^(?:[-+\u2212\u00b1~\u2248](?:\d+(?:[.,]\d+)*%?)?|\d+[.,]\d+%?|\d+%|\d+(?:[.,]\d+)?(?:x|\u00d7|times))$"
)
_COMPARATIVES = frozenset(
    {"lower", "higher", "less", "more", "fewer", "faster", "slower", "smaller", "larger"}
)
# the endings of a task's name ("classification", "modeling"), and words with those endings
# that name a family of models ("text-to-image diffusion models")
TASK_ENDINGS = ("tion", "sion", "ing", "ment")
_FAMILIES = frozenset({"diffusion", "attention", "convolution", "embedding", "encoding"})
# what may stand between two items of a list: "ViT, MAE and DINO"
_LIST_GLUE = frozenset({",", "and", "or", "&", "/"})


@dataclass(frozen=True)
class Cues:
    """What the text around a mention says, for :func:`refine_words`: whether its words
    ``i:j`` are a name (``named``: name-shaped, or a gazetteer name), which words belong to a
    name and are never cut (``fixed``: hyphen-joined to the next word, or capitalised in
    running text), whether its sentence reports a measure, and whether it is named as a loss
    ("losses such as MSE"), a training objective."""

    named: Callable[[int, int], bool] = lambda i, j: False
    fixed: frozenset[int] = frozenset()
    measured: bool = False
    objective: bool = False


def refine_words(
    words: list[str], label: str, lex: Lexicon, cues: Cues = Cues(), *, conventions: bool = True
) -> tuple[int, int, str] | None:
    """The words ``[i:j]`` of a mention to keep and their label, or None to drop it; without
    ``conventions``, only the rules SciREX's annotators share.

    >>> lex = Lexicon.read()
    >>> refine_words(["transformer", "architecture"], "METHOD", lex)
    (0, 1, 'METHOD')
    >>> refine_words(["transformer", "architecture"], "METHOD", lex, conventions=False)
    (0, 2, 'METHOD')
    >>> refine_words(["representation", "learning"], "TASK", lex)
    (0, 2, 'METHOD')
    >>> refine_words(["downstream", "tasks"], "TASK", lex) is None
    True
    >>> refine_words(["diverse", "encoder", "downstream", "tasks"], "TASK", lex, conventions=False) is None
    True
    >>> refine_words(["video", "reasoning"], "METHOD", lex, conventions=False)
    (0, 2, 'TASK')
    >>> refine_words(["tsc", ")", "tasks"], "TASK", lex, conventions=False)
    (0, 1, 'TASK')
    >>> refine_words(["elo", "rating", "of", "1,087"], "METRIC", lex, conventions=False)
    (0, 2, 'METRIC')
    """
    # a measure's words are no clause's ("exact matches"); a name's may run into its verb
    verb = len(words) if label == "METRIC" else before_verb(words)
    words = words[: min(unopened(words), before_value(words), verb)]
    text = " ".join(words)
    if not words or text in lex.not_entities or text in lex.never_alone or _fragment(words, lex):
        return None
    # a capitalised first word in running text starts a name ("Contrastive Language-Image Pre-training")
    label = _relabelled(words, label, lex, named=cues.named(0, len(words)) or cues.named(0, 1))
    label = _what_it_is(words, label, lex, cues)
    if not conventions:
        i = _trimmed_start(words, lex, cues, lex.openers)
        return None if " ".join(words[i:]) in lex.never_alone else (i, len(words), label)
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
    if label == "TASK" and (text in lex.paradigms or words[j - 1] in {"learning", *_MODEL_CLASSES}):
        label = "METHOD"
    if label == "METRIC" and words[j - 1] in lex.properties and (j - i == 1 or not cues.measured):
        return None
    return i, j, label


def _what_it_is(words: list[str], label: str, lex: Lexicon, cues: Cues) -> str:
    """The label both sets of annotators give what a mention names: a training objective is a
    method, not a measure ("learning objective"); a class of models is no problem ("Large
    Vision-Language Models"), but SciREX's annotators keep the task that names one ("image
    classification models"); a representation is what a method makes, no problem ("sentence
    representations"), while learning or computing one is ("learning representations").

    >>> lex = Lexicon.read()
    >>> [_what_it_is(w.split(), lab, lex, Cues()) for w, lab in [("learning objective", "METRIC"),
    ...  ("image classification models", "TASK"), ("sentence representations", "TASK"),
    ...  ("learning representations", "TASK")]]
    ['METHOD', 'TASK', 'METHOD', 'TASK']
    """
    if label == "METRIC" and (cues.objective or (words[-1] in lex.objective_heads and not cues.measured)):
        return "METHOD"
    if label != "TASK":
        return label
    if words[-1] in _MODEL_CLASSES and not (
        len(words) > 1 and words[-2].endswith(TASK_ENDINGS) and words[-2] not in _FAMILIES
    ):
        return "METHOD"
    if words[-1] in _REPRESENTATIONS and not words[0].endswith("ing"):
        return "METHOD"
    return label


def _fragment(words: list[str], lex: Lexicon) -> bool:
    """Whether the words cross a phrase boundary: a quantifier after another word, as a
    capitalised title's words run together ("Diverse Encoder Downstream Tasks").

    >>> lex = Lexicon.read()
    >>> _fragment(["encoder", "downstream", "tasks"], lex), _fragment(["downstream", "tasks"], lex)
    (True, False)
    """
    return any(w in lex.quantifiers and words[k - 1] not in lex.leading for k, w in enumerate(words[1:], 1))


def _relabelled(words: list[str], label: str, lex: Lexicon, named: bool = False) -> str:
    """The label of an "-ing" phrase: METHOD when it says how ("supervised pretraining"),
    TASK when it names a problem ("sequence modeling") that no objective word makes a way of
    training ("masked language modeling"); a process is not a MODEL ("masked autoencoding")
    unless ``named``, as a model's spelt-out name is ("Contrastive Language-Image Pre-training").

    >>> lex = Lexicon.read()
    >>> [_relabelled(w.split(), lab, lex) for w, lab in [("post training", "TASK"),
    ...  ("sequence modeling", "METHOD"), ("masked language modeling", "METHOD"),
    ...  ("masked autoencoding", "MODEL"), ("image classification", "TASK")]]
    ['METHOD', 'TASK', 'METHOD', 'METHOD', 'TASK']
    """
    last = words[-1]
    if label == "MODEL" and not named and len(last) > 4 and last.endswith("ing"):
        label = "METHOD"
    # a bare generic word is judged by generic_words.txt, not relabelled ("training")
    if label == "TASK" and last in lex.procedures and " ".join(words) not in lex.generic_words:
        return "METHOD"
    if label == "METHOD" and last in lex.problems:
        text = f" {' '.join(words)} "
        return label if any(f" {o} " in text for o in lex.objectives) else "TASK"
    return label


def _trimmed_start(words: list[str], lex: Lexicon, cues: Cues, among: frozenset[str] | None = None) -> int:
    """The first word left once leading modifiers (``among``: only those) are cut, the last
    word always kept."""
    i, j = 0, len(words)
    if " ".join(words) in lex.kept_compounds:
        return i
    while j - i > 1 and (n := lex.starts(words[i:j], among)):
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
    """Rewrite ``doc.ents`` by :func:`refine_words`, mention by mention, add names written
    with a "+" and (with ``conventions``) the lexicon's missed names where nothing else was
    found, and give each alias with two senses the one its text names."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kg_refine",
        *,
        spans_key: str = GAZETTEER_KEY,
        conventions: bool = True,
    ):
        self.name = name
        self.spans_key = spans_key
        self.conventions = conventions
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
        titled, ends = layout(doc)
        reports = measured(doc, ends)
        ents = []
        for e in doc.ents:
            span = self._refined(doc, e, gazetteer, titled, reports)
            if span is not None:
                ents.append(span)
        if self.conventions:
            ents += self._added(doc, ents)
        ents += _plus_names(doc, ents)
        doc.ents = filter_spans(self._resolved(doc, ents))
        return doc

    def _resolved(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """``ents`` with each metric alias of two senses given the one the text names."""
        aliases = self.lexicon.aliases
        if not any(e.label_ == "METRIC" and norm(e.text) in aliases for e in ents):
            return ents
        ents = sorted(ents)
        text = f" {norm(' '.join(t.text for t in doc if t.is_alpha))} "
        out = []
        for k, e in enumerate(ents):
            sense = aliases.get(norm(e.text)) if e.label_ == "METRIC" else None
            metric, label, phrases, known = sense or ("", "", frozenset(), "")
            if sense is not None and f" {metric} " not in text:
                listed = any(
                    n.label_ == label and _listed(doc, min(e, n), max(e, n))
                    for n in ents[max(k - 1, 0) : k + 2]
                    if n is not e
                )
                if listed or any(f" {p} " in text for p in phrases):
                    e = Span(doc, e.start, e.end, label=label, kb_id=known)
            out.append(e)
        return out

    def _refined(
        self,
        doc: Doc,
        e: Span,
        gazetteer: dict[tuple[int, int], Span],
        titled: bool,
        reports: Callable[[int], bool],
    ) -> Span | None:
        start = _hyphen_prefix(doc, e.start)
        tokens = [t.i for t in doc[start : e.end] if norm(t.text)]
        # a number the model took in with the measure after it is a value ("+4.7 PSNR"); one
        # joined to the next word belongs to the name ("1-bit Adam")
        while tokens and _NUMBER.match(doc[tokens[0]].text) and doc[tokens[0]].whitespace_:
            tokens.pop(0)
            if tokens and doc[tokens[0]].lower_ in _COMPARATIVES:  # "3times lower GPU memory usage"
                tokens.pop(0)
        if (
            tokens
            and start
            and glued_magnitude(doc[start - 1].text, doc[start - 1].whitespace_, doc[start].text)
        ):
            tokens.pop(0)  # the "M" of "the 950M model", split off its number: a size, no name
        if not tokens:
            return None
        words = [norm(doc[t].text) for t in tokens]
        if e.label_ == "METRIC" and no_measure(
            doc[tokens[0] : tokens[-1] + 1],
            words,
            titled,
            known=bool(e.kb_id_) or (tokens[0], tokens[-1] + 1) in gazetteer,
            reports=reports,
        ):
            return None

        def named(i: int, j: int) -> bool:
            if (tokens[i], tokens[j - 1] + 1) in gazetteer:
                return True
            shaped = [name_shaped(doc[t], titled) for t in tokens[i:j]]
            return all(shaped) if j - i > 1 else shaped[0]

        fixed = frozenset(
            k
            for k, t in enumerate(tokens)
            if (not doc[t].whitespace_ and t + 1 < e.end and doc[t + 1].text == "-")
            or (not titled and capitalised(doc[t]))
        )
        # only a metric's sentence is read for a measure: the other labels never need it
        metric = e.label_ == "METRIC"
        cues = Cues(named, fixed, metric and reports(e.start), metric and named_as_a_loss(e))
        kept = refine_words(words, e.label_, self.lexicon, cues, conventions=self.conventions)
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


def _plus_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Mentions of a name written with a "+" ("PASE+", one token), with the label of the
    name's mention without it ("PASE"), where no other mention is."""
    names = {e.text: e.label_ for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [
        Span(doc, t.i, t.i + 1, label=names[t.text.rstrip("+")])
        for t in doc
        if t.text.endswith("+") and t.text.rstrip("+") in names and t.i not in taken
    ]


def _listed(doc: Doc, a: Span, b: Span) -> bool:
    """Whether mention ``a`` is followed by ``b`` as the next item of a list ("ViT, MAE")."""
    between = doc[a.end : b.start]
    return 0 < len(between) <= 2 and all(t.text.lower() in _LIST_GLUE for t in between)


def _hyphen_prefix(doc: Doc, start: int) -> int:
    """Where a mention starts once a word hyphenated onto it is put back: a lower-case word
    onto a lower-case one ("in-context"), an acronym onto a name ("SD-VAE", which the model
    reads as a metric, "SD", and a method, "VAE")."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return start
    word, first = doc[start - 2].text, doc[start].text
    if (
        doc[start].is_lower
        and len(word) > 1
        and word.isalpha()
        and word[1:].islower()
        and not doc[start - 2].ent_type_
    ):
        return start - 2
    if first[:1].isupper() and 2 <= len(word) <= 4 and word.isalpha() and word.isupper():
        return start - 2
    return start


@Language.factory(
    "kg_refine",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"spans_key": GAZETTEER_KEY, "conventions": True},
)
def make_refiner(nlp: Language, name: str, spans_key: str, conventions: bool) -> Refiner:
    return Refiner(nlp, name, spans_key=spans_key, conventions=conventions)
