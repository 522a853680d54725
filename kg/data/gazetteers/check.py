"""Validate the gazetteer JSONL files in this directory (stdlib only).

    python kg/data/gazetteers/check.py [DIR]

Checks: every line is a JSON object with the required keys and a valid type (the one
its file stands for); ids are lowercase ASCII words ([a-z0-9]+) joined by "-" and
unique across all files; every ``variant_of`` names an existing id (a named model may be a variant of a
generic architecture family in methods.jsonl, e.g. BigGAN of GAN);
records in a file are sorted by id; no name/alias is shared by two records; no record
lists a pure case variant of one of its own names unless both are case-sensitive
(short single-word acronyms such as "LLaMA"/"Llama").
Prints the number of records per file; exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FILES = {
    "datasets.jsonl": "DATASET",
    "models.jsonl": "MODEL",
    "metrics.jsonl": "METRIC",
    "tasks.jsonl": "TASK",
    "methods.jsonl": "METHOD",
}
REQUIRED = {"id": str, "name": str, "aliases": list, "type": str, "source": str}
OPTIONAL = {"variant_of": str}
SOURCES = {"curated", "scirex-train"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fold(name: str) -> str:
    return " ".join(name.lower().split())


def case_sensitive(name: str) -> bool:
    """Mirror of the consumer's rule (kg/extract/gazetteer.py): a single alphabetic word
    of at most 6 letters that has capitals is matched on ORTH, everything else on LOWER."""
    return (" " not in name.strip() and name != name.lower() and name.isalpha()
            and len(name) <= 6)


def main(directory: Path) -> int:
    errors: list[str] = []
    ids: dict[str, str] = {}
    variants: list[tuple[str, str, str]] = []
    owner: dict[str, tuple[str, str]] = {}  # folded alias -> (record id, surface)
    counts: dict[str, int] = {}
    for fname, typ in FILES.items():
        path = directory / fname
        if not path.exists():
            errors.append(f"{fname}: missing")
            continue
        prev = None
        n = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not an object")
                continue
            n += 1
            for key, kind in REQUIRED.items():
                if not isinstance(rec.get(key), kind):
                    errors.append(f"{where}: key {key!r} missing or not {kind.__name__}")
            for key in rec:
                if key not in REQUIRED and key not in OPTIONAL:
                    errors.append(f"{where}: unknown key {key!r}")
            if "variant_of" in rec and not isinstance(rec["variant_of"], str):
                errors.append(f"{where}: variant_of is not a string")
            rid = rec.get("id")
            if not isinstance(rid, str):
                continue
            if not ID_RE.match(rid) or not rid.isascii():
                errors.append(f"{where}: bad id {rid!r}")
            if rid in ids:
                errors.append(f"{where}: duplicate id {rid!r} (also in {ids[rid]})")
            ids[rid] = fname
            if prev is not None and rid < prev:
                errors.append(f"{where}: not sorted by id ({rid!r} after {prev!r})")
            prev = rid
            if rec.get("type") != typ:
                errors.append(f"{where}: type {rec.get('type')!r}, expected {typ!r}")
            if rec.get("source") not in SOURCES:
                errors.append(f"{where}: source {rec.get('source')!r} not in {sorted(SOURCES)}")
            if rec.get("variant_of"):
                if rec["variant_of"] == rid:
                    errors.append(f"{where}: variant_of points to itself")
                variants.append((where, rid, rec["variant_of"]))
            names = [rec.get("name", "")] + list(rec.get("aliases") or [])
            seen: dict[str, str] = {}
            for s in names:
                if not isinstance(s, str) or not s.strip() or s != s.strip():
                    errors.append(f"{where}: empty or unstripped name/alias {s!r}")
                    continue
                k = fold(s)
                if k in seen:
                    if seen[k] == s:
                        errors.append(f"{where}: {s!r} listed twice")
                    elif not (case_sensitive(s) and case_sensitive(seen[k])):
                        errors.append(f"{where}: pure case variant {s!r} of {seen[k]!r}")
                    continue
                seen[k] = s
                if k in owner and owner[k][0] != rid:
                    errors.append(f"{where}: alias {s!r} of {rid!r} clashes with "
                                  f"{owner[k][1]!r} of {owner[k][0]!r}")
                else:
                    owner[k] = (rid, s)
        counts[fname] = n
    for where, rid, parent in variants:
        if parent not in ids:
            errors.append(f"{where}: {rid!r} variant_of unknown id {parent!r}")
    for fname, n in counts.items():
        print(f"{fname:16s} {n:5d}")
    print(f"{'total':16s} {sum(counts.values()):5d}")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
