"""Convert SciREX full documents into spaCy training data, split by a fixed hash order,
with the in-domain annotation of the sample corpus beside them.

Each document becomes short ``Doc`` objects whose text reads like what ``kg extract``
sees: the words are detokenized with the rules of ``scirex_to_gold.py`` and re-tokenized
with ``spacy.blank("en")``, so the model is trained on the product's own tokenization.
The title and the abstract are separate docs, exactly as the product runs them; the
rest of the paper is cut into runs of whole sentences within each section.

With ``--indomain-papers`` and ``--indomain-gold`` (``pipelines/annotation``), the titles and
abstracts of the in-domain ``train`` papers join the training data; early stopping stays on
SciREX's dev titles and abstracts, and the in-domain ``dev`` and ``test`` papers are never
read here, so that they measure the model.

usage: python scripts/convert.py SCIREX.jsonl GOLD.jsonl EVAL_DIR OUT_DIR SPLIT_JSON
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
import typer
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from kg.io import write_text

# SciREX's Material annotations are datasets in the product's label set.
LABELS = {"Method": "METHOD", "Material": "DATASET", "Metric": "METRIC", "Task": "TASK"}


def split_ids(doc_ids: Iterable[str], n_test: int, n_dev: int) -> dict[str, list[str]]:
    """Order ids by the SHA-1 of the id and cut test, dev and train off in that order.

    The order depends on nothing but the ids, so the split never moves.

    >>> split_ids(["a", "b", "c", "d"], 1, 1)
    {'train': ['a', 'b'], 'dev': ['c'], 'test': ['d']}
    """
    order = sorted(doc_ids, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    return {"train": order[n_test + n_dev :], "dev": order[n_test : n_test + n_dev], "test": order[:n_test]}


def load_detokenizer(eval_dir: Path) -> Callable[[list[str]], tuple[str, list[tuple[int, int]]]]:
    """``detokenize`` from the scorer's own ``scirex_to_gold.py``, so the training text and
    the gold text are joined by one and the same rules."""
    spec = importlib.util.spec_from_file_location("scirex_to_gold", eval_dir / "scirex_to_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.detokenize


def chunks(doc: dict, max_words: int) -> Iterator[tuple[int, int, bool]]:
    """Word ranges ``(start, end, is_abstract)`` that cover the document.

    The first section ("document : <title> <abstract>") gives the title and the abstract
    as two ranges, with the bounds ``scirex_to_gold.py`` uses; every other section is cut
    into runs of whole sentences of at most ``max_words`` words (a longer sentence alone).

    >>> d = {"words": "document : T . A b . c".split(), "sections": [[0, 6], [6, 7]],
    ...      "sentences": [[0, 4], [4, 6], [6, 7]]}
    >>> list(chunks(d, 10))
    [(2, 4, True), (4, 6, True), (6, 7, False)]
    """
    words, sents = doc["words"], doc["sentences"]
    sec_end = doc["sections"][0][1]
    title_start = 2 if words[:2] == ["document", ":"] else 0
    title_end = sents[0][1]
    yield from ((a, b, True) for a, b in ((title_start, title_end), (title_end, sec_end)) if b > a)
    for sec_start, sec_stop in doc["sections"][1:]:
        start = end = sec_start
        for s, e in sents:
            if s < sec_start or e > sec_stop:
                continue
            if end > start and e - start > max_words:
                yield start, end, False
                start = s
            end = e
        if end > start:
            yield start, end, False


def make_doc(nlp: Language, words: list[str], ner: list[list], start: int, end: int, detokenize) -> Doc:
    """The words ``[start, end)`` as a Doc with their mentions as entities.

    Word spans are mapped to characters and expanded to the blank tokenizer's tokens;
    mentions that then overlap keep the longest (``filter_spans``).
    """
    text, offsets = detokenize(words[start:end])
    doc = nlp.make_doc(text)
    spans = []
    for s, e, label in ner:
        if start <= s < e <= end:
            span = doc.char_span(
                offsets[s - start][0], offsets[e - 1 - start][1], label=LABELS[label], alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def convert_doc(
    nlp: Language, doc: dict, detokenize, max_words: int, abstract_only: bool
) -> Iterator[tuple[Doc, bool]]:
    """Training docs of one SciREX document, each with whether it is title/abstract text."""
    for start, end, is_abstract in chunks(doc, max_words):
        if is_abstract or not abstract_only:
            yield make_doc(nlp, doc["words"], doc["ner"], start, end, detokenize), is_abstract


def indomain_docs(nlp: Language, papers: Path, gold: Path, split: str) -> Iterator[Doc]:
    """The titles and abstracts of the annotated in-domain papers of ``split``, with their
    gold mentions as entities (MODEL as METHOD: the ner's label; the rules tell models)."""
    chosen = {}
    for line in papers.open(encoding="utf-8"):
        p = json.loads(line)
        if p.get("entities") and p["split"] == split:
            chosen[p["id"]] = p
    for line in gold.open(encoding="utf-8"):
        g = json.loads(line)
        if g["id"] not in chosen:
            continue
        for field in ("title", "abstract"):
            doc = nlp.make_doc(chosen[g["id"]][field])
            spans = []
            for m in g["mentions"]:
                if m["field"] == field:
                    label = "METHOD" if m["label"] == "MODEL" else m["label"]
                    span = doc.char_span(m["start"], m["end"], label=label, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.ents = filter_spans(spans)
            yield doc


def main(
    scirex: Path,
    gold: Path,
    eval_dir: Path,
    out_dir: Path,
    split_path: Path,
    n_test: int = typer.Option(45, help="Documents held out for the final figures"),
    n_dev: int = typer.Option(20, help="Documents for early stopping and tuning"),
    max_words: int = typer.Option(120, help="Longest run of sentences in one training doc"),
    abstract_weight: int = typer.Option(3, help="Copies of each train title/abstract doc"),
    indomain_papers: Path = typer.Option(None, help="pipelines/annotation/papers.jsonl"),
    indomain_gold: Path = typer.Option(None, help="pipelines/annotation/gold/entities.jsonl"),
    indomain_weight: int = typer.Option(3, help="Copies of each in-domain train doc"),
) -> None:
    """Write the split, train.spacy (full train papers), dev.spacy (dev titles and
    abstracts) and the dev and test gold."""
    docs = [json.loads(line) for line in scirex.open(encoding="utf-8") if line.strip()]
    split = split_ids([d["doc_id"] for d in docs], n_test, n_dev)
    write_text(split_path, json.dumps(split, indent=1) + "\n")
    part = {i: name for name, ids in split.items() for i in ids}
    detokenize = load_detokenizer(eval_dir)
    nlp = spacy.blank("en")
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    for d in docs:
        if part[d["doc_id"]] == "train":
            for doc, is_abstract in convert_doc(nlp, d, detokenize, max_words, False):
                for _ in range(abstract_weight if is_abstract else 1):
                    train.add(doc)
        elif part[d["doc_id"]] == "dev":
            for doc, _ in convert_doc(nlp, d, detokenize, max_words, True):
                dev.add(doc)
    n_indomain = 0
    if indomain_papers and indomain_gold:
        for doc in indomain_docs(nlp, indomain_papers, indomain_gold, "train"):
            n_indomain += 1
            for _ in range(indomain_weight):
                train.add(doc)
    out_dir.mkdir(parents=True, exist_ok=True)
    train.to_disk(out_dir / "train.spacy")
    dev.to_disk(out_dir / "dev.spacy")
    gold_lines = {json.loads(line)["id"]: line for line in gold.open(encoding="utf-8") if line.strip()}
    for name in ("dev", "test"):
        write_text(out_dir / f"{name}.gold.jsonl", "".join(gold_lines[i] for i in split[name]))
    typer.echo(
        f"train: {len(split['train'])} papers, {len(train)} docs; dev: {len(split['dev'])} "
        f"papers, {len(dev)} docs; test: {len(split['test'])} papers; in-domain train titles "
        f"and abstracts: {n_indomain}, each {indomain_weight} times"
    )


if __name__ == "__main__":
    typer.run(main)
