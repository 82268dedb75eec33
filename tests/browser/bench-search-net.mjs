// Time to results of the search page on a slow network, in Chromium with its own network
// emulation (CDP Network.emulateNetworkConditions: every request waits one round trip before
// its response starts). A benchmark, not a test: `cargo xtask bench --only search-net` runs it
// and writes its table into docs/benchmarks.md.
//
//   node bench-search-net.mjs SITE_DIR [--rtt 0,40,150] [--runs 3] [--json OUT]
//
// The server sends what GitHub Pages sends: gzip and `Cache-Control: max-age=600`. For each
// round trip time and query, a fresh browser context (cold cache) opens the search page, waits
// for its load event, then types the query into the box and presses Enter: the time is from
// that moment to the answer on screen (the page's title names the query once it has rendered
// it). Then, on the same page, the same query again (repeat) and the query with one more
// character (refine), counting requests. Prints JSON.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "./harness.js";

const args = process.argv.slice(2);
const site = args[0];
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const rtts = opt("rtt", "0,40,150").split(",").map(Number);
const runs = Number(opt("runs", "3"));
const jsonOut = opt("json", null);
if (!site || !fs.existsSync(path.join(site, "search", "index.html"))) {
  console.error("usage: node bench-search-net.mjs SITE_DIR [--rtt 0,40,150] [--runs 3] [--json OUT]: SITE_DIR must hold a built site");
  process.exit(2);
}

// A query, and the refined query typed after it (one more character or word).
const QUERIES = [
  { kind: "code", q: "-2301", refine: "-2301 t" },
  { kind: "words", q: "heartbeat timeout", refine: "heartbeat timeout r" },
  { kind: "name", q: "kRoomHbTimeoutError", refine: "kRoomHbTimeoutErrorX" },
  { kind: "Chinese", q: "心跳超时", refine: "心跳超时了" },
  { kind: "log line", q: "[TRTC] onError code=-2301 msg=enter room failed", refine: "[TRTC] onError code=-2301 msg=enter room failed!" },
];

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };
const requests = [];
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  requests.push(url);
  let file = path.join(site, url);
  if (!file.startsWith(path.resolve(site))) { res.writeHead(403); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const body = zlib.gzipSync(fs.readFileSync(file));
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "content-encoding": "gzip", "cache-control": "max-age=600" });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Waits until the page shows the answer to `q` (its title names the query), across a
// navigation if the page reloads; returns the time since `t0`.
async function answered(page, q, t0) {
  const want = `${q} · Search · RTC Error Atlas`;
  for (;;) {
    try {
      if (await page.evaluate((w) => document.title === w && !/Searching/.test(document.querySelector("#search-status")?.textContent || ""), want)) return performance.now() - t0;
    } catch { /* the page is navigating */ }
    if (performance.now() - t0 > 20000) throw new Error(`no answer to ${q} in 20 s`);
    await sleep(2);
  }
}
const searchFile = (u) => u.includes("/search-index/") || u.endsWith(".js") || u.includes("/search/");
async function ask(page, q) {
  await page.fill("#sq", "");
  const before = requests.length, asked = page.asked.length;
  const t0 = performance.now();
  await page.fill("#sq", q);
  await page.press("#sq", "Enter");
  const ms = await answered(page, q, t0);
  await sleep(50); // requests the answer did not wait for still count
  // `fetches`: requests that reached the server; `requests`: what the page asked for,
  // answered by the HTTP cache or not.
  return { ms, fetches: requests.slice(before).filter(searchFile).length, requests: page.asked.slice(asked).filter(searchFile).length };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const rtt of rtts) {
  for (const c of QUERIES) {
    const cold = [], repeat = [], refine = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      page.asked = [];
      page.on("request", (r) => page.asked.push(new URL(r.url()).pathname));
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
      await page.goto(`${origin}/search/`, { waitUntil: "load" });
      cold.push(await ask(page, c.q));
      repeat.push(await ask(page, c.q));
      refine.push(await ask(page, c.refine));
      await ctx.close();
    }
    const pick = (xs) => ({ ms: Math.round(median(xs.map((x) => x.ms))), fetches: median(xs.map((x) => x.fetches)), requests: median(xs.map((x) => x.requests)) });
    rows.push({ rtt, kind: c.kind, q: c.q, cold: pick(cold), repeat: pick(repeat), refine: pick(refine) });
    console.error(`rtt ${rtt} ms, ${c.kind}: cold ${rows.at(-1).cold.ms} ms, ${rows.at(-1).cold.fetches} fetches; repeat ${rows.at(-1).repeat.ms} ms, ${rows.at(-1).repeat.fetches} fetches, ${rows.at(-1).repeat.requests} requests; refine ${rows.at(-1).refine.ms} ms, ${rows.at(-1).refine.fetches} fetches, ${rows.at(-1).refine.requests} requests`);
  }
}
await browser.close();
server.close();
const out = JSON.stringify({ runs, rtts, rows }, null, 1);
if (jsonOut) fs.writeFileSync(jsonOut, out + "\n");
console.log(out);
