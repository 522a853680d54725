"""Mention extraction: the spaCy pipeline and the `kg extract` record stream.

The pipeline is the trained statistical `ner` shipped in ``kg/data/ner`` (see
``pipelines/ner``), followed by spaCy's `span_ruler` loaded with the gazetteers, the
`kg_resolver` that merges the two and labels named models, and `kg_abbreviations`.
Without a trained model the same rule components run on a blank English pipeline.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from .. import __version__
from ..compat import msgpack_codecs_frozen
from ..errors import Errors, KGError
from ..records import FIELDS, ExtractedPaper, Mention, Paper
from ..resources import NER_INDOMAIN_MODEL, NER_MODEL
from . import components  # noqa: F401  (registers the kg_* factories)
from .components import GAZETTEER_KEY
from .gazetteer import GAZETTEER_DIR, load_gazetteer
from .refine import REFINE_LISTS  # registers kg_refine

log = logging.getLogger(__name__)

MODEL_DIR = NER_MODEL
# longer than any word, name or link of the sample corpus, SciREX or the annotated sets (103)
LONG_RUN = re.compile(r"\S{200}")


def _load_model(path: Path) -> Language:
    """A saved spaCy pipeline whose layers multiply matrices with numpy's BLAS, not thinc's
    default BLIS: the same mentions, and the tok2vec layers, most of extraction's time, run
    faster wherever BLIS lacks kernels tuned for the CPU (``pipelines/bench_extract.py``
    compares the two in one run; ``docs/benchmarks.md``)."""
    try:
        with use_ops("numpy", use_blis=False):
            return spacy.load(path)
    except (OSError, ValueError) as e:
        raise KGError(Errors.E020.format(path=path, detail=e)) from e


def assemble(
    ner_path: Path | None = MODEL_DIR, gazetteer_dir: Path = GAZETTEER_DIR, *, refine: bool | None = None
) -> Language:
    """The full extraction pipeline: the trained model at ``ner_path`` (or a blank English
    pipeline when there is none) plus the gazetteer ruler and the kg components, `kg_refine`
    (``kg/extract/refine.py``) included: with ``refine`` (or ``KG_REFINE=1``) it also follows
    the in-domain span and label conventions, without it (or ``KG_REFINE=0``) it is left out,
    and by default it applies only the rules SciREX's annotators share."""
    if refine is None:
        refine = {"1": True, "0": False}.get(os.environ.get("KG_REFINE", ""))
    if ner_path is not None and (Path(ner_path) / "config.cfg").exists():
        nlp = _load_model(Path(ner_path))
    else:
        log.warning("no trained model at %s: extracting with gazetteers and rules only", ner_path)
        nlp = spacy.blank("en")
    _adjust_tokenizer(nlp)
    # two phrase rulers, not token patterns: the Matcher tries every pattern at every token
    uncased, cased = load_gazetteer(Path(gazetteer_dir)).patterns()
    for name, attr, patterns in (("kg_gazetteer", "LOWER", uncased), ("kg_gazetteer_cased", "ORTH", cased)):
        # add_pipe returns the component it made, typed only as a pipe callable
        ruler = cast(
            SpanRuler,
            nlp.add_pipe(
                "span_ruler",
                name=name,
                config={
                    "spans_key": GAZETTEER_KEY,
                    "phrase_matcher_attr": attr,
                    "annotate_ents": False,
                    "overwrite": name == "kg_gazetteer",
                },
            ),
        )
        ruler.add_patterns(patterns)
    nlp.add_pipe("kg_resolver")
    if refine is not False:
        nlp.add_pipe("kg_refine", config={"conventions": bool(refine)})
    nlp.add_pipe("kg_abbreviations")
    # nothing after the NER reads the token vectors, and with worker processes every Doc
    # travels back to the parent serialised: without them, about 5% more abstracts a second
    nlp.add_pipe("doc_cleaner", config={"attrs": {"tensor": None}})
    nlp.meta["kg_trained"] = nlp.meta.get("name", "blank") + "-" + nlp.meta.get("version", "")
    nlp.meta["name"] = "kg_ml"
    nlp.meta["version"] = __version__
    nlp.meta["kg_fingerprint"] = files_hash(
        [Path(gazetteer_dir)]
        + ([Path(ner_path)] if ner_path else [])
        + ([REFINE_LISTS] if refine is not False else [])
    ) + ("+conventions" if refine else "")
    return nlp


def _adjust_tokenizer(nlp: Language) -> None:
    """Two changes to the English tokenizer, made wherever kg assembles a pipeline."""
    # a name that ends with a digit and a capital ends before a full stop ("ImageNet-1K.",
    # "LAION-5B."): English keeps a full stop after a capital, for "U.S.", and the name
    # would not match its gazetteer entry
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[0-9][A-Z])\."]
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer is compiled and has no type stubs
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # a run of text with no space this long is no word and stays one token: spaCy searches the
    # rest of a token for a suffix each time it splits off an affix, so a hostile run ("((((...")
    # would cost time in the square of its length
    tokenizer.token_match = LONG_RUN.match


def files_hash(dirs: list[Path], code: Path = Path(__file__).resolve().parent) -> str:
    """A hash of every file under ``dirs`` and of the Python sources under ``code`` (the
    extraction rules): any change to model, gazetteers or rules changes it, and so
    invalidates cached extractions."""
    h = hashlib.sha256()
    for d, pattern in [(code, "*.py"), *((d, "*") for d in dirs)]:
        for f in sorted(p for p in d.rglob(pattern) if p.is_file()):
            h.update(f.relative_to(d).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


# the name of the shipped in-domain tier, as ``--model``: the in-domain NER model with
# `kg_refine`'s in-domain conventions
IN_DOMAIN = "in-domain"


@lru_cache(maxsize=2)
def load_pipeline(path: str | None = None) -> Language:
    """The extraction pipeline: the shipped one, or the one saved at ``path``; a saved
    statistical model without the kg components (a `spacy train` output) gets them added.
    :data:`IN_DOMAIN`, where no pipeline is saved under that name, is the shipped in-domain
    tier (as a package name is to ``spacy.load``): the NER model trained with the in-domain
    annotation (``kg/data/ner_indomain``) and the in-domain span conventions."""
    if path is None:
        return assemble()
    if not (Path(path) / "config.cfg").exists():
        if path == IN_DOMAIN:
            return assemble(NER_INDOMAIN_MODEL, refine=True)
        raise KGError(Errors.E020.format(path=path, detail="no config.cfg there"))
    nlp = _load_model(Path(path))
    if "kg_resolver" not in nlp.pipe_names:
        return assemble(Path(path))
    tokenizer: Any = nlp.tokenizer  # a pipeline saved before the guard of assemble() has none
    tokenizer.token_match = tokenizer.token_match or LONG_RUN.match
    return nlp


def pipeline_version(nlp: Language) -> str:
    """Identifies what produced a mention: changes whenever the model or kg changes."""
    return "+".join(str(nlp.meta.get(k, "")) for k in ("name", "version", "kg_trained", "kg_fingerprint"))


def doc_mentions(doc: Doc, field: str) -> list[Mention]:
    field = sys.intern(field)  # as Mention.from_dict does: one string object for each name
    return [
        Mention(
            field=field,
            start=e.start_char,
            end=e.end_char,
            text=sys.intern(e.text),
            label=sys.intern(e.label_),
            entity=sys.intern(e.kb_id_),
            score=None,
        )
        for e in doc.ents
    ]


def extract_papers(
    papers: Iterable[Paper], nlp: Language | None = None, *, workers: int = 1, batch_size: int = 64
) -> Iterator[ExtractedPaper]:
    """Run the pipeline over each paper's title and abstract, in order, streaming.

    Offsets index the field strings exactly as given; the ``entity`` of each mention is
    the gazetteer id when a gazetteer name matched, else empty (`kg.link` fills it).
    """
    nlp = nlp or load_pipeline()
    pending: deque[Paper] = deque()

    def texts() -> Iterator[tuple[str, str]]:
        for p in papers:
            pending.append(p)
            for f in FIELDS:
                yield getattr(p, f) or "", f

    # one BLAS thread a process: the layers' matrices are too small to gain from more, and
    # ``workers`` processes, each with a thread per core, would oversubscribe the cores
    with msgpack_codecs_frozen(), threadpool_limits(limits=1, user_api="blas"):
        docs = nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=workers)
        # each paper's fields come in order, one doc each: zip takes them a paper at a time
        for per_field in zip(*[docs] * len(FIELDS), strict=True):
            extracted = ExtractedPaper(pending.popleft())
            for doc, f in per_field:
                extracted.mentions.extend(doc_mentions(doc, f))
                text = doc.text  # joined anew on each read: once, not twice per abbreviation
                extracted.abbreviations.extend(
                    (f, text[a:b], text[c:d]) for a, b, c, d in doc._.abbreviations or []
                )
            yield extracted
