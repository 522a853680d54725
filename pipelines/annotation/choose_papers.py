"""Choose the sample-corpus papers to annotate, and their splits, before anyone looks at them.

Reads the bundled sample (``data/sample``) the way ``kg build`` does, leaves out every paper
reserved for evaluation (``../shared/data/reserved_eval_ids.tsv``, matched on id and on the
normalised title), orders the rest by a hash of their id (a fixed, content-free shuffle) and
writes ``papers.jsonl``: id, title, abstract and

- ``entities``: one of the first ``--entities`` papers in hash order, annotated for entity
  mentions, roles and cross-paper identity (``GUIDELINES.md``);
- ``results``: every paper whose abstract holds a digit, annotated for reported results
  (``RESULTS_GUIDELINES.md``);
- with ``--more-train N``, also the next ``N`` papers of the ``train`` split after those, in
  the same order (batch 3: more data to train on, no new dev or test papers);
- ``split``: ``train``, ``dev`` or ``test``, from a second hash of the id (50/20/30 percent). Rules and
  models may be developed on ``train`` and ``dev``; figures are reported on ``test``.

usage: python pipelines/annotation/choose_papers.py [--entities 200] [--more-train 0]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from kg.ingest import merge_duplicates, read_papers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESERVED = ROOT.parent / "shared" / "data" / "reserved_eval_ids.tsv"


def title_key(title: str) -> str:
    """
    >>> title_key("  Attention Is  All you Need. ")
    'attention is all you need'
    """
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def rank(paper_id: str, purpose: str) -> float:
    """A number in [0, 1) fixed by the id and the purpose alone."""
    digest = hashlib.sha256(f"{purpose}:{paper_id}".encode()).hexdigest()
    return int(digest[:12], 16) / 16**12


def split_of(r: float) -> str:
    """
    >>> [split_of(r) for r in (0.1, 0.6, 0.9)]
    ['train', 'dev', 'test']
    """
    return "train" if r < 0.5 else "dev" if r < 0.7 else "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--more-train", type=int, default=0)
    args = parser.parse_args()
    rows = [line.split("\t") for line in RESERVED.read_text(encoding="utf-8").splitlines()[1:]]
    reserved_ids = {r[0] for r in rows}
    reserved_titles = {title_key(r[1]) for r in rows if len(r) > 1}
    papers, _ = merge_duplicates(read_papers([ROOT / "data" / "sample"]))
    kept = [p for p in papers if p.id not in reserved_ids and title_key(p.title) not in reserved_titles]
    kept.sort(key=lambda p: rank(p.id, "order"))
    more = [p.id for p in kept[args.entities :] if split_of(rank(p.id, "split")) == "train"]
    chosen = {p.id for p in kept[: args.entities]} | set(more[: args.more_train])
    with open(HERE / "papers.jsonl", "w", encoding="utf-8") as f:
        for p in kept:
            record = {
                "id": p.id,
                "title": p.title,
                "abstract": p.abstract,
                "entities": p.id in chosen,
                "results": bool(re.search(r"\d", p.abstract)),
                "split": split_of(rank(p.id, "split")),
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(
        f"{len(papers)} papers, {len(papers) - len(kept)} reserved, {len(kept)} written; "
        f"{len(chosen)} for entities, "
        f"{sum(bool(re.search(r'[0-9]', p.abstract)) for p in kept)} for results"
    )


if __name__ == "__main__":
    main()
