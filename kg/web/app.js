// The query page: lists the named queries, runs them (parameters bound by
// the server, never pasted into the text) or the user's own SPARQL, and
// shows SPARQL JSON results as a sortable table, graphs as Turtle. After a
// run the address bar holds the query (and its sort), so a result can be
// shared as a link. Works offline: no external files.
"use strict";

const $ = (id) => document.getElementById(id);
const queries = {};
let result = null;          // { vars, bindings } of the last SELECT
let sort = null;            // { column, descending }
const NUMERIC = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|unsignedInt)$/;

function shorten(iri) {
  const at = iri.indexOf("/id/");
  return at >= 0 ? iri.slice(at + 4) : iri;
}

// Only web addresses become links: an IRI such as javascript:... or data:...
// in a result is shown as text, never made clickable.
function isWebLink(value) {
  return /^https?:\/\/[^\s]+$/i.test(value);
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri" && isWebLink(term.value)) {
    const a = document.createElement("a");
    a.href = term.value;
    a.title = term.value;
    a.rel = "noopener noreferrer";
    a.textContent = shorten(term.value);
    td.appendChild(a);
  } else {
    td.textContent = term.type === "bnode" ? "_:" + term.value : term.value;
    if (term.type === "uri") td.title = term.value;
  }
  return td;
}

// SPARQL's order, roughly: unbound first, numbers by value, the rest as text.
function compareTerms(a, b) {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  const na = a.datatype && NUMERIC.test(a.datatype), nb = b.datatype && NUMERIC.test(b.datatype);
  if (na && nb) return Number(a.value) - Number(b.value);
  return a.value.localeCompare(b.value, undefined, { numeric: true });
}

function render(truncated) {
  const table = $("results");
  table.replaceChildren();
  const vars = result.vars;
  const rows = result.bindings.slice();
  if (sort && vars.includes(sort.column)) {
    rows.sort((x, y) => compareTerms(x[sort.column], y[sort.column]) * (sort.descending ? -1 : 1));
  }
  const head = document.createElement("tr");
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    th.tabIndex = 0;
    th.title = "sort by " + v;
    th.setAttribute("aria-sort", sort && sort.column === v ? (sort.descending ? "descending" : "ascending") : "none");
    th.addEventListener("click", () => sortBy(v));
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sortBy(v); });
    head.appendChild(th);
  }
  const thead = document.createElement("thead");
  thead.appendChild(head);
  const tbody = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const v of vars) tr.appendChild(cell(row[v]));
    tbody.appendChild(tr);
  }
  table.append(thead, tbody);
  const n = rows.length;
  const status = $("status");
  status.className = truncated ? "truncated" : "";
  status.textContent = n + (n === 1 ? " row" : " rows") +
    (truncated ? " — cut at the server's row limit of " + truncated : "");
}

function sortBy(column) {
  sort = sort && sort.column === column ? { column, descending: !sort.descending } : { column, descending: false };
  if (result) render(null);
  remember();
}

function showError(text) {
  $("results").replaceChildren();
  $("graph").hidden = true;
  const status = $("status");
  status.className = "error";
  status.textContent = text.trim();
}

function namedParams() {
  const params = new URLSearchParams();
  for (const input of document.querySelectorAll("#params input")) {
    if (input.value.trim() !== "") params.set(input.name, input.value.trim());
  }
  return params;
}

function isNamed() {
  const name = $("named").value;
  return Boolean(name && queries[name] && $("query").value === queries[name].text);
}

// The URL that fetches the current query in `format` (a download link).
function urlFor(format) {
  if (isNamed()) {
    const params = namedParams();
    params.set("format", format);
    return "/queries/" + encodeURIComponent($("named").value) + "?" + params.toString();
  }
  return "/sparql?" + new URLSearchParams({ format: format, query: $("query").value }).toString();
}

// The page's own address for the current query, sort included.
function shareUrl() {
  let params;
  if (isNamed()) {
    params = namedParams();
    params.set("name", $("named").value);
  } else {
    params = new URLSearchParams({ query: $("query").value });
  }
  if (sort) params.set("sort", (sort.descending ? "-" : "") + sort.column);
  params.set("run", "1");
  return location.pathname + "?" + params.toString();
}

function remember() {
  history.replaceState(null, "", shareUrl());
  const share = $("share");
  share.href = location.href;
  share.hidden = false;
}

function updateDownloads(graph) {
  for (const format of ["csv", "tsv", "json"]) {
    const link = $("dl-" + format);
    link.href = urlFor(format);
    link.hidden = graph;
  }
  const turtle = $("dl-turtle");
  turtle.href = urlFor("turtle");
  turtle.hidden = !graph;
}

async function run() {
  let request;
  if (isNamed()) {
    request = { url: "/queries/" + encodeURIComponent($("named").value) + "?" + namedParams().toString(), init: {} };
  } else {
    request = { url: "/sparql", init: { method: "POST", body: new URLSearchParams({ query: $("query").value }) } };
  }
  $("status").className = "";
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const init = Object.assign({ headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9" } },
      request.init);
    const response = await fetch(request.url, init);
    const body = await response.text();
    if (!response.ok) return showError(body || response.statusText);
    const truncated = response.headers.get("X-KG-Truncated") === "true" ? response.headers.get("X-KG-Row-Limit") : null;
    const type = response.headers.get("Content-Type") || "";
    const graph = !type.includes("json");
    if (graph) {
      result = null;
      $("results").replaceChildren();
      const pre = $("graph");
      kgHighlight(pre, body);
      pre.hidden = false;
      const triples = response.headers.get("X-KG-Rows");
      $("status").className = truncated ? "truncated" : "";
      $("status").textContent = "a graph of " + triples + (triples === "1" ? " triple" : " triples") + " (Turtle)" +
        (truncated ? " — cut at the server's row limit of " + truncated : "");
    } else {
      $("graph").hidden = true;
      const doc = JSON.parse(body);
      if (typeof doc.boolean === "boolean") {
        result = null;
        $("results").replaceChildren();
        $("status").textContent = "answer: " + doc.boolean;
      } else {
        result = { vars: doc.head.vars, bindings: doc.results.bindings };
        render(truncated);
      }
    }
    $("status").textContent += " in " + Math.round(performance.now() - started) + " ms";
    updateDownloads(graph);
    remember();
  } catch (err) {
    showError("the server did not answer: " + err);
  }
}

function choose(name, values) {
  const params = $("params");
  params.replaceChildren();
  const query = queries[name];
  $("description").textContent = query ? query.description : "";
  if (!query) return;
  setQuery(query.text);
  for (const [param, meaning] of Object.entries(query.parameters)) {
    const div = document.createElement("div");
    div.className = "param";
    const label = document.createElement("label");
    label.textContent = param;
    label.htmlFor = "param-" + param;
    const input = document.createElement("input");
    input.id = "param-" + param;
    input.name = param;
    input.placeholder = "name or IRI";
    input.value = (values && values.get(param)) || "";
    const small = document.createElement("small");
    small.textContent = meaning;
    div.append(label, input, small);
    params.appendChild(div);
  }
}

function setQuery(text) {
  $("query").value = text;
  paint();
}

function paint() {
  kgHighlight(document.querySelector("#highlight code"), $("query").value);
}

async function showPrefixes() {
  try {
    const prefixes = await (await fetch("/prefixes")).json();
    $("prefix-list").textContent = Object.entries(prefixes)
      .map(([p, iri]) => "PREFIX " + p + ": <" + iri + ">").join("\n");
  } catch (err) {
    $("prefix-list").textContent = "(cannot list them: " + err + ")";
  }
}

async function start() {
  $("endpoint").textContent = location.origin + "/sparql";
  const page = new URLSearchParams(location.search);
  const editor = $("query");
  editor.addEventListener("input", paint);
  editor.addEventListener("scroll", () => { $("highlight").scrollTop = editor.scrollTop; });
  editor.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  paint();
  await showPrefixes();
  try {
    const list = await (await fetch("/queries")).json();
    for (const q of list) {
      queries[q.name] = q;
      const option = document.createElement("option");
      option.value = q.name;
      option.textContent = q.name;
      option.title = q.description;
      $("named").appendChild(option);
    }
  } catch (err) {
    showError("cannot list the named queries: " + err);
  }
  $("named").addEventListener("change", () => choose($("named").value));
  $("run").addEventListener("click", run);
  // links like /?name=partners-of&org=SIC&run=1 or /?query=...&sort=-kind&run=1
  if (page.get("name") && queries[page.get("name")]) {
    $("named").value = page.get("name");
    choose(page.get("name"), page);
  } else if (page.get("query")) {
    setQuery(page.get("query"));
  }
  const wanted = page.get("sort");
  if (wanted) sort = { column: wanted.replace(/^-/, ""), descending: wanted.startsWith("-") };
  updateDownloads(false);
  if (page.get("run")) await run();
  document.body.dataset.ready = "true";
}

start();
