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
  type SeriesPoint,
} from "@/lib/metrics/observations";
import { comparisonSeries, latestRankedYear, rankRegions, rankedRegions, referenceRegions, valuesIn } from "@/lib/metrics/rank";
import type { ScatterAxis, ScatterPair } from "@/lib/chart/types";
import { sourceNames } from "@/lib/export/rows";
import { regionShortName, seriesLabel } from "@/lib/format/labels";
import { rankingView, type RankingView } from "./ranking";
import { regionalModel, type RegionalModel } from "./regional";
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
  coverage: {
    years: number[];
    rows: { code: string; name: string; focus: boolean; cells: CoverageCell[] }[];
    /** Years whose comparison series differs from the year before (the method changed), with the note that says so. */
    breaks: number[];
    breakNote: string | null;
  };
  scatter: ScatterModel | { kind: "none"; goTo: { year: number; href: string } | null };
  /** The map of this year, the gap to the leaders and the rank over time; null without a ranking. */
  regional: RegionalModel | null;
}

export interface ScatterModel {
  kind: "chart";
  /** The first is shown by default. */
  pairs: ScatterPair[];
  regions: { code: string; label: string }[];
  provinceName: string | null;
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
    regional: ranking ? regionalModel(s, indicator, year, lang) : null,
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
            subtitle: `${indicator.name[lang]} ${year} · ${t.client.figure.series}: ${seriesLabel(d, indicator.code, ranking.series, lang)}`,
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
    coverage: coverage(d, indicator, years, focus, lang),
    scatter: scatterModel(d, indicator, year, years, focus, lang, path),
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

/**
 * Which region-year values exist (in that year's comparison series), which are in another series only,
 * which are missing; and the years where the comparison series changes, so the grid marks the break.
 */
function coverage(d: Dataset, indicator: Indicator, years: number[], focus: Region, lang: Lang): ComparisonModel["coverage"] {
  const regions = [...referenceRegions(d, focus.code).reverse(), ...rankedRegions(d)];
  const series = years.map((y) => comparisonSeries(d, indicator.code, y));
  const breaks = years.filter((_, i) => i > 0 && series[i] && series[i - 1] && series[i] !== series[i - 1]);
  const label = (i: number) => seriesLabel(d, indicator.code, series[i]!, lang);
  const first = breaks[0];
  return {
    years,
    rows: regions.map((r) => ({
      code: r.code,
      name: r.shortName,
      focus: r.code === focus.code,
      cells: years.map((y, i): CoverageCell => {
        const s = series[i];
        const inSeries = s ? valuesIn(d, indicator.code, y, s).get(r.code) : undefined;
        return inSeries ? inSeries.value : hasValue(d, r.code, indicator.code, y) ? "other" : null;
      }),
    })),
    breaks,
    breakNote:
      first === undefined
        ? null
        : dict(lang).comparison.coverageBreak(first, label(years.indexOf(first)), label(years.indexOf(first) - 1)),
  };
}

/**
 * The page's index against each other headline index, each pair in the latest year up to the page's
 * year in which both are published for regencies and cities (so the scatter is never empty), with the
 * province's values as reference lines.
 */
function scatterModel(
  d: Dataset,
  indicator: Indicator,
  year: number,
  years: number[],
  focus: Region,
  lang: Lang,
  path: (code: string, y: number) => string,
): ComparisonModel["scatter"] {
  const isRanked = new Set(rankedRegions(d).map((r) => r.code));
  const province = referenceRegions(d, focus.code)[0]?.code ?? null;
  const sourceInfo: Record<string, { name: string; url: string }> = {};
  const axis = (i: Indicator, y: number): ScatterAxis => {
    const s = comparisonSeries(d, i.code, y);
    const values: Record<string, number> = {};
    const sources: Record<string, string> = {};
    const all = s ? valuesIn(d, i.code, y, s) : new Map<string, SeriesPoint>();
    for (const [region, p] of all) {
      if (!isRanked.has(region)) continue;
      values[region] = p.value;
      sources[region] = p.source;
      const src = sourceOf(d, p.source);
      sourceInfo[p.source] ??= { name: sourceShortName(src, lang), url: src.url ?? "" };
    }
    return {
      code: i.code,
      name: i.name[lang],
      decimals: i.decimals,
      direction: i.direction === "lower" ? "lower" : "higher",
      series: s ? seriesLabel(d, i.code, s, lang) : "",
      values,
      sources,
      reference: province ? (all.get(province)?.value ?? null) : null,
    };
  };
  const others = headlineIndicators(d).filter((o) => o.code !== indicator.code);
  const pairs: ScatterPair[] = others.flatMap((other) => {
    const shared = [...years].reverse().find((y) => y <= year && sharedRegions(d, indicator.code, other.code, y, isRanked) > 0);
    return shared === undefined ? [] : [{ year: shared, x: axis(indicator, shared), y: axis(other, shared) }];
  });
  if (pairs.length === 0) {
    // The latest year in which this indicator can be plotted against another one.
    const goTo = [...years].reverse().find((y) => others.some((o) => sharedRegions(d, indicator.code, o.code, y, isRanked) > 0));
    return { kind: "none", goTo: goTo !== undefined ? { year: goTo, href: path(indicator.code, goTo) } : null };
  }
  return {
    kind: "chart",
    pairs,
    regions: rankedRegions(d).map((r) => ({ code: r.code, label: r.shortName })),
    provinceName: province ? regionShortName(d, province) : null,
    regionNames: Object.fromEntries(d.regions.map((r) => [r.code, r.name])),
    sourceInfo,
  };
}

/** How many regencies and cities have a value of both indices in a year (each in its comparison series). */
function sharedRegions(d: Dataset, a: string, b: string, year: number, isRanked: Set<string>): number {
  const sa = comparisonSeries(d, a, year);
  const sb = comparisonSeries(d, b, year);
  if (!sa || !sb) return 0;
  const xs = valuesIn(d, a, year, sa);
  return [...valuesIn(d, b, year, sb).keys()].filter((r) => xs.has(r) && isRanked.has(r)).length;
}
