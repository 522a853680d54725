"""Cheap text structure on plain strings: sentences, clauses and short noun phrases.

Result extraction runs on every abstract kg reads, so it cannot afford a parser: these
regular expressions give the sentence and clause a number sits in, and the few words of
noun phrase on either side of it, with character offsets into the original string.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Mention

# a sentence ends at . ! ? followed by space and something that can start one, and a colon before
# an opening of place starts one ("grows with the shots: on Banking77, accuracy ...")
# the longest span read as one sentence (the sample's and the annotated sets' longest real one
# is about 1,000 characters; 2,300 for an abstract written without full stops)
MAX_SENTENCE = 1500
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'(\[]?[A-Z0-9])|:(?=\s+(?:on|in|across)\s)")
# ... but not after abbreviations that end in a full stop
_NO_BREAK = re.compile(
    r"(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Sec|approx|resp|etc|avg|No|Dr|Mr)|(?<!/)(?<!\d\s)\b[A-Za-z])\.$"
)  # an initial, not a unit ("0.21 m/s.", "in 0.3 s.")
# words of a phrase: names with digits, hyphens, slashes and "@" ("NDCG@10", "top-1", "R@1")
WORD = re.compile(r"[\w@](?:[\w@/'’+.-]|,(?=\d{3}(?!\d)))*[\w@+]|[\w@]")  # "1,024-token" is one word
# where a clause ends: a semicolon, a colon, or a comma before a new clause's conjunction
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?:while|whereas|but|which|and\s+(?:we|it|they|our))\b|\bwhile\b|\bwhereas\b"
)

# what a bracket right after a number holds: "90.7 (Cora)", "62.42 (GLEU)", "72.6% (XGBoost)"
BRACKET_AFTER = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)")
# what joins the names of a list written as one: "A, B and C"
_JOINT = re.compile(r",\s*|\s+and\s+|,\s+and\s+")
# the name of an item a list scores, one capitalised word or two: "Dark Zurich", "Cora"
ITEM_NAME = r"[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?"
# a model's name with its size: "Zephyr-7B", "Qwen2.5-1.5B"
SIZED_MODEL = r"[A-Z][\w.]*-\d+(?:\.\d+)?[BM]"
# a joint between two clauses of a sentence: "..., and our model reaches"
CLAUSE_JOINT = re.compile(r",\s+(?:and|while|whereas)\s+")
# words in title case, which in a title name a method or task: "Visual Grounding", "ConvNeXt"
TITLE_CASE = re.compile(r"[A-Z0-9][\w.+/-]*(?:\s+[A-Z0-9][\w.+/-]*)*")
# words that end a noun phrase: function words, and verbs that commonly follow a measure
STOP = frozenset({
    "a", "an", "the", "of", "in", "on", "for", "to", "by", "with", "than", "and", "or", "nor", "while", "where",
    "whereas", "compared", "versus", "vs", "at", "across", "over", "from", "as", "when", "which",
    "that", "who", "is", "are", "was", "were", "be", "been", "being", "it", "its", "their", "our", "we",
    "this", "these", "those", "both", "not", "only", "but", "also", "into", "onto", "under", "against",
    "per", "via", "between", "among", "after", "before", "during", "without", "within", "upon", "so",
    "such", "respectively", "achieves", "achieving", "achieve", "achieved", "reaches", "reaching",
    "obtains", "obtaining", "yields", "yielding", "using", "uses", "use", "can", "could", "may",
    "might", "will", "would", "should", "has", "have", "had", "do", "does", "did", "up", "including",
    "delivers", "delivering", "delivered", "attains", "attaining", "attained", "provides", "providing",
    "offers", "offering", "brings", "bringing", "gives", "giving", "exhibits", "exhibiting", "enables",
    "enabling", "demonstrates", "demonstrating", "shows", "showing", "then", "still", "further",
    "because", "since", "although", "though", "if", "unless"
})  # fmt: skip
DETERMINERS = frozenset({
    "a", "an", "the", "its", "their", "our", "his", "her", "this", "these", "those", "each", "every",
    "all"
})  # fmt: skip


# words that join clauses or items, which a comma before them does not join adjectives with
_JOINING = r"(?:and|or|but|while|whereas|which|where|with|to|for)\b"


def behind(words: str, skip: int = 0, anchored: bool = False) -> re.Pattern[str]:
    """The pattern of what stands right before a name: one of ``words`` (alternatives, in
    any case), an optional "the" and up to ``skip`` small words, at the end of the text
    searched (``anchored``: and nothing before it).

    >>> p = behind("on|in", skip=2)
    >>> [bool(p.search(t)) for t in ("results on the widely studied ", "On ", "trained, ")]
    [True, True, False]
    >>> [bool(p.search(t)) for t in ("on the long, occlusion-heavy ", "on the test, and ")]
    [True, False]
    """
    # adjectives may be coordinated by a comma: "on the long, occlusion-heavy OVIS benchmark"
    small = rf"(?:[a-z][\w-]*(?:,(?!\s+{_JOINING}))?\s+){{0,{skip}}}" if skip else ""
    start = "^" if anchored else r"\b"
    return re.compile(rf"{start}(?i:{words})\s+(?:(?i:the)\s+)?{small}$")


def part_of(parts: str) -> re.Pattern[str]:
    """The pattern of a part of a dataset named right before it, after "on" or "in": one of
    ``parts`` (alternatives) past up to three words, then "of".

    >>> p = part_of(r"(?:splits?|subsets?)")
    >>> [bool(p.search(t)) for t in ("accuracy on the long-video subset of ", "the subset of ")]
    [True, False]
    """
    return re.compile(r"\b(?i:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}" + parts + r"\s+of\s+(?:the\s+)?$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of ``text``.

    >>> t = "We use e.g. BERT. It reaches 84.1% on GLUE (Wang et al. 2019). Done"
    >>> [t[a:b] for a, b in sentences(t)]
    ['We use e.g. BERT.', 'It reaches 84.1% on GLUE (Wang et al. 2019).', 'Done']
    >>> t = "Gains are largest in few shots: on Banking77, it reaches 41.2%."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Gains are largest in few shots:', 'on Banking77, it reaches 41.2%.']
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _NO_BREAK.search(text, max(0, m.start() - 8), m.end()):
            continue
        spans.extend(_capped(text, start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.extend(_capped(text, start, len(text)))
    return spans


def _capped(text: str, a: int, b: int, cap: int = MAX_SENTENCE) -> list[tuple[int, int]]:
    """``text[a:b]`` in pieces of at most ``cap`` characters, cut after the last semicolon,
    comma or space before the cap: the rules read the sentence around each number, so a
    sentence without end (hostile input) would cost the square of its length.

    >>> t = "a, b; c d e"
    >>> [t[x:y] for x, y in _capped(t, 0, len(t), cap=5)]
    ['a,', ' b;', ' c d', ' e']
    """
    pieces = []
    while b - a > cap:
        window = text[a : a + cap]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut > 0 else window.rfind(" ")
        cut = cut if cut > 0 else cap
        pieces.append((a, a + cut))
        a += cut
    return [*pieces, (a, b)]


def open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Offset of the bracket still open at ``pos`` (from ``lo``), or None.

    >>> t = "on MMLU (42.1 vs. 37.5) and (12"
    >>> open_bracket(t, 0, t.index("37.5")), open_bracket(t, 0, t.index(" and")), open_bracket(t, 0, len(t))
    (8, None, 28)
    """
    opening = text.rfind("(", lo, pos)
    return None if opening < 0 or ")" in text[opening:pos] else opening


def clause_start(text: str, lo: int, pos: int) -> int:
    """Offset where the clause holding ``pos`` begins, ``lo`` being its sentence's start.

    >>> t = "Ours gets 0.98, while Smith et al.'s gets 0.87."
    >>> t[clause_start(t, 0, 41):41]
    " Smith et al.'s gets"
    """
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, pos):
        start = m.end()
    return start


def list_span(text: str, names: Sequence[tuple[int, int, object]]) -> tuple[int, int] | None:
    """The span of ``names`` (in order, with their offsets) when ``text`` writes them as one
    list, two or more joined by commas and a last "and" ("TriviaQA, SciQ, GSM8K and MedQA");
    None otherwise.

    >>> t = "on ML-SUPERB and FLEURS, then WMT"
    >>> names = [(t.index(w), t.index(w) + len(w), w) for w in ("ML-SUPERB", "FLEURS", "WMT")]
    >>> list_span(t, names[:2]), list_span(t, names)
    ((3, 23), None)
    """
    joints = [text[b:a] for (_, b, _), (a, _, _) in itertools.pairwise(names)]
    if not joints or any(not _JOINT.fullmatch(j) for j in joints) or "and" not in joints[-1]:
        return None
    return names[0][0], names[-1][1]


def words_after(text: str, pos: int, end: int, n: int) -> list[re.Match[str]]:
    """The first ``n`` words of ``text[pos:end]`` that come before any punctuation mark
    other than a hyphen, slash or apostrophe.

    >>> [m.group() for m in words_after("40% less GPU memory, and more", 3, 29, 5)]
    ['less', 'GPU', 'memory']
    """
    out = []
    for m in WORD.finditer(text, pos, end):
        if text[pos : m.start()].strip():
            break
        out.append(m)
        pos = m.end()
        if len(out) == n:
            break
    return out


def words_before(text: str, pos: int, start: int, n: int) -> list[re.Match[str]]:
    """The last ``n`` words of ``text[start:pos]`` after its last punctuation mark, in order.

    >>> [m.group() for m in words_before("with an FID of 2.1", 15, 0, 3)]
    ['an', 'FID', 'of']
    >>> [m.group() for m in words_before("the top 50,000 scoring molecules", 32, 0, 3)]
    ['50,000', 'scoring', 'molecules']
    """
    found = list(WORD.finditer(text, start, pos))
    out: list[re.Match[str]] = []
    for m in reversed(found):
        if text[m.end() : out[0].start() if out else pos].strip():
            break
        out.insert(0, m)
        if len(out) == n:
            break
    return out


def phrase_after(text: str, pos: int, end: int, n: int = 4) -> tuple[int, int] | None:
    """Span of the noun phrase that starts at ``pos`` (determiners skipped), up to ``n``
    words and up to the first function word.

    >>> t = "a reduction in the visual tokens while keeping"
    >>> a, b = phrase_after(t, 14, len(t)); t[a:b]
    'visual tokens'
    >>> t = "97% of the dense model's average GLUE score"
    >>> a, b = phrase_after(t, 7, len(t)); t[a:b]
    'average GLUE score'
    >>> t = "fewer parameters than SAM's ViT-H"
    >>> a, b = phrase_after(t, 5, len(t)); t[a:b]
    'parameters'
    """
    ws = words_after(text, pos, end, n + 4)
    while ws and ws[0].group().lower() in DETERMINERS:
        ws.pop(0)
    # a possessor is left out, as in phrase_before: "the dense model's average GLUE score"; one
    # after a function word is another phrase's ("fewer parameters than SAM's ViT-H")
    first_stop = next((k for k, m in enumerate(ws[:n]) if m.group().lower() in STOP), n)
    owner = next((k for k, m in enumerate(ws[:first_stop]) if m.group().endswith(("'s", "’s"))), None)
    if owner is not None:
        ws = ws[owner + 1 :]
    kept = []
    for m in ws[:n]:
        if m.group().lower() in STOP:
            break
        kept.append(m)
    return (kept[0].start(), kept[-1].end()) if kept else None


def phrase_before(text: str, pos: int, start: int, n: int = 4) -> tuple[int, int] | None:
    """Span of the noun phrase that ends at ``pos``: up to ``n`` words back, stopping at a
    function word; a possessor ("Whisper's encoder size") is left out.

    >>> t = "we compress Whisper large-v3's encoder size by"
    >>> a, b = phrase_before(t, t.index(" by"), 0); t[a:b]
    'encoder size'
    """
    ws = words_before(text, pos, start, n)
    kept: list[re.Match[str]] = []
    for m in reversed(ws):
        w = m.group().lower()
        if w in STOP or w in DETERMINERS or w.endswith(("'s", "’s")):
            break
        kept.insert(0, m)
    return (kept[0].start(), kept[-1].end()) if kept else None


@dataclass(slots=True)
class Sentence:
    """A sentence of a paper's field: the whole field's ``text`` (offsets stay the
    field's), the sentence's bounds and the kg mentions that lie inside it."""

    field: str
    text: str
    lo: int
    hi: int
    mentions: list[Mention]

    @classmethod
    def of(cls, text: str, *labelled: tuple[str, str]) -> Sentence:
        """``text`` as one sentence of an abstract, with a mention for each (span, label)
        given, at the span's first occurrence: examples written short.

        >>> Sentence.of("52.6% mIoU", ("mIoU", "METRIC")).mentions[0].start
        6
        """
        spans = [(text.index(w), w, label) for w, label in labelled]
        return cls(
            "abstract", text, 0, len(text), [Mention("abstract", a, a + len(w), w, lb) for a, w, lb in spans]
        )

    def labelled(self, label: str, lo: int = 0) -> list[Mention]:
        """The mentions with ``label`` that start at ``lo`` or later, in order."""
        return [m for m in self.mentions if m.label == label and m.start >= lo]

    def mention_at(self, start: int, end: int, labels: tuple[str, ...]) -> Mention | None:
        """The first mention with one of ``labels`` that overlaps ``[start, end)``.

        >>> s = Sentence("abstract", "52.6% mIoU", 0, 10, [Mention("abstract", 6, 10, "mIoU", "METRIC")])
        >>> s.mention_at(6, 8, ("METRIC",)).text
        'mIoU'
        """
        for m in self.mentions:
            if m.label in labels and m.start < end and start < m.end:
                return m
        return None
