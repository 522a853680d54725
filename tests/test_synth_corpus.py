"""The synthetic corpus generator of pipelines/synth_corpus.py, which the scale benchmarks run on."""

from collections import Counter

import pytest

from kg.records import ExtractedPaper, Mention, Paper
from pipelines import synth_corpus
from pipelines.synth_corpus import Generator

PHRASES = [
    "masked token prediction",
    "graph pooling",
    "spectral regularization",
    "curriculum sampling",
    "latent diffusion",
    "contrastive pretraining",
    "beam search",
    "label smoothing",
]


def sample() -> tuple[list[tuple[str, str]], list[ExtractedPaper]]:
    """Papers of one sentence each, holding one name (a slot by its spelling) and one phrase
    that the pipeline found (a slot because it is in ``extracted``)."""
    pairs, extracted = [], []
    for k, phrase in enumerate(PHRASES):
        abstract = f"We combine {phrase} with BERT-{k} here."
        start = abstract.index(phrase)
        pairs.append((f"Paper {k}", abstract))
        extracted.append(
            ExtractedPaper(
                Paper(str(k), f"Paper {k}", abstract),
                [Mention("abstract", start, start + len(phrase), phrase, "METHOD")],
            )
        )
    return pairs, extracted


def phrase_counts(n_papers: int) -> Counter:
    """Papers per phrase mention text in a corpus of ``n_papers``."""
    pairs, extracted = sample()
    gen = Generator(pairs, n_papers, seed=0, n_topics=2, extracted=extracted)
    counts: Counter = Counter()
    for i in range(n_papers):
        doc = gen.paper(i)
        fields = {"title": doc.paper.title, "abstract": doc.paper.abstract}
        for m in doc.mentions:
            assert fields[m.field][m.start : m.end] == m.text
        counts.update({m.text for m in doc.mentions if m.label == "METHOD" and not m.text.startswith("BERT")})
    return counts


def test_phrases_are_slots_refilled_from_a_growing_vocabulary():
    small, large = phrase_counts(100), phrase_counts(1000)
    assert set(PHRASES) <= set(large)
    assert any(p.split()[0] in synth_corpus.MODIFIERS for p in large)  # new phrases made of the sample's
    # Heaps: ten times the papers, more than twice the phrases; without phrase slots each of
    # the 8 phrases came back verbatim in a fixed share of the papers, and no other did
    assert len(large) > 2 * len(small) > 16


def test_without_extracted_mentions_only_names_are_slots():
    pairs, _ = sample()
    doc = Generator(pairs, 10, seed=0, n_topics=2).paper(0)
    assert any(phrase in doc.paper.abstract for phrase in PHRASES)  # kept verbatim
    assert doc.mentions and all(m.text not in PHRASES for m in doc.mentions)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("One. Two here.", [(0, 4), (5, 14)]),
        ("no split e.g. here", [(0, 18)]),
    ],
)
def test_sentence_spans(text, expected):
    assert synth_corpus.sentence_spans(text) == expected
