/**
 * "Regencies that started where we started": the kab/kota whose value in the first comparable year
 * was close to the focus region's, and how they moved by the latest year against how it moved
 * (METHODS.md, "Peers by starting point"). A descriptive comparison, not a causal claim.
 *
 * Rules (also in lib/metrics/README.md):
 * - one series throughout: start and latest values are the preferred values in that series
 *   (`valuesIn`); a value in another series is never used;
 * - first comparable year: the earliest year in which the focus region has a value in the series and
 *   at least BULK_COVERAGE (90 %) of the kab/kota in scope have one too;
 * - latest year: the focus region's last year with a value in the series (later than the start);
 * - band: a kab/kota other than the focus is in the band when |x_p(start) − x_f(start)| ≤ band
 *   (inclusive; compared within 10⁻⁹ points, so a value exactly on the edge counts despite binary
 *   noise). The band starts at `start` and widens by `step`, at most PEER_BAND_WIDENINGS times
 *   (IKG ±0.02, 0.03 … 0.08; IPM, IPG, IDG ±1, 1.5 … 4 points), stopping at the first band in which at
 *   least MIN_PEERS (20) kab/kota also have a latest value. When even the widest band holds fewer,
 *   the widest band is used, `reachedMinimum` is false, and the comparison is made with those found;
 * - a kab/kota in the band without a latest value is left out of the comparison and listed;
 * - change = x(latest) − x(start) in index points; improvement = d · change with d = +1 where higher
 *   is better and −1 for IKG (a fall is an improvement);
 * - the focus region's place: rank = 1 + the number of peers that improved strictly more, of = peers
 *   + 1; percentile = percentile rank of its improvement among the peers and itself, ties half;
 * - "moved most": the peers with the largest improvement, ties by region code.
 */
import type { Indicator } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { memo } from "./memo";
import { seriesPoints, yearsOf } from "./observations";
import { kabKotaWithin, provinceOf } from "./national-rank";
import { valuesIn } from "./rank";
import { difference, percentileRank, quartilesSorted, type Quartiles } from "./stats";

/** Share of the kab/kota in scope that must have a value for a year to be the first comparable year. */
export const BULK_COVERAGE = 0.9;
/** Peers (with a start and a latest value) the band widens to reach. */
export const MIN_PEERS = 20;
/** How many times the band may widen by its step after the starting band. */
export const PEER_BAND_WIDENINGS = 6;
/** Peers named as having moved most. */
export const MOVED_MOST = 5;

/**
 * Starting band and widening step per headline index, in index points: small beside the spread of
 * kab/kota values (IKG about 0.1–0.7; IPM, IPG, IDG tens of points).
 */
export const PEER_BANDS: Readonly<Record<string, { start: number; step: number }>> = {
  IKG: { start: 0.02, step: 0.01 },
  IPG: { start: 1, step: 0.5 },
  IDG: { start: 1, step: 0.5 },
  IPM: { start: 1, step: 0.5 },
};

export interface PeerMove {
  region: string;
  /** The peer's province (nearest ancestor at province level). */
  province: string | null;
  start: number;
  latest: number;
  /** latest − start, in index points. */
  change: number;
}

export interface PeerComparison {
  kind: "peers";
  indicator: string;
  series: string;
  region: string;
  within: string | null;
  direction: Indicator["direction"];
  startYear: number;
  latestYear: number;
  /** Half-width of the band used, in index points (± band). */
  band: number;
  /** Times the band was widened beyond its start (0 … PEER_BAND_WIDENINGS). */
  widenings: number;
  /** At least MIN_PEERS peers were found; false when even the widest band held fewer. */
  reachedMinimum: boolean;
  focus: { start: number; latest: number; change: number };
  /** Kab/kota (focus excluded) whose start value is within the band. */
  inBand: number;
  /** Of those, the ones without a value in the latest year: left out of the comparison. */
  withoutLatest: string[];
  /** The peers compared, moved most (in the better direction) first. */
  peers: PeerMove[];
  /** Quartiles of the peers' change (raw, not direction-adjusted); null without peers. */
  change: Quartiles | null;
  /** The focus region among the peers by improvement; null without peers. */
  place: { rank: number; of: number; percentile: number } | null;
  /** The first `top` peers. */
  movedMost: PeerMove[];
}

export type PeerUnavailable = {
  kind: "unavailable";
  reason:
    | "unknown-indicator" // not in indicators.csv
    | "not-kab-kota" // a province, Indonesia, or a kab/kota outside the area
    | "no-start-year" // no year in which the region and 90 % of kab/kota have values in the series
    | "no-later-year"; // the region has no value after the start year in the series
};

/** The band's start, step and widest half-width for an index: PEER_BANDS, else 2 % / 1 % of its declared range. */
export function peerBand(ind: Indicator): { start: number; step: number; widest: number } {
  const span = ind.max - ind.min;
  const { start, step } = PEER_BANDS[ind.code] ?? { start: 0.02 * span, step: 0.01 * span };
  return { start, step, widest: bandAt(start, step, PEER_BAND_WIDENINGS) };
}

/** The band after k widenings, cleaned of binary noise (0.02 + 0.01 is 0.03, not 0.030000000000000002). */
function bandAt(start: number, step: number, k: number): number {
  return difference(start + k * step, 0);
}

/** Kab/kota in scope with a value in the series and year. Memoised per dataset. */
export function seriesCoverage(d: Dataset, indicator: string, series: string, year: number, within?: string | null): number {
  return memo(d, `seriesCoverage|${indicator}|${series}|${year}|${within ?? ""}`, () => {
    const values = valuesIn(d, indicator, year, series);
    return kabKotaWithin(d, within).filter((r) => values.has(r.code)).length;
  });
}

/** The earliest year in which the region and at least BULK_COVERAGE of the kab/kota in scope have a value in the series. */
export function firstComparableYear(
  d: Dataset,
  indicator: string,
  series: string,
  region: string,
  within?: string | null,
): number | null {
  const needed = BULK_COVERAGE * kabKotaWithin(d, within).length;
  const year = yearsOf(d, indicator).find(
    (y) => valuesIn(d, indicator, y, series).has(region) && seriesCoverage(d, indicator, series, y, within) >= needed,
  );
  return year ?? null;
}

/**
 * The focus region against the kab/kota that started where it started, in one series. Memoised per
 * dataset, region and options. `top` is the number of "moved most" peers named (default MOVED_MOST).
 */
export function startingPointPeers(
  d: Dataset,
  indicator: string,
  series: string,
  region: string,
  options: { within?: string | null; top?: number } = {},
): PeerComparison | PeerUnavailable {
  const within = options.within ?? null;
  const top = options.top ?? MOVED_MOST;
  return memo(d, `startingPointPeers|${indicator}|${series}|${region}|${within ?? ""}|${top}`, () =>
    computePeers(d, indicator, series, region, within, top),
  );
}

interface Candidate {
  region: string;
  start: number;
  latest: number | null;
  /** |x_p(start) − x_f(start)| in index points. */
  distance: number;
}

/**
 * Tolerance of the band's edge, in index points: published values have at most 6 decimals, so a
 * distance is either exactly on an edge or at least 10⁻⁶ from it; 10⁻⁹ absorbs the binary noise of
 * the subtraction (0.596 − 0.576 = 0.020000000000000018) without letting in anything beyond the edge.
 */
const EDGE_TOLERANCE = 1e-9;

/** Kab/kota in scope (the focus excluded) whose start value lies within the widest band. */
function nearby(
  scope: readonly { code: string }[],
  region: string,
  startValues: ReadonlyMap<string, { value: number }>,
  latestValues: ReadonlyMap<string, { value: number }>,
  widest: number,
): Candidate[] {
  const fStart = startValues.get(region)!.value;
  const out: Candidate[] = [];
  for (const r of scope) {
    const s = startValues.get(r.code)?.value;
    if (r.code === region || s === undefined) continue;
    const distance = Math.abs(s - fStart);
    if (distance <= widest + EDGE_TOLERANCE) {
      out.push({ region: r.code, start: s, latest: latestValues.get(r.code)?.value ?? null, distance });
    }
  }
  return out;
}

/** The first band (start, start + step, …) in which at least MIN_PEERS candidates have a latest value; else the widest. */
function widenBand(
  { start, step }: { start: number; step: number },
  candidates: readonly Candidate[],
): { band: number; widenings: number; found: Candidate[] } {
  for (let k = 0; ; k++) {
    const band = bandAt(start, step, k);
    const found = candidates.filter((c) => c.distance <= band + EDGE_TOLERANCE);
    if (k === PEER_BAND_WIDENINGS || found.filter((c) => c.latest !== null).length >= MIN_PEERS) {
      return { band, widenings: k, found };
    }
  }
}

function computePeers(d: Dataset, indicator: string, series: string, region: string, within: string | null, top: number) {
  const unavailable = (reason: PeerUnavailable["reason"]): PeerUnavailable => ({ kind: "unavailable", reason });
  const ind = d.indicators.find((i) => i.code === indicator);
  if (!ind) return unavailable("unknown-indicator");
  const scope = kabKotaWithin(d, within);
  if (!scope.some((r) => r.code === region)) return unavailable("not-kab-kota");
  const startYear = firstComparableYear(d, indicator, series, region, within);
  if (startYear === null) return unavailable("no-start-year");
  const latestYear = seriesPoints(d, region, indicator, series).at(-1)?.year;
  if (latestYear === undefined || latestYear <= startYear) return unavailable("no-later-year");

  const startValues = valuesIn(d, indicator, startYear, series);
  const latestValues = valuesIn(d, indicator, latestYear, series);
  const fStart = startValues.get(region)!.value;
  const fLatest = latestValues.get(region)!.value;
  const bands = peerBand(ind);
  const { band, widenings, found } = widenBand(bands, nearby(scope, region, startValues, latestValues, bands.widest));
  const sign = ind.direction === "lower" ? -1 : 1;
  const peers = found
    .flatMap(({ region: r, start: s, latest: l }) =>
      l === null ? [] : [{ region: r, province: provinceOf(d, r), start: s, latest: l, change: difference(l, s) }],
    )
    .sort((a, b) => sign * (b.change - a.change) || a.region.localeCompare(b.region));
  const focus = { start: fStart, latest: fLatest, change: difference(fLatest, fStart) };
  return {
    kind: "peers" as const,
    indicator,
    series,
    region,
    within,
    direction: ind.direction,
    startYear,
    latestYear,
    band,
    widenings,
    reachedMinimum: peers.length >= MIN_PEERS,
    focus,
    inBand: found.length,
    withoutLatest: found.filter((c) => c.latest === null).map((c) => c.region),
    peers,
    change: quartilesSorted(peers.map((p) => p.change).sort((a, b) => a - b)),
    place: placeAmong(peers, focus.change, sign),
    movedMost: peers.slice(0, top),
  };
}

/** Rank (1 = improved most) and percentile rank of the focus region's improvement among the peers and itself. */
function placeAmong(peers: readonly PeerMove[], change: number, sign: 1 | -1): PeerComparison["place"] {
  if (peers.length === 0) return null;
  const own = sign * change;
  const improvements = [...peers.map((p) => sign * p.change), own].sort((a, b) => a - b);
  return {
    rank: 1 + peers.filter((p) => sign * p.change > own).length,
    of: peers.length + 1,
    percentile: percentileRank(improvements, own)!,
  };
}
