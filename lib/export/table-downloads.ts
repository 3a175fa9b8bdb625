/**
 * The tables of data/ as downloads with stable URLs: the same rows and columns as the files, with the
 * region's name beside every region code (a spreadsheet that strips the leading zero of 0000 still
 * says "Indonesia"), as CSV (standard, and Excel Indonesia: semicolons, decimal commas), JSON with the
 * numbers typed, and one workbook (.xlsx) per language holding every table and a sources & method
 * sheet. Pure: the route reads the files, after the whole dataset has validated.
 */
import { EXCEL_ID_STYLE, STANDARD_STYLE, parseCsvText, writeCsv, type CsvCell } from "@/lib/data/csv";
import { parseDecimal } from "@/lib/data/decimal";
import { TABLES, TABLE_NAMES, columnsOf, numericColumns, type TableName } from "@/lib/data/schemas";
import type { Dataset } from "@/lib/data/validate";
import { fileSlug } from "@/lib/format/file-name";
import type { WorkCell, WorkSheet } from "@/lib/export/xlsx";
import { dict } from "@/lib/i18n/dictionary";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { datasetSourcesSheet, sheet } from "./workbook";

export type TableBytes = Partial<Record<TableName, Uint8Array | null>>;

/** The workbook's file name in a language: data-pug-kotabaru.xlsx, pug-data-kotabaru-en.xlsx. */
export function workbookFile(d: Dataset, lang: Lang): string {
  const focus = d.regions.find((r) => r.code === d.settings.focusRegion)!;
  const place = fileSlug(focus.name.replace(/^(Kabupaten|Kota|Provinsi)\s+/i, ""));
  return `${dict(lang).workbook.file(place)}.xlsx`;
}

/** Every download of /unduh/data/: three files per table and one workbook per language. */
export function tableDownloads(d: Dataset): string[] {
  return [
    ...TABLE_NAMES.flatMap((name) => [`${name}.csv`, `${name}-excel-id.csv`, `${name}.json`]),
    ...LANGS.map((lang) => workbookFile(d, lang)),
  ];
}

/** Columns holding an indicator's value, shown at that indicator's decimals. */
const VALUE_COLUMNS = new Set(["value", "baseline_value", "target_value"]);

interface DownloadTable {
  columns: string[];
  rows: string[][];
  numeric: Set<string>;
}

/** A table's rows as written in its file, with `region_name` after `region`. */
function downloadTable(d: Dataset, name: TableName, bytes: Uint8Array): DownloadTable {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const { table } = parseCsvText(TABLES[name].file, text);
  const fileColumns = columnsOf(name);
  const index = fileColumns.map((c) => table.header.indexOf(c));
  const rows = table.rows.map((r) => index.map((i) => (r.cells[i] ?? "").trim()));
  const at = fileColumns.indexOf("region");
  if (at < 0) return { columns: fileColumns, rows, numeric: new Set(numericColumns(name)) };
  const names = new Map(d.regions.map((r) => [r.code, r.name]));
  return {
    columns: [...fileColumns.slice(0, at + 1), "region_name", ...fileColumns.slice(at + 1)],
    rows: rows.map((r) => [...r.slice(0, at + 1), names.get(r[at]!) ?? "", ...r.slice(at + 1)]),
    numeric: new Set(numericColumns(name)),
  };
}

function numberOf(cell: string): number | null {
  const n = cell === "" ? null : parseDecimal(cell);
  return n?.ok ? n.value : null;
}

/** Rows with numbers as numbers (written with the style's decimal mark), text as text, empty as empty. */
function typedRows(t: DownloadTable): CsvCell[][] {
  const numeric = t.columns.map((c) => t.numeric.has(c));
  return t.rows.map((r) => r.map((cell, i) => (cell === "" ? null : numeric[i] ? (numberOf(cell) ?? cell) : cell)));
}

/** Decimals of a number cell: the indicator's for its values, otherwise as written in the file. */
function sheetRows(d: Dataset, t: DownloadTable): WorkCell[][] {
  const decimals = new Map(d.indicators.map((i) => [i.code, i.decimals]));
  const indicatorAt = t.columns.indexOf("indicator");
  return t.rows.map((r) =>
    r.map((cell, i): WorkCell => {
      const column = t.columns[i]!;
      const n = t.numeric.has(column) ? numberOf(cell) : null;
      if (cell === "") return null;
      if (n === null) return cell;
      const own = /[.,](\d+)$/.exec(cell)?.[1]?.length ?? 0;
      const fromIndicator = VALUE_COLUMNS.has(column) && indicatorAt >= 0 ? decimals.get(r[indicatorAt]!) : undefined;
      return { value: n, decimals: fromIndicator ?? own };
    }),
  );
}

/** Every table as a sheet (the values first), then the sources and the progress method. */
export function datasetWorkbook(d: Dataset, files: TableBytes, lang: Lang): WorkSheet[] {
  const t = dict(lang);
  const order: TableName[] = ["observations", ...TABLE_NAMES.filter((n) => n !== "observations")];
  const sheets = order.flatMap((name) => {
    const bytes = files[name];
    if (!bytes) return [];
    const table = downloadTable(d, name, bytes);
    return [sheet(t.workbook.sheets[name], table.columns, sheetRows(d, table))];
  });
  const sources = d.sources.map((s) => ({
    id: s.id,
    kind: t.sourceKind[s.kind],
    publisher: s.publisher[lang],
    title: s.title,
    year: s.year,
    url: s.url ?? "",
    note: s.note ?? "",
  }));
  return [...sheets, datasetSourcesSheet(sources, lang)];
}

export type TableFile = { kind: "text"; body: string; type: string } | { kind: "workbook"; sheets: WorkSheet[] };

/** The download named `file`, or null when there is no such file. */
export function tableFile(file: string, files: TableBytes, d: Dataset): TableFile | null {
  const book = LANGS.find((lang) => workbookFile(d, lang) === file);
  if (book) return { kind: "workbook", sheets: datasetWorkbook(d, files, book) };
  const m = /^([a-z]+)(-excel-id)?\.(csv|json)$/.exec(file);
  const name = m?.[1] as TableName | undefined;
  const bytes = name && TABLE_NAMES.includes(name) ? files[name] : null;
  if (!m || !name || !bytes || (m[2] && m[3] === "json")) return null;
  const table = downloadTable(d, name, bytes);
  const rows = typedRows(table);
  if (m[3] === "csv") {
    const body = writeCsv(table.columns, rows, m[2] ? EXCEL_ID_STYLE : STANDARD_STYLE);
    return { kind: "text", body, type: "text/csv; charset=utf-8" };
  }
  const records = rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i] ?? null])));
  return {
    kind: "text",
    body: JSON.stringify({ table: name, columns: table.columns, rows: records }, null, 1),
    type: "application/json; charset=utf-8",
  };
}
