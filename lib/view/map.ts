/**
 * The map of the regencies and cities: each region filled by its value on a colour-blind-safe
 * sequential scale where darker is always better (for IKG the lowest values are darkest), missing
 * values hatched, the focus region outlined (geometry in lib/chart/map). The data rows are the
 * chart's download.
 */
import { classify, largestRingMiddle, projection, svgPath } from "@/lib/chart/map";
import type { Boundary } from "@/lib/data/boundaries";
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { formatNumber } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import { rankRegions } from "@/lib/metrics/rank";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { regionShortName } from "@/lib/format/labels";

export const MAP_WIDTH = 600;

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
