"""Every file the package reads at run time, found with :mod:`importlib.resources`.

The data lives in ``kg/data/`` and ships in the wheel, so an installed ``kg`` finds it from
any working directory: the ontology, its SHACL shapes and saved queries (the repository's
top-level ``ontology/`` is a link to ``kg/data/ontology``), the trained NER models, the
gazetteers and the views' templates.

>>> ONTOLOGY.name, SHAPES.name, QUERIES.name
('kg.ttl', 'shapes.ttl', 'queries')
>>> sorted(p.name for p in QUERIES.glob("top_*.rq"))
['top_datasets.rq']
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .errors import Errors, KGError


def data_path(*parts: str) -> Path:
    """The file system path of ``kg/data/<parts>``.

    spaCy, Jinja's file loader and the oxigraph program need real paths, which a package
    installed as files (wheel, sdist or editable) has; a zipped install does not.
    """
    resource = files("kg").joinpath("data", *parts)
    if not isinstance(resource, Path):
        raise KGError(Errors.E051.format(resource="/".join(parts)))
    return resource


ONTOLOGY_DIR = data_path("ontology")
ONTOLOGY = ONTOLOGY_DIR / "kg.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
QUERIES = ONTOLOGY_DIR / "queries"
NER_MODEL = data_path("ner")
# the NER model of `--model in-domain`, trained on SciREX with the in-domain annotation
NER_INDOMAIN_MODEL = data_path("ner_indomain")
GAZETTEERS = data_path("gazetteers")
VIEW_TEMPLATES = data_path("viz")
