/**
 * CSV downloads that Excel opens correctly and safely.
 * - "standard": comma delimiter, decimal point; "excel-id": semicolon and decimal comma, as Indonesian
 *   Excel expects. Both start with a UTF-8 BOM so Excel reads accents right (and never with "sep=",
 *   which makes Excel ignore the BOM).
 * - Text cells that start with = + - @ tab, CR or NUL would run as formulas when opened (CSV injection,
 *   OWASP / CWE-1236): they get a leading apostrophe. Numbers are written as numbers, never prefixed,
 *   so a negative change like -0,02 stays a number.
 * - RFC 4180 quoting for cells holding the delimiter, quotes or line breaks.
 */
import type { ExportRow } from "@/lib/view/export-rows";
import type { Lang } from "@/lib/i18n/lang";

export type CsvFlavour = "standard" | "excel-id";

export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r\0]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Neutralise a text cell that a spreadsheet would evaluate. A plain number (-0.5) is not a formula and stays as it is. */
export function defangText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A number as the flavour writes it: full precision, decimal point or comma, no grouping. */
export function csvNumber(value: number, flavour: CsvFlavour): string {
  const s = String(value);
  return flavour === "excel-id" ? s.replace(".", ",") : s;
}

export type CsvCell = string | number | null;

/** Any table to CSV text (with BOM). Numbers stay numbers; text is defanged and quoted. */
export function toCsv(header: string[], rows: CsvCell[][], flavour: CsvFlavour): string {
  const delimiter = flavour === "excel-id" ? ";" : ",";
  const line = (cells: CsvCell[]) =>
    cells
      .map((c) =>
        c === null
          ? ""
          : typeof c === "number"
            ? Number.isFinite(c)
              ? csvNumber(c, flavour)
              : ""
            : quote(defangText(c), delimiter),
      )
      .join(delimiter);
  return BOM + [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}

const HEADERS: Record<Lang, Record<keyof ExportRow, string>> = {
  id: {
    region_code: "kode_wilayah",
    region_name: "nama_wilayah",
    indicator: "indikator",
    year: "tahun",
    value: "nilai",
    series: "seri",
    source_id: "id_sumber",
    source: "sumber",
    source_url: "url_sumber",
    role: "keterangan",
  },
  en: {
    region_code: "region_code",
    region_name: "region_name",
    indicator: "indicator",
    year: "year",
    value: "value",
    series: "series",
    source_id: "source_id",
    source: "source",
    source_url: "source_url",
    role: "role",
  },
};

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
export function exportRowsToCsv(rows: ExportRow[], flavour: CsvFlavour, lang: Lang): string {
  const columns = rows.some((r) => r.role) ? [...COLUMNS, "role" as const] : COLUMNS;
  return toCsv(
    columns.map((c) => HEADERS[lang][c]),
    rows.map((r) => columns.map((c) => (c === "value" || c === "year" ? (r[c] ?? null) : (r[c] ?? "")) as CsvCell)),
    flavour,
  );
}

/** A safe file name from a chart title: lower case, ASCII, dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "grafik"
  );
}
