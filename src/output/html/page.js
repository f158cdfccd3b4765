// attrib --format html: draws documents from their data on demand, fills
// the panel from the index, filters, searches and shows details.
// Everything from the articles goes into the page as text nodes or
// attribute values set from script, never as markup.
"use strict";
const index = JSON.parse(document.getElementById("index").textContent);
const sources = document.querySelectorAll("script.doc");
// documents drawn a batch at a time; a batch of PolNeAR-sized articles
// draws in a few milliseconds
const BATCH = 20;
// names listed in the panel at once; the search reaches the rest
const LISTED = 150;
// how far below the screen the next batch is drawn, in pixels
const REACH = 800;

// Twenty colours that stay apart, for the twenty speakers with most
// statements: Kelly's colours of maximum contrast without white, black,
// grey and the four nearest another, and six chosen by the distance to
// their nearest neighbour (no two closer than 54 in RGB, none that near
// the grey). The rest, and statements with no speaker, are grey.
const PALETTE = ["#be0032", "#0067a5", "#f38400", "#008856", "#875692", "#f3c300",
  "#e68fac", "#42d4f4", "#882d17", "#8db600", "#4400ff", "#f99379", "#b3446c",
  "#a1caf1", "#ff00ff", "#e25822", "#2b3d26", "#c2b280", "#000075", "#00a89d"];
const GREY = "#8c8c8c";
const colour = new Array(index.speakers.length).fill(GREY);
index.speakers
  .map((s, i) => [s.count, i])
  .filter(([, i]) => index.speakers[i].kind !== "unsourced")
  .sort((a, b) => b[0] - a[0] || a[1] - b[1])
  .slice(0, PALETTE.length)
  .forEach(([, i], k) => { colour[i] = PALETTE[k]; });

const list = document.getElementById("list");
const status = document.getElementById("status");
const moreButton = document.getElementById("more-button");
document.getElementById("summary").textContent = index.summary;

let filter = null; // {what: "speaker" | "outlet", id, key}
let shown = []; // indexes of the documents the filter lets through
let drawn = 0;
const records = new Map(); // "doc-record" id -> [record, document data]

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

function matches(r) {
  if (!filter) return true;
  return filter.what === "speaker" ? r.speaker === filter.id : r.outlets.includes(filter.id);
}

// The marks of one document, as [start, end, layer, make]: claims
// outside quotations outside speakers, cues and citations.
function marksOf(n, d) {
  const marks = [];
  d.records.forEach((r) => {
    const key = n + "-" + r.id;
    records.set(key, [r, d]);
    const c = r.speaker === null ? GREY : colour[r.speaker];
    const claim = r.kind === "claim";
    const make = () => {
      const m = el("mark", { className: (claim ? "k " : "q ") + r.kind + (matches(r) ? "" : " off") });
      m.dataset.id = key;
      if (r.speaker !== null) m.dataset.speaker = r.speaker;
      m.style.setProperty("--c", c);
      m.title = tip(r, d);
      return m;
    };
    for (const s of r.spans) marks.push([s[0], s[1], claim ? 0 : 1, make]);
    if (r.mention) {
      marks.push([r.mention[0], r.mention[1], 2, () => {
        const s = el("span", { className: "sp" });
        s.style.setProperty("--c", c);
        return s;
      }]);
    }
    if (r.cue) marks.push([r.cue[0], r.cue[1], 3, () => el("span", { className: "cue" })]);
  });
  for (const [s, title] of d.citations) {
    marks.push([s[0], s[1], 4, () => el("span", { className: "cit", title })]);
  }
  return marks.filter((m) => m[1] > m[0]);
}

function speakerName(r) {
  return r.speaker === null ? "" : index.speakers[r.speaker].name;
}

function tip(r, d) {
  const lines = [r.kind + " " + r.id];
  if (r.speaker !== null) lines.push("speaker: " + speakerName(r));
  if (r.role) lines.push("role: " + r.role);
  if (r.cue) lines.push("cue: " + d.text.slice(r.cue[0], r.cue[1]));
  lines.push("rule: " + r.rule, "confidence: " + r.confidence);
  if (r.cited.length) lines.push("cited: " + r.cited.join("; "));
  return lines.join("\n");
}

// One paragraph: the text cut at every mark's start and end, each piece
// wrapped in the marks that cover it, outermost first, so that crossing
// marks still nest.
function paragraph(text, [a, b], marks) {
  const p = document.createElement("p");
  const here = marks.filter((m) => m[0] < b && m[1] > a);
  const cuts = new Set([a, b]);
  for (const m of here) {
    cuts.add(Math.max(m[0], a));
    cuts.add(Math.min(m[1], b));
  }
  const at = [...cuts].sort((x, y) => x - y);
  for (let k = 0; k + 1 < at.length; k++) {
    const [s, e] = [at[k], at[k + 1]];
    const over = here.filter((m) => m[0] <= s && m[1] >= e)
      .sort((x, y) => x[2] - y[2] || x[0] - y[0]);
    let node = document.createTextNode(text.slice(s, e));
    for (let j = over.length - 1; j >= 0; j--) {
      const wrap = over[j][3]();
      wrap.append(node);
      node = wrap;
    }
    p.append(node);
  }
  return p;
}

// a record's fields, in the order the page writes them
const FIELDS = ["id", "kind", "speaker", "spans", "mention", "cue", "outlets", "rule",
  "confidence", "role", "speaker_kind", "resolved_by", "cited"];

function drawDocument(n) {
  const d = JSON.parse(sources[n].textContent);
  d.records = d.records.map((a) => Object.fromEntries(FIELDS.map((f, k) => [f, a[k]])));
  const marks = marksOf(n, d);
  const a = el("article", { id: "d" + n }, el("h2", { textContent: d.id }));
  a.dataset.doc = d.id;
  if (d.headline) a.append(el("h3", { textContent: d.headline }));
  for (const span of d.paragraphs) a.append(paragraph(d.text, span, marks));
  if (filter) hideParagraphs(a);
  return a;
}

function hideParagraphs(a) {
  for (const p of a.querySelectorAll("p")) {
    p.hidden = filter !== null && !p.querySelector("mark[data-id]:not(.off)");
  }
}

// Batches until the end of the list is out of reach below the screen:
// the observer only tells when the end comes into reach, so a batch too
// short to push it out would otherwise stop the drawing.
function fill() {
  const more = document.getElementById("more");
  do drawMore();
  while (drawn < shown.length && more.getBoundingClientRect().top < innerHeight + REACH);
}

function drawMore() {
  const stop = Math.min(drawn + BATCH, shown.length);
  const frag = document.createDocumentFragment();
  for (; drawn < stop; drawn++) frag.append(drawDocument(shown[drawn]));
  list.append(frag);
  moreButton.hidden = drawn >= shown.length;
  const of = filter ? " with statements of " + filter.key : "";
  status.textContent = shown.length === 0
    ? (filter ? "No document" + of + "." : "No documents.")
    : "Showing " + drawn + " of " + shown.length + " document" + (shown.length === 1 ? "" : "s") + of + ".";
}

// Documents with no statement of the filter's speaker or outlet are not
// drawn at all: the index says which have one.
function setFilter(value) {
  const active = filter ? filter.what + ":" + filter.id : "";
  if (value === active) value = "";
  if (value === "") {
    filter = null;
    shown = index.docs.map((_, i) => i);
  } else {
    const [what, id] = [value.slice(0, value.indexOf(":")), Number(value.slice(value.indexOf(":") + 1))];
    const key = what === "speaker" ? index.speakers[id].name : index.outlets[id].name;
    filter = { what, id, key };
    const field = what === "speaker" ? "speakers" : "outlets";
    shown = [];
    index.docs.forEach((d, i) => { if (d[field].includes(id)) shown.push(i); });
  }
  document.body.dataset.active = filter ? value : "";
  for (const b of document.querySelectorAll("#panel [data-filter]")) {
    b.setAttribute("aria-pressed", String(filter !== null && b.dataset.filter === value));
  }
  list.replaceChildren();
  records.clear();
  drawn = 0;
  window.scrollTo(0, 0);
  fill();
}

function speakerItem(s, i) {
  const b = el("button", { type: "button" });
  b.dataset.filter = "speaker:" + i;
  b.dataset.count = s.count;
  const dot = el("i");
  dot.style.setProperty("--c", colour[i]);
  b.append(dot, el("span", { className: "name", textContent: s.name }), " ",
    el("small", { className: "kind", textContent: s.kind }), el("b", { textContent: String(s.count) }));
  const said = s.mentions.map(([m, n]) => m + " ×" + n);
  if (s.other_mentions) said.push(s.other_mentions + " more");
  if (said.length) b.append(el("small", { className: "mentions", textContent: said.join(", ") }));
  return el("li", {}, b);
}

function outletItem(o, i) {
  const b = el("button", { type: "button" });
  b.dataset.filter = "outlet:" + i;
  b.dataset.count = o.count;
  b.append(el("span", { className: "name", textContent: o.name }), el("b", { textContent: String(o.count) }));
  return el("li", {}, b);
}

// The panel's lists, most statements first, narrowed by the search (over
// names, mentions and kinds); at most LISTED a list.
function fillLists() {
  const q = document.getElementById("search").value.trim().toLowerCase();
  const fill = (ul, items, text, item) => {
    const found = [];
    items.forEach((x, i) => { if (!q || text(x).toLowerCase().includes(q)) found.push(i); });
    found.sort((a, b) => items[b].count - items[a].count || (items[a].name < items[b].name ? -1 : 1));
    const lis = found.slice(0, LISTED).map((i) => item(items[i], i));
    if (found.length > LISTED) {
      lis.push(el("li", { className: "more", textContent: (found.length - LISTED) + " more: type in the search box to find them" }));
    }
    if (!found.length) lis.push(el("li", { className: "more", textContent: q ? "none matches" : "none" }));
    ul.replaceChildren(...lis);
  };
  fill(document.getElementById("speakers"), index.speakers,
    (s) => s.name + "\n" + s.kind + "\n" + s.mentions.map((m) => m[0]).join("\n"), speakerItem);
  fill(document.getElementById("outlets"), index.outlets, (o) => o.name, outletItem);
  const active = document.body.dataset.active || "";
  for (const b of document.querySelectorAll("#panel [data-filter]")) {
    b.setAttribute("aria-pressed", String(active !== "" && b.dataset.filter === active));
  }
}

function showDetails(mark) {
  const found = records.get(mark.dataset.id);
  for (const m of document.querySelectorAll("mark.selected")) m.classList.remove("selected");
  for (const m of document.querySelectorAll('mark[data-id="' + CSS.escape(mark.dataset.id) + '"]')) m.classList.add("selected");
  if (!found) return;
  const [r, d] = found;
  const mention = r.mention ? d.text.slice(r.mention[0], r.mention[1]) : "";
  const name = speakerName(r);
  const rows = [
    ["document", d.id],
    ["kind", r.kind + " " + r.id],
    ["speaker", r.speaker === null ? "none" : name + (mention && mention !== name ? " (“" + mention + "”)" : "")],
    ["speaker kind", r.speaker_kind ? r.speaker_kind + ", " + r.resolved_by : (r.kind === "scare" ? "" : "unsourced")],
    ["role", r.role || ""],
    ["cue", r.cue ? d.text.slice(r.cue[0], r.cue[1]) : ""],
    ["rule", r.rule],
    ["confidence", String(r.confidence)],
    ["citations", r.cited.join("; ")],
    ["text", r.spans.map(([s, e]) => d.text.slice(s, e)).join(" ")],
  ];
  const dl = document.createElement("dl");
  for (const [k, v] of rows) {
    if (v) dl.append(el("dt", { textContent: k }), el("dd", { textContent: v }));
  }
  const box = document.getElementById("details");
  box.replaceChildren(dl);
  if (document.body.classList.contains("narrow")) togglePanel(true);
  // (the details stand above the lists, at the panel's top)
  document.getElementById("panel").scrollTop = 0;
}

function togglePanel(open) {
  document.body.classList.toggle("panel-open", open);
  document.getElementById("panel-toggle").setAttribute("aria-expanded", String(open));
}

document.addEventListener("click", (e) => {
  const f = e.target.closest("button[data-filter]");
  if (f) return setFilter(f.dataset.filter);
  if (e.target.closest("#panel-toggle")) return togglePanel(!document.body.classList.contains("panel-open"));
  if (e.target.closest("#more-button")) return fill();
  const m = e.target.closest("mark[data-id]");
  if (m) showDetails(m);
});
document.getElementById("search").addEventListener("input", fillLists);
// Enter in the search box filters by the first name it lists
document.getElementById("search").addEventListener("keydown", (e) => {
  if (e.key !== "Enter") return;
  const first = document.querySelector("#panel li button[data-filter]");
  // (Enter filters; it never clears the filter it already shows)
  if (first && first.getAttribute("aria-pressed") !== "true") first.click();
});
// the next batch is drawn as the end of the list comes into view
new IntersectionObserver((seen) => {
  if (seen.some((s) => s.isIntersecting) && drawn < shown.length) fill();
}, { rootMargin: REACH + "px" }).observe(document.getElementById("more"));
// (and on every scroll: an observer's callback waits for a rendering
// frame, which a busy browser may hold back)
const nearEnd = () => {
  if (drawn < shown.length && document.getElementById("more").getBoundingClientRect().top < innerHeight + REACH) fill();
};
addEventListener("resize", nearEnd);
addEventListener("scroll", nearEnd, { passive: true });
const narrow = matchMedia("(max-width: 760px)");
const layout = () => document.body.classList.toggle("narrow", narrow.matches);
narrow.addEventListener("change", layout);
layout();

fillLists();
setFilter("");
document.body.dataset.ready = "true";
