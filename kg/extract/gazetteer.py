"""Gazetteers: JSONL concept records (``id``, ``name``, ``aliases``, ``type``, ``source``,
optional ``variant_of``) indexed into alias → id maps and spaCy `SpanRuler` patterns,
after scispaCy's ``linking_utils.py``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Errors, KGError
from ..resources import GAZETTEERS

if TYPE_CHECKING:
    from spacy.pipeline.span_ruler import PatternType

GAZETTEER_DIR = GAZETTEERS


@dataclass(frozen=True)
class Concept:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    source: str = ""
    variant_of: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    concepts: dict[str, Concept] = field(default_factory=dict)

    def alias_index(self) -> dict[str, str]:
        """Folded alias → concept id (first record wins on a clash)."""
        index: dict[str, str] = {}
        for c in self.concepts.values():
            for n in c.names:
                index.setdefault(fold_name(n), c.id)
        return index

    def patterns(self) -> tuple[list[PatternType], list[PatternType]]:
        """SpanRuler phrase patterns, ``(uncased, cased)``: short capitalised words match
        case-sensitively (the model ``CLIP``, not the verb "clip"; the benchmark ``GLUE``,
        not glue); other names, which no English word spells, match on LOWER."""
        uncased: list[PatternType] = []
        cased: list[PatternType] = []
        for c in sorted(self.concepts.values(), key=lambda c: c.id):
            for n in sorted(set(c.names)):
                pattern: PatternType = {"label": c.type, "pattern": n, "id": c.id}
                (cased if is_case_sensitive(n) else uncased).append(pattern)
        return uncased, cased


def is_case_sensitive(name: str) -> bool:
    """
    >>> is_case_sensitive("CLIP"), is_case_sensitive("GLUE"), is_case_sensitive("ImageNet-1K")
    (True, True, False)
    >>> is_case_sensitive("Long Range Arena"), is_case_sensitive("dropout")
    (False, False)
    """
    return name != name.lower() and name.isalpha() and len(name) <= 6


def fold_name(name: str) -> str:
    """
    >>> fold_name("  MS   COCO ")
    'ms coco'
    """
    return " ".join(name.lower().split())


def read_concepts(path: Path) -> Iterable[Concept]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            yield Concept(
                d["id"],
                d["name"],
                d["type"],
                tuple(d.get("aliases", ())),
                d.get("source", ""),
                d.get("variant_of"),
            )
        except (json.JSONDecodeError, KeyError) as e:
            raise KGError(Errors.E060.format(path=path, line=n, detail=f"bad concept record ({e})")) from e


@lru_cache(maxsize=4)
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    gaz = Gazetteer()
    for path in sorted(Path(directory).glob("*.jsonl")):
        for c in read_concepts(path):
            gaz.concepts.setdefault(c.id, c)
    return gaz
