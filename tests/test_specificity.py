"""kg/link/specificity.py: the generic judgement of entity records, its cues and its list."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KGError
from kg.link.specificity import cue_scores, fold, generic_terms, specificity
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
        (entity("sgm", "score-based generative modeling with sparse grids", papers=1), False),
    ],
    ids=lambda x: x.id if isinstance(x, Entity) else str(x),
)
def test_judgement(e, generic):
    assert specificity({e.id: e}, 1000)[e.id].generic is generic


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
    assert s.generic == (s.score >= 0.6) and (label in {"METHOD", "TASK"} or not s.generic)
