// Accessibility: axe-core in Chromium reports no violations on every kind of page, light and
// dark; pages work without JavaScript for browsing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, SITE } from "./harness.js";

const axe = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PAGES = ["", "sources/", "sources/zego-liveroom-zh/", "zego-liveroom/", "zego-liveroom/60001005/", "tencent-trtc-web/16452/",
  "tencent-liteav/3001/", "code/3001/", "findings/", "about/", "search/?q=heartbeat", "search/?q=23011", "no-such-page/",
  "vendors/", "vendors/agora/", "vendors/livekit/", "mappings/", "mappings/network/", "concepts/play-reconnect-failed/", "volcengine-rtc-warnings/-5007/"];
let root, browser;

before(async () => { root = await serve(SITE, "/"); browser = await launch(); });
after(async () => { await browser?.close(); root?.server.close(); });

for (const scheme of ["light", "dark"]) {
  test(`axe-core finds no violations (${scheme})`, async () => {
    // Axe is injected through the DevTools protocol; the pages' CSP still forbids inline script.
    const ctx = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const page = await ctx.newPage();
    const problems = [];
    for (const p of PAGES) {
      await page.goto(`${root.origin}/${p}`);
      if (p.startsWith("search/")) await page.waitForFunction(() => document.querySelector("#search-status")?.textContent && !document.querySelector("#search-status").textContent.startsWith("Searching"));
      await page.evaluate(axe);
      const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      for (const v of r.violations) problems.push(`/${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join("; ")}`);
    }
    await ctx.close();
    assert.deepEqual(problems, []);
  });
}

// On a phone nothing is wider than the screen: long names break between their words, long
// text anywhere, wide tables scroll in their own box.
test("no page is wider than a 390 px phone screen", async () => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const wide = [];
  for (const p of PAGES) {
    await page.goto(`${root.origin}/${p}`);
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    if (w > 390) wide.push(`/${p}: ${w} px`);
  }
  await ctx.close();
  assert.deepEqual(wide, []);
});

// On a desktop screen a table of a few columns shows them all: a long name in its first column
// wraps instead of pushing the other columns out of sight (only wide mapping tables scroll).
test("on a 1280 px screen a table of up to six columns fits its box", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const hidden = [];
  for (const p of PAGES) {
    await page.goto(`${root.origin}/${p}`);
    const over = await page.evaluate(() => [...document.querySelectorAll(".table-wrap")]
      .filter((w) => w.querySelectorAll("thead th").length <= 6 && w.scrollWidth > w.clientWidth + 1)
      .map((w) => `${w.scrollWidth}/${w.clientWidth} px`));
    for (const o of over) hidden.push(`/${p}: ${o}`);
  }
  await ctx.close();
  assert.deepEqual(hidden, []);
});

test("browsing works without JavaScript", async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${root.origin}/`);
  await page.click("text=Tencent Cloud — TRTC Web SDK (v4)");
  await page.click("a[href$='/tencent-trtc-web/16451/']");
  assert.match(await page.textContent("h1"), /0x4043/);
  await page.goto(`${root.origin}/search/?q=x`);
  assert.match(await page.textContent("noscript"), /needs JavaScript/);
  await ctx.close();
});

test("the Content-Security-Policy blocks inline script on every page", async () => {
  const page = await browser.newPage();
  await page.goto(`${root.origin}/tencent-liteav/-2301/`);
  const csp = await page.$eval("meta[http-equiv='Content-Security-Policy']", (m) => m.content);
  assert.ok(!csp.includes("unsafe-inline") && csp.includes("default-src 'none'"), csp);
  const ran = await page.evaluate(() => { const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.body.append(s); return window.__inline === 1; });
  assert.equal(ran, false, "inline script must not run");
  await page.close();
});
