/**
 * A regency's or city's rank among all kab/kota of the dataset (514 with the national data), or among
 * those of one province, on one index in one year and one methodology series: "431 dari 514".
 *
 * Rules (METHODS.md, "National rank"; lib/metrics/README.md):
 * - standard competition ranking (1, 2, 2, 4), direction-aware: rank 1 is the highest value, or the
 *   lowest where lower is better (IKG); `competitionRank` in rank.ts does the ranking;
 * - only kabupaten and kota are ranked; provinces and Indonesia never are, whatever the scope;
 * - one series: the preferred value per region (`valuesIn`, source precedence of observations.ts)
 *   in that series only; a value in another series is not used;
 * - a kab/kota without a value in that series and year is left out: `of` counts those ranked,
 *   `total` every kab/kota in scope, so a page can say "431 dari 513 (514 kab/kota)".
 */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";
import { yearsOf } from "./observations";
import { competitionRank, rankedRegions, valuesIn, type RankedValue } from "./rank";

export interface SeriesRanking {
  indicator: string;
  year: number;
  series: string;
  /** Area the kab/kota are ranked within (a province's code); null for every kab/kota of the dataset. */
  within: string | null;
  direction: Indicator["direction"];
  /** Best first; ties share a rank. */
  ranked: RankedValue[];
  /** Kab/kota in scope, with or without a value: the "514". */
  total: number;
  /** Kab/kota in scope without a value in this series and year, by code. */
  missing: string[];
}

/** Which end of the ranking a region is near, for "di antara 20 % terendah". See {@link rankBucket}. */
export type RankBucket =
  | {
      /** "best": counted from rank 1; "worst": counted from the last rank. */
      side: "best" | "worst";
      /** The end of the value scale that side is: best is "highest" for IPM, "lowest" for IKG. */
      end: "highest" | "lowest";
      /** The region is among this percentage of ranked kab/kota at that end. */
      percent: 10 | 20 | 30 | 40 | 50;
    }
  | { side: "middle" };

export interface RegionRank {
  region: string;
  indicator: string;
  year: number;
  series: string;
  within: string | null;
  value: number;
  /** 1 = best. */
  rank: number;
  /** Kab/kota ranked (with a value in this series and year). */
  of: number;
  /** Kab/kota in scope, with or without a value. */
  total: number;
  /** rank ÷ of, in (0, 1]: 0.2 means the region is within the best fifth. */
  share: number;
  /** Another kab/kota has the same value, so shares the rank. */
  tied: boolean;
  bucket: RankBucket;
}

/** Every region's parent, and the nearest province above each kab/kota: built once per dataset. */
function parents(d: Dataset): Map<string, Region> {
  return memo(d, "national-rank|parents", () => {
    const byCode = new Map(d.regions.map((r) => [r.code, r]));
    const out = new Map<string, Region>();
    for (const r of d.regions) {
      const parent = r.parent === null ? undefined : byCode.get(r.parent);
      if (parent) out.set(r.code, parent);
    }
    return out;
  });
}

/** Whether `area` is among the ancestors of `region` (its province, the nation). */
function isWithin(d: Dataset, region: string, area: string): boolean {
  const up = parents(d);
  const seen = new Set<string>();
  for (let at = up.get(region); at && !seen.has(at.code); at = up.get(at.code)) {
    if (at.code === area) return true;
    seen.add(at.code);
  }
  return false;
}

/** The kab/kota in scope: all of the dataset, or those within an area (a province, or the nation's code). */
export function kabKotaWithin(d: Dataset, within?: string | null): Region[] {
  if (!within) return rankedRegions(d);
  return memo(d, `kabKotaWithin|${within}`, () => rankedRegions(d).filter((r) => isWithin(d, r.code, within)));
}

/** The province a kab/kota belongs to: the nearest ancestor at province level, else its parent; null when it has none. */
export function provinceOf(d: Dataset, region: string): string | null {
  const up = parents(d);
  const seen = new Set<string>();
  for (let at = up.get(region); at && !seen.has(at.code); at = up.get(at.code)) {
    if (at.level === "provinsi") return at.code;
    seen.add(at.code);
  }
  return up.get(region)?.code ?? null;
}

/**
 * Kab/kota ranked on an indicator in one year and series, within an area or nationally. Null when
 * the indicator is unknown or no kab/kota in scope has a value. Memoised per dataset.
 */
export function rankInSeries(
  d: Dataset,
  indicator: string,
  year: number,
  series: string,
  within?: string | null,
): SeriesRanking | null {
  return memo(d, `rankInSeries|${indicator}|${year}|${series}|${within ?? ""}`, () =>
    computeRankInSeries(d, indicator, year, series, within ?? null),
  );
}

function computeRankInSeries(d: Dataset, indicator: string, year: number, series: string, within: string | null) {
  const ind = d.indicators.find((i) => i.code === indicator);
  if (!ind) return null;
  const values = valuesIn(d, indicator, year, series);
  const scope = kabKotaWithin(d, within);
  const present = scope.flatMap((r) => {
    const p = values.get(r.code);
    return p ? [{ region: r.code, value: p.value, source: p.source }] : [];
  });
  if (present.length === 0) return null;
  return {
    indicator,
    year,
    series,
    within,
    direction: ind.direction,
    ranked: competitionRank(present, ind.direction),
    total: scope.length,
    missing: scope.filter((r) => !values.has(r.code)).map((r) => r.code),
  };
}

/** Lookup by region code into a memoised ranking, so a page asking for 514 regions does not scan 514 times. */
function rankIndex(d: Dataset, r: SeriesRanking): Map<string, { entry: RankedValue; tiedWith: number }> {
  return memo(d, `rankIndex|${r.indicator}|${r.year}|${r.series}|${r.within ?? ""}`, () => {
    const perRank = new Map<number, number>();
    for (const x of r.ranked) perRank.set(x.rank, (perRank.get(x.rank) ?? 0) + 1);
    return new Map(r.ranked.map((x) => [x.region, { entry: x, tiedWith: perRank.get(x.rank)! - 1 }]));
  });
}

/**
 * The bucket for a sentence, from rank r among n ranked (1 = best):
 * - counted from the best end when r ≤ (n + 1)/2, with k = r; otherwise from the worst end, with
 *   k = n − r + 1 (the region and every kab/kota ranked below it);
 * - percent = 10 · ⌈10 · k / n⌉, the smallest multiple of 10 % whose share of the ranking at that end
 *   holds the region (k/n ≤ percent/100);
 * - above 50 % (only the exact middle of an odd count, 1 of 1 included) it is "middle";
 * - the best end is the highest values for an index where higher is better and the lowest for IKG.
 * Examples: 1 of 514 → best 10 %; 431 of 514 → worst 20 % (k = 84, 84/514 = 16.3 %); 7 of 13 → middle.
 */
export function rankBucket(rank: number, of: number, direction: Indicator["direction"]): RankBucket {
  const fromBest = rank <= (of + 1) / 2;
  const k = fromBest ? rank : of - rank + 1;
  // Integers divided: exact when the quotient is whole, so 103 of 515 is 20 %, not 30 %.
  const percent = 10 * Math.ceil((10 * k) / of);
  if (percent > 50) return { side: "middle" };
  const highIsBest = direction === "higher";
  return {
    side: fromBest ? "best" : "worst",
    end: fromBest === highIsBest ? "highest" : "lowest",
    percent: percent as 10 | 20 | 30 | 40 | 50,
  };
}

/**
 * One kab/kota's rank on an indicator in a year and series, among all kab/kota of the dataset or
 * those within an area. Null when the region is not a kab/kota in scope (a province or Indonesia is
 * never ranked) or has no value in that series and year.
 */
export function regionRank(
  d: Dataset,
  indicator: string,
  year: number,
  series: string,
  region: string,
  within?: string | null,
): RegionRank | null {
  const ranking = rankInSeries(d, indicator, year, series, within);
  const hit = ranking ? rankIndex(d, ranking).get(region) : undefined;
  if (!ranking || !hit) return null;
  const of = ranking.ranked.length;
  return {
    region,
    indicator,
    year,
    series,
    within: ranking.within,
    value: hit.entry.value,
    rank: hit.entry.rank,
    of,
    total: ranking.total,
    share: hit.entry.rank / of,
    tied: hit.tiedWith > 0,
    bucket: rankBucket(hit.entry.rank, of, ranking.direction),
  };
}

/** The region's rank in every year it has a value in the series (oldest first), never switching series: for a rank chart. */
export function regionRankHistory(
  d: Dataset,
  indicator: string,
  series: string,
  region: string,
  within?: string | null,
): RegionRank[] {
  return memo(d, `regionRankHistory|${indicator}|${series}|${region}|${within ?? ""}`, () =>
    yearsOf(d, indicator).flatMap((year) => regionRank(d, indicator, year, series, region, within) ?? []),
  );
}
