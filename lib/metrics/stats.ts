/**
 * The few order statistics the national views need, written out so that every page, test and the
 * methods page use one definition. Quantiles interpolate linearly between order statistics (Hyndman &
 * Fan's type 7: R's and NumPy's default, Excel's PERCENTILE.INC, d3.quantile); a percentile rank
 * counts ties half (the "mid-rank" percentile rank). Inputs are sorted ascending; no rounding here.
 */
import { roundTo } from "./round";

/** Minimum, quartiles and maximum of a set of values, in the values' own units. */
export interface Quartiles {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * Quantile `p` (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation (type 7):
 * `h = (n − 1)·p`, `Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])` with x 0-based.
 * Q(0) is the minimum, Q(1) the maximum, Q(0.5) the usual median. Null for no values.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}

/** Minimum, Q(0.25), Q(0.5), Q(0.75) and maximum of values sorted ascending (type 7). Null for no values. */
export function quartilesSorted(sorted: readonly number[]): Quartiles | null {
  if (sorted.length === 0) return null;
  return {
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25)!,
    median: quantileSorted(sorted, 0.5)!,
    q3: quantileSorted(sorted, 0.75)!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Number of values sorted ascending that are strictly below `x` (binary search). */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values sorted ascending that are at most `x` (binary search). */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Percentile rank of `x` among values sorted ascending, in percent:
 * `PR = 100 · (below + ½ · equal) / n`, where `below` counts values < x and `equal` values = x
 * (x itself included when it belongs to the set). The lowest of five distinct values is 10, the
 * middle one 50, the highest 90. Null for no values.
 */
export function percentileRank(sorted: readonly number[], x: number): number | null {
  if (sorted.length === 0) return null;
  const below = countBelow(sorted, x);
  const equal = countAtMost(sorted, x) - below;
  return (100 * (below + equal / 2)) / sorted.length;
}

/** Decimal places a difference is cleaned to: far beyond any index's published decimals (at most 6). */
const CLEAN_DECIMALS = 10;

/**
 * A difference of two published values, `to − from`, cleaned of binary noise (0.481 − 0.267 is
 * 0.21399999999999997 in floating point) through the project's one rounding (round.ts) at 10 decimal
 * places, so that equal changes compare equal and a threshold or band edge is not crossed by
 * rounding error. The figure itself is not rounded for display.
 */
export function difference(to: number, from: number): number {
  return roundTo(to - from, CLEAN_DECIMALS);
}
