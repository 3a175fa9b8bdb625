/**
 * How far the focus region is from the leaders on an index in a year, in one methodology series:
 * from its province, from the best regency or city, and from each regency or city that won an APE/PPE
 * award. In points (positive = behind, whatever the index's direction) and in years at the current
 * paces: the gap closes only when the focus region improves faster than the leader.
 */
import { difference } from "./stats";
import type { Dataset } from "@/lib/data/validate";
import { apeByRegionYear } from "./institutions";
import { seriesPoints } from "./observations";
import { achievedPace } from "./progress";
import { rankRegions, rankedRegions } from "./rank";

export type CatchUp =
  /** At the current paces the gap closes in about this many years (rounded up). */
  | { kind: "years"; years: number }
  /** The focus region is level with or ahead of this leader. */
  | { kind: "ahead" }
  /** The leader improves as fast or faster: not caught at these paces. */
  | { kind: "diverging" }
  /** One of the two paces cannot be computed (fewer than two years in the series). */
  | { kind: "unknown" };

export interface LeaderGap {
  role: "province" | "best" | "ape";
  region: string;
  value: number;
  /** Leader minus focus in the better direction: 0,064 means the focus region is 0,064 behind. */
  behind: number;
  focusPace: number | null;
  leaderPace: number | null;
  catchUp: CatchUp;
}

export interface LeaderGaps {
  indicator: string;
  year: number;
  series: string;
  focus: { region: string; value: number; pace: number | null };
  gaps: LeaderGap[];
}

/** Points per year in the series, over the window ending in `year` (same rule as progress toward a target). */
function paceAt(d: Dataset, region: string, indicator: string, series: string, year: number): number | null {
  const points = seriesPoints(d, region, indicator, series).filter((p) => p.year <= year);
  return achievedPace(points)?.perYear ?? null;
}

export function catchUp(behind: number, focusPace: number | null, leaderPace: number | null, sign: 1 | -1): CatchUp {
  if (behind <= 0) return { kind: "ahead" };
  if (focusPace === null || leaderPace === null) return { kind: "unknown" };
  const closing = sign * (focusPace - leaderPace);
  return closing > 0 ? { kind: "years", years: Math.ceil(behind / closing) } : { kind: "diverging" };
}

/** Regencies and cities with an APE/PPE award (any predicate but non-APE) in the latest award year recorded. */
export function apeWinners(d: Dataset, except: string): string[] {
  if (d.ape.length === 0) return [];
  const latest = Math.max(...d.ape.map((r) => r.year));
  const ranked = new Set(rankedRegions(d).map((r) => r.code));
  return [...apeByRegionYear(d).values()]
    .filter((r) => r.year === latest && r.predicate !== "non-ape" && r.region !== except && ranked.has(r.region))
    .map((r) => r.region)
    .sort();
}

export function leaderGaps(d: Dataset, indicator: string, year: number, focus: string): LeaderGaps | null {
  const ind = d.indicators.find((i) => i.code === indicator);
  const ranking = rankRegions(d, indicator, year, focus);
  const me = ranking?.ranked.find((r) => r.region === focus);
  if (!ind || !ranking || !me) return null;
  const sign: 1 | -1 = ind.direction === "lower" ? -1 : 1;
  const pace = (region: string) => paceAt(d, region, indicator, ranking.series, year);
  const focusPace = pace(focus);
  const gap = (role: LeaderGap["role"], region: string, value: number): LeaderGap => {
    const behind = sign * difference(value, me.value);
    const leaderPace = pace(region);
    return { role, region, value, behind, focusPace, leaderPace, catchUp: catchUp(behind, focusPace, leaderPace, sign) };
  };
  const province = ranking.references[0];
  const best = ranking.ranked[0]!;
  const values = new Map(ranking.ranked.map((r) => [r.region, r.value]));
  return {
    indicator,
    year,
    series: ranking.series,
    focus: { region: focus, value: me.value, pace: focusPace },
    gaps: [
      ...(province ? [gap("province", province.region, province.value)] : []),
      gap("best", best.region, best.value),
      // A winner that is also the best is said once, on the best's row.
      ...apeWinners(d, focus).flatMap((r) => (values.has(r) && r !== best.region ? [gap("ape", r, values.get(r)!)] : [])),
    ],
  };
}
