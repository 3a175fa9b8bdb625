/**
 * Data-quality notes derived from the data itself: where more than one value is published for the
 * same region, indicator and year (different series or sources), so the methods page can list them
 * instead of a hand-written list that would go stale.
 */
import type { Dataset } from "@/lib/data/validate";
import { SOURCE_PRECEDENCE, sourceOf } from "./observations";

export interface PublishedConflict {
  region: string;
  indicator: string;
  year: number;
  values: { value: number; series: string; source: string }[];
}

/** Region-indicator-years with two or more different published values, for the given regions. */
export function publishedConflicts(d: Dataset, regions: string[]): PublishedConflict[] {
  const groups = new Map<string, PublishedConflict>();
  for (const o of d.observations) {
    if (o.value === null || !regions.includes(o.region)) continue;
    const key = `${o.region}|${o.indicator}|${o.year}`;
    const g = groups.get(key) ?? { region: o.region, indicator: o.indicator, year: o.year, values: [] };
    g.values.push({ value: o.value, series: o.series, source: o.source });
    groups.set(key, g);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.values.map((v) => v.value)).size > 1)
    .map((g) => ({
      ...g,
      values: g.values.sort(
        (a, b) => SOURCE_PRECEDENCE[sourceOf(d, a.source).kind] - SOURCE_PRECEDENCE[sourceOf(d, b.source).kind],
      ),
    }))
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
}
