// Lighthouse on every page, mobile emulation (Lighthouse's default: simulated slow 4G and a 4× slower
// CPU), against a running production server. Prints performance score, LCP, TBT, CLS and the
// accessibility score per page; goals: performance ≥ 95, CLS 0, accessibility 100.
// Usage: node bench/lighthouse.mjs [base-url] [runs]   (median of runs per page; default 1)
// Plain JavaScript on purpose: Lighthouse sends some of its own functions into the page as text,
// and a TypeScript loader's helpers (e.g. __name) would not exist there.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, systemChromium } from "../scripts/chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const runs = Number(process.argv[3] ?? 1);
export const LIGHTHOUSE_PAGES = process.env.LH_PAGES
  ? process.env.LH_PAGES.split(",")
  : [
      "/",
      "/indikator/ipm",
      "/indikator/ikg",
      "/perbandingan",
      "/perbandingan/ikg/2023",
      "/kelembagaan",
      "/data",
      "/periksa",
      "/presentasi",
      "/en",
      "/en/indikator/ikg",
    ];

const chromePath = systemChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
console.log(`Lighthouse (mobile emulation), ${runs} run(s) per page, median shown; goals: perf ≥ 95, CLS 0, a11y 100`);
console.log(
  `${"page".padEnd(24)} ${"perf".padStart(5)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(7)} ${"CLS".padStart(6)} ${"a11y".padStart(5)}  goals`,
);
let allMet = true;
try {
  for (const page of LIGHTHOUSE_PAGES) {
    const r = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(base + page, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      r.push({
        perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
        tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        failing: Object.values(lhr.audits)
          .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id) && a.score !== null && a.score < 1)
          .map((a) => a.id),
      });
    }
    const m = {
      perf: median(r.map((x) => x.perf)),
      lcp: median(r.map((x) => x.lcp)),
      tbt: median(r.map((x) => x.tbt)),
      cls: median(r.map((x) => x.cls)),
      a11y: median(r.map((x) => x.a11y)),
    };
    const met = m.perf >= 95 && m.cls === 0 && m.a11y === 100;
    allMet &&= met;
    const a11yNote = m.a11y < 100 ? `  (a11y: ${[...new Set(r.flatMap((x) => x.failing))].join(", ")})` : "";
    console.log(
      `${page.padEnd(24)} ${String(m.perf).padStart(5)} ${m.lcp.toFixed(0).padStart(7)} ${m.tbt.toFixed(0).padStart(7)} ${m.cls.toFixed(3).padStart(6)} ${String(m.a11y).padStart(5)}  ${met ? "met" : "NOT met"}${a11yNote}`,
    );
  }
} finally {
  await chrome.kill();
}
console.log(allMet ? "All Lighthouse goals met." : "Some Lighthouse goals are not met (rows marked NOT met).");
