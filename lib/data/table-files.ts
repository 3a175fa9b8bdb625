/**
 * The tables of data/ as downloads with stable URLs (/unduh/data/observations.csv, .json): the same
 * rows and columns as the files, re-written as clean CSV (UTF-8 BOM, formula-like text neutralised)
 * and as JSON with numbers typed. Only served after the whole dataset has validated.
 */
import { toCsv } from "@/lib/format/csv-export";
import { parseCsvText } from "./csv";
import { parseDecimal } from "./decimal";
import { dataDir, loadDataset, readDataFiles } from "./load";
import { TABLES, TABLE_NAMES, columnsOf, type TableName } from "./schemas";

/** Columns that hold numbers, typed as numbers in the JSON. */
const NUMERIC = new Set(["value", "baseline_value", "target_value", "min", "max", "natural_limit", "year", "baseline_year", "target_year", "start_year", "end_year", "decimals", "order"]);

export const TABLE_DOWNLOADS = TABLE_NAMES.flatMap((name) => [`${name}.csv`, `${name}.json`]);

async function rowsOf(name: TableName): Promise<{ columns: string[]; rows: string[][] }> {
  const result = await loadDataset();
  if (!result.ok) throw new Error("data/ does not validate; run npm run data:check");
  const bytes = (await readDataFiles(dataDir()))[name];
  const text = new TextDecoder("utf-8").decode(bytes!).replace(/^\uFEFF/, "");
  const { table } = parseCsvText(TABLES[name].file, text);
  const columns = columnsOf(name);
  const index = columns.map((c) => table.header.indexOf(c));
  return { columns, rows: table.rows.map((r) => index.map((i) => (r.cells[i] ?? "").trim())) };
}

export async function tableFile(file: string): Promise<{ body: string; type: string } | null> {
  const m = /^([a-z]+)\.(csv|json)$/.exec(file);
  const name = m?.[1] as TableName | undefined;
  if (!m || !name || !TABLE_NAMES.includes(name)) return null;
  const { columns, rows } = await rowsOf(name);
  if (m[2] === "csv") return { body: toCsv(columns, rows, "standard"), type: "text/csv; charset=utf-8" };
  const records = rows.map((r) =>
    Object.fromEntries(
      columns.map((c, i) => {
        const cell = r[i]!;
        if (cell === "") return [c, null];
        if (NUMERIC.has(c)) {
          const n = parseDecimal(cell);
          return [c, n.ok ? n.value : cell];
        }
        return [c, cell];
      }),
    ),
  );
  return { body: JSON.stringify({ table: name, columns, rows: records }, null, 1), type: "application/json; charset=utf-8" };
}
