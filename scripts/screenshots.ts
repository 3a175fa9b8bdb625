/**
 * Screenshots of pages at desktop (1366×768) and phone (390×844) widths in both languages, for
 * looking at what was built. Usage: tsx scripts/screenshots.ts [base-url] [out-dir] [path ...]
 * SHOT_SELECTOR=figure takes one picture per matching element instead of the full page;
 * SHOT_SIZES=desktop limits the widths; SHOT_LANGS=id the languages.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const out = process.argv[3] ?? "/tmp/shots";
const paths = process.argv.slice(4).length ? process.argv.slice(4) : ["/"];
const allSizes = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
const sizes = Object.fromEntries(
  Object.entries(allSizes).filter(([k]) => (process.env.SHOT_SIZES ?? "desktop,phone").split(",").includes(k)),
);
const langs = (process.env.SHOT_LANGS ?? "id,en").split(",");
const selector = process.env.SHOT_SELECTOR;

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  for (const [name, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const p of paths) {
      for (const lang of langs) {
        const url = base + (lang === "en" ? (p === "/" ? "/en" : `/en${p}`) : p);
        await page.goto(url, { waitUntil: "load" });
        await page.waitForTimeout(300);
        const file = path.join(out, `${name}-${lang}${p.replace(/[/?=&]+/g, "_") || "_"}.png`);
        if (selector) {
          const els = await page.locator(selector).all();
          for (const [i, el] of els.entries()) {
            const f = file.replace(/\.png$/, `-${i}.png`);
            await el.screenshot({ path: f });
            console.log(f);
          }
        } else {
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
    }
    await page.close();
  }
  await browser.close();
}
main();
