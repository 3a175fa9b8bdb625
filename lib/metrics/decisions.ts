/**
 * Where the RPJMD (as the paper quotes it) and BPS disagree about a target's starting point, the
 * decision the dashboard takes: both readings with their values and sources, which one the figures
 * use and why, and the status under each, so the office sees whether the verdict depends on it.
 *
 *  - target basis (IPM): the target names no methodology series; its baseline matches BPS's value in
 *    the old method, continued, while BPS now publishes the new method as official. Progress is
 *    measured on the old basis; the alternative reads the target on the official series as written.
 *  - baseline value (IKG): the stated baseline differs from BPS's value for the same year and series.
 *    BPS's value is used (source precedence); the alternative assumes the stated value for that year.
 */
import type { Dataset } from "@/lib/data/validate";
import { progressDirection } from "./assess";
import { SOURCE_PRECEDENCE, UNSTATED_SERIES, publishedInYear, seriesPoints, sourceOf } from "./observations";
import { computeProgress, type Status, type YearValue } from "./progress";
import type { PublishedValue, Standing } from "./standing";

export interface Outcome {
  /** The series the figures are read in. */
  series: string;
  /** The value assumed for the baseline year, when the alternative replaces a published value. */
  assumed: YearValue | null;
  latest: YearValue | null;
  status: Status;
  /** Points per year: needed from the latest year, and achieved over the pace window. */
  required: number | null;
  pace: number | null;
  projected: YearValue | null;
}

export interface Decision {
  indicator: string;
  kind: "target-basis" | "baseline-value";
  /** The target's baseline as the document states it. */
  stated: { year: number; value: number; source: string };
  /** What is published for the stated baseline year (every series and source, best first), and where the stated value appears. */
  published: PublishedValue[];
  matched: PublishedValue | null;
  /** The dashboard's reading first, then the alternative. */
  used: Outcome;
  alternative: Outcome;
}

export function decisionFor(d: Dataset, s: Standing): Decision | null {
  const a = s.assessment;
  const target = a.target;
  if (!target || a.scenario || a.series === null || !a.goal) return null;
  const stated = { year: target.baselineYear, value: target.baselineValue, source: target.source };
  const published = publishedInYear(d, a.region.code, a.indicator.code, target.baselineYear)
    .filter((o) => o.source !== target.source && o.series !== UNSTATED_SERIES)
    .map((o) => ({ year: o.year, value: o.value, series: o.series, source: o.source }));
  const used = outcome(s, a.series, a.points, null);
  if (s.basisDiffers && s.official) {
    return {
      indicator: a.indicator.code,
      kind: "target-basis",
      stated,
      published,
      matched: s.baselineAsPublished,
      used,
      alternative: outcome(s, s.official.series, seriesPoints(d, a.region.code, a.indicator.code, s.official.series), null),
    };
  }
  const inSeries = published.filter((p) => p.series === a.series);
  const best = inSeries.sort((x, y) => rank(d, x) - rank(d, y))[0];
  if (!best || best.value === stated.value) return null;
  const assumed = { year: stated.year, value: stated.value };
  const replaced = a.points.map((p) => (p.year === stated.year ? { ...p, value: stated.value } : p));
  return {
    indicator: a.indicator.code,
    kind: "baseline-value",
    stated,
    published,
    matched: null,
    used,
    alternative: outcome(s, a.series, replaced, assumed),
  };
}

function rank(d: Dataset, p: PublishedValue): number {
  return SOURCE_PRECEDENCE[sourceOf(d, p.source).kind];
}

/** Progress of the same target in one reading of the data. */
function outcome(s: Standing, series: string, points: readonly YearValue[], assumed: YearValue | null): Outcome {
  const goal = s.assessment.goal!;
  const p = computeProgress({
    direction: progressDirection(s.indicator),
    points,
    target: {
      baseline: { year: goal.baselineYear, value: goal.baselineValue },
      target: { year: goal.targetYear, value: goal.targetValue },
    },
  });
  return {
    series,
    assumed,
    latest: p.latest,
    status: p.status,
    required: p.required,
    pace: p.pace?.perYear ?? null,
    projected: p.projected,
  };
}
