/**
 * Progress toward a target, in the spirit of the UN ESCAP / UNSD progress assessment: compare the
 * change a series is actually making with the change it needs, and say plainly whether the target is
 * in reach. Pure numbers in, numbers and a status out; no data access, no formatting. The formulas and
 * thresholds are written out in lib/metrics/README.md and on the methods page (/data).
 *
 * Everything is direction-aware: for IKG lower is better, so "moving toward the target" means falling.
 * Index points lead (BPS and the RPJMD speak in points); the compound annual rate is given beside them.
 */

export type ProgressDirection = "higher" | "lower";

export type Status =
  "achieved" | "on-track" | "needs-acceleration" | "stalled" | "moving-away" | "missed" | "no-target" | "insufficient-data";

/** The order the status rules are checked in (and listed on the methods page). */
export const STATUS_ORDER: Status[] = [
  "achieved",
  "missed",
  "insufficient-data",
  "moving-away",
  "stalled",
  "needs-acceleration",
  "on-track",
  "no-target",
];

export interface YearValue {
  year: number;
  value: number;
}

/** Years of history the achieved pace looks back over (the mean of up to five annual changes). */
export const PACE_WINDOW_YEARS = 5;
/** Anticipated share of the remaining change at or above which a series is on track (UNSD 2023). */
export const ON_TRACK_RATIO = 0.95;
/** Below this share the series is stalled: it moves the right way, but too slowly to matter (UNSD 2023). */
export const STALLED_RATIO = 0.1;

export interface Pace {
  /** Mean change per year in index points, from `from` to `to`. */
  perYear: number;
  from: YearValue;
  to: YearValue;
  /** Compound annual growth rate over the same span, e.g. 0.0145 for +1.45 %/yr; null if a value is not positive. */
  cagr: number | null;
}

/**
 * Achieved pace: (x_t − x_s) / (t − s), where t is the latest year and s the earliest year with data
 * within `window` years before it, in the same series. Null with fewer than two years.
 */
export function achievedPace(points: readonly YearValue[], window = PACE_WINDOW_YEARS): Pace | null {
  if (points.length < 2) return null;
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const to = sorted[sorted.length - 1]!;
  const from = sorted.find((p) => p.year >= to.year - window)!;
  if (from.year === to.year) return null;
  const years = to.year - from.year;
  return {
    perYear: (to.value - from.value) / years,
    from,
    to,
    cagr: from.value > 0 && to.value > 0 ? Math.pow(to.value / from.value, 1 / years) - 1 : null,
  };
}

/** Required pace: (x_T − x_t) / (T − t) points per year, from the latest year to the target year. Null once T ≤ t. */
export function requiredPace(latest: YearValue, target: YearValue): number | null {
  if (target.year <= latest.year) return null;
  return (target.value - latest.value) / (target.year - latest.year);
}

/** The value in `year` if the series keeps its achieved pace: x̂ = x_t + pace · (year − t). */
export function projectValue(latest: YearValue, perYear: number, year: number): number {
  return latest.value + perYear * (year - latest.year);
}

/** Share of the baseline→target distance covered: (x_t − x_b) / (x_T − x_b). Negative when moving away; null when target = baseline. */
export function shareCovered(baseline: number, target: number, latest: number): number | null {
  if (target === baseline) return null;
  return (latest - baseline) / (target - baseline);
}

export function isAchieved(direction: ProgressDirection, latest: number, target: number): boolean {
  return direction === "higher" ? latest >= target : latest <= target;
}

/**
 * Status from the pace ratio r = achieved pace / required pace (both signed, so the direction cancels).
 * r is also the share of the remaining change the current trend would deliver by the target year.
 *   achieved            latest already meets the target
 *   missed              target year reached or passed without meeting it
 *   moving-away         r < 0
 *   stalled             0 ≤ r < 0.10
 *   needs-acceleration  0.10 ≤ r < 0.95
 *   on-track            r ≥ 0.95
 *   insufficient-data   fewer than two years in the series (no pace)
 */
export function classifyProgress(input: {
  direction: ProgressDirection;
  latest: YearValue;
  target: YearValue;
  pace: Pace | null;
}): { status: Status; ratio: number | null } {
  const { direction, latest, target, pace } = input;
  if (isAchieved(direction, latest.value, target.value)) return { status: "achieved", ratio: null };
  const required = requiredPace(latest, target);
  if (required === null) return { status: "missed", ratio: null };
  if (pace === null) return { status: "insufficient-data", ratio: null };
  const ratio = pace.perYear / required;
  if (ratio < 0) return { status: "moving-away", ratio };
  if (ratio < STALLED_RATIO) return { status: "stalled", ratio };
  if (ratio < ON_TRACK_RATIO) return { status: "needs-acceleration", ratio };
  return { status: "on-track", ratio };
}

export interface ProgressTarget {
  baseline: YearValue;
  target: YearValue;
}

export interface Progress {
  latest: YearValue | null;
  /** The year before the latest with data in the same series (not always latest − 1). */
  previous: YearValue | null;
  changeSincePrevious: number | null;
  pace: Pace | null;
  /** Points per year needed from the latest year to reach the target. */
  required: number | null;
  /** Value the achieved pace projects for the target year. */
  projected: YearValue | null;
  /** Target minus projected value at the target year: what the current trend leaves undone (signed). */
  gapAtTarget: number | null;
  /** Share of the baseline→target distance covered, against the target's own stated baseline. */
  share: number | null;
  ratio: number | null;
  status: Status;
}

export function computeProgress(input: {
  direction: ProgressDirection;
  points: readonly YearValue[];
  target: ProgressTarget | null;
  window?: number;
}): Progress {
  const points = input.points.map(({ year, value }) => ({ year, value })).sort((a, b) => a.year - b.year);
  const latest = points[points.length - 1] ?? null;
  const previous = points[points.length - 2] ?? null;
  const pace = achievedPace(points, input.window);
  const base: Progress = {
    latest,
    previous,
    changeSincePrevious: latest && previous ? latest.value - previous.value : null,
    pace,
    required: null,
    projected: null,
    gapAtTarget: null,
    share: null,
    ratio: null,
    status: input.target ? "insufficient-data" : "no-target",
  };
  if (!latest) return base;
  const { target } = input;
  if (!target) return base;
  const projected =
    pace && target.target.year > latest.year
      ? { year: target.target.year, value: projectValue(latest, pace.perYear, target.target.year) }
      : null;
  const { status, ratio } = classifyProgress({ direction: input.direction, latest, target: target.target, pace });
  return {
    ...base,
    required: requiredPace(latest, target.target),
    projected,
    gapAtTarget: projected ? target.target.value - projected.value : null,
    share: shareCovered(target.baseline.value, target.target.value, latest.value),
    ratio,
    status,
  };
}

/** Trend class for an indicator without a target (Statistics Canada / Open SDG rule). */
export type TrendClass = "substantial" | "moderate" | "limited" | "deterioration";

/**
 * Without a target: P = d · CAGR over the pace window, against 1.5 % and 0.5 % per year, scaled by
 * C = 1 − (x_b / limit)^4.44 when the index has a natural limit (IPG → 100, parity), so a region close
 * to parity is not called stagnant only because it has little room left. Open SDG ProgressMeasure.
 */
export function classifyWithoutTarget(input: {
  direction: ProgressDirection;
  pace: Pace | null;
  naturalLimit: number | null;
}): { trend: TrendClass; scaledThresholds: [number, number] } | null {
  const { pace, naturalLimit } = input;
  if (!pace || pace.cagr === null) return null;
  const d = input.direction === "higher" ? 1 : -1;
  const p = d * pace.cagr;
  const c = naturalLimit === null ? 1 : limitScale(pace.from.value, naturalLimit);
  const high = 0.015 * c;
  const low = 0.005 * c;
  const trend: TrendClass = p >= high ? "substantial" : p >= low ? "moderate" : p >= 0 ? "limited" : "deterioration";
  return { trend, scaledThresholds: [high, low] };
}

function limitScale(base: number, limit: number): number {
  if (base <= limit) return 1 - Math.pow(base / limit, 4.44);
  if (base < 2 * limit) return 1 - Math.pow((2 * limit - base) / limit, 4.44);
  return 1;
}
