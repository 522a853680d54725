"""Salient entities and roles (``kg/link/salience.py``) against SciREX and the in-domain gold.

    .venv/bin/python pipelines/eval_salience.py --scirex-split test --indomain-split dev [--refine]

1. **SciREX salience.** SciREX's ``coref`` clusters (``scirex_dev.jsonl``) are the entities a
   paper's results are about: the salient ones (``coref_non_salient`` holds the rest). The
   gold of a paper is its salient clusters with a mention in its title or abstract, mapped to
   character offsets as ``eval/scirex_to_gold.py`` maps mentions. kg extracts and links the
   titles and abstracts of the split's papers (``pipelines/ner/split.json``); a predicted
   entity matches a cluster when one of its mentions overlaps one of the cluster's. Precision:
   the predicted salient entities that match a salient cluster; recall: the salient clusters a
   predicted salient entity matches; micro-averaged over papers. Two baselines in the same
   run: every extracted entity salient, and those named in the title or the abstract's first
   sentence.
2. **In-domain roles and salience** (``pipelines/annotation``): each gold concept that an
   extracted entity of its paper matches (their normalised surface texts meet) is scored for
   ``proposes`` against the other roles (accuracy, with the precision and recall of
   ``proposes``; baselines: never ``proposes``, and ``proposes`` for what the title names),
   for the five roles, and for ``salient``.

The cues were written from SciREX ``train``/``dev`` and the in-domain ``train`` split.
"""

from __future__ import annotations

import argparse
import ast
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from eval_indomain import ROOT, SENTENCE_END, load_gold, refined_sample, shared_norm_text

from kg.build import extract_and_link
from kg.extract import assemble, extract_papers
from kg.link import link
from kg.link.salience import Judgement, entity_key, judge
from kg.records import ExtractedPaper, Mention, Paper

SCIREX = ROOT.parent / "shared" / "data" / "scirex"
NO_SPACE_BEFORE = {".", ",", ":", ";", ")", "]", "}", "%", "?", "!", "'s", "n't", "'"}
NO_SPACE_AFTER = {"(", "[", "{"}
GLUE = {"-", "/"}

Record = dict[str, Any]
Span = tuple[str, int, int]  # field, start, end (characters)
Picker = Callable[[ExtractedPaper], set[str]]


def detokenize(words: Sequence[str]) -> list[tuple[int, int]]:
    """Character offsets of each word in the text ``eval/scirex_to_gold.py`` makes of ``words``.

    >>> detokenize(["Deep", "nets", "(", "DNNs", ")", "."])
    [(0, 4), (5, 9), (10, 11), (11, 15), (15, 16), (16, 17)]
    """
    spans, length, prev = [], 0, None
    for w in words:
        if prev is not None and not (
            w in NO_SPACE_BEFORE or w in GLUE or prev in GLUE or prev in NO_SPACE_AFTER
        ):
            length += 1
        spans.append((length, length + len(w)))
        length += len(w)
        prev = w
    return spans


def salient_clusters(doc: Record) -> dict[str, list[Span]]:
    """The salient clusters of a SciREX document with their mentions in the title and the
    abstract, as character spans of the fields ``scirex_to_gold.py`` makes."""
    words, sents = doc["words"], doc["sentences"]
    title_start = 2 if words[:2] == ["document", ":"] else 0
    fields = {"title": (title_start, sents[0][1]), "abstract": (sents[0][1], doc["sections"][0][1])}
    offsets = {name: detokenize(words[a:b]) for name, (a, b) in fields.items()}
    clusters: dict[str, list[Span]] = {}
    for name, spans in doc["coref"].items():
        found = [
            (f, offsets[f][s - a][0], offsets[f][e - 1 - a][1])
            for s, e in spans
            for f, (a, b) in fields.items()
            if a <= s and e <= b and e > s
        ]
        if found:
            clusters[name] = found
    return clusters


def read_scirex(split: str) -> list[tuple[Paper, dict[str, list[Span]]]]:
    """The split's papers (title and abstract, from the gold file) with their salient clusters."""
    ids = set(json.loads((ROOT / "pipelines" / "ner" / "split.json").read_text())[split])
    texts = {}
    for line in (SCIREX / "scirex_dev.gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        if g["id"] in ids:
            texts[g["id"]] = Paper(g["id"], g["title"], g["abstract"])
    out = []
    for line in (SCIREX / "scirex_dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        if doc["doc_id"] in ids:
            doc = {
                k: ast.literal_eval(v) if isinstance(v, str) and k != "doc_id" else v for k, v in doc.items()
            }
            out.append((texts[doc["doc_id"]], salient_clusters(doc)))
    return out


def entities_of(doc: ExtractedPaper) -> dict[str, list[Mention]]:
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        by_entity[entity_key(m)].append(m)
    return by_entity


def judged(doc: ExtractedPaper) -> dict[str, Judgement]:
    return judge(doc.paper.title, doc.paper.abstract, doc.mentions)


def pickers() -> dict[str, Picker]:
    """kg's salience and the two baselines, each the set of entities it calls salient."""

    def lead(doc: ExtractedPaper) -> set[str]:
        end = SENTENCE_END.search(doc.paper.abstract)
        cut = end.end() if end else len(doc.paper.abstract)
        return {entity_key(m) for m in doc.mentions if m.field == "title" or m.start < cut}

    return {
        "kg salience": lambda d: {k for k, j in judged(d).items() if j.salient},
        "all extracted entities": lambda d: set(entities_of(d)),
        "title or first sentence": lead,
    }


def prf(counts: Sequence[int]) -> Record:
    right, n_pred, found, n_gold = counts
    p = right / n_pred if n_pred else 0.0
    r = found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(f, 3), "n_pred": n_pred, "n_gold": n_gold}


def overlaps(m: Mention, spans: Iterable[Span]) -> bool:
    return any(f == m.field and s < m.end and m.start < e for f, s, e in spans)


def scirex_salience(split: str, refine: bool) -> Record:
    """Salient-entity P/R/F1 on the SciREX split, for kg and the baselines."""
    data = read_scirex(split)
    docs = list(extract_papers([p for p, _ in data], assemble(refine=refine)))
    link(docs)
    out = {}
    for name, pick in pickers().items():
        counts = [0, 0, 0, 0]  # right predicted, predicted, found gold, gold
        for doc, (_, clusters) in zip(docs, data, strict=True):
            ents = entities_of(doc)
            chosen = pick(doc)
            counts[0] += sum(any(overlaps(m, s) for m in ents[k] for s in clusters.values()) for k in chosen)
            counts[1] += len(chosen)
            counts[2] += sum(any(overlaps(m, s) for k in chosen for m in ents[k]) for s in clusters.values())
            counts[3] += len(clusters)
        out[name] = prf(counts)
    return {"split": split, "papers": len(data), **out}


def matched(
    gold: list[Record], docs: dict[str, ExtractedPaper]
) -> Iterable[tuple[Record, list[Judgement], bool]]:
    """Each gold concept that an extracted entity of its paper matches, with the judgements
    of the matching entities and whether the title names one of them."""
    norm = shared_norm_text()
    for g in gold:
        doc = docs[g["id"]]
        ents, judgements = entities_of(doc), judged(doc)
        for c in g["concepts"]:
            surfaces = {norm(m["text"]) for m in c["mentions"]}
            hits = [k for k, ms in ents.items() if {norm(m.text) for m in ms} & surfaces]
            if hits:
                titled = any(m.field == "title" for k in hits for m in ents[k])
                yield c, [judgements[k] for k in hits], titled


def indomain_roles(split: str, refine: bool) -> Record:
    """Role and salience figures on the in-domain gold concepts of ``split``."""
    gold = load_gold(split)
    docs = refined_sample() if refine else extract_and_link([ROOT / "data" / "sample"])[0]
    by_id = {d.paper.id: d for d in docs}
    proposes: dict[str, Counter[tuple[bool, bool]]] = defaultdict(Counter)
    roles, salient = Counter(), Counter()
    for c, js, titled in matched(gold, by_id):
        truth = c["role"] == "proposes"
        predicted = {
            "kg roles": any(j.role == "proposes" for j in js),
            "never proposes": False,
            "proposes what the title names": titled,
        }
        for name, guess in predicted.items():
            proposes[name][truth, guess] += 1
        best = min(
            (j.role for j in js), key=("proposes", "evaluates_on", "compares_with", "uses", "mentions").index
        )
        roles[best == c["role"]] += 1
        salient[c["salient"], any(j.salient for j in js)] += 1
    out: Record = {"split": split, "concepts_matched": roles.total()}
    for name, n in proposes.items():
        out[f"proposes: {name}"] = {
            "accuracy": round((n[True, True] + n[False, False]) / n.total(), 3),
            **prf(
                [n[True, True], n[True, True] + n[False, True], n[True, True], n[True, True] + n[True, False]]
            ),
        }
    out["five roles: kg accuracy"] = round(roles[True] / roles.total(), 3)
    out["salient: kg"] = prf(
        [
            salient[True, True],
            salient[True, True] + salient[False, True],
            salient[True, True],
            salient[True, True] + salient[True, False],
        ]
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scirex-split", choices=["train", "dev", "test"], default="test")
    ap.add_argument("--indomain-split", choices=["train", "dev", "test"], default="dev")
    ap.add_argument("--refine", action="store_true", help="extract with kg_refine")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = {
        "refine": args.refine,
        "scirex": scirex_salience(args.scirex_split, args.refine),
        "indomain": indomain_roles(args.indomain_split, args.refine),
    }
    if args.json:
        print(json.dumps(result))
        return
    s, d = result["scirex"], result["indomain"]
    print(f"SciREX {s['split']}: {s['papers']} papers; salient entities (coref clusters in title/abstract)")
    for name in pickers():
        r = s[name]
        print(
            f"  {name:28s} P{r['p']:.3f} R{r['r']:.3f} F{r['f']:.3f}   n_pred {r['n_pred']:5d}  n_gold {r['n_gold']:5d}"
        )
    print(f"\nin-domain {d['split']}: {d['concepts_matched']} gold concepts matched by an extracted entity")
    for name, r in d.items():
        if name.startswith("proposes"):
            print(f"  {name:38s} accuracy {r['accuracy']:.3f}   P{r['p']:.3f} R{r['r']:.3f} F{r['f']:.3f}")
    print(f"  {'five roles: kg':38s} accuracy {d['five roles: kg accuracy']:.3f}")
    r = d["salient: kg"]
    print(f"  {'salient: kg':38s} P{r['p']:.3f} R{r['r']:.3f} F{r['f']:.3f}")


if __name__ == "__main__":
    main()
