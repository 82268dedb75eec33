// Time to results of the search page on a slow network, in Chromium with its own network
// emulation (CDP Network.emulateNetworkConditions: every request waits one round trip before
// its response starts). A benchmark, not a test: `cargo xtask bench --only search-net` runs it
// and writes its table into docs/benchmarks.md.
//
//   node bench-search-net.mjs SITE_DIR [--rtt 0,40,150] [--runs 3] [--json OUT]
//        [--before BEFORE.json --markdown OUT.md]
//
// The server sends what GitHub Pages sends: gzip and `Cache-Control: max-age=600`, over
// HTTP/1.1 or, with --http2, over HTTP/2 with TLS (a throwaway self-signed certificate). For
// each round trip time and query, a fresh browser context (cold cache) opens the search page,
// waits for its load event, then types the query into the box and presses Enter: the time is
// from the Enter key to the answer on screen (the page's title names the query once it has
// rendered it), both taken inside the page, across a reload if the page reloads. Then, on the same page, the same query again (repeat) and a narrowed query (refine: a
// vendor word added, or a word typed further), counting requests. Prints JSON; with --before
// (the JSON of an earlier run) and --markdown, also writes the report section comparing both.
import http from "node:http";
import http2 from "node:http2";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
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
const beforeFile = opt("before", null);
const markdownOut = opt("markdown", null);
const useHttp2 = args.includes("--http2");
if (!site || !fs.existsSync(path.join(site, "search", "index.html"))) {
  console.error("usage: node bench-search-net.mjs SITE_DIR [--rtt 0,40,150] [--runs 3] [--json OUT]: SITE_DIR must hold a built site");
  process.exit(2);
}

// A query, and the refined query typed after it (one more character or word).
const QUERIES = [
  { kind: "code", q: "-2301", refine: "-2301 tencent" },
  { kind: "words", q: "heartbeat timeout", refine: "heartbeat timeout zego" },
  { kind: "name", q: "kRoomHbTimeoutError", refine: "kRoomHbTimeoutError zego" },
  { kind: "Chinese", q: "心跳超时", refine: "心跳超时 即构" },
  { kind: "log line", q: "[TRTC] onError code=-2301 msg=enter room failed", refine: "[TRTC] onError code=-2301 msg=enter room failed tencent" },
  { kind: "typo", q: "hearbeat timeout", refine: "hearbeat timeout zego" },
  { kind: "as you type", q: "heartb", refine: "heartbeat" },
];

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml" };
const requests = [];
function handle(req, res) {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  requests.push(url);
  let file = path.join(site, url);
  if (!file.startsWith(path.resolve(site))) { res.writeHead(403); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const body = zlib.gzipSync(fs.readFileSync(file));
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "content-encoding": "gzip", "cache-control": "max-age=600" });
  res.end(body);
}
let server, spki = null;
if (useHttp2) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-tls-"));
  const key = path.join(dir, "key.pem"), cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "ignore" });
  // Chromium trusts this one key (and so caches its responses, which it does not for a
  // certificate error it was told to ignore).
  const der = execFileSync("openssl", ["pkey", "-in", key, "-pubout", "-outform", "der"]);
  spki = createHash("sha256").update(der).digest("base64");
  server = http2.createSecureServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: true }, handle);
  fs.rmSync(dir, { recursive: true, force: true });
} else server = http.createServer(handle);
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `${useHttp2 ? "https" : "http"}://127.0.0.1:${server.address().port}`;
const browser = await launch(spki ? [`--ignore-certificate-errors-spki-list=${spki}`] : []);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const READ_MS = 1000;
// In every document of the page: the time of the Enter key, and the time the title first
// names the query the bench waits for, in sessionStorage (it survives a reload).
const TIMER = `(() => {
  document.addEventListener("keydown", (e) => { if (e.key === "Enter") sessionStorage.setItem("benchEnter", String(performance.timeOrigin + performance.now())); }, true);
  const seen = () => { const want = sessionStorage.getItem("benchWant"); if (want && sessionStorage.getItem("benchEnter") && document.title === want && !sessionStorage.getItem("benchDone")) sessionStorage.setItem("benchDone", String(performance.timeOrigin + performance.now())); };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
  setInterval(seen, 4);
})();`;
// Waits until the page has shown the answer to `q`; returns the in-page time from Enter.
async function answered(page, t0) {
  for (;;) {
    try {
      const ms = await page.evaluate(() => { const d = sessionStorage.getItem("benchDone"), e = sessionStorage.getItem("benchEnter"); return d && e ? Number(d) - Number(e) : null; });
      if (ms !== null) return ms;
    } catch { /* the page is navigating */ }
    if (performance.now() - t0 > 20000) throw new Error(`no answer in 20 s: ${JSON.stringify(await page.evaluate(() => [document.title, { ...sessionStorage }]))}`);
    await sleep(5);
  }
}
const searchFile = (u) => u.includes("/search-index/") || u.endsWith(".js") || u.includes("/search/");
async function ask(page, q) {
  await page.fill("#sq", "");
  await page.evaluate((want) => { sessionStorage.removeItem("benchDone"); sessionStorage.removeItem("benchEnter"); sessionStorage.setItem("benchWant", want); }, `${q} · Search · RTC Error Atlas`);
  const before = requests.length, asked = page.asked.length;
  const t0 = performance.now();
  await page.fill("#sq", q);
  await page.press("#sq", "Enter");
  const ms = await answered(page, t0);
  // A person reads the answer a moment before the next query; requests made meanwhile (the
  // rest of the results, documents fetched ahead) count for this query.
  await sleep(READ_MS);
  // `fetches`: requests that reached the server; `requests`: what the page asked for,
  // answered by the HTTP cache or not; `caused`: what this query asked for that reached the
  // server. On HTTP/1.1 at a long round trip, the read-ahead of the query before can still be
  // arriving at the server after Enter: a fetch, but not this query's.
  const arrived = requests.slice(before).filter(searchFile);
  const mine = page.asked.slice(asked).filter(searchFile);
  const caused = mine.filter((u) => arrived.includes(decodeURIComponent(u))).length;
  return { ms, fetches: arrived.length, requests: mine.length, caused };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const rtt of rtts) {
  for (const c of QUERIES) {
    const cold = [], repeat = [], refine = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.addInitScript(TIMER);
      page.asked = [];
      page.on("request", (r) => page.asked.push(new URL(r.url()).pathname));
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
      await page.goto(`${origin}/search/`, { waitUntil: "load" });
      cold.push(await ask(page, c.q));
      refine.push(await ask(page, c.refine));
      repeat.push(await ask(page, c.q));
      await ctx.close();
    }
    const pick = (xs) => ({ ms: Math.round(median(xs.map((x) => x.ms))), fetches: median(xs.map((x) => x.fetches)), requests: median(xs.map((x) => x.requests)), caused: median(xs.map((x) => x.caused)) });
    rows.push({ rtt, kind: c.kind, q: c.q, cold: pick(cold), repeat: pick(repeat), refine: pick(refine) });
    console.error(`rtt ${rtt} ms, ${c.kind}: cold ${rows.at(-1).cold.ms} ms, ${rows.at(-1).cold.fetches} fetches; repeat ${rows.at(-1).repeat.ms} ms, ${rows.at(-1).repeat.fetches} fetches, ${rows.at(-1).repeat.requests} requests; refine ${rows.at(-1).refine.ms} ms, ${rows.at(-1).refine.fetches} fetches, ${rows.at(-1).refine.requests} requests`);
  }
}
await browser.close();
server.close();
const out = JSON.stringify({ runs, rtts, http2: useHttp2, rows }, null, 1);
if (jsonOut) fs.writeFileSync(jsonOut, out + "\n");
if (beforeFile && markdownOut) fs.writeFileSync(markdownOut, markdown(JSON.parse(fs.readFileSync(beforeFile, "utf8")), { runs, rtts, http2: useHttp2, rows }));
console.log(out);

// The report: with --intro, the section's heading and how to read it; then, per protocol,
// time to results and requests, before and after, per round trip time.
function markdown(before, after) {
  const find = (set, rtt, kind) => set.rows.find((r) => r.rtt === rtt && r.kind === kind);
  // The query's own fetches; earlier runs (the before figures) did not tell them apart.
  const own = (x) => x.caused ?? x.fetches;
  const ahead = (x) => (x.caused !== undefined && x.fetches > x.caused ? ` (+${x.fetches - x.caused} read ahead by the query before)` : "");
  const cell = (r, part) => (r ? `${Math.round(r[part].ms)} ms${part === "cold" ? "" : `, ${own(r[part])} fetched${ahead(r[part])}`}` : "–");
  let s = "";
  if (args.includes("--intro")) {
    s += "## Search on a slow network (Chromium)\n\n";
    s += "Generated by `cargo xtask bench --only search-net` (`tests/browser/bench-search-net.mjs`). Chromium's own network emulation (CDP `Network.emulateNetworkConditions`) adds the round trip time to every request; bandwidth is not limited. The server sends gzip and `Cache-Control: max-age=600`, as GitHub Pages does, over HTTP/1.1 (at most six connections at once, like `cargo xtask serve`) and over HTTP/2 (one connection, every request at once, like GitHub Pages). ";
    s += `Each figure is the median of ${after.runs} runs, timed inside the page from the Enter key to the first results on screen. **Cold**: a fresh browser (empty cache) opens the search page and, at its load event, the query is typed and Enter pressed. **Refine**: a second later, on that page, a narrowed query (a vendor word added, or the word typed further). **Repeat**: a second later, the first query again. *fetched*: requests the query made that reached the server, from Enter until the next query (the HTTP cache answers the others); on HTTP/1.1 at a long round trip, requests the query before made ahead of time can still be arriving then, counted apart (*read ahead*).\n\n`;
    s += "Before: the search page reloaded on every query and fetched the index file by file, one after another (commit 00aafb0). After: the page answers in place (results as you type, Enter shows them at once); meta.json and concepts.json are preloaded with the page; every shard a query needs is fetched at once, then the documents of the first ten results; the next results and any repeated or narrowed query come from the page's memory.\n\n";
  }
  const proto = after.http2 ? "HTTP/2" : "HTTP/1.1";
  const slowest = Math.max(...after.rows.filter((r) => r.rtt === 150).map((r) => r.cold.ms));
  const refetched = after.rows.filter((r) => own(r.repeat) || own(r.refine)).map((r) => `${r.kind} at ${r.rtt} ms`);
  if (after.rtts.includes(150)) s += `**${proto}**: slowest cold query at 150 ms round trip ${Math.round(slowest)} ms (target under 500 ms: ${slowest < 500 ? "met" : "not met"}); repeated and refined queries ${refetched.length ? `fetched for: ${refetched.join(", ")}` : "fetched nothing"}.\n\n`;
  for (const rtt of after.rtts) {
    s += `### ${proto}, ${rtt} ms round trip\n\n| query → refined | kind | cold, before | cold, after | refine, before | refine, after | repeat, before | repeat, after |\n|---|---|---:|---:|---:|---:|---:|---:|\n`;
    for (const a of after.rows.filter((r) => r.rtt === rtt)) {
      const b = find(before, rtt, a.kind);
      const q = (x) => "`" + x.replace(/\|/g, "\\|") + "`";
      s += `| ${q(a.q)} → ${q(QUERIES.find((c) => c.kind === a.kind).refine)} | ${a.kind} | ${cell(b, "cold")} | ${cell(a, "cold")} | ${cell(b, "refine")} | ${cell(a, "refine")} | ${cell(b, "repeat")} | ${cell(a, "repeat")} |\n`;
    }
    s += "\n";
  }
  return s;
}
