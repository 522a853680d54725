"""A name read for a result: its text as written, with the entity of the mention it came from."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Mention


@dataclass(slots=True)
class Name:
    """A name read for a result, with the entity of the mention it came from."""

    text: str
    entity: str | None = None


def mention_name(m: Mention) -> Name:
    return Name(m.text, m.entity or None)
