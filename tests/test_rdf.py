"""RDF export: the ontology, SHACL shapes, IRIs, round trip and file formats."""

from __future__ import annotations

import gzip
import html.parser
from collections import defaultdict

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.graph import KnowledgeGraph, save_graph
from kg.rdf import (
    CLASSES,
    FIELD_PROPERTIES,
    RDF_FORMATS,
    USES,
    from_rdf,
    guess_format,
    id_from_iri,
    ontology_html,
    resource_iri,
    to_rdf,
    write_ontology_html,
    write_rdf,
)
from kg.rdf.iris import ResourceKind
from kg.rdf.literals import date_literal
from kg.rdf.namespaces import DCTERMS, FABIO, KG, OA, OWL, PROV, RDF, RDFS, SDO, SKOS, SKOSXL, XSD
from kg.records import FIELDS, LABELS, Mention, Result
from kg.resources import ONTOLOGY, SHAPES
from kg.schema import entity_node, paper_node

P1 = "title:db894aedbbde55d2"  # the sample has it too: ontology/queries/similar_papers.rq
P2 = "x:p2"  # sorts after P1, as the saved queries order their rows
NASTY_PAPER = 'weird id #1 <"é"> {x}|^`\\ ..'
NASTY_ENTITY = 'bert <base> #1 "é"/..'
TIME = "2024-05-01T09:30:00+00:00"

PAPERS = {
    P1: {
        "title": "Deep Residual Learning for Image Recognition",
        "abstract": "We present ResNet, a residual learning framework. On ImageNet our residual "
        "networks reach 3.57% error, the best image classification accuracy, where VGG makes 7.3% error.",
        "authors": ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
        "year": 2015,
        "date": "2015-12-10",
        "url": "https://arxiv.org/abs/1512.03385",
        "source": "papers.jsonl",
        "identifiers": {"arxiv": "1512.03385"},
        "community": 0,
    },
    P2: {
        "title": "Dropout for ImageNet",
        "abstract": 'We regularise ResNet-50 with dropout on ImageNet.\r\nIt "works"\twell: ResNet wins.',
        "authors": ["Ada Lovelace"],
        "year": 2017,
        "date": "2017-03",
        "url": None,
        "source": "papers.jsonl",
        "identifiers": {"doi": "10.1000/x<y> z"},
        "community": 0,
    },
    NASTY_PAPER: {
        "title": "BERT on SQuAD",
        "abstract": "BERT reaches 93.2 F1 on SQuAD.",
        "authors": [],
        "year": 2019,
        "date": None,
        "url": None,
        "source": "",
        "identifiers": {},
        "community": 1,
    },
}
ENTITIES = {  # id: label, type, aliases, n_papers, first and last year, variant of, community, pagerank
    "resnet": ("ResNet", "METHOD", {"ResNet": 2, "residual networks": 1}, 2, 2015, 2017, None, 0, 0.3),
    "resnet-50": ("ResNet-50", "MODEL", {"ResNet-50": 1}, 1, 2017, 2017, "resnet", 0, 0.1),
    "imagenet": ("ImageNet", "DATASET", {"ImageNet": 3}, 2, 2015, 2017, None, 0, 0.25),
    "image-classification": (
        "image classification",
        "TASK",
        {"image classification": 1},
        1,
        2015,
        2015,
        None,
        0,
        0.05,
    ),
    "accuracy": ("accuracy", "METRIC", {"accuracy": 1}, 1, 2015, 2015, None, 0, 0.04),
    "dropout": ("dropout", "METHOD", {"dropout": 1}, 1, 2017, 2017, None, 0, 0.08),
    NASTY_ENTITY: ("BERT", "MODEL", {"BERT": 2}, 1, 2019, 2019, None, 1, 0.2),
    "squad": ("SQuAD", "DATASET", {"SQuAD": 2}, 1, 2019, 2019, None, 1, 0.15),
    "f1": ("F1", "METRIC", {"F1": 1}, 1, None, None, None, None, None),
}
MENTIONS = {  # paper: (field, text, label, entity, score[, which occurrence of text, from 0])
    P1: [
        ("abstract", "ResNet", "METHOD", "resnet", 0.9),
        ("abstract", "ImageNet", "DATASET", "imagenet", 0.9),
        ("abstract", "residual networks", "METHOD", "resnet", 0.75),
        ("abstract", "image classification", "TASK", "image-classification", 0.5),
        ("abstract", "accuracy", "METRIC", "accuracy", 0.6),
    ],
    P2: [
        ("title", "ImageNet", "DATASET", "imagenet", 1.0),
        ("abstract", "ResNet-50", "MODEL", "resnet-50", 0.8),
        ("abstract", "dropout", "METHOD", "dropout", None),
        ("abstract", "ImageNet", "DATASET", "imagenet", 0.95),
        ("abstract", "ResNet", "METHOD", "resnet", 0.7, 1),
    ],
    NASTY_PAPER: [
        ("title", "BERT", "MODEL", NASTY_ENTITY, 0.99),
        ("title", "SQuAD", "DATASET", "squad", 0.98),
        ("abstract", "BERT", "METHOD", NASTY_ENTITY, 0.6),
        ("abstract", "F1", "METRIC", "f1", 0.7),
        ("abstract", "SQuAD", "DATASET", "squad", 0.9),
    ],
}


ROLES = {  # (paper, entity): the paper's role for the entity, when more than "mentions"
    (P1, "resnet"): "proposes",
    (P1, "imagenet"): "evaluates_on",
    (P1, "accuracy"): "evaluates_on",
    (P2, "dropout"): "uses",
    (P2, "resnet-50"): "uses",
    (P2, "imagenet"): "evaluates_on",
    (P2, "resnet"): "compares_with",
    (NASTY_PAPER, "squad"): "evaluates_on",
}
SALIENT = {(P1, "resnet"), (P1, "imagenet"), (P2, "dropout"), (NASTY_PAPER, "squad")}
CURATED = {"imagenet", "resnet"}  # concepts of the gazetteer
JUDGED = {  # entity: generic, genericity score, direction (the others: False, 0.1, None)
    "image-classification": (True, 1.3, None),
    "accuracy": (False, 0.4, "higher"),
}
RESULTS = {  # paper: (value, unit, metric, dataset, task, method, own, text before the value, entities)
    P1: [
        ("3.57", "%", "error", "ImageNet", "image classification", "residual networks", True, "reach ",
         {"dataset_entity": "imagenet", "task_entity": "image-classification", "method_entity": "resnet"}),
        ("7.3", "%", "error", "ImageNet", None, "VGG", False, "makes ", {"dataset_entity": "imagenet"}),
    ],
    NASTY_PAPER: [
        ("93.2", "", "F1", "SQuAD", None, "BERT", True, "reaches ",
         {"metric_entity": "f1", "dataset_entity": "squad", "method_entity": NASTY_ENTITY}),
    ],
}  # fmt: skip


def _mention(
    paper_id: str, field: str, text: str, label: str, entity: str, score: float | None, occurrence: int = 0
) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = PAPERS[paper_id][field].index(text, start + 1)
    return Mention(field, start, start + len(text), text, label, entity, score, ROLES.get((paper_id, entity)))


def _results(paper_id: str) -> list[dict]:
    out = []
    for value, unit, metric, dataset, task, method, own, before, entities in RESULTS.get(paper_id, []):
        start = PAPERS[paper_id]["abstract"].index(before + value) + len(before)
        result = Result(
            value, unit, "absolute", metric, dataset, task, method, own, field="abstract", start=start,
            end=start + len(value), text=value, **entities,
        )  # fmt: skip
        out.append(result.to_dict())
    return out


def small_kg() -> KnowledgeGraph:
    """Three papers and nine entities, built by hand following the schema in kg/schema.py."""
    kg = KnowledgeGraph()
    for pid, attrs in PAPERS.items():
        kg.bipartite.add_node(paper_node(pid), kind="paper", id=pid, **attrs, results=_results(pid))
    for eid, (label, type_, aliases, n, first, last, variant, community, pagerank) in ENTITIES.items():
        kg.bipartite.add_node(
            entity_node(eid),
            kind="entity",
            id=eid,
            label=label,
            type=type_,
            type_counts={type_: sum(aliases.values())},
            aliases=aliases,
            n_papers=n,
            first_year=first,
            last_year=last,
            variant_of=variant,
            curated=eid in CURATED,
            generic=JUDGED.get(eid, (False,))[0],
            specificity=JUDGED.get(eid, (False, 0.1))[1],
            direction=JUDGED.get(eid, (False, 0.1, None))[2],
            community=community,
            pagerank=pagerank,
            degree=0.5,
        )
    pairs = defaultdict(list)
    for pid, mentions in MENTIONS.items():
        for field, text, label, eid, *rest in mentions:
            pairs[pid, eid].append(_mention(pid, field, text, label, eid, *rest))
    for (pid, eid), mentions in pairs.items():
        kg.bipartite.add_edge(
            paper_node(pid), entity_node(eid), count=len(mentions), mentions=mentions,
            role=ROLES.get((pid, eid), "mentions"), salient=(pid, eid) in SALIENT,
        )  # fmt: skip
    for key, attrs in kg.bipartite.nodes(data=True):
        (kg.papers if attrs["kind"] == "paper" else kg.entities).add_node(key, **attrs)
    kg.papers.add_edge(paper_node(P1), paper_node(P2), weight=1.5, shared=["resnet", "imagenet"])
    for a, b, weight, count in (
        ("resnet", "imagenet", 1.0, 2),
        ("resnet", "dropout", 0.5, 1),
        (NASTY_ENTITY, "squad", 1.0, 1),
    ):
        kg.entities.add_edge(entity_node(a), entity_node(b), weight=weight, count=count)
    return kg


@pytest.fixture(scope="module")
def graph() -> Graph:
    """The default export: compact evidence."""
    return to_rdf(small_kg(), activity_time=TIME)


@pytest.fixture(scope="module")
def stored() -> Graph:
    """The full export with compact evidence: everything the graph stores."""
    return to_rdf(small_kg(), activity_time=TIME, provenance="full")


@pytest.fixture(scope="module")
def full() -> Graph:
    """The export with a Web Annotation per mention."""
    return to_rdf(small_kg(), activity_time=TIME, provenance="mentions")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES)


def iri(kind: ResourceKind, *ids: object) -> URIRef:
    """The IRI that the export gives the resource of ``kind`` named by ``ids``."""
    return URIRef(resource_iri(kind, *ids))


def assert_isomorphic(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(
            "graphs differ\nonly in the first:\n"
            + only_a.serialize(format="nt")
            + "\nonly in the second:\n"
            + only_b.serialize(format="nt")
        )


# the export --------------------------------------------------------------------------------


def test_turtle_export_has_every_paper_and_entity(tmp_path, stored):
    write_rdf(stored, tmp_path / "kg.ttl")
    g = Graph().parse(tmp_path / "kg.ttl")
    assert len(set(g.subjects(RDF.type, KG.Paper))) == 3
    assert len(set(g.subjects(RDF.type, KG.Entity))) == 9
    counts = {
        cls: len(set(g.subjects(RDF.type, cls)))
        for cls in (KG.Method, KG.Model, KG.Dataset, KG.Metric, KG.Task)
    }
    assert counts == {KG.Method: 2, KG.Model: 2, KG.Dataset: 2, KG.Metric: 2, KG.Task: 1}
    assert len(set(g.subjects(RDF.type, KG.Evidence))) == 11  # one per paper–entity edge
    assert len(set(g.objects(None, KG.span))) == 15 + 3  # one per mention, one per result
    assert not set(g.subjects(RDF.type, OA.Annotation))
    assert len(set(g.subjects(RDF.type, KG.Evaluation))) == 3
    assert len(set(g.subjects(RDF.type, KG.CoOccurrence))) == 3
    assert len(set(g.subjects(RDF.type, KG.Similarity))) == 1


def test_full_provenance_has_an_annotation_per_mention_instead(stored, full):
    assert len(set(full.subjects(RDF.type, OA.Annotation))) == 15
    assert not set(full.subjects(RDF.type, KG.Evidence))
    assert _outside_evidence(stored) == _outside_evidence(full)


def test_compact_form_leaves_out_what_sparql_derives(graph, stored):
    assert set(graph) < set(stored)
    left_out = set(stored) - set(graph)
    # SKOS-XL labels, statistics, superclass-free link resources, shared-entity lists, the
    # type sub-properties of kg:mentions, the evidence's class and role
    assert not set(graph.subjects(RDF.type, SKOSXL.Label))
    assert not set(graph.subjects(RDF.type, KG.Entity))  # RDFS gives it from the entity's class
    assert not set(graph.triples((None, KG.mentionCount | KG.paperCount | KG.specificity, None)))
    assert not set(graph.subjects(RDF.type, KG.WeightedLink)) and not set(
        graph.objects(None, KG.sharedEntities)
    )
    assert not set(graph.triples((None, KG.usesDataset | KG.similarTo | KG.coOccursWith, None)))
    assert not set(graph.triples((None, KG.role, None))) and not set(graph.subjects(RDF.type, KG.Evidence))
    assert {p for _, p, _ in left_out} >= {KG.mentionCount, SKOSXL.literalForm, KG.role, KG.usesDataset}
    # what no query could count stays: links with their weights, labels, roles, evidence
    link = iri("similarity", P1, P2)
    assert len(set(graph.objects(link, KG.between))) == 2 and graph.value(link, KG.weight) is not None
    assert set(graph.objects(iri("evidence", P2, "imagenet"), KG.span)) == {
        Literal("title:12-20"),
        Literal("abstract:40-48"),
    }
    assert (iri("paper", P2), KG.evaluatesOn, iri("entity", "imagenet")) in graph


def _outside_evidence(g: Graph) -> set:
    """The triples of ``g`` but those of its mentions' evidence, in either form."""
    evidence = (resource_iri("evidence"), resource_iri("mention"))
    return {t for t in g if not str(t[0]).startswith(evidence)}


def test_unknown_provenance():
    with pytest.raises(KGError, match=r"E110.*'annotations'.*pairs, full, mentions"):
        to_rdf(small_kg(), provenance="annotations")


def test_every_label_and_field_has_its_term():
    assert set(CLASSES) == set(USES) == set(LABELS)
    assert set(FIELD_PROPERTIES) == set(FIELDS)


def test_paper_description(stored):
    p = iri("paper", P1)
    assert stored.value(p, DCTERMS.title) == Literal(PAPERS[P1]["title"])
    assert stored.value(p, FABIO.hasPublicationYear) == Literal("2015", datatype=XSD.gYear)
    assert stored.value(p, DCTERMS.date) == Literal("2015-12-10", datatype=XSD.date)
    assert stored.value(iri("paper", P2), DCTERMS.date) == Literal("2017-03", datatype=XSD.gYearMonth)
    assert set(stored.objects(p, DCTERMS.creator)) == {Literal(a) for a in PAPERS[P1]["authors"]}
    assert set(stored.objects(p, SDO.sameAs)) == {URIRef("https://arxiv.org/abs/1512.03385")}
    doi = stored.value(iri("paper", P2), SDO.sameAs)
    assert doi == URIRef("https://doi.org/10.1000/x%3Cy%3E%20z")
    assert (p, KG.usesDataset, iri("entity", "imagenet")) in stored
    assert (p, KG.mentions, iri("entity", "imagenet")) in stored


def test_entity_labels_and_statistics(stored):
    e = iri("entity", "resnet")
    assert stored.value(e, SKOS.prefLabel) == Literal("ResNet")
    assert set(stored.objects(e, SKOS.altLabel)) == {Literal("residual networks")}
    counts = {
        str(stored.value(xl, SKOSXL.literalForm)): stored.value(xl, KG.mentionCount).toPython()
        for xl in stored.objects(e, SKOSXL.altLabel | SKOSXL.prefLabel)
    }
    assert counts == {"ResNet": 2, "residual networks": 1}
    assert stored.value(e, KG.mentionCount).toPython() == 3
    assert stored.value(iri("entity", "resnet-50"), KG.variantOf) == e
    assert (e, KG.coOccursWith, iri("entity", "imagenet")) in stored
    assert (iri("entity", "imagenet"), KG.coOccursWith, e) in stored


def test_mention_annotation_evidence(full):
    m = _mention(P2, "abstract", "dropout", "METHOD", "dropout", None)
    a = iri("mention", P2, "abstract", f"{m.start}-{m.end}")
    assert full.value(a, OA.hasBody) == iri("entity", "dropout")
    assert full.value(a, KG.confidence) is None
    assert full.value(a, KG.role) == KG.uses
    target = full.value(a, OA.hasTarget)
    assert full.value(target, OA.hasSource) == iri("paper", P2)
    assert full.value(target, KG.inField) == DCTERMS.abstract
    values = {p: o for s in full.objects(target, OA.hasSelector) for p, o in full.predicate_objects(s)}
    assert values[OA.start] == Literal(m.start, datatype=XSD.integer)  # what stores keep
    assert values[OA.exact] == Literal("dropout")
    assert full.value(a, PROV.wasGeneratedBy) == full.value(predicate=RDF.type, object=PROV.Activity)
    image_classification = iri("mention", P1, "abstract", "110-130")
    assert full.value(image_classification, KG.role) is None  # the mention's sentence gave none


def test_compact_evidence_per_paper_and_entity(stored):
    ev = iri("evidence", P2, "imagenet")
    assert (ev, RDF.type, KG.Evidence) in stored
    assert stored.value(ev, KG.paper) == iri("paper", P2)
    assert stored.value(ev, KG.entity) == iri("entity", "imagenet")
    assert stored.value(ev, KG.role) == KG.evaluatesOn
    assert set(stored.objects(ev, KG.span)) == {Literal("title:12-20"), Literal("abstract:40-48")}
    assert stored.value(iri("evidence", P1, "image-classification"), KG.role) == KG.mentions


def test_roles_and_salience_are_sub_properties_of_mentions(stored):
    p1, p2 = iri("paper", P1), iri("paper", P2)
    assert (p1, KG.proposes, iri("entity", "resnet")) in stored
    assert (p2, KG.comparesWith, iri("entity", "resnet")) in stored
    assert (p2, KG.uses, iri("entity", "dropout")) in stored
    assert set(stored.objects(p1, KG.isAbout)) == {iri("entity", "resnet"), iri("entity", "imagenet")}
    roles = {KG.proposes, KG.evaluatesOn, KG.comparesWith, KG.uses, KG.isAbout}
    stated = [(s, o) for s, p, o in stored if p in roles]
    assert len(stated) == len(ROLES) + len(SALIENT)
    assert all((s, KG.mentions, o) in stored for s, o in stated)  # materialised, as the shapes ask
    # a paper that only names the entity: kg:mentions alone
    assert set(stored.predicates(p1, iri("entity", "image-classification"))) == {
        KG.mentions,
        KG.addressesTask,
    }


def test_entity_judgements(graph, stored):
    task, accuracy, f1 = iri("entity", "image-classification"), iri("entity", "accuracy"), iri("entity", "f1")
    assert graph.value(task, KG.generic) == Literal(True)
    assert graph.value(accuracy, KG.generic) is None  # the compact form states the few generic ones
    assert stored.value(accuracy, KG.generic) == Literal(False)
    assert stored.value(task, KG.specificity) == Literal(1.3)  # a score, from 0 (specific) up
    assert graph.value(accuracy, KG.higherIsBetter) == Literal(True)
    assert graph.value(f1, KG.higherIsBetter) is None  # unknown: no claim
    imagenet = iri("entity", "imagenet")
    assert graph.value(imagenet, KG.curated) == stored.value(imagenet, KG.curated) == Literal(True)
    assert graph.value(accuracy, KG.curated) is None  # the compact form states the few curated ones
    assert stored.value(accuracy, KG.curated) == Literal(False)


def test_evaluations(graph):
    ev = iri("evaluation", P1, 0)
    assert (ev, RDF.type, KG.Evaluation) in graph
    assert graph.value(ev, KG.paper) == iri("paper", P1)
    assert graph.value(ev, KG.value) == Literal("3.57", datatype=XSD.decimal)
    assert graph.value(ev, KG.valueText) == Literal("3.57")
    assert graph.value(ev, KG.unit) == Literal("%")
    assert graph.value(ev, KG.resultKind) == Literal("absolute")
    assert graph.value(ev, KG.ownMethod) == Literal(True)
    assert graph.value(ev, KG.dataset) == iri("entity", "imagenet")
    assert graph.value(ev, KG.method) == iri("entity", "resnet")
    assert graph.value(ev, KG.metric) is None and graph.value(ev, KG.metricName) == Literal("error")
    start = PAPERS[P1]["abstract"].index("3.57")
    assert graph.value(ev, KG.span) == Literal(f"abstract:{start}-{start + 4}")
    assert graph.value(ev, KG.quote) == Literal("3.57")
    assert graph.value(ev, PROV.wasGeneratedBy) == graph.value(predicate=RDF.type, object=PROV.Activity)
    baseline = iri("evaluation", P1, 1)
    assert graph.value(baseline, KG.ownMethod) == Literal(False) and graph.value(baseline, KG.method) is None
    bert = iri("evaluation", NASTY_PAPER, 0)
    assert graph.value(bert, KG.unit) is None  # a value without a unit
    assert graph.value(bert, KG.method) == iri("entity", NASTY_ENTITY)  # a model
    assert graph.value(bert, KG.metric) == iri("entity", "f1")


def test_a_linked_entity_of_another_type_is_left_to_the_name():
    kg = small_kg()
    kg.bipartite.nodes[paper_node(P1)]["results"][0]["metric_entity"] = "imagenet"  # a dataset
    g = to_rdf(kg)
    ev = iri("evaluation", P1, 0)
    assert g.value(ev, KG.metric) is None and g.value(ev, KG.metricName) == Literal("error")


def test_activity_records_time_and_software(graph):
    activity = graph.value(predicate=RDF.type, object=PROV.Activity)
    assert graph.value(activity, PROV.startedAtTime) == Literal(TIME, datatype=XSD.dateTime)
    agent = graph.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph
    assert graph.value(agent, SDO.softwareVersion) is not None


def test_export_is_deterministic():
    first, second = to_rdf(small_kg()), to_rdf(small_kg())
    assert_isomorphic(first, second)
    assert (None, PROV.startedAtTime, None) not in first


@pytest.mark.parametrize("name", ["kg.ttl", "kg.nt.gz"])
def test_same_graph_same_file_byte_for_byte(tmp_path, name):
    first, second = tmp_path / "first" / name, tmp_path / "second" / name
    write_rdf(small_kg(), first, guess_format(name))
    write_rdf(small_kg(), second, guess_format(name))
    assert first.read_bytes() == second.read_bytes()
    text = gzip.decompress(first.read_bytes()) if name.endswith(".gz") else first.read_bytes()
    assert b"_:" not in text  # the author and shared-entity lists' cells are IRIs


def test_every_triple_is_written_once(tmp_path):
    # a community has many members, but is described once
    write_rdf(small_kg(), tmp_path / "kg.nt", "nt")
    lines = (tmp_path / "kg.nt").read_bytes().splitlines()
    assert len(lines) == len(set(lines)) == len(to_rdf(small_kg()))


def test_authors_of_one_name_are_one_creator_and_two_list_items(tmp_path):
    kg = small_kg()
    kg.bipartite.nodes[paper_node(P2)]["authors"] = ["Ada Lovelace", "Ada Lovelace"]
    write_rdf(kg, tmp_path / "kg.nt", "nt")
    lines = (tmp_path / "kg.nt").read_bytes().splitlines()
    assert len(lines) == len(set(lines))
    assert from_rdf(Graph().parse(tmp_path / "kg.nt")).bipartite.nodes[paper_node(P2)]["authors"] == [
        "Ada Lovelace",
        "Ada Lovelace",
    ]


def test_bad_activity_time():
    with pytest.raises(KGError, match=r"E049.*'yesterday'"):
        to_rdf(small_kg(), activity_time="yesterday")


def test_unknown_entity_type():
    kg = small_kg()
    kg.bipartite.nodes[entity_node("f1")]["type"] = "GADGET"
    with pytest.raises(KGError, match=r"E021.*'GADGET'"):
        to_rdf(kg)


def test_unknown_mention_field():
    kg = small_kg()
    kg.bipartite.edges[paper_node(P2), entity_node("dropout")]["mentions"][0].field = "body"
    with pytest.raises(KGError, match=r"E049.*'body'.*title, abstract"):
        to_rdf(kg)


# IRIs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ident",
    [
        "a b",
        "#frag",
        "<x>",
        '"q"',
        "é/ü",
        "..",
        ".",
        "a/b?c=d&e",
        "\\",
        "{}|^`",
        "tab\tnew\nline",
        "日本語",
        "lone \ud800 surrogate",
        NASTY_PAPER,
    ],
)
def test_iris_from_nasty_ids_are_valid_and_reversible(ident):
    for kind in ("paper", "entity"):
        minted = iri(kind, ident)
        ox.NamedNode(minted)  # Oxigraph rejects an invalid IRI
        tail = minted.rsplit("/", 1)[1]
        assert tail not in {".", ".."} and not set(tail) - set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:%"
        )
        assert id_from_iri(minted, kind) == ident


# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph.
RDFLIB_JSONLD = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")


@RDFLIB_JSONLD
def test_nasty_ids_survive_every_format(tmp_path, graph):
    for fmt in RDF_FORMATS:
        path = tmp_path / f"kg.{fmt}"
        write_rdf(graph, path, fmt)
        ox.Store().load(
            path=str(path),
            format={
                "turtle": ox.RdfFormat.TURTLE,
                "nt": ox.RdfFormat.N_TRIPLES,
                "json-ld": ox.RdfFormat.JSON_LD,
            }[fmt],
        )
        g = Graph().parse(path, format=fmt)
        assert (iri("paper", NASTY_PAPER), RDF.type, KG.Paper) in g
        assert (iri("entity", NASTY_ENTITY), SKOS.prefLabel, Literal("BERT")) in g


@pytest.mark.parametrize("value", ["٢٠٢٣", "２０２３-０５", "2023-٠٥-01"])
def test_dates_in_other_digits_stay_strings(value):
    # "\\d" matched any script's digits: "٢٠٢٣"^^xsd:gYear is no valid gYear
    assert date_literal(value) == ox.Literal(value)


def test_foreign_iri_is_refused():
    with pytest.raises(KGError, match=r"E049.*paper IRI.*https://example.org/p"):
        id_from_iri(URIRef("https://example.org/p"), "paper")


# round trip ----------------------------------------------------------------------------------


@pytest.mark.parametrize("provenance", ["pairs", "full", "mentions"])
def test_rdf_networkx_rdf_round_trip(provenance):
    graph = to_rdf(small_kg(), activity_time=TIME, provenance=provenance)
    assert_isomorphic(graph, to_rdf(from_rdf(graph), activity_time=TIME, provenance=provenance))


def test_compact_evidence_restores_the_mentions_but_their_label_score_and_role(graph):
    restored = from_rdf(graph)
    for u, v, data in small_kg().bipartite.edges(data=True):
        got = restored.bipartite.edges[u, v]
        assert (got["role"], got["salient"], got["count"]) == (data["role"], data["salient"], data["count"])
        entity_type = small_kg().bipartite.nodes[v if u.startswith("paper:") else u]["type"]
        expected = [
            Mention(m.field, m.start, m.end, m.text, entity_type, m.entity, None) for m in data["mentions"]
        ]
        assert got["mentions"] == expected


def test_compact_form_restores_the_counts_it_leaves_out(graph):
    original, restored = small_kg(), from_rdf(graph)
    for key, attrs in original.entities.nodes(data=True):
        got = restored.entities.nodes[key]
        assert got["aliases"] == attrs["aliases"], key  # counted from the mentions' text
        assert got["n_papers"] == original.bipartite.degree(key), key
    for u, v, count in original.entities.edges(data="count"):
        assert restored.entities.edges[u, v]["count"] == count
    assert restored.papers.edges[paper_node(P1), paper_node(P2)] == {"weight": 1.5, "shared": []}


def test_from_rdf_restores_the_networkx_graph(full):
    original, restored = small_kg(), from_rdf(full)
    for key, attrs in original.bipartite.nodes(data=True):
        got = restored.bipartite.nodes[key]
        dropped = {"type_counts", "degree"} if attrs["kind"] == "entity" else set()
        assert got == {k: v for k, v in attrs.items() if k not in dropped}, key
        assert restored.papers.nodes.get(key, restored.entities.nodes.get(key)) == got
    assert list(restored.bipartite.nodes[paper_node(P1)]["authors"]) == PAPERS[P1]["authors"]
    for u, v, data in original.bipartite.edges(data=True):
        assert restored.bipartite.edges[u, v] == data
    assert restored.papers.edges[paper_node(P1), paper_node(P2)] == {
        "weight": 1.5,
        "shared": ["resnet", "imagenet"],
    }
    assert dict(restored.entities.edges[entity_node("resnet"), entity_node("dropout")]) == {
        "weight": 0.5,
        "count": 1,
    }


# files ---------------------------------------------------------------------------------------


@RDFLIB_JSONLD
@pytest.mark.parametrize(
    "fmt, name",
    [
        ("turtle", "kg.ttl"),
        ("nt", "kg.nt"),
        ("nt", "kg.nt.gz"),
        ("json-ld", "kg.jsonld"),
        ("turtle", "kg.ttl.gz"),
    ],
)
def test_write_rdf_formats(tmp_path, graph, fmt, name):
    path = tmp_path / name
    write_rdf(graph, path, fmt)
    raw = path.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    assert_isomorphic(graph, Graph().parse(data=raw, format=fmt))
    if fmt == "nt":
        assert raw.count(b"\n") == len(graph)  # one line per triple


def test_write_rdf_takes_a_knowledge_graph(tmp_path):
    write_rdf(small_kg(), tmp_path / "kg.ttl")
    assert_isomorphic(to_rdf(small_kg()), Graph().parse(tmp_path / "kg.ttl"))


def test_kg_export_writes_either_form_of_evidence(tmp_path):
    kg = small_kg()
    for graph in kg.bipartite, kg.entities:
        graph.nodes[entity_node("f1")]["pagerank"] = 0.0  # a saved graph has every measure
    save_graph(kg, tmp_path)
    runner = CliRunner()
    for provenance, cls in (("pairs", None), ("full", KG.Evidence), ("mentions", OA.Annotation)):
        path = tmp_path / f"{provenance}.nt"
        result = runner.invoke(
            app, ["export", "-g", str(tmp_path), "-o", str(path), "--provenance", provenance]
        )
        assert result.exit_code == 0, result.output
        assert bool(set(Graph().parse(path).subjects(RDF.type, KG.Evidence))) == (cls == KG.Evidence)
        assert set(Graph().parse(path).subjects(RDF.type, cls or KG.Paper))
    assert_isomorphic(Graph().parse(tmp_path / "pairs.nt"), to_rdf(kg))
    result = runner.invoke(
        app, ["export", "-g", str(tmp_path), "-o", str(tmp_path / "x.nt"), "--provenance", "all"]
    )
    assert result.exit_code == 1 and "E110" in str(result.exception)
    assert not (tmp_path / "x.nt").exists()


def test_write_rdf_unknown_format(tmp_path, graph):
    with pytest.raises(KGError, match=r"E042.*'rdfxml'.*turtle, nt, json-ld"):
        write_rdf(graph, tmp_path / "kg.rdf", "rdfxml")
    assert not list(tmp_path.iterdir())


# SHACL ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["graph", "stored", "full"])
def test_export_conforms_to_shapes(request, shapes, form):
    conforms, _, report = validate(request.getfixturevalue(form), shacl_graph=shapes)
    assert conforms, report


def _two_pref_labels(g: Graph) -> None:
    g.add((iri("entity", "squad"), SKOS.prefLabel, Literal("SQuAD 1.1")))


def _untitled_paper(g: Graph) -> None:
    g.remove((iri("paper", P2), DCTERMS.title, None))


def _misquoted_mention(g: Graph) -> None:
    quote = next(g.subjects(OA.exact, Literal("dropout")))
    g.set((quote, OA.exact, Literal("dropou")))


def _string_offset(g: Graph) -> None:
    position = next(g.subjects(RDF.type, OA.TextPositionSelector))
    g.set((position, OA.start, Literal("3")))


def _entity_of_two_types(g: Graph) -> None:
    g.add((iri("entity", "squad"), RDF.type, KG.Task))


def _half_link(g: Graph) -> None:
    link = next(s for s in g.subjects(KG.weight) if (s, KG.between, iri("paper", P2)) in g)
    g.remove((link, KG.between, iri("paper", P2)))


def _span_past_the_text(g: Graph) -> None:
    g.set((iri("evidence", P2, "dropout"), KG.span, Literal("abstract:30-3000")))


def _span_in_another_form(g: Graph) -> None:
    g.set((iri("evidence", P2, "dropout"), KG.span, Literal("abstract 30-37")))


def _role_the_paper_does_not_state(g: Graph) -> None:
    g.set((iri("evidence", P2, "dropout"), KG.role, KG.proposes))


def _role_without_a_mention(g: Graph) -> None:
    g.add((iri("paper", P1), KG.uses, iri("entity", "squad")))


def _two_roles(g: Graph) -> None:
    g.add((iri("paper", P1), KG.uses, iri("entity", "resnet")))


def _misquoted_evaluation(g: Graph) -> None:
    g.set((iri("evaluation", P1, 0), KG.quote, Literal("3.58")))


def _value_as_text(g: Graph) -> None:
    g.set((iri("evaluation", P1, 0), KG.value, Literal("3.57")))


def _kind_of_result(g: Graph) -> None:
    g.set((iri("evaluation", P1, 0), KG.resultKind, Literal("best")))


def _metric_that_is_a_dataset(g: Graph) -> None:
    g.set((iri("evaluation", P1, 0), KG.metric, iri("entity", "imagenet")))


@pytest.mark.parametrize(
    "form, break_it, violation",
    [
        ("graph", _two_pref_labels, "MaxCount"),
        ("graph", _untitled_paper, "MinCount"),
        ("full", _misquoted_mention, "SPARQL"),
        ("full", _string_offset, "Datatype"),
        ("graph", _entity_of_two_types, "Xone"),
        ("graph", _half_link, "MinCount"),
        ("graph", _span_past_the_text, "SPARQL"),
        ("graph", _span_in_another_form, "Node"),
        ("graph", _role_the_paper_does_not_state, "SPARQL"),
        ("graph", _role_without_a_mention, "SPARQL"),
        ("graph", _two_roles, "SPARQL"),
        ("graph", _misquoted_evaluation, "SPARQL"),
        ("graph", _value_as_text, "Datatype"),
        ("graph", _kind_of_result, "In"),
        ("graph", _metric_that_is_a_dataset, "Class"),
    ],
)
def test_broken_graph_does_not_conform(request, shapes, form, break_it, violation):
    broken = Graph() + request.getfixturevalue(form)
    break_it(broken)
    conforms, _, report = validate(broken, shacl_graph=shapes)
    assert not conforms and f"Constraint Violation in {violation}ConstraintComponent" in report


# ontology ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


def test_every_ontology_term_is_declared_and_every_declared_term_used(ontology):
    used = {t for triple in ontology for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    assert used == set(dir(KG))


def test_misspelt_terms_fail_loudly():
    for namespace in (KG, OA, FABIO, SKOSXL, SDO, XSD):
        with pytest.raises(AttributeError, match="not in namespace"):
            _ = namespace.hasBodyy


def test_ontology_header(ontology):
    onto = URIRef("https://w3id.org/kg-ml/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert ontology.value(onto, OWL.versionIRI).startswith(str(onto) + "/")
    assert ontology.value(onto, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert ontology.value(onto, DCTERMS.title) and ontology.value(onto, DCTERMS.description)


# Properties whose values OWL 2 DL has no class for: rdf:List cells, and classes or properties
# named as individuals; their comments say what the values are.
NO_RANGE = {KG.authorList, KG.sharedEntities, KG.mentionType, KG.inField, KG.role}


def test_every_term_is_documented(ontology):
    for term in dir(KG):
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term
        if (term, RDF.type, OWL.Class) not in ontology:
            assert ontology.value(term, RDFS.domain), term
            assert (ontology.value(term, RDFS.range) is None) == (term in NO_RANGE), term


def test_ontology_aligns_with_linked_papers_with_code_without_equivalence(ontology):
    lpwc = {str(o) for o in ontology.objects(None, RDFS.seeAlso)}
    assert {
        f"https://linkedpaperswithcode.com/class/{c}"
        for c in ("paper", "method", "dataset", "task", "metric")
    } <= lpwc
    assert not list(ontology.triples((None, OWL.equivalentClass, None)))


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.open, self.ids, self.sources = [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in {"meta", "br"}:
            self.open.append(tag)
        self.ids.add(attrs.get("id"))
        if "src" in attrs or tag == "link":
            self.sources.append(attrs.get("src") or attrs.get("href"))

    def handle_endtag(self, tag):
        assert self.open.pop() == tag


def test_ontology_page(tmp_path, ontology):
    write_ontology_html(tmp_path / "ontology.html")
    page = (tmp_path / "ontology.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    assert tags.open == [] and tags.sources == []
    assert {t[len(str(KG)) :] for t in dir(KG)} <= tags.ids
    assert '<a href="#Paper">kg:Paper</a> or <a href="#Entity">kg:Entity</a>' in page


def test_ontology_page_escapes_text(ontology):
    evil = Graph() + ontology
    evil.set((KG.Paper, RDFS.comment, Literal("<script>alert('x')</script> & more")))
    page = ontology_html(evil)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page
