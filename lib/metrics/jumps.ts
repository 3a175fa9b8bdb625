/**
 * Big jumps: year-on-year changes far beyond an index's usual movement, so that a page can show them
 * with a note and say when a pace, projection or catch-up estimate rests on one (issue 20, "Outliers
 * shown, not used silently"; METHODS.md, "A big jump is data, not noise to hide").
 *
 * Rules:
 * - a year-on-year change is `x(y + 1) − x(y)` for adjacent calendar years, both in the same series
 *   (preferred source per year, observations.ts); a gap year breaks the chain (2019 → 2021 is not a
 *   year-on-year change), and a value in another series is never used;
 * - the threshold is the 99th percentile of the absolute year-on-year changes of all kab/kota of the
 *   dataset for that index and series, by linear interpolation (type 7, stats.ts):
 *   `h = (n − 1)·0.99`, `T = a[⌊h⌋] + (h − ⌊h⌋)·(a[⌊h⌋+1] − a[⌊h⌋])`, a the absolute changes ascending;
 * - a change is a big jump when `|change| > T` (strictly). Any region's changes (a province's too) are
 *   judged against the kab/kota threshold.
 * Changes are in index points, cleaned of binary noise (`difference`, stats.ts).
 */
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";
import { seriesPoints } from "./observations";
import { rankedRegions } from "./rank";
import { difference, quantileSorted } from "./stats";

/** The quantile of all kab/kota absolute year-on-year changes above which a change is a big jump. */
export const JUMP_QUANTILE = 0.99;

export interface YearChange {
  region: string;
  fromYear: number;
  /** Always fromYear + 1. */
  toYear: number;
  from: number;
  to: number;
  /** to − from, in index points (negative = fell). */
  change: number;
}

export interface JumpThreshold {
  indicator: string;
  series: string;
  quantile: number;
  /** Absolute change in index points; a change must exceed it to be a big jump. */
  threshold: number;
  /** Kab/kota year-on-year changes the threshold is taken from. */
  changes: number;
}

/** A region's year-on-year changes in one series, oldest first. */
export function regionChanges(d: Dataset, indicator: string, series: string, region: string): YearChange[] {
  return memo(d, `regionChanges|${indicator}|${series}|${region}`, () => {
    const points = seriesPoints(d, region, indicator, series);
    const out: YearChange[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (b.year === a.year + 1) {
        out.push({ region, fromYear: a.year, toYear: b.year, from: a.value, to: b.value, change: difference(b.value, a.value) });
      }
    }
    return out;
  });
}

/** Every kab/kota year-on-year change of an index in one series (provinces and Indonesia excluded). Memoised per dataset. */
export function yearOnYearChanges(d: Dataset, indicator: string, series: string): YearChange[] {
  return memo(d, `yearOnYearChanges|${indicator}|${series}`, () =>
    rankedRegions(d).flatMap((r) => regionChanges(d, indicator, series, r.code)),
  );
}

/** The big-jump threshold of an index and series; null when no kab/kota has two adjacent years in it. Memoised per dataset. */
export function jumpThreshold(d: Dataset, indicator: string, series: string): JumpThreshold | null {
  return memo(d, `jumpThreshold|${indicator}|${series}`, () => {
    const absolute = yearOnYearChanges(d, indicator, series)
      .map((c) => Math.abs(c.change))
      .sort((a, b) => a - b);
    const threshold = quantileSorted(absolute, JUMP_QUANTILE);
    return threshold === null ? null : { indicator, series, quantile: JUMP_QUANTILE, threshold, changes: absolute.length };
  });
}

/** The region's year-on-year changes in the series that are big jumps (|change| > threshold), oldest first. */
export function bigJumps(d: Dataset, indicator: string, series: string, region: string): YearChange[] {
  return memo(d, `bigJumps|${indicator}|${series}|${region}`, () => {
    const t = jumpThreshold(d, indicator, series);
    return t ? regionChanges(d, indicator, series, region).filter((c) => Math.abs(c.change) > t.threshold) : [];
  });
}

/**
 * The big jumps a window from `fromYear` to `toYear` rests on: those with fromYear ≤ jump.fromYear and
 * jump.toYear ≤ toYear, i.e. inside the span a pace, a projection or a catch-up estimate is computed
 * over. Non-empty means the figure is "built on a big jump". Pass the window of the figure itself
 * (e.g. a Pace's `from.year` and `to.year`).
 */
export function jumpsInWindow(
  d: Dataset,
  indicator: string,
  series: string,
  region: string,
  fromYear: number,
  toYear: number,
): YearChange[] {
  return bigJumps(d, indicator, series, region).filter((j) => j.fromYear >= fromYear && j.toYear <= toYear);
}
