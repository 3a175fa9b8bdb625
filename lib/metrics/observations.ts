/**
 * Reading values out of the validated dataset: which published value stands for a region, indicator,
 * year and methodology series when several sources give one, and which series to show. A line never
 * joins two series; values whose series the source did not state ("unstated") never join any line.
 */
import type { Observation, Source, SourceKind } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";

/** When two sources publish a value for the same region, indicator, year and series: BPS first, then an official report, news quoting BPS, a third-party dataset, and the paper last. */
export const SOURCE_PRECEDENCE: Record<SourceKind, number> = { bps: 0, government: 1, news: 2, dataset: 3, paper: 4 };

export const UNSTATED_SERIES = "unstated";

export interface OtherValue {
  value: number;
  source: string;
}

export interface SeriesPoint {
  year: number;
  value: number;
  /** Source of the value shown (the preferred one). */
  source: string;
  /** Other sources that publish a different value for the same year and series. */
  alternatives: OtherValue[];
  /** Other sources that publish the same value. */
  confirmations: string[];
}

interface Index {
  byRegionIndicator: Map<string, Observation[]>;
  byIndicatorYear: Map<string, Observation[]>;
  sources: Map<string, Source>;
  seriesOrder: Map<string, number>;
  headline: Map<string, string>;
}

const indexes = new WeakMap<Dataset, Index>();

/** Lookups built once per dataset, so a page for 514 regions stays linear. */
function indexOf(d: Dataset): Index {
  let idx = indexes.get(d);
  if (idx) return idx;
  const byRegionIndicator = new Map<string, Observation[]>();
  const byIndicatorYear = new Map<string, Observation[]>();
  for (const o of d.observations) {
    push(byRegionIndicator, `${o.region}|${o.indicator}`, o);
    push(byIndicatorYear, `${o.indicator}|${o.year}`, o);
  }
  for (const list of byRegionIndicator.values()) list.sort((a, b) => a.year - b.year);
  idx = {
    byRegionIndicator,
    byIndicatorYear,
    sources: new Map(d.sources.map((s) => [s.id, s])),
    seriesOrder: new Map(d.series.map((s, i) => [`${s.indicator}|${s.code}`, i])),
    headline: new Map(d.series.filter((s) => s.headline).map((s) => [s.indicator, s.code])),
  };
  indexes.set(d, idx);
  return idx;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function sourceOf(d: Dataset, id: string): Source {
  const s = indexOf(d).sources.get(id);
  if (!s) throw new Error(`unknown source ${id}`); // validated data never gets here
  return s;
}

function precedence(d: Dataset, o: Observation): number {
  return SOURCE_PRECEDENCE[sourceOf(d, o.source).kind];
}

/** All observations of one region and indicator, oldest first. */
export function observationsOf(d: Dataset, region: string, indicator: string): readonly Observation[] {
  return indexOf(d).byRegionIndicator.get(`${region}|${indicator}`) ?? [];
}

/** All observations of one indicator in one year, every region. */
export function observationsInYear(d: Dataset, indicator: string, year: number): readonly Observation[] {
  return indexOf(d).byIndicatorYear.get(`${indicator}|${year}`) ?? [];
}

/** Pick the preferred published value among observations of one year and series. */
export function choosePoint(d: Dataset, observations: readonly Observation[]): SeriesPoint | null {
  const withValue = observations.filter((o): o is Observation & { value: number } => o.value !== null);
  if (withValue.length === 0) return null;
  const sorted = [...withValue].sort((a, b) => precedence(d, a) - precedence(d, b));
  const best = sorted[0]!;
  const others = sorted.slice(1);
  return {
    year: best.year,
    value: best.value,
    source: best.source,
    alternatives: others.filter((o) => o.value !== best.value).map((o) => ({ value: o.value, source: o.source })),
    confirmations: others.filter((o) => o.value === best.value).map((o) => o.source),
  };
}

/** One line of a chart: the preferred value per year within one series. Missing years are simply absent. */
export function seriesPoints(d: Dataset, region: string, indicator: string, series: string): SeriesPoint[] {
  return memo(d, `seriesPoints|${region}|${indicator}|${series}`, () => computeSeriesPoints(d, region, indicator, series));
}

function computeSeriesPoints(d: Dataset, region: string, indicator: string, series: string): SeriesPoint[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of observationsOf(d, region, indicator)) if (o.series === series) push(byYear, o.year, o);
  const points: SeriesPoint[] = [];
  for (const list of byYear.values()) {
    const p = choosePoint(d, list);
    if (p) points.push(p);
  }
  return points.sort((a, b) => a.year - b.year);
}

/** Series of an indicator in series.csv order (the headline first). */
export function seriesOrder(d: Dataset, indicator: string): string[] {
  const headline = indexOf(d).headline.get(indicator);
  const codes = d.series.filter((s) => s.indicator === indicator).map((s) => s.code);
  return headline ? [headline, ...codes.filter((c) => c !== headline)] : codes;
}

/** Series (not "unstated") in which a region has at least one value. */
export function seriesWithData(d: Dataset, region: string, indicator: string): string[] {
  const present = new Set(
    observationsOf(d, region, indicator)
      .filter((o) => o.value !== null && o.series !== UNSTATED_SERIES)
      .map((o) => o.series),
  );
  return seriesOrder(d, indicator).filter((s) => present.has(s));
}

/**
 * The series to lead with for a region: the one with the most recent value; on a tie the headline
 * series (the one BPS now publishes as the official figure), then series.csv order.
 */
export function mainSeries(d: Dataset, region: string, indicator: string): string | null {
  let best: string | null = null;
  let bestYear = -Infinity;
  for (const s of seriesWithData(d, region, indicator)) {
    const last = seriesPoints(d, region, indicator, s).at(-1);
    if (last && last.year > bestYear) {
      best = s;
      bestYear = last.year;
    }
  }
  return best;
}

/** Every published value for a region, indicator and year, all series, preferred source first. */
export function publishedInYear(
  d: Dataset,
  region: string,
  indicator: string,
  year: number,
): Array<Observation & { value: number }> {
  return observationsOf(d, region, indicator)
    .filter((o): o is Observation & { value: number } => o.year === year && o.value !== null)
    .sort((a, b) => precedence(d, a) - precedence(d, b) || seriesRank(d, a) - seriesRank(d, b));
}

function seriesRank(d: Dataset, o: Observation): number {
  return indexOf(d).seriesOrder.get(`${o.indicator}|${o.series}`) ?? 999;
}

/** Years in which an indicator has any value, ascending. */
export function yearsOf(d: Dataset, indicator: string): number[] {
  return memo(d, `yearsOf|${indicator}`, () => {
    const years = new Set<number>();
    for (const o of d.observations) if (o.indicator === indicator && o.value !== null) years.add(o.year);
    return [...years].sort((a, b) => a - b);
  });
}

/** Whether a region has any published value of an indicator in a year (any series): for coverage grids. */
export function hasValue(d: Dataset, region: string, indicator: string, year: number): boolean {
  const index = memo(
    d,
    "hasValue",
    () => new Set(d.observations.filter((o) => o.value !== null).map((o) => `${o.region}|${o.indicator}|${o.year}`)),
  );
  return index.has(`${region}|${indicator}|${year}`);
}

/** The four headline indices (no parent), in indicators.csv order. */
export function headlineIndicators(d: Dataset) {
  return d.indicators.filter((i) => i.parent === null);
}
