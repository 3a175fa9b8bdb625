/**
 * What every page needs from the data: the validated dataset and the focus region. Server only;
 * the dataset is read and validated once per process (lib/data/load).
 */
import { loadDataset } from "@/lib/data/load";
import type { DataIssue } from "@/lib/data/issues";
import type { Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";

/** The RPJMD's target year when the data names none for an indicator. */
export const DEFAULT_TARGET_YEAR = 2029;

export type Site = { ok: true; dataset: Dataset; focus: Region; planYear: number } | { ok: false; issues: DataIssue[] };

export async function loadSite(): Promise<Site> {
  const result = await loadDataset();
  if (!result.ok) return { ok: false, issues: result.issues };
  const d = result.dataset;
  const focus = d.regions.find((r) => r.code === d.settings.focusRegion)!;
  return { ok: true, dataset: d, focus, planYear: planYear(d, focus.code) };
}

/** The target year of the focus region's plan: the most common target year among its targets. */
export function planYear(d: Dataset, region: string): number {
  const counts = new Map<number, number>();
  for (const t of d.targets) if (t.region === region) counts.set(t.targetYear, (counts.get(t.targetYear) ?? 0) + 1);
  let best = DEFAULT_TARGET_YEAR;
  let n = 0;
  for (const [year, c] of counts) if (c > n) [best, n] = [year, c];
  return best;
}

/** The four headline indices (no parent), in indicators.csv order. */
export function headlineIndicators(d: Dataset) {
  return d.indicators.filter((i) => i.parent === null);
}
