/* kg cards: a node's or link's summary, built as DOM for the map pages (map.js) and the
   network views (view.js), which inline this script before theirs.
   Text from the data is only ever set as textContent, and only http(s) URLs and the site's
   own page names become links. */
window.kgCard = (function () {
  "use strict";
  const WEB_URL = /^https?:\/\//i;
  const PAGE = /^(entity|paper)\/[a-z0-9_-]+\.html$/;  // kg.views.site.page_name's names

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  // `info`: name, meta, text, lists, page, url (kg.views.items.Info). `brief`: the name and
  // meta alone (a map's tooltip); `panel`: with a link to the node's page too, which a
  // tooltip, gone as the pointer moves, could not offer.
  function card(info, {panel = false, brief = false} = {}) {
    const box = element("div", "kg-card");
    if (info.name) box.append(element("h3", "", info.name));
    if (info.meta && info.meta.length) box.append(element("p", "kg-meta", info.meta.join(" · ")));
    if (brief) return box;
    if (info.text) box.append(element("p", "kg-text", info.text));
    for (const [caption, values] of info.lists || []) {
      if (!values.length) continue;
      const p = element("p", "kg-list");
      p.append(element("strong", "", caption + ": "), document.createTextNode(values.join(", ")));
      box.append(p);
    }
    if (panel && info.page && PAGE.test(info.page)) {
      const a = element("a", "kg-page-link", "Open its page");
      a.href = info.page;
      box.append(a, document.createTextNode(" "));
    }
    if (info.url && WEB_URL.test(info.url)) {
      const a = element("a", "kg-link", info.url);
      a.href = info.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      box.append(a);
    }
    return box;
  }

  return {element: element, card: card};
})();
