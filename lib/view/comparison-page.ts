/**
 * The comparison page (/perbandingan/[kode]/[tahun]): regencies and cities ranked on one index in one
 * year, the ranking as a sortable table, which region-years have data, and a scatter of two indices.
 */
import type { Indicator, Region } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import { dict } from "@/lib/i18n/dictionary";
import { localePath, type Lang } from "@/lib/i18n/lang";
import {
  UNSTATED_SERIES,
  choosePoint,
  hasValue,
  headlineIndicators,
  observationsInYear,
  sourceOf,
  yearsOf,
} from "@/lib/metrics/observations";
import { comparisonSeries, latestRankedYear, rankRegions, rankedRegions, referenceRegions, valuesIn } from "@/lib/metrics/rank";
import type { ScatterIndicator } from "./chart-types";
import { exportRow, sourceNames, type ExportRow } from "./export-rows";
import { seriesLabel } from "./labels";
import { rankingView, type RankingView } from "./ranking";
import type { SiteData } from "./site";

export interface RankingTableRow {
  code: string;
  name: string;
  level: string;
  rank: number | null;
  value: number | null;
  change: number | null;
  source: string;
  focus: boolean;
}

/** A cell of the coverage grid: a value, "other" (published only in another series), or null (not published). */
export type CoverageCell = number | null | "other";

export interface ComparisonModel {
  code: string;
  name: string;
  year: number;
  decimals: number;
  region: string;
  focus: { code: string; name: string };
  indicatorLinks: { code: string; href: string; current: boolean }[];
  yearLinks: { year: number; href: string; current: boolean }[];
  ranking: (RankingView & { subtitle: string; sources: string[] }) | null;
  /** When no regency has a value this year: what is published at any level, and the latest year with a ranking. */
  empty: { available: { name: string; value: number }[]; rankedYear: { year: number; href: string } | null } | null;
  table: { rows: RankingTableRow[]; previousYear: number | null } | null;
  coverage: { years: number[]; rows: { code: string; name: string; focus: boolean; cells: CoverageCell[] }[] };
  scatter: ScatterModel | { kind: "none"; goTo: { year: number; href: string } | null };
}

export interface ScatterModel {
  kind: "chart";
  x: ScatterIndicator;
  candidates: ScatterIndicator[];
  defaultY: string;
  regions: { code: string; label: string }[];
  rows: ExportRow[];
  sources: string[];
  regionNames: Record<string, string>;
  sourceInfo: Record<string, { name: string; url: string }>;
}

/** Every indicator × year with any published value: the static pages of /perbandingan/[kode]/[tahun]. */
export function comparisonParams(s: SiteData): { kode: string; tahun: string }[] {
  return headlineIndicators(s.dataset).flatMap((i) =>
    yearsOf(s.dataset, i.code).map((y) => ({ kode: i.code.toLowerCase(), tahun: String(y) })),
  );
}

/** The page for an indicator and year, or null when either is unknown (a 404). Without them: the first index, its latest ranked year. */
export function comparisonModel(s: SiteData, lang: Lang, kode?: string, tahun?: string): ComparisonModel | null {
  const d = s.dataset;
  const { focus } = s;
  const t = dict(lang);
  const indicators = headlineIndicators(d);
  const indicator = kode ? indicators.find((i) => i.code.toLowerCase() === kode.toLowerCase()) : indicators[0];
  if (!indicator) return null;
  const years = yearsOf(d, indicator.code);
  const year = tahun ? Number(tahun) : (latestRankedYear(d, indicator.code) ?? years.at(-1));
  if (year === undefined || !years.includes(year)) return null;
  const path = (code: string, y: number) => localePath(lang, `/perbandingan/${code.toLowerCase()}/${y}`);

  const ranking = rankRegions(d, indicator.code, year, focus.code);
  const rv = ranking ? rankingView(d, ranking, indicator, focus, lang) : null;
  const rankedYear = ranking ? null : latestRankedYear(d, indicator.code);
  return {
    code: indicator.code,
    name: indicator.name[lang],
    year,
    decimals: indicator.decimals,
    region: focus.name,
    focus: { code: focus.code, name: focus.shortName },
    indicatorLinks: indicators.map((i) => {
      // Keep the year when that indicator has regency data for it; otherwise its latest ranked year.
      const y = rankRegions(d, i.code, year) ? year : (latestRankedYear(d, i.code) ?? yearsOf(d, i.code).at(-1)!);
      return { code: i.code, href: path(i.code, y), current: i.code === indicator.code };
    }),
    yearLinks: years.map((y) => ({ year: y, href: path(indicator.code, y), current: y === year })),
    ranking:
      ranking && rv
        ? {
            ...rv,
            subtitle: `${indicator.name[lang]} ${year} · ${t.chart.series}: ${seriesLabel(d, indicator.code, ranking.series, lang)}`,
            sources: sourceNames(rv.rows),
          }
        : null,
    empty: ranking
      ? null
      : {
          available: publishedAnyLevel(d, indicator.code, year),
          rankedYear: rankedYear !== null ? { year: rankedYear, href: path(indicator.code, rankedYear) } : null,
        },
    table: ranking ? rankingTable(d, indicator, year, focus, lang) : null,
    coverage: coverage(d, indicator, years, focus),
    scatter: scatterModel(d, indicator, year, years, lang, path),
  };
}

/** For the empty state: whatever is published for this year, any series, any level. */
function publishedAnyLevel(d: Dataset, indicator: string, year: number): { name: string; value: number }[] {
  const inYear = observationsInYear(d, indicator, year).filter((o) => o.series !== UNSTATED_SERIES);
  return d.regions.flatMap((r) => {
    const p = choosePoint(
      d,
      inYear.filter((o) => o.region === r.code),
    );
    return p ? [{ name: r.shortName, value: p.value }] : [];
  });
}

function rankingTable(d: Dataset, indicator: Indicator, year: number, focus: Region, lang: Lang): ComparisonModel["table"] {
  const levels = dict(lang).level;
  const ranking = rankRegions(d, indicator.code, year, focus.code);
  const series = comparisonSeries(d, indicator.code, year);
  const prev = series ? valuesIn(d, indicator.code, year - 1, series) : new Map();
  const current = series ? valuesIn(d, indicator.code, year, series) : new Map();
  const rows = [...rankedRegions(d), ...referenceRegions(d, focus.code)].map((r) => {
    const v = current.get(r.code);
    const before = prev.get(r.code);
    return {
      code: r.code,
      name: r.shortName,
      level: levels[r.level],
      rank: ranking?.ranked.find((x) => x.region === r.code)?.rank ?? null,
      value: v?.value ?? null,
      change: v && before ? v.value - before.value : null,
      source: v ? sourceShortName(sourceOf(d, v.source), lang) : "",
      focus: r.code === focus.code,
    };
  });
  return { rows, previousYear: prev.size ? year - 1 : null };
}

/** Which region-year values exist (in that year's comparison series), which are in another series only, which are missing. */
function coverage(d: Dataset, indicator: Indicator, years: number[], focus: Region): ComparisonModel["coverage"] {
  const regions = [...referenceRegions(d, focus.code).reverse(), ...rankedRegions(d)];
  return {
    years,
    rows: regions.map((r) => ({
      code: r.code,
      name: r.shortName,
      focus: r.code === focus.code,
      cells: years.map((y): CoverageCell => {
        const s = comparisonSeries(d, indicator.code, y);
        const inSeries = s ? valuesIn(d, indicator.code, y, s).get(r.code) : undefined;
        return inSeries ? inSeries.value : hasValue(d, r.code, indicator.code, y) ? "other" : null;
      }),
    })),
  };
}

/** Every headline indicator's values in this year, in its own comparison series, against the page's indicator. */
function scatterModel(
  d: Dataset,
  indicator: Indicator,
  year: number,
  years: number[],
  lang: Lang,
  path: (code: string, y: number) => string,
): ComparisonModel["scatter"] {
  const indicators = headlineIndicators(d);
  const ranked = rankedRegions(d);
  const isRanked = new Set(ranked.map((r) => r.code));
  const sourceInfo: Record<string, { name: string; url: string }> = {};
  const all = indicators.map((i): ScatterIndicator => {
    const s = comparisonSeries(d, i.code, year);
    const values: Record<string, number> = {};
    const sources: Record<string, string> = {};
    if (s)
      for (const [region, p] of valuesIn(d, i.code, year, s)) {
        values[region] = p.value;
        sources[region] = p.source;
        const src = sourceOf(d, p.source);
        sourceInfo[p.source] ??= { name: sourceShortName(src, lang), url: src.url ?? "" };
      }
    return {
      code: i.code,
      name: i.name[lang],
      decimals: i.decimals,
      series: s ? seriesLabel(d, i.code, s, lang) : "",
      values,
      sources,
    };
  });
  const x = all.find((s) => s.code === indicator.code)!;
  const drawable = all.filter(
    (s) => s.code !== indicator.code && Object.keys(s.values).some((r) => x.values[r] !== undefined && isRanked.has(r)),
  );
  const defaultY = drawable[0]?.code;
  if (!defaultY) {
    // The latest year in which this indicator can be plotted against another one.
    const goTo = [...years].reverse().find((y) => plottableIn(d, indicator.code, y, isRanked));
    return { kind: "none", goTo: goTo !== undefined ? { year: goTo, href: path(indicator.code, goTo) } : null };
  }
  const rows = ranked.flatMap((r) =>
    indicators
      .filter((i) => i.code === indicator.code || i.code === defaultY)
      .flatMap((i) => {
        const s = comparisonSeries(d, i.code, year);
        const p = s ? valuesIn(d, i.code, year, s).get(r.code) : undefined;
        return p && s
          ? [exportRow(d, { region: r.code, indicator: i.code, year, value: p.value, series: s, source: p.source }, lang)]
          : [];
      }),
  );
  return {
    kind: "chart",
    x,
    candidates: drawable,
    defaultY,
    regions: ranked.map((r) => ({ code: r.code, label: r.shortName })),
    rows,
    sources: sourceNames(rows),
    regionNames: Object.fromEntries(d.regions.map((r) => [r.code, r.name])),
    sourceInfo,
  };
}

function plottableIn(d: Dataset, indicator: string, year: number, isRanked: Set<string>): boolean {
  const sx = comparisonSeries(d, indicator, year);
  if (!sx) return false;
  const xs = valuesIn(d, indicator, year, sx);
  return headlineIndicators(d).some((i) => {
    if (i.code === indicator) return false;
    const sy = comparisonSeries(d, i.code, year);
    return sy !== null && [...valuesIn(d, i.code, year, sy).keys()].some((r) => xs.has(r) && isRanked.has(r));
  });
}
