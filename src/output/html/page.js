// attrib --format html: the filter of the side panel and the details view.
"use strict";
const records = new Map();
for (const s of document.querySelectorAll("script.records")) {
  for (const r of JSON.parse(s.textContent)) records.set(s.dataset.doc + "-" + r.id, r);
}

function matches(mark, filter) {
  const cut = filter.indexOf(":");
  const what = filter.slice(0, cut), value = filter.slice(cut + 1);
  if (what === "speaker") return mark.dataset.speaker === value;
  return (mark.dataset.outlets || "").split("|").includes(value);
}

// Only the statements of one speaker or outlet stay highlighted, and the
// paragraphs without any are hidden; the same filter again shows all.
function setFilter(filter) {
  const now = document.body.dataset.active === filter ? "" : filter;
  document.body.dataset.active = now;
  for (const m of document.querySelectorAll("mark[data-id]")) {
    m.classList.toggle("off", now !== "" && !matches(m, now));
  }
  for (const p of document.querySelectorAll("article p")) {
    p.hidden = now !== "" && !p.querySelector("mark[data-id]:not(.off)");
  }
  for (const b of document.querySelectorAll("aside [data-filter]")) {
    b.setAttribute("aria-pressed", String(now !== "" && b.dataset.filter === now));
  }
}

function showDetails(mark) {
  const r = records.get(mark.dataset.id);
  const box = document.getElementById("details");
  for (const m of document.querySelectorAll("mark.selected")) m.classList.remove("selected");
  for (const m of document.querySelectorAll('mark[data-id="' + mark.dataset.id + '"]')) m.classList.add("selected");
  if (!r) return;
  const sp = r.speaker;
  const rows = [
    ["kind", r.kind + " " + r.id],
    ["speaker", sp ? (sp.name || sp.mention) + (sp.name && sp.name !== sp.mention ? " (“" + sp.mention + "”)" : "") : "none"],
    ["speaker kind", sp ? sp.kind + ", " + sp.resolved_by : ""],
    ["role", sp && sp.role ? sp.role : ""],
    ["cue", r.cue ? r.cue.text : ""],
    ["rule", r.rule],
    ["confidence", String(r.confidence)],
    ["citations", r.citations.map(c => (c.outlet || c.source || "(unnamed)") + (c.date ? ", " + c.date : "") + " [" + c.scope + "]").join("; ")],
    ["text", r.text],
  ];
  const dl = document.createElement("dl");
  for (const [k, v] of rows) {
    if (!v) continue;
    const dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = k;
    dd.textContent = v;
    dl.append(dt, dd);
  }
  box.replaceChildren(dl);
}

document.addEventListener("click", (e) => {
  const f = e.target.closest("button[data-filter]");
  if (f) return setFilter(f.dataset.filter);
  const m = e.target.closest("mark[data-id]");
  if (m) showDetails(m);
});
