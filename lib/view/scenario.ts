import { parseDecimal } from "@/lib/data/decimal";

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
