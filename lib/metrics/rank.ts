/**
 * Regional comparison: which regions lead on an indicator in a year, and where the focus region
 * stands over time. Regencies and cities are ranked within one methodology series (never a mix);
 * the province and Indonesia are references, not ranked.
 */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";
import { UNSTATED_SERIES, choosePoint, observationsInYear, seriesOrder, yearsOf, type SeriesPoint } from "./observations";

const RANKED_LEVELS = new Set(["kabupaten", "kota"]);

export interface RankedValue {
  region: string;
  value: number;
  source: string;
  /** 1 = best (highest, or lowest for IKG). Ties share a rank (1, 2, 2, 4). */
  rank: number;
}

export interface Ranking {
  indicator: string;
  year: number;
  series: string;
  ranked: RankedValue[];
  /** Province and national values in the same series and year, where published. */
  references: { region: string; value: number; source: string }[];
  /** Ranked-level regions without a value in this series and year. */
  missing: string[];
}

export function rankedRegions(d: Dataset): Region[] {
  return memo(d, "rankedRegions", () => d.regions.filter((r) => RANKED_LEVELS.has(r.level)));
}

/** The ancestors of a region (province, nation), nearest first: the reference lines of a comparison. */
export function referenceRegions(d: Dataset, region: string): Region[] {
  const out: Region[] = [];
  let current = d.regions.find((r) => r.code === region);
  while (current?.parent) {
    const parent = d.regions.find((r) => r.code === current!.parent);
    if (!parent || out.includes(parent)) break;
    out.push(parent);
    current = parent;
  }
  return out;
}

/** Preferred value per region for one indicator, year and series. */
export function valuesIn(d: Dataset, indicator: string, year: number, series: string): Map<string, SeriesPoint> {
  return memo(d, `valuesIn|${indicator}|${year}|${series}`, () => computeValuesIn(d, indicator, year, series));
}

function computeValuesIn(d: Dataset, indicator: string, year: number, series: string): Map<string, SeriesPoint> {
  const byRegion = new Map<string, typeof observations>();
  const observations = observationsInYear(d, indicator, year).filter((o) => o.series === series);
  for (const o of observations) byRegion.set(o.region, [...(byRegion.get(o.region) ?? []), o]);
  const out = new Map<string, SeriesPoint>();
  for (const [region, list] of byRegion) {
    const p = choosePoint(d, list);
    if (p) out.set(region, p);
  }
  return out;
}

/** The series to compare regions in for a year: the one covering most regencies/cities; ties go to the headline series. */
export function comparisonSeries(d: Dataset, indicator: string, year: number): string | null {
  return memo(d, `comparisonSeries|${indicator}|${year}`, () => computeComparisonSeries(d, indicator, year));
}

function computeComparisonSeries(d: Dataset, indicator: string, year: number): string | null {
  const ranked = new Set(rankedRegions(d).map((r) => r.code));
  let best: string | null = null;
  let bestCount = 0;
  for (const series of seriesOrder(d, indicator)) {
    if (series === UNSTATED_SERIES) continue;
    const count = [...valuesIn(d, indicator, year, series).keys()].filter((r) => ranked.has(r)).length;
    if (count > bestCount) {
      best = series;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Standard competition ranking ("1, 2, 2, 4"): best first (the highest value, or the lowest when lower
 * is better), equal values by region code; a value equal to the one before it shares that rank, and
 * the next distinct value takes its position (1-based) in the sorted list.
 */
export function competitionRank<T extends { region: string; value: number }>(
  items: readonly T[],
  direction: Indicator["direction"],
): Array<T & { rank: number }> {
  const better = direction === "lower" ? (a: number, b: number) => a - b : (a: number, b: number) => b - a;
  const sorted = [...items].sort((a, b) => better(a.value, b.value) || a.region.localeCompare(b.region));
  const ranked: Array<T & { rank: number }> = [];
  sorted.forEach((p, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...p, rank: prev && prev.value === p.value ? prev.rank : i + 1 });
  });
  return ranked;
}

/** Rank regencies and cities on an indicator in a year. Null when no region has a value that year. */
export function rankRegions(d: Dataset, indicator: string, year: number, focus?: string): Ranking | null {
  return memo(d, `rankRegions|${indicator}|${year}|${focus ?? ""}`, () => computeRanking(d, indicator, year, focus));
}

function computeRanking(d: Dataset, indicator: string, year: number, focus?: string): Ranking | null {
  const ind = d.indicators.find((i) => i.code === indicator);
  const series = comparisonSeries(d, indicator, year);
  if (!ind || !series) return null;
  const values = valuesIn(d, indicator, year, series);
  const regions = rankedRegions(d);
  const present = regions
    .filter((r) => values.has(r.code))
    .map((r) => ({ region: r.code, value: values.get(r.code)!.value, source: values.get(r.code)!.source }));
  const ranked: RankedValue[] = competitionRank(present, ind.direction);
  const refs = focus ? referenceRegions(d, focus) : d.regions.filter((r) => !RANKED_LEVELS.has(r.level));
  return {
    indicator,
    year,
    series,
    ranked,
    references: refs
      .filter((r) => values.has(r.code))
      .map((r) => ({ region: r.code, value: values.get(r.code)!.value, source: values.get(r.code)!.source })),
    missing: regions.filter((r) => !values.has(r.code)).map((r) => r.code),
  };
}

/** The latest year in which any regency or city has a value for the indicator. */
export function latestRankedYear(d: Dataset, indicator: string): number | null {
  return memo(d, `latestRankedYear|${indicator}`, () => computeLatestRankedYear(d, indicator));
}

function computeLatestRankedYear(d: Dataset, indicator: string): number | null {
  const ranked = new Set(rankedRegions(d).map((r) => r.code));
  const years = yearsOf(d, indicator).filter((y) =>
    observationsInYear(d, indicator, y).some((o) => ranked.has(o.region) && o.value !== null),
  );
  return years.at(-1) ?? null;
}

/** Rank of one region in every year it has a value: "3rd of 13 in 2023". */
export function rankHistory(d: Dataset, indicator: string, region: string): RankInYear[] {
  return memo(d, `rankHistory|${indicator}|${region}`, () => computeRankHistory(d, indicator, region));
}

export interface RankInYear {
  year: number;
  rank: number;
  of: number;
  series: string;
  /** Another region has the same value, so shares the rank. */
  tied: boolean;
}

function computeRankHistory(d: Dataset, indicator: string, region: string): RankInYear[] {
  const out: RankInYear[] = [];
  for (const year of yearsOf(d, indicator)) {
    const r = rankRegions(d, indicator, year);
    const me = r?.ranked.find((x) => x.region === region);
    if (r && me) {
      const tied = r.ranked.filter((x) => x.rank === me.rank).length > 1;
      out.push({ year, rank: me.rank, of: r.ranked.length, series: r.series, tied });
    }
  }
  return out;
}
