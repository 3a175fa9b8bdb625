/**
 * The peers chart: the focus region over time next to its province, Indonesia and the APE/PPE award
 * winners (the default selection), with every other region available to pick.
 */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import type { Lang } from "@/lib/i18n/lang";
import { apeWinners } from "@/lib/metrics/gap";
import { UNSTATED_SERIES, seriesOrder, seriesPoints, sourceOf } from "@/lib/metrics/observations";
import { comparisonSeries, referenceRegions } from "@/lib/metrics/rank";
import type { PeerRegion, PeerSeries } from "@/lib/chart/types";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { seriesLabel } from "@/lib/format/labels";
import { regionStyle, type RegionRole } from "@/lib/chart/style";

/** Regions preselected on the peers chart: the focus region, its province and nation, and the APE/PPE award winners. */
export function defaultPeers(d: Dataset, focus: string): string[] {
  return [focus, ...referenceRegions(d, focus).map((r) => r.code), ...apeWinners(d, focus)];
}

export interface PeersView {
  regions: PeerRegion[];
  series: PeerSeries[];
  defaults: string[];
  rows: ExportRow[];
  regionNames: Record<string, string>;
  sourceInfo: Record<string, { name: string; url: string }>;
}

export function peersView(d: Dataset, indicator: Indicator, focus: Region, lang: Lang): PeersView {
  const refs = referenceRegions(d, focus.code).map((r) => r.code);
  let peerIndex = 0;
  const ordered = [
    focus,
    ...refs.map((c) => d.regions.find((r) => r.code === c)!),
    ...d.regions.filter((r) => r.code !== focus.code && !refs.includes(r.code)),
  ];
  const regions: PeerRegion[] = ordered.map((r) => {
    const role: RegionRole =
      r.code === focus.code ? "focus" : r.level === "nasional" ? "national" : r.level === "provinsi" ? "province" : "peer";
    const style = regionStyle(role, role === "peer" ? peerIndex++ : 0);
    return { code: r.code, label: r.shortName, role, ...style };
  });
  const latest = Math.max(...d.observations.filter((o) => o.indicator === indicator.code).map((o) => o.year));
  const first = comparisonSeries(d, indicator.code, latest);
  const codes = seriesOrder(d, indicator.code).filter((s) => s !== UNSTATED_SERIES);
  const ordering = first ? [first, ...codes.filter((c) => c !== first)] : codes;
  const series: PeerSeries[] = [];
  for (const code of ordering) {
    const values: PeerSeries["values"] = {};
    for (const r of regions) {
      const pts = seriesPoints(d, r.code, indicator.code, code).map(({ year, value, source }) => ({ year, value, source }));
      if (pts.length) values[r.code] = pts;
    }
    if (Object.keys(values).length) series.push({ code, label: seriesLabel(d, indicator.code, code, lang), values });
  }
  const defaults = defaultPeers(d, focus.code);
  const rows: ExportRow[] = [];
  const s0 = series[0];
  if (s0) {
    for (const code of defaults) {
      for (const pt of seriesPoints(d, code, indicator.code, s0.code)) {
        rows.push(
          exportRow(
            d,
            { region: code, indicator: indicator.code, year: pt.year, value: pt.value, series: s0.code, source: pt.source },
            lang,
          ),
        );
      }
    }
  }
  const sourceInfo: PeersView["sourceInfo"] = {};
  for (const sr of series)
    for (const pts of Object.values(sr.values))
      for (const p of pts) {
        if (!sourceInfo[p.source]) {
          const src = sourceOf(d, p.source);
          sourceInfo[p.source] = { name: sourceShortName(src, lang), url: src.url ?? "" };
        }
      }
  const regionNames = Object.fromEntries(d.regions.map((r) => [r.code, r.name]));
  return { regions, series, defaults, rows, regionNames, sourceInfo };
}
