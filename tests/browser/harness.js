// Shared helpers: a static server for a built site and Debian's Chromium via playwright-core.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain", ".csv": "text/csv" };

// Serves `dir` under `prefix` (e.g. "/" or "/atlas/") on 127.0.0.1; records every request.
export function serve(dir, prefix = "/") {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    log.push(url);
    if (!url.startsWith(prefix)) { res.writeHead(404); return res.end(); }
    let file = path.join(dir, url.slice(prefix.length));
    if (!file.startsWith(path.resolve(dir))) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) { res.writeHead(404, { "content-type": TYPES[".html"] }); return res.end(fs.readFileSync(path.join(dir, "404.html"))); }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, log, origin: `http://127.0.0.1:${server.address().port}` })));
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

// Opens the search page for `q` and waits for the answer; returns results in rank order.
export async function runQuery(page, origin, prefix, q, extra = "") {
  await page.goto(`${origin}${prefix}search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForFunction(() => {
    const s = document.querySelector("#search-status");
    return document.querySelector("#no-code") || (s && s.textContent && !s.textContent.startsWith("Searching"));
  }, null, { timeout: 10000 });
  const results = await page.$$eval("[data-code]", (els) => els.map((e) => `${e.dataset.namespace}:${e.dataset.code}`));
  const missing = await page.$("#no-code");
  const facts = await page.evaluate(() => ({
    total: Number(document.querySelector("#search-status")?.dataset.total ?? 0),
    // Elements a hostile query would have injected, were anything inserted as HTML.
    injected: document.querySelectorAll("main img, main script:not([src]), main svg, main iframe, [onerror], [onload]").length,
    concepts: [...document.querySelectorAll("[data-concept]")].map((e) => e.dataset.concept),
    correction: document.querySelector("[data-correction]")?.dataset.correction ?? null,
    didYouMean: [...document.querySelectorAll("[data-did-you-mean]")].map((e) => e.dataset.didYouMean),
    log: [...document.querySelectorAll("[data-log-line]")].map((l) => ({
      line: Number(l.dataset.logLine),
      items: [...l.querySelectorAll("[data-log-code]")].map((i) => ({
        code: i.dataset.logCode,
        entries: [...i.querySelectorAll("[data-code]")].map((e) => `${e.dataset.namespace}:${e.dataset.code}`),
        missing: i.querySelector("[data-log-missing]") !== null,
      })),
    })),
  }));
  return { results, missing: missing !== null, ...facts };
}

// Checks one row of queries.json against what a search answered (the page's facts, or
// search-core.js's answer in the same shape).
export function checkQuery(assert, c, got) {
  const { results } = got;
  if (c.first) assert.equal(results[0], c.first, `first result of ${c.q}: ${results.slice(0, 5)}`);
  for (const x of c.all || []) assert.ok(results.includes(x), `${x} among results of ${c.q}: ${results.slice(0, 10)}`);
  if (c.none) assert.deepEqual(results, [], `no result for ${c.q}`);
  // Inert: whatever matched its words, nothing of the query became markup (the page's facts only).
  if (c.inert && got.injected !== undefined) assert.equal(got.injected, 0, `markup injected by ${c.q}`);
  if (c.max !== undefined) assert.ok(results.length <= c.max, `at most ${c.max} results for ${c.q}: ${results.slice(0, 10)}`);
  if (c.within) assert.ok(results.length && results.every((r) => c.within.some((ns) => r.startsWith(ns + ":"))), `results of ${c.q} only in ${c.within}: ${results.slice(0, 10)}`);
  if (c.missing !== undefined) assert.equal(got.missing, c.missing, `explicit no-entry answer for ${c.q}`);
  if (c.correction !== undefined) assert.equal(got.correction, c.correction, `correction shown for ${c.q}`);
  if (c.didYouMean !== undefined) assert.ok(got.didYouMean.includes(c.didYouMean), `did you mean ${c.didYouMean} for ${c.q}: ${got.didYouMean}`);
  if (c.concept !== undefined) assert.equal(got.concepts[0], c.concept, `first concept for ${c.q}: ${got.concepts}`);
  for (const want of c.log || []) {
    const line = got.log.find((l) => l.line === want.line);
    assert.ok(line, `line ${want.line} of ${JSON.stringify(c.q)} decoded: ${JSON.stringify(got.log)}`);
    const item = line.items.find((i) => i.code === want.code);
    assert.ok(item, `code ${want.code} on line ${want.line}: ${JSON.stringify(line.items)}`);
    if (want.entry) assert.equal(item.entries[0], want.entry, `entry of ${want.code} on line ${want.line}`);
    if (want.missing) assert.ok(item.missing && !item.entries.length, `no entry has ${want.code} (line ${want.line})`);
  }
}

export const SITE = process.env.SITE_DIR;
export const SITE_BASE = process.env.SITE_BASE_DIR;
