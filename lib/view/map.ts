/**
 * The map of the regencies and cities: boundaries projected and simplified once on the server (the
 * page carries short SVG paths, not the GeoJSON), each region filled by its value on a colour-blind-
 * safe sequential scale where darker is always better (for IKG the lowest values are darkest),
 * missing values hatched, the focus region outlined. Pure; the data rows are the chart's download.
 */
import type { Boundary, Position } from "@/lib/data/boundaries";
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { rankRegions } from "@/lib/metrics/rank";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { regionShortName } from "@/lib/format/labels";

/** ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, readable in grey print (light → dark). */
export const MAP_PALETTE = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;
export const MAP_WIDTH = 600;

type Point = [number, number];

/** Equirectangular projection scaled by the cosine of the middle latitude, fitted to `width`. */
export function projection(boundaries: Boundary[], width: number): { project: (p: Position) => Point; height: number } {
  const all = boundaries.flatMap((b) => b.polygons.flat(2));
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * k);
  return {
    project: ([lon, lat]) => [(lon - west) * k * scale, (north - lat) * scale],
    height: Math.ceil((north - south) * scale),
  };
}

/** Douglas–Peucker: drops points closer than `tolerance` to the line between the points kept. */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const [a, b] = [points[0]!, points[points.length - 1]!];
  let far = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    const dist =
      len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
    if (dist > far) [far, at] = [dist, i];
  }
  if (far <= tolerance) return [a, b];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

/** An SVG path of polygons; rings that simplify to fewer than three points (islets) are left out. */
export function svgPath(polygons: Position[][][], project: (p: Position) => Point, tolerance: number): string {
  return polygons
    .flatMap((rings) =>
      rings.flatMap((ring) => {
        const pts = simplify(ring.map(project), tolerance);
        return pts.length < 4 ? [] : [`M${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L")}Z`];
      }),
    )
    .join("");
}

/** Equal-interval classes over the values shown; class 0 is the worst, the last the best. */
export function classify(values: number[], direction: "higher" | "lower", classes = MAP_PALETTE.length) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const n = hi === lo ? 1 : classes;
  const step = (hi - lo) / n;
  const bin = (v: number) => (step === 0 ? 0 : Math.min(n - 1, Math.floor((v - lo) / step)));
  const breaks = Array.from({ length: n }, (_, i) => ({ from: lo + i * step, to: i === n - 1 ? hi : lo + (i + 1) * step }));
  // Darker is better on every index: for IKG the lowest class gets the darkest colour.
  const goodness = (i: number) => (direction === "lower" ? n - 1 - i : i);
  const color = (i: number) =>
    MAP_PALETTE[n === 1 ? MAP_PALETTE.length - 1 : Math.round((goodness(i) * (MAP_PALETTE.length - 1)) / (n - 1))]!;
  return { bin, breaks, color, goodness };
}

export interface MapRegion {
  code: string;
  name: string;
  path: string;
  value: number | null;
  fill: string | null;
  focus: boolean;
  /** What the pointer or keyboard focus names: "Kotabaru: 85,05 (13 dari 13)" or "Kotabaru: tidak ada data". */
  tip: string;
}

export interface MapView {
  width: number;
  height: number;
  year: number;
  regions: MapRegion[];
  /** Best class first. */
  legend: { fill: string; label: string }[];
  title: string;
  summary: string;
  rows: ExportRow[];
  /** Where the focus region's label goes: the middle of its largest outline. */
  focusLabel: { x: number; y: number; text: string } | null;
}

function largestRingMiddle(b: Boundary, project: (p: Position) => Point): Point {
  const ring = b.polygons
    .map((p) => p[0]!)
    .sort((x, y) => y.length - x.length)[0]!
    .map(project);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export function mapView(
  d: Dataset,
  boundaries: Boundary[],
  indicator: Indicator,
  year: number,
  focus: Region,
  lang: Lang,
): MapView | null {
  const t = dict(lang).map;
  const ranking = rankRegions(d, indicator.code, year, focus.code);
  if (!ranking || ranking.ranked.length === 0) return null;
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const byCode = new Map(ranking.ranked.map((r) => [r.region, r]));
  const scale = classify(
    ranking.ranked.map((r) => r.value),
    indicator.direction === "lower" ? "lower" : "higher",
  );
  const { project, height } = projection(boundaries, MAP_WIDTH);
  const regions = boundaries.map((b): MapRegion => {
    const r = byCode.get(b.code);
    const name = d.regions.some((x) => x.code === b.code) ? regionShortName(d, b.code) : b.name;
    return {
      code: b.code,
      name,
      path: svgPath(b.polygons, project, 0.6),
      value: r?.value ?? null,
      fill: r ? scale.color(scale.bin(r.value)) : null,
      focus: b.code === focus.code,
      tip: r ? t.tip(name, n(r.value), r.rank, ranking.ranked.length) : t.tipMissing(name),
    };
  });
  const focusBoundary = boundaries.find((b) => b.code === focus.code);
  const me = byCode.get(focus.code);
  const [fx, fy] = focusBoundary ? largestRingMiddle(focusBoundary, project) : [0, 0];
  return {
    width: MAP_WIDTH,
    height,
    year,
    regions,
    legend: scale.breaks
      .map((b, i) => ({ fill: scale.color(i), label: `${n(b.from)}–${n(b.to)}`, goodness: scale.goodness(i) }))
      .sort((a, b) => b.goodness - a.goodness)
      .map(({ fill, label }) => ({ fill, label })),
    title: t.title(indicator.code, year, focus.shortName, me ? me.rank : null, ranking.ranked.length),
    summary: t.summary(
      regionShortName(d, ranking.ranked[0]!.region),
      n(ranking.ranked[0]!.value),
      focus.shortName,
      me ? n(me.value) : null,
      regions.filter((r) => r.value === null).map((r) => r.name),
    ),
    rows: ranking.ranked.map((r) =>
      exportRow(
        d,
        { region: r.region, indicator: indicator.code, year, value: r.value, series: ranking.series, source: r.source },
        lang,
      ),
    ),
    focusLabel: focusBoundary && me ? { x: fx, y: fy, text: `${focus.shortName} ${n(me.value)}` } : null,
  };
}
