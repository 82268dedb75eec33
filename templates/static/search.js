// RTC Error Atlas search page: answers as you type (no reload), decodes pasted logs, and shows
// the answer of search-core.js. Never inserts HTML: every string goes in as text.
import { search, decodeLog, more, warm, warmVocab, tokens, nameParts, isCjk } from "./search-core.js";

const $ = (s, r = document) => r.querySelector(s);
const DEBOUNCE_MS = 120, IDLE_MS = 200;

// "/" focuses the search box.
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
  for (const k of kids) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}
// Text with the query's words wrapped in <mark>, built from text nodes only.
function marked(text, terms, wrap = false) {
  const frag = document.createDocumentFragment();
  const lower = text.toLowerCase();
  const spans = [];
  // A short word (`on`, `hb`) is marked only where it is a word, or a part of a name, alone.
  const edge = (a, b) => a === undefined || b === undefined || !/[A-Za-z0-9]/.test(a) || !/[A-Za-z0-9]/.test(b) || (/[a-z]/.test(a) && /[A-Z]/.test(b));
  for (const t of terms) {
    let i = -1;
    while ((i = lower.indexOf(t, i + 1)) !== -1) {
      const end = i + t.length;
      if (t.length > 2 || isCjk(t[0]) || (edge(text[i - 1], text[i]) && edge(text[end - 1], text[end]))) spans.push([i, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const piece = (from, to) => (wrap ? wrapped(text, from, to) : [text.slice(from, to)]);
  let at = 0;
  for (const [s, e] of spans) { if (s < at) continue; frag.append(...piece(at, s), el("mark", {}, ...piece(s, e))); at = e; }
  frag.append(...piece(at, text.length));
  return frag;
}
// A name's text from `from` to `to` with <wbr> where it may wrap, by the rule of the site's
// pages (sitegen `ident_html`): between the words of a camelCase name (not after a one-letter
// prefix) and after the last `_` of a run between two parts; never inside a word.
function wrapped(name, from, to) {
  const out = [];
  let at = from;
  for (let i = Math.max(from, 1); i < to; i++) {
    const a = name[i - 1], b = name[i];
    const camel = /\p{Lu}/u.test(b) && /[\p{Ll}0-9]/u.test(a) && i >= 2;
    const under = a === "_" && b !== "_" && /[^_]/.test(name.slice(0, i - 1));
    if (camel || under) { if (i > at) out.push(name.slice(at, i)); out.push(el("wbr")); at = i; }
  }
  if (to > at) out.push(name.slice(at, to));
  return out;
}
const plural = (n, one, many = one + "s") => `${n} ${n === 1 ? one : many}`;
const isLog = (q) => q.split(/\r\n|\r|\n/).filter((l) => l.trim()).length >= 2;

const page = {
  box: $("#sq"), form: $("#search-filters"), status: $("#search-status"), out: $("#search-results"),
  data: $("#search-data"), seq: 0, timer: 0, shown: null, pending: null,
};

function filtersOf(form) {
  const get = (k) => form.elements[k]?.value || "";
  return { ns: get("ns"), severity: get("severity"), category: get("category") };
}
function urlFor(q, f) {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  for (const k of ["ns", "severity", "category"]) if (f[k]) p.set(k, f[k]);
  const s = p.toString();
  return location.pathname + (s ? "?" + s : "");
}
// The box grows with the lines it holds (a pasted log), up to twelve.
function fit(box) { box.rows = Math.min(12, Math.max(1, box.value.split("\n").length)); }

const entryHref = (ns, d) => `${page.data.dataset.base}${ns.id}/${d.c}/`;
const sdk = (ns) => `${ns.vendor} — ${ns.title}`;

function resultItem(r, terms, meta, concepts) {
  const d = r.doc, href = entryHref(r.ns, d);
  const h = el("h2", {}, el("a", { href }, el("span", { class: "code" }, d.d), " ", ...d.m.flatMap((n) => [el("code", {}, marked(n, terms, true)), " "])));
  const why = r.how === "hex" || r.how?.includes("32-bit") ? ` · matched as ${r.how}` : "";
  const li = el("li", { class: "result", "data-namespace": r.ns.id, "data-code": String(d.c) }, h,
    el("p", { class: "vendor" }, `${sdk(r.ns)} · `, el("span", { class: `sev sev-${d.s}` }, d.s), why),
    el("p", { lang: d.l }, marked(d.t, terms)));
  const cs = (concepts || []).filter((c) => c.concept.m.some((m) => m[0] === r.docId));
  for (const c of cs) li.append(conceptLine(c.concept, meta, r.docId));
  return li;
}
// Equivalents shown under a result, and codes per SDK on a concept card; the concept page
// lists the rest (a broad concept such as "invalid parameter" has hundreds of members).
const LINE_SHOWN = 8, CARD_SHOWN = 5;
// A concept member is [doc, namespace, code, partial, written code when not decimal].
const written = (m) => (m.length > 4 ? m[4] : String(m[2]));
// A concept's members as a reader wants them: full matches first, one code per SDK.
function sample(members, meta, limit) {
  const seen = new Set(), out = [];
  for (const m of [...members].sort((a, b) => a[3] - b[3])) {
    const ns = meta.namespaces[m[1]].id;
    if (seen.has(ns) || out.length === limit) continue;
    seen.add(ns);
    out.push(m);
  }
  return out;
}
function moreLink(n, c) {
  return [" and ", el("a", { href: page.data.dataset.base + c.u }, `${n} more`)];
}
// "Same situation in other SDKs": a concept's other members under an entry.
function conceptLine(c, meta, self) {
  const others = c.m.filter((m) => m[0] !== self);
  const shown = sample(others, meta, LINE_SHOWN);
  const p = el("p", { class: "concept-line" }, "Same situation in other SDKs — ", el("a", { href: page.data.dataset.base + c.u, "data-concept-link": c.id }, c.t), ": ");
  shown.forEach((m, i) => {
    const ns = meta.namespaces[m[1]];
    if (i) p.append(", ");
    p.append(el("a", { href: entryHref(ns, { c: m[2] }), "data-member": `${ns.id}:${m[2]}` }, `${ns.vendor} ${written(m)}`), m[3] ? " (partial)" : "");
  });
  if (others.length > shown.length) p.append(...moreLink(others.length - shown.length, c));
  return p;
}
// A concept card: its titles and the codes of each SDK.
function conceptCard(c, meta) {
  const bySdk = new Map();
  for (const m of c.m) { const ns = meta.namespaces[m[1]]; if (!bySdk.has(ns.id)) bySdk.set(ns.id, { ns, codes: [] }); bySdk.get(ns.id).codes.push(m); }
  const ul = el("ul", { class: "concept-codes" });
  for (const { ns, codes } of bySdk.values()) {
    const li = el("li", {}, el("span", { class: "concept-sdk" }, sdk(ns)), ": ");
    codes.slice(0, CARD_SHOWN).forEach((m, i) => { if (i) li.append(", "); li.append(el("a", { href: entryHref(ns, { c: m[2] }), "data-member": `${ns.id}:${m[2]}` }, written(m)), m[3] ? " (partial)" : ""); });
    if (codes.length > CARD_SHOWN) li.append(...moreLink(codes.length - CARD_SHOWN, c));
    ul.append(li);
  }
  return el("article", { class: "concept-card", "data-concept": c.id },
    el("h2", {}, el("span", { class: "badge" }, "Concept"), " ", el("a", { href: page.data.dataset.base + c.u }, c.t), " ", el("span", { lang: "zh-Hans", class: "zh" }, c.z)),
    el("p", { class: "vendor" }, `The same situation in ${plural(bySdk.size, "SDK")}:`), ul);
}
function didYouMean(list, meta) {
  const p = el("p", { class: "did-you-mean" }, "Did you mean ");
  list.forEach((a, i) => {
    if (i) p.append(" or ");
    const names = (a.docs || []).filter(Boolean).map((d) => `${meta.namespaces[d.n].vendor} ${d.m[0] || ""}`.trim());
    p.append(el("a", { href: urlFor(a.text, filtersOf(page.form)), "data-did-you-mean": a.text }, a.text), names.length ? ` (${names.join("; ")})` : "");
  });
  p.append("?");
  return p;
}

// Shows the first results; returns the function that adds the rest and says how many.
function renderSearch(q, res) {
  const u = res.query, meta = res.meta;
  const terms = [...new Set([...u.terms.map((t) => t.term), ...res.corrections.map((c) => c.to), ...tokens(q), ...nameParts(q.trim())])].filter((t) => t.length > 1 || isCjk(t));
  const out = [];
  if (res.corrections.length) {
    out.push(el("p", { class: "notice typo-fix", id: "correction", "data-correction": res.corrections.map((c) => `${c.from}>${c.to}`).join(" ") },
      "Corrected: ", ...res.corrections.flatMap((c, i) => [i ? ", " : "", el("del", {}, c.from), " → ", el("strong", {}, c.to)]),
      ". No indexed word is spelled like that."));
  }
  if (res.vendors.length) {
    const names = [...new Set(res.vendors.flatMap((v) => v.namespaces.map((i) => meta.namespaces[i].vendor)))];
    const nss = [...new Set(res.vendors.flatMap((v) => v.namespaces))].map((i) => meta.namespaces[i]);
    const browse = nss.flatMap((ns, i) => [i ? ", " : "", el("a", { href: `${page.data.dataset.base}${ns.id}/` }, ns.title)]);
    out.push(el("p", { class: "vendor-note", "data-vendor-words": res.vendors.map((v) => v.word).join(" ") },
      `${names.join(", ")} (from “${res.vendors.map((v) => v.word).join("”, “")}”): ${res.vendorFiltered ? "only its SDKs" : "its SDKs first"}. All its codes: `, ...browse, "."));
  }
  const missing = res.codes.filter((c) => !c.hits && !c.weak && c.values.length);
  missing.forEach((c, i) => {
    const how = c.values[0].how === "decimal" ? "." : ` (${c.values[0].value} in decimal).`;
    out.push(el("p", { class: "notice", ...(i === 0 ? { id: "no-code" } : {}), "data-missing-code": c.norm }, `No entry has code ${c.text}${how}`));
    if (c.didYouMean.length) out.push(didYouMean(c.didYouMean, meta));
  });
  const above = res.concepts.filter((c) => c.above), below = res.concepts.filter((c) => !c.above && c.why === "words");
  if (above.length) out.push(el("section", { class: "concepts", "aria-label": "Concepts" }, ...above.map((c) => conceptCard(c.concept, meta))));
  const ol = el("ol", { id: "result-list", "aria-label": "Results" });
  const exactConcepts = res.concepts.filter((c) => c.why === "exact");
  for (const r of res.results) ol.append(resultItem(r, terms, meta, exactConcepts));
  out.push(ol);
  if (res.more.length) {
    const btn = el("button", { type: "button", class: "more" }, `Show ${Math.min(30, res.more.length)} more`);
    btn.addEventListener("click", async () => {
      const next = res.more.splice(0, 30);
      const items = await more(page.data.dataset.index, meta, next);
      const first = ol.children.length;
      for (const r of items) ol.append(resultItem(r, terms, meta, exactConcepts));
      ol.children[first]?.querySelector("a")?.focus();
      if (!res.more.length) btn.remove(); else btn.textContent = `Show ${Math.min(30, res.more.length)} more`;
    });
    out.push(btn);
  }
  if (below.length) out.push(el("h2", { class: "result-group" }, "Cross-vendor concepts"), el("section", { class: "concepts", "aria-label": "Concepts" }, ...below.map((c) => conceptCard(c.concept, meta))));
  if (res.prefixes.length) {
    const sug = el("ul", { class: "suggestions" });
    for (const p of res.prefixes) for (const d of (p.docs || []).filter(Boolean)) {
      const ns = meta.namespaces[d.n];
      sug.append(el("li", { "data-suggestion-code": String(d.c) }, el("a", { href: entryHref(ns, d) }, `${p[0]} `, ...d.m.map((n) => el("code", {}, n))), ` — ${ns.vendor} ${ns.title}`));
    }
    out.push(el("h2", { class: "result-group" }, `Other codes that begin with ${q.trim()} (not the code you typed)`), sug);
  }
  page.out.replaceChildren(...out);
  return (rest, ms) => {
    for (const r of rest) ol.append(resultItem(r, terms, meta, exactConcepts));
    res.results.push(...rest);
    status(q, res, ms, missing, above);
  };
}
function status(q, res, ms, missing, above) {
  const n = res.total;
  page.status.dataset.total = String(n);
  page.status.textContent = n
    ? `${plural(n, "result")} for “${q.trim()}”${n > res.results.length ? `, showing ${res.results.length}` : ""}${res.concepts.length ? ` and ${plural(res.concepts.length, "concept")}` : ""} (${ms} ms).`
    : missing.length ? `No result for “${q.trim()}”.` : above.length ? `${plural(above.length, "concept")} for “${q.trim()}” (${ms} ms).` : `Nothing matches “${q.trim()}”. Try fewer words, a name, or a code.`;
}

function renderLog(q, res, ms) {
  const meta = res.meta, out = [];
  const ol = el("ol", { id: "log-lines", class: "log-lines", "aria-label": "Decoded log lines" });
  let codes = 0, found = 0;
  for (const l of res.lines) {
    const li = el("li", { class: "log-line", "data-log-line": String(l.n) },
      el("p", { class: "log-text" }, el("span", { class: "line-no" }, `Line ${l.n}`), " ", el("code", {}, l.text.length > 200 ? l.text.slice(0, 200) + "…" : l.text)));
    if (l.vendors.length) li.append(el("p", { class: "vendor" }, `${l.vendors.join(", ")} — ${l.fromLine ? "named on this line" : "named elsewhere in the log"}`));
    for (const it of l.items) {
      const t = it.token, isCode = t.kind === "code";
      codes++;
      const item = el("div", { class: "log-item", "data-log-code": t.norm });
      if (it.hits.length) {
        found++;
        const entries = el("ul", { class: "log-entries" });
        for (const h of it.hits) {
          const why = h.how === "name" ? " · by name" : h.how !== "decimal" ? ` · matched as ${h.how}` : "";
          entries.append(el("li", { class: "result", "data-namespace": h.ns.id, "data-code": String(h.doc.c) },
            el("a", { href: entryHref(h.ns, h.doc) }, el("span", { class: "code" }, h.doc.d), " ", ...h.doc.m.slice(0, 2).flatMap((n) => [el("code", {}, n), " "])),
            el("span", { class: "vendor" }, ` ${sdk(h.ns)} · `, el("span", { class: `sev sev-${h.doc.s}` }, h.doc.s), why),
            el("p", { lang: h.doc.l }, h.doc.t)));
        }
        item.append(el("p", {}, isCode ? "Code " : "Name ", el("code", {}, t.text), it.others ? ` (${plural(it.others, "more entry", "more entries")} in SDKs this log does not name)` : ""), entries);
      } else {
        item.append(el("p", { class: "notice", "data-log-missing": t.norm }, `No entry has code ${t.text}.`));
        if (it.didYouMean.length) item.append(didYouMean(it.didYouMean, meta));
      }
      li.append(item);
    }
    ol.append(li);
  }
  out.push(ol);
  page.out.replaceChildren(...out);
  page.status.textContent = res.lines.length
    ? `Decoded ${plural(res.scanned, "line")}: ${plural(codes, "code")} on ${plural(res.lines.length, "line")}, ${found} with an entry${res.truncated ? " (only the first lines)" : ""} (${ms} ms).`
    : `No code in these ${plural(res.scanned, "line")}.`;
}

// Runs the box's query; an older answer arriving late is dropped.
async function run({ focus = false, push = false } = {}) {
  const q = page.box.value, f = filtersOf(page.form);
  const key = JSON.stringify([q, f]);
  const url = urlFor(q.trim() ? q : "", f);
  if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
  if (page.shown === key) { if (focus) focusFirst(); return; }
  const seq = ++page.seq;
  if (!q.trim()) {
    page.shown = key;
    page.out.replaceChildren();
    page.status.textContent = "Type a code (-2301, 0x4043), a name or words, in English or Chinese, or paste log lines.";
    document.title = "Search · RTC Error Atlas";
    return;
  }
  delete page.status.dataset.total;
  page.status.textContent = "Searching…";
  const t0 = performance.now();
  const base = page.data.dataset.index;
  const log = isLog(q);
  const res = log ? await decodeLog(base, q, f) : await search(base, q, f);
  if (seq !== page.seq) return;
  page.shown = key;
  if (res.error) { page.status.textContent = res.error; return; }
  const ms = Math.round(performance.now() - t0);
  const title = `${log ? q.trim().split(/\r?\n/)[0] : q.trim()} · Search · RTC Error Atlas`;
  if (log) { renderLog(q, res, ms); document.title = title; if (focus) focusFirst(); return; }
  // The first results show at once; the status says "Searching…" until the rest are in.
  const finish = renderSearch(q, res);
  document.title = title;
  if (focus) focusFirst();
  const rest = await res.rest;
  if (seq !== page.seq) return;
  finish(rest, ms);
  // Once the user has read a while, the documents of the next results load ahead.
  setTimeout(() => { if (seq === page.seq) res.prefetch(); }, IDLE_MS);
}
function focusFirst() {
  const a = page.out.querySelector("#result-list a, .log-entries a, .concept-card a, .did-you-mean a");
  (a || page.out).focus();
}

function start() {
  const params = new URLSearchParams(location.search);
  const base = page.data.dataset.index;
  warm(base);
  page.box.value = params.get("q") || "";
  fit(page.box);
  for (const k of ["ns", "severity", "category"]) { const s = page.form.elements[k]; if (s) s.value = params.get(k) || ""; }
  // The typo word lists load once the user is about to type.
  const vocab = () => { if (!page.typed) { page.typed = true; warmVocab(base); } };
  page.box.addEventListener("focus", vocab);
  page.box.addEventListener("input", () => {
    vocab();
    fit(page.box);
    clearTimeout(page.timer);
    page.timer = setTimeout(() => run(), DEBOUNCE_MS);
  });
  page.box.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); clearTimeout(page.timer); run({ focus: true, push: true }); }
    else if (ev.key === "ArrowDown" && !page.box.value.includes("\n")) { ev.preventDefault(); focusFirst(); }
  });
  page.form.addEventListener("submit", (ev) => { ev.preventDefault(); clearTimeout(page.timer); run({ focus: true, push: true }); });
  for (const s of page.form.querySelectorAll("select")) s.addEventListener("change", () => run({ push: true }));
  // Arrow keys move between results; Escape goes back to the box.
  page.out.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { page.box.focus(); return; }
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    const links = [...page.out.querySelectorAll(".concept-card h2 a, #result-list h2 a, .log-entries > li > a")];
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    ev.preventDefault();
    if (ev.key === "ArrowUp" && i === 0) { page.box.focus(); return; }
    links[Math.max(0, Math.min(links.length - 1, i + (ev.key === "ArrowDown" ? 1 : -1)))]?.focus();
  });
  window.addEventListener("popstate", () => {
    const p = new URLSearchParams(location.search);
    page.box.value = p.get("q") || "";
    fit(page.box);
    for (const k of ["ns", "severity", "category"]) { const s = page.form.elements[k]; if (s) s.value = p.get(k) || ""; }
    run();
  });
  // Arriving with a query (from another page's search box): answer it and put the first
  // result one Tab away from the box.
  run({ focus: Boolean(page.box.value.trim()) });
}

if (page.data && page.box) start();
