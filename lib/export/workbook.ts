/**
 * What goes into a workbook (.xlsx): the data sheets and a "Sumber & metode" sheet with every source
 * of the numbers and the progress method, so a file forwarded by e-mail still says where each figure
 * comes from. Pure; lib/format/xlsx writes the file.
 */
import type { WorkCell, WorkSheet } from "@/lib/export/xlsx";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { CsvColumnNames, ExportRow } from "./rows";
import { progressMethod } from "@/lib/format/progress-method";

/** Widest cell of a column in characters, within sensible bounds, so nothing opens as ####. */
export function columnWidths(header: string[], rows: WorkCell[][]): number[] {
  return header.map((h, i) => {
    const longest = Math.max(
      h.length,
      ...rows.map((r) => {
        const c = r[i];
        return c === null || c === undefined ? 0 : typeof c === "string" ? c.length : c.value.toFixed(c.decimals).length + 1;
      }),
    );
    return Math.min(Math.max(longest + 2, 6), 60);
  });
}

export function sheet(name: string, header: string[], rows: WorkCell[][]): WorkSheet {
  return { name, header, rows, widths: columnWidths(header, rows) };
}

/** The progress method as rows of text under the sources: heading, formulas, status rules, references. */
function methodRows(lang: Lang, width: number): WorkCell[][] {
  const m = progressMethod(lang);
  const line = (text: string): WorkCell[] => [text, ...Array<WorkCell>(width - 1).fill(null)];
  return [
    line(""),
    line(dict(lang).workbook.methodTitle),
    line(m.lead),
    ...m.formulas.map((f) => line(`${f.term}: ${f.formula}${f.note ? ` — ${f.note}` : ""}`)),
    line(m.statusHeading),
    ...m.rules.map((r) => line(`${r.word}: ${r.rule}`)),
    line(m.noTargetRule),
    line(m.seriesRule),
    line(m.references),
  ];
}

export interface SourceRow {
  id: string;
  kind: string;
  publisher: string;
  title: string;
  year: number | null;
  url: string;
  note: string;
}

/** Every source of the dataset, then the method. */
export function datasetSourcesSheet(sources: SourceRow[], lang: Lang): WorkSheet {
  const t = dict(lang).workbook;
  const rows: WorkCell[][] = sources.map((s) => [
    s.id,
    s.kind,
    s.publisher,
    s.title,
    s.year === null ? null : { value: s.year, decimals: 0 },
    s.url,
    s.note,
  ]);
  const widths = columnWidths(t.sourcesHeader, rows).map((w) => Math.min(w, 45));
  return { name: t.sourcesSheet, header: t.sourcesHeader, rows: [...rows, ...methodRows(lang, t.sourcesHeader.length)], widths };
}

/**
 * A chart's workbook: its rows, each once, with numbers at the indicator's decimals, and the sources
 * of those rows with the method.
 */
export function chartWorkbook(
  rows: ExportRow[],
  decimals: Record<string, number>,
  names: CsvColumnNames,
  lang: Lang,
): WorkSheet[] {
  const t = dict(lang).workbook;
  const withRole = rows.some((r) => r.role);
  const header = [names.region_code, names.region_name, names.indicator, names.year, names.value, names.series, names.source];
  const data: WorkCell[][] = rows.map((r) => [
    r.region_code,
    r.region_name,
    r.indicator,
    { value: r.year, decimals: 0 },
    r.value === null ? null : { value: r.value, decimals: decimals[r.indicator] ?? 2 },
    r.series,
    r.source,
    ...(withRole ? [r.role ?? ""] : []),
  ]);
  const sources = [...new Map(rows.map((r) => [r.source_id, r])).values()].map((r): WorkCell[] => [
    r.source,
    r.source_url,
    r.source_id,
  ]);
  const sourceWidths = columnWidths(t.chartSourcesHeader, sources).map((w) => Math.min(w, 60));
  return [
    sheet(t.dataSheet, withRole ? [...header, names.role] : header, data),
    {
      name: t.sourcesSheet,
      header: t.chartSourcesHeader,
      rows: [...sources, ...methodRows(lang, t.chartSourcesHeader.length)],
      widths: sourceWidths,
    },
  ];
}
