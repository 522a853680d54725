/* kg network page: draws the nodes and edges of the JSON script elements with vis-network
   and wires search, legend and community/year filters, neighbour highlight and tooltips.
   With the site's search.js loaded before it, the search is the site's, kept to this page's
   nodes (window.kg.search); without, it matches the nodes' own text.
   Text from the data is only ever set as textContent (cards: card.js). */
(function () {
  "use strict";
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const items = read("kg-nodes");
  const links = read("kg-edges");
  const options = read("kg-options");
  const FADED_TEXT = "rgba(31, 41, 55, 0.15)";
  const TEXT = options.nodes.font.color;
  const EDGE_OPACITY = options.edges.color.opacity;

  const card = window.kgCard.card;  // card.js

  const byId = new Map(items.map((n) => [n.id, n]));
  // the node ids matching a query, best first: by the site's search where it is loaded
  const siteSearch = window.kg && window.kg.search;
  const find = siteSearch
    ? (query) => siteSearch(query).filter((id) => byId.has(id))
    : (query) => items.filter((n) => n.search.includes(query.trim().toLowerCase())).map((n) => n.id);
  window.kg = Object.assign({}, window.kg, {search: find});
  const neighbours = new Map(items.map((n) => [n.id, new Set()]));
  for (const e of links) {
    neighbours.get(e.from).add(e.to);
    neighbours.get(e.to).add(e.from);
  }
  // vis-network shows an element title as it is, where a string one would be set as text
  const nodes = new vis.DataSet(items.map((n) => Object.assign({}, n, {title: card(n.info)})));
  const edges = new vis.DataSet(links.map((e) => Object.assign({}, e, {title: card(e.info)})));
  const container = document.getElementById("mynetwork");
  const network = new vis.Network(container, {nodes: nodes, edges: edges}, options);

  const $ = (id) => document.getElementById(id);
  const search = $("kg-search");
  const community = $("kg-community");
  const yearFrom = $("kg-year-from");
  const yearTo = $("kg-year-to");
  const legendBoxes = Array.from(document.querySelectorAll("input[data-legend]"));
  const details = $("kg-details");
  const count = $("kg-count");
  const noun = count.dataset.noun;

  const names = $("kg-names");
  for (const label of Array.from(new Set(items.map((n) => n.label))).sort()) {
    const option = document.createElement("option");
    option.value = label;
    names.append(option);
  }

  function state() {
    const year = (select) => (select && select.value ? Number(select.value) : null);
    return {
      query: search.value.trim().toLowerCase(),
      legend: new Set(legendBoxes.filter((b) => b.checked).map((b) => b.dataset.legend)),
      community: community ? community.value : "",
      from: year(yearFrom),
      to: year(yearTo),
    };
  }

  function passes(n, s) {
    if (!s.legend.has(n.legend)) return false;
    if (s.community && n.community !== s.community) return false;
    if (s.from !== null || s.to !== null) {
      const [first, last] = n.years;
      if (first === null) return false;
      if (s.from !== null && last < s.from) return false;
      if (s.to !== null && first > s.to) return false;
    }
    return true;
  }

  // The nodes the filters let through; with a query, those matching it and their neighbours.
  function visible(s) {
    const shown = new Set(items.filter((n) => passes(n, s)).map((n) => n.id));
    if (!s.query) return {shown: shown, hits: []};
    const hits = find(s.query).filter((id) => shown.has(id));
    const near = new Set(hits);
    for (const id of hits) for (const m of neighbours.get(id)) if (shown.has(m)) near.add(m);
    return {shown: near, hits: hits};
  }

  const hidden = new Map(items.map((n) => [n.id, false]));
  const hiddenEdge = new Map(links.map((e) => [e.id, false]));

  function apply() {
    const s = state();
    const {shown, hits} = visible(s);
    search.dataset.applied = s.query;  // the query that what is shown answers
    const nodeChanges = items.filter((n) => hidden.get(n.id) === shown.has(n.id))
      .map((n) => ({id: n.id, hidden: !shown.has(n.id)}));
    nodeChanges.forEach((c) => hidden.set(c.id, c.hidden));
    const edgeChanges = links.filter((e) => hiddenEdge.get(e.id) === (shown.has(e.from) && shown.has(e.to)))
      .map((e) => ({id: e.id, hidden: !(shown.has(e.from) && shown.has(e.to))}));
    edgeChanges.forEach((c) => hiddenEdge.set(c.id, c.hidden));
    nodes.update(nodeChanges);
    edges.update(edgeChanges);
    count.textContent = shown.size === items.length
      ? `${items.length.toLocaleString("en")} ${noun}`
      : `${shown.size.toLocaleString("en")} of ${items.length.toLocaleString("en")} ${noun} shown`;
    if (s.query && !hits.length) count.textContent = `No ${noun} match “${search.value.trim()}”`;
    if (hits.length) {
      network.selectNodes(hits);
      highlight(hits);
    } else {
      network.unselectAll();
      unhighlight();
    }
    if (shown.size) fit(Array.from(shown));
  }

  // fit the nodes in view with a margin, which their labels below them need
  function fit(ids) {
    network.fit({nodes: ids, animation: false});
    network.moveTo({scale: network.getScale() * 0.92, animation: false});
  }

  let highlighted = false;

  // Fade all but the given nodes, their neighbours and the edges that join them.
  function highlight(ids) {
    const chosen = new Set(ids);
    const near = new Set(ids);
    for (const id of ids) for (const m of neighbours.get(id)) near.add(m);
    nodes.update(items.map((n) => ({
      id: n.id, opacity: near.has(n.id) ? 1 : 0.15, font: {color: near.has(n.id) ? TEXT : FADED_TEXT},
    })));
    edges.update(links.map((e) => ({
      id: e.id, color: Object.assign({}, e.color, {opacity: chosen.has(e.from) || chosen.has(e.to) ? 0.9 : 0.05}),
    })));
    highlighted = true;
    details.replaceChildren(card(byId.get(ids[0]).info, {panel: true}));
  }

  function unhighlight() {
    if (!highlighted) return;
    nodes.update(items.map((n) => ({id: n.id, opacity: 1, font: {color: TEXT}})));
    edges.update(links.map((e) => ({id: e.id, color: e.color || {opacity: EDGE_OPACITY}})));
    highlighted = false;
  }

  network.on("click", (params) => {
    if (params.nodes.length) highlight([params.nodes[0]]);
    else unhighlight();
  });
  // redrawing thousands of edges takes a moment: wait until typing pauses
  let typing = null;
  search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(apply, 150);
  });
  for (const control of [community, yearFrom, yearTo, ...legendBoxes]) {
    if (control) control.addEventListener("change", apply);
  }
  $("kg-reset").addEventListener("click", () => {
    search.value = "";
    for (const select of [community, yearFrom, yearTo]) if (select) select.value = "";
    for (const box of legendBoxes) box.checked = true;
    apply();
  });

  fit(items.map((n) => n.id));
  network.once("afterDrawing", () => { document.body.dataset.drawn = "true"; });
  // for tests and the console: the network and its data
  window.kgView = {network: network, nodes: nodes, edges: edges};
})();
