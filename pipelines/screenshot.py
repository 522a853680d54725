"""Screenshot the views of a built outputs directory in headless Chromium, for the README.

    python pipelines/screenshot.py outputs/                      # writes docs/concept_map.png
    python pipelines/screenshot.py outputs/ --pages concept_map.html paper_map.html \
        entity/imagenet.html --width 1200 --height 760           # docs/entity_imagenet.png, ...

A page in a folder is named after both (``entity/imagenet.html`` → ``entity_imagenet.png``).

Needs the dev extras (playwright) and Debian's ``chromium``; the browser is never downloaded,
and every request other than to a local file is refused, as the pages need none.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import Route, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def refuse_remote(route: Route) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def screenshot(
    pages: list[Path], out_dir: Path, executable: str, size: tuple[int, int] = (1400, 900)
) -> list[Path]:
    """One PNG per page in ``out_dir``, named after it and its folder, taken once its network
    or map is drawn."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        context.route("**/*", refuse_remote)
        for page_path in pages:
            page = context.new_page()
            page.goto(page_path.resolve().as_uri())
            if page.locator("#mynetwork, #kg-map").count():
                page.wait_for_function("document.body.dataset.drawn === 'true'", timeout=60_000)
            folder = page_path.parent.name
            target = out_dir / (
                f"{folder}_{page_path.stem}.png" if folder in ("entity", "paper") else f"{page_path.stem}.png"
            )
            page.screenshot(path=str(target))
            written.append(target)
            page.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outputs", type=Path, help="a directory written by `kg build`")
    parser.add_argument("--pages", nargs="+", default=["concept_map.html"], help="pages to shoot")
    parser.add_argument("--to", type=Path, default=ROOT / "docs", help="where the PNGs go (default: docs/)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    missing = [name for name in args.pages if not (args.outputs / name).is_file()]
    if missing:
        sys.exit(f"not in {args.outputs}: {', '.join(missing)}; run `kg build` first")
    pages = [args.outputs / name for name in args.pages]
    for path in screenshot(pages, args.to, args.chromium, (args.width, args.height)):
        print(path)


if __name__ == "__main__":
    main()
