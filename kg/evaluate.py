"""Precision/recall/F1 of extracted mentions against character-offset gold.

Same semantics as the project's reference scorer (SciREX-derived gold): labels fold
``MODEL``→``METHOD`` and ``MATERIAL``→``DATASET``; a prediction counts *exact* when field,
offsets and label match, *overlap* when it overlaps a not-yet-matched gold mention of the
same label (greedy one-to-one), *span* when field and offsets match whatever the label.
Cross-paper link recall follows the shared ``link_recall.py`` pair for pair, so that its
uncertainty can be estimated by resampling papers.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypedDict

import numpy as np

from .errors import Errors, KGError
from .records import MentionsLine, Paper

FOLD = {"model": "method", "material": "dataset"}
Kind = Literal["exact", "overlap", "span"]  # of match
KINDS: tuple[Kind, ...] = ("exact", "overlap", "span")

# A record of a JSONL file, as JSON gives it: a gold paper, or a `kg extract` line.
Record = Mapping[str, Any]
# A mention as scoring compares them: field, start, end, folded label.
Key = tuple[str, int, int, str]


class Scores(TypedDict):
    """Precision, recall and F1, rounded to 4 places."""

    p: float
    r: float
    f: float


class ReportRow(TypedDict):
    """The scores of one label (or ``"ALL"``), by kind of match."""

    label: str
    n_pred: int
    n_gold: int
    exact: Scores
    overlap: Scores
    span: Scores


def fold_label(label: str) -> str:
    """
    >>> fold_label("MODEL"), fold_label("Material"), fold_label("TASK")
    ('method', 'dataset', 'task')
    """
    label = label.lower()
    return FOLD.get(label, label)


@dataclass
class Counts:
    exact: int = 0
    overlap: int = 0
    span: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def prf(self, kind: Kind) -> tuple[float, float, float]:
        tp: int = getattr(self, kind)
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def scores(self, kind: Kind) -> Scores:
        """
        >>> Counts(exact=1, n_pred=3, n_gold=2).scores("exact")
        {'p': 0.3333, 'r': 0.5, 'f': 0.4}
        """
        p, r, f = self.prf(kind)
        return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def _key(m: Record) -> Key:
    return m.get("field", "abstract"), int(m["start"]), int(m["end"]), fold_label(m["label"])


def score(gold: Mapping[str, Record], pred: Mapping[str, Record]) -> dict[str, Counts]:
    """Counts per folded label and ``"ALL"``, from records keyed by paper id.

    >>> g = {"1": {"mentions": [{"field": "abstract", "start": 0, "end": 4, "label": "Method"},
    ...                         {"field": "abstract", "start": 10, "end": 15, "label": "Task"}]}}
    >>> p = {"1": {"mentions": [{"field": "abstract", "start": 0, "end": 4, "label": "MODEL"},
    ...                         {"field": "abstract", "start": 9, "end": 15, "label": "TASK"}]}}
    >>> c = score(g, p)["ALL"]
    >>> c.exact, c.overlap, c.n_pred, c.n_gold
    (1, 2, 2, 2)
    """
    counts: dict[str, Counts] = defaultdict(Counts)
    for pid, g in gold.items():
        gm = sorted({_key(m) for m in g.get("mentions", [])})
        pm = sorted({_key(m) for m in pred.get(pid, {}).get("mentions", [])})
        for x in pm:
            counts[x[3]].n_pred += 1
        for x in gm:
            counts[x[3]].n_gold += 1
        gset, gspans = set(gm), {x[:3] for x in gm}
        for x in pm:
            counts[x[3]].exact += x in gset
            counts[x[3]].span += x[:3] in gspans
        used = set()
        for f, s, e, lab in pm:
            for i, (gf, gs, ge, gl) in enumerate(gm):
                if i not in used and gf == f and gl == lab and s < ge and gs < e:
                    used.add(i)
                    counts[lab].overlap += 1
                    break
    total = Counts()
    for c in counts.values():
        for k in (*KINDS, "n_pred", "n_gold"):
            setattr(total, k, getattr(total, k) + getattr(c, k))
    out = {lab.upper(): counts[lab] for lab in sorted(counts)}
    out["ALL"] = total
    return out


def read_records(path: Path) -> dict[str, dict[str, Any]]:
    """Records of a JSONL file keyed by their ``id``."""
    out = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E001.format(path=path)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise KGError(Errors.E060.format(path=path, line=n, detail=f"invalid JSON ({e.msg})")) from e
        if "id" not in d:
            raise KGError(Errors.E060.format(path=path, line=n, detail="record without id"))
        out[str(d["id"])] = d
    return out


def report(counts: Mapping[str, Counts]) -> list[ReportRow]:
    """Rows for display or JSON: one per label, P/R/F1 for each kind of match."""
    return [
        {
            "label": lab,
            "n_pred": c.n_pred,
            "n_gold": c.n_gold,
            "exact": c.scores("exact"),
            "overlap": c.scores("overlap"),
            "span": c.scores("span"),
        }
        for lab, c in counts.items()
    ]


def gold_papers(gold: Mapping[str, Record]) -> Iterator[Paper]:
    """The papers of a gold file, for extracting predictions from."""
    for pid, g in gold.items():
        yield Paper(id=pid, title=g.get("title", ""), abstract=g.get("abstract", ""))


def predict(gold: Mapping[str, Record], model: str | None = None) -> dict[str, MentionsLine]:
    """`kg extract` records of the papers of a gold file, by paper id, extracted with the
    pipeline saved at ``model`` (the shipped one by default)."""
    # spaCy loads only when predictions are extracted here, not to score a file of them
    from .extract import extract_papers, load_pipeline

    return {d.paper.id: d.to_json() for d in extract_papers(gold_papers(gold), load_pipeline(model))}


@dataclass
class Evaluation:
    """What `kg eval` reports: how many gold papers, and a row of scores per label."""

    papers: int
    rows: list[ReportRow]


def evaluate(gold: Path, pred: Path | None = None, model: str | None = None) -> Evaluation:
    """Score the `kg extract` records in ``pred`` against the gold JSONL file ``gold``;
    without ``pred``, the gold papers are extracted now (see :func:`predict`)."""
    gold_records = read_records(gold)
    predictions = read_records(pred) if pred is not None else predict(gold_records, model)
    return Evaluation(len(gold_records), report(score(gold_records, predictions)))


def link_pairs(
    links: Mapping[str, Mapping[str, Sequence[Sequence[Any]]]], pred: Mapping[str, Record]
) -> list[tuple[str, str, bool]]:
    """Every pair of papers that share a gold entity, and whether their predicted mentions of
    it share an entity id: the pairs the shared ``link_recall.py`` counts, one by one.

    ``links`` maps a gold entity to its papers and their ``[field, start, end]`` spans;
    ``pred`` holds ``kg extract`` records keyed by paper id.

    >>> links = {"CIFAR-10": {"a": [["abstract", 0, 8]], "b": [["abstract", 4, 12]], "c": [["title", 0, 5]]}}
    >>> pred = {"a": {"mentions": [{"field": "abstract", "start": 0, "end": 8, "entity": "cifar-10"}]},
    ...         "b": {"mentions": [{"field": "abstract", "start": 4, "end": 12, "entity": "cifar-10"}]},
    ...         "c": {"mentions": [{"field": "title", "start": 0, "end": 5, "entity": "cifar"}]}}
    >>> link_pairs(links, pred)
    [('a', 'b', True), ('a', 'c', False), ('b', 'c', False)]
    """

    def ids(paper: str, spans: Sequence[Sequence[Any]]) -> set[str]:
        return {
            str(m["entity"])
            for m in pred.get(paper, {}).get("mentions", [])
            if m.get("entity")
            and any(
                m.get("field", "abstract") == f and int(m["start"]) < e and s < int(m["end"])
                for f, s, e in spans
            )
        }

    out: list[tuple[str, str, bool]] = []
    for docs in links.values():
        found = {paper: ids(paper, spans) for paper, spans in docs.items()}
        out.extend((a, b, bool(found[a] & found[b])) for a, b in itertools.combinations(sorted(found), 2))
    return out


def paper_bootstrap(
    pairs: Sequence[tuple[str, str, bool]], *, resamples: int = 2000, level: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """A percentile interval for link recall when the papers are a sample: papers are drawn
    with replacement and a pair counts once for each draw of each of its papers, so a paper
    behind several pairs moves them together (the pairs are not independent).

    >>> pairs = [("a", "b", True), ("a", "c", False), ("b", "c", True), ("c", "d", True)]
    >>> lo, hi = paper_bootstrap(pairs)
    >>> 0 <= lo < 3 / 4 < hi <= 1
    True
    >>> paper_bootstrap([("a", "b", True), ("b", "c", True)])
    (1.0, 1.0)
    """
    papers = sorted({p for a, b, _ in pairs for p in (a, b)})
    index = {p: i for i, p in enumerate(papers)}
    a = np.array([index[x] for x, _, _ in pairs])
    b = np.array([index[y] for _, y, _ in pairs])
    hit = np.array([h for *_, h in pairs], dtype=float)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(len(papers), np.full(len(papers), 1 / len(papers)), size=resamples)
    weight = draws[:, a] * draws[:, b]  # resamples × pairs
    total = weight.sum(axis=1)
    recall = (weight @ hit)[total > 0] / total[total > 0]
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(recall, [tail, 100 - tail])
    return float(lo), float(hi)
