"""kg/link/salience.py: roles and salience from cues in short texts, hostile inputs, fuzz."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.link.salience import ROLES, entity_key, judge, mention_role, sentence_bounds
from kg.records import Mention


def mentions(title: str, abstract: str, names: dict[str, str]) -> list[Mention]:
    """Every whole-word occurrence of each name in title and abstract, labelled."""
    out = []
    for field, text in (("title", title), ("abstract", abstract)):
        for name, label in names.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                out.append(Mention(field, m.start(), m.end(), name, label, name.lower()))
    return out


def roles(title, abstract, names):
    return {k: j.role for k, j in judge(title, abstract, mentions(title, abstract, names)).items()}


@pytest.mark.parametrize(
    "abstract,name,label,role",
    [
        ("We propose FooNet, a new detector.", "FooNet", "MODEL", "proposes"),
        ("This paper introduces an efficient variant called BarFormer.", "BarFormer", "METHOD", "proposes"),
        ("In this work we present a benchmark, QuxBench, for agents.", "QuxBench", "DATASET", "proposes"),
        ("Our method outperforms BERT by 2 points.", "BERT", "MODEL", "compares_with"),
        ("It is faster than LoRA at equal quality.", "LoRA", "METHOD", "compares_with"),
        ("Compared to ResNet, it uses less memory.", "ResNet", "MODEL", "compares_with"),
        ("Experiments on ImageNet show gains.", "ImageNet", "DATASET", "evaluates_on"),
        ("We report state-of-the-art results across COCO.", "COCO", "DATASET", "evaluates_on"),
        ("We fine-tune models using dropout throughout.", "dropout", "METHOD", "uses"),
        ("The encoder is based on ViT from prior work.", "ViT", "MODEL", "uses"),
        ("It improves BLEU by 3.1 points.", "BLEU", "METRIC", "uses"),
        ("Transformers were once popular. LSTMs too.", "LSTMs", "METHOD", "mentions"),
    ],
)
def test_role_cues(abstract, name, label, role):
    assert roles("A study", abstract, {name: label}) == {name.lower(): role}


def test_name_heading_the_title_is_proposed():
    title = "GLoRA: Generalized Low-Rank Adaptation"
    assert roles(title, "It adapts models.", {"GLoRA": "METHOD"}) == {"glora": "proposes"}


def test_the_system_the_paper_names_as_its_own_is_proposed_where_it_is_compared():
    # "proposes" from the words of proposing ("... and propose CuDi, a ...") holds for every
    # mention of the system, the one after a comparison too
    abstract = "Compared with DistillSpec, CuDi trains in stages. We study it and propose CuDi, a recipe."
    got = roles("Curriculum Distillation", abstract, {"CuDi": "METHOD", "DistillSpec": "METHOD"})
    assert got == {"cudi": "proposes", "distillspec": "compares_with"}


def test_task_in_title_is_used_and_salient():
    title = "Faster Object Detection With Sparse Anchors"
    got = judge(title, "We study anchors.", mentions(title, "", {"Object Detection": "TASK"}))
    assert {k: (j.role, j.salient) for k, j in got.items()} == {"object detection": ("uses", True)}


def test_strongest_role_wins_and_decides_salience():
    title, abstract = "On adapters", "LoRA is popular. We propose LoRA-X. LoRA-X beats LoRA on GLUE."
    got = judge(
        title, abstract, mentions(title, abstract, {"LoRA-X": "METHOD", "LoRA": "METHOD", "GLUE": "DATASET"})
    )
    assert {k: (j.role, j.salient) for k, j in got.items()} == {
        "lora": ("compares_with", False),
        "lora-x": ("proposes", True),
        "glue": ("evaluates_on", True),
    }


def test_cues_do_not_cross_sentences():
    abstract = "We propose nothing new. BERT is a baseline model."
    assert roles("T", abstract, {"BERT": "MODEL"}) == {"bert": "mentions"}


def test_unlinked_mentions_group_by_their_words():
    ms = [Mention("abstract", 0, 5, "GANs", "METHOD"), Mention("abstract", 10, 14, "GAN", "METHOD")]
    assert entity_key(ms[0]) == entity_key(ms[1]) and len(judge("", "GANs and GAN", ms)) == 1


def test_sentence_bounds():
    assert sentence_bounds("") == [(0, 0)]
    assert sentence_bounds("One. Two? 3 three!") == [(0, 4), (4, 9), (9, 18)]
    assert sentence_bounds("e.g. this is one sentence.") == [(0, 26)]


HOSTILE = [
    ("", "", []),  # nothing at all
    ("X", "", [Mention("title", 0, 1, "X", "MODEL")]),  # a one-letter title, empty abstract
    ("", "abc", [Mention("abstract", 2, 9, "c", "METHOD")]),  # offsets past the end of the text
    ("", "We propose", [Mention("abstract", 10, 10, "", "METHOD")]),  # an empty mention at the end
    (":", ":", [Mention("title", 0, 1, ":", "DATASET")]),  # punctuation only
    ("T", "a" * 5000 + " than X.", [Mention("abstract", 5006, 5007, "X", "MODEL")]),  # a long sentence
    ("T", "Ünïcode → ①②③ we propose Ω.", [Mention("abstract", 25, 26, "Ω", "METHOD")]),
]


@pytest.mark.parametrize("title,abstract,ms", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs(title, abstract, ms):
    got = judge(title, abstract, ms)
    assert all(j.role in ROLES and isinstance(j.salient, bool) for j in got.values())


@pytest.mark.fuzz
@given(
    st.text(max_size=60),
    st.text(max_size=200),
    st.lists(
        st.tuples(
            st.sampled_from(["title", "abstract"]),
            st.integers(0, 220),
            st.integers(0, 30),
            st.sampled_from(["METHOD", "MODEL", "DATASET", "METRIC", "TASK"]),
        ),
        max_size=8,
    ),
)
def test_fuzz_judge(title, abstract, spec):
    ms = []
    for field, start, length, label in spec:
        text = title if field == "title" else abstract
        ms.append(Mention(field, start, start + length, text[start : start + length], label))
    got = judge(title, abstract, ms)
    assert set(got) == {entity_key(m) for m in ms}
    assert all(j.role in ROLES for j in got.values())
    for m in ms:
        assert mention_role(m, title, abstract, sentence_bounds(abstract)) in ROLES
