"""spaCy components that sit after the statistical `ner`: gazetteer resolution, the MODEL
label, and abbreviation propagation. The algorithms live in `spans.py` and
`abbreviation.py`; these classes only move spaCy objects in and out of them."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .abbreviation import find_abbreviations
from .spans import Candidate, balanced_end, looks_like_model_name, merge_gazetteer, overlaps, trimmed

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
        ner = [Candidate(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
        gaz = [Candidate(s.start, s.end, s.label_, s.id_) for s in doc.spans.get(self.spans_key, [])]
        merged = merge_gazetteer(ner, gaz)
        merged += [c for c in self._introduced(doc) if not any(overlaps(c, m) for m in merged)]
        ents = []
        for c in sorted(merged):
            end = c.start + balanced_end([t.text for t in doc[c.start : c.end]])
            a, b = trimmed([t.text for t in doc[c.start : end]])
            if b > a:
                c = c._replace(start=c.start + a, end=c.start + b)
                ents.append(Span(doc, c.start, c.end, label=self._label(doc, c), kb_id=c.kb_id))
        doc.ents = _consistent(ents, self.model_label, self.method_label)
        return doc

    def _introduced(self, doc: Doc) -> list[Candidate]:
        """Coined one-word names that the text introduces ("we propose Combiner, ...") or that
        head it ("SELFormer: molecular ..."), which a model trained on older papers misses."""
        found = []
        for tok in doc:
            coined = (
                tok.is_alpha and any(ch.isupper() for ch in tok.text) and len(tok) > 2 and not tok.is_stop
            )
            if coined and (
                (tok.i == 0 and len(doc) > 1 and doc[1].text == ":") or _introduces(doc.text, tok.idx)
            ):
                found.append(Candidate(tok.i, tok.i + 1, self.model_label))
        return found

    def _label(self, doc: Doc, c: Candidate) -> str:
        if c.label != self.method_label or c.kb_id:
            return c.label
        span = doc[c.start : c.end]
        if looks_like_model_name(span.text):
            return self.model_label
        # a short name heading a title ("Mine Your Own vieW: ...") or introduced as new
        titled = c.start == 0 and c.end < len(doc) and doc[c.end].text == ":" and len(span) <= 4
        coined = len(span) == 1 and any(ch.isupper() for ch in span.text[1:])
        if titled or (coined and _introduces(doc.text, span.start_char)):
            return self.model_label
        return c.label


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
            ents = list(doc.ents)
            new = self._propagated(doc, pairs, ents)
            doc.ents = filter_spans(ents + new)
        return doc

    def _propagated(self, doc: Doc, pairs: list[tuple[Span, Span]], ents: list[Span]) -> list[Span]:
        """New mentions from abbreviation pairs; relabels ``ents`` in place for consistency."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        new = []
        for short, long in pairs:
            long_ent = next((e for e in ents if e.start < long.end and long.start < e.end), None)
            short_ent = next((e for e in ents if e.start == short.start and e.end == short.end), None)
            if long_ent is None and short_ent is not None and not taken & set(range(long.start, long.end)):
                new.append(Span(doc, long.start, long.end, label=short_ent.label_, kb_id=short_ent.kb_id_))
                continue
            if long_ent is None:
                continue
            n = len(short)
            for i in range(len(doc) - n + 1):
                if doc[i : i + n].text == short.text and not taken & set(range(i, i + n)):
                    new.append(Span(doc, i, i + n, label=long_ent.label_, kb_id=long_ent.kb_id_))
                    taken.update(range(i, i + n))
            # a short form means one thing within a paper: its other mentions take that label
            for j, e in enumerate(ents):
                if e.text == short.text and e.label_ != long_ent.label_:
                    ents[j] = Span(
                        doc, e.start, e.end, label=long_ent.label_, kb_id=long_ent.kb_id_ or e.kb_id_
                    )
        return new


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
