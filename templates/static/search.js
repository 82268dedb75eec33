// RTC Error Atlas search: reads the sharded index the generator wrote; never inserts HTML.
const $ = (s, r = document) => r.querySelector(s);

// "/" focuses the search box on every page.
document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  if (ev.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement)) {
    const box = $("#sq") || $("#q-home") || $("#q");
    if (box) { ev.preventDefault(); box.focus(); box.select(); }
  }
});

const cache = new Map();
function fetchJson(url) {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null));
  return cache.get(url);
}
const hexOf = (s) => Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, "0")).join("");
const isCjk = (c) => /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u.test(c) && /\p{L}|\p{N}/u.test(c);

// Same tokenization as the generator: ASCII word runs, and CJK characters plus pairs.
export function tokens(text) {
  const out = [];
  let word = "", cjk = [];
  const fw = () => { if (word) out.push(word); word = ""; };
  const fc = () => { cjk.forEach((c, i) => { out.push(c); if (i + 1 < cjk.length) out.push(c + cjk[i + 1]); }); cjk = []; };
  for (const c of text) {
    if (/[A-Za-z0-9]/.test(c)) { fc(); word += c.toLowerCase(); }
    else if (isCjk(c)) { fw(); cjk.push(c); }
    else { fw(); fc(); }
  }
  fw(); fc();
  return out;
}
export function nameParts(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, "$1$3 $2$4").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

// Every value a code-looking query can mean, best reading first.
export function readings(q) {
  const s = q.trim().replace(/[\s,_]/g, "");
  const out = [];
  const add = (v, how) => { if (Number.isSafeInteger(v) && !out.some((r) => r.value === v)) out.push({ value: v, how }); };
  const bits = (v) => {
    if (v >= 0x80000000 && v <= 0xffffffff) add(v - 0x100000000, "signed 32-bit reading");
    if (v < 0 && v >= -0x80000000) add(v + 0x100000000, "unsigned 32-bit reading");
  };
  let m;
  if ((m = /^(-?)0[xX]([0-9a-fA-F]{1,13})$/.exec(s))) {
    const v = parseInt(m[2], 16) * (m[1] ? -1 : 1);
    add(v, "hex"); bits(v);
  } else if ((m = /^(-?)(\d{1,16})$/.exec(s))) {
    const v = parseInt(m[2], 10) * (m[1] ? -1 : 1);
    add(v, "decimal"); bits(v);
    if (!m[1] && m[2].length >= 3) { const h = parseInt(m[2], 16); add(h, "hex"); bits(h); }
  } else if ((m = /^([0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*)$/.exec(s)) && /\d/.test(s) && s.length >= 3 && s.length <= 13) {
    const v = parseInt(m[1], 16); add(v, "hex"); bits(v);
  } else return null;
  return out;
}

function shardFor(prefixes, key) {
  if (prefixes.includes(key + "$")) return key + "$";
  let best = null;
  for (const p of prefixes) if (!p.endsWith("$") && key.startsWith(p) && (best === null || p.length > best.length)) best = p;
  return best;
}
async function lookup(base, meta, kind, key) {
  const p = shardFor(meta.shards[kind], key);
  if (p === null) return null;
  const shard = await fetchJson(`${base}${kind}/p${hexOf(p)}.json`);
  return shard ? shard[key] ?? null : null;
}
// Shards that may hold keys beginning with `key`.
async function scan(base, meta, kind, key, limit = 4) {
  const ps = meta.shards[kind].filter((p) => { const b = p.replace(/\$$/, ""); return b.startsWith(key) || key.startsWith(b); });
  const out = [];
  for (const p of ps.slice(0, limit)) {
    const shard = await fetchJson(`${base}${kind}/p${hexOf(p)}.json`);
    if (shard) for (const k in shard) if (k.startsWith(key)) out.push([k, shard[k]]);
  }
  return out;
}

export async function search(base, q, filters = {}) {
  const meta = await fetchJson(base + "meta.json");
  if (!meta) return { error: "The search index could not be loaded." };
  const hits = new Map(); // key -> {key, tier, score, how, matched}
  const hit = (key, tier, score, how) => {
    const h = hits.get(key);
    if (!h) hits.set(key, { key, tier, score, how, matched: 0 });
    else if (tier < h.tier || (tier === h.tier && score > h.score)) Object.assign(h, { tier, score, how });
  };
  const res = { codes: readings(q), missing: null, prefixes: [], results: [] };
  if (res.codes) {
    for (const [i, r] of res.codes.entries()) {
      const posts = await lookup(base, meta, "codes", String(r.value));
      if (posts) for (const k of posts) hit(k, i === 0 ? 0 : 1, 100 - i, r.how);
    }
    if (!hits.size) {
      res.missing = res.codes[0];
      const typed = String(res.codes[0].value);
      if (res.codes[0].how === "decimal" && typed.replace("-", "").length >= 3)
        res.prefixes = (await scan(base, meta, "codes", typed)).filter(([k]) => k !== typed).slice(0, 20);
    }
  }
  const ident = q.trim();
  if (/^[A-Za-z][A-Za-z0-9_]{2,}$/.test(ident)) {
    const posts = await lookup(base, meta, "names", ident.toLowerCase().replace(/[^a-z0-9]/g, ""));
    if (posts) for (const k of posts) hit(k, 2, 50, "name");
  }
  if (!res.codes || !hits.size) {
    const toks = [...new Set(/[_a-z][A-Z]/.test(ident) && !/\s/.test(ident) ? nameParts(ident) : tokens(q))];
    const per = new Map(); // key -> {matched, score}
    for (const t of toks) {
      const seen = new Map();
      const take = (flat, f) => { for (let i = 0; i < flat.length; i += 2) seen.set(flat[i], Math.max(seen.get(flat[i]) || 0, flat[i + 1] * f)); };
      const exact = await lookup(base, meta, "terms", t);
      if (exact) take(exact, 1);
      if (/^[a-z]/.test(t) && t.length >= 3) for (const [k, flat] of await scan(base, meta, "terms", t)) if (k !== t) take(flat, 0.6);
      for (const [k, w] of seen) { const p = per.get(k) || { matched: 0, score: 0 }; p.matched++; p.score += w; per.set(k, p); }
    }
    for (const [k, p] of per) {
      const tier = p.matched === toks.length ? 3 : 4;
      if (tier === 3 || p.matched * 2 >= toks.length) { hit(k, tier, p.score, "words"); hits.get(k).matched = p.matched; }
    }
  }
  const sev = { error: 0, warning: 1, event: 2 };
  const nsStart = meta.namespaces.map((n) => n.start);
  const nsOf = (doc) => { let i = 0; while (i + 1 < nsStart.length && nsStart[i + 1] <= doc) i++; return i; };
  let list = [...hits.values()].filter((h) => {
    const doc = Math.floor(h.key / 256), bits = h.key % 256;
    if (filters.severity && sev[filters.severity] !== bits % 4) return false;
    if (filters.category && meta.categories.findIndex((c) => c[0] === filters.category) + 1 !== bits >> 2) return false;
    if (filters.ns && meta.namespaces[nsOf(doc)].id !== filters.ns) return false;
    return true;
  });
  list.sort((a, b) => a.tier - b.tier || b.matched - a.matched || b.score - a.score || a.key - b.key);
  res.total = list.length;
  list = list.slice(0, 50);
  const docs = await Promise.all(list.map((h) => doc(base, meta, Math.floor(h.key / 256))));
  res.results = list.map((h, i) => ({ ...h, doc: docs[i], ns: docs[i] && meta.namespaces[docs[i].n] })).filter((r) => r.doc);
  // Equal scores: the entry whose name carries fewest words beyond the query fits best.
  const extra = (r) => Math.min(99, ...r.doc.m.map((n) => nameParts(n).length));
  res.results.sort((a, b) => a.tier - b.tier || b.matched - a.matched || b.score - a.score || extra(a) - extra(b) || a.key - b.key);
  for (const p of res.prefixes) p.docs = await Promise.all(p[1].slice(0, 3).map((k) => doc(base, meta, Math.floor(k / 256))));
  res.meta = meta;
  return res;
}
async function doc(base, meta, id) {
  const shard = await fetchJson(`${base}docs/${Math.floor(id / meta.docs_per_shard)}.json`);
  return shard ? shard[id % meta.docs_per_shard] : null;
}

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
