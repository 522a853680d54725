"""Time the maps (sigma.js, WebGL) in headless Chromium on synthetic corpora of growing size.

For each size, the synthetic corpus of ``pipelines/synth_corpus.py`` (made if missing in
``--dir``) is linked and built into a graph (``kg.graph.build_graph``, no spaCy: the corpus
carries its mentions), and the concept map and the paper map of every paper are written with
the site's search index (``search.js``) beside them, as ``kg build`` writes them (the site's
entity and paper pages are left out: the maps only link to them). Then each map is opened in
Debian's ``chromium`` (playwright; every request other than to a local file is refused) and
the script prints:

- ``MB``: the page's size (the site's ``search.js``, loaded by the page, in brackets);
- ``first draw``: ms from navigation to the first frame sigma drew (``performance.now()``);
  the page then loads ``search.js``;
- one column per action, ms from the action to the next frame painted after it (two
  ``requestAnimationFrame``): ``search`` (type the name of an entity of the map, Enter: the
  matches are ranked, the first selected and zoomed to), ``zoom`` (camera ratio halved),
  ``pan``, ``hover`` and ``click`` (real mouse events on a node's centre: sigma's picking,
  the tooltip, the details panel), ``colour`` (the overlay by average year, on and off) and
  ``filter`` (a legend entry off and on);
- ``worst``: the slowest action, and ``long task``: the longest task the page's
  ``PerformanceObserver`` saw during them (tasks over 50 ms; 0 if none).

    python -m pipelines.bench_maps --sizes 600 5000 100000
    python -m pipelines.bench_maps --sizes 100000 --reuse   # time the pages written before

Chromium runs WebGL in software here (``--disable-gpu``: SwiftShader on the CPU), as on any
machine without a GPU; a browser with one draws faster.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from kg.graph import build_graph
from kg.io import write_text
from kg.link import link
from kg.records import ExtractedPaper
from kg.views.maps import concept_map, paper_map
from kg.views.render import environment, render_map
from kg.views.search import search_index
from kg.views.site import Site
from pipelines.bench_graph import corpus
from pipelines.screenshot import CHROMIUM_ARGS, refuse_remote

ACTIONS = ("search", "zoom", "pan", "hover", "click", "colour", "filter")
NEXT_FRAME = "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"


def write_maps(mentions: Path, out: Path) -> dict[str, float]:
    """Build the graph of a corpus and write its two maps and search.js into ``out``; the
    seconds each step took."""
    seconds = {}
    t = time.perf_counter()
    with mentions.open(encoding="utf-8") as f:
        docs = [ExtractedPaper.from_json(json.loads(line)) for line in f]
    kg = build_graph(docs, link(docs))
    seconds["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    maps = {"concept_map.html": concept_map(kg), "paper_map.html": paper_map(kg)}
    seconds["maps"] = time.perf_counter() - t
    site = Site.of(kg, 10_000)
    for m in maps.values():
        m.link_pages(site.pages)
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    for name, m in maps.items():
        write_text(out / name, render_map(m, find=True))
    search = environment(root="", find=True).get_template("search.js")
    write_text(out / "search.js", search.render(index=search_index(kg, site)))
    seconds["write"] = time.perf_counter() - t
    return seconds


def timed(page: Page, script: str, arg: object = None) -> float:
    """ms the page takes to run ``script`` (an async function of ``arg``) and paint a frame."""
    return float(
        page.evaluate(
            f"""async (arg) => {{
            const t = performance.now();
            await ({script})(arg);
            await ({NEXT_FRAME})();
            return performance.now() - t;
        }}""",
            arg,
        )
    )


def mouse_timed(page: Page, x: float, y: float, click: bool, done: str, arg: object) -> float:
    """ms from a real mouse move (or click) at ``x, y`` to ``done`` holding and a frame painted."""
    t = time.perf_counter()
    if click:
        page.mouse.click(x, y)
    else:
        page.mouse.move(x, y)
    page.wait_for_function(done, arg=arg, timeout=30_000)
    page.evaluate(NEXT_FRAME)
    return (time.perf_counter() - t) * 1000


def measure(page: Page, path: Path) -> dict[str, float]:
    """Open the map at ``path`` and time its first draw and each of :data:`ACTIONS`."""
    page.goto(path.resolve().as_uri(), timeout=600_000)
    page.wait_for_function("document.body.dataset.drawn === 'true'", timeout=600_000)
    r = {"first draw": float(page.evaluate("kgMap.firstDraw"))}
    page.evaluate("""() => { window.longTasks = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)))
            .observe({type: "longtask"}); }""")
    # the map's most important node; search it by its name, as a reader would
    top = page.evaluate(
        "kgMap.graph.nodes().reduce((a, b) => kgMap.graph.getNodeAttribute(a, 'size') >= kgMap.graph.getNodeAttribute(b, 'size') ? a : b)"
    )
    name = page.evaluate("(id) => kgMap.graph.getNodeAttribute(id, 'label') || id", top)
    r["search"] = timed(
        page,
        """async (q) => { const s = document.getElementById("kg-search"); s.value = q;
        s.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true})); }""",
        name,
    )
    page.wait_for_timeout(400)  # the camera's animation to the match
    camera = "kgMap.renderer.getCamera()"
    r["zoom"] = timed(page, f"async () => {{ const c = {camera}; c.setState({{ratio: c.ratio / 2}}); }}")
    r["pan"] = timed(page, f"async () => {{ const c = {camera}; c.setState({{x: c.x + 0.05 * c.ratio}}); }}")
    # near the node, as a reader zooms in to point at one: at 5k papers and more, the first
    # view draws discs of 1-3 pixels
    page.evaluate(
        f"""(id) => {{ const d = kgMap.renderer.getNodeDisplayData(id);
        {camera}.setState({{x: d.x, y: d.y, ratio: Math.min(1, 600 / kgMap.graph.order)}}); }}""",
        top,
    )
    page.evaluate(NEXT_FRAME)
    target = page.evaluate("(id) => kgMap.centre(id)", top)
    page.mouse.move(5, 5)
    r["hover"] = mouse_timed(
        page, target["x"], target["y"], False, "() => !document.getElementById('kg-tip').hidden", None
    )
    r["click"] = mouse_timed(page, target["x"], target["y"], True, "(id) => kgMap.selected() === id", top)
    flip = """async (value) => { const radio = document.querySelector(`input[name='kg-colour'][value='${value}']`);
        radio.checked = true; radio.dispatchEvent(new Event("change")); }"""
    r["colour"] = max(timed(page, flip, "year"), timed(page, flip, "group"))
    toggle = """async () => { const box = document.querySelector("input[data-legend]");
        box.checked = !box.checked; box.dispatchEvent(new Event("change")); }"""
    r["filter"] = max(timed(page, toggle), timed(page, toggle))
    r["long task"] = float(page.evaluate("Math.max(0, ...longTasks)"))
    r["worst"] = max(r[a] for a in ACTIONS)
    return r


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[600, 5_000, 100_000])
    parser.add_argument("--dir", type=Path, default=Path("outputs/bench_maps"), help="corpora and pages")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reuse", action="store_true", help="time the pages an earlier run wrote, if any")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    columns = ("first draw", *ACTIONS, "worst", "long task")
    print(f"{'papers':>7} {'map':12} {'MB':>12} " + " ".join(f"{c:>10}" for c in columns), flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for size in args.sizes:
            out = args.dir / f"maps{size}"
            if not (args.reuse and (out / "paper_map.html").is_file()):
                seconds = write_maps(corpus(args.dir, size, args.seed), out)
                built = ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items())
                print(f"{size:7d} built in {built}", flush=True)
            search_mb = (out / "search.js").stat().st_size / 1e6
            for name in ("concept_map.html", "paper_map.html"):
                context = browser.new_context(viewport={"width": 1280, "height": 800})
                context.route("**/*", refuse_remote)
                r = measure(context.new_page(), out / name)
                context.close()
                mb = f"{(out / name).stat().st_size / 1e6:.1f} (+{search_mb:.1f})"
                print(
                    f"{size:7d} {name[:-5]:12} {mb:>12} " + " ".join(f"{r[c]:10.0f}" for c in columns),
                    flush=True,
                )
        browser.close()


if __name__ == "__main__":
    main()
