/**
 * The Data & methods page (/data): definitions, the progress method with worked examples computed by
 * the engine, data-quality notes derived from the data, the methodology series, coverage and gaps,
 * the table downloads and every source.
 */
import type { Indicator } from "@/lib/data/schemas";
import { TABLES, TABLE_NAMES, type TableName } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import type { Lang } from "@/lib/i18n/lang";
import { assessIndicator } from "@/lib/metrics/assess";
import { publishedConflicts } from "@/lib/metrics/conflicts";
import { headlineIndicators, sourceOf } from "@/lib/metrics/observations";
import type { Progress, TrendClass } from "@/lib/metrics/progress";
import { progressMethod, type ProgressMethod } from "@/lib/format/progress-method";
import type { DataNotes } from "./data-notes";
import { regionShortName, seriesLabel } from "@/lib/format/labels";
import { allDataNotes, meetingNotes } from "./meeting-notes";
import type { SiteData } from "./site";
import { sourceItems, type SourceItem } from "./sources";
import { workbookFile } from "@/lib/export/table-downloads";

export interface WorkedExample {
  code: string;
  series: string | null;
  decimals: number;
  goal: { baselineValue: number; baselineYear: number; targetValue: number; targetYear: number } | null;
  progress: Progress;
  trendWithoutTarget: TrendClass | null;
}

export interface MethodsModel {
  region: string;
  planYear: number;
  method: ProgressMethod;
  definitions: {
    code: string;
    name: string;
    definition: string;
    min: number;
    max: number;
    unit: string;
    direction: Indicator["direction"];
  }[];
  examples: WorkedExample[];
  /** The data notes of every headline index (decisions, method breaks, freshness), and their one-page download. */
  notes: DataNotes[];
  meetingNotesHref: string;
  conflicts: { key: string; title: string; values: string[]; decimals: number; numbers: number[] }[];
  series: { key: string; indicator: string; label: string; code: string; headline: boolean; description: string }[];
  coverage: { code: string; values: number; regions: number; from: number | null; to: number | null }[];
  /** The latest year of each index, where fewer regions have a value than the dataset has regions. */
  gaps: { code: string; year: number; have: number; of: number; regions: string[] }[];
  downloads: { name: TableName; file: string; rows: number }[];
  /** Every table and the sources in one workbook, in the page's language. */
  workbookHref: string;
  sources: SourceItem[];
}

export function methodsModel(s: SiteData, lang: Lang): MethodsModel {
  const d = s.dataset;
  const indicators = headlineIndicators(d);
  return {
    region: s.focus.name,
    planYear: s.planYear,
    method: progressMethod(lang),
    definitions: d.indicators.map((i) => ({
      code: i.code,
      name: i.name[lang],
      definition: i.definition[lang],
      min: i.min,
      max: i.max,
      unit: i.unit[lang],
      direction: i.direction,
    })),
    examples: indicators.map((i) => {
      const a = assessIndicator(d, s.focus.code, i.code);
      return {
        code: i.code,
        series: a.series ? seriesLabel(d, i.code, a.series, lang) : null,
        decimals: i.decimals,
        goal: a.goal,
        progress: a.progress,
        trendWithoutTarget: a.trendWithoutTarget,
      };
    }),
    notes: allDataNotes(s, lang),
    meetingNotesHref: `/unduh/catatan-data/${meetingNotes(s, lang).file}`,
    conflicts: publishedConflicts(d, [s.focus.code]).map((c) => {
      const decimals = d.indicators.find((i) => i.code === c.indicator)!.decimals;
      return {
        key: `${c.indicator}-${c.year}`,
        title: `${c.indicator} ${regionShortName(d, c.region)} ${c.year}`,
        decimals,
        numbers: c.values.map((v) => v.value),
        values: c.values.map(
          (v) => `${seriesLabel(d, c.indicator, v.series, lang)}; ${sourceShortName(sourceOf(d, v.source), lang)}`,
        ),
      };
    }),
    series: d.series
      .filter((x) => indicators.some((i) => i.code === x.indicator))
      .map((x) => ({
        key: `${x.indicator}-${x.code}`,
        indicator: x.indicator,
        label: x.label[lang],
        code: x.code,
        headline: x.headline,
        description: x.description[lang],
      })),
    coverage: d.indicators.map((i) => coverageOf(d, i.code)),
    gaps: indicators.flatMap((i) => gapOf(d, i.code)),
    downloads: TABLE_NAMES.map((name) => ({ name, file: TABLES[name].file, rows: name === "settings" ? 1 : d[name].length })),
    workbookHref: `/unduh/data/${workbookFile(d, lang)}`,
    sources: sourceItems(
      d,
      d.sources.map((x) => x.id),
      lang,
    ),
  };
}

function coverageOf(d: Dataset, code: string): MethodsModel["coverage"][number] {
  const obs = d.observations.filter((o) => o.indicator === code && o.value !== null);
  const years = obs.map((o) => o.year);
  return {
    code,
    values: obs.length,
    regions: new Set(obs.map((o) => o.region)).size,
    from: years.length ? Math.min(...years) : null,
    to: years.length ? Math.max(...years) : null,
  };
}

function gapOf(d: Dataset, code: string): MethodsModel["gaps"] {
  const obs = d.observations.filter((o) => o.indicator === code && o.value !== null);
  if (!obs.length) return [];
  const year = Math.max(...obs.map((o) => o.year));
  const have = [...new Set(obs.filter((o) => o.year === year).map((o) => o.region))];
  return have.length < d.regions.length
    ? [{ code, year, have: have.length, of: d.regions.length, regions: have.map((r) => regionShortName(d, r)) }]
    : [];
}
