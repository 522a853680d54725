/* kg search, shared by the pages of a build (written there as search.js): the index of every
   entity and paper (kg.views.search.search_index), window.kg.search(query) returning node
   keys in rank order, and the search box of the pages that have one (#kg-find).
   Ranking: an exact name, then a name starting with the query, then one holding it; at each,
   entities (more papers first) before papers (newest first). A paper matches by its title or
   by the entities it mentions, under any of their names. Text is only set as textContent. */
(function () {
  "use strict";
  const INDEX = {{ index|tojson }};
  const fold = (text) => text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  // the site's root: where this script is, so the pages in entity/ and paper/ find it too
  const ROOT = document.currentScript ? new URL(".", document.currentScript.src) : null;
  const entities = INDEX.entities.map(([key, label, type, papers, page, names]) => (
    {key: key, label: label, type: type, papers: papers, page: page, names: names.map(fold)}));
  const papers = INDEX.papers.map(([key, title, year, page, ents]) => (
    {key: key, label: title, year: year, page: page, folded: fold(title), entities: ents}));
  const NONE = 3;

  function tier(name, query) {
    if (name === query) return 0;
    if (name.startsWith(query)) return 1;
    return name.includes(query) ? 2 : NONE;
  }

  // Every match of the query: {item, kind, tier, via (the entity a paper matched through)}.
  function matches(query) {
    const q = fold(query || "");
    if (!q) return [];
    const tiers = entities.map((e) => Math.min(NONE, ...e.names.map((n) => tier(n, q))));
    const found = [];
    entities.forEach((e, i) => { if (tiers[i] < NONE) found.push({item: e, kind: 0, tier: tiers[i], via: null}); });
    for (const p of papers) {
      let best = tier(p.folded, q);
      let via = null;
      for (const i of p.entities) {
        if (tiers[i] < best) { best = tiers[i]; via = entities[i]; }
      }
      if (best < NONE) found.push({item: p, kind: 1, tier: best, via: via});
    }
    const rank = (m) => (m.kind === 0 ? -m.item.papers : -(m.item.year || 0));
    found.sort((a, b) => a.tier - b.tier || (a.via ? 1 : 0) - (b.via ? 1 : 0) || a.kind - b.kind
      || rank(a) - rank(b) || (a.item.label < b.item.label ? -1 : a.item.label > b.item.label ? 1 : 0));
    return found;
  }

  const search = (query) => matches(query).map((m) => m.item.key);
  window.kg = Object.assign(window.kg || {}, {search: search});

  const input = document.getElementById("kg-find");
  if (!input) return;
  const panel = document.getElementById("kg-find-panel");
  const list = document.getElementById("kg-find-results");
  const count = document.getElementById("kg-find-count");
  const SHOWN = 30;
  let shown = [];
  let active = -1;

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function row(m, i) {
    const li = element("li", "kg-find-item");
    li.id = "kg-find-" + i;
    li.setAttribute("role", "option");
    const name = m.item.page && ROOT ? element("a", "", m.item.label) : element("span", "kg-nopage", m.item.label);
    if (m.item.page && ROOT) name.href = new URL(m.item.page, ROOT).href;
    const about = m.kind === 0
      ? `${m.item.type.toLowerCase()} · ${m.item.papers.toLocaleString("en")} paper${m.item.papers === 1 ? "" : "s"}`
      : `paper · ${m.item.year || "year unknown"}` + (m.via ? ` · names ${m.via.label}` : "");
    li.append(name, element("span", "kg-find-about", about));
    return li;
  }

  function choose(i) {
    active = i;
    list.querySelectorAll("li").forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", "kg-find-" + i);
      list.children[i].scrollIntoView({block: "nearest"});
    } else input.removeAttribute("aria-activedescendant");
  }

  function show() {
    const query = input.value;
    const found = matches(query);
    shown = found.slice(0, SHOWN);
    list.replaceChildren(...shown.map(row));
    const n = (k) => found.filter((m) => m.kind === k).length;
    count.textContent = !fold(query) ? "" : found.length
      ? `${n(0).toLocaleString("en")} entities, ${n(1).toLocaleString("en")} papers` + (found.length > SHOWN ? `; the first ${SHOWN} shown` : "")
      : `Nothing matches “${query.trim()}”`;
    panel.hidden = !fold(query);
    input.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
    choose(shown.length ? 0 : -1);
    input.dataset.applied = fold(query);  // the query that the list answers
  }

  let typing = null;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(show, 60);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (shown.length) choose((active + (event.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(typing);
      if (input.dataset.applied !== fold(input.value)) show();
      // the chosen match, or the first after it with a page (an entity may have none)
      const m = shown.slice(Math.max(active, 0)).find((x) => x.item.page);
      if (m && ROOT) window.location.href = new URL(m.item.page, ROOT).href;
    } else if (event.key === "Escape") {
      input.value = "";
      show();
    }
  });
})();
