"""How often `kg related` finds papers that share a gold entity, on one split of SciREX.

    .venv/bin/python pipelines/eval_related.py --split train

Extracts, links and describes (roles, genericity: ``kg.link.describe``) the titles and
abstracts of all 211 SciREX papers (so that every paper has the same candidates), builds the
paper graph with each setting below in the same run, and asks each for the 5 papers most
related to every paper of the split that shares a gold entity (``scirex_dev.links.json``)
with another paper. It prints precision@5 (of the 5 places, the share taken by a paper that
shares a gold entity with the query; empty places count as misses) and hit@5 (queries with
at least one such paper in their 5).

The settings: IDF alone; the shipped ``kg.graph.TYPE_WEIGHTS``; those with the shipped
``ROLE_WEIGHTS``, with generic entities left out (the shipped default, ``kg build``), and
with both; and other role weights the shipped ones were chosen against. The weights were
chosen on ``--split train`` (and looked at on ``dev``), not on ``test``.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from pathlib import Path

from kg.extract import extract_papers, load_pipeline
from kg.graph import TYPE_WEIGHTS, build_graph, related
from kg.graph.weights import ROLE_WEIGHTS
from kg.link import link
from kg.link.describe import describe
from kg.records import Paper

ROOT = Path(__file__).resolve().parents[1]
SCIREX = ROOT.parent / "shared" / "data" / "scirex"


def gold_related(links: dict[str, dict]) -> dict[str, set[str]]:
    """Each paper → the papers that share a gold entity with it.

    >>> sorted(gold_related({"BLEU": {"a": [], "b": []}, "SQuAD": {"b": [], "c": []}})["b"])
    ['a', 'c']
    """
    out: dict[str, set[str]] = defaultdict(set)
    for docs in links.values():
        for a, b in itertools.permutations(docs, 2):
            out[a].add(b)
    return out


def role_weights(strong: float, compares: float) -> dict[str, float]:
    """Role weights with a mention as the unit.

    >>> role_weights(2.0, 1.5)["uses"], role_weights(2.0, 1.5)["mentions"]
    (2.0, 1.0)
    """
    return {
        "proposes": strong,
        "evaluates_on": strong,
        "uses": strong,
        "compares_with": compares,
        "mentions": 1.0,
    }


NO_ROLES = role_weights(1.0, 1.0)
# name → (type weights, role weights, include generic entities)
SETTINGS: dict[str, tuple[dict[str, float], dict[str, float], bool]] = {
    "IDF alone": ({}, NO_ROLES, True),
    "types (before roles)": (TYPE_WEIGHTS, NO_ROLES, True),
    "types, generic out": (TYPE_WEIGHTS, NO_ROLES, False),
    "types + roles": (TYPE_WEIGHTS, ROLE_WEIGHTS, True),
    "shipped: types + roles, generic out": (TYPE_WEIGHTS, ROLE_WEIGHTS, False),
    **{
        f"types + roles {strong}/{compares}, generic out": (
            TYPE_WEIGHTS,
            role_weights(strong, compares),
            False,
        )
        for strong, compares in [(1.25, 1.1), (1.5, 1.0), (1.5, 1.5), (2.0, 1.5), (2.5, 1.75), (4.0, 2.5)]
    },
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="train")
    ap.add_argument("--scirex", type=Path, default=SCIREX)
    ap.add_argument("-k", type=int, default=5, help="related papers asked for")
    args = ap.parse_args()

    split = set(json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())[args.split])
    gold = [json.loads(line) for line in (args.scirex / "scirex_dev.gold.jsonl").open(encoding="utf-8")]
    truth = gold_related(json.loads((args.scirex / "scirex_dev.links.json").read_text()))
    papers = [Paper(g["id"], g["title"], g["abstract"]) for g in gold]
    docs = list(extract_papers(papers, load_pipeline()))
    entities = link(docs)
    describe(docs, entities)
    queries = sorted(p.id for p in papers if p.id in split and truth[p.id])
    print(
        f"SciREX {args.split}: {len(queries)} papers that share a gold entity with another, "
        f"related among all {len(papers)}; shipped ROLE_WEIGHTS {ROLE_WEIGHTS}, TYPE_WEIGHTS {TYPE_WEIGHTS}"
    )
    for name, (types, roles, include_generic) in SETTINGS.items():
        kg = build_graph(
            docs, entities, type_weights=types, role_weights=roles, include_generic=include_generic
        )
        found = [sum(r.id in truth[q] for r in related(kg, q, args.k)) for q in queries]
        print(
            f"{name:44s} precision@{args.k} {sum(found) / (args.k * len(queries)):.3f}"
            f"   hit@{args.k} {sum(f > 0 for f in found) / len(queries):.3f}"
        )


if __name__ == "__main__":
    main()
