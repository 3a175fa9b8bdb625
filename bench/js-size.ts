/**
 * Shipped JavaScript per route, gzipped, against a blank page of the same build (the framework's
 * floor), from a running production server. Two figures per route:
 *  - first load: the <script src> chunks in the page's HTML (what Next used to print as First Load JS);
 *  - with every chart: every script Chromium fetched once the page has loaded and each chart has been
 *    pointed at (charts are drawn by the server; scripts add tooltips and pickers).
 * Usage: tsx bench/js-size.ts [base-url]   (default http://127.0.0.1:3100)
 * Budget: every route, with every chart, at most floor + 60 KB. Prints by how much a route is over.
 */
import { gzipSync } from "node:zlib";
import { launchChromium } from "./browser";
import { BLANK, ROUTES } from "./routes.mjs";

const base = process.argv[1]?.endsWith("js-size.ts") ? (process.argv[2] ?? "http://127.0.0.1:3100") : "http://127.0.0.1:3100";
const BUDGET = 60 * 1024;
const cache = new Map<string, number>();

async function chunkSize(url: string): Promise<number> {
  if (!cache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    cache.set(url, gzipSync(body, { level: 9 }).length);
  }
  return cache.get(url)!;
}

async function pageJs(path: string): Promise<{ chunks: Set<string>; gzip: number; inlineGzip: number }> {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  const html = await res.text();
  // noModule scripts are legacy polyfills a current browser never downloads.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!).filter((a) => !/nomodule/i.test(a));
  const chunks = new Set(tags.flatMap((a) => [...a.matchAll(/src="([^"]+)"/g)].map((m) => new URL(m[1]!, base).href)));
  let gzip = 0;
  for (const c of chunks) gzip += await chunkSize(c);
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return { chunks, gzip, inlineGzip: gzipSync(Buffer.from(inline), { level: 9 }).length };
}

/** Every script the browser loads for a page, after its charts have drawn. */
async function loadedJs(browser: import("@playwright/test").Browser, path: string): Promise<number> {
  const context = await browser.newContext(); // empty cache per route
  const page = await context.newPage();
  const urls = new Set<string>();
  const onResponse = (r: import("@playwright/test").Response) => {
    if (r.request().resourceType() === "script") urls.add(r.url());
  };
  page.on("response", onResponse);
  await page.goto(base + path, { waitUntil: "load" });
  // Point at every chart, so whatever a chart loads on use is counted too.
  for (const figure of await page.locator("figure.chart").all()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.locator("svg.chart-surface").first().hover({ trial: false, force: true });
  }
  await page.waitForTimeout(300);
  await context.close();
  let total = 0;
  for (const u of urls) total += await chunkSize(u);
  return total;
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

async function main() {
  const blank = await pageJs(BLANK);
  const browser = await launchChromium();
  const blankLoaded = await loadedJs(browser, BLANK);
  console.log(
    `JavaScript per route, gzip -9. Floor = blank page: ${kb(blank.gzip).trim()} KB first load, ${kb(blankLoaded).trim()} KB loaded.`,
  );
  console.log(`Budget: floor + ${kb(BUDGET).trim()} KB on every route, with every chart.`);
  console.log(
    `${"route".padEnd(24)} ${"first load".padStart(10)} ${"+floor".padStart(7)} ${"all charts".padStart(10)} ${"+floor".padStart(7)} ${"inline RSC".padStart(10)}  budget`,
  );
  let failed = false;
  for (const route of ROUTES) {
    const r = await pageJs(route);
    const all = await loadedJs(browser, route);
    const over = Math.max(r.gzip - blank.gzip, all - blankLoaded) - BUDGET;
    failed ||= over > 0;
    console.log(
      `${route.padEnd(24)} ${kb(r.gzip).padStart(10)} ${kb(r.gzip - blank.gzip)} ${kb(all).padStart(10)} ${kb(all - blankLoaded)} ${kb(r.inlineGzip).padStart(10)}  ${over > 0 ? `NOT met: ${kb(over).trim()} KB over` : "met"}`,
    );
  }
  await browser.close();
  console.log("KB = 1024 bytes. 'inline RSC' is the page data Next inlines in the HTML (not counted against the budget).");
  process.exit(failed ? 1 : 0);
}

if (process.argv[1]?.endsWith("js-size.ts")) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  });
}
