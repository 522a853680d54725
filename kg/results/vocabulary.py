"""The curated words result extraction relies on, and the tests of a phrase against them.

kg's NER finds most metric names, but abstracts state many results with everyday words it
does not label ("40% less memory", "2.5x faster", "improves utilization"): these lists
hold the measures, the words of comparison and change around a number, and the names of
settings that are not outcomes.
"""

from __future__ import annotations

import re

# heads and short names of measures; a phrase holding one of these words names a metric
METRIC_WORDS = frozenset({
    "accuracy", "acc", "error", "errors", "precision", "recall", "f1", "f-score", "f-measure",
    "f1-score", "auc", "auroc", "aupr", "perplexity", "ppl", "bleu", "rouge", "rouge-l", "meteor",
    "cider", "spice", "gleu", "bpc", "chrf", "comet", "em", "fid", "rfid", "gfid", "kid", "fvd", "psnr", "ssim",
    "lpips", "miou", "iou", "map", "ap", "ndcg", "mrr", "wer", "cer", "dice", "speed", "speedup",
    "speed-up", "throughput", "latency", "memory", "parameters", "params", "flops", "gflops", "tflops",
    "macs", "compute", "cost", "costs", "runtime", "time", "energy", "bitrate", "bpp", "bpd", "bpb", "storage",
    "loss", "score", "performance", "efficiency", "utilization", "depth", "reward", "return",
    "correlation", "hallucination", "hallucinations", "mse", "rmse", "nll", "ctr", "click-through-rate",
    "click-through-rates", "kappa", "footprint", "overhead", "match", "rate", "ratio", "compression",
    "success", "forgetting", "coverage", "coefficient", "similarity", "cross-entropy", "entropy", "divergence", "agreement", "alignment", "elo", "bleurt", "cometkiwi", "distance",
    "sacrebleu", "spbleu", "chrf++", "ter", "ttft", "tpot", "giou", "ciou", "hota", "assa", "deta", "mota",
    "idf1", "maph", "aph", "nds", "mave", "maoe", "mase", "maae", "volume", "regret",
    "anls", "teds", "mos", "utmos", "dnsmos", "pesq", "stoi", "si-sdr", "sdr", "crps", "eer", "der", "nmi", "ari",
    "auprc", "qwk", "ece", "rtf", "mar", "mushra", "visqol", "mcd", "tau", "rho"
})  # fmt: skip
# the same names written with a cut-off or a rank: "NDCG@10", "R@1", "top-1", "AP50", "ROUGE-2"
_PARAM_METRIC = re.compile(
    r"(?i)^(?:(?:ndcg|mrr|map|ap|recall|m?r\d?|hits?|pass|precision|pr?|acc|f1)@\d+(?:\.\d+)?|top-?\d+|ap\d+|rouge-\w+|"
    r"mAP@[\d.:]+|success@\d+|ap_[a-z]\w*|(?:avg|mean|maj|cons)@\d+|rating)$"  # a rating, not "ratings" counted
)
# words that make an outcome comparative; their head noun follows ("40% less memory")
COMPARATIVES = frozenset({
    "more", "less", "fewer", "lower", "higher", "better", "smaller", "larger", "bigger", "greater",
    "cheaper", "shorter", "longer", "worse", "narrower"
})  # fmt: skip
# measures a number is read in when nothing more precise is named ("reaches 46.8%": accuracy)
GENERIC_MEASURES = frozenset({"accuracy", "performance", "score"})
SPEED_WORDS = frozenset({
    "faster", "quicker", "slower", "speedup", "speedups", "speed-up", "speed-ups", "acceleration"
})  # fmt: skip
# nouns of change after a number ("a 9-fold reduction in visual tokens")
CHANGE_NOUNS = frozenset({
    "reduction", "reductions", "improvement", "improvements", "increase", "increases", "gain", "gains",
    "drop", "drops", "decrease", "decreases", "boost", "boosts", "enhancement", "enhancements", "lift",
    "saving", "savings", "degradation", "decline", "cut", "cuts", "advantage", "margin", "jump", "rise"
})  # fmt: skip
# changes for the better: with no measure named, they are in "performance" (guidelines, section 5)
GAIN_NOUNS = frozenset({
    "improvement", "improvements", "gain", "gains", "enhancement", "enhancements", "boost", "boosts",
    "lift", "jump"
})  # fmt: skip
# verbs of change whose object is the measure ("reduces errors by 21%")
CHANGE_VERB = re.compile(
    r"(?i)\b(?:improv|increas|reduc|decreas|boost|lower|rais|cut|compress|accelerat|speed(?:s|ing)?\s+up|"
    r"enhanc|shrink|lift|elevat|sav|shorten|diminish|cutt|drop|advanc|push|mitigat|slash|ris(?:e|es|ing)\b|"
    r"rose\b|grow|climb|fall|fell\b|jump|chang|declin|degrad|mov(?:e|es|ed|ing)\b|shift|narrow|inflat|hurt(?:s|ing)?\b|restor)\w*"
)
# ... a noun of change that pattern also reads: "compression", "improvement"
_CHANGE_NOUN_END = re.compile(r"(?:ion|ment|ness|ity)s?\Z")


def is_change_verb(word: str) -> bool:
    """Whether a match of :data:`CHANGE_VERB` is a verb, not the noun of its change.

    >>> [is_change_verb(w) for w in ("reduces", "improved", "compression", "improvements")]
    [True, True, False, False]
    """
    return _CHANGE_NOUN_END.search(word) is None


# the verbs of change whose subject is what changes, never a system: "response length grows by 4%"
MOVE_VERB = re.compile(
    r"(?i)(?:grow|ris|rose|climb|fell|fall|jump|drop|decreas|increas|chang|declin|degrad|shrink|shrank)\w*"
)
# the verbs of training, before what a model is trained on or with (a pattern to build on)
TRAIN_VERB = r"(?:train|pre-?train|fine-?tun)\w*"
# the words that give another system's level after the paper's: "versus", "compared with"
VERSUS = r"(?i:\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:to|with)|\binstead\s+of)"
# nouns of a share, named by what they count: "the fraction of items sharing an identifier"
SHARE_NOUNS = ("fraction", "share", "proportion", "percentage")
# what an alternative's level follows: "62 GB instead of 410 GB"
INSTEAD_OF = re.compile(r"(?i)\b(?:instead\s+of|rather\s+than)\s+\Z")
# the levels coordinated before one being read: "52.4% and " in "compared with 52.4% and 4.61", each
# maybe given to a system ("76.5% for OpenVLA (7B) and " before "94.2% for π0")
# short units a level in a list may carry: "compared with 1.03 m and 0.31% for UniAD"
SHORT_UNIT = r"\s?(?:m|km|cm|mm|ms|s|min|dB|GB|MB|x)\b"
LEVELS_BEFORE = (
    r"(?:[\d.]+(?:\s?%|"
    + SHORT_UNIT
    + r"|\s[^\s\d,][^\s,]*/[^\s,]+)?\s*(?:for\s+[^,;\[\]]+?)?(?:,\s*|\s+and\s+))*"
)
# the bare levels listed before the one read, each with its percent or points: "40% and " in "at
# 40% and 50% sparsity", "0.9 and " in "standard deviations of 0.9 and 1.4 points"
LEVELS_LISTED = r"(?:[\d.,]+\s*(?:%|points?)?\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+))*"
# the verbs of reaching a level, before it: "reaches 80%", "attains 99.2% validity"
REACH_VERB = r"(?:reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|obtain(?:s|ed|ing)?)"
# what data comes in: a budget of it is the setting (guidelines §7), not a result
DATA_NOUNS = frozenset({
    "sequences", "examples", "demonstrations", "samples", "images", "labels", "shots", "datasets",
    "pairs", "videos", "documents", "annotations", "trajectories", "episodes", "queries", "utterances", "cases"
})  # fmt: skip
# a count a system gets by with is a property it achieves: "needs only 10 integration steps", "in as
# few as 4 integration steps", "requires as little as 5M monolingual tokens"
NEEDS_ONLY = re.compile(
    r"(?i)\b(?:needs?|needing|requir(?:es|ing|e)|takes?|uses?|using|keeps?|keeping|with)\s+"
    r"(?:only|as\s+few\s+as|as\s+little\s+as)\s+\Z|\bin\s+as\s+few\s+as\s+\Z"
    r"|\bonly\s+(?:needs?|requires?)\s+(?:(?:around|about|roughly)\s+)?~?\Z"  # "only need around ~9 tokens"
)
# levels a measure ranges over, one range: "success rates ranging from 11% to 19%"
# a bound a level is given "from", as much a level as the number alone: "from below 5% to 87%"
FROM_BOUND = r"(?:(?:below|under|above)\s+)?"
RANGING = re.compile(
    rf"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:\w+,?\s+)?from\s*{FROM_BOUND}\Z"
)
# "resolves 49.2% of the issues": a share of problems solved is a resolve (solve) rate; so are
# shares of games won or lost ("wins 58% of matches": matches won)
SOLVES = re.compile(
    r"(?i)\b((?:re)?solv|prov|handl|pass|fix|verif|satisf|w(?=ins?\b|on\b)|los(?=es?\b|t\b)|remov(?=es\b|ed\b))"
    r"(?:es|ed|ing|e|ies|ied|ins|in|on|t)\s+(?:\w+\s+)?"
    # past the shares coordinated before: "resolve 46.2% and 39.0% of issues"
    r"(?:[\d.]+\s*%\s*(?:,\s*(?:and\s+)?|and\s+))*\Z"
)
# verbs of doing better than a system, which they name after them
OUTDOING = r"outperform\w*|surpass\w*|beat\w*|exceed\w*"
# verbs whose object is another system ("outperforms GPT-4 by 12%"): the measure is elsewhere
SYSTEM_VERB = re.compile(
    r"(?i)\b(?:outperform|surpass|beat|exceed|outpac|outshin|overtak|trail|lag\w*\s+behind|improv\w*\s+(?:over|upon))\w*"
)
# nouns that name systems, not measures, as the object of a verb of change
SYSTEM_NOUNS = frozenset({
    "baseline", "baselines", "method", "methods", "model", "models", "approach", "approaches", "system",
    "systems", "work", "works", "counterpart", "counterparts", "competitor", "competitors", "art",
    "sota", "prior", "previous", "predecessor", "predecessors", "variant", "variants", "alternatives",
    "technique", "techniques", "numbers", "results"
})  # fmt: skip
# "more accurate" is accuracy; "more memory efficient" memory efficiency
ADJECTIVE_METRICS = {
    "accurate": "accuracy",
    "efficient": "efficiency",
    "robust": "robustness",
    "cheaper": "cost",
    "smaller": "size",  # a smaller system is an outcome; a larger one describes the setting
    "expensive": "cost",
    "better": "performance",
    "longer": "length",  # "learns dependency that is 80% longer than RNNs"
    "shorter": "length",
    "narrower": "width",  # "intervals that are about 40% narrower"
}
# measures a number is only "on" a dataset when the text puts it there (guidelines, section 5)
EFFICIENCY = frozenset({
    "speed", "speedup", "throughput", "latency", "memory", "parameters", "params", "flops", "gflops",
    "tflops", "macs", "time", "runtime", "size", "compute", "cost", "energy", "power", "tokens", "length",
    "depth", "compression", "bitrate", "footprint", "real-time", "steps"
})  # fmt: skip
# what a bare count before these nouns counts: the system's size or the data, not an outcome
SIZE_NOUNS = frozenset({
    "parameters", "params", "weights", "layers", "heads", "dimensions", "tokens", "neurons", "experts",
    "samples", "examples", "images", "videos", "pairs", "sentences", "documents", "words", "languages"
})  # fmt: skip
# languages are what a text is in, not datasets ("94% in French")
LANGUAGES = frozenset({
    "English", "French", "German", "Spanish", "Chinese", "Japanese", "Korean", "Arabic", "Russian",
    "Hindi", "Italian", "Portuguese", "Dutch", "Turkish", "Vietnamese", "Indonesian", "Thai", "Polish",
    "Czech", "Swedish", "Finnish", "Greek", "Hebrew", "Persian", "Urdu", "Bengali", "Swahili", "Telugu",
    "Tamil", "Marathi", "Gujarati", "Kannada", "Malayalam", "Punjabi", "Nepali", "Sinhala", "Yoruba", "Igbo",
    "Hausa", "Zulu", "Xhosa", "Amharic", "Somali", "Burmese", "Khmer", "Lao", "Tagalog", "Malay", "Ukrainian",
    "Romanian", "Hungarian", "Danish", "Norwegian", "Catalan", "Basque", "Estonian", "Latvian", "Lithuanian",
    "Slovak", "Slovenian", "Croatian", "Serbian", "Bulgarian", "Icelandic", "Afrikaans", "Kazakh", "Uzbek",
    "Mongolian", "Tibetan", "Pashto", "Javanese", "Quechua", "Wolof", "Kinyarwanda", "Tigrinya", "Cantonese"
})  # fmt: skip
_LANGUAGE_CODES = (
    r"(?:En|De|Fr|Es|Zh|Ja|Ko|Ar|Ru|Hi|It|Pt|Nl|Tr|Vi|Id|Th|Pl|Cs|Sv|Fi|El|He|Fa|Ur|Bn|Sw|Ro|Et|Lt|Lv)"
)
# a language pair is a part of a translation benchmark, not a dataset: "English-Chinese", "En-De"
LANGUAGE_PAIR = re.compile(
    rf"(?:(?:{'|'.join(sorted(LANGUAGES))})[-–→](?:{'|'.join(sorted(LANGUAGES))})|{_LANGUAGE_CODES}[-–→]{_LANGUAGE_CODES})\b"
)


def is_language(name: str) -> bool:
    """Whether a name is a language or a pair of languages, not a dataset.

    >>> [is_language(n) for n in ("English", "English-Chinese", "En-De", "English-Czech relative", "WMT23")]
    [True, True, True, True, False]
    """
    return name in LANGUAGES or LANGUAGE_PAIR.match(name) is not None


# settings and hyper-parameters: a number given for these describes the setup
SETTINGS = re.compile(
    r"(?i)(?<!-)\b(?:learning\s+rate|(?-i:lr)|batch(?:\s+size)?|beam(?:\s+size|\s+width)?|dropout|weight\s+decay|"
    r"temperature|momentum|warm-?up|seed|threshold|margin|mask(?:ing)?\s+ratio|window(?:\s+size)?|"
    r"kernel(?:\s+sizes?)?|patch(?:\s+sizes?)?|chunk(?:\s+sizes?)?|hidden(?:\s+size)?|embedding\s+size|vocabulary(?:\s+size)?|"
    r"top-k|epochs?|resolution|sequence\s+length|input\s+length|p-values?|probability|confidence|"
    # (not an agreement's alpha: "a Krippendorff alpha of 0.47")
    r"significance|(?<!Krippendorff\s)(?<!Krippendorff's\s)(?<!Cronbach\s)(?<!Cronbach's\s)alpha|"
    r"beta|gamma|lambda|epsilon|sigma|cross-validation|look-?ahead|budgets?|horizons?|"
    # the lead times a forecast is made at, not one its skill lasts up to ("up to a lead time of 10.3 days")
    r"(?<!up\sto\sa\s)lead\s+times?)\b"
)
# a sentence where the paper speaks of its own work; before the first, abstracts give background
SELF_REFERENCE = re.compile(
    r"(?i)\b(?:we|our|ours|us|this\s+(?:paper|work|study|article|report)|here(?:in)?|the\s+proposed)\b"
)


def singular(word: str) -> str:
    """``word`` lower-cased without a plural "s".

    >>> singular("GFLOPs"), singular("errors"), singular("class")
    ('gflops', 'error', 'class')
    """
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "flops", "us")) else w


# a measure named after what it scores: "BERTScore", "AlignScore", "FActScore"
# a name of the form "<prefix>Score", or a variant of a known acronym: "RayIoU", "mIoU", "bAP"
_SCORE_NAME = re.compile(r"[A-Z][\w-]*Score\Z|[A-Za-z][a-z]*(?:IoU|AP|AUC|ADE|FDE|PQ|EPE)\Z")


# a parameter count inside a name: "-340b-"
_SIZE_PART = re.compile(r"-\d+(?:\.\d+)?[bm]-")


def is_metric_word(word: str) -> bool:
    """Whether ``word`` names a measure on its own (a name ending in "Score" does: "AlignScore").

    >>> [is_metric_word(w) for w in ("BLEU", "NDCG@10", "top-1", "latency", "GFLOPs", "images", "BERTScore")]
    [True, True, True, True, True, False, True]
    >>> is_metric_word("R1@0.5")  # recall at rank 1 over an IoU of 0.5
    True
    >>> is_metric_word("mean-average-precision"), is_metric_word("large-scale"), is_metric_word("COMET-22")
    (True, False, True)
    >>> is_metric_word("Nemotron-4-340B-Reward"), is_metric_word("RayIoU"), is_metric_word("HEAP")
    (False, True, False)
    """
    w = re.sub(r"-(?:\d\d?|xl|xxl)$", "", word.lower())  # a measure's version: "COMET-22", "BLEU-4"
    if (
        w in METRIC_WORDS
        or singular(w) in METRIC_WORDS
        or _PARAM_METRIC.match(word)
        or _SCORE_NAME.match(word)
    ):
        return True
    # the head of a hyphenated name: "mean-average-precision", "click-through-rates"; not of a
    # model's name with its size ("Nemotron-4-340B-Reward")
    return "-" in w and singular(w.rsplit("-", 1)[1]) in METRIC_WORDS and not _SIZE_PART.search(w)


def named_in_singular(metric: str) -> str:
    """``metric`` with its words in "-ies" made singular where that names a measure: a
    leaderboard lists "worst-group accuracy", however many numbers the sentence gave it
    ("worst-group accuracies of 91.6%, 88.7% and 77.4%").

    >>> named_in_singular("top-1 accuracies"), named_in_singular("Latencies"), named_in_singular("trajectories")
    ('top-1 accuracy', 'Latency', 'trajectories')
    >>> named_in_singular("accuracies gap")
    'accuracy gap'
    """
    return " ".join(
        f"{w[:-3]}y" if w.lower().endswith("ies") and is_metric_word(w[:-3] + "y") else w
        for w in metric.split(" ")
    )


# "prefill speedup" is prefill speed (guidelines, section 2)
_SPEEDUP = re.compile(r"(?i)(?:(?<=\w )|^)speed-?ups?\b")


def leaderboard_name(metric: str) -> str:
    """The name a result gives the measure read for it: "speedup" is speed, in the singular
    (:func:`named_in_singular`), without "score" (:func:`without_score`).

    >>> leaderboard_name("decoding speedup"), leaderboard_name("F1 scores")
    ('decoding speed', 'F1')
    """
    return without_score(named_in_singular(_SPEEDUP.sub("speed", metric)))


def without_score(metric: str) -> str:
    """``metric`` without a last word "score" (or "points") after a word that names the measure:
    the shortest complete form (guidelines, section 2), as other golds write "F1 (adversarial)" or
    "Dice (optic disc)"; the Inception Score keeps it.

    >>> without_score("F1 score"), without_score("average Dice scores"), without_score("Inception Score")
    ('F1', 'average Dice', 'Inception Score')
    >>> without_score("VBench score"), without_score("ROUGE-L points")
    ('VBench score', 'ROUGE-L')
    """
    head, _, last = metric.rpartition(" ")
    measure = head.rsplit(" ", 1)[-1]
    if (
        last.lower() in ("score", "scores", "point", "points")
        and measure.lower() != "inception"
        and is_metric_word(measure)
    ):
        return head
    return metric


# measures named by two words of which the last names none alone
_COMPOUNDS = frozenset({
    ("length", "acceptance"), ("length", "accepted"), ("consumption", "energy"), ("consumption", "power"),
    ("consumption", "memory"),
})  # fmt: skip


def metric_end(words: list[str]) -> int:
    """One past the last word of ``words`` that names a measure, or 0 if none does.

    >>> metric_end(["Exact", "Match", "score"]), metric_end(["top-1", "accuracy", "improvement"])
    (3, 2)
    >>> metric_end(["benchmark", "datasets"]), metric_end(["mean", "acceptance", "length"])
    (0, 3)
    >>> metric_end(["energy", "consumption", "per", "inference"])
    2
    """
    for i in range(len(words), 0, -1):
        if is_metric_word(words[i - 1]) or (
            # speculative decoding's measure ("acceptance length", "accepted length") and what is
            # consumed ("energy consumption")
            i > 1 and (singular(words[i - 1].lower()), words[i - 2].lower()) in _COMPOUNDS
        ):
            return i
    return 0


# what a system does faster, by its verb: "trains 2.5x faster" is its training speed
PROCESS_VERBS = {
    "trains": "training",
    "decodes": "decoding",
    "renders": "rendering",
    "samples": "sampling",
    "converges": "convergence",
    "encodes": "encoding",
    "generates": "generation",
}
# the same processes named by a gerund right before a speed-up: "while training roughly 2x faster"
PROCESS_GERUNDS = {re.sub(r"e?s\Z", "", verb) + "ing": process for verb, process in PROCESS_VERBS.items()}
# the processes a title says are faster, which name its speed: "3x Faster Code LLM Inference"
PROCESS_NOUNS = frozenset(PROCESS_VERBS.values()) | {
    "inference", "retrieval", "segmentation", "detection", "translation", "transcription", "reconstruction",
    "prefill", "prefilling", "processing", "indexing", "reranking", "forecasting", "prediction", "search",
    "pretraining", "fine-tuning", "serving",
}  # fmt: skip
# a count of things per a unit, before the unit: "3,000 sentences per second"
COUNT_PER = r"\s+(?:[\w-]+\s+){1,2}per\s+"

# what calls a system the model before the paper's method is applied to it: "the dense model",
# "the starting checkpoint"
UNMODIFIED = re.compile(
    r"(?i)\b(?:dense|original|base|unpruned|uncompressed|unquantized|full-precision|vanilla|unmodified|starting|initial)\b"
)


def is_efficiency(metric: str | None) -> bool:
    """Whether a measure is one of cost or size, which is "on" a dataset only when the text
    puts it there (guidelines, section 5).

    >>> is_efficiency("model size"), is_efficiency("running speed"), is_efficiency("top-1 accuracy")
    (True, True, False)
    """
    words = re.findall(r"[\w-]+", (metric or "").lower())
    return any(w in EFFICIENCY or singular(w) in EFFICIENCY for w in words)


# a test a measure is taken in, named by the measure ("MUSHRA listening test"): no dataset
TEST_OF_MEASURE = re.compile(
    r"(?i)[\w@.+-]+\s+(?:listening|subjective|human|user|preference)\s+(?:tests?|studies|evaluations?)"
)
