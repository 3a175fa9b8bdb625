import { parseDecimal } from "@/lib/data/decimal";
import { computeProgress, type Progress, type ProgressDirection, type YearValue } from "@/lib/metrics/progress";

/** What the ?skenario parameter holds: nothing, text that is not a number, a number outside the indicator's range, or a usable target. */
export type ScenarioInput =
  | { kind: "none" }
  | { kind: "not-a-number"; raw: string }
  | { kind: "out-of-range"; value: number }
  | { kind: "ok"; value: number };

/** Read a planner's scenario target from the URL, once for the scenario box and the trend chart alike. */
export function readScenario(raw: string | null, range: [number, number]): ScenarioInput {
  if (raw === null) return { kind: "none" };
  const parsed = parseDecimal(raw);
  if (!parsed.ok) return { kind: "not-a-number", raw };
  return parsed.value >= range[0] && parsed.value <= range[1]
    ? { kind: "ok", value: parsed.value }
    : { kind: "out-of-range", value: parsed.value };
}

/**
 * Progress toward a planner's scenario target, by the same engine as an official target, measured
 * from the latest published value (a scenario has no baseline of its own).
 */
export function scenarioProgress(
  direction: ProgressDirection,
  points: YearValue[],
  targetYear: number,
  value: number,
): Progress | null {
  const latest = points.at(-1);
  if (!latest) return null;
  return computeProgress({ direction, points, target: { baseline: latest, target: { year: targetYear, value } } });
}
