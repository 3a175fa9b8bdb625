// Lighthouse on every page, mobile emulation (Lighthouse's default: simulated slow 4G and a 4× slower
// CPU), against a running production server. The blank page of the same build is measured first: it
// is the floor this machine and the framework allow, and each page is held to it: performance at most
// 5 points below the blank page, total blocking time at most 300 ms above it, CLS 0, accessibility 100.
// Usage: node bench/lighthouse.mjs [base-url] [runs]   (median of runs per page; default 3)
// Plain JavaScript on purpose: Lighthouse sends some of its own functions into the page as text,
// and a TypeScript loader's helpers (e.g. __name) would not exist there.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, systemChromium } from "../scripts/chromium.mjs";
import { BLANK, ROUTES } from "./routes.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const runs = Number(process.argv[3] ?? 3);
const pages = process.env.LH_PAGES ? process.env.LH_PAGES.split(",") : ROUTES;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(chrome, page) {
  const r = [];
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(base + page, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const a11yIds = new Set(lhr.categories.accessibility.auditRefs.map((ref) => ref.id));
    r.push({
      perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
      tbt: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
      cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
      a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      failing: Object.values(lhr.audits)
        .filter((a) => a11yIds.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => a.id),
    });
  }
  const m = Object.fromEntries(["perf", "lcp", "tbt", "cls", "a11y"].map((k) => [k, median(r.map((x) => x[k]))]));
  return { ...m, failing: [...new Set(r.flatMap((x) => x.failing))] };
}

/** Which goals a page misses, each with by how much. */
function misses(m, floor) {
  const out = [];
  if (m.perf < floor.perf - 5) out.push(`perf ${floor.perf - 5 - m.perf} below`);
  if (m.tbt > floor.tbt + 300) out.push(`TBT ${(m.tbt - floor.tbt - 300).toFixed(0)} ms over`);
  if (m.cls > 0) out.push(`CLS ${m.cls.toFixed(3)} over`);
  if (m.a11y < 100) out.push(`a11y ${100 - m.a11y} below (${m.failing.join(", ")})`);
  return out;
}

const row = (page, m, note) =>
  `${page.padEnd(24)} ${String(m.perf).padStart(5)} ${m.lcp.toFixed(0).padStart(7)} ${m.tbt.toFixed(0).padStart(7)} ${m.cls.toFixed(3).padStart(6)} ${String(m.a11y).padStart(5)}  ${note}`;

const chrome = await chromeLauncher.launch({
  chromePath: systemChromium(),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
let allMet = true;
try {
  const floor = await measure(chrome, BLANK);
  console.log(
    `Lighthouse (mobile emulation), ${runs} run(s) per page, median shown; goals: perf ≥ ${floor.perf - 5} (blank − 5), TBT ≤ ${(floor.tbt + 300).toFixed(0)} ms (blank + 300), CLS 0, a11y 100`,
  );
  console.log(
    `${"page".padEnd(24)} ${"perf".padStart(5)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(7)} ${"CLS".padStart(6)} ${"a11y".padStart(5)}  goals`,
  );
  console.log(row(`${BLANK} (floor)`, floor, ""));
  for (const page of pages) {
    const m = await measure(chrome, page);
    const missed = misses(m, floor);
    allMet &&= missed.length === 0;
    console.log(row(page, m, missed.length ? `NOT met: ${missed.join("; ")}` : "met"));
  }
} finally {
  await chrome.kill();
}
console.log(allMet ? "All Lighthouse goals met." : "Some Lighthouse goals are not met (rows marked NOT met).");
