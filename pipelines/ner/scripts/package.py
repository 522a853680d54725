"""Copy the trained pipeline into the product, with its figures, sources and licence.

usage: python scripts/package.py MODEL OUT_DIR METRICS_JSON LICENSE --version X.Y.Z [--in-domain]
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import spacy
import typer

SOURCES = [
    {
        "name": "SciREX",
        "url": "https://github.com/allenai/SciREX",
        "license": "Apache-2.0",
        "author": "Allen Institute for AI (Jain et al., ACL 2020)",
    }
]


IN_DOMAIN_SOURCE = {
    "name": "kg in-domain annotation",
    "url": "pipelines/annotation (titles and abstracts of the sample corpus, train split)",
    "license": "Apache-2.0",
    "author": "kg contributors",
}


def package_meta(meta: dict, version: str, metrics: dict, *, in_domain: bool = False) -> dict:
    """The shipped ``meta.json``: spaCy's own fields plus the dev/test figures and sources.

    >>> m = package_meta({"name": "pipeline", "labels": {"ner": ["TASK"]}}, "1.0.0", {"test": {}})
    >>> m["name"], m["version"], m["labels"], m["license"]
    ('kg_ner', '1.0.0', {'ner': ['TASK']}, 'Apache-2.0')
    >>> package_meta({}, "1.0.0", {}, in_domain=True)["name"]
    'kg_ner_indomain'
    """
    trained_on = "SciREX and kg's in-domain annotation" if in_domain else "SciREX"
    return {
        **meta,
        "name": "kg_ner_indomain" if in_domain else "kg_ner",
        "version": version,
        "license": "Apache-2.0",
        "description": "METHOD/DATASET/METRIC/TASK mentions in ML abstracts: tok2vec + ner "
        f"trained on {trained_on} (see pipelines/ner)",
        "sources": [*SOURCES, IN_DOMAIN_SOURCE] if in_domain else SOURCES,
        "kg_scores": metrics,
    }


def main(
    model: Path,
    out_dir: Path,
    metrics: Path,
    license_file: Path,
    version: str = typer.Option(..., help="Version of the shipped model"),
    in_domain: bool = typer.Option(False, help="The model of `--model in-domain`"),
) -> None:
    nlp = spacy.load(model)
    metrics_dict = json.loads(metrics.read_text(encoding="utf-8"))
    nlp.meta = package_meta(nlp.meta, version, metrics_dict, in_domain=in_domain)
    # write beside the old model and swap, so a failed run never leaves half a model
    staging = out_dir.with_name(out_dir.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    shutil.copyfile(license_file, staging / "LICENSE")
    shutil.rmtree(out_dir, ignore_errors=True)
    staging.rename(out_dir)
    typer.echo(f"packaged {nlp.meta['name']}-{version} with {nlp.pipe_names} into {out_dir}")


if __name__ == "__main__":
    typer.run(main)
