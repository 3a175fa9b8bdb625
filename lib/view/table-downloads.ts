/**
 * The tables of data/ as downloads with stable URLs (/unduh/data/observations.csv, .json): the same
 * rows and columns as the files, re-written as clean CSV (UTF-8 BOM, formula-like text neutralised)
 * and as JSON with the numeric columns typed. Pure: the route reads the files, after the whole dataset
 * has validated.
 */
import { STANDARD_STYLE, parseCsvText, writeCsv } from "@/lib/data/csv";
import { parseDecimal } from "@/lib/data/decimal";
import { TABLES, TABLE_NAMES, columnsOf, numericColumns, type TableName } from "@/lib/data/schemas";

export const TABLE_DOWNLOADS = TABLE_NAMES.flatMap((name) => [`${name}.csv`, `${name}.json`]);

export type TableBytes = Partial<Record<TableName, Uint8Array | null>>;

function rowsOf(name: TableName, bytes: Uint8Array): { columns: string[]; rows: string[][] } {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const { table } = parseCsvText(TABLES[name].file, text);
  const columns = columnsOf(name);
  const index = columns.map((c) => table.header.indexOf(c));
  return { columns, rows: table.rows.map((r) => index.map((i) => (r.cells[i] ?? "").trim())) };
}

/** The download named `file` ("targets.json"), or null when there is no such table. */
export function tableFile(file: string, files: TableBytes): { body: string; type: string } | null {
  const m = /^([a-z]+)\.(csv|json)$/.exec(file);
  const name = m?.[1] as TableName | undefined;
  const bytes = name && TABLE_NAMES.includes(name) ? files[name] : null;
  if (!m || !name || !bytes) return null;
  const { columns, rows } = rowsOf(name, bytes);
  if (m[2] === "csv") return { body: writeCsv(columns, rows, STANDARD_STYLE), type: "text/csv; charset=utf-8" };
  const numeric = new Set(numericColumns(name));
  const records = rows.map((r) =>
    Object.fromEntries(
      columns.map((c, i) => {
        const cell = r[i]!;
        if (cell === "") return [c, null];
        const n = numeric.has(c) ? parseDecimal(cell) : null;
        return [c, n?.ok ? n.value : cell];
      }),
    ),
  );
  return { body: JSON.stringify({ table: name, columns, rows: records }, null, 1), type: "application/json; charset=utf-8" };
}
