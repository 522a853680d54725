"""The shipped gazetteers follow the rules of kg/data/gazetteers/README.md.

Each check is a pure function from records to problems ("datasets.jsonl:12: ..."), so a
failure lists every record to fix, with its file and line. Checked: every line is a JSON
object with the required keys and a valid type (the one its file stands for); ids are
lowercase ASCII words ([a-z0-9]+) joined by "-" and unique across all files; every
``variant_of`` names an existing id (a named model may be a variant of a generic
architecture family in methods.jsonl, e.g. BigGAN of GAN); records in a file are sorted by
id; no name/alias is shared by two records; no record lists a pure case variant of one of
its own names unless both are case-sensitive (short single-word acronyms such as
"LLaMA"/"Llama", by the consumer's rule :func:`kg.extract.gazetteer.is_case_sensitive`).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.extract.gazetteer import fold_name, is_case_sensitive
from kg.resources import GAZETTEERS

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
ID_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

Located = tuple[str, dict[str, Any]]  # ("datasets.jsonl:12", the record on that line)


def read_records(name: str, text: str) -> tuple[list[Located], list[str]]:
    """The JSON objects of file ``name``'s ``text``, and the lines that are not one.

    >>> read_records("x.jsonl", '{"id": "a"}\\n\\n[1]\\n{')[1]
    ['x.jsonl:2: blank line', 'x.jsonl:3: not an object', 'x.jsonl:4: bad JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))']
    """
    records: list[Located] = []
    problems: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        where = f"{name}:{lineno}"
        if not line.strip():
            problems.append(f"{where}: blank line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: bad JSON ({e})")
            continue
        if isinstance(record, dict):
            records.append((where, record))
        else:
            problems.append(f"{where}: not an object")
    return records, problems


def record_problems(record: dict[str, Any], type_: str) -> list[str]:
    """What is wrong with one record of the file for ``type_``, keys and values.

    >>> record_problems({"id": "Bad id", "name": "X", "aliases": [], "type": "MODEL",
    ...                  "source": "web", "variant_of": "Bad id", "url": ""}, "MODEL")
    ["unknown key 'url'", "bad id 'Bad id'", "source 'web' not in ['curated', 'scirex-train']", 'variant_of points to itself']
    """
    problems = [
        f"key {key!r} missing or not {kind.__name__}"
        for key, kind in REQUIRED.items()
        if not isinstance(record.get(key), kind)
    ]
    problems += [f"unknown key {key!r}" for key in record if key not in REQUIRED and key not in OPTIONAL]
    if "variant_of" in record and not isinstance(record["variant_of"], str):
        problems.append("variant_of is not a string")
    rid = record.get("id")
    if not isinstance(rid, str):
        return problems
    if not ID_RE.fullmatch(rid) or not rid.isascii():
        problems.append(f"bad id {rid!r}")
    if record.get("type") != type_:
        problems.append(f"type {record.get('type')!r}, expected {type_!r}")
    if record.get("source") not in SOURCES:
        problems.append(f"source {record.get('source')!r} not in {sorted(SOURCES)}")
    if record.get("variant_of") == rid:
        problems.append("variant_of points to itself")
    return problems


def surface_forms(record: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """A record's names and aliases by their folded form, and what is wrong with them.

    >>> surface_forms({"name": "LLaMA", "aliases": ["Llama", "Penn TreeBank", "Penn Treebank", "Llama", " x"]})
    ({'llama': 'LLaMA', 'penn treebank': 'Penn TreeBank'}, ["pure case variant 'Penn Treebank' of 'Penn TreeBank'", "'Llama' listed twice", "empty or unstripped name/alias ' x'"])
    """
    forms: dict[str, str] = {}
    listed: set[str] = set()
    problems = []
    for s in [record.get("name", ""), *(record.get("aliases") or [])]:
        if not isinstance(s, str) or not s.strip() or s != s.strip():
            problems.append(f"empty or unstripped name/alias {s!r}")
            continue
        key = fold_name(s)
        if s in listed:
            problems.append(f"{s!r} listed twice")
        elif key in forms and not (is_case_sensitive(s) and is_case_sensitive(forms[key])):
            problems.append(f"pure case variant {s!r} of {forms[key]!r}")
        listed.add(s)
        forms.setdefault(key, s)
    return forms, problems


def order_problems(records: list[Located]) -> list[str]:
    """Records of one file out of id order.

    >>> order_problems([("f:1", {"id": "b"}), ("f:2", {"id": "a"}), ("f:3", {"id": "c"})])
    ["f:2: not sorted by id ('a' after 'b')"]
    """
    ids = [(where, r["id"]) for where, r in records if isinstance(r.get("id"), str)]
    return [
        f"{where}: not sorted by id ({rid!r} after {prev!r})"
        for (_, prev), (where, rid) in itertools.pairwise(ids)
        if rid < prev
    ]


def id_problems(records: list[Located]) -> list[str]:
    """Ids used twice, and ``variant_of`` ids that no record has, across all files.

    >>> id_problems([("a.jsonl:1", {"id": "x"}), ("b.jsonl:4", {"id": "x", "variant_of": "y"})])
    ["b.jsonl:4: duplicate id 'x' (also in a.jsonl)", "b.jsonl:4: 'x' variant_of unknown id 'y'"]
    """
    ids: dict[str, str] = {}
    problems = []
    for where, r in records:
        rid = r.get("id")
        if isinstance(rid, str):
            if rid in ids:
                problems.append(f"{where}: duplicate id {rid!r} (also in {ids[rid]})")
            ids[rid] = where.split(":")[0]
    for where, r in records:
        parent = r.get("variant_of")
        if parent and parent not in ids:
            problems.append(f"{where}: {r.get('id')!r} variant_of unknown id {parent!r}")
    return problems


def alias_clashes(records: list[Located]) -> list[str]:
    """Names or aliases that two records share (compared folded), across all files.

    >>> alias_clashes([("f:1", {"id": "mae", "name": "MAE"}), ("f:2", {"id": "m", "name": "M", "aliases": ["mae"]})])
    ["f:2: alias 'mae' of 'm' clashes with 'MAE' of 'mae'"]
    """
    owner: dict[str, tuple[str, str]] = {}  # folded name -> (record id, surface form)
    problems = []
    for where, r in records:
        for key, s in surface_forms(r)[0].items():
            if key in owner and owner[key][0] != r.get("id"):
                problems.append(
                    f"{where}: alias {s!r} of {r.get('id')!r} clashes with "
                    f"{owner[key][1]!r} of {owner[key][0]!r}"
                )
            else:
                owner[key] = (r.get("id"), s)
    return problems


# --- the shipped files -------------------------------------------------------------------


def _read(path: Path) -> tuple[list[Located], list[str]]:
    return read_records(path.name, path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def shipped() -> list[Located]:
    """Every record of the five files, in the order the files are listed."""
    return [located for name in FILES for located in _read(GAZETTEERS / name)[0]]


@pytest.mark.parametrize("name", FILES)
def test_every_line_is_a_well_formed_record(name):
    records, problems = _read(GAZETTEERS / name)
    assert records, f"{name}: no records"
    problems += [f"{where}: {p}" for where, r in records for p in record_problems(r, FILES[name])]
    assert problems == []


@pytest.mark.parametrize("name", FILES)
def test_records_are_sorted_by_id(name):
    assert order_problems(_read(GAZETTEERS / name)[0]) == []


def test_no_record_lists_a_name_twice_or_in_another_case(shipped):
    assert [f"{where}: {p}" for where, r in shipped for p in surface_forms(r)[1]] == []


def test_ids_are_unique_and_variants_name_an_existing_id(shipped):
    assert id_problems(shipped) == []


def test_no_name_is_shared_by_two_records(shipped):
    assert alias_clashes(shipped) == []


def test_no_other_files_beside_the_five():
    assert sorted(p.name for p in GAZETTEERS.glob("*.jsonl")) == sorted(FILES)
