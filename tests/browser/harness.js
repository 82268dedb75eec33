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

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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
  return { results, missing: missing !== null };
}

export const SITE = process.env.SITE_DIR;
export const SITE_BASE = process.env.SITE_BASE_DIR;
