"""Matching keys of surface forms: how linking tells two names of one thing apart from two
names of two things, by string alone.

A key folds case, spacing, hyphens, articles, a plural and trailing words that name the kind
of thing rather than the thing ("BLEU score" = "BLEU", "the COCO datasets" = "COCO"), while
numbers stay ("CIFAR-10" ≠ "CIFAR-100"). The shorter keys of a name are what a name the
gazetteer does not know may fall back to: the word suffixes of a qualified task or metric
(:func:`head_keys`), the word prefixes of a dataset named with a split (:func:`dataset_keys`)
and the family of a versioned or sized name (:func:`family_key`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that name the kind of thing rather than the thing: "COCO dataset" is COCO.
HEAD_WORDS = {
    *("dataset", "datasets", "data set", "data sets", "database"),
    *("benchmark", "benchmarks", "corpus", "corpora", "challenge"),
    *("score", "scores", "metric", "metrics"),
    *("task", "tasks", "problem", "problems"),
}
_ARTICLES = {"the", "a", "an"}
# Words after a method's name that name the kind of thing it is, or a version of it, rather
# than another thing: "autoencoder models", "ReLU function", "self-attention mechanism",
# "decoder module", "Transformer counterparts", "Transformer-based models" (with "based"),
# "positional encoding schemes", "in-context learning capability", "gradient descent step".
# Parts ("block", "layer") and "network" ("neural network" is no "neural") are not among them.
KIND_WORDS = {
    *("model", "architecture", "method", "approach", "algorithm", "system", "framework"),
    *("technique", "function", "variant", "counterpart", "baseline", "strategy", "paradigm"),
    *("stage", "regime", "setting", "procedure", "based", "mechanism", "module"),
    *("scheme", "capability", "ability", "term", "step", "objective"),
}
# Leading words that rate or size a method without making it another one: "standard
# Transformer", "pre-trained convolutional net", "large-scale machine learning systems". A
# closed list, as most modifiers do make another method ("masked autoencoder", "vision
# transformer").
GENERIC_MODIFIERS = {
    *("standard", "vanilla", "original", "conventional", "traditional", "classical", "classic"),
    *("existing", "typical", "popular", "common", "modern", "recent", "current", "prior"),
    *("previous", "pretrained", "full", "plain", "simple", "basic", "naive", "powerful"),
    *("strong", "larger", "smaller", "deeper", "wider", "shallower", "bigger", "various"),
    *("novel", "new", "proposed", "improved", "enhanced", "advanced", "effective", "lightweight"),
    *("unified", "scalable", "competitive", "dedicated", "different"),
}
_TWO_WORD_MODIFIERS = {
    ("pre", "trained"),
    ("large", "scale"),
    ("state", "of", "the", "art"),
    ("fully", "connected"),
    ("general", "purpose"),
    ("multi", "layer"),
}
# Words of a name whose last word is not its head ("recognition of speech"), or that has two.
COMPOUND_WORDS = {"and", "or", "of", "for", "in", "on", "with", "by", "from", "to"}
_NOT_PLURAL = re.compile(r"(ss|us|is|ias|ous|ics|ness|sis|xis)$")
_VARIANT = re.compile(
    r"^(.*?[a-z])[\s_-]*(?:v?\d+(?:\.\d+)?[a-z]?|large|base|small|tiny|mini|xl|xxl|huge|\d+[bmk])$"
)


def split_words(text: str) -> list[str]:
    """The casefolded words of ``text``, its punctuation and underscores dropped but for a
    "+", which names another version ("UNet++" is no U-Net, "PASE+" no PASE).

    >>> split_words("ResNet-50_v2 (ImageNet)"), split_words("UNet++")
    (['resnet', '50', 'v2', 'imagenet'], ['unet', 'plus', 'plus'])
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return [w if w != "+" else "plus" for w in re.findall(r"[^\W_]+|\+", text)]


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


def noun_of(modifier: str) -> str:
    """The noun an "-ional" adjective is made from ("positional" → "position"): a modifier
    written either way names one thing ("positional encoding" = "position encoding").

    >>> noun_of("positional"), noun_of("computational"), noun_of("convolutional"), noun_of("normal")
    ('position', 'computation', 'convolution', 'normal')
    """
    return modifier[:-2] if len(modifier) > 7 and modifier.endswith("ional") else modifier


@lru_cache(maxsize=500_000)
def normalize_words(text: str) -> tuple[str, ...]:
    """The words of a surface form with articles, head words and a plural removed, and its
    modifiers' "-ional" adjectives as their nouns.

    >>> normalize_words("the COCO keypoints datasets"), normalize_words("Rotary Positional Encodings")
    (('coco', 'keypoint'), ('rotary', 'position', 'encoding'))
    """
    words = split_words(text)
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    while len(words) > 1 and (words[-1] in HEAD_WORDS or " ".join(words[-2:]) in HEAD_WORDS):
        words = words[:-2] if " ".join(words[-2:]) in HEAD_WORDS else words[:-1]
    if words:
        words = [noun_of(w) for w in words[:-1]] + [singular(words[-1])]
    return tuple(words)


@lru_cache(maxsize=1 << 18)  # names repeat across a corpus
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
    """The words of ``text`` joined by hyphens: an entity id.

    >>> slug("Long Range Arena"), slug("ResNet-50"), slug("BLEU_score")
    ('long-range-arena', 'resnet-50', 'bleu-score')
    """
    return "-".join(split_words(text)) or "entity"


def head_names(text: str) -> list[tuple[str, ...]]:
    """The words of the ever shorter suffixes of ``text``, longest first, each keeping every
    word with a number in it, so "top-5 accuracy" never falls back to accuracy, and each
    starting a word of ``text`` rather than inside one: "self-supervised learning" is no
    supervised learning, "non-autoregressive translation" no autoregressive one.

    >>> head_names("face recognition accuracy"), head_names("multi-task self-supervised learning")
    ([('recognition', 'accuracy'), ('accuracy',)], [('self', 'supervised', 'learning'), ('learning',)])
    """
    words = normalize_words(text)
    numbered = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    last = min(numbered[0] + 1, len(words)) if numbered else len(words)
    starts, n = set(), 0
    for token in unicodedata.normalize("NFKC", text).split():
        starts.add(n)
        n += len(split_words(token))
    lead = 0  # the articles normalize_words dropped
    all_words = split_words(text)
    while len(all_words) - lead > 1 and all_words[lead] in _ARTICLES:
        lead += 1
    return [words[i:] for i in range(1, last) if i + lead in starts]


# words naming what a task is done on: a task with one before its broader name is another
# task ("handwritten text generation", "3D object detection", "video question answering")
MODALITIES = frozenset(
    [
        "handwritten",
        "3d",
        "2d",
        "video",
        "videos",
        "image",
        "images",
        "visual",
        "speech",
        "audio",
        "multimodal",
        "molecular",
        "molecule",
        "graph",
        "point",
        "cloud",
        "medical",
        "protein",
    ]
)


def task_heads(text: str) -> list[tuple[str, ...]]:
    """The :func:`head_names` of a task that no modality word was cut from: the broader
    tasks it is an instance of.

    >>> task_heads("multi-domain natural language inference")[0], task_heads("handwritten text generation")
    (('natural', 'language', 'inference'), [])
    >>> task_heads("few-shot handwritten text generation")
    [('handwritten', 'text', 'generation')]
    """
    words = normalize_words(text)
    return [h for h in head_names(text) if not MODALITIES.intersection(words[: len(words) - len(h)])]


def head_keys(text: str, *, task: bool = False) -> list[str]:
    """Keys of :func:`head_names` (of :func:`task_heads` for a ``task``).

    >>> head_keys("face recognition accuracy")
    ['recognitionaccuracy', 'accuracy']
    >>> head_keys("top-5 accuracy"), head_keys("accuracy"), head_keys("the non-autoregressive translation")
    ([], [], ['translation'])
    >>> head_keys("viewpoint invariant 3D human pose estimation")
    ['invariant3dhumanposeestimation', '3dhumanposeestimation']
    >>> head_keys("handwritten text generation", task=True)
    []
    """
    return ["".join(words) for words in (task_heads(text) if task else head_names(text))]


_NAMED_PART = re.compile(r"[^\s-]+-[A-Z]")


def dataset_keys(text: str) -> list[str]:
    """Keys of the ever shorter word prefixes of a dataset name whose dropped words qualify
    a part of it (a split, a subset, a source) rather than name another version: words of
    three letters or more, without numbers, so "ImageNet-R" and "CIFAR-10-C" stay apart.

    >>> dataset_keys("Penn Treebank WSJ corpus"), dataset_keys("COCO test-dev")
    (['penntreebank', 'penn'], ['cocotest', 'coco'])
    >>> dataset_keys("ImageNet-R"), dataset_keys("CIFAR-10-C"), dataset_keys("SQuAD 2.0")
    ([], [], [])
    >>> dataset_keys("CLEVR-CoGenT"), dataset_keys("COCO-Stuff")
    ([], [])
    """
    if _NAMED_PART.match(text):  # a capitalised word glued on names another dataset
        return []
    words = normalize_words(text)
    out = []
    for i in range(len(words) - 1, 0, -1):
        if len(words[i]) < 3 or any(c.isdigit() for c in words[i]):
            break
        out.append("".join(words[:i]))
    return out


def family_key(key: str) -> str | None:
    """The key of the family a versioned or sized name belongs to.

    >>> family_key("resnet50"), family_key("gpt4"), family_key("bertlarge"), family_key("imagenet")
    ('resnet', 'gpt', 'bert', None)
    """
    m = _VARIANT.match(key)
    return m.group(1) if m and m.group(1) != key else None


def shorter_names(text: str) -> list[tuple[str, ...]]:
    """The words of the name a method's surface form names less its kind words at the end
    (:data:`KIND_WORDS`) and its generic modifiers at the start (:data:`GENERIC_MODIFIERS`),
    longest first; empty when there are none, or nothing would be left.

    >>> [shorter_names(t) for t in ["Transformer-based models", "masked autoencoder", "models"]]
    [[('transformer',)], [], []]
    >>> shorter_names("standard Transformer architecture")
    [('transformer', 'architecture'), ('standard', 'transformer'), ('transformer',)]
    >>> [normalize(" ".join(n)) for n in shorter_names("pre-trained ReLU function")]
    ['relufunction', 'pretrainedrelu', 'relu']
    >>> shorter_names("fully-connected Transformer"), shorter_names("lightweight CNN")
    ([('transformer',)], [('cnn',)])
    >>> shorter_names("self-attention mechanisms"), shorter_names("decoder module")
    ([('self', 'attention')], [('decoder',)])
    >>> shorter_names("positional encoding schemes"), shorter_names("in-context learning capability")
    ([('position', 'encoding')], [('in', 'context', 'learning')])
    >>> shorter_names("multi-layer Transformer"), shorter_names("auto-encoding objective")
    ([('transformer',)], [('auto', 'encoding')])
    """
    words = normalize_words(text)
    start = 0
    while start < len(words):
        two = next((len(m) for m in _TWO_WORD_MODIFIERS if words[start : start + len(m)] == m), 0)
        if not (two or words[start] in GENERIC_MODIFIERS):
            break
        start += two or 1
    end = len(words)
    while end > start + 1 and singular(words[end - 1]) in KIND_WORDS:
        end -= 1
    spans = [(a, b) for a, b in [(start, len(words)), (0, end), (start, end)] if (a, b) != (0, len(words))]
    return list(dict.fromkeys(words[a:b] for a, b in spans if b > a))
