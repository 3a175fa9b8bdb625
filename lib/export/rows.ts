/**
 * The exact numbers behind a chart, in one long shape shared by the accessible data table and the
 * CSV/JSON downloads: region code and name, indicator, year, value, series and source.
 */
import { EXCEL_ID_STYLE, STANDARD_STYLE, writeCsv } from "@/lib/data/csv";
import type { Dataset } from "@/lib/data/validate";
import { sourceShortName } from "@/lib/format/source";
import type { Lang } from "@/lib/i18n/lang";
import { sourceOf } from "@/lib/metrics/observations";
import { seriesLabel } from "@/lib/format/labels";

export interface ExportRow {
  region_code: string;
  region_name: string;
  indicator: string;
  year: number;
  value: number | null;
  series: string;
  source_id: string;
  source: string;
  source_url: string;
  /** What the row is on the chart when it is not a plain observation (target, projection, rank…). */
  role?: string;
}

/** One row, with the region's name, the series' label and the source's short name and address. */
export function exportRow(
  d: Dataset,
  r: { region: string; indicator: string; year: number; value: number | null; series: string; source: string; role?: string },
  lang: Lang,
): ExportRow {
  const region = d.regions.find((x) => x.code === r.region);
  const source = sourceOf(d, r.source);
  return {
    region_code: r.region,
    region_name: region?.name ?? r.region,
    indicator: r.indicator,
    year: r.year,
    value: r.value,
    series: seriesLabel(d, r.indicator, r.series, lang),
    source_id: source.id,
    source: sourceShortName(source, lang),
    source_url: source.url ?? "",
    ...(r.role ? { role: r.role } : {}),
  };
}

/** Distinct short source names of some export rows, for a chart's source line. */
export function sourceNames(rows: ExportRow[]): string[] {
  return [...new Set(rows.map((r) => r.source))];
}

/**
 * The same rows in a compact shape for the browser: names and sources once, each row a short tuple.
 * A national table (514 regions) would otherwise repeat every key and source address in every row
 * of the page's payload.
 */
export interface CompactRows {
  regions: Record<string, string>;
  sources: Record<string, { name: string; url: string }>;
  /** region code, indicator, year, value, series label, source id, role */
  rows: [string, string, number, number | null, string, string, string | null][];
}

export function compactRows(rows: ExportRow[]): CompactRows {
  const out: CompactRows = { regions: {}, sources: {}, rows: [] };
  for (const r of rows) {
    out.regions[r.region_code] = r.region_name;
    out.sources[r.source_id] = { name: r.source, url: r.source_url };
    out.rows.push([r.region_code, r.indicator, r.year, r.value, r.series, r.source_id, r.role ?? null]);
  }
  return out;
}

export function expandRows(c: CompactRows): ExportRow[] {
  return c.rows.map(([region, indicator, year, value, series, source, role]) => ({
    region_code: region,
    region_name: c.regions[region] ?? region,
    indicator,
    year,
    value,
    series,
    source_id: source,
    source: c.sources[source]?.name ?? source,
    source_url: c.sources[source]?.url ?? "",
    ...(role !== null ? { role } : {}),
  }));
}

/** The two CSV forms offered for a chart: standard (comma, decimal point) and Excel Indonesia (semicolon, decimal comma). */
export type CsvFlavour = "standard" | "excel-id";

/** Column names of a chart's CSV in the page's language (kode_wilayah / region_code …). */
export type CsvColumnNames = Record<keyof ExportRow, string>;

const COLUMNS: (keyof ExportRow)[] = [
  "region_code",
  "region_name",
  "indicator",
  "year",
  "value",
  "series",
  "source",
  "source_url",
  "source_id",
];

/** The rows behind a chart as CSV: region code and name, indicator, year, value, series, source (and role when present). */
export function exportRowsToCsv(rows: ExportRow[], flavour: CsvFlavour, names: CsvColumnNames): string {
  const columns = rows.some((r) => r.role) ? [...COLUMNS, "role" as const] : COLUMNS;
  return writeCsv(
    columns.map((c) => names[c]),
    rows.map((r) => columns.map((c) => (c === "value" || c === "year" ? (r[c] ?? null) : (r[c] ?? "")))),
    flavour === "excel-id" ? EXCEL_ID_STYLE : STANDARD_STYLE,
  );
}
