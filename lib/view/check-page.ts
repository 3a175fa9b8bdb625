/**
 * The CSV checker page (/periksa): what the browser needs to check a file against the bundled tables
 * (codes, ranges, series and sources, without the observations' long notes), and the focus region's
 * bundled values for the preview.
 */
import { TABLES, TABLE_NAMES, columnsOf, type TableName } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { headlineIndicators, mainSeries, seriesPoints } from "@/lib/metrics/observations";
import type { YearValue } from "@/lib/metrics/progress";
import type { SiteData } from "./site";

export interface CheckerReference {
  base: Dataset;
  /** Bundled values (main series) of the focus region per indicator, for the preview. */
  bundled: Record<string, YearValue[]>;
  focus: string;
  tables: { name: TableName; file: string; columns: string[] }[];
}

export function checkerReference(s: SiteData): CheckerReference {
  const d = s.dataset;
  const bundled: CheckerReference["bundled"] = {};
  for (const i of headlineIndicators(d)) {
    const series = mainSeries(d, s.focus.code, i.code);
    if (series) bundled[i.code] = seriesPoints(d, s.focus.code, i.code, series).map(({ year, value }) => ({ year, value }));
  }
  return {
    base: { ...d, observations: [], sources: d.sources.map((x) => ({ ...x, note: null })) },
    bundled,
    focus: s.focus.code,
    tables: TABLE_NAMES.map((name) => ({ name, file: TABLES[name].file, columns: columnsOf(name) })),
  };
}
