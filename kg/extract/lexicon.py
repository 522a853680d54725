"""The word lists of `kg_refine` (``kg/data/refine/*.txt``, described in the README there):
reading, normalising and serialising them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import Errors, KGError
from ..resources import data_path

REFINE_LISTS = data_path("refine")
LEXICON_FILE = "lexicon.json"

# hyphens, dashes and slashes join words as spaces do: "pre-training" is "pre training"
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015/]+")
# the lists whose entries are tuples, not words
_TUPLES = frozenset({"additions", "senses"})


def norm(text: str) -> str:
    """Lower case, with hyphens, slashes and spaces folded to one space.

    >>> norm("Pre-training  /  Fine-Tuning")
    'pre training fine tuning'
    """
    return _SEPARATORS.sub(" ", text.lower()).strip()


def norm_words(text: str) -> list[str]:
    """The words of :func:`norm` as written, case kept.

    >>> norm_words("U-Net  structure")
    ['U', 'Net', 'structure']
    """
    return _SEPARATORS.sub(" ", text).split()


def _entries(path: Path) -> list[str]:
    """The entries of a list file: one a line, ``#`` comments and blank lines skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E060.format(path=path, line=0, detail=f"unreadable list ({e})")) from e
    return [e for e in (norm(line.split("#", 1)[0]) for line in lines) if e]


@dataclass(frozen=True)
class Lexicon:
    """The curated word lists (``kg/data/refine/<field>.txt``), each entry normalised."""

    heads: frozenset[str]
    class_heads: frozenset[str]
    modifiers: frozenset[str]
    descriptive: frozenset[str]
    name_heads: frozenset[str]
    kept_compounds: frozenset[str]
    paradigms: frozenset[str]
    not_entities: frozenset[str]
    umbrella: frozenset[str]
    umbrella_heads: frozenset[str]
    generic_words: frozenset[str]
    properties: frozenset[str]
    representation_kinds: frozenset[str]
    never_alone: frozenset[str]
    quantifiers: frozenset[str]
    openers: frozenset[str]
    objective_heads: frozenset[str]
    procedures: frozenset[str]
    problems: frozenset[str]
    objectives: frozenset[str]
    additions: frozenset[tuple[str, str]]  # (label, name as written)
    # (alias, metric, label, phrase of that sense, gazetteer id of that sense or "")
    senses: frozenset[tuple[str, ...]]

    @classmethod
    def read(cls, directory: Path = REFINE_LISTS) -> Lexicon:
        readers: dict[str, Callable[[Path], Iterable[Any]]] = {"additions": _additions, "senses": _senses}
        return cls(
            **{
                f.name: frozenset(readers.get(f.name, _entries)(Path(directory) / f"{f.name}.txt"))
                for f in fields(cls)
            }
        )

    def to_json(self) -> dict[str, list[Any]]:
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, list[Any]]) -> Lexicon:
        lists: dict[str, Any] = {
            f.name: frozenset(map(tuple, data[f.name])) if f.name in _TUPLES else frozenset(data[f.name])
            for f in fields(cls)
        }
        return cls(**lists)

    @cached_property
    def aliases(self) -> dict[str, tuple[str, str, frozenset[str], str]]:
        """Each alias of :attr:`senses`: its metric, the other sense's label, phrases and
        gazetteer id ("" when it has none)."""
        out: dict[str, tuple[str, str, frozenset[str], str]] = {}
        for alias, metric, label, phrase, *known in self.senses:
            _, _, phrases, _ = out.get(alias, (metric, label, frozenset(), ""))
            out[alias] = (metric, label, phrases | {phrase}, known[0] if known else "")
        return out

    @cached_property
    def leading(self) -> frozenset[str]:
        """What is cut from the start of a mention: modifiers and umbrella words."""
        return self.modifiers | self.umbrella

    def starts(self, words: list[str], among: frozenset[str] | None = None) -> int:
        """How many leading ``words`` form the longest entry of ``among`` (by default
        :attr:`leading`; 0: none)."""
        for n in range(min(len(words), 3), 0, -1):
            if " ".join(words[:n]) in (self.leading if among is None else among):
                return n
        return 0


def _senses(path: Path) -> Iterable[tuple[str, ...]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text:
            parts = [p.strip() for p in text.split("\t")]
            if len(parts) not in (4, 5) or not parts[2].isupper() or not all(parts):
                raise KGError(
                    Errors.E060.format(
                        path=path, line=n, detail="expected 'alias<TAB>metric<TAB>LABEL<TAB>phrases[<TAB>id]'"
                    )
                )
            alias, metric, label, phrases, *known = parts
            for phrase in phrases.split(";"):
                if norm(phrase):
                    yield norm(alias), norm(metric), label, norm(phrase), *(known or [""])


def _additions(path: Path) -> Iterable[tuple[str, str]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text:
            label, _, name = text.partition(" ")
            if not label.isupper() or not name.strip():
                raise KGError(Errors.E060.format(path=path, line=n, detail="expected 'LABEL name'"))
            yield label, name.strip()
