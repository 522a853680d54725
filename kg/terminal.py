"""What the `kg` command shows: data (tables, JSON) on stdout, progress and logs on stderr.

Text from the data or the command line (a title, an entity name, a path, an HTTP error body)
never acts on the terminal: the consoles read no markup (``[link=…]``) or emoji codes in
strings, and :class:`SafeConsole` removes from everything they print the characters a
terminal obeys instead of showing (escape sequences, other controls, bidirectional overrides).
JSON output stays the exact data: :func:`print_json` writes such characters as ``\\u`` escapes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import logging
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar, cast

from rich.console import Console, ConsoleOptions, RenderableType
from rich.highlighter import JSONHighlighter
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from .errors import Errors, Skip

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from . import build
    from .evaluate import ReportRow
    from .graph import EntityInfo

T = TypeVar("T")

# Escape sequences are removed whole, so that no remnant such as "[31m" is shown: control
# sequences (ESC [ or the 8-bit CSI, parameters, a final byte); strings ended by BEL or ST
# (OSC, DCS, SOS, PM, APC; a hyperlink is an OSC string); then any other ESC and the
# character after it.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# What a terminal acts on rather than shows: C0 controls but tab and newline, DEL, C1 controls,
# and the bidirectional embeddings, overrides and isolates, which reorder the text after them
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
# lone surrogates (an undecodable byte of a file name or argument) cannot be encoded for output
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile(f"[{_CONTROLS}\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\t\n]+")


def clean(text: str, one_line: bool = False) -> str:
    """``text`` as a terminal may show it: without escape sequences or control characters
    (tab and newline stay unless ``one_line``, which makes each run of them one space), lone
    surrogates as U+FFFD.

    >>> clean("\\x1b[31mred\\x1b[0m \\x1b]8;;https://x\\x07link\\x1b]8;;\\x07\\x00 ok")
    'red link ok'
    >>> clean("two\\nlines\\r\\u202e", one_line=True)
    'two lines'
    """
    if _UNSAFE.search(text):
        text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", _ESCAPES.sub("", text)))
    return _LINE_BREAKS.sub(" ", text) if one_line else text


class SafeConsole(Console):
    """A rich console for text from anywhere: strings are never read as markup or emoji codes,
    and what it prints holds no control characters but its own styles and cursor moves."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, emoji=False, **kwargs)

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        # Every renderable's text ends up in the segments yielded here, whoever built it (a
        # table of SPARQL results, a log record); control segments are the console's own
        # cursor moves, as a live progress bar makes them.
        for segment in super().render(renderable, options):
            if segment.control or not _UNSAFE.search(segment.text):
                yield segment
            else:
                yield Segment(clean(segment.text), segment.style)


class OutputError(Exception):
    """Writing to stdout or stderr failed: a full disk, a reader that went away."""

    def __init__(self, stream: str, error: OSError) -> None:
        super().__init__(f"{stream}: {error}")
        self.stream, self.error = stream, error


class _StdStream:
    """``sys.stdout`` or ``sys.stderr``, whichever object it is when written to (a test
    runner swaps them), with a failed write raised as :class:`OutputError`, so that a
    broken output is told apart from any other OSError a command meets."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def stream(self) -> TextIO:
        stream: TextIO = getattr(sys, self.name)
        return stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as e:
            raise OutputError(self.name, e) from e

    def write_bytes(self, data: bytes) -> None:
        """Write ``data`` as it is, after any text written before."""
        try:
            self.stream.flush()
            self.stream.buffer.write(data)
            self.stream.flush()
        except OSError as e:
            raise OutputError(self.name, e) from e

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as e:
            raise OutputError(self.name, e) from e

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding...: the stream's
        return getattr(self.stream, name)


stdout, stderr = _StdStream("stdout"), _StdStream("stderr")
# tables piped to a file or another program keep their columns instead of wrapping at 80
out = SafeConsole(
    file=cast(IO[str], stdout), width=None if sys.stdout.isatty() or "COLUMNS" in os.environ else 140
)
err = SafeConsole(file=cast(IO[str], stderr))


def fail(message: str) -> NoReturn:
    """Print ``message`` on stderr as kg's one-line error and exit 1."""
    with contextlib.suppress(OutputError):  # stderr may be the stream that failed
        err.print(Text.assemble(("error:", "bold red"), " ", clean(message, one_line=True)), soft_wrap=True)
    raise SystemExit(1)


@contextlib.contextmanager
def output_guard() -> Iterator[None]:
    """Let a command write its output; when stdout or stderr cannot be written (a full disk,
    a reader that went away), end with one line and exit 1 rather than a traceback.

    A closed pipe (``kg top | head -1``) ends quietly, as the reader asked for no more.
    """
    try:
        try:
            yield
        finally:
            stdout.flush()  # what is still buffered fails here rather than at exit
    except OutputError as e:
        # what the stream still buffers goes to /dev/null, else Python's own flush at exit
        # fails on it again, with a message of its own
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, getattr(sys, e.stream).fileno())
            os.close(devnull)
        if e.error.errno == errno.EPIPE or e.stream == "stderr":
            raise SystemExit(1) from None
        fail(Errors.E070.format(detail=e.error.strerror or e.error))


def progress(quiet: bool) -> build.Progress:
    """A progress wrapper for long stages, drawn on stderr (none when ``quiet``)."""

    def wrap(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        if quiet:
            yield from items
            return
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as bar:
            task = bar.add_task(description, total=total)
            # the bar redraws ten times a second: counting to it item by item would cost
            # 5 µs an item, minutes over the RDF triples of 100k papers
            done, due = 0, 0.0
            for done, item in enumerate(items, 1):
                yield item
                if (now := time.monotonic()) >= due:
                    bar.update(task, completed=done)
                    due = now + 0.1
            bar.update(task, completed=done)

    return wrap


def setup_logging(quiet: bool) -> None:
    logging.basicConfig(
        level=logging.ERROR if quiet else logging.INFO,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
        force=True,
    )


def warn_skipped(skips: Iterable[Skip]) -> None:
    """Log each record left out of the input, and why."""
    for s in skips:
        logging.getLogger("kg").warning("skipped %s", s)


def plain(obj: object) -> object:
    """``obj`` as JSON holds it: dataclasses as objects, tuples and sets as arrays, paths as text.

    >>> plain({1: (Path("a"), {2})})
    {'1': ['a', [2]]}
    """
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return plain(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [plain(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    return obj


# what json.dumps(ensure_ascii=False) leaves in strings as it is but a terminal would act on
# (DEL, C1 controls, bidirectional overrides) or no encoding can write (lone surrogates)
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def json_text(obj: object) -> str:
    """``obj`` (see :func:`plain`) as indented JSON that is safe on a terminal: characters a
    terminal acts on are ``\\u`` escapes, which any JSON reader turns back into the same text.

    >>> json_text({"title": "a\\x1b[2J\\x9bb"})
    '{\\n  "title": "a\\\\u001b[2J\\\\u009bb"\\n}'
    """
    text = json.dumps(plain(obj), indent=2, ensure_ascii=False)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def print_json(obj: object) -> None:
    """Print ``obj`` as :func:`json_text` makes it, highlighted on a terminal, never wrapped."""
    text = JSONHighlighter()(Text(json_text(obj), no_wrap=True))
    out.print(text, soft_wrap=True)


def records(items: Iterable[DataclassInstance]) -> list[dict[str, object]]:
    """Dataclasses as rows of a table, their fields by name (see :func:`plain`)."""
    return [{k: plain(v) for k, v in dataclasses.asdict(item).items()} for item in items]


def table(
    title: str | None, rows: Sequence[Mapping[str, object]], columns: Sequence[str] | None = None
) -> Table:
    """A table of ``rows``, with ``columns`` (by default the keys of the first row)."""
    columns = columns or (list(rows[0]) if rows else [])
    shown = Table(title=title, title_justify="left")
    for c in columns:
        shown.add_column(c, overflow="fold")
    for r in rows:
        shown.add_row(*(cell(r.get(c)) for c in columns))
    return shown


def cell(v: object) -> str:
    """
    >>> cell(None), cell(0.5), cell(["a", "b"]), cell({"ImageNet": 3, "pagerank": "0.2"})
    ('', '0.500', 'a, b', 'ImageNet (3), pagerank: 0.2')
    """
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    if isinstance(v, dict):
        return ", ".join(f"{k} ({n})" if isinstance(n, int) else f"{k}: {n}" for k, n in v.items())
    return str(v)


def scores_table(title: str, rows: list[ReportRow]) -> Table:
    """P, R and F1 of exact and overlapping matches, and the mentions counted, by label."""
    shown = Table(title=title, title_justify="left")
    shown.add_column("label", justify="left")
    for c in [*(f"{k} {m}" for k in ("exact", "overlap") for m in ("P", "R", "F1")), "n_pred", "n_gold"]:
        shown.add_column(c, justify="right")
    for r in rows:
        scores = (s for kind in (r["exact"], r["overlap"]) for s in (kind["p"], kind["r"], kind["f"]))
        shown.add_row(r["label"], *(f"{s:.3f}" for s in scores), str(r["n_pred"]), str(r["n_gold"]))
    return shown


def entity_rows(info: EntityInfo) -> list[dict[str, object]]:
    """What `kg entity` shows of an entity, a row per fact."""
    rows: list[dict[str, object]] = [
        {"": "id", "value": info.id},
        {"": "type", "value": info.type},
        {"": "types seen", "value": info.type_counts},
        {"": "aliases", "value": info.aliases},
        {"": "papers", "value": info.n_papers},
        {"": "with variants", "value": info.n_papers_with_variants},
        {"": "papers by year", "value": info.papers_by_year},
        {"": "variant of", "value": info.variant_of},
        {"": "variants", "value": info.variants},
        {"": "curated", "value": "yes" if info.curated else "no"},
        {"": "generic", "value": "yes" if info.generic else "no"},
        {"": "community", "value": info.community},
        {"": "pagerank", "value": f"{info.pagerank:.3g}"},
    ]
    rows += [
        {
            "": f"with {t}",
            "value": ", ".join(f"{c.label} ({c.npmi:.2f}{', generic' if c.generic else ''})" for c in cs),
        }
        for t, cs in info.cooccurring.items()
    ]
    return rows
