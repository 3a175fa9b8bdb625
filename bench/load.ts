/**
 * Load test of the production server on loopback: 100 concurrent connections for 20 s on the
 * overview, an indicator page and a CSV download, one after another. Prints requests per second,
 * p50/p99/max latency and errors (autocannon's default: a request unanswered after 10 s is an error)
 * after 20 sequential warm-up requests per URL;
 * exits 1 on any error or non-2xx response. Starts and stops the production server as `npm start`
 * runs it (scripts/serve.mjs) on 127.0.0.1 (needs a build: npm run build).
 * Usage: tsx bench/load.ts   (LOAD_SECONDS, LOAD_CONNECTIONS to change the defaults)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:http";
import autocannon from "autocannon";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const PORT = Number(process.env.LOAD_PORT ?? 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const WARMUP_REQUESTS = 20;
export const LOAD_TARGETS = ["/", "/indikator/ikg", "/unduh/data/observations.csv"];

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** One request on a new connection (so the kernel can give it to any worker), body read to the end. */
function getOnce(url: string) {
  return new Promise<void>((resolve, reject) => {
    get(url, { agent: false }, (res) => res.resume().on("end", resolve).on("error", reject)).on("error", reject);
  });
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run npm run build first");
  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    stdio: "ignore",
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(PORT) },
  });
  let failed = false;
  try {
    await waitFor(BASE + "/");
    console.log(
      `Load: ${CONNECTIONS} connections × ${SECONDS} s per URL, production server (scripts/serve.mjs) on ${BASE} (loopback only)`,
    );
    console.log(
      `${"url".padEnd(32)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)} ${"requests".padStart(9)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)} ${"MB/s".padStart(6)}`,
    );
    for (const path of LOAD_TARGETS) {
      // Warm-up, one request at a time: a page's first request loads its code in each worker.
      for (let i = 0; i < WARMUP_REQUESTS; i++) await getOnce(BASE + path);
      const r = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: SECONDS });
      const bad = r.errors + r.timeouts + r.non2xx;
      failed ||= bad > 0;
      console.log(
        `${path.padEnd(32)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.latency.max).padStart(7)} ${String(r.requests.total).padStart(9)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)} ${(r.throughput.average / 1048576).toFixed(1).padStart(6)}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
