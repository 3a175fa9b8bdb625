/**
 * Throughput of the production server for its heaviest page: finds the largest HTML among the
 * dashboard's pages, then drives it with autocannon (100 connections, 10 s by default) on loopback.
 * Usage: tsx bench/throughput.ts [base-url]   (THROUGHPUT_SECONDS to change the duration)
 */
import autocannon from "autocannon";
import { ROUTES } from "./routes.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const seconds = Number(process.env.THROUGHPUT_SECONDS ?? 10);

async function main() {
  const sizes: { path: string; bytes: number }[] = [];
  for (const path of [...ROUTES, "/perbandingan/ipm/2024", "/en/data"]) {
    const res = await fetch(base + path);
    sizes.push({ path, bytes: (await res.arrayBuffer()).byteLength });
  }
  const heaviest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
  const r = await autocannon({ url: base + heaviest.path, connections: 100, duration: seconds });
  console.log(
    `Throughput, heaviest page ${heaviest.path} (${(heaviest.bytes / 1024).toFixed(0)} KB HTML), 100 connections × ${seconds} s on loopback`,
  );
  console.log(
    `req/s ${r.requests.average.toFixed(0)} · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ${r.requests.total} requests · errors ${r.errors + r.timeouts} · non-2xx ${r.non2xx}`,
  );
  process.exit(r.errors + r.timeouts + r.non2xx > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
