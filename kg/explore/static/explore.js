// kg explore: the page's behaviour. Draws with vis-network (served from the pyvis wheel);
// every request goes back to the explorer on 127.0.0.1. Text from the graph is always set
// as textContent, never as HTML.
"use strict";

const kg = {
  nodes: new vis.DataSet(),
  edges: new vis.DataSet(),
  expanded: new Map(), // node id -> label, the nodes whose relationships are drawn
  pairs: new Map(), // "a b" -> edges drawn between the two nodes, so that the next one bends apart
  queries: [],
  stable: false,
};
window.kg = kg;

const $ = (id) => document.getElementById(id);
const clip = (text, n) => (text.length > n ? text.slice(0, n - 1) + "…" : text);

function element(tag, text, attrs) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = String(text);
  Object.entries(attrs || {}).forEach(([k, v]) => el.setAttribute(k, v));
  return el;
}

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function say(text) {
  $("message").textContent = text || "";
}

// ---- drawing -------------------------------------------------------------------------------

function visNode(n) {
  return {
    id: n.id, label: clip(n.name, 16), title: `${n.label}: ${n.name}`,
    color: n.colour, shape: n.label === "Article" ? "square" : "dot", kg: n,
  };
}

function visEdge(e) {
  // Edges between the same two nodes bend apart, or they and their names lie on each other.
  const pair = [e.from, e.to].sort().join(" ");
  const nth = kg.pairs.get(pair) || 0;
  kg.pairs.set(pair, nth + 1);
  const bend = nth ? { type: nth % 2 ? "curvedCW" : "curvedCCW", roundness: 0.3 * Math.ceil(nth / 2) } : undefined;
  return { id: e.id, from: e.from, to: e.to, label: e.type, title: e.props.evidence || e.type, smooth: bend, kg: e };
}

function draw(view) {
  kg.nodes.update(view.nodes.map(visNode));
  kg.edges.add(view.edges.filter((e) => !kg.edges.get(e.id)).map(visEdge));
  kg.network.once("stabilized", () => kg.network.fit({ animation: false }));
  listEdges();
}

function clearView() {
  $("selection").replaceChildren();
  kg.nodes.clear();
  kg.edges.clear();
  kg.expanded.clear();
  kg.pairs.clear();
  listEdges();
}

function listEdges() {
  const list = $("edge-list");
  list.replaceChildren();
  kg.edges.get().forEach((e) => {
    const from = kg.nodes.get(e.from), to = kg.nodes.get(e.to);
    const li = element("li", `${from ? from.kg.name : e.from} —${e.kg.type}→ ${to ? to.kg.name : e.to}`);
    li.dataset.edge = e.id;
    li.addEventListener("click", () => { kg.network.selectEdges([e.id]); showEdge(e.id); });
    list.append(li);
  });
}

// ---- filters -------------------------------------------------------------------------------

function checked(name) {
  const boxes = [...document.querySelectorAll(`input[name=${name}]`)];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  return on.length === boxes.length ? null : on;
}

function filterQuery() {
  const q = new URLSearchParams();
  const types = checked("type"), labels = checked("show");
  (types || []).forEach((t) => q.append("type", t));
  (labels || []).forEach((l) => q.append("show", l));
  if (types && !types.length) q.append("type", "-");
  if (labels && !labels.length) q.append("show", "-");
  if ($("date-from").value) q.set("from", $("date-from").value);
  if ($("date-to").value) q.set("to", $("date-to").value);
  return q;
}

async function expand(label, id) {
  const q = filterQuery();
  q.set("label", label);
  q.set("id", id);
  try {
    const view = await getJSON(`/api/around?${q}`);
    kg.expanded.set(id, label);
    draw(view);
    say("");
  } catch (err) {
    say(err.message);
  }
}

async function redraw() {
  const expanded = [...kg.expanded.entries()];
  clearView();
  for (const [id, label] of expanded) await expand(label, id);
}

// ---- details -------------------------------------------------------------------------------

function facts(pairs) {
  const dl = element("dl");
  const empty = (v) => v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length);
  pairs.filter(([, v]) => !empty(v)).forEach(([k, v]) => {
    dl.append(element("dt", k), element("dd", Array.isArray(v) ? v.join(", ") : v));
  });
  return dl;
}

function showNode(id) {
  const n = kg.nodes.get(id).kg;
  const pairs = Object.entries(n.props).filter(([k]) => !["name", "id"].includes(k));
  $("selection").replaceChildren(element("h3", n.name), facts([["label", n.label], ["id", n.id], ...pairs]));
}

function showEdge(id) {
  const e = kg.edges.get(id).kg;
  const from = kg.nodes.get(e.from).kg, to = kg.nodes.get(e.to).kg;
  const box = [element("h3", `${from.name} —${e.type}→ ${to.name}`)];
  if (e.props.evidence) box.push(element("blockquote", e.props.evidence, { id: "evidence" }));
  const rest = Object.entries(e.props).filter(([k]) => !["evidence", "article", "edge_key"].includes(k));
  box.push(facts(rest));
  if (e.article.id) {
    const a = e.article;
    box.push(element("h2", "Article"), facts([["title", a.title], ["date", a.date], ["source", a.source]]));
    const link = element("a", "read the article", {
      id: "article-link", target: "_blank",
      href: `/article/${encodeURIComponent(a.id)}?evidence=${encodeURIComponent(e.props.evidence || "")}`,
    });
    box.push(link);
  }
  $("selection").replaceChildren(...box);
}

// ---- search --------------------------------------------------------------------------------

let searchTimer = null;

async function search() {
  const text = $("search").value.trim();
  const list = $("results");
  if (!text) { list.hidden = true; return; }
  const { results } = await getJSON(`/api/search?q=${encodeURIComponent(text)}`);
  list.replaceChildren();
  results.forEach((r) => {
    const li = element("li", r.name);
    li.dataset.label = r.label;
    li.dataset.id = r.id;
    li.append(element("span", r.label, { class: "chip", style: `background:${labelColour(r.label)}` }));
    if (r.matched) li.append(element("span", `(${r.matched})`, { class: "alias" }));
    li.addEventListener("click", () => pick(r));
    list.append(li);
  });
  if (!results.length) list.append(element("li", "nothing found"));
  list.hidden = false;
}

function labelColour(label) {
  const box = document.querySelector(`input[name=show][value="${label}"]`);
  return box ? box.parentElement.querySelector(".dot").style.background : "#C990C0";
}

async function pick(result) {
  $("results").hidden = true;
  $("search").value = result.name;
  $("caption").textContent = `${result.label} ${result.name}: click a node to expand it`;
  $("answer").hidden = true;
  clearView();
  await expand(result.label, result.id);
  kg.network.selectNodes([result.id]);
  showNode(result.id);
}

// ---- start ---------------------------------------------------------------------------------

function start() {
  kg.network = new vis.Network($("graph"), { nodes: kg.nodes, edges: kg.edges }, {
    nodes: { size: 14, font: { size: 13, face: getComputedStyle(document.body).fontFamily } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 10, align: "middle" },
             color: { color: "#9AA1AC", highlight: "#555555" }, smooth: { type: "continuous" } },
    physics: { solver: "barnesHut", barnesHut: { gravitationalConstant: -5000, springLength: 140 },
               stabilization: { iterations: 200 } },
    interaction: { hover: true, tooltipDelay: 150 },
  });
  kg.network.on("startStabilizing", () => { kg.stable = false; });
  kg.network.on("stabilized", () => { kg.stable = true; });
  kg.network.on("dragStart", () => { kg.stable = false; });
  kg.network.on("dragEnd", () => { kg.stable = true; });
  kg.network.on("click", (params) => {
    if (params.nodes.length) {
      const n = kg.nodes.get(params.nodes[0]).kg;
      showNode(n.id);
      if (!kg.expanded.has(n.id)) expand(n.label, n.id);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    }
  });
  $("search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 120); });
  document.querySelectorAll("#controls input").forEach((box) => box.addEventListener("change", redraw));
}

start();
