// kg explore: the stored queries as forms, and the export of the view (PNG, GraphML).
// Loaded after explore.js, whose helpers and drawing it uses.
"use strict";

// ---- stored queries ------------------------------------------------------------------------

function queryForm() {
  const q = kg.queries.find((x) => x.name === $("query-name").value);
  $("query-help").textContent = q ? q.description : "";
  $("query-params").replaceChildren(...(q ? q.params : []).map((p) => {
    const label = element("label", `${p.name} (${p.type}${p.optional ? ", optional" : ""})`);
    const input = element("input", null, { name: p.name, placeholder: p.example || p.default || "" });
    if (!p.optional && p.default === null) input.required = true;
    label.append(input);
    return label;
  }));
}

function answerTable(columns, rows) {
  const head = element("tr");
  columns.forEach((c) => head.append(element("th", c)));
  const body = rows.map((row) => {
    const tr = element("tr");
    row.forEach((v) => tr.append(element("td", v === null ? "" : typeof v === "object" ? JSON.stringify(v) : v)));
    return tr;
  });
  $("query-table").replaceChildren(head, ...body);
  $("answer").hidden = false;
}

async function runQuery(event) {
  event.preventDefault();
  const name = $("query-name").value;
  const params = {};
  new FormData($("query-form")).forEach((v, k) => { params[k] = v; });
  try {
    const answer = await getJSON(`/api/query/${encodeURIComponent(name)}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(params),
    });
    answerTable(answer.columns, answer.rows);
    clearView();
    draw(answer.graph);
    $("caption").textContent = `${name}: ${answer.rows.length} rows; the graph shows the nodes they name`;
    say("");
  } catch (err) {
    say(err.message);
  }
}

// ---- export --------------------------------------------------------------------------------

function download(href, filename) {
  const a = element("a", null, { href, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
}

function exportPNG() {
  const source = kg.network.canvas.frame.canvas;
  const canvas = document.createElement("canvas");
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0);
  download(canvas.toDataURL("image/png"), "kg-view.png");
}

async function exportGraphML() {
  const view = { nodes: kg.nodes.get().map((n) => n.kg), edges: kg.edges.get().map((e) => e.kg) };
  const response = await fetch("/api/export.graphml", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(view),
  });
  if (!response.ok) { say((await response.json()).error); return; }
  download(URL.createObjectURL(await response.blob()), "kg-view.graphml");
}

// ---- start ---------------------------------------------------------------------------------

$("export-png").addEventListener("click", exportPNG);
$("export-graphml").addEventListener("click", exportGraphML);
$("query-name").addEventListener("change", queryForm);
$("query-form").addEventListener("submit", runQuery);
getJSON("/api/queries").then((queries) => {
  kg.queries = queries;
  $("query-name").replaceChildren(...queries.map((q) => element("option", q.name, { value: q.name })));
  queryForm();
});
