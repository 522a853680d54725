"""The Dask engine gives the local engine's results, paper for paper."""

import pytest

distributed = pytest.importorskip("distributed")

from kg.distributed import dask_extract  # noqa: E402
from kg.extract import extract_papers, load_pipeline  # noqa: E402
from kg.models import Paper  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_matches_local_paper_for_paper(client):
    papers = [Paper(f"p{i}", f"Paper {i}: CLIP on COCO",
                    f"We fine-tune BERT on SQuAD and the Long Range Arena (LRA), case {i}. ResNet-50 reaches top-1 accuracy.")
              for i in range(23)]
    local = [d.to_json() for d in extract_papers(papers, load_pipeline())]
    remote = [d.to_json() for d in dask_extract(papers, client, shard_size=5)]
    assert [r["id"] for r in remote] == [p.id for p in papers]
    assert remote == local
