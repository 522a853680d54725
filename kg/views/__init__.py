"""Offline, interactive HTML views of the knowledge graph.

:func:`write_views` writes an entry page, ``index.html`` (corpus summary, a chart of papers
and entities per year, links, a search box), ``concept_map.html`` (entities joined by
co-occurrence), ``paper_map.html`` (papers joined by the entities they share) and a site of
pages (:func:`write_site`): ``entity/<name>.html`` and ``paper/<name>.html``, named by
:func:`~kg.views.site.page_name`, sharing ``search.js`` (the search index and
``window.kg.search``) and ``kg.css``; :func:`write_ego_view` writes the neighbourhood of one
paper or entity. The graph schema is in :mod:`kg.schema`.

Every page works with no network: the maps inline sigma.js and graphology, vendored from
the npm registry into ``kg/data/viz/vendor/`` with their licences (``pipelines/vendor_js.py``
fetches and checks them), the ego view inlines vis-network's script and style from the pyvis
package (see :func:`kg.compat.vis_network_file`), the page's own script, style and templates
come from ``kg/data/viz/``, and the data travel as JSON in ``<script type="application/json">``
elements; the site's pages load ``search.js`` and ``kg.css`` from the folder by relative
links, which ``file://`` allows (the maps search their own nodes' text without it). Jinja renders the pages with our templates;
pyvis's own template loads Bootstrap from a CDN, and nothing else of pyvis is needed.

Speed. The maps are drawn by sigma.js (WebGL), which stays interactive where vis-network froze
(a 5,000-paper vis-network map was a 24 MB page that froze 5-8 s per action); positions are
computed here, so the browser only draws (see :mod:`kg.views.layout` and :mod:`kg.views.maps`).
``pipelines/bench_maps.py`` times them at 600, 5,000 and 100,000 papers (docs/benchmarks.md).
The ego view (:func:`write_ego_view`, at most a few hundred nodes) stays on vis-network.

Safety. Text from the data is only ever placed as text: Jinja escapes it in HTML, its
``tojson`` escapes ``<``, ``>``, ``&`` and ``'`` in the embedded JSON (so a title holding
``</script>`` cannot end the element), and the page script builds tooltips from text nodes
and links only ``http(s)`` URLs.

Modules
-------
selection
    Which nodes each page shows: :func:`concept_graph`, :func:`paper_graph`, :func:`ego_graph`.
layout
    Positions that keep each community together: :func:`community_layout`.
text
    The text the pages show: shortened titles, counted nouns, year spans, links to papers.
style
    Colours and shapes: by entity type, by community, by year.
items
    The nodes and edges (vis-network's form), and legend entries.
pages
    What each network page shows: :class:`View`, :func:`concept_view`, :func:`ego_view`.
maps
    The concept map and the paper map for sigma.js: :class:`Map`, :func:`concept_map`,
    :func:`paper_map`.
summary
    What the entry page shows, with its chart per year: :func:`summary_page`.
site
    The pages of entities and papers, and their file names: :class:`Site`, :func:`entity_page`,
    :func:`paper_page`, :func:`page_name`.
leaderboards
    The results on those pages: a dataset's or a metric's leaderboards, a paper's results.
search
    The index the search box and ``window.kg.search`` rank matches from: :func:`search_index`.
render
    The HTML, rendered by Jinja, and the files: :func:`write_views`, :func:`write_site`,
    :func:`write_ego_view`, :func:`render_map`.

Speed of the site, on the shared 2-core machine (other builds running, so times varied up to
threefold between runs): the sample's 5,865 pages take 0.1 ms each to gather and 0.17 ms to
render; written to a fresh folder, 0.5-1.6 ms of CPU time and 0.6-2.6 ms wall time a page
in all, most of it the file system's. A synthetic corpus of 20,000 papers
(``pipelines/synth_corpus.py``) has bigger pages (11 kB against 3.6 kB): 30,000 pages (the
10,000 entities in most papers, each listing at most 100 papers, and every paper) took 1.5 ms
of CPU time and 3.6 ms wall time a page. The cost follows the bytes written, so 100,000
papers would take some 2.5-6 minutes.
"""

from .items import LegendItem, VisEdge, VisNode
from .layout import community_layout, fit_radii, pack, separate, spread, sunflower
from .maps import Map, concept_map, paper_map
from .pages import PAGES, ColorBy, View, concept_view, ego_view
from .render import (
    environment,
    render_index,
    render_map,
    render_view,
    vis_options,
    write_ego_view,
    write_site,
    write_views,
)
from .search import SearchIndex, search_index
from .selection import concept_graph, ego_graph, induced, paper_graph
from .site import EntityPage, PaperPage, Site, entity_page, page_name, paper_page
from .summary import Chart, Summary, summary_page, year_chart, year_counts

__all__ = [
    "PAGES",
    "Chart",
    "ColorBy",
    "EntityPage",
    "LegendItem",
    "Map",
    "PaperPage",
    "SearchIndex",
    "Site",
    "Summary",
    "View",
    "VisEdge",
    "VisNode",
    "community_layout",
    "concept_graph",
    "concept_map",
    "concept_view",
    "ego_graph",
    "ego_view",
    "entity_page",
    "environment",
    "fit_radii",
    "induced",
    "pack",
    "page_name",
    "paper_graph",
    "paper_map",
    "paper_page",
    "render_index",
    "render_map",
    "render_view",
    "search_index",
    "separate",
    "spread",
    "summary_page",
    "sunflower",
    "vis_options",
    "write_ego_view",
    "write_site",
    "write_views",
    "year_chart",
    "year_counts",
]
