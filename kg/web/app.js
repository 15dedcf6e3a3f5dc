// The query page: lists the named queries, runs them (parameters bound by
// the server, never pasted into the text) or the user's own SPARQL, and
// shows SPARQL JSON results as a table. Works offline: no external files.
"use strict";

const $ = (id) => document.getElementById(id);
let queries = {};
let lastUrl = null;

function shorten(iri) {
  const at = iri.indexOf("/id/");
  return at >= 0 ? iri.slice(at + 4) : iri;
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const a = document.createElement("a");
    a.href = term.value;
    a.title = term.value;
    a.textContent = shorten(term.value);
    td.appendChild(a);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function render(doc, truncated) {
  const table = $("results");
  table.replaceChildren();
  if (typeof doc.boolean === "boolean") {
    $("status").textContent = "answer: " + doc.boolean;
    return;
  }
  const vars = doc.head.vars;
  const head = document.createElement("tr");
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  }
  const thead = document.createElement("thead");
  thead.appendChild(head);
  const tbody = document.createElement("tbody");
  for (const row of doc.results.bindings) {
    const tr = document.createElement("tr");
    for (const v of vars) tr.appendChild(cell(row[v]));
    tbody.appendChild(tr);
  }
  table.append(thead, tbody);
  const n = doc.results.bindings.length;
  const status = $("status");
  status.className = truncated ? "truncated" : "";
  status.textContent = n + (n === 1 ? " row" : " rows") +
    (truncated ? " — cut at the server's row limit of " + truncated : "");
}

function showError(text) {
  $("results").replaceChildren();
  const status = $("status");
  status.className = "error";
  status.textContent = text.trim();
}

function currentRequest() {
  const name = $("named").value;
  const text = $("query").value;
  if (name && queries[name] && text === queries[name].text) {
    const params = new URLSearchParams();
    for (const input of document.querySelectorAll("#params input")) {
      if (input.value.trim() !== "") params.set(input.name, input.value.trim());
    }
    return { url: "/queries/" + encodeURIComponent(name) + "?" + params.toString(), init: {} };
  }
  const body = new URLSearchParams({ query: text });
  return { url: "/sparql", init: { method: "POST", body: body } };
}

async function run() {
  const request = currentRequest();
  $("status").className = "";
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const init = Object.assign({ headers: { Accept: "application/sparql-results+json" } }, request.init);
    const response = await fetch(request.url, init);
    const body = await response.text();
    if (!response.ok) return showError(body || response.statusText);
    const truncated = response.headers.get("X-KG-Truncated") === "true" ? response.headers.get("X-KG-Row-Limit") : null;
    const type = response.headers.get("Content-Type") || "";
    if (!type.includes("json")) {
      $("results").replaceChildren();
      $("status").textContent = "a graph came back (" + type + "); download it from the endpoint";
      return;
    }
    render(JSON.parse(body), truncated);
    $("status").textContent += " in " + Math.round(performance.now() - started) + " ms";
    lastUrl = request;
    updateCsvLink();
  } catch (err) {
    showError("the server did not answer: " + err);
  }
}

function updateCsvLink() {
  const request = currentRequest();
  const link = $("csv");
  if (request.init.method === "POST") {
    link.href = "/sparql?format=csv&query=" + encodeURIComponent($("query").value);
  } else {
    link.href = request.url + (request.url.endsWith("?") ? "" : "&") + "format=csv";
  }
}

function choose(name, values) {
  const params = $("params");
  params.replaceChildren();
  const query = queries[name];
  $("description").textContent = query ? query.description : "";
  if (!query) return;
  $("query").value = query.text;
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
  updateCsvLink();
}

async function start() {
  $("endpoint").textContent = location.origin + "/sparql";
  const page = new URLSearchParams(location.search);
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
  $("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  // links like /?name=partners-of&org=SIC&run=1 or /?query=...&run=1
  if (page.get("name") && queries[page.get("name")]) {
    $("named").value = page.get("name");
    choose(page.get("name"), page);
  } else if (page.get("query")) {
    $("query").value = page.get("query");
  }
  if (page.get("run")) await run();
  document.body.dataset.ready = "true";
}

start();
