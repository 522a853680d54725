"""Canonical entities: every mention of the same thing gets the same entity id.

A mention resolves, in order, through (1) the gazetteer id its span matched, (2) the
gazetteer's alias table, (3) an abbreviation defined in the same paper, (4) the corpus-wide
abbreviation dictionary when the short form means one thing everywhere, (5) for tasks and
metrics, the curated name a qualified name ends with ("face recognition accuracy" is
accuracy), (6) its normalised key: case, spacing, hyphens, plurals and trailing head words ("BLEU score" = "BLEU")
folded, while numbers stay ("CIFAR-10" ≠ "CIFAR-100").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from .extract.gazetteer import Gazetteer, load_gazetteer
from .models import Entity, ExtractedPaper

# Words that name the kind of thing rather than the thing: "COCO dataset" is COCO.
HEAD_WORDS = {
    "dataset", "datasets", "data set", "data sets", "benchmark", "benchmarks", "corpus", "corpora",
    "score", "scores", "metric", "metrics", "task", "tasks", "challenge", "database", "problem", "problems",
}
# Types whose qualified names fall back to the curated name they end with: "face recognition
# accuracy" is accuracy, "statistical machine translation" is machine translation.
GENERALIZE = {"TASK", "METRIC"}
_ARTICLES = {"the", "a", "an"}
_NOT_PLURAL = re.compile(r"(ss|us|is|ias|ous|ics|ness|sis|xis)$")
_VARIANT = re.compile(r"^(.*?[a-z])[\s_-]*(?:v?\d+(?:\.\d+)?[a-z]?|large|base|small|tiny|mini|xl|xxl|huge|\d+[bmk])$")


def head_keys(text: str) -> list[str]:
    """Keys of the ever shorter word suffixes of ``text``, longest first; none for a name
    with a number in it, so "top-5 accuracy" never falls back to accuracy.

    >>> head_keys("face recognition accuracy")
    ['recognitionaccuracy', 'accuracy']
    >>> head_keys("top-5 accuracy"), head_keys("accuracy")
    ([], [])
    """
    words = normalize_words(text)
    if any(c.isdigit() for w in words for c in w):
        return []
    return ["".join(words[i:]) for i in range(1, len(words))]


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"[^\W_]+", text)


def singular(word: str) -> str:
    """Strip an English plural from one lowercase word, leaving non-plurals alone.

    >>> [singular(w) for w in ["networks", "cnns", "corpora", "gaussians", "loss", "analysis", "bias"]]
    ['network', 'cnn', 'corpora', 'gaussian', 'loss', 'analysis', 'bias']
    >>> singular("strategies"), singular("approaches"), singular("gas")
    ('strategy', 'approach', 'gas')
    """
    if len(word) <= 3 or not word.endswith("s") or word[-2].isdigit() or _NOT_PLURAL.search(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ch|sh|x|ss)es$", word):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=500_000)
def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a surface form with articles, head words and a plural removed.

    >>> normalize_words("the COCO keypoints datasets")
    ('coco', 'keypoint')
    """
    words = _words(text)
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    while len(words) > 1 and (words[-1] in HEAD_WORDS or " ".join(words[-2:]) in HEAD_WORDS):
        words = words[:-2] if " ".join(words[-2:]) in HEAD_WORDS else words[:-1]
    if words:
        words[-1] = singular(words[-1])
    return tuple(words)


def normalize(text: str) -> str:
    """The matching key of a surface form.

    >>> normalize("CIFAR10") == normalize("CIFAR-10") == normalize("cifar 10")
    True
    >>> normalize("CIFAR-10") == normalize("CIFAR-100"), normalize("ResNet-50") == normalize("ResNet-101")
    (False, False)
    >>> normalize("BLEU score"), normalize("the COCO dataset"), normalize("Transformers")
    ('bleu', 'coco', 'transformer')
    >>> normalize("top-1 accuracy") == normalize("top-5 accuracy")
    False
    """
    return "".join(normalize_words(text))


def slug(text: str) -> str:
    """
    >>> slug("Long Range Arena"), slug("ResNet-50"), slug("BLEU_score")
    ('long-range-arena', 'resnet-50', 'bleu-score')
    """
    return "-".join(_words(text)) or "entity"


def family_key(key: str) -> str | None:
    """The key of the family a versioned or sized name belongs to.

    >>> family_key("resnet50"), family_key("gpt4"), family_key("bertlarge"), family_key("imagenet")
    ('resnet', 'gpt', 'bert', None)
    """
    m = _VARIANT.match(key)
    return m.group(1) if m and m.group(1) != key else None


def abbreviation_dictionary(docs: Iterable[ExtractedPaper]) -> dict[str, str]:
    """Short-form key → long-form key, across the corpus, kept only where the short form
    means one thing (one long form, or one that holds at least 3/4 of its definitions).

    >>> from kg.models import Paper
    >>> d = [ExtractedPaper(Paper(str(i), "", ""), [], [("abstract", "LRA", "Long Range Arena")]) for i in range(2)]
    >>> d.append(ExtractedPaper(Paper("x", "", ""), [], [("abstract", "RL", "reinforcement learning")]))
    >>> d.append(ExtractedPaper(Paper("y", "", ""), [], [("abstract", "RL", "representation learning")]))
    >>> abbreviation_dictionary(d)
    {'lra': 'longrangearena'}
    """
    defs: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        for _, short, long in doc.abbreviations:
            defs[normalize(short)][normalize(long)] += 1
    out = {}
    for short, longs in defs.items():
        (best, n), total = longs.most_common(1)[0], sum(longs.values())
        if n / total >= 0.75 and best != short:
            out[short] = best
    return out


def _is_short_form(text: str) -> bool:
    return len(text) <= 8 and " " not in text and sum(c.isupper() for c in text) >= 2


def link(docs: Sequence[ExtractedPaper], gazetteer: Gazetteer | None = None) -> dict[str, Entity]:
    """Give every mention in ``docs`` its canonical ``entity`` id (in place) and return the
    entity records by id."""
    gazetteer = gazetteer or load_gazetteer()
    gaz_by_key = {normalize(alias): cid for alias, cid in gazetteer.alias_index().items()}
    corpus_abbrevs = abbreviation_dictionary(docs)

    # 1. every mention gets a key: a gazetteer id ("g:...") or a normalised surface ("k:...")
    keys: list[list[str]] = []
    for doc in docs:
        local = {normalize(s): normalize(l) for _, s, l in doc.abbreviations}
        doc_keys = []
        for m in doc.mentions:
            k = normalize(m.text)
            k = local.get(k) or corpus_abbrevs.get(k) or k
            gid = m.entity if m.entity in gazetteer.concepts else gaz_by_key.get(k)
            if gid is None and m.label in GENERALIZE:
                gid = next((gaz_by_key[h] for h in head_keys(m.text) if h in gaz_by_key
                            and gazetteer.concepts[gaz_by_key[h]].type == m.label), None)
            doc_keys.append(f"g:{gid}" if gid else f"k:{k}")
        keys.append(doc_keys)

    # 2. each key becomes an entity id; surface forms vote for the preferred label
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for doc, doc_keys in zip(docs, keys):
        for m, k in zip(doc.mentions, doc_keys):
            surfaces[k][m.text] += 1
    ids = _assign_ids(surfaces, gazetteer)

    # 3. records
    entities: dict[str, Entity] = {}
    for doc, doc_keys in zip(docs, keys):
        year = doc.paper.year
        for m, k in zip(doc.mentions, doc_keys):
            eid = m.entity = ids[k]
            e = entities.get(eid)
            if e is None:
                e = entities[eid] = Entity(id=eid, label="", type="")
            e.type_counts[m.label] = e.type_counts.get(m.label, 0) + 1
            e.aliases[m.text] = e.aliases.get(m.text, 0) + 1
            if not e.papers or e.papers[-1] != doc.paper.id:
                e.papers.append(doc.paper.id)
            if year is not None:
                e.first_year = year if e.first_year is None else min(e.first_year, year)
                e.last_year = year if e.last_year is None else max(e.last_year, year)
    for e in entities.values():
        concept = gazetteer.concepts.get(e.id)
        e.label = concept.name if concept else preferred_label(e.aliases)
        e.type = max(sorted(e.type_counts), key=e.type_counts.get)
        if concept and concept.type == "MODEL" and e.type == "METHOD":
            e.type = "MODEL"  # the gazetteer knows it is a named model
        e.papers = sorted(set(e.papers))
    _tie_variants(entities, gazetteer)
    return entities


def preferred_label(aliases: Mapping[str, int]) -> str:
    """The most common long form, else the most common form.

    >>> preferred_label({"LRA": 5, "Long Range Arena": 2, "long range arena": 1})
    'Long Range Arena'
    """
    ranked = sorted(aliases, key=lambda a: (-aliases[a], a))
    return next((a for a in ranked if not _is_short_form(a)), ranked[0])


def _assign_ids(surfaces: Mapping[str, Counter], gazetteer: Gazetteer) -> dict[str, str]:
    ids, used = {}, set(gazetteer.concepts)
    for key in sorted(surfaces):
        if key.startswith("g:"):
            ids[key] = key[2:]
            continue
        base = slug(preferred_label(surfaces[key]))
        eid, n = base, 1
        while eid in used:
            n += 1
            eid = f"{base}-{n}"
        used.add(eid)
        ids[key] = eid
    return ids


def _tie_variants(entities: dict[str, Entity], gazetteer: Gazetteer) -> None:
    """``variant_of``: from the gazetteer, else a versioned name to its family's entity."""
    by_key = {}
    for e in entities.values():
        by_key.setdefault(normalize(e.label), e.id)
    for e in entities.values():
        concept = gazetteer.concepts.get(e.id)
        if concept and concept.variant_of in entities:
            e.variant_of = concept.variant_of
            continue
        fam = family_key(normalize(e.label))
        if fam and by_key.get(fam, e.id) != e.id:
            e.variant_of = by_key[fam]
