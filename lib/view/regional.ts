/**
 * Where the focus region stands among the regencies and cities, beyond one year's ranking: the map
 * (any year, held in the URL of the comparison page), the rank over time as a chart, and the gap to
 * the leaders in points and years. Shared by the comparison page and the indicator pages.
 */
import type { Indicator } from "@/lib/data/schemas";
import { formatNumber, formatSigned, paceDecimals } from "@/lib/format/number";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import { leaderGaps, type LeaderGap } from "@/lib/metrics/gap";
import { apeByRegionYear } from "@/lib/metrics/institutions";
import { rankHistory, rankRegions } from "@/lib/metrics/rank";
import { yearsOf } from "@/lib/metrics/observations";
import { exportRow, type ExportRow } from "@/lib/export/rows";
import { regionShortName, seriesLabel } from "@/lib/format/labels";
import { mapView, type MapView } from "./map";
import type { SiteData } from "./site";

export interface MapBlock {
  view: MapView | null;
  /** Why there is no map: no boundary file, or a file that did not read (with what to do). */
  problem: string | null;
  /** The map's years: each a link to the comparison page of that year, at the map. */
  yearLinks: { year: number; href: string; current: boolean }[];
}

export function mapBlock(s: SiteData, indicator: Indicator, year: number, lang: Lang): MapBlock {
  const t = dict(lang).map;
  const years = yearsOf(s.dataset, indicator.code).filter((y) => rankRegions(s.dataset, indicator.code, y));
  const yearLinks = years.map((y) => ({
    year: y,
    href: `${localePath(lang, `/perbandingan/${indicator.code.toLowerCase()}/${y}`)}#grafik-peta`,
    current: y === year,
  }));
  if (!s.boundaries.ok) return { view: null, problem: s.boundaries.problem ?? t.unavailable, yearLinks };
  return { view: mapView(s.dataset, s.boundaries.boundaries, indicator, year, s.focus, lang), problem: null, yearLinks };
}

export interface RankPoint {
  year: number;
  rank: number;
  of: number;
  /** "11 dari 13 (2024)", "=6 dari 13 (2021, sama dengan wilayah lain)". */
  tip: string;
  label: string;
}

export interface RankChartView {
  title: string;
  /** Lines of consecutive years in one series: never joined across a method change or a missing year. */
  segments: RankPoint[][];
  years: [number, number];
  /** Most regions ranked in any year: the bottom of the axis. */
  of: number;
  breaks: { x: number; label: string }[];
  summary: string;
  /** The ranks as data rows (value = rank, role = "peringkat dari 13"), for the table and downloads. */
  rows: ExportRow[];
}

export function rankChartView(s: SiteData, indicator: Indicator, lang: Lang): RankChartView | null {
  const t = dict(lang).regional;
  const history = rankHistory(s.dataset, indicator.code, s.focus.code);
  if (history.length === 0) return null;
  const segments: RankPoint[][] = [];
  const breaks: RankChartView["breaks"] = [];
  history.forEach((h, i) => {
    const prev = history[i - 1];
    const point = {
      year: h.year,
      rank: h.rank,
      of: h.of,
      tip: t.rankTip(h.rank, h.of, h.year, h.tied),
      label: `${h.tied ? "=" : ""}${h.rank}`,
    };
    if (prev && prev.series !== h.series)
      breaks.push({ x: h.year - 0.5, label: t.rankBreak(seriesLabel(s.dataset, indicator.code, h.series, lang)) });
    if (!prev || prev.series !== h.series || prev.year !== h.year - 1) segments.push([point]);
    else segments.at(-1)!.push(point);
  });
  const last = history.at(-1)!;
  return {
    title: t.rankTitle(indicator.code, s.focus.shortName, last.rank, last.of, last.year),
    segments,
    years: [history[0]!.year, last.year],
    of: Math.max(...history.map((h) => h.of)),
    breaks,
    summary: t.rankSummary(history.map((h) => `${h.year}: ${h.tied ? "=" : ""}${h.rank}/${h.of}`).join("; ")),
    rows: history.map((h) => {
      const source = rankRegions(s.dataset, indicator.code, h.year)!.ranked.find((r) => r.region === s.focus.code)!.source;
      return exportRow(
        s.dataset,
        {
          region: s.focus.code,
          indicator: indicator.code,
          year: h.year,
          value: h.rank,
          series: h.series,
          source,
          role: t.rankRole(h.of, h.tied),
        },
        lang,
      );
    }),
  };
}

export interface GapRow {
  key: string;
  against: string;
  value: string;
  /** "0,211 di belakang" / "0,009 di depan". */
  behind: string;
  ahead: boolean;
  paces: string;
  catchUp: string;
}

export interface GapView {
  caption: string;
  pacesLabel: string;
  rows: GapRow[];
  note: string;
}

export function gapView(s: SiteData, indicator: Indicator, year: number, lang: Lang): GapView | null {
  const t = dict(lang).regional;
  const d = s.dataset;
  const g = leaderGaps(d, indicator.code, year, s.focus.code);
  if (!g) return null;
  const n = (v: number) => formatNumber(v, lang, indicator.decimals);
  const pace = (v: number | null) => (v === null ? "–" : formatSigned(v, lang, paceDecimals(indicator.decimals)));
  const ape = apeByRegionYear(d);
  const latestApe = d.ape.length ? Math.max(...d.ape.map((r) => r.year)) : null;
  const against = (x: LeaderGap) => {
    const name = regionShortName(d, x.region);
    if (x.role === "province") return t.againstProvince(name);
    const predicate = ape.get(`${x.region}|${latestApe}`)?.predicate;
    const award = predicate && predicate !== "non-ape" ? dict(lang).ape[predicate] : null;
    if (x.role === "best") return t.againstBest(name, award ? t.alsoApe(latestApe!, award) : null);
    return t.againstApe(name, award ?? "", latestApe ?? 0);
  };
  return {
    caption: t.gapCaption(indicator.code, s.focus.shortName, year),
    pacesLabel: t.paces(s.focus.shortName),
    rows: g.gaps.map((x, i) => ({
      key: `${x.role}-${x.region}-${i}`,
      against: against(x),
      value: n(x.value),
      behind: x.behind > 0 ? t.behind(n(x.behind)) : x.behind < 0 ? t.ahead(n(-x.behind)) : t.level,
      ahead: x.behind <= 0,
      paces: `${pace(x.focusPace)} · ${pace(x.leaderPace)}`,
      catchUp: t.catchUp[x.catchUp.kind](x.catchUp.kind === "years" ? x.catchUp.years : 0),
    })),
    note: t.gapNote(s.focus.shortName, seriesLabel(d, indicator.code, g.series, lang)),
  };
}

export interface RegionalModel {
  map: MapBlock;
  rankChart: RankChartView | null;
  gaps: GapView | null;
}

/** The map for `year`, the rank over all years and the gap to the leaders in `year`. */
export function regionalModel(s: SiteData, indicator: Indicator, year: number | null, lang: Lang): RegionalModel | null {
  if (year === null) return null;
  return {
    map: mapBlock(s, indicator, year, lang),
    rankChart: rankChartView(s, indicator, lang),
    gaps: gapView(s, indicator, year, lang),
  };
}
