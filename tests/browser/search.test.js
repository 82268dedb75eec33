// Search in real Chromium: the query table, filters in the URL, keyboard, hostile input,
// payload size of a first search, and no request leaving the site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import zlib from "node:zlib";
import path from "node:path";
import { serve, launch, runQuery, checkQuery, SITE, SITE_BASE } from "./harness.js";

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
    checkQuery(assert, c, await runQuery(page, root.origin, "/", c.q));
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
  assert.ok(net.total > 0 && net.total < all.total, `${net.total} of ${all.total}`);
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

// Weight budgets: a first code search with everything the page loads for it, then what a word
// search on the same page adds (its shards and the documents of up to 50 results).
test("a first code search fetches at most 40 KB gzip, a word search then at most 30 KB more, nothing outside the site", async () => {
  const p = await browser.newPage();
  const urls = [];
  p.on("request", (r) => urls.push(r.url()));
  const fetched = () => [...new Set(urls.map((u) => new URL(u).pathname).filter((u) => u.includes("search-index/") || /\/static\/search(-core)?\.js$/.test(u)))];
  const gzipBytes = (files) => files.reduce((n, u) => n + zlib.gzipSync(fs.readFileSync(path.join(SITE, u))).length, 0);
  await runQuery(p, root.origin, "/", "-2301");
  const first = fetched();
  await runQuery(p, root.origin, "/", "heartbeat timeout");
  const added = fetched().filter((u) => !first.includes(u));
  await p.close();
  assert.ok(urls.every((u) => u.startsWith(root.origin)), `third-party request: ${urls.filter((u) => !u.startsWith(root.origin))}`);
  const [codeBytes, wordBytes] = [gzipBytes(first), gzipBytes(added)];
  console.log(`first code search: ${codeBytes} gzip bytes in ${first.length} files; word search after it: ${wordBytes} in ${added.length}`);
  assert.ok(codeBytes <= 40 * 1024, `the first code search fetched ${codeBytes} gzip bytes: ${first}`);
  assert.ok(wordBytes <= 30 * 1024, `the word search added ${wordBytes} gzip bytes: ${added}`);
});

// Typing answers in place: no reload, the URL follows the query, and a repeated or narrowed
// query (a vendor word, a filter, a word typed further) fetches nothing.
test("results as you type, without reloading; repeated and narrowed queries fetch nothing", async () => {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const index = [];
  p.on("request", (r) => { if (r.url().includes("/search-index/")) index.push(new URL(r.url()).pathname); });
  await p.goto(`${root.origin}/search/`);
  // A mark on the window: a reload would drop it.
  await p.evaluate(() => { window.sameDocument = true; });
  const reloaded = async () => !(await p.evaluate(() => window.sameDocument === true));
  const answer = async (q) => {
    await p.waitForFunction((want) => document.title === `${want} · Search · RTC Error Atlas` && !/Searching/.test(document.querySelector("#search-status").textContent), q);
    return p.$$eval("[data-code]", (els) => els.map((e) => `${e.dataset.namespace}:${e.dataset.code}`));
  };
  await p.type("#sq", "heartb", { delay: 30 });
  assert.ok((await answer("heartb")).length > 0, "results while typing");
  assert.equal(await reloaded(), false, "typing does not reload the page");
  assert.match(p.url(), /\?q=heartb$/, "the URL follows the query");
  const fetched = index.length;
  await p.type("#sq", "eat", { delay: 30 });
  const narrowed = await answer("heartbeat");
  assert.ok(narrowed.includes("zego-liveroom:60001005"), narrowed.join(" "));
  await p.type("#sq", " zego", { delay: 30 });
  const zego = await answer("heartbeat zego");
  assert.ok(zego.length && zego.every((r) => r.startsWith("zego-")), zego.join(" "));
  await p.selectOption("#severity", "error");
  await p.waitForFunction(() => location.search.includes("severity=error"));
  await answer("heartbeat zego");
  await p.fill("#sq", "heartb");
  await answer("heartb");
  assert.deepEqual(index.slice(fetched), [], "a narrowed or repeated query fetched index files");
  assert.equal(await reloaded(), false, "no reload at all");
  await ctx.close();
});

test("Enter moves the focus to the first result; Escape and ArrowUp go back to the box", async () => {
  const p = await browser.newPage();
  await p.goto(`${root.origin}/search/`);
  await p.fill("#sq", "kRoomHbTimeoutError");
  await p.press("#sq", "Enter");
  await p.waitForFunction(() => document.activeElement?.closest("[data-code]"));
  assert.equal(await p.evaluate(() => document.activeElement.closest("[data-code]").dataset.code), "60001005");
  await p.keyboard.press("Escape");
  assert.equal(await p.evaluate(() => document.activeElement.id), "sq");
  // Arriving with a query (another page's search box): the first result has the focus.
  await p.goto(`${root.origin}/search/?q=-2301`);
  await p.waitForFunction(() => document.activeElement?.closest("[data-code]"));
  assert.equal(await p.evaluate(() => document.activeElement.closest("[data-code]").dataset.code), "-2301");
  await p.keyboard.press("ArrowUp");
  assert.equal(await p.evaluate(() => document.activeElement.id), "sq");
  await p.close();
});

test("a pasted log is decoded line by line, with the vendor each line names", async () => {
  const p = await browser.newPage();
  await p.goto(`${root.origin}/search/`);
  const log = ["10:23:45.123 I/TRTC enterRoom roomId=1234", "10:23:46.001 E/TRTC onError code=-2301", "W/ZEGO onRoomStateUpdate errorCode: 1102016", "kRoomHbTimeoutError", "<img src=x onerror=alert(1)> ret=2301"].join("\n");
  await p.fill("#sq", log);
  await p.press("#sq", "Enter");
  await p.waitForSelector("[data-log-line]");
  const lines = await p.$$eval("[data-log-line]", (els) => els.map((l) => ({ n: l.dataset.logLine, text: l.textContent })));
  assert.deepEqual(lines.map((l) => l.n), ["2", "3", "4", "5"], "line 1 has no code (a time and a room id are not codes)");
  assert.match(lines[0].text, /Tencent Cloud — named on this line/);
  assert.match(lines[1].text, /ZEGO/);
  assert.equal(await p.$eval('[data-log-line="2"] [data-code]', (e) => e.dataset.code), "-2301");
  assert.equal(await p.$eval('[data-log-line="4"] [data-code]', (e) => e.dataset.code), "60001005");
  assert.equal(await p.$eval('[data-log-line="5"] [data-log-missing]', (e) => e.dataset.logMissing), "2301");
  assert.equal(await p.$eval('[data-log-line="5"] [data-did-you-mean]', (e) => e.dataset.didYouMean), "-2301");
  assert.equal(await p.$$eval("#search-results img, #search-results script", (e) => e.length), 0, "the log's markup stays text");
  assert.match(await p.textContent("#search-status"), /Decoded 5 lines/);
  await p.close();
});

test("a typo is corrected and says so; a code with the other sign is offered, not shown", async () => {
  const typo = await runQuery(page, root.origin, "/", "hearbeat");
  assert.equal(typo.correction, "hearbeat>heartbeat");
  assert.match(await page.textContent("#correction"), /hearbeat → heartbeat/);
  const sign = await runQuery(page, root.origin, "/", "2301");
  assert.deepEqual(sign.results, [], "no silent look-alike");
  assert.ok(sign.missing);
  assert.deepEqual(sign.didYouMean, ["-2301"]);
  await page.click("[data-did-you-mean]");
  await page.waitForFunction(() => document.title.startsWith("-2301 ·"));
  assert.equal(await page.$eval("[data-code]", (e) => e.dataset.code), "-2301");
});

test("a concept that is the answer comes first, with the codes of each SDK", async () => {
  await runQuery(page, root.origin, "/", "heartbeat timeout");
  const first = await page.$eval("#search-results > *:not(.vendor-note)", (e) => e.querySelector("[data-concept]")?.dataset.concept ?? e.dataset.concept);
  assert.equal(first, "room-heartbeat-timeout");
  const members = await page.$$eval('[data-concept="room-heartbeat-timeout"] [data-member]', (els) => els.map((e) => e.dataset.member));
  const vendors = new Set(members.map((m) => m.split("-")[0]));
  assert.ok(vendors.size >= 2, `codes of several vendors: ${members}`);
  // An exact code shows its concept's other codes with it.
  await runQuery(page, root.origin, "/", "1102016");
  assert.ok((await page.$$eval('[data-code="1102016"] [data-member]', (els) => els.length)) > 0, "equivalents under the entry");
});

test("search works under a base URL (GitHub Pages project site)", { skip: !SITE_BASE && "SITE_BASE_DIR not set" }, async () => {
  sub = await serve(SITE_BASE, "/atlas/");
  const { results } = await runQuery(page, sub.origin, "/atlas/", "0x4043");
  assert.equal(results[0], "tencent-trtc-web:16451");
  await page.click("#result-list h2 a");
  await page.waitForURL(/\/atlas\/tencent-trtc-web\/16451\/$/);
  assert.ok(sub.log.every((u) => u.startsWith("/atlas/")), `requests outside the base: ${sub.log.filter((u) => !u.startsWith("/atlas/"))}`);
});
