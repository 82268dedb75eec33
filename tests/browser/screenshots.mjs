// Screenshots of every kind of page at a desktop and a phone size, light and dark, for a
// person to look at (not a test): `SITE_DIR=/tmp/site node screenshots.mjs OUT_DIR [PAGE …]`.
// A page is `name=path` (path relative to the site root); without any, the standard set.
import fs from "node:fs";
import path from "node:path";
import { serve, launch, SITE } from "./harness.js";

const STANDARD = {
  home: "",
  "entry-2301": "tencent-liteav/-2301/",
  "entry-zego": "zego-express-web/1000002/",
  value: "code/-2301/",
  "source-alibaba": "sources/alibaba-rtc-zh/",
  mapping: "mappings/network/",
  concept: "concepts/network-disconnected/",
  findings: "findings/",
  search: "search/?q=-2301",
};
const SIZES = { desktop: [1366, 900], phone: [390, 844] };

const out = process.argv[2];
if (!SITE || !out) {
  console.error("usage: SITE_DIR=<built site> node screenshots.mjs OUT_DIR [name=path …]");
  process.exit(2);
}
const pages = process.argv.length > 3
  ? Object.fromEntries(process.argv.slice(3).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]))
  : STANDARD;
fs.mkdirSync(out, { recursive: true });
const root = await serve(SITE, "/");
const browser = await launch();
for (const scheme of ["light", "dark"]) {
  for (const [size, [width, height]] of Object.entries(SIZES)) {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height } });
    const page = await ctx.newPage();
    for (const [name, p] of Object.entries(pages)) {
      await page.goto(`${root.origin}/${p}`);
      if (p.startsWith("search/")) {
        await page.waitForFunction(() => {
          const s = document.querySelector("#search-status");
          return s && s.textContent && !s.textContent.startsWith("Searching");
        }, null, { timeout: 10000 }).catch(() => {});
      }
      const file = path.join(out, `${name}-${size}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      const dims = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      console.log(`${file} (page ${dims[0]}×${dims[1]} px)`);
    }
    await ctx.close();
  }
}
await browser.close();
root.server.close();
