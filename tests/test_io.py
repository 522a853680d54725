"""Output files: atomic on a disk that fills up (writes sent to /dev/full, which the kernel
answers with ENOSPC as a full disk does), and never onto something that is not a file."""

import json
import os
import stat
import sys
from pathlib import Path
from unittest import mock

import pytest

from kg.cli import main
from kg.errors import KGError
from kg.io import write_jsonl, write_text

pytestmark = [
    pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)"),
    pytest.mark.hostile,
]

PAPERS = [
    {"id": "1", "title": "BERT on SQuAD", "abstract": "We fine-tune BERT on SQuAD and report F1."},
    {"id": "2", "title": "ResNet on CIFAR-10", "abstract": "ResNet reaches 95% accuracy on CIFAR-10."},
]


def _onto_full_disk(only: str = "", real=os.fdopen):
    """os.fdopen that writes to /dev/full instead of the temporary file it was given (only
    that of the output named ``only``, when given)."""

    def fdopen(fd, *args, **kwargs):
        if not os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(f".{only}"):
            return real(fd, *args, **kwargs)
        os.close(fd)
        return real(os.open("/dev/full", os.O_WRONLY), *args, **kwargs)

    return fdopen


def _kg(*args: str) -> int:
    """`kg ARGS` in this process: its exit code."""
    with mock.patch.object(sys, "argv", ["kg", *args]), pytest.raises(SystemExit) as done:
        main()
    return done.value.code or 0


def _outputs(out: Path) -> dict[str, bytes]:
    """The build's output files by path, with their bytes; not the extraction cache, which
    keeps what a failed build extracted, nor the build's own state in ``.kg``."""
    return {
        str(f.relative_to(out)): f.read_bytes()
        for f in out.rglob("*")
        if f.is_file() and f.name != "cache.sqlite" and ".kg" not in f.relative_to(out).parts
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build of the first paper."""
    tmp = tmp_path_factory.mktemp("io")
    src, out = tmp / "in.jsonl", tmp / "out"
    src.write_text(json.dumps(PAPERS[0]) + "\n")
    assert _kg("build", str(src), "-o", str(out), "--quiet") == 0
    return src, out


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


def test_kg_build_on_a_full_disk_exits_1_with_the_path_and_keeps_the_last_outputs(built, tmp_path, capsys):
    """The disk fills up at kg.ttl, after mentions.jsonl, entities.jsonl and the graph files
    were written: none of those replaces the previous build's."""
    out = built[1]
    before = _outputs(out)
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps(p) + "\n" for p in PAPERS))
    capsys.readouterr()
    with mock.patch("kg.io.os.fdopen", _onto_full_disk("kg.ttl")):
        assert _kg("build", str(more), "-o", str(out), "--quiet") == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "E050" in err and "kg.ttl: No space left on device" in err and "Traceback" not in err
    assert _outputs(out) == before and len(before) > 5
    # the failed build's files are gone with it
    assert [p.name for p in (out / ".kg").iterdir() if p.name.startswith("gen-")] == [
        os.readlink(out / ".kg" / "current")
    ]


@pytest.mark.parametrize("kind", ["fifo", "directory", "link to a fifo", "character device"])
def test_kg_export_refuses_what_is_not_a_regular_file(built, tmp_path, capsys, kind):
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "directory":
        target.mkdir()
    elif kind == "link to a fifo":
        os.mkfifo(tmp_path / "fifo")
        target.symlink_to(tmp_path / "fifo")
    else:
        try:  # a node of its own, like /dev/null (1, 3): never the system's
            os.mknod(target, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("no permission to make a device node here")
    before = os.lstat(target)
    capsys.readouterr()
    assert _kg("export", "-g", str(built[1]), "-o", str(target), "--format", "nt") == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"[E091] Cannot write {target}: it is a" in err and "not a regular file" in err
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {"target", *(["fifo"] if "link" in kind else [])}
    )


def test_writing_through_a_link_keeps_the_link(tmp_path):
    (tmp_path / "real.txt").write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    write_text(link, "new")
    assert link.is_symlink() and (tmp_path / "real.txt").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]
