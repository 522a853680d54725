/* kg map page: draws the nodes and links of #kg-map-data with sigma.js (WebGL) and graphology,
   and wires search, legend filters, the colour overlay by average year, hover and selection.
   Node sizes are in layout units (itemSizesReference "positions"), so the discs the layout
   parted never overlap and the picking sigma does (by colour, of what is drawn) is exact.
   Labels are drawn here, on a canvas above sigma's: the most important that fit (largest
   first), none over another, at LABEL_PX, more as one zooms in, as VOSviewer does.
   Text from the data is only ever set as textContent (cards: card.js) or drawn on a canvas. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-map-data").textContent);
  const F = Object.fromEntries(data.fields.map((name, i) => [name, i]));
  const rows = data.nodes;
  const n = rows.length;
  const LABEL_PX = 13;
  const LABEL_FONT = `${LABEL_PX}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  const LABEL_H = LABEL_PX + 4;
  const MAX_LABELS = 250;
  const CANDIDATES = 4000;  // on-screen nodes tried for a label each frame, most important first
  const RING = "#111827";

  const $ = (id) => document.getElementById(id);
  const container = $("kg-map");
  const index = new Map(rows.map((r, i) => [r[F.id], i]));
  // a node's details come as a JSON text each, read when first shown: 100,000 objects made at
  // once cost the 100,000-paper map a second of garbage collection before its first frame
  function info(i) {
    const row = rows[i];
    if (typeof row[F.info] === "string") row[F.info] = JSON.parse(row[F.info]);
    return row[F.info];
  }

  // ----------------------------------------------------------------- programs
  // Discs and links are drawn by our own sigma programs, for two reasons. Sigma's discs are
  // instanced, and Chromium's software WebGL (SwiftShader, on any machine without a GPU) pays
  // per instance: the 100,000-paper map took 1.5 s a frame for its discs, 0.07 s as plain
  // triangles (same disc shader, same picking by colour of what is drawn). And the colour
  // overlay and the filters are uniforms the shaders read, so switching one draws a frame
  // instead of sigma processing every node again (1.2 s at 100k papers).
  const MAX_GROUPS = 128;  // legend entries a filter can hide: u_off holds a flag for each
  const OFF = new Float32Array(MAX_GROUPS);  // 1: the legend entry's box is unticked
  const show = {byYear: 0, community: -1};  // u_byYear; u_community: the chosen group, or -1
  const HIDDEN = `
    uniform vec4 u_off[${MAX_GROUPS / 4}];
    uniform float u_community;
    // group: (legend entry, community), as indices; a legend entry of -1 is never shown
    bool hidden(vec2 group) {
      if (group.x < 0.0) return true;
      vec4 flags = u_off[int(group.x / 4.0)];
      float off = dot(flags, vec4(equal(vec4(0.0, 1.0, 2.0, 3.0), vec4(mod(group.x, 4.0)))));
      return off > 0.5 || (u_community >= 0.0 && group.y != u_community);
    }
    const vec4 away = vec4(2.0, 2.0, 2.0, 1.0);  // outside the view: nothing drawn or picked
    const float bias = 255.0 / 254.0;`;
  const {FLOAT, UNSIGNED_BYTE} = WebGLRenderingContext;
  const color4 = (name) => ({name: name, size: 4, type: UNSIGNED_BYTE, normalized: true});
  const CIRCLE = Sigma.rendering.NodeCircleProgram.prototype.getDefinition();
  const DISC = {
    VERTICES: 3,
    METHOD: WebGLRenderingContext.TRIANGLES,
    UNIFORMS: ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_byYear", "u_off", "u_community"],
    ATTRIBUTES: [{name: "a_position", size: 2, type: FLOAT}, {name: "a_size", size: 1, type: FLOAT},
      color4("a_color"), color4("a_yearColor"), color4("a_id"), {name: "a_angle", size: 1, type: FLOAT},
      {name: "a_group", size: 2, type: FLOAT}],
    FRAGMENT_SHADER_SOURCE: CIRCLE.FRAGMENT_SHADER_SOURCE,
    // sigma's disc (NodeCircleProgram), with the year colour and the filters
    VERTEX_SHADER_SOURCE: `
      attribute vec4 a_id;
      attribute vec4 a_color;
      attribute vec4 a_yearColor;
      attribute vec2 a_position;
      attribute float a_size;
      attribute float a_angle;
      attribute vec2 a_group;
      uniform mat3 u_matrix;
      uniform float u_sizeRatio;
      uniform float u_correctionRatio;
      uniform float u_byYear;
      varying vec4 v_color;
      varying vec2 v_diffVector;
      varying float v_radius;
      ${HIDDEN}
      void main() {
        float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
        vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
        gl_Position = hidden(a_group) ? away : vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
        v_diffVector = diffVector;
        v_radius = size / 2.0;
        #ifdef PICKING_MODE
        v_color = a_id;
        #else
        v_color = u_byYear > 0.5 ? a_yearColor : a_color;
        #endif
        v_color.a *= bias;
      }`,
  };
  const ANGLES = CIRCLE.CONSTANT_DATA.map((v) => v[0]);
  const floatColor = Sigma.utils.floatColor;
  function setFilters(gl, at) {
    gl.uniform4fv(at.u_off, OFF);
    gl.uniform1f(at.u_community, show.community);
  }
  class DiscProgram extends Sigma.rendering.NodeProgram {
    getDefinition() { return DISC; }
    processVisibleItem(id, at, d) {
      const color = floatColor(d.color), year = floatColor(d.yearColor);
      for (const angle of ANGLES) {
        for (const v of [d.x, d.y, d.size, color, year, id, angle, d.legendIndex, d.communityIndex]) this.array[at++] = v;
      }
    }
    setUniforms(params, {gl, uniformLocations: at}) {
      gl.uniformMatrix3fv(at.u_matrix, false, params.matrix);
      gl.uniform1f(at.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(at.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(at.u_byYear, show.byYear);
      setFilters(gl, at);
    }
  }
  const LINE = {
    VERTICES: 2,
    METHOD: WebGLRenderingContext.LINES,
    UNIFORMS: ["u_matrix", "u_off", "u_community"],
    ATTRIBUTES: [{name: "a_position", size: 2, type: FLOAT}, color4("a_color"), color4("a_id"),
      {name: "a_groups", size: 4, type: FLOAT}],
    FRAGMENT_SHADER_SOURCE: Sigma.rendering.EdgeLineProgram.prototype.getDefinition().FRAGMENT_SHADER_SOURCE,
    // sigma's line of a pixel (EdgeLineProgram), gone when either end is filtered out
    VERTEX_SHADER_SOURCE: `
      attribute vec4 a_id;
      attribute vec4 a_color;
      attribute vec2 a_position;
      attribute vec4 a_groups;
      uniform mat3 u_matrix;
      varying vec4 v_color;
      ${HIDDEN}
      void main() {
        bool gone = hidden(a_groups.xy) || hidden(a_groups.zw);
        gl_Position = gone ? away : vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
        #ifdef PICKING_MODE
        v_color = a_id;
        #else
        v_color = a_color;
        #endif
        v_color.a *= bias;
      }`,
  };
  class LineProgram extends Sigma.rendering.EdgeProgram {
    getDefinition() { return LINE; }
    processVisibleItem(id, at, a, b, d) {
      const color = floatColor(d.color);
      for (const end of [a, b]) {
        for (const v of [end.x, end.y, color, id, a.legendIndex, a.communityIndex, b.legendIndex, b.communityIndex]) this.array[at++] = v;
      }
    }
    setUniforms(params, {gl, uniformLocations: at}) {
      gl.uniformMatrix3fv(at.u_matrix, false, params.matrix);
      setFilters(gl, at);
    }
  }

  const years = data.years;
  const stops = years.colors.map((c) => [1, 3, 5].map((j) => parseInt(c.slice(j, j + 2), 16)));
  function yearColor(y) {
    if (y === null || y === undefined) return data.undated;
    const at = years.last > years.first ? (y - years.first) / (years.last - years.first) * (stops.length - 1) : 0;
    const low = Math.min(Math.max(Math.floor(at), 0), stops.length - 2);
    const t = Math.min(Math.max(at - low, 0), 1);
    const rgb = stops[low].map((v, j) => Math.round(v + (stops[low + 1][j] - v) * t));
    return `rgb(${rgb.join(",")})`;
  }

  // The filters' indices: a node's legend entry (its box; -1 if it has none: never shown) and
  // community (its option in the group menu). Past MAX_GROUPS - 1 legend entries, the boxes
  // can not be unticked and their nodes share the last flag, which stays off.
  const legendBoxes = Array.from(document.querySelectorAll("input[data-legend]"));
  const community = $("kg-community");
  legendBoxes.slice(MAX_GROUPS - 1).forEach((box) => { box.disabled = true; });
  const legendIndex = new Map(legendBoxes.map((box, k) => [box.dataset.legend, Math.min(k, MAX_GROUPS - 1)]));
  const groups = community ? Array.from(community.options, (o) => o.value).filter(Boolean) : [];
  const communityIndex = new Map(groups.map((value, k) => [value, k]));
  const legendOf = rows.map((r) => (legendIndex.has(r[F.legend]) ? legendIndex.get(r[F.legend]) : -1));
  const communityOf = rows.map((r) => (communityIndex.has(r[F.community]) ? communityIndex.get(r[F.community]) : -2));
  // the shaders' hidden(), in JavaScript
  const hidden = (i) => legendOf[i] < 0 || OFF[legendOf[i]] > 0.5 || (show.community >= 0 && communityOf[i] !== show.community);

  // ----------------------------------------------------------------- graph
  const graph = new graphology.Graph({type: "undirected", multi: false, allowSelfLoops: false});
  rows.forEach((r, i) => graph.addNode(r[F.id], {
    x: r[F.x], y: r[F.y], size: r[F.size], color: r[F.color], yearColor: yearColor(r[F.year]),
    legendIndex: legendOf[i], communityIndex: communityOf[i],
  }));
  const neighbours = rows.map(() => []);
  const links = data.links;
  // the strongest links come first; past data.drawnLinks they are drawn around a selection only
  for (let k = 0; k < links.length; k += 3) {
    const a = links[k], b = links[k + 1];
    if (k < 3 * data.drawnLinks) graph.addEdge(rows[a][F.id], rows[b][F.id], {color: data.linkColors[links[k + 2]]});
    neighbours[a].push(b);
    neighbours[b].push(a);
  }

  // ----------------------------------------------------------------- renderer
  const state = {hidden: new Uint8Array(n), hits: [], selected: -1};
  const renderer = new Sigma(graph, container, {
    // links as lines of one pixel, not sigma's default quads: most of a frame's time in
    // Chromium's software WebGL (SwiftShader), where a frame of the 5,000-paper map took
    // 340-600 ms rather than 840-980 ms; a GPU draws either at once. (Discs as points cost
    // less still, but sigma's picking misses points of a pixel or two: 603 of 608 nodes.)
    edgeProgramClasses: {line: LineProgram},
    nodeProgramClasses: {circle: DiscProgram},  // see the programs above
    itemSizesReference: "positions",
    zoomToSizeRatioFunction: (ratio) => ratio,
    renderLabels: false,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    enableCameraRotation: false,
    stagePadding: 24,
    minCameraRatio: 0.002,
    maxCameraRatio: 3,
    defaultDrawNodeHover: () => {},  // the tooltip and the label layer tell what is pointed at
  });

  // ----------------------------------------------------------------- labels, rings, links
  const layer = document.createElement("canvas");
  layer.className = "kg-label-layer";
  container.append(layer);
  const ctx = layer.getContext("2d");
  const widths = new Float32Array(n);  // measured once each, when first needed
  const order = Array.from({length: n}, (_, i) => i).sort((a, b) => rows[b][F.size] - rows[a][F.size] || a - b);
  let drawn = [];  // the labels of the last frame: {i, x, y, w, h}

  // graph → viewport, as an affine map (the camera does not rotate)
  function projection() {
    const o = renderer.graphToViewport({x: 0, y: 0});
    const u = renderer.graphToViewport({x: 1, y: 1});
    return {x0: o.x, y0: o.y, sx: u.x - o.x, sy: u.y - o.y};
  }

  // a label's width, from the widths of its characters, each measured once: measuring
  // every label took most of a frame at 5,000 nodes (kerning is left out, hence a margin)
  const charWidths = new Map();
  function labelWidth(i) {
    if (!widths[i]) {
      let w = 2;
      for (const ch of rows[i][F.label]) {
        if (!charWidths.has(ch)) charWidths.set(ch, ctx.measureText(ch).width);
        w += charWidths.get(ch);
      }
      widths[i] = w;
    }
    return widths[i];
  }

  function drawLayer() {
    const ratio = window.devicePixelRatio || 1;
    const w = container.clientWidth, h = container.clientHeight;
    if (layer.width !== Math.round(w * ratio) || layer.height !== Math.round(h * ratio)) {
      layer.width = Math.round(w * ratio);
      layer.height = Math.round(h * ratio);
      layer.style.width = w + "px";
      layer.style.height = h + "px";
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.font = LABEL_FONT;
    const p = projection();
    const scale = Math.abs(p.sx);
    const X = (i) => p.x0 + p.sx * rows[i][F.x];
    const Y = (i) => p.y0 + p.sy * rows[i][F.y];
    const s = state.selected;
    const marked = s >= 0 ? [s, ...neighbours[s].filter((j) => !state.hidden[j])] : [];
    if (s >= 0) {
      ctx.strokeStyle = "rgba(17, 24, 39, 0.7)";
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (const j of marked.slice(1)) {
        ctx.moveTo(X(s), Y(s));
        ctx.lineTo(X(j), Y(j));
      }
      ctx.stroke();
    }
    for (const i of [...state.hits, ...marked]) {
      ctx.beginPath();
      ctx.arc(X(i), Y(i), rows[i][F.size] * scale + 2, 0, 2 * Math.PI);
      ctx.lineWidth = i === s ? 3 : 1.5;
      ctx.strokeStyle = RING;
      ctx.stroke();
    }
    drawn = placeLabels(X, Y, scale, w, h, [s, ...state.hits.slice(0, 50), ...marked]);
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    for (const box of drawn) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(rows[box.i][F.label], box.x, box.y + box.h / 2);
      ctx.fillStyle = "#111827";
      ctx.fillText(rows[box.i][F.label], box.x, box.y + box.h / 2);
    }
  }

  // The labels that fit, greedily: the chosen nodes first, then by size; a label goes beside
  // its disc, and only where it meets no label already placed (a grid of cells finds those).
  const CELL = 128;
  const seen = new Uint32Array(n);  // the frame a node was last tried in
  let frameNo = 0;
  function placeLabels(X, Y, scale, w, h, first) {
    const grid = new Map();
    const placed = [];
    frameNo += 1;
    let tried = 0;
    const cells = (b, visit) => {
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
        for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) {
          if (visit(cx * 65536 + cy)) return true;
        }
      }
      return false;
    };
    const meets = (b) => cells(b, (key) => (grid.get(key) || []).some(
      (o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h));
    const at = (i) => {
      if (i < 0 || seen[i] === frameNo || state.hidden[i]) return false;
      seen[i] = frameNo;
      const x = X(i), y = Y(i), r = rows[i][F.size] * scale;
      if (x + r < 0 || x - r > w || y + r < 0 || y - r > h) return false;
      tried += 1;
      const bw = labelWidth(i);
      // right of the disc; else left of it; else across it (a disc zoomed larger than the view)
      for (const bx of [x + r + 3, x - r - 3 - bw, x - bw / 2]) {
        const b = {i: i, x: bx, y: y - LABEL_H / 2, w: bw, h: LABEL_H};
        if (b.x < 0 || b.x + b.w > w || b.y < 0 || b.y + b.h > h || meets(b)) continue;
        placed.push(b);
        cells(b, (key) => { if (!grid.has(key)) grid.set(key, []); grid.get(key).push(b); return false; });
        return true;
      }
      return false;
    };
    for (const i of first) at(i);
    for (let k = 0; k < n && tried < CANDIDATES && placed.length < MAX_LABELS; k++) at(order[k]);
    return placed;
  }

  renderer.on("afterRender", drawLayer);
  drawLayer();  // sigma drew once already, as it was made

  // ----------------------------------------------------------------- tooltip and details
  const card = window.kgCard.card;  // card.js

  const tip = $("kg-tip");
  renderer.on("enterNode", ({node, event}) => {
    tip.replaceChildren(card(info(index.get(node)), {brief: true}));
    tip.style.left = event.x + 14 + "px";
    tip.style.top = event.y + 14 + "px";
    tip.hidden = false;
    container.style.cursor = "pointer";
  });
  renderer.on("leaveNode", () => {
    tip.hidden = true;
    container.style.cursor = "";
  });

  const details = $("kg-details");
  const hint = details.innerHTML;
  function select(i) {
    state.selected = i;
    if (i >= 0) details.replaceChildren(card(info(i), {panel: true}));
    else details.innerHTML = hint;  // our own static markup, from the template
    renderer.scheduleRender();
  }
  renderer.on("clickNode", ({node}) => select(index.get(node)));
  // a click soon after another is a double click to sigma, whose zoom would move the node away
  renderer.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    select(index.get(e.node));
  });
  renderer.on("clickStage", () => select(-1));
  renderer.on("doubleClickStage", () => select(-1));  // and sigma zooms in

  // ----------------------------------------------------------------- camera
  // Frame the nodes ``ids`` (indices): their box, with a margin; one node, with its neighbourhood.
  function frame(ids) {
    if (!ids.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of ids) {
      const d = renderer.getNodeDisplayData(rows[i][F.id]);
      x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x);
      y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
    }
    const ratio = Math.min(Math.max(Math.max(x1 - x0, y1 - y0) * 1.4, 0.06), 1);
    renderer.getCamera().animate({x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: ratio}, {duration: 300});
  }

  // Zoom to node ``i`` until its disc is FOCUS_PX across.
  const FOCUS_PX = 28;
  function focus(i) {
    const camera = renderer.getCamera();
    const d = renderer.getNodeDisplayData(rows[i][F.id]);
    const across = 2 * rows[i][F.size] * Math.abs(projection().sx) * camera.ratio;  // at ratio 1
    const ratio = Math.min(Math.max(across / FOCUS_PX, 0.001), 1);
    camera.animate({x: d.x, y: d.y, ratio: ratio}, {duration: 300});
  }

  // ----------------------------------------------------------------- search and filters
  let siteSearch = null;  // the site's search (search.js), once loaded
  const search = $("kg-search");
  const count = $("kg-count");
  const noun = count.dataset.noun;
  const fold = (text) => text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  // the node ids matching a query, best first: by the site's search once it is loaded (it
  // finds papers by the entities they name, too), until then by the nodes' own names
  function find(query) {
    if (siteSearch) return siteSearch(query).filter((id) => index.has(id));
    const q = fold(query || "");
    return q ? rows.filter((r, i) => fold(info(i).name).includes(q)).map((r) => r[F.id]) : [];
  }
  window.kg = Object.assign({}, window.kg, {search: find});

  // The shaders hide what the filters leave out (see the programs); state.hidden keeps
  // hidden() of each node for what reads it every frame (the label layer).
  function filter() {
    legendBoxes.forEach((box, k) => { if (k < MAX_GROUPS - 1) OFF[k] = box.checked ? 0 : 1; });
    show.community = community && community.value ? communityIndex.get(community.value) : -1;
    for (let i = 0; i < n; i++) state.hidden[i] = hidden(i) ? 1 : 0;
    renderer.scheduleRender();
  }

  function apply(zoom) {
    const query = search.value;
    state.hits = fold(query) ? find(query).map((id) => index.get(id)).filter((i) => !state.hidden[i]) : [];
    const shown = n - state.hidden.reduce((a, b) => a + b, 0);
    const total = `${n.toLocaleString("en")} ${noun}`;
    count.textContent = !fold(query)
      ? (shown === n ? total : `${shown.toLocaleString("en")} of ${total} shown`)
      : state.hits.length
        ? `${state.hits.length.toLocaleString("en")} of ${total} match “${query.trim()}”`
        : `No ${noun} match “${query.trim()}”`;
    search.dataset.applied = fold(query);  // the query that what is shown answers
    if (zoom && state.hits.length) frame(state.hits.slice(0, 200));
    renderer.scheduleRender();
  }

  let typing = null;
  search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => apply(true), 120);
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(typing);
      if (search.dataset.applied !== fold(search.value)) apply(false);
      if (state.hits.length) {
        select(state.hits[0]);
        focus(state.hits[0]);
      }
    } else if (event.key === "Escape") {
      search.value = "";
      apply(false);
    }
  });
  for (const control of [community, ...legendBoxes]) {
    if (control) control.addEventListener("change", () => { filter(); apply(false); });
  }
  for (const radio of document.querySelectorAll("input[name='kg-colour']")) {
    radio.addEventListener("change", () => {
      show.byYear = radio.value === "year" ? 1 : 0;
      $("kg-years").hidden = !show.byYear;
      $("kg-legend").hidden = !!show.byYear;
      renderer.scheduleRender();
    });
  }
  $("kg-reset").addEventListener("click", () => {
    search.value = "";
    if (community) community.value = "";
    for (const box of legendBoxes) box.checked = true;
    filter();
    apply(false);
    select(-1);
    renderer.getCamera().animatedReset({duration: 300});
  });

  // for tests, benchmarks and the console
  window.kgMap = {
    renderer: renderer,
    graph: graph,
    labels: () => drawn.map((b) => ({id: rows[b.i][F.id], x: b.x, y: b.y, w: b.w, h: b.h, px: LABEL_PX})),
    selected: () => (state.selected >= 0 ? rows[state.selected][F.id] : null),
    colour: (id) => graph.getNodeAttribute(id, show.byYear ? "yearColor" : "color"),  // as drawn
    hits: () => state.hits.map((i) => rows[i][F.id]),
    shown: () => rows.filter((_, i) => !state.hidden[i]).map((r) => r[F.id]),
    // where node ``id`` is drawn, in the page's coordinates, and its radius in pixels
    centre: (id) => {
      const r = rows[index.get(id)];
      const v = renderer.graphToViewport({x: r[F.x], y: r[F.y]});
      const box = container.getBoundingClientRect();
      return {x: box.left + v.x, y: box.top + v.y, r: r[F.size] * Math.abs(projection().sx)};
    },
  };
  // Once the map is drawn, the site's search: its script sets window.kg.search to search the
  // whole site, which is kept, and the map's own (of its nodes only) put back.
  function ready() {
    if (fold(search.value)) apply(false);
    document.body.dataset.drawn = "true";
  }
  requestAnimationFrame(() => {
    window.kgMap.firstDraw = performance.now();
    if (!container.dataset.search) return ready();
    const script = document.createElement("script");
    script.src = container.dataset.search;
    script.onload = () => {
      siteSearch = window.kg.search;
      window.kg.search = find;
      ready();
    };
    script.onerror = ready;  // the nodes' own names serve
    document.body.append(script);
  });
})();
