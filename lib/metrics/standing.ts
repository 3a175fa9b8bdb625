/**
 * Where the focus region stands on one index for the plan year, as one consistent set of facts: the
 * latest official value, the target and the basis progress is measured on, the projection at the
 * current pace, the rank among regencies and cities, and what the latest year says against the trend.
 * Every page, the deck and the downloads read a region's position from here, so a status, a bar and
 * a sentence about the same figure cannot disagree.
 */
import type { Indicator } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { assessIndicator, type IndicatorAssessment } from "./assess";
import { headlineIndicators, mainSeries, seriesPoints, type SeriesPoint } from "./observations";
import { projectValue, type Status, type YearValue } from "./progress";
import { latestRankedYear, rankRegions } from "./rank";

export interface PublishedValue extends YearValue {
  series: string;
  source: string;
}

export interface RankPosition {
  rank: number;
  of: number;
  year: number;
  series: string;
}

/** What the latest year's change says beside the trend: a good year inside a flat or adverse trend is worth saying. */
export type YearVersusTrend =
  | "agrees" // the latest change and the trend point the same way, or there is no trend to compare
  | "good-year-weak-trend" // the latest change moved toward the goal, the trend barely moves or moves away
  | "bad-year-good-trend"; // the latest change moved away, the trend is on track

/** The target restated on the official series by the declared additive rule (METHODS, lib/metrics/README.md). */
export interface RestatedTarget {
  value: number;
  targetYear: number;
  /** The latest year both series publish, and the two values the shift is taken from. */
  year: number;
  official: PublishedValue;
  basis: PublishedValue;
}

export interface Standing {
  indicator: Indicator;
  assessment: IndicatorAssessment;
  /** Latest value in the series BPS now publishes as official (the region's main series). */
  official: PublishedValue | null;
  /** The official value's change since the previous year with data in the same series. */
  officialChange: { value: number; from: number; to: number } | null;
  /** The series progress is measured in, when it is not the official one (IPM: the old method, continued). */
  basisDiffers: boolean;
  /** The target's baseline as published: the year and series in which its value appears, when that is known. */
  baselineAsPublished: PublishedValue | null;
  /** Whether the basis series has any value after the baseline (as published, else as stated). */
  dataAfterBaseline: boolean;
  /** Projection for the plan year at the current pace, in the basis series (also without a target). */
  projected: YearValue | null;
  /** Target minus projection: positive when the projection falls short for a higher-is-better index. */
  gap: number | null;
  rank: RankPosition | null;
  yearVersusTrend: YearVersusTrend;
  restatedTarget: RestatedTarget | null;
  status: Status;
}

export function standing(d: Dataset, region: string, indicatorCode: string, planYear: number): Standing {
  const a = assessIndicator(d, region, indicatorCode);
  const { indicator, progress: p } = a;
  const officialSeries = mainSeries(d, region, indicatorCode);
  const officialPoints = officialSeries ? seriesPoints(d, region, indicatorCode, officialSeries) : [];
  const officialPoint = officialPoints.at(-1);
  const before = officialPoints.at(-2);
  const officialChange =
    officialPoint && before ? { value: officialPoint.value - before.value, from: before.year, to: officialPoint.year } : null;
  const baselineAsPublished = publishedBaseline(a);
  const baselineYear = baselineAsPublished?.year ?? a.goal?.baselineYear ?? null;
  const projected = p.projected ?? projectWithoutTarget(a, planYear);
  return {
    indicator,
    assessment: a,
    official: officialPoint && officialSeries ? published(officialPoint, officialSeries) : null,
    officialChange,
    basisDiffers: a.series !== null && officialSeries !== null && a.series !== officialSeries,
    baselineAsPublished,
    dataAfterBaseline: baselineYear !== null && p.latest !== null && p.latest.year > baselineYear,
    projected,
    gap: a.goal && projected ? a.goal.targetValue - projected.value : null,
    rank: rankOf(d, region, indicatorCode),
    yearVersusTrend: yearVersusTrend(a, officialChange?.value ?? null),
    restatedTarget: restateTarget(d, a, officialSeries),
    status: p.status,
  };
}

/** The four headline indices of a region, in indicators.csv order. */
export function standings(d: Dataset, region: string, planYear: number): Standing[] {
  return headlineIndicators(d).map((i) => standing(d, region, i.code, planYear));
}

function published(p: SeriesPoint, series: string): PublishedValue {
  return { year: p.year, value: p.value, series, source: p.source };
}

/** When the target's series was recognised by its baseline value, where that value is published (IPM: BPS 2024, old method continued). */
function publishedBaseline(a: IndicatorAssessment): PublishedValue | null {
  const inferred = a.flags.find((f) => f.kind === "target-series-inferred");
  if (inferred?.kind === "target-series-inferred") return { ...inferred.match };
  if (!a.goal || a.series === null || a.scenario) return null;
  const same = a.points.find((pt) => pt.year === a.goal!.baselineYear && pt.value === a.goal!.baselineValue);
  return same ? published(same, a.series) : null;
}

/** Without a target the page still says where the current pace leads by the plan year. */
function projectWithoutTarget(a: IndicatorAssessment, planYear: number): YearValue | null {
  const p = a.progress;
  if (a.goal || !p.latest || !p.pace || planYear <= p.latest.year) return null;
  return { year: planYear, value: projectValue(p.latest, p.pace.perYear, planYear) };
}

/** Rank among regencies and cities in the latest year any of them has a value. */
function rankOf(d: Dataset, region: string, indicator: string): RankPosition | null {
  const year = latestRankedYear(d, indicator);
  const ranking = year === null ? null : rankRegions(d, indicator, year, region);
  const me = ranking?.ranked.find((r) => r.region === region);
  return ranking && me ? { rank: me.rank, of: ranking.ranked.length, year: ranking.year, series: ranking.series } : null;
}

/**
 * The latest change of the official value against the trend. With a target the trend is the status
 * (on track, or stalled / moving away); without one it is the no-target class.
 */
function yearVersusTrend(a: IndicatorAssessment, change: number | null): YearVersusTrend {
  const p = a.progress;
  if (change === null || change === 0 || !p.pace) return "agrees";
  const better = a.indicator.direction === "lower" ? -1 : 1;
  const goodYear = change * better > 0;
  const weakTrend = a.goal
    ? p.status === "stalled" || p.status === "moving-away"
    : a.trendWithoutTarget === "limited" || a.trendWithoutTarget === "deterioration";
  const goodTrend = a.goal ? p.status === "on-track" : a.trendWithoutTarget === "substantial";
  if (goodYear && weakTrend) return "good-year-weak-trend";
  if (!goodYear && goodTrend) return "bad-year-good-trend";
  return "agrees";
}

/**
 * The target restated on the official series, when progress is measured on another basis:
 * restated = target + (official − basis) in the latest year both series publish. Index points shift
 * roughly additively between the two IPM series (Kotabaru: 1.83 in 2023, 1.81 in 2024), which is why
 * a shift is used rather than a ratio. A computed equivalent, never the official target.
 */
function restateTarget(d: Dataset, a: IndicatorAssessment, officialSeries: string | null): RestatedTarget | null {
  if (!a.target || a.scenario || a.series === null || officialSeries === null || a.series === officialSeries) return null;
  const official = seriesPoints(d, a.region.code, a.indicator.code, officialSeries);
  const basis = a.points;
  const shared = basis.filter((b) => official.some((o) => o.year === b.year)).at(-1);
  if (!shared) return null;
  const o = official.find((x) => x.year === shared.year)!;
  return {
    value: a.target.targetValue + (o.value - shared.value),
    targetYear: a.target.targetYear,
    year: shared.year,
    official: published(o, officialSeries),
    basis: published(shared, a.series),
  };
}
