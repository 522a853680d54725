"""Check an annotation file against ``papers.jsonl`` and the guidelines' format.

usage: python pipelines/annotation/check.py FILE            (entities, GUIDELINES.md)
       add --papers FILE for another set of papers (scirex/papers.jsonl)
       python pipelines/annotation/check.py --results FILE  (results, RESULTS_GUIDELINES.md)

Prints one line per problem (``FILE:LINE: cause``) and a summary; exits 1 when any is found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"}
ROLES = {"proposes", "uses", "evaluates_on", "compares_with", "mentions"}
KINDS = {"absolute", "relative"}
FIELDS = ("title", "abstract")


def papers(path: Path = HERE / "papers.jsonl") -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return {p["id"]: p for p in map(json.loads, f)}


def span_problems(span: Mapping[str, Any], paper: Mapping[str, Any]) -> Iterator[str]:
    """What is wrong with a span's field, offsets and text.

    >>> p = {"title": "BERT rocks", "abstract": ""}
    >>> list(span_problems({"field": "title", "start": 0, "end": 4, "text": "BERT"}, p))
    []
    >>> list(span_problems({"field": "title", "start": 1, "end": 4, "text": "BERT"}, p))
    ["text 'BERT' is not title[1:4] = 'ERT'"]
    """
    field = span.get("field")
    if field not in FIELDS:
        yield f"field {field!r} is not title or abstract"
        return
    start, end, text = span.get("start"), span.get("end"), span.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(paper[field])):
        yield f"offsets {start!r}-{end!r} out of range for {field}"
        return
    if paper[field][start:end] != text:
        yield f"text {text!r} is not {field}[{start}:{end}] = {paper[field][start:end]!r}"


def entity_problems(record: Mapping[str, Any], paper: Mapping[str, Any]) -> Iterator[str]:
    concepts = {c.get("concept"): c for c in record.get("concepts", [])}
    for c in concepts.values():
        if c.get("label") not in LABELS:
            yield f"concept {c.get('concept')!r}: label {c.get('label')!r}"
        if c.get("role") not in ROLES:
            yield f"concept {c.get('concept')!r}: role {c.get('role')!r}"
        if not isinstance(c.get("generic"), bool) or not isinstance(c.get("salient"), bool):
            yield f"concept {c.get('concept')!r}: generic and salient must be true or false"
    taken: list[tuple[str, int, int]] = []
    for m in record.get("mentions", []):
        yield from span_problems(m, paper)
        if m.get("label") not in LABELS:
            yield f"mention {m.get('text')!r}: label {m.get('label')!r}"
        if m.get("concept") not in concepts:
            yield f"mention {m.get('text')!r}: concept {m.get('concept')!r} is not listed in concepts"
        for field, start, end in taken:
            if field == m.get("field") and start < m.get("end", 0) and m.get("start", 0) < end:
                yield f"mention {m.get('text')!r} overlaps another at {field}[{start}:{end}]"
        taken.append((m.get("field", ""), m.get("start", 0), m.get("end", 0)))


def result_problems(record: Mapping[str, Any], paper: Mapping[str, Any]) -> Iterator[str]:
    for r in record.get("results", []):
        yield from span_problems(r, paper)
        if r.get("kind") not in KINDS:
            yield f"result {r.get('text')!r}: kind {r.get('kind')!r}"
        if not r.get("metric"):
            yield f"result {r.get('text')!r}: no metric"
        if not isinstance(r.get("own"), bool) or not isinstance(r.get("approx"), bool):
            yield f"result {r.get('text')!r}: own and approx must be true or false"
        if not str(r.get("value", "")).strip():
            yield f"result {r.get('text')!r}: no value"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--results", action="store_true", help="check a results file")
    parser.add_argument("--papers", type=Path, default=HERE / "papers.jsonl", help="the papers annotated")
    args = parser.parse_args()
    known, problems, n = papers(args.papers), 0, 0
    check = result_problems if args.results else entity_problems
    with open(args.file, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{args.file}:{line_no}: invalid JSON: {e}")
                problems += 1
                continue
            paper = known.get(record.get("id"))
            if paper is None:
                print(f"{args.file}:{line_no}: unknown paper id {record.get('id')!r}")
                problems += 1
                continue
            n += 1
            for problem in check(record, paper):
                print(f"{args.file}:{line_no}: {problem}")
                problems += 1
    print(f"{n} papers, {problems} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
