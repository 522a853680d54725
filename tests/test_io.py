"""Atomic output on a disk that fills up: the writes go to /dev/full, which the kernel
answers with ENOSPC as a full disk does."""

import json
import os
import sys
from unittest import mock

import pytest

from kg.cli import main
from kg.errors import KGError
from kg.io import write_jsonl

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")


def _onto_full_disk(real=os.fdopen):
    """os.fdopen that writes to /dev/full instead of the temporary file it was given."""

    def fdopen(fd, *args, **kwargs):
        os.close(fd)
        return real(os.open("/dev/full", os.O_WRONLY), *args, **kwargs)

    return fdopen


def _outputs(out):
    """The build's output files by name, with their bytes; not the extraction cache, which
    keeps what a failed build extracted."""
    return {f.name: f.read_bytes() for f in out.iterdir() if f.is_file() and f.name != "cache.sqlite"}


def test_a_full_disk_names_the_output_and_keeps_the_previous_file(tmp_path):
    target = tmp_path / "mentions.jsonl"
    target.write_text("previous\n")
    with (
        mock.patch("kg.io.os.fdopen", _onto_full_disk()),
        pytest.raises(KGError, match=r"E050.*mentions\.jsonl: No space left on device"),
    ):
        write_jsonl(target, ({"n": i} for i in range(10)))
    assert target.read_text() == "previous\n"
    assert sorted(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_other_errors_in_the_block_pass_through(tmp_path):
    def rows():
        yield {"n": 1}
        raise FileNotFoundError(2, "No such file or directory", "input.jsonl")

    with pytest.raises(FileNotFoundError):
        write_jsonl(tmp_path / "out.jsonl", rows())
    assert list(tmp_path.iterdir()) == []


def test_kg_build_on_a_full_disk_exits_1_with_the_path_and_keeps_the_last_outputs(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "o"
    papers = [{"id": "1", "title": "BERT on SQuAD", "abstract": "We fine-tune BERT on SQuAD and report F1."}]
    src.write_text("".join(json.dumps(p) + "\n" for p in papers))
    with (
        mock.patch.object(sys, "argv", ["kg", "build", str(src), "-o", str(out), "--quiet"]),
        pytest.raises(SystemExit) as done,
    ):
        main()
    assert done.value.code in (0, None)
    before = _outputs(out)
    papers.append(
        {"id": "2", "title": "ResNet on CIFAR-10", "abstract": "ResNet reaches 95% accuracy on CIFAR-10."}
    )
    src.write_text("".join(json.dumps(p) + "\n" for p in papers))
    capsys.readouterr()
    with (
        mock.patch.object(sys, "argv", ["kg", "build", str(src), "-o", str(out), "--quiet"]),
        mock.patch("kg.io.os.fdopen", _onto_full_disk()),
        pytest.raises(SystemExit) as done,
    ):
        main()
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "E050" in err and "No space left on device" in err and "Traceback" not in err
    assert _outputs(out) == before and len(before) > 5
