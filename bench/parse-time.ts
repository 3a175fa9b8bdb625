/**
 * Time to parse and validate a dataset folder in one process (files read once, then validated
 * repeatedly): median, min and max over runs. Usage: tsx bench/parse-time.ts FOLDER [runs]
 * Goal for the synthetic national dataset (514 regions): under 300 ms on a 2-core machine.
 */
import { performance } from "node:perf_hooks";
import { readDataFiles } from "../lib/data/load";
import { validateFiles } from "../lib/data/validate";

export async function timeValidation(
  dir: string,
  runs = 7,
): Promise<{ median: number; min: number; max: number; rows: number; ok: boolean }> {
  const files = await readDataFiles(dir);
  const times: number[] = [];
  let rows = 0;
  let ok = true;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = validateFiles(files);
    const ms = performance.now() - t0;
    if (i > 0) times.push(ms); // the first run warms up the JIT
    ok = r.ok;
    if (r.ok) rows = r.summary.rows;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, rows, ok };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const dir = process.argv[2] ?? "data";
  timeValidation(dir, Number(process.argv[3] ?? 7)).then((r) =>
    console.log(
      `parse+validate ${dir}: ${r.rows} rows, ok=${r.ok}, median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`,
    ),
  );
}
