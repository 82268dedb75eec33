// RTC Error Atlas search page: runs search-core.js's query and shows the answer; never
// inserts HTML.
import { search, tokens, nameParts, isCjk } from "./search-core.js";

const $ = (s, r = document) => r.querySelector(s);

// "/" focuses the search box on every page.
document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  if (ev.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement)) {
    const box = $("#sq") || $("#q-home") || $("#q");
    if (box) { ev.preventDefault(); box.focus(); box.select(); }
  }
});

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}
// Text with the query's tokens wrapped in <mark>, built from text nodes only.
function marked(text, terms) {
  const frag = document.createDocumentFragment();
  const lower = text.toLowerCase();
  const spans = [];
  for (const t of terms) { let i = -1; while ((i = lower.indexOf(t, i + 1)) !== -1) spans.push([i, i + t.length]); }
  spans.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of spans) { if (s < at) continue; frag.append(text.slice(at, s), el("mark", {}, text.slice(s, e))); at = e; }
  frag.append(text.slice(at));
  return frag;
}

async function run(base, siteBase) {
  const params = new URLSearchParams(location.search);
  const q = params.get("q") || "";
  const filters = { ns: params.get("ns") || "", severity: params.get("severity") || "", category: params.get("category") || "" };
  const form = $("#search-filters");
  $("#sq").value = q;
  for (const k of ["ns", "severity", "category"]) { const s = form.elements[k]; if (s) s.value = filters[k]; }
  for (const s of form.querySelectorAll("select")) s.addEventListener("change", () => form.requestSubmit());
  const status = $("#search-status"), out = $("#search-results");
  if (!q.trim()) { status.textContent = "Type a code (-2301, 0x4043), a name or words, in English or Chinese."; return; }
  status.textContent = "Searching…";
  const t0 = performance.now();
  const res = await search(base, q, filters);
  if (res.error) { status.textContent = res.error; return; }
  const terms = [...new Set([...tokens(q), ...nameParts(q.trim())])].filter((t) => t.length > 1 || isCjk(t));
  out.replaceChildren();
  if (res.missing) {
    const m = res.missing;
    out.append(el("p", { class: "notice", id: "no-code" }, `No entry has code ${q.trim()}` + (m.how === "decimal" ? "." : ` (${m.value} in decimal).`)));
  }
  const ol = el("ol", { id: "result-list", "aria-label": "Results" });
  for (const r of res.results) {
    const d = r.doc, href = `${siteBase}${r.ns.id}/${d.c}/`;
    const h = el("h2", {}, el("a", { href }, el("span", { class: "code" }, d.d), " ", ...d.m.flatMap((n) => [el("code", {}, marked(n, terms)), " "])));
    const why = r.how === "decimal" || r.how === "name" || r.how === "words" ? "" : ` · matched as ${r.how}`;
    const li = el("li", { class: "result", "data-namespace": r.ns.id, "data-code": String(d.c) }, h,
      el("p", { class: "vendor" }, `${r.ns.vendor} — ${r.ns.title} · `, el("span", { class: `sev sev-${d.s}` }, d.s), why),
      el("p", { lang: d.l }, marked(d.t, terms)));
    ol.append(li);
  }
  out.append(ol);
  if (res.prefixes.length) {
    const sug = el("ul", { class: "suggestions" });
    for (const [k, , docs] of res.prefixes.map((p) => [p[0], p[1], p.docs])) {
      for (const d of docs.filter(Boolean)) {
        const ns = res.meta.namespaces[d.n];
        sug.append(el("li", { "data-suggestion-code": String(d.c) }, el("a", { href: `${siteBase}${ns.id}/${d.c}/` }, `${k} `, ...d.m.map((n) => el("code", {}, n))), ` — ${ns.vendor} ${ns.title}`));
      }
    }
    out.append(el("h2", { class: "result-group" }, `Other codes that begin with ${q.trim()} (not the code you typed)`), sug);
  }
  const ms = Math.round(performance.now() - t0);
  status.textContent = res.results.length
    ? `${res.total} result${res.total === 1 ? "" : "s"} for “${q}”${res.total > res.results.length ? `, showing ${res.results.length}` : ""} (${ms} ms).`
    : res.missing ? `No entry has code ${q.trim()}.` : `Nothing matches “${q}”. Try fewer words, a name, or a code.`;
  document.title = `${q} · Search · RTC Error Atlas`;
  ol.addEventListener("keydown", (ev) => {
    const links = [...ol.querySelectorAll("h2 a")];
    const i = links.indexOf(document.activeElement);
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      const j = Math.max(0, Math.min(links.length - 1, i + (ev.key === "ArrowDown" ? 1 : -1)));
      links[j]?.focus();
    }
  });
  $("#sq").addEventListener("keydown", (ev) => { if (ev.key === "ArrowDown") { ev.preventDefault(); ol.querySelector("h2 a")?.focus(); } });
}

const data = $("#search-data");
if (data) run(data.dataset.index, data.dataset.base);
