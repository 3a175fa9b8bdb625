/**
 * A small dataset for unit tests of logic (lib/data/fixtures/mini): seven regions, the four indices,
 * the paper's targets and the published values that disagree with them, read through the same
 * parse-and-validate path as data/. Tests of logic use it, so a data steward's correct update of
 * data/ never breaks them; one test checks that data/ itself validates.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { TABLES, TABLE_NAMES, type TableName } from "./schemas";
import { validateFiles, type Dataset } from "./validate";

const DIR = path.join(process.cwd(), "lib", "data", "fixtures", "mini");

/** The fixture as CSV text per table. */
export function miniFiles(): Record<TableName, string> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, readFileSync(path.join(DIR, TABLES[name].file), "utf8")])) as Record<
    TableName,
    string
  >;
}

/**
 * The fixture dataset, optionally with tables edited first (e.g. one value changed). Throws on
 * invalid data: a test fixture that does not validate is a broken test, not a case to handle.
 */
export function miniDataset(edit?: (files: Record<TableName, string>) => Partial<Record<TableName, string>>): Dataset {
  const files = miniFiles();
  const r = validateFiles({ ...files, ...(edit ? edit(files) : {}) }, { currentYear: 2026 });
  if (!r.ok) throw new Error(`fixture does not validate: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.dataset;
}
