"""How the help of `kg`'s commands reads in a terminal.

Typer's rich help prints a docstring's paragraphs after the first with their line breaks, so
a paragraph wrapped at the source's line length breaks mid-sentence in a terminal of any
other width ("entities of kg's curated" / "vocabulary come first."). The help each command
shows is its docstring with every paragraph on one line, for the terminal to wrap.
"""

from __future__ import annotations

import inspect

import typer


def one_line_paragraphs(doc: str) -> str:
    """``doc`` dedented, with each paragraph on one line.

    >>> one_line_paragraphs("Ranked results.\\n\\n    Relative ones are listed\\n    apart.")
    'Ranked results.\\n\\nRelative ones are listed apart.'
    """
    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(doc).split("\n\n"))


def reflow_help(*apps: typer.Typer) -> None:
    """Give every command of ``apps`` its docstring's paragraphs as one line each for help."""
    for app in apps:
        for info in app.registered_commands:
            doc = info.help or (info.callback.__doc__ if info.callback else None)
            if doc:
                info.help = one_line_paragraphs(doc)
