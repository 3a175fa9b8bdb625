/** The institutional record: APE/PPE predicates, preferring the best source per region and year. */
import type { ApeRecord } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { SOURCE_PRECEDENCE, sourceOf } from "./observations";

/** One APE record per region and year: the best-sourced one. */
export function apeByRegionYear(d: Dataset): Map<string, ApeRecord> {
  const best = new Map<string, ApeRecord>();
  for (const r of d.ape) {
    const key = `${r.region}|${r.year}`;
    const have = best.get(key);
    if (!have || SOURCE_PRECEDENCE[sourceOf(d, r.source).kind] < SOURCE_PRECEDENCE[sourceOf(d, have.source).kind])
      best.set(key, r);
  }
  return best;
}

/** The most recent APE/PPE result of a region, or undefined when none is recorded. */
export function latestApe(d: Dataset, region: string): ApeRecord | undefined {
  return [...apeByRegionYear(d).values()].filter((r) => r.region === region).sort((a, b) => b.year - a.year)[0];
}
