"""Write a synthetic corpus of any size, shaped like the sample corpus, for scale benchmarks.

Abstracts are recombined sentences of ``data/sample/`` (read by `kg.ingest`); every name-like span in them (a
token with two capitals or a capital and a digit, such as ``BERT``, ``CIFAR-10``,
``SirenNets``, or a common lowercase term such as ``accuracy``) is a mention slot that is
refilled with an entity drawn from a Zipf–Mandelbrot distribution over a vocabulary that
grows with the corpus (Heaps' law). Vocabulary entries beyond the sample's own names are
renamed copies (``BERT-3``). Each paper has a topic whose entities it prefers, topics rise
and fall over the years, and papers repeat some of their entities, so the co-occurrence
graph has communities and trends. Labels come from a rough rule (see :func:`guess_label`):
the benchmark needs a realistic shape, not correct labels.

Writes ``FILE`` (papers: id, title, abstract, year) and ``FILE.mentions.jsonl`` (the
``kg extract`` output, one `ExtractedPaper.to_json()` line per paper).

    python -m pipelines.synth_corpus --papers 10000 -o /tmp/synth10k.jsonl
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import numpy as np

from kg.ingest import merge_duplicates, read_papers
from kg.io import write_jsonl
from kg.link import slug
from kg.models import ExtractedPaper, Mention, Paper

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

# Frequent lowercase names in ML abstracts, which the capitals rule below cannot see.
LEXICON = {
    "METRIC": ["accuracy", "precision", "recall", "F1 score", "perplexity", "mean average precision"],
    "TASK": ["image classification", "object detection", "semantic segmentation", "question answering",
             "machine translation", "language modeling", "speech recognition", "summarization",
             "classification", "segmentation", "retrieval", "reasoning"],
    "METHOD": ["reinforcement learning", "contrastive learning", "self-supervised learning",
               "knowledge distillation", "data augmentation", "diffusion models", "transformers",
               "graph neural networks", "fine-tuning", "attention", "gradient descent"],
}
_LEXICON_RE = "|".join(sorted((re.escape(t) for ts in LEXICON.values() for t in ts), key=len, reverse=True))
# a name: one token with two capitals ("BERT", "SirenNets") or a capital and a digit ("GPT-4")
_NAME = re.compile(
    rf"\b(?:(?=[\w-]*[A-Z][\w-]*[A-Z0-9])[A-Za-z][\w]*(?:-[\w]+)*|{_LEXICON_RE})\b")
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


class Generator:
    """Draws papers whose mention slots are refilled from a topical Zipf vocabulary."""

    def __init__(self, pairs: list[tuple[str, str]], n_papers: int, seed: int, n_topics: int = 50):
        self.rng = np.random.default_rng(seed)
        self.titles = [(t, slots(t)) for t, _ in pairs]
        sentences = [s for _, a in pairs for s in _SENTENCE_END.split(a)]
        self.sentences = [(s, slots(s)) for s in sentences]
        counts = Counter(name for _, ss in self.sentences + self.titles for *_, name in ss)
        self.bases = sorted(counts, key=lambda n: (-counts[n], n))  # frequent names get low ranks
        self.labels = {b: guess_label(b) for b in self.bases}
        # Heaps' law: the vocabulary grows sublinearly with the corpus
        self.size = max(len(self.bases), int(len(self.bases) * (n_papers / len(pairs)) ** 0.7))
        self.n_topics = n_topics
        self.global_cdf = zipf_cdf(self.size)
        self.topic_cdf = zipf_cdf(self.size // n_topics)
        self.drift = self.rng.normal(0.0, 0.3, n_topics)  # per-topic popularity trend per year

    def draw_entity(self, topic: int, chosen: list[int]) -> int:
        u = self.rng.random()
        if chosen and u < 0.3:  # abstracts repeat their main names
            return chosen[self.rng.integers(len(chosen))]
        if u < 0.65:
            j = int(np.searchsorted(self.topic_cdf, self.rng.random()))
            return j * self.n_topics + topic
        return int(np.searchsorted(self.global_cdf, self.rng.random()))

    def fill(self, text: str, spans, field: str, topic: int, chosen: list[int]):
        out, mentions, pos = [], [], 0
        length = 0
        for start, end, _ in spans:
            rank = self.draw_entity(topic, chosen)
            chosen.append(rank)
            name = vocabulary_name(rank, self.bases)
            out.append(text[pos:start])
            length += start - pos
            mentions.append(Mention(field, length, length + len(name), name,
                                    self.labels[self.bases[rank % len(self.bases)]], slug(name), 1.0))
            out.append(name)
            length += len(name)
            pos = end
        out.append(text[pos:])
        return "".join(out), mentions

    def paper(self, i: int) -> ExtractedPaper:
        year = int(2015 + self.rng.choice(10, p=_year_weights()))
        weights = np.exp(self.drift * (year - 2020))
        topic = int(self.rng.choice(self.n_topics, p=weights / weights.sum()))
        chosen: list[int] = []
        title, tspans = self.titles[self.rng.integers(len(self.titles))]
        title, mentions = self.fill(title, tspans, "title", topic, chosen)
        parts, target = [], 4 + self.rng.poisson(5)
        while len(mentions) < target and len(parts) < 15:
            sentence, sspans = self.sentences[self.rng.integers(len(self.sentences))]
            offset = sum(len(p) + 1 for p in parts)
            text, ms = self.fill(sentence, sspans, "abstract", topic, chosen)
            for m in ms:
                m.start, m.end = m.start + offset, m.end + offset
            parts.append(text)
            mentions.extend(ms)
        # a numbered title: recombined sample titles repeat, and ingest merges same-title papers
        title = f"{title} ({i})"
        paper = Paper(id=f"synth:{i:07d}", title=title, abstract=" ".join(parts), year=year,
                      source="synthetic")
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
    gen = Generator(read_sample(), args.papers, args.seed)
    docs = [gen.paper(i) for i in range(args.papers)]
    write_jsonl(args.output, ({"id": d.paper.id, "title": d.paper.title, "abstract": d.paper.abstract,
                               "year": d.paper.year} for d in docs))
    mentions_path = args.output.with_suffix(".mentions.jsonl")
    write_jsonl(mentions_path, (d.to_json() for d in docs))
    n_mentions = sum(len(d.mentions) for d in docs)
    print(f"{args.papers} papers, {n_mentions} mentions, vocabulary {gen.size}: {args.output}, {mentions_path}")


if __name__ == "__main__":
    main()
