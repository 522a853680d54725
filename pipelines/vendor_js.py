"""Fetch the browser builds of sigma.js and graphology from the npm registry into
``kg/data/viz/vendor/``, checking each tarball against the registry's sha512 integrity.

The maps (``kg.views.maps``) inline these files so that their pages work offline; this script is
only for whoever updates or checks them (dev time, with network access):

    python -m pipelines.vendor_js            # fetch, verify, write the files and VENDOR.md
    python -m pipelines.vendor_js --check    # fetch, verify, and fail if the files differ

sigma 3 rather than 4: its UMD build (``dist/sigma.min.js``, the global ``Sigma``, with
``events`` and ``graphology-utils`` bundled) and settings are what ``kg/data/viz/map.js`` uses.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "kg" / "data" / "viz" / "vendor"
REGISTRY = "https://registry.npmjs.org"


@dataclass(frozen=True)
class Package:
    """An npm package version and the files taken from its tarball: (path inside, name here)."""

    name: str
    version: str
    files: tuple[tuple[str, str], ...]


PACKAGES = (
    Package("sigma", "3.0.2", (("dist/sigma.min.js", "sigma.min.js"), ("LICENSE.txt", "sigma.LICENSE.txt"))),
    Package(
        "graphology",
        "0.26.0",
        (("dist/graphology.umd.min.js", "graphology.umd.min.js"), ("LICENSE.txt", "graphology.LICENSE.txt")),
    ),
)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        data: bytes = response.read()
    return data


def verified_files(package: Package) -> tuple[dict[str, bytes], dict[str, str]]:
    """The files of ``package`` from its tarball, once its sha512 matches the registry's
    ``dist.integrity``; and the tarball's URL and integrity."""
    meta = json.loads(fetch(f"{REGISTRY}/{package.name}/{package.version}"))
    dist = meta["dist"]
    tarball = fetch(dist["tarball"])
    algorithm, expected = dist["integrity"].split("-", 1)
    if algorithm != "sha512":
        sys.exit(f"{package.name}: unexpected integrity {dist['integrity']}")
    got = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if got != expected:
        sys.exit(f"{package.name} {package.version}: sha512 {got} is not the registry's {expected}")
    files = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for inside, name in package.files:
            member = tar.extractfile(f"package/{inside}")
            if member is None:
                sys.exit(f"{package.name}: no file {inside} in {dist['tarball']}")
            files[name] = member.read()
    return files, {"tarball": dist["tarball"], "integrity": dist["integrity"], "license": meta["license"]}


def vendor_md(rows: list[tuple[Package, dict[str, str]]]) -> str:
    lines = [
        "# Vendored JavaScript",
        "",
        "Written by `python -m pipelines.vendor_js` from the npm registry; each tarball was checked",
        "against the registry's sha512 integrity. The maps (`kg/views/maps.py`) inline these files,",
        "so their pages work offline. Do not edit them by hand.",
        "",
        "| package | version | licence | files | tarball | integrity |",
        "|---|---|---|---|---|---|",
    ]
    for package, dist in rows:
        names = ", ".join(f"`{name}` (`{inside}`)" for inside, name in package.files)
        lines.append(
            f"| {package.name} | {package.version} | {dist['license']} | {names} | {dist['tarball']} "
            f"| `{dist['integrity']}` |"
        )
    lines += [
        "",
        "sigma's UMD build bundles its dependencies `events` (MIT) and `graphology-utils` (MIT).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the vendored files differ")
    args = parser.parse_args(argv)
    rows, wanted = [], {}
    for package in PACKAGES:
        files, dist = verified_files(package)
        wanted.update(files)
        rows.append((package, dist))
        print(f"{package.name} {package.version}: {dist['integrity']} verified")
    wanted["VENDOR.md"] = vendor_md(rows).encode()
    if args.check:
        differ = [
            n for n, data in wanted.items() if not (VENDOR / n).is_file() or (VENDOR / n).read_bytes() != data
        ]
        if differ:
            sys.exit(f"differ from the registry's: {', '.join(differ)}")
        print(f"{len(wanted)} files in {VENDOR} match the registry's")
        return
    VENDOR.mkdir(parents=True, exist_ok=True)
    for name, data in wanted.items():
        (VENDOR / name).write_bytes(data)
        print(f"wrote {VENDOR / name} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
