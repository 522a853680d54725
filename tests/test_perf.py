import catalogue
import numpy as np
import pytest
import spacy
import srsly
from spacy.tokens import Doc

from kg.perf import msgpack_codecs_frozen


@pytest.fixture
def lookups(monkeypatch):
    """Counts catalogue's look-ups of srsly's msgpack codecs made through the class method."""
    calls = []
    get_all = catalogue.Registry.get_all

    def counting(self):
        if self.namespace[0] == "srsly":
            calls.append(self.namespace)
        return get_all(self)

    monkeypatch.setattr(catalogue.Registry, "get_all", counting)
    return calls


def _round_trip(nlp):
    doc = nlp("We train CLIP on CIFAR-10.")
    doc.ents = [doc.char_span(9, 13, label="MODEL")]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    return [(e.text, e.label_) for e in back.ents], back.to_array(["ORTH"])


def test_frozen_codecs_are_not_looked_up_again(lookups):
    nlp = spacy.blank("en")
    with msgpack_codecs_frozen():
        del lookups[:]  # freezing looks them up once
        ents, orths = _round_trip(nlp)
        assert lookups == []
        # srsly's numpy codec still applies
        assert np.array_equal(srsly.msgpack_loads(srsly.msgpack_dumps(np.arange(3))), np.arange(3))
    assert ents == [("CLIP", "MODEL")] and len(orths) == 6
    _round_trip(nlp)
    assert ("srsly", "msgpack_decoders") in lookups  # unfrozen after the block


def test_an_inner_block_leaves_the_outer_one_frozen(lookups):
    nlp = spacy.blank("en")
    with msgpack_codecs_frozen():
        with msgpack_codecs_frozen():
            pass
        del lookups[:]
        _round_trip(nlp)
        assert lookups == []
    assert "get_all" not in vars(srsly.msgpack_decoders)
