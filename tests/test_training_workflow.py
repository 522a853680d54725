"""The NER workflow of pipelines/ner end to end on three tiny SciREX-style papers."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parent.parent
PIPELINE = ROOT / "pipelines" / "ner"
EVAL_DIR = ROOT.parent / "shared" / "eval"  # the scorer's scirex_to_gold.py: one detokenizer

MENTIONS = {
    ("ResNet",): "Method",
    ("ImageNet",): "Material",
    ("image", "classification"): "Task",
    ("top", "-", "1", "accuracy"): "Metric",
}
ABSTRACT = "We train ResNet on ImageNet for image classification and report top - 1 accuracy ."


def scirex_doc(doc_id: str) -> dict:
    """A SciREX record: title + abstract section, one body section, mentions as word spans."""
    title = ["document", ":", "ResNet", "for", "image", "classification"]
    body = ["section", ":", "Method", *ABSTRACT.split()]
    words = title + ABSTRACT.split() + body
    ner = [
        [i, i + len(p), label]
        for i in range(len(words))
        for p, label in MENTIONS.items()
        if tuple(words[i : i + len(p)]) == p
    ]
    first = len(title) + len(ABSTRACT.split())
    return {
        "doc_id": doc_id,
        "words": words,
        "ner": ner,
        "sections": [[0, first], [first, len(words)]],
        "sentences": [[0, len(title)], [len(title), first], [first, len(words)]],
    }


def gold_line(doc_id: str) -> dict:
    return {"id": doc_id, "title": "ResNet for image classification", "abstract": "", "mentions": []}


def run(*args: str, cwd: Path) -> None:
    subprocess.run([sys.executable, *args], cwd=cwd, check=True, capture_output=True, text=True)


@pytest.mark.slow
@pytest.mark.skipif(not EVAL_DIR.exists(), reason="needs ../shared/eval (the scorer's detokenizer)")
def test_convert_then_train_a_few_steps(tmp_path):
    ids = ["paper-a", "paper-b", "paper-c"]
    scirex, gold = tmp_path / "scirex.jsonl", tmp_path / "gold.jsonl"
    scirex.write_text("".join(json.dumps(scirex_doc(i)) + "\n" for i in ids))
    gold.write_text("".join(json.dumps(gold_line(i)) + "\n" for i in ids))
    corpus, split_path = tmp_path / "corpus", tmp_path / "split.json"

    run(
        str(PIPELINE / "scripts" / "convert.py"),
        str(scirex),
        str(gold),
        str(EVAL_DIR),
        str(corpus),
        str(split_path),
        "--n-test",
        "1",
        "--n-dev",
        "1",
        "--abstract-weight",
        "5",
        cwd=tmp_path,
    )

    split = json.loads(split_path.read_text())
    assert sorted(split["train"] + split["dev"] + split["test"]) == ids
    assert [len(split[k]) for k in ("train", "dev", "test")] == [1, 1, 1]
    assert [json.loads(x)["id"] for x in (corpus / "test.gold.jsonl").read_text().splitlines()] == split[
        "test"
    ]
    nlp = spacy.blank("en")
    dev = list(DocBin().from_disk(corpus / "dev.spacy").get_docs(nlp.vocab))
    # dev holds the title and the abstract as two docs, re-tokenized by the blank tokenizer
    assert [d.text for d in dev] == [
        "ResNet for image classification",
        "We train ResNet on ImageNet for image classification and report top-1 accuracy.",
    ]
    assert [(e.text, e.label_) for e in dev[1].ents] == [
        ("ResNet", "METHOD"),
        ("ImageNet", "DATASET"),
        ("image classification", "TASK"),
        ("top-1 accuracy", "METRIC"),
    ]
    train = list(DocBin().from_disk(corpus / "train.spacy").get_docs(nlp.vocab))
    assert len(train) == 2 * 5 + 1  # title and abstract five times over, the body once

    run(
        "-m",
        "spacy",
        "train",
        str(PIPELINE / "configs" / "ner.cfg"),
        "--output",
        str(tmp_path / "out"),
        "--paths.train",
        str(corpus / "train.spacy"),
        "--paths.dev",
        str(corpus / "dev.spacy"),
        "--training.max_steps",
        "60",
        "--training.eval_frequency",
        "20",
        cwd=tmp_path,
    )

    trained = spacy.load(tmp_path / "out" / "model-last")
    assert trained.pipe_names == ["tok2vec", "ner"]
    doc = trained("We train ResNet on ImageNet for image classification.")
    assert {e.label_ for e in doc.ents} & {"METHOD", "DATASET", "TASK"}
