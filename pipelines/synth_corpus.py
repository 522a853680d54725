"""Write a synthetic corpus of any size, shaped like the sample corpus, for scale benchmarks.

Abstracts are recombined sentences of ``data/sample/`` (read by `kg.ingest`). Two kinds of
span in them are mention slots, refilled with entries drawn from a Zipf–Mandelbrot
distribution over a vocabulary that grows with the corpus (Heaps' law):

- names: a token with two capitals or a capital and a digit (``BERT``, ``CIFAR-10``,
  ``SirenNets``) or a common lowercase term such as ``accuracy``; entries beyond the
  sample's own names are renamed copies (``BERT-3``), labelled by a rough rule (see
  :func:`guess_label`);
- phrases: the other spans that the shipped pipeline extracts from the sample ("downstream
  tasks", "regularization term"), with the pipeline's label; entries beyond the sample's own
  are the phrase with modifiers (``sparse regularization term``, see :func:`phrase_variant`).

Without the phrases, every phrase of a sample sentence came back, verbatim, in about N/500
of N papers. That is a block of thousands of entities with the same document frequency
proportional to N, which no real corpus has. At 100k papers it made 93% of the paper–paper
product.

Each paper has a topic whose entries it prefers, topics rise and fall over the years, and
papers repeat some of their entries, so the co-occurrence graph has communities and trends.
The benchmark needs a realistic shape, not correct labels.

Writes ``FILE`` (papers: id, title, abstract, year) and ``FILE.mentions.jsonl`` (the
``kg extract`` output, one `ExtractedPaper.to_json()` line per paper).

    python -m pipelines.synth_corpus --papers 10000 -o /tmp/synth10k.jsonl
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from kg.extract import extract_papers
from kg.ingest import merge_duplicates, read_papers
from kg.io import write_jsonl
from kg.link import slug
from kg.records import ExtractedPaper, Mention, Paper

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

# Frequent lowercase names in ML abstracts, which the capitals rule below cannot see.
LEXICON = {
    "METRIC": ["accuracy", "precision", "recall", "F1 score", "perplexity", "mean average precision"],
    "TASK": [
        "image classification",
        "object detection",
        "semantic segmentation",
        "question answering",
        "machine translation",
        "language modeling",
        "speech recognition",
        "summarization",
        "classification",
        "segmentation",
        "retrieval",
        "reasoning",
    ],
    "METHOD": [
        "reinforcement learning",
        "contrastive learning",
        "self-supervised learning",
        "knowledge distillation",
        "data augmentation",
        "diffusion models",
        "transformers",
        "graph neural networks",
        "fine-tuning",
        "attention",
        "gradient descent",
    ],
}
_LEXICON_RE = "|".join(sorted((re.escape(t) for ts in LEXICON.values() for t in ts), key=len, reverse=True))
# a name: one token with two capitals ("BERT", "SirenNets") or a capital and a digit ("GPT-4")
_NAME = re.compile(rf"\b(?:(?=[\w-]*[A-Z][\w-]*[A-Z0-9])[A-Za-z][\w]*(?:-[\w]+)*|{_LEXICON_RE})\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_DATASET_HINT = re.compile(r"Bench|QA$|GLUE|COCO|MNIST|ImageNet")
_MODEL_HINT = re.compile(r"GPT|BERT|LLaMA|Llama|ViT|ResNet|CLIP|Net\b|Nets\b|Former|LLM")
_CODE_NUMBER = re.compile(r"[A-Z]+-?\d+")  # "CIFAR-10", "MS1M"


def read_sample(directory: Path = SAMPLE) -> list[tuple[str, str]]:
    """(title, abstract) of each paper of the sample corpus, duplicates merged.

    >>> pairs = read_sample()
    >>> len(pairs) > 500, all(t and a for t, a in pairs)
    (True, True)
    """
    papers, _ = merge_duplicates(list(read_papers([directory])))
    return [(p.title, p.abstract) for p in papers]


def guess_label(name: str) -> str:
    """A plausible label for a name-like span.

    >>> [guess_label(n) for n in ["GPT-4", "CIFAR-10", "accuracy", "DFS", "retrieval"]]
    ['MODEL', 'DATASET', 'METRIC', 'METHOD', 'TASK']
    """
    for label, terms in LEXICON.items():
        if name in terms:
            return label
    if _DATASET_HINT.search(name):
        return "DATASET"
    if _MODEL_HINT.search(name):
        return "MODEL"
    return "DATASET" if _CODE_NUMBER.fullmatch(name) else "METHOD"


def slots(text: str) -> list[tuple[int, int, str]]:
    """Mention slots of a sentence: (start, end, name).

    >>> slots("We fine-tune BERT on CIFAR-10 and report accuracy.")
    [(13, 17, 'BERT'), (21, 29, 'CIFAR-10'), (41, 49, 'accuracy')]
    """
    return [(m.start(), m.end(), m.group()) for m in _NAME.finditer(text)]


def zipf_cdf(n: int, s: float = 1.05, q: float = 5.0) -> np.ndarray:
    """Cumulative Zipf–Mandelbrot probabilities of ranks ``0..n-1``: p(r) ∝ (r + q)^-s.

    >>> c = zipf_cdf(4, s=1.0, q=0.0 + 1.0)
    >>> [round(float(x), 2) for x in c]
    [0.48, 0.72, 0.88, 1.0]
    """
    p = (np.arange(n) + q) ** -s
    return np.cumsum(p / p.sum())


def vocabulary_name(rank: int, bases: list[str]) -> str:
    """The name of vocabulary rank ``rank``: the sample's names first, then numbered copies.

    >>> vocabulary_name(1, ["accuracy", "BERT"]), vocabulary_name(3, ["accuracy", "BERT"])
    ('BERT', 'BERT-1')
    """
    base, copy = bases[rank % len(bases)], rank // len(bases)
    return f"{base}-{copy}" if copy else base


# Modifiers that make new phrases of a sample phrase: the phrase vocabulary grows as the names
# do, in copies that read like phrases of the field ("sparse contrastive regularization term").
MODIFIERS = [
    "adaptive",
    "sparse",
    "robust",
    "hierarchical",
    "efficient",
    "multi-scale",
    "contrastive",
    "recurrent",
    "latent",
    "structured",
    "probabilistic",
    "dynamic",
    "local",
    "global",
    "conditional",
    "implicit",
    "explicit",
    "modular",
    "shared",
    "joint",
    "unified",
    "lightweight",
    "scalable",
    "differentiable",
    "discrete",
    "continuous",
    "causal",
    "temporal",
    "spatial",
    "semantic",
    "cross-modal",
    "self-supervised",
    "weakly supervised",
    "few-shot",
    "zero-shot",
    "online",
    "federated",
    "distributed",
    "quantized",
    "pruned",
]


def phrase_variant(rank: int, bases: list[str]) -> str:
    """The phrase of vocabulary rank ``rank``: the sample's phrases first, then each with one
    modifier, then with two.

    >>> bases = ["encoder", "neural networks"]
    >>> [phrase_variant(r, bases) for r in (1, 2, 3, 2 * (1 + len(MODIFIERS)))]
    ['neural networks', 'adaptive encoder', 'adaptive neural networks', 'adaptive adaptive encoder']
    """
    base, copy = bases[rank % len(bases)], rank // len(bases)
    if copy == 0:
        return base
    copy -= 1
    words = [MODIFIERS[copy % len(MODIFIERS)]]
    if copy >= len(MODIFIERS):
        words.insert(0, MODIFIERS[(copy // len(MODIFIERS) - 1) % len(MODIFIERS)])
    return " ".join([*words, base])


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, as :data:`_SENTENCE_END` splits it.

    >>> sentence_spans("One. Two here.")
    [(0, 4), (5, 14)]
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    return [*spans, (start, len(text))]


def phrase_slots(
    text: str, mentions: list[tuple[int, int, str]], names: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The ``(start, end, label)`` mentions of ``text`` that are phrases: holding no name, and
    overlapping no name slot.

    >>> t = "We train BERT with a regularization term."
    >>> phrase_slots(t, [(9, 13, "MODEL"), (21, 40, "METHOD")], slots(t))
    [(21, 40, 'METHOD')]
    """
    taken = [(a, b) for a, b, _ in names]
    return [
        (a, b, label)
        for a, b, label in mentions
        if not _NAME.search(text[a:b]) and all(b <= x or a >= y for x, y in taken)
    ]


class Vocabulary:
    """Entries drawn by Zipf–Mandelbrot ranks, globally or within a topic, over a vocabulary
    of ``size`` entries named by ``variant(rank, bases)``."""

    def __init__(self, bases: list[str], labels: dict[str, str], size: int, n_topics: int, variant):
        self.bases, self.labels, self.size, self.variant = bases, labels, size, variant
        self.n_topics = n_topics
        self.global_cdf = zipf_cdf(size)
        self.topic_cdf = zipf_cdf(max(1, size // n_topics))

    def draw(self, rng: np.random.Generator, topic: int, chosen: list[int]) -> int:
        u = rng.random()
        if chosen and u < 0.3:  # abstracts repeat their main names
            return chosen[rng.integers(len(chosen))]
        if u < 0.65:
            j = int(np.searchsorted(self.topic_cdf, rng.random()))
            return j * self.n_topics + topic
        return int(np.searchsorted(self.global_cdf, rng.random()))

    def name(self, rank: int) -> str:
        return self.variant(rank, self.bases)

    def label(self, rank: int) -> str:
        return self.labels[self.bases[rank % len(self.bases)]]


def heaps_size(n_sample: int, n_papers: int, n_bases: int) -> int:
    """Vocabulary size for ``n_papers`` papers when ``n_sample`` papers hold ``n_bases``
    entries: Heaps' law, growing as the corpus to the power 0.7.

    >>> heaps_size(600, 600, 100), heaps_size(600, 6000, 100)
    (100, 501)
    """
    return max(n_bases, int(n_bases * (n_papers / n_sample) ** 0.7))


class Generator:
    """Draws papers whose mention slots are refilled from a topical Zipf vocabulary."""

    def __init__(
        self,
        pairs: list[tuple[str, str]],
        n_papers: int,
        seed: int,
        n_topics: int = 50,
        extracted: list[ExtractedPaper] | None = None,
    ):
        """``extracted``: the pipeline's mentions of each of ``pairs`` (title and abstract),
        whose phrases become slots; without them only names are."""
        self.rng = np.random.default_rng(seed)
        self.titles, self.sentences = [], []
        labelled = {"title": [], "sentence": []}  # (phrase, label) of each phrase slot

        def slotted(text: str, mentions: list[tuple[int, int, str]], part: str) -> tuple[str, list]:
            """``text`` with its slots ``(start, end, kind)``, kind "name" or "phrase"."""
            names = slots(text)
            phrases = phrase_slots(text, mentions, names)
            labelled[part] += [(text[a:b], label) for a, b, label in phrases]
            return text, sorted(
                [(a, b, "name") for a, b, _ in names] + [(a, b, "phrase") for a, b, _ in phrases]
            )

        for k, (title, abstract) in enumerate(pairs):
            found = {"title": [], "abstract": []}
            for m in extracted[k].mentions if extracted else []:
                found[m.field].append((m.start, m.end, m.label))
            self.titles.append(slotted(title, found["title"], "title"))
            for a, b in sentence_spans(abstract):
                inside = [(s - a, e - a, label) for s, e, label in found["abstract"] if a <= s and e <= b]
                self.sentences.append(slotted(abstract[a:b], inside, "sentence"))
        phrase_labels: dict[str, Counter] = defaultdict(Counter)
        for phrase, label in labelled["sentence"] + labelled["title"]:
            phrase_labels[phrase][label] += 1
        names = Counter(
            text[a:b] for text, ss in self.sentences + self.titles for a, b, kind in ss if kind == "name"
        )
        ranked = sorted(names, key=lambda n: (-names[n], n))  # frequent names get low ranks
        self.vocabularies = {
            "name": Vocabulary(
                ranked,
                {b: guess_label(b) for b in ranked},
                heaps_size(len(pairs), n_papers, len(ranked)),
                n_topics,
                vocabulary_name,
            )
        }
        if phrase_labels:
            ranked = sorted(phrase_labels, key=lambda p: (-phrase_labels[p].total(), p))
            labels = {p: phrase_labels[p].most_common(1)[0][0] for p in ranked}
            self.vocabularies["phrase"] = Vocabulary(
                ranked, labels, heaps_size(len(pairs), n_papers, len(ranked)), n_topics, phrase_variant
            )
        self.size = sum(v.size for v in self.vocabularies.values())
        self.n_topics = n_topics
        self.drift = self.rng.normal(0.0, 0.3, n_topics)  # per-topic popularity trend per year

    def fill(self, text: str, spans, field: str, topic: int, chosen: dict[str, list[int]]):
        out, mentions, pos = [], [], 0
        length = 0
        for start, end, kind in spans:
            vocabulary = self.vocabularies[kind]
            rank = vocabulary.draw(self.rng, topic, chosen[kind])
            chosen[kind].append(rank)
            name = vocabulary.name(rank)
            out.append(text[pos:start])
            length += start - pos
            mentions.append(
                Mention(field, length, length + len(name), name, vocabulary.label(rank), slug(name), 1.0)
            )
            out.append(name)
            length += len(name)
            pos = end
        out.append(text[pos:])
        return "".join(out), mentions

    def paper(self, i: int) -> ExtractedPaper:
        year = int(2015 + self.rng.choice(10, p=_year_weights()))
        weights = np.exp(self.drift * (year - 2020))
        topic = int(self.rng.choice(self.n_topics, p=weights / weights.sum()))
        chosen: dict[str, list[int]] = {"name": [], "phrase": []}
        title, tspans = self.titles[self.rng.integers(len(self.titles))]
        title, mentions = self.fill(title, tspans, "title", topic, chosen)
        # as many sentences as it takes to hold a number of names: abstracts as long as the sample's
        parts, target = [], 4 + self.rng.poisson(5)
        while len(chosen["name"]) < target and len(parts) < 15:
            sentence, sspans = self.sentences[self.rng.integers(len(self.sentences))]
            offset = sum(len(p) + 1 for p in parts)
            text, ms = self.fill(sentence, sspans, "abstract", topic, chosen)
            for m in ms:
                m.start, m.end = m.start + offset, m.end + offset
            parts.append(text)
            mentions.extend(ms)
        # a numbered title: recombined sample titles repeat, and ingest merges same-title papers
        title = f"{title} ({i})"
        paper = Paper(
            id=f"synth:{i:07d}", title=title, abstract=" ".join(parts), year=year, source="synthetic"
        )
        return ExtractedPaper(paper, mentions)


def _year_weights() -> np.ndarray:
    # publications grow about 30 % a year
    w = 1.3 ** np.arange(10)
    return w / w.sum()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sample = read_sample()
    # the pipeline's own spans of the sample: the phrases that extraction will find again
    extracted = list(extract_papers(Paper(str(k), t, a) for k, (t, a) in enumerate(sample)))
    gen = Generator(sample, args.papers, args.seed, extracted=extracted)
    docs = [gen.paper(i) for i in range(args.papers)]
    write_jsonl(
        args.output,
        (
            {"id": d.paper.id, "title": d.paper.title, "abstract": d.paper.abstract, "year": d.paper.year}
            for d in docs
        ),
    )
    mentions_path = args.output.with_suffix(".mentions.jsonl")
    write_jsonl(mentions_path, (d.to_json() for d in docs))
    n_mentions = sum(len(d.mentions) for d in docs)
    print(
        f"{args.papers} papers, {n_mentions} mentions, vocabulary {gen.size}: {args.output}, {mentions_path}"
    )


if __name__ == "__main__":
    main()
