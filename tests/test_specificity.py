"""kg/link/specificity.py: the generic judgement of entity records, its cues and its list."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KGError
from kg.link.specificity import (
    CLASS_SECTIONS,
    DATA_TYPES,
    GENERIC_TYPES,
    class_words,
    cue_scores,
    fold,
    generic_terms,
    is_class_phrase,
    specificity,
)
from kg.records import LABELS, Entity


def entity(eid, label, type_="METHOD", papers=1, aliases=()):
    return Entity(
        eid, label, type_, aliases=dict.fromkeys(aliases, 1), papers=[f"p{i}" for i in range(papers)]
    )


@pytest.mark.parametrize(
    "e,generic",
    [
        (entity("deep-learning", "deep learning", papers=30), True),  # a field, listed and spread
        (
            entity("llms", "LLMs", papers=1, aliases=["large language models"]),
            True,
        ),  # listed by a surface form
        (entity("graph-models", "graph models", papers=40), True),  # a class head, common and short
        (entity("lora", "LoRA", papers=40), False),  # common but name-shaped
        (entity("gpt-4", "GPT-4", "MODEL", papers=90), False),  # a model is never generic
        (entity("imagenet", "ImageNet", "DATASET", papers=90), False),
        (entity("nlp", "natural language processing", "TASK", papers=3), True),  # a field is a generic task
        (entity("neuro", "cognitive neuroscience", "TASK", papers=1), True),
        (entity("iu", "image understanding", "TASK", papers=1), True),
        (entity("kt", "knowledge transfer", "TASK", papers=3), True),  # a learning paradigm
        (entity("sgm", "score-based generative modeling with sparse grids", papers=1), False),
        # what kg_refine's in-domain conventions drop as no entity is generic, once in the corpus
        (entity("latent", "latent representations", papers=1), True),
        (entity("capabilities", "generalization capabilities", papers=1), True),
        (entity("framework", "unified framework", papers=1), True),
        # a name written out with capitals wherever it occurs is a name, not a description
        (entity("ccm", "Context Coupling Module", papers=1, aliases=["Context Coupling Module"]), False),
        # ... but not what they keep: a named kind of representation, a measured property
        (entity("word-emb", "word embeddings", papers=1), False),
        (entity("speed", "inference speed", "METRIC", papers=1), False),
        # a structure word names no kind of component; a technique does
        (entity("nnl", "neural network layers", papers=1), True),
        (entity("al", "attention layers", papers=1), False),
    ],
    ids=lambda x: x.id if isinstance(x, Entity) else str(x),
)
def test_judgement(e, generic):
    assert specificity({e.id: e}, 1000)[e.id].generic is generic


@pytest.mark.parametrize(
    "label,type_,papers",
    [
        ("performance", "METRIC", 1),  # a property word alone (§1)
        ("robustness", "METRIC", 1),
        ("overall performance", "METRIC", 1),  # with a generic modifier
        ("generation quality", "METRIC", 1),
        ("computational efficiency", "METRIC", 1),
        ("accuracy-speed tradeoff", "METRIC", 1),  # a concern, not a measure
        ("downstream tasks", "TASK", 1),  # a plural class of problems
        ("downstream task", "TASK", 1),  # and its singular
        ("real-world applications", "TASK", 1),
        ("vision-language tasks", "TASK", 1),
        ("visual representations", "METHOD", 1),  # representation and component words
        ("feature representations", "METHOD", 1),
        ("embedding", "METHOD", 1),
        ("decoder", "METHOD", 1),
        ("deep models", "METHOD", 1),
        ("model architecture", "METHOD", 1),
        ("neural architectures", "METHOD", 1),
        ("embedding layer", "METHOD", 1),
        ("complexity", "METRIC", 1),  # a cost word alone names a concern
        ("computational", "METRIC", 1),  # a modifier without its measure
        ("representational capacity", "METHOD", 1),  # a property is no technique
        ("classifiers", "METHOD", 1),
        ("evaluation metrics", "METRIC", 1),
        ("inference", "TASK", 1),  # a bare process word (§1)
        ("fast inference", "TASK", 1),
        ("retrieval", "TASK", 1),  # a bare problem type
        ("regression", "TASK", 1),
        ("large-scale retrieval", "TASK", 1),
        ("extrapolation", "TASK", 1),
        ("visual understanding", "TASK", 1),  # the capability of a modality
        ("multi-modal understanding", "TASK", 1),
        ("visual reasoning", "TASK", 1),
        ("audio processing", "TASK", 1),
        ("quadratic complexity", "METRIC", 1),  # a complexity class, no measure
        ("accuracy costs", "METRIC", 1),
        ("feature complexity", "METRIC", 1),
        ("GPU efficiency", "METRIC", 1),  # a quality, whatever it is of
        ("learning algorithm", "METHOD", 1),
        ("tokenization", "METHOD", 1),  # a bare process word
        ("graph learning tasks", "TASK", 1),  # a paradigm's tasks, not a task's name
        ("computational cost", "METRIC", 1),  # a cost that says only where it is paid
        ("training costs", "METRIC", 1),
        ("model complexity", "METRIC", 1),
        ("memory efficiency", "METRIC", 1),  # a quality of something, not a measure
        ("reconstruction quality", "METRIC", 1),
        ("graph representation learning", "METHOD", 1),  # a variant of a paradigm (§7)
        ("Self-supervised representation learning", "METHOD", 1),
    ],
)
def test_classes_are_generic_wherever_they_occur(label, type_, papers):
    e = entity("e", label, type_, papers=papers)
    s = specificity({"e": e}, 1000)["e"]
    assert s.generic and "class" in s.cues


@pytest.mark.parametrize(
    "label,type_",
    [
        ("top-1 accuracy", "METRIC"),
        ("accuracy", "METRIC"),  # a measure, however common
        ("FID", "METRIC"),
        ("inference latency", "METRIC"),
        ("memory cost", "METRIC"),  # a cost with the resource it is paid in
        ("time complexity", "METRIC"),
        ("inference speed", "METRIC"),  # a cost word with what it measures
        ("image retrieval", "TASK"),  # a problem type with what it is of
        ("video captioning", "TASK"),
        ("arithmetic reasoning", "TASK"),  # a problem, not the capability of a modality
        ("mathematical reasoning", "TASK"),
        ("Viterbi algorithm", "METHOD"),
        ("image generation", "TASK"),  # a process word with what it processes
        ("pre-training", "METHOD"),
        ("image classification", "TASK"),
        ("visual recognition tasks", "TASK"),  # the plural of a task's name is that task
        ("GLUE tasks", "TASK"),  # name-shaped
        ("self-attention", "METHOD"),
        ("LoRA", "METHOD"),
        ("knowledge distillation", "METHOD"),  # a technique, however common
        ("multi-task learning", "METHOD"),  # "learning" alone is no class head
        ("autoencoder", "METHOD"),
        ("word embeddings", "METHOD"),
        ("attention mechanism", "METHOD"),
        ("dual encoder", "METHOD"),
        ("encoder-decoder architecture", "METHOD"),
        ("Matryoshka Representation Learning", "METHOD"),  # a named method, not a variant
        ("deep models", "MODEL"),  # a MODEL or DATASET names one thing
        ("benchmarks", "DATASET"),
    ],
)
def test_specific_entities_stay_specific_even_when_common(label, type_):
    e = entity("e", label, type_, papers=60)
    assert not specificity({"e": e}, 1000)["e"].generic


def test_class_phrase_needs_only_generic_modifiers():
    assert is_class_phrase(["representations"], "METHOD")
    assert not is_class_phrase(["dense", "representations"], "METHOD")
    assert is_class_phrase(["efficiency"], "METRIC") and not is_class_phrase(["efficiency"], "MODEL")
    assert not is_class_phrase([], "METRIC")


def test_spread_alone_is_not_enough():
    """A specific technique that many papers use stays specific: frequency is one cue of four."""
    e = entity("attention-rollout", "attention rollout", papers=500)
    s = specificity({e.id: e}, 1000, terms=frozenset())[e.id]
    assert not s.generic and s.cues == ("spread", "short")


def test_threshold_moves_the_line():
    e = entity("graph-models", "graph models", papers=1)
    assert not specificity({e.id: e}, 1000)[e.id].generic
    assert specificity({e.id: e}, 1000, threshold=0.3)[e.id].generic


def test_empty_corpus():
    e = entity("x", "x", papers=0)
    assert specificity({e.id: e}, 0)["x"].score >= 0
    assert specificity({}, 0) == {}


def test_shipped_terms_follow_the_guidelines():
    terms = generic_terms()
    assert {"deep learning", "neural networks", "large language models", "computer vision"} <= terms
    assert all(t == fold(t) for t in terms)


def test_unreadable_terms_file_is_a_coded_error(tmp_path):
    with pytest.raises(KGError, match=r"^\[E060\] .*missing\.txt"):
        generic_terms(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe deep learning")
    with pytest.raises(KGError, match=r"^\[E060\] .*bad\.txt"):
        generic_terms(bad)


def test_shipped_class_words_have_every_section():
    words = class_words()
    assert set(CLASS_SECTIONS) <= set(words)
    assert "accuracy" not in words["property_heads"] and "performance" in words["property_heads"]


@pytest.mark.parametrize(
    "text,where",
    [
        ("overall general\n[property_heads]\nquality\n", ":1: words before"),
        ("[generic_modifiers]\noverall\n", ":0: missing sections"),
    ],
)
def test_malformed_class_words_are_coded_errors(tmp_path, text, where):
    bad = tmp_path / "class_words.txt"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KGError, match=rf"^\[E060\] .*class_words\.txt{where}"):
        class_words(bad)
    with pytest.raises(KGError, match=r"^\[E060\] .*missing\.txt:0: unreadable"):
        class_words(tmp_path / "missing.txt")


@pytest.mark.fuzz
@given(
    st.text(max_size=40),
    st.lists(st.text(max_size=20), max_size=4),
    st.floats(0, 1),
    st.sampled_from(LABELS),
    st.integers(0, 50),
)
def test_fuzz_scores_stay_in_range(name, surfaces, share, label, papers):
    scores = cue_scores(name, surfaces, share, terms=generic_terms())
    assert all(0.0 <= v <= 1.0 for v in scores.values())
    e = Entity("e", name, label, aliases=dict.fromkeys(surfaces, 1), papers=["p"] * papers)
    s = specificity({"e": e}, 50)["e"]
    assert s.generic == (s.score >= 0.6) and (label in GENERIC_TYPES | DATA_TYPES or not s.generic)


@pytest.mark.parametrize(
    "name,generic",
    [
        ("fMRI data", True),
        ("synthetic data", True),
        ("RGB images", True),
        ("Open Images", False),
        ("ImageNet", False),
        ("OpenStreetMap data", False),
        ("data", False),
    ],
)
def test_a_kind_of_data_is_a_generic_dataset(name, generic):
    e = Entity("e", name, "DATASET", papers=["a", "b"])
    assert specificity({"e": e}, 10)["e"].generic is generic
