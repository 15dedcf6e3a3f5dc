"""A self-contained interactive view of a network, one HTML file.

No CDN, no network access: the graph, a precomputed layout and each node's
facts are embedded as JSON, and a small vanilla JavaScript viewer draws them
as SVG, with pan (drag), zoom (wheel, buttons), hover for a node's name and
links, click for its facts, a search box, and ``#node=NAME`` links that
open on one node. The file opens the same from
a laptop, a USB stick or an air-gapped machine.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["write_html", "view_data", "MAX_FACTS"]

MAX_FACTS = 40  # facts listed per node; the panel says how many more there are
_ATTRS = ("category", "agreements", "first", "last", "kind", "date", "place", "fields", "signed", "witnessed",
          "posts", "titles")


def _short(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return value


def view_data(G: nx.Graph, *, title: str | None = None, labels: int | None = None, seed: int = 0,
              highlight: list | None = None) -> dict[str, Any]:
    """What the viewer needs, as JSON-ready data: nodes with positions,
    sizes, colours and facts; edges as index pairs with weights."""
    import math

    from kg.network.drawing import PALETTE, community_colours, default_title
    from kg.network.layout import layout
    from kg.network.paths import edge_sentences

    colours = community_colours(G) if G.number_of_nodes() else {}
    pos = layout(G, seed=seed)
    degree = dict(G.degree())
    top = max(degree.values(), default=1) or 1
    n = G.number_of_nodes()
    base = 9.0 if n <= 40 else (6.0 if n <= 300 else 3.0)
    order = list(G)
    index = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        attrs = G.nodes[node]
        facts: list[str] = []
        for neighbour in sorted(G[node], key=lambda m: G.nodes[m].get("name", str(m))):
            facts.extend(edge_sentences(G, node, neighbour))
        x, y = pos[node]
        nodes.append({
            "id": str(node),
            "name": attrs.get("name", str(node)),
            "type": attrs.get("type", "organization"),
            "community": attrs.get("community", 0),
            "colour": colours.get(node, PALETTE[0]),
            "x": round(x * 500, 2),
            "y": round(-y * 500, 2),
            "r": round(base + 2.2 * base * math.sqrt(degree[node] / top), 2),
            "degree": degree[node],
            "details": {k: _short(attrs[k]) for k in _ATTRS if k in attrs and attrs[k] not in (None, "", [])},
            "facts": facts[:MAX_FACTS],
            "more": max(0, len(facts) - MAX_FACTS),
        })
    edges = [[index[u], index[v], w or 1] for u, v, w in G.edges(data="weight", default=1)]
    wanted = labels if labels is not None else (n if n <= 40 else (30 if n <= 1000 else 15))
    ranked = sorted(range(n), key=lambda i: (-nodes[i]["degree"], nodes[i]["name"]))[:wanted]
    route = [index[v] for v in highlight or [] if v in index]
    ranked += [i for i in route if i not in ranked]
    return {
        "title": title or default_title(G),
        "subtitle": f"{n:,} nodes, {G.number_of_edges():,} links · {G.graph.get('selection', 'all agreements')}",
        "nodes": nodes,
        "edges": edges,
        "labelled": ranked,
        "route": route,
    }


def write_html(G: nx.Graph, path: Path | str, *, title: str | None = None, labels: int | None = None,
               seed: int = 0, highlight: list | None = None, **_ignored: Any) -> Path:
    """Write the interactive view of ``G`` to ``path``; ``highlight`` (a
    path's nodes) is drawn as a dark route over the network."""
    data = view_data(G, title=title, labels=labels, seed=seed, highlight=highlight)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = (_TEMPLATE.replace("__TITLE__", html.escape(data["title"]))
            .replace("__DATA__", payload))
    path = Path(path)
    path.write_text(page, encoding="utf-8")
    return path


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; }
  body { display: flex; flex-direction: column; }
  header { padding: 10px 16px 6px; border-bottom: 1px solid #e4e7eb; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; }
  header .sub { color: #52606d; }
  header input { margin-left: auto; padding: 4px 8px; width: 260px; font: inherit; }
  main { flex: 1; display: flex; min-height: 0; }
  #stage { flex: 1; position: relative; overflow: hidden; background: #fbfcfd; cursor: grab; }
  #stage.dragging { cursor: grabbing; }
  svg { width: 100%; height: 100%; display: block; }
  .edge { stroke: #8a96a3; }
  .route { fill: none; stroke: #111; stroke-width: 3px; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
  .edge.hot { stroke: #1f2933; stroke-opacity: 0.9; }
  .node { stroke: #fff; cursor: pointer; }
  .node.hot, .node.selected { stroke: #1f2933; }
  /* names keep 11px on screen at any zoom: the group's size is set per zoom, and each name inherits it */
  #labels { font-size: 11px; stroke-width: 3px; }
  .label { fill: #1f2933; paint-order: stroke; stroke: #fff; pointer-events: none; text-anchor: middle; }
  .leader { stroke: #9aa5b1; stroke-width: 0.6px; vector-effect: non-scaling-stroke; pointer-events: none; }
  #tip { position: absolute; pointer-events: none; background: rgba(31,41,51,.92); color: #fff; padding: 4px 8px; border-radius: 4px; font-size: 12px; display: none; max-width: 320px; }
  #panel { width: 340px; border-left: 1px solid #e4e7eb; overflow: auto; padding: 12px 16px; background: #fff; }
  #panel h2 { font-size: 16px; margin: 0 0 4px; }
  #panel .iri { font-size: 11px; color: #7b8794; word-break: break-all; }
  #panel ul { padding-left: 18px; margin: 6px 0; }
  #panel li { margin-bottom: 4px; }
  #panel a { color: #0072b2; cursor: pointer; }
  #panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; }
  #panel dt { color: #7b8794; }
  #panel dd { margin: 0; }
  .controls { position: absolute; right: 10px; top: 10px; display: flex; flex-direction: column; gap: 4px; }
  .controls button { width: 30px; height: 30px; font-size: 16px; background: #fff; border: 1px solid #cbd2d9; border-radius: 4px; cursor: pointer; }
  .help { position: absolute; left: 10px; bottom: 8px; color: #7b8794; font-size: 12px; }
</style>
</head>
<body>
<header>
  <h1 id="title"></h1><span class="sub" id="subtitle"></span>
  <input id="search" list="names" placeholder="Find an organization or person…" aria-label="find a node">
  <datalist id="names"></datalist>
</header>
<main>
  <div id="stage">
    <svg id="net" xmlns="http://www.w3.org/2000/svg"><g id="viewport"><g id="edges"></g><g id="nodes"></g><g id="labels"></g></g></svg>
    <div class="controls"><button id="zin" title="zoom in">+</button><button id="zout" title="zoom out">−</button><button id="zfit" title="fit">⤢</button></div>
    <div class="help">drag to pan · wheel to zoom · hover for names · click for facts</div>
    <div id="tip"></div>
  </div>
  <aside id="panel"><p>Click a node to see its facts.</p></aside>
</main>
<script type="application/json" id="graph-data">__DATA__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("net"), viewport = document.getElementById("viewport");
  var stage = document.getElementById("stage"), tip = document.getElementById("tip"), panel = document.getElementById("panel");
  document.getElementById("title").textContent = data.title;
  document.getElementById("subtitle").textContent = data.subtitle;
  document.title = data.title;

  var nodes = data.nodes, adj = nodes.map(function () { return []; });
  var edgeEls = [], nodeEls = [], labelEls = {};
  var gEdges = document.getElementById("edges"), gNodes = document.getElementById("nodes"), gLabels = document.getElementById("labels");
  // thousands of links would grey the picture over: fainter the more there are
  gEdges.style.strokeOpacity = Math.max(0.07, Math.min(0.5, 1500 / Math.max(1, data.edges.length)));
  var maxW = data.edges.reduce(function (m, e) { return Math.max(m, e[2]); }, 1);
  data.edges.forEach(function (e, k) {
    var a = nodes[e[0]], b = nodes[e[1]], line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", a.x); line.setAttribute("y1", a.y); line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
    line.setAttribute("class", "edge");
    line.setAttribute("stroke-width", (0.6 + 3 * Math.sqrt(e[2] / maxW)).toFixed(2));
    gEdges.appendChild(line); edgeEls.push(line);
    adj[e[0]].push([e[1], k]); adj[e[1]].push([e[0], k]);
  });
  var order = nodes.map(function (_, i) { return i; }).sort(function (i, j) { return nodes[i].degree - nodes[j].degree; });
  order.forEach(function (i) {
    var n = nodes[i], el;
    if (n.type === "person") {
      el = document.createElementNS(SVG, "path");
      var r = n.r * 1.2;
      el.setAttribute("d", "M" + n.x + "," + (n.y - r) + " L" + (n.x + r * 0.87) + "," + (n.y + r * 0.5) + " L" + (n.x - r * 0.87) + "," + (n.y + r * 0.5) + " Z");
    } else if (n.type === "agreement") {
      el = document.createElementNS(SVG, "rect");
      el.setAttribute("x", n.x - n.r * 0.85); el.setAttribute("y", n.y - n.r * 0.85);
      el.setAttribute("width", n.r * 1.7); el.setAttribute("height", n.r * 1.7);
    } else {
      el = document.createElementNS(SVG, "circle");
      el.setAttribute("cx", n.x); el.setAttribute("cy", n.y); el.setAttribute("r", n.r);
    }
    el.setAttribute("class", "node");
    el.setAttribute("fill", n.colour);
    el.setAttribute("data-id", n.id);
    el.setAttribute("data-name", n.name);
    el.addEventListener("mouseenter", function (ev) { hover(i, ev); });
    el.addEventListener("mousemove", function (ev) { moveTip(ev); });
    el.addEventListener("mouseleave", function () { unhover(i); });
    el.addEventListener("click", function (ev) { ev.stopPropagation(); select(i); });
    gNodes.appendChild(el); nodeEls[i] = el;
  });
  if (data.route.length > 1) {
    var route = document.createElementNS(SVG, "polyline");
    route.setAttribute("points", data.route.map(function (i) { return nodes[i].x + "," + nodes[i].y; }).join(" "));
    route.setAttribute("class", "route");
    gEdges.appendChild(route);
  }
  var leaders = {}, labelOrder = [], widths = {}, placing = false;
  data.labelled.forEach(function (i) { addLabel(i); });
  var names = document.getElementById("names");
  nodes.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (n) {
    var o = document.createElement("option"); o.value = n.name; names.appendChild(o);
  });

  function addLabel(i, first) {
    if (!labelEls[i]) {
      var n = nodes[i], t = document.createElementNS(SVG, "text");
      t.setAttribute("class", "label");
      t.textContent = n.name.length > 48 ? n.name.slice(0, 47) + "…" : n.name;
      var leader = document.createElementNS(SVG, "line");
      leader.setAttribute("class", "leader");
      gLabels.appendChild(leader); gLabels.appendChild(t);
      labelEls[i] = t; leaders[i] = leader;
    }
    var at = labelOrder.indexOf(i);
    if (first && at !== 0) { if (at > 0) labelOrder.splice(at, 1); labelOrder.unshift(i); }
    else if (at < 0) labelOrder.push(i);
    if (placing) placeLabels();
    return labelEls[i];
  }

  // ---- names: on screen at a constant size, each placed where it overlaps
  // no other name and stays inside the view (the order of places tried is
  // kg/network/labels.py's); a name that fits nowhere waits for a zoom in
  function placeLabels() {
    var w = stage.clientWidth || 800, h = stage.clientHeight || 600, k = view.k, taken = [];
    var H = 13, ASCENT = 10, GAP = 3, PAD = 2;
    labelOrder.forEach(function (i) {
      var n = nodes[i], t = labelEls[i], leader = leaders[i];
      t.style.display = ""; leader.style.display = "none";
      if (!widths[i]) widths[i] = t.getComputedTextLength() * k;
      var W = widths[i], cx = view.x + k * n.x, cy = view.y + k * n.y;
      var r = k * n.r * (n.type === "person" ? 1.2 : 1), found = null;
      for (var step = 0; step < 3 && !found; step++) {
        var d = r + GAP + step * (H + GAP), c = d * 0.71;
        var spots = [[0, -d, "middle", "bottom"], [0, d, "middle", "top"], [d, 0, "start", "center"], [-d, 0, "end", "center"],
                     [c, -c, "start", "bottom"], [-c, -c, "end", "bottom"], [c, c, "start", "top"], [-c, c, "end", "top"]];
        for (var s = 0; s < spots.length; s++) {
          var ax = cx + spots[s][0], ay = cy + spots[s][1];
          var x0 = spots[s][2] === "middle" ? ax - W / 2 : (spots[s][2] === "start" ? ax : ax - W);
          var y0 = spots[s][3] === "bottom" ? ay - H : (spots[s][3] === "top" ? ay : ay - H / 2);
          var box = [x0, y0, x0 + W, y0 + H];
          if (box[0] < 0 || box[1] < 0 || box[2] > w || box[3] > h) continue;
          var clash = taken.some(function (b) { return box[0] - PAD < b[2] && b[0] - PAD < box[2] && box[1] - PAD < b[3] && b[1] - PAD < box[3]; });
          if (!clash) { found = { box: box, anchor: spots[s][2], ax: ax, step: step }; break; }
        }
      }
      if (!found) { t.style.display = "none"; return; }
      taken.push(found.box);
      t.style.textAnchor = found.anchor;
      t.setAttribute("x", ((found.ax - view.x) / k).toFixed(2));
      t.setAttribute("y", ((found.box[1] + ASCENT - view.y) / k).toFixed(2));
      if (found.step > 0) {
        var bx = Math.max(found.box[0], Math.min(cx, found.box[2])), by = Math.max(found.box[1], Math.min(cy, found.box[3]));
        leader.setAttribute("x1", n.x); leader.setAttribute("y1", n.y);
        leader.setAttribute("x2", ((bx - view.x) / k).toFixed(2)); leader.setAttribute("y2", ((by - view.y) / k).toFixed(2));
        leader.style.display = "";
      }
    });
  }

  // ---- pan and zoom: one transform on the viewport group
  var view = { x: 0, y: 0, k: 1 };
  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
    var size = 11 / view.k, stroke = 3 / view.k;
    gLabels.setAttribute("style", "font-size:" + size + "px;stroke-width:" + stroke + "px");
    gNodes.setAttribute("stroke-width", (1 / view.k).toFixed(3));
    placing = true;
    placeLabels();
  }
  function fit() {
    var w = stage.clientWidth || 800, h = stage.clientHeight || 600;
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    if (!nodes.length) { view = { x: w / 2, y: h / 2, k: 1 }; apply(); return; }
    var minX = Math.min.apply(null, xs) - 40, maxX = Math.max.apply(null, xs) + 40;
    var minY = Math.min.apply(null, ys) - 40, maxY = Math.max.apply(null, ys) + 40;
    var k = Math.min(w / (maxX - minX), h / (maxY - minY));
    view = { k: k, x: (w - k * (minX + maxX)) / 2, y: (h - k * (minY + maxY)) / 2 };
    apply();
  }
  function zoomAt(factor, px, py) {
    var k = Math.max(0.05, Math.min(80, view.k * factor));
    view.x = px - (px - view.x) * (k / view.k); view.y = py - (py - view.y) * (k / view.k); view.k = k; apply();
  }
  stage.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = stage.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });
  var drag = null;
  stage.addEventListener("pointerdown", function (ev) {
    if (ev.target.classList && ev.target.classList.contains("node")) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    stage.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    view.x = drag.vx + ev.clientX - drag.x; view.y = drag.vy + ev.clientY - drag.y;
    drag.moved = drag.moved || Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3;
    apply();
  });
  window.addEventListener("pointerup", function () { drag = null; stage.classList.remove("dragging"); });
  document.getElementById("zin").onclick = function () { zoomAt(1.4, stage.clientWidth / 2, stage.clientHeight / 2); };
  document.getElementById("zout").onclick = function () { zoomAt(1 / 1.4, stage.clientWidth / 2, stage.clientHeight / 2); };
  document.getElementById("zfit").onclick = fit;
  window.addEventListener("resize", fit);

  // ---- hover: name and links
  function hover(i, ev) {
    var n = nodes[i];
    nodeEls[i].classList.add("hot");
    adj[i].forEach(function (p) { edgeEls[p[1]].classList.add("hot"); nodeEls[p[0]].classList.add("hot"); });
    tip.textContent = n.name + " — " + n.type + ", " + n.degree + " link" + (n.degree === 1 ? "" : "s");
    tip.style.display = "block"; moveTip(ev);
  }
  function moveTip(ev) {
    var box = stage.getBoundingClientRect();
    tip.style.left = (ev.clientX - box.left + 12) + "px"; tip.style.top = (ev.clientY - box.top + 12) + "px";
  }
  function unhover(i) {
    nodeEls[i].classList.remove("hot");
    adj[i].forEach(function (p) { edgeEls[p[1]].classList.remove("hot"); nodeEls[p[0]].classList.remove("hot"); });
    tip.style.display = "none";
  }

  // ---- click: the node's facts in the side panel
  var selected = null;
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
  function select(i) {
    if (selected !== null) nodeEls[selected].classList.remove("selected");
    selected = i; nodeEls[i].classList.add("selected"); addLabel(i, true);
    var n = nodes[i];
    panel.textContent = "";
    panel.appendChild(el("h2", n.name));
    panel.appendChild(el("div", n.type + " · community " + (n.community + 1) + " · " + n.degree + " link" + (n.degree === 1 ? "" : "s")));
    var iri = el("div", n.id); iri.className = "iri"; panel.appendChild(iri);
    var dl = el("dl");
    Object.keys(n.details).forEach(function (k) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", String(n.details[k]))); });
    if (dl.childNodes.length) panel.appendChild(dl);
    panel.appendChild(el("h3", "Facts"));
    var ul = el("ul");
    n.facts.forEach(function (f) { ul.appendChild(el("li", f)); });
    if (n.more) ul.appendChild(el("li", "… and " + n.more + " more"));
    panel.appendChild(ul);
    panel.appendChild(el("h3", "Linked to"));
    var links = el("ul");
    adj[i].slice().sort(function (a, b) { return nodes[a[0]].name.localeCompare(nodes[b[0]].name); }).forEach(function (p) {
      var li = el("li"), a = el("a", nodes[p[0]].name);
      a.onclick = function () { select(p[0]); centre(p[0]); };
      li.appendChild(a); links.appendChild(li);
    });
    panel.appendChild(links);
  }
  function centre(i) {
    var n = nodes[i];
    view.x = stage.clientWidth / 2 - n.x * view.k; view.y = stage.clientHeight / 2 - n.y * view.k; apply();
  }
  document.getElementById("search").addEventListener("change", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].name.toLowerCase() === q || nodes[i].id === ev.target.value.trim()) { select(i); centre(i); return; }
    }
  });
  fit();
  // a link may name a node to open with: view.html#node=<IRI or name>
  var wanted = decodeURIComponent((location.hash.match(/^#node=(.*)$/) || [])[1] || "").toLowerCase();
  if (wanted) {
    for (var w = 0; w < nodes.length; w++) {
      if (nodes[w].id.toLowerCase() === wanted || nodes[w].name.toLowerCase() === wanted) { select(w); centre(w); break; }
    }
  }
  document.body.setAttribute("data-ready", String(nodes.length));
})();
</script>
</body>
</html>
"""
