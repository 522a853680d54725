"""Triples per paper of the RDF export, in both forms of its evidence, by what they describe.

    .venv/bin/python pipelines/count_triples.py outputs/

Reads the graph that `kg build` wrote into the folder (graph.json), exports it with each
``--provenance`` (``pairs``, the compact default, ``full`` and ``mentions``) and prints the triples per paper
for each, split by the kind of resource they describe (the first segment of the subject's
IRI under https://w3id.org/kg-ml/resource/: paper, entity, evidence, mention, evaluation,
similarity, ...), and how many of them are the graph builder's derived links and measures
(similarity, co-occurrence, communities, PageRank). Then it runs every saved query of ontology/queries/ on each export, in
Oxigraph, and prints its rows on each and whether they are the same.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kg.graph import KnowledgeGraph, load_graph
from kg.rdf.export import PROVENANCE, triples
from kg.rdf.namespaces import KG, RES
from kg.resources import QUERIES

DERIVED_KINDS = {"similarity", "cooccurrence", "community"}
DERIVED_PROPERTIES = {str(p) for p in (KG.similarTo, KG.coOccursWith, KG.inCommunity, KG.pagerank)}


def count(kg: KnowledgeGraph) -> dict[str, Counter[str]]:
    """Provenance → resource kind → triples; the kind ``derived`` counts the triples of the
    derived links and measures again."""
    out: dict[str, Counter[str]] = {}
    for provenance in PROVENANCE:
        kinds: Counter[str] = Counter()
        for t in triples(kg, provenance=provenance):  # type: ignore[arg-type]
            kind = t.subject.value.removeprefix(str(RES)).partition("/")[0]
            kinds[kind] += 1
            kinds["derived"] += kind in DERIVED_KINDS or t.predicate.value in DERIVED_PROPERTIES
        out[provenance] = kinds
    return out


def compare_queries(kg: KnowledgeGraph) -> None:
    """Each saved query's rows on each export, and whether they are the same."""
    stores = {}
    for provenance in PROVENANCE:
        stores[provenance] = store = ox.Store()
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples(kg, provenance=provenance))  # type: ignore[arg-type]
    print(f"\n{'saved query':36s}" + "".join(f"{p:>10s}" for p in PROVENANCE) + "  same rows")
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        rows = {p: [tuple(map(str, row)) for row in store.query(text)] for p, store in stores.items()}  # type: ignore[union-attr]
        same = all(r == rows["pairs"] for r in rows.values())
        print(f"{path.name:36s}" + "".join(f"{len(r):10d}" for r in rows.values()) + f"  {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", type=Path, nargs="?", default=Path("outputs"), help="a kg build folder")
    args = parser.parse_args()
    kg = load_graph(args.build)
    papers = kg.papers.number_of_nodes()
    counts = count(kg)
    kinds = sorted(
        {k for c in counts.values() for k in c} - {"derived"}, key=lambda k: -counts["mentions"][k]
    )
    print(f"{papers} papers; triples per paper by subject kind")
    print(f"{'kind':14s}" + "".join(f"{p:>12s}" for p in PROVENANCE))
    for kind in kinds:
        print(f"{kind:14s}" + "".join(f"{counts[p][kind] / papers:12.1f}" for p in PROVENANCE))
    total = {p: sum(counts[p].values()) - counts[p]["derived"] for p in PROVENANCE}
    print(f"{'total':14s}" + "".join(f"{total[p] / papers:12.1f}" for p in PROVENANCE))
    print(f"{'triples':14s}" + "".join(f"{total[p]:12d}" for p in PROVENANCE))
    print(f"{'of which derived':14s}" + "".join(f"{counts[p]['derived'] / papers:12.1f}" for p in PROVENANCE))
    print(
        f"{'without derived':14s}"
        + "".join(f"{(total[p] - counts[p]['derived']) / papers:12.1f}" for p in PROVENANCE)
    )
    compare_queries(kg)


if __name__ == "__main__":
    main()
