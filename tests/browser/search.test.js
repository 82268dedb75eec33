// Search in real Chromium: the query table, filters in the URL, keyboard, hostile input,
// payload size of a first search, and no request leaving the site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import zlib from "node:zlib";
import path from "node:path";
import { serve, launch, runQuery, SITE, SITE_BASE } from "./harness.js";

const queries = JSON.parse(fs.readFileSync(new URL("./queries.json", import.meta.url)));
let root, sub, browser, page;

before(async () => {
  assert.ok(SITE && fs.existsSync(path.join(SITE, "index.html")), "SITE_DIR must point at a built site");
  root = await serve(SITE, "/");
  browser = await launch();
  page = await browser.newPage();
  page.on("dialog", (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
});
after(async () => { await browser?.close(); root?.server.close(); sub?.server.close(); });

for (const c of queries) {
  test(`query ${JSON.stringify(c.q)} (${c.why})`, async () => {
    const { results, missing } = await runQuery(page, root.origin, "/", c.q);
    if (c.first) assert.equal(results[0], c.first, `first result of ${c.q}: ${results.slice(0, 5)}`);
    for (const x of c.all || []) assert.ok(results.includes(x), `${x} among results of ${c.q}: ${results.slice(0, 10)}`);
    if (c.none) assert.deepEqual(results, [], `no result for ${c.q}`);
    if (c.missing !== undefined) assert.equal(missing, c.missing, `explicit no-entry answer for ${c.q}`);
    assert.equal(await page.$$eval("#search-results img, #search-results script", (e) => e.length), 0, "no markup from the query");
  });
}

test("codes that begin with the typed digits are offered apart, never as the answer", async () => {
  const { results, missing } = await runQuery(page, root.origin, "/", "-230");
  assert.ok(missing);
  assert.deepEqual(results, []);
  const offered = await page.$$eval("[data-suggestion-code]", (els) => els.map((e) => e.dataset.suggestionCode));
  assert.ok(offered.includes("-2301"), `-2301 offered under its own heading: ${offered}`);
  const heading = await page.textContent("#search-results h2");
  assert.match(heading, /begin with -230/);
});

test("filters live in the URL and restrict results", async () => {
  const { results } = await runQuery(page, root.origin, "/", "timeout", "&ns=zego-liveroom");
  assert.ok(results.length > 0);
  assert.ok(results.every((r) => r.startsWith("zego-liveroom:")), results.join(" "));
  const sev = await runQuery(page, root.origin, "/", "network", "&severity=warning");
  assert.ok(sev.results.length > 0);
  const severities = await page.$$eval("#result-list .sev", (els) => els.map((e) => e.textContent));
  assert.ok(severities.every((s) => s === "warning"), severities.join(" "));
  assert.equal(await page.$eval("#severity", (s) => s.value), "warning", "the filter control shows the URL's state");
});

test("the category filter restricts results to that category", async () => {
  const all = await runQuery(page, root.origin, "/", "timeout");
  const net = await runQuery(page, root.origin, "/", "timeout", "&category=network");
  assert.ok(net.results.length > 0 && net.results.length < all.results.length, `${net.results.length} of ${all.results.length}`);
  assert.equal(await page.$eval("#category", (s) => s.value), "network");
});

test("keyboard: arrow down from the box reaches the first result, then the next", async () => {
  await runQuery(page, root.origin, "/", "timeout");
  await page.focus("#sq");
  await page.keyboard.press("ArrowDown");
  const first = await page.evaluate(() => document.activeElement.closest("[data-code]")?.dataset.code);
  await page.keyboard.press("ArrowDown");
  const second = await page.evaluate(() => document.activeElement.closest("[data-code]")?.dataset.code);
  assert.ok(first && second && first !== second);
});

test("matches are highlighted with <mark>", async () => {
  await runQuery(page, root.origin, "/", "heartbeat");
  const marks = await page.$$eval("#search-results mark", (els) => els.map((e) => e.textContent.toLowerCase()));
  assert.ok(marks.includes("heartbeat"), marks.join(","));
});

test("a first code search fetches at most 40 KB gzip and nothing outside the site", async () => {
  const p = await browser.newPage();
  const urls = [];
  p.on("request", (r) => urls.push(r.url()));
  await runQuery(p, root.origin, "/", "-2301");
  await runQuery(p, root.origin, "/", "heartbeat timeout");
  await p.close();
  assert.ok(urls.every((u) => u.startsWith(root.origin)), `third-party request: ${urls.filter((u) => !u.startsWith(root.origin))}`);
  const searchFiles = [...new Set(urls.map((u) => new URL(u).pathname).filter((u) => u.includes("search-index/") || /\/static\/search(-core)?\.js$/.test(u)))];
  const bytes = searchFiles.reduce((n, u) => n + zlib.gzipSync(fs.readFileSync(path.join(SITE, u))).length, 0);
  console.log(`first searches: ${bytes} gzip bytes in ${searchFiles.length} files`);
  assert.ok(bytes <= 40 * 1024, `first searches fetched ${bytes} gzip bytes: ${searchFiles}`);
});

test("search works under a base URL (GitHub Pages project site)", { skip: !SITE_BASE && "SITE_BASE_DIR not set" }, async () => {
  sub = await serve(SITE_BASE, "/atlas/");
  const { results } = await runQuery(page, sub.origin, "/atlas/", "0x4043");
  assert.equal(results[0], "tencent-trtc-web:16451");
  await page.click("#result-list h2 a");
  await page.waitForURL(/\/atlas\/tencent-trtc-web\/16451\/$/);
  assert.ok(sub.log.every((u) => u.startsWith("/atlas/")), `requests outside the base: ${sub.log.filter((u) => !u.startsWith("/atlas/"))}`);
});
