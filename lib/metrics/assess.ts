/**
 * Where one region stands on one indicator against its 2029 target: which series the comparison is
 * made in, the progress figures, and the flags a planner must see when sources or series disagree
 * (the paper's IPM baseline 70.61 "2023" is BPS's 2024 value in the old-method series; its IKG
 * baseline 0.551 differs from BPS's 0.571). A scenario target typed by a planner is assessed the
 * same way, but is never stored and is always labelled a scenario.
 */
import type { Indicator, Region, Target } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import {
  SOURCE_PRECEDENCE,
  UNSTATED_SERIES,
  mainSeries,
  observationsOf,
  publishedInYear,
  seriesPoints,
  seriesWithData,
  sourceOf,
  type SeriesPoint,
} from "./observations";
import { classifyWithoutTarget, computeProgress, type Progress, type ProgressDirection, type TrendClass } from "./progress";

export interface Scenario {
  targetYear: number;
  targetValue: number;
}

/** How the series used for progress was chosen. */
export type SeriesBasis =
  | "target-stated" // targets.csv names the series
  | "baseline-match" // the target's baseline value equals a published value in exactly one series
  | "only-series" // the region has values in one series only
  | "main-series"; // fallback: the series with the latest value (flagged when a target exists)

export interface PublishedRef {
  year: number;
  value: number;
  series: string;
  source: string;
}

export type Flag =
  /** The target does not say its series; its baseline value equals this published value, so that series is used. */
  | { kind: "target-series-inferred"; match: PublishedRef }
  /** The target does not say its series and nothing identifies it; the main series is used. */
  | { kind: "target-series-unknown"; series: string }
  /** The target's stated baseline differs from what is published for that year. */
  | { kind: "baseline-differs"; baselineYear: number; baselineValue: number; published: PublishedRef[] }
  /** Another series has values too (e.g. the SP2020-LF IPM that BPS now headlines); it is not compared with the target. */
  | { kind: "other-series"; series: string; latest: SeriesPoint }
  /** Other sources publish a different value for the latest year of the series shown. */
  | { kind: "latest-alternatives"; year: number; values: { value: number; source: string }[] }
  /** Target and latest value come from different sources. */
  | { kind: "different-sources"; targetSource: string; latestSource: string };

export interface IndicatorAssessment {
  indicator: Indicator;
  region: Region;
  /** Official target (targets.csv) for this region and indicator, the best-sourced if several. */
  target: Target | null;
  /** All official targets, best-sourced first. */
  allTargets: Target[];
  scenario: Scenario | null;
  /** Series used for the progress figures; null when the region has no values at all. */
  series: string | null;
  seriesBasis: SeriesBasis | null;
  points: SeriesPoint[];
  progress: Progress;
  /** Baseline and target the progress was measured against (official target or scenario). */
  goal: { baselineYear: number; baselineValue: number; targetYear: number; targetValue: number } | null;
  /** Share of the distance against the value published in the same series for the baseline year, when that differs from the stated baseline. */
  sharePublishedBaseline: number | null;
  trendWithoutTarget: TrendClass | null;
  flags: Flag[];
}

const EPSILON = 1e-9;

/** The RPJMD's target year when the data names none for an indicator. */
export const DEFAULT_TARGET_YEAR = 2029;

/** The target year of the focus region's plan: the most common target year among its targets. */
export function planYear(d: Dataset, region: string): number {
  const counts = new Map<number, number>();
  for (const t of d.targets) if (t.region === region) counts.set(t.targetYear, (counts.get(t.targetYear) ?? 0) + 1);
  let best = DEFAULT_TARGET_YEAR;
  let n = 0;
  for (const [year, c] of counts) if (c > n) [best, n] = [year, c];
  return best;
}

export function findRegion(d: Dataset, code: string): Region | undefined {
  return d.regions.find((r) => r.code === code);
}

export function findIndicator(d: Dataset, code: string): Indicator | undefined {
  return d.indicators.find((i) => i.code === code);
}

/** Targets for a region and indicator, best source first, then the nearest target year. */
export function targetsFor(d: Dataset, region: string, indicator: string): Target[] {
  return d.targets
    .filter((t) => t.region === region && t.indicator === indicator)
    .sort(
      (a, b) =>
        SOURCE_PRECEDENCE[sourceOf(d, a.source).kind] - SOURCE_PRECEDENCE[sourceOf(d, b.source).kind] ||
        a.targetYear - b.targetYear,
    );
}

export function progressDirection(indicator: Indicator): ProgressDirection {
  return indicator.direction === "lower" ? "lower" : "higher";
}

export function assessIndicator(
  d: Dataset,
  regionCode: string,
  indicatorCode: string,
  options: { scenario?: Scenario | null } = {},
): IndicatorAssessment {
  const indicator = findIndicator(d, indicatorCode);
  const region = findRegion(d, regionCode);
  if (!indicator || !region) throw new Error(`unknown region ${regionCode} or indicator ${indicatorCode}`);
  const allTargets = targetsFor(d, regionCode, indicatorCode);
  const target = allTargets[0] ?? null;
  const scenario = options.scenario ?? null;
  const flags: Flag[] = [];

  const { series, basis } = chooseSeries(d, regionCode, indicatorCode, scenario ? null : target, flags);
  const points = series === null ? [] : seriesPoints(d, regionCode, indicatorCode, series);
  const latestPoint = points.at(-1) ?? null;
  const goal = goalOf(target, scenario, latestPoint);
  const progress = computeProgress({
    direction: progressDirection(indicator),
    points,
    target: goal
      ? {
          baseline: { year: goal.baselineYear, value: goal.baselineValue },
          target: { year: goal.targetYear, value: goal.targetValue },
        }
      : null,
  });
  const sharePublishedBaseline = target && !scenario ? checkBaseline(d, target, series, points, flags) : null;
  otherValueFlags(d, regionCode, indicatorCode, series, latestPoint, flags);
  const trend = goal
    ? null
    : classifyWithoutTarget({
        direction: progressDirection(indicator),
        pace: progress.pace,
        naturalLimit: indicator.naturalLimit,
      });

  return {
    indicator,
    region,
    target,
    allTargets,
    scenario,
    series,
    seriesBasis: basis,
    points,
    progress,
    goal,
    sharePublishedBaseline,
    trendWithoutTarget: trend?.trend ?? null,
    flags,
  };
}

/**
 * The series progress is measured in: the one the target names; else the one series in which the
 * target's baseline value is published; else the region's only series; else the one with the latest
 * value (flagged, when a target exists).
 */
function chooseSeries(
  d: Dataset,
  region: string,
  indicator: string,
  target: Target | null,
  flags: Flag[],
): { series: string | null; basis: SeriesBasis | null } {
  const available = seriesWithData(d, region, indicator);
  const main = mainSeries(d, region, indicator);
  const fallback = {
    series: main,
    basis: main === null ? null : available.length === 1 ? ("only-series" as const) : ("main-series" as const),
  };
  if (!target) return fallback;
  if (target.series !== null) return { series: target.series, basis: "target-stated" };
  const matches = observationsOf(d, region, indicator).filter(
    (o) =>
      o.value !== null &&
      o.series !== UNSTATED_SERIES &&
      o.source !== target.source &&
      Math.abs(o.value - target.baselineValue) < EPSILON,
  );
  const matchedSeries = [...new Set(matches.map((m) => m.series))];
  if (matchedSeries.length === 1 && available.length > 1) {
    const m = matches[0]!;
    flags.push({ kind: "target-series-inferred", match: { year: m.year, value: m.value!, series: m.series, source: m.source } });
    return { series: m.series, basis: "baseline-match" };
  }
  if (available.length > 1 && main !== null) flags.push({ kind: "target-series-unknown", series: main });
  return fallback;
}

/** What progress is measured against: the official target, or a scenario from the latest value. */
function goalOf(target: Target | null, scenario: Scenario | null, latest: SeriesPoint | null): IndicatorAssessment["goal"] {
  if (scenario) {
    return latest
      ? {
          baselineYear: latest.year,
          baselineValue: latest.value,
          targetYear: scenario.targetYear,
          targetValue: scenario.targetValue,
        }
      : null;
  }
  return target
    ? {
        baselineYear: target.baselineYear,
        baselineValue: target.baselineValue,
        targetYear: target.targetYear,
        targetValue: target.targetValue,
      }
    : null;
}

/**
 * Flags where the target's stated baseline differs from what is published for that year, and where
 * the target and the latest value come from different sources. Returns the share of the distance
 * measured from the value published in the same series for the baseline year, when that differs.
 */
function checkBaseline(d: Dataset, target: Target, series: string | null, points: SeriesPoint[], flags: Flag[]): number | null {
  const region = target.region;
  const published = publishedInYear(d, region, target.indicator, target.baselineYear).filter(
    (o) => o.source !== target.source && o.series !== UNSTATED_SERIES,
  );
  const refs = dedupe(published.map((o) => ({ year: o.year, value: o.value, series: o.series, source: o.source })));
  const differs = refs.some((r) => Math.abs(r.value - target.baselineValue) > EPSILON);
  const sameInSeries = refs.some((r) => r.series === series && Math.abs(r.value - target.baselineValue) < EPSILON);
  if (differs && !sameInSeries) {
    flags.push({
      kind: "baseline-differs",
      baselineYear: target.baselineYear,
      baselineValue: target.baselineValue,
      published: refs,
    });
  }
  const latest = points.at(-1);
  if (latest && latest.source !== target.source)
    flags.push({ kind: "different-sources", targetSource: target.source, latestSource: latest.source });
  const sameSeries = points.find((p) => p.year === target.baselineYear);
  if (
    !sameSeries ||
    !latest ||
    Math.abs(sameSeries.value - target.baselineValue) <= EPSILON ||
    target.targetValue === sameSeries.value
  )
    return null;
  return (latest.value - sameSeries.value) / (target.targetValue - sameSeries.value);
}

/** Other series reaching as far (BPS's headline series beside the target's), and other sources' values for the latest year. */
function otherValueFlags(
  d: Dataset,
  region: string,
  indicator: string,
  series: string | null,
  latest: SeriesPoint | null,
  flags: Flag[],
) {
  for (const other of seriesWithData(d, region, indicator)) {
    if (other === series) continue;
    const last = seriesPoints(d, region, indicator, other).at(-1);
    if (last && latest && last.year >= latest.year) flags.push({ kind: "other-series", series: other, latest: last });
  }
  if (latest && latest.alternatives.length > 0)
    flags.push({ kind: "latest-alternatives", year: latest.year, values: latest.alternatives });
}

function dedupe(refs: PublishedRef[]): PublishedRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.series}|${r.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
