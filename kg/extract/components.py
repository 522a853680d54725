"""spaCy components that sit after the statistical `ner`: gazetteer resolution, the MODEL
label, and abbreviation propagation. The algorithms live in `spans.py` and
`abbreviation.py`; these classes only move spaCy objects in and out of them."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .abbreviation import find_abbreviations
from .spans import (
    Candidate,
    balanced_end,
    hyphenated,
    looks_like_model_name,
    merge_gazetteer,
    name_parts,
    trimmed,
)

GAZETTEER_KEY = "kg_gazetteer"

if not Doc.has_extension("abbreviations"):
    # (short start, short end, long start, long end) character offsets, set by
    # kg_abbreviations; plain ints so Docs survive nlp.pipe(n_process=...)
    Doc.set_extension("abbreviations", default=None)

# what comes right before a newly named system: "we propose X", "a model called X"
_PROPOSE = re.compile(
    r"(?:\b(?:we|this paper|this work)\s+(?:propose|introduce|present|develop|release)s?"
    r"\s+(?:a |an |the )?(?:novel |new )?|\b(?:called|named|termed|dubbed)\s+)$",
    re.I,
)

# the endings of coined model names: "ProsodyLM", "CodeGPT", "SELFormer" (not "DistiLLM", a dataset's)
_MODEL_SUFFIX = re.compile(r"[a-z0-9](?:LMs?|GPT|[Ff]ormer)$")
# a parameter count inside one name: "Nemotron-4-340B-Reward", "Qwen2.5-7B"
_SIZED_NAME = re.compile(r"^[A-Z][^\s]*[-_]\d+(?:\.\d+)?[BM](?:[-_][^\s]*)?$")


def _introduces(text: str, at: int) -> bool:
    """Whether the words right before offset ``at`` introduce a new name. Only a short window
    is searched: the whole prefix for every candidate would be quadratic in long texts."""
    return _PROPOSE.search(text[max(0, at - 80) : at]) is not None


class EntityResolver:
    """Merge gazetteer matches (``doc.spans[spans_key]``) into ``doc.ents`` and give named
    models the ``MODEL`` label."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kg_resolver",
        *,
        spans_key: str = GAZETTEER_KEY,
        model_label: str = "MODEL",
        method_label: str = "METHOD",
    ):
        self.name = name
        self.spans_key = spans_key
        self.model_label = model_label
        self.method_label = method_label

    def __call__(self, doc: Doc) -> Doc:
        # Doc.text joins every token anew: read once, not per candidate (quadratic in long texts)
        text = doc.text
        ner = [Candidate(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
        words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
        gaz, families = [], set()
        for s in doc.spans.get(self.spans_key, []):
            if s.label_ == "MODEL":
                families.add(s.start)
            # a model or dataset name inside a longer hyphenated one names another thing of its
            # kind ("Uni-Perceiver"), for a dataset also with a word after it ("CLEVR-CoGenT"; a
            # model's "-base" is its variant): the whole name, with no id. A method's ("C-LSTM")
            # is left to the NER, which follows SciREX in marking the part
            a, b = s.start, s.end
            if s.label_ in ("MODEL", "DATASET"):
                a, b = hyphenated(words, spaces, a, b, after=s.label_ == "DATASET")
            if (a, b) == (s.start, s.end):
                gaz.append(Candidate(a, b, s.label_, s.id_))
                continue
            if not any(e[:2] == (a, b) for e in ner):  # where the NER found it, its type holds
                gaz.append(Candidate(a, b, s.label_))
        # a dataset the NER found that starts with a model family's name and has a size is a model
        # of that family: "LLaVA-Video-7B" (LLaVA)
        ner = [
            c._replace(label=self.model_label)
            if c.label == "DATASET"
            and not c.kb_id
            and c.start in families
            and _SIZED_NAME.match(doc[c.start : c.end].text)
            else c
            for c in ner
        ]
        merged = merge_gazetteer(ner, gaz)
        covered = {i for m in merged for i in range(m.start, m.end)}
        # an introduced name is one token: it overlaps a mention when its token is covered
        merged += [c for c in self._introduced(doc, text) if c.start not in covered]
        ents = []
        for c in sorted(merged):
            end = c.start + balanced_end([t.text for t in doc[c.start : c.end]])
            a, b = trimmed([t.text for t in doc[c.start : end]])
            if b > a:
                c = c._replace(start=c.start + a, end=c.start + b)
                # a model's or dataset's whole name, not a part of it: "Qwen2-VL-7B", "L2-ARCTIC"
                if (
                    c.label in (self.model_label, "DATASET")
                    and (whole := name_parts(words, spaces, c.start, c.end)) != c[:2]
                ):
                    c = Candidate(*whole, c.label)
                ents.append(Span(doc, c.start, c.end, label=self._label(doc, text, c), kb_id=c.kb_id))
        ents = filter_spans(ents)  # a whole name may take in a mention of one of its parts
        doc.ents = _consistent(_prefixed_models(ents, self.model_label), self.model_label, self.method_label)
        return doc

    def _introduced(self, doc: Doc, text: str) -> list[Candidate]:
        """Coined one-word names that the text introduces ("we propose Combiner, ...") or that
        head it ("SELFormer: molecular ..."), which a model trained on older papers misses."""
        found = []
        for tok in doc:
            coined = (
                tok.is_alpha and any(ch.isupper() for ch in tok.text) and len(tok) > 2 and not tok.is_stop
            )
            if coined and (
                (tok.i == 0 and len(doc) > 1 and doc[1].text == ":") or _introduces(text, tok.idx)
            ):
                found.append(Candidate(tok.i, tok.i + 1, self.model_label))
        return found

    def _label(self, doc: Doc, text: str, c: Candidate) -> str:
        span = doc[c.start : c.end]
        # a coined name of a language model or Transformer is no dataset ("ProsodyLM reaches")
        if c.label == "DATASET" and not c.kb_id and len(span) == 1 and _MODEL_SUFFIX.search(span.text):
            return self.model_label
        if c.label == "TASK" and not c.kb_id and _SIZED_NAME.match(span.text):  # no task has a size
            return self.model_label
        if c.label != self.method_label or c.kb_id:
            return c.label
        if looks_like_model_name(span.text):
            return self.model_label
        # a short name heading a title ("Mine Your Own vieW: ...") or introduced as new
        titled = c.start == 0 and c.end < len(doc) and doc[c.end].text == ":" and len(span) <= 4
        coined = len(span) == 1 and any(ch.isupper() for ch in span.text[1:])
        if titled or (coined and _introduces(text, span.start_char)):
            return self.model_label
        return c.label


def _prefixed_models(ents: list[Span], model_label: str) -> list[Span]:
    """A one-word name the NER took for a dataset, right before a model's name, is the model's
    family or maker, a model too ("SigLite ViT-L/16 achieves")."""
    out = list(ents)
    for k, (e, f) in enumerate(itertools.pairwise(ents)):
        if (
            e.label_ == "DATASET"
            and not e.kb_id_
            and len(e) == 1
            and f.label_ == model_label
            and f.start == e.end
        ):
            out[k] = Span(e.doc, e.start, e.end, label=model_label)
    return out


def _consistent(ents: list[Span], model_label: str, method_label: str) -> list[Span]:
    """A name called a model anywhere in a text is a model everywhere in it."""
    models = {e.text for e in ents if e.label_ == model_label}
    return [
        Span(e.doc, e.start, e.end, label=model_label, kb_id=e.kb_id_)
        if e.label_ == method_label and e.text in models
        else e
        for e in ents
    ]


class AbbreviationDetector:
    """Find ``long form (SHORT)`` definitions; the short form, wherever it recurs in the
    doc, inherits the long form's label and id (and the other way round)."""

    def __init__(self, nlp: Language, name: str = "kg_abbreviations", *, propagate: bool = True):
        self.name = name
        self.propagate = propagate

    def __call__(self, doc: Doc) -> Doc:
        pairs = []
        for a in find_abbreviations(doc.text):
            short = doc.char_span(a.short_start, a.short_end)
            long = doc.char_span(a.long_start, a.long_end, alignment_mode="expand")
            if short is not None and long is not None:
                pairs.append((short, long))
        doc._.abbreviations = [
            (short.start_char, short.end_char, long.start_char, long.end_char) for short, long in pairs
        ]
        if self.propagate and pairs:
            ents = joined(list(doc.ents), [long for _, long in pairs])
            new = self._propagated(doc, pairs, ents)
            doc.ents = filter_spans(ents + new)
        return doc

    def _propagated(self, doc: Doc, pairs: list[tuple[Span, Span]], ents: list[Span]) -> list[Span]:
        """New mentions from abbreviation pairs; relabels ``ents`` in place for consistency."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        mentions = _Mentions(ents)
        occurrences = _Occurrences(doc)
        new = []
        for short, long in pairs:
            long_ent = mentions.overlapping(long.start, long.end)
            short_ent = mentions.exactly(short.start, short.end)
            if long_ent is None and short_ent is not None and not taken & set(range(long.start, long.end)):
                new.append(Span(doc, long.start, long.end, label=short_ent[0], kb_id=short_ent[1]))
                continue
            if long_ent is None:
                continue
            n = len(short)
            for i in occurrences.of(short.text, n):
                if not taken & set(range(i, i + n)):
                    new.append(Span(doc, i, i + n, label=long_ent[0], kb_id=long_ent[1]))
                    taken.update(range(i, i + n))
            # a short form means one thing within a paper: its other mentions take that label
            mentions.relabel(short.text, *long_ent)
        mentions.settle()
        return new


def joined(ents: list[Span], long_forms: list[Span]) -> list[Span]:
    """``ents`` with the mentions that together make up a long form, one after the other,
    joined into one mention of it when one is a lone word ("Fourier" + "Position Embedding"
    defining FoPE; not "long short-term memory" + "recurrent neural network", two names),
    labelled as its last part, the head. Each long form looks only at the mentions from its
    start on (by bisection), so a text defining an abbreviation in every sentence stays linear."""
    ents = sorted(ents)
    starts = [e.start for e in ents]
    parts: set[int] = set()
    whole = []
    for long in long_forms:
        inside, k = [], bisect_left(starts, long.start)
        while k < len(ents) and ents[k].end <= long.end:
            inside.append(k)
            k += 1
        if (
            len(inside) > 1
            and ents[inside[0]].start == long.start
            and ents[inside[-1]].end == long.end
            and all(ents[a].end == ents[b].start for a, b in itertools.pairwise(inside))
            and any(len(ents[n]) == 1 for n in inside)
        ):
            parts.update(inside)
            whole.append(Span(long.doc, long.start, long.end, label=ents[inside[-1]].label_))
    return [e for n, e in enumerate(ents) if n not in parts] + whole


class _Occurrences:
    """Where each text of ``n`` tokens occurs in a doc, indexed once for each ``n`` asked.

    Scanning the doc for each abbreviation was quadratic in long texts, which define one
    every few sentences; and a short form defined again finds its places all taken, so it
    is looked up once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self._index: dict[int, dict[str, list[int]]] = {}
        self._asked: set[tuple[str, int]] = set()

    def of(self, text: str, n: int) -> list[int]:
        """The token offsets, in order, where ``doc[i : i + n].text == text``; none when
        asked again (the caller takes every place it is given)."""
        if (text, n) in self._asked:
            return []
        self._asked.add((text, n))
        if n not in self._index:
            index: dict[str, list[int]] = defaultdict(list)
            doc = self.doc
            for i in range(len(doc) - n + 1):
                last = doc[i + n - 1]
                index[self.text[doc[i].idx : last.idx + len(last)]].append(i)
            self._index[n] = index
        return self._index[n].get(text, [])


class _Mentions:
    """The doc's mentions (sorted and disjoint, as ``doc.ents`` are), found by place or text,
    and relabelled a text at a time, in place.

    After a text's first relabelling all its mentions share one label, so a later one is
    kept as the group's ``(label, id or None)`` and written out by :meth:`settle`: a short
    form defined in every paragraph no longer rewrites all its mentions each time."""

    def __init__(self, ents: list[Span]):
        self.ents = ents
        self.ends = [e.end for e in ents]
        self.at = {(e.start, e.end): j for j, e in enumerate(ents)}
        self.by_text: dict[str, list[int]] = defaultdict(list)
        for j, e in enumerate(ents):
            self.by_text[e.text].append(j)
        self.groups: dict[str, tuple[str, str | None]] = {}

    def _now(self, j: int) -> tuple[str, str]:
        """``(label, kb_id)`` of mention ``j`` as relabelled so far."""
        e = self.ents[j]
        label, kb_id = self.groups.get(e.text, (e.label_, None))
        return label, e.kb_id_ if kb_id is None else kb_id

    def overlapping(self, start: int, end: int) -> tuple[str, str] | None:
        k = bisect_right(self.ends, start)  # the first mention ending after ``start``
        return self._now(k) if k < len(self.ents) and self.ents[k].start < end else None

    def exactly(self, start: int, end: int) -> tuple[str, str] | None:
        j = self.at.get((start, end))
        return None if j is None else self._now(j)

    def relabel(self, text: str, label: str, kb_id: str) -> None:
        """Give the mentions of ``text`` that have another label this one, and this id if
        it has one (else they keep theirs)."""
        group = self.groups.get(text)
        if group is None:
            for j in self.by_text.get(text, ()):
                e = self.ents[j]
                if e.label_ != label:
                    self.ents[j] = Span(e.doc, e.start, e.end, label=label, kb_id=kb_id or e.kb_id_)
            self.groups[text] = (label, None)
        elif group[0] != label:
            self.groups[text] = (label, kb_id or group[1])

    def settle(self) -> None:
        """Write the groups' labels and ids into the mentions."""
        for text in self.groups:
            for j in self.by_text.get(text, ()):
                e, (now_label, now_kb) = self.ents[j], self._now(j)
                if (now_label, now_kb) != (e.label_, e.kb_id_):
                    self.ents[j] = Span(e.doc, e.start, e.end, label=now_label, kb_id=now_kb)


@Language.factory(
    "kg_resolver",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"spans_key": GAZETTEER_KEY, "model_label": "MODEL", "method_label": "METHOD"},
)
def make_entity_resolver(
    nlp: Language, name: str, spans_key: str, model_label: str, method_label: str
) -> EntityResolver:
    return EntityResolver(nlp, name, spans_key=spans_key, model_label=model_label, method_label=method_label)


@Language.factory(
    "kg_abbreviations",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.abbreviations"],
    default_config={"propagate": True},
)
def make_abbreviation_detector(nlp: Language, name: str, propagate: bool) -> AbbreviationDetector:
    return AbbreviationDetector(nlp, name, propagate=propagate)
