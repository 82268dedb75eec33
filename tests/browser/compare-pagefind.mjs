// Runs the query table through our search and through Pagefind (indexing the same built site)
// in Chromium; prints JSON: per query, each engine's first result, whether it is right, and
// the bytes fetched for that first query (gzip for ours, as a server would send; Pagefind's
// files are already compressed). Used by `cargo xtask bench`.
//   node compare-pagefind.mjs SITE_DIR PAGEFIND_DIR
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch, runQuery } from "./harness.js";

const [site, pagefind] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(new URL("./queries.json", import.meta.url)));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".wasm": "application/wasm" };
const sizes = [];
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = url.startsWith("/pagefind/") ? path.join(pagefind, url.slice(10)) : path.join(site, url);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const body = fs.readFileSync(file);
  const wire = url.startsWith("/pagefind/") || !url.includes("search") ? body.length : zlib.gzipSync(body).length;
  sizes.push([url, wire]);
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const out = [];
for (const c of queries) {
  const expected = c.first || (c.all && c.all[0]) || null;
  // Ours: a fresh page, so the first query pays for everything it needs.
  let ctx = await browser.newContext();
  let page = await ctx.newPage();
  sizes.length = 0;
  const ours = await runQuery(page, origin, "/", c.q);
  const ourBytes = sizes.filter(([u]) => u.includes("search-index/") || /\/static\/search(-core)?\.js$/.test(u)).reduce((n, [, b]) => n + b, 0);
  await ctx.close();
  // Pagefind: its own JS API on a page of the same site.
  ctx = await browser.newContext({ bypassCSP: true });
  page = await ctx.newPage();
  await page.goto(`${origin}/about/`);
  sizes.length = 0;
  const pf = await page.evaluate(async (q) => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.init();
    const r = await pagefind.search(q);
    const top = r ? await Promise.all(r.results.slice(0, 10).map((x) => x.data())) : [];
    return { count: r ? r.results.length : 0, urls: top.map((d) => d.url) };
  }, c.q).catch((e) => ({ error: String(e) }));
  const pfBytes = sizes.filter(([u]) => u.startsWith("/pagefind/")).reduce((n, [, b]) => n + b, 0);
  await ctx.close();
  const key = (u) => { const m = /\/([^/]+)\/(-?\d+)\/$/.exec(u || ""); return m ? `${m[1]}:${m[2]}` : null; };
  const pfTop = (pf.urls || []).map(key);
  // The same rule as search.test.js: the expected first result first, every listed entry
  // among the results (the first ten here), nothing for a query that must find nothing.
  const right = (top) =>
    c.none ? top.length === 0 : (!c.first || top[0] === c.first) && (c.all || []).every((x) => top.slice(0, 10).includes(x));
  out.push({ q: c.q, why: c.why, expected, ours: { first: ours.results[0] || null, right: right(ours.results), bytes: ourBytes },
    pagefind: { first: pfTop[0] || null, right: pf.error ? false : right(pfTop), bytes: pfBytes, error: pf.error } });
}
await browser.close();
server.close();
console.log(JSON.stringify(out));
