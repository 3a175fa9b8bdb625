/**
 * All kab/kota values of one index in one year and series, for a strip chart of the national
 * distribution: the values sorted, their quartiles, and where given regions sit among them.
 *
 * - The values are the ranking's (`rankInSeries`): kab/kota only, one series, preferred source.
 * - Quartiles interpolate linearly (type 7, stats.ts), in the index's own units.
 * - A kab/kota's percentile is the percentile rank of its value, ties counted half:
 *   `100 · (below + ½ · equal) / n` over the n kab/kota values. It is about the value, not about
 *   better or worse (a high IKG has a high percentile); the rank carries the direction.
 * - A province or Indonesia is placed by its value only (same series and year); it is never ranked
 *   and gets no percentile.
 */
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";
import { regionRank, rankInSeries } from "./national-rank";
import { rankedRegions, valuesIn } from "./rank";
import { percentileRank, quartilesSorted, type Quartiles } from "./stats";

export interface Distribution {
  indicator: string;
  year: number;
  series: string;
  within: string | null;
  /** Kab/kota values, lowest value first (equal values by region code). */
  values: { region: string; value: number }[];
  quartiles: Quartiles;
  /** Kab/kota in scope, with or without a value. */
  total: number;
}

export type DistributionPosition =
  | {
      kind: "kab-kota";
      region: string;
      value: number;
      /** Direction-aware rank, 1 = best (national-rank.ts). */
      rank: number;
      /** Percentile rank of the value, 0–100. */
      percentile: number;
    }
  /** A province or Indonesia: a reference line at its value, never ranked. */
  | { kind: "reference"; region: string; value: number }
  /** No value in this series and year, a kab/kota outside the area the distribution is within, or an unknown code. */
  | { kind: "no-value"; region: string };

/** The distribution of one index in one year and series. Null when no kab/kota in scope has a value. Memoised per dataset. */
export function distributionOf(
  d: Dataset,
  indicator: string,
  year: number,
  series: string,
  within?: string | null,
): Distribution | null {
  return memo(d, `distributionOf|${indicator}|${year}|${series}|${within ?? ""}`, () => {
    const ranking = rankInSeries(d, indicator, year, series, within);
    if (!ranking) return null;
    const values = ranking.ranked
      .map((r) => ({ region: r.region, value: r.value }))
      .sort((a, b) => a.value - b.value || a.region.localeCompare(b.region));
    return {
      indicator,
      year,
      series,
      within: ranking.within,
      values,
      quartiles: quartilesSorted(values.map((v) => v.value))!,
      total: ranking.total,
    };
  });
}

/** The values alone, ascending, for percentile look-ups. */
function sortedValues(d: Dataset, dist: Distribution): number[] {
  return memo(d, `distributionValues|${dist.indicator}|${dist.year}|${dist.series}|${dist.within ?? ""}`, () =>
    dist.values.map((v) => v.value),
  );
}

/** Where each given region sits in a distribution: a kab/kota with value, rank and percentile; a province or Indonesia by its value. */
export function positionsIn(d: Dataset, dist: Distribution, regions: readonly string[]): DistributionPosition[] {
  const kabKota = new Set(rankedRegions(d).map((r) => r.code));
  const all = valuesIn(d, dist.indicator, dist.year, dist.series);
  return regions.map((region): DistributionPosition => {
    const rank = regionRank(d, dist.indicator, dist.year, dist.series, region, dist.within);
    if (rank) {
      const percentile = percentileRank(sortedValues(d, dist), rank.value)!;
      return { kind: "kab-kota", region, value: rank.value, rank: rank.rank, percentile };
    }
    const own = all.get(region);
    return own && !kabKota.has(region) ? { kind: "reference", region, value: own.value } : { kind: "no-value", region };
  });
}
