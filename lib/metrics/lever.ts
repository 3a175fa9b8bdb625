/**
 * A component as a lever: how far the focus region is from its province on it, and whether that is
 * better or worse for the focus region, read in the component's good direction.
 */
import type { Direction } from "@/lib/data/schemas";
import { roundTo } from "./round";

export type LeverVerdict = "better" | "worse" | "same" | "neutral";

export interface LeverGap {
  /** Focus minus province, rounded to the component's published decimals. */
  difference: number;
  verdict: LeverVerdict;
}

/**
 * The difference between the focus region and the province, and whether it is better for the focus
 * region: above the province is better where higher is better, below it where lower is better (IKG
 * components); a neutral component (the men's values) is a comparison only. The difference is rounded
 * to the published decimals first, so a gap that shows as zero reads "the same", never "+0,00 better".
 */
export function leverGap(focus: number, province: number, decimals: number, direction: Direction): LeverGap {
  const difference = roundTo(focus - province, decimals);
  if (direction === "neutral") return { difference, verdict: "neutral" };
  if (difference === 0) return { difference, verdict: "same" };
  const ahead = direction === "higher" ? difference > 0 : difference < 0;
  return { difference, verdict: ahead ? "better" : "worse" };
}
