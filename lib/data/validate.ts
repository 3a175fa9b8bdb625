/**
 * Whole-dataset validation: every table's rows against its schema, then every rule that spans
 * tables (unknown codes, duplicates, ranges, year order). All problems are collected and returned
 * together; a dataset is only returned when there are none, so nothing half-loaded is ever shown.
 * Pure: the build, the CLI and the browser's CSV checker all call this with file contents.
 */
import type { z } from "zod";
import { checkCrossTable, type Lined, type PartialRow, type Tables } from "./cross-table";
import { decodeCsvBytes, parseCsvText, type CsvRow, type CsvTable } from "./csv";
import { groupRepeatedIssues, type DataIssue, type IssueCode } from "./issues";
import {
  TABLES,
  TABLE_NAMES,
  columnsOf,
  type Action,
  type ApeRecord,
  type Indicator,
  type Milestone,
  type Observation,
  type Region,
  type Release,
  type Series,
  type Source,
  type TableName,
  type Target,
} from "./schemas";

export interface Dataset {
  indicators: Indicator[];
  regions: Region[];
  sources: Source[];
  series: Series[];
  observations: Observation[];
  targets: Target[];
  ape: ApeRecord[];
  milestones: Milestone[];
  actions: Action[];
  releases: Release[];
  settings: { focusRegion: string };
}

export interface DatasetSummary {
  tables: number;
  rows: number;
  regions: number;
  indicators: number;
  observations: number;
  firstYear: number | null;
  lastYear: number | null;
}

export type LoadResult = { ok: true; dataset: Dataset; summary: DatasetSummary } | { ok: false; issues: DataIssue[] };

type Rows = { [K in TableName]: NonNullable<Tables[K]> };

/** A file's bytes or text, or why it could not be read at all (the system's error code, e.g. EISDIR). */
export type FileInput = Uint8Array | string | { unreadable: string };

export interface ValidateOptions {
  /** Tables not given as files are taken from here (the browser checks one uploaded file against the bundled data). */
  base?: Dataset;
  /** Overrides settings.csv focus_region (e.g. the FOCUS_REGION environment variable). */
  focusRegion?: string;
  /** Latest year an observation may have; defaults to the current calendar year. */
  currentYear?: number;
}

export function validateFiles(files: Partial<Record<TableName, FileInput | null>>, options: ValidateOptions = {}): LoadResult {
  const read = readAll(files, options);
  const { issues } = read;
  const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, tableRows(read, name, options.base)])) as unknown as Tables;
  const focus = checkCrossTable(
    {
      tables,
      partial: read.partial,
      rejected: read.rejected,
      currentYear: options.currentYear ?? new Date().getFullYear(),
      focusOverride: options.focusRegion,
    },
    issues,
  );
  for (const issue of issues) {
    const index = issue.column === null ? -1 : (read.headers.get(issue.file)?.indexOf(issue.column) ?? -1);
    if (issue.columnIndex === undefined && index >= 0) issue.columnIndex = index;
  }
  if (issues.length > 0 || focus === null) return { ok: false, issues: groupRepeatedIssues(sortIssues(issues)) };

  const all = <K extends Exclude<TableName, "settings">>(name: K) => tables[name]!.map((r) => r.value) as Dataset[K];
  const dataset: Dataset = {
    indicators: all("indicators").sort((a, b) => a.order - b.order),
    regions: all("regions"),
    sources: all("sources"),
    series: all("series"),
    observations: all("observations"),
    targets: all("targets"),
    ape: all("ape"),
    milestones: all("milestones").sort((a, b) => a.startYear - b.startYear),
    actions: all("actions"),
    releases: all("releases"),
    settings: { focusRegion: focus },
  };
  return { ok: true, dataset, summary: summarise(dataset, read.rows) };
}

interface ReadAll {
  issues: DataIssue[];
  rows: Partial<Rows>;
  partial: Partial<Record<TableName, PartialRow[]>>;
  headers: Map<string, string[]>;
  /** Tables whose rows could not all be read; cross-checks that depend on them are skipped. */
  unreadable: Set<TableName>;
  /** "table|id" of rows that failed their own checks: references to them are not blamed again. */
  rejected: Set<string>;
}

/** Read every table given: decode, parse, check each row. */
function readAll(files: Partial<Record<TableName, FileInput | null>>, options: ValidateOptions): ReadAll {
  const out: ReadAll = { issues: [], rows: {}, partial: {}, headers: new Map(), unreadable: new Set(), rejected: new Set() };
  for (const name of TABLE_NAMES) {
    const input = files[name];
    const { file } = TABLES[name];
    if (input === undefined || input === null) {
      if (options.base) continue;
      out.issues.push({
        file,
        line: null,
        column: null,
        value: null,
        code: "file-missing",
        params: { columns: columnsOf(name).join(", ") },
      });
      out.unreadable.add(name);
      continue;
    }
    if (typeof input === "object" && "unreadable" in input) {
      out.issues.push({ file, line: null, column: null, value: input.unreadable, code: "file-unreadable" });
      out.unreadable.add(name);
      continue;
    }
    const read = readTable(name, input);
    out.issues.push(...read.issues);
    for (const key of read.rejected) out.rejected.add(`${name}|${key}`);
    if (read.header) out.headers.set(file, read.header);
    out.partial[name] = read.partial;
    if (read.rows === null) out.unreadable.add(name);
    else (out.rows as Record<TableName, Lined<unknown>[]>)[name] = read.rows;
  }
  return out;
}

/** A table's rows: as read, or (for the browser's checker) the bundled table's, marked line 0 so they are never blamed. */
function tableRows<K extends TableName>(read: ReadAll, name: K, base: Dataset | undefined): Rows[K] | null {
  if (read.rows[name]) return read.rows[name] as Rows[K];
  if (read.unreadable.has(name) || !base) return null;
  if (name === "settings")
    return [{ line: 0, value: { key: "focus_region", value: base.settings.focusRegion, note: null } }] as Rows[K];
  return (base[name as Exclude<TableName, "settings">] as unknown[]).map((value) => ({ line: 0, value })) as Rows[K];
}

function summarise(d: Dataset, rows: Partial<Rows>): DatasetSummary {
  const years = d.observations.map((o) => o.year);
  const counted = Object.values(rows).reduce((n, r) => n + (r?.length ?? 0), 0);
  return {
    tables: TABLE_NAMES.length,
    rows: counted,
    regions: d.regions.length,
    indicators: d.indicators.length,
    observations: d.observations.length,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

/** File by file (in table order), line by line, and on one line from the leftmost column: the order a steward fixes them in. */
function sortIssues(issues: DataIssue[]): DataIssue[] {
  const order = new Map<string, number>(TABLE_NAMES.map((n, i) => [TABLES[n].file, i]));
  const key = (issue: DataIssue) => [order.get(issue.file) ?? 99, issue.line ?? 0, issue.columnIndex ?? -1];
  return issues
    .map((issue, i) => ({ issue, i, k: key(issue) }))
    .sort((a, b) => a.k[0]! - b.k[0]! || a.k[1]! - b.k[1]! || a.k[2]! - b.k[2]! || a.i - b.i)
    .map((x) => x.issue);
}

/** Levenshtein distance, for "did you mean" on renamed columns. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export interface ReadTable {
  /** Rows that passed every cell rule; null when the file itself cannot be read. */
  rows: Lined<unknown>[] | null;
  /** Rows that failed, with the cells that did read (their references are still checked). */
  partial: PartialRow[];
  header: string[] | null;
  issues: DataIssue[];
  /** Ids defined by rejected rows of a lookup table (see rowKey). */
  rejected: string[];
}

/** Read one table: decode, parse, check the header, validate every row. */
export function readTable(name: TableName, input: Uint8Array | string): ReadTable {
  const { file, mayBeEmpty } = TABLES[name];
  const columns = columnsOf(name);
  const none = (issues: DataIssue[], header: string[] | null = null): ReadTable => ({
    rows: null,
    partial: [],
    header,
    issues,
    rejected: [],
  });
  let text: string;
  if (typeof input === "string") {
    text = input.replace(/^\uFEFF/, "");
  } else {
    const decoded = decodeCsvBytes(file, input);
    if ("issue" in decoded) return none([decoded.issue]);
    text = decoded.text;
  }
  if (text.trim() === "") {
    return none([{ file, line: null, column: null, value: null, code: "file-empty", params: { columns: columns.join(", ") } }]);
  }
  const { table, issues } = parseCsvText(file, text);
  const headerIssues = checkHeader(table, columns);
  issues.push(...headerIssues);
  if (headerIssues.some((i) => i.code !== "header-unknown-column")) return none(issues, table.header);
  if (table.rows.length === 0 && !mayBeEmpty) {
    issues.push({ file, line: table.headerLine, column: null, value: null, code: "file-header-only" });
    return none(issues, table.header);
  }
  // Rows that passed are kept even when others failed, so cross-table rules can still report on them.
  const out: ReadTable = { rows: [], partial: [], header: table.header, issues, rejected: [] };
  for (const row of table.rows) readRow(name, table, row, out);
  return out;
}

/** Check one row against its table's schema, adding it to `out.rows`, or its problems to `out.issues`. */
function readRow(name: TableName, table: CsvTable, row: CsvRow, out: ReadTable) {
  const { file, schema } = TABLES[name];
  let cells = row.cells;
  // Excel sometimes pads rows with empty trailing cells; those are harmless.
  while (cells.length > table.header.length && cells[cells.length - 1]!.trim() === "") cells = cells.slice(0, -1);
  if (cells.length !== table.header.length) {
    out.issues.push(fieldCountIssue(table, row, cells));
    return;
  }
  // Content under an empty heading would otherwise be dropped without a word.
  table.header.forEach((h, i) => {
    const c = cells[i];
    if (h === "" && c !== undefined && c.trim() !== "")
      out.issues.push({ file, line: row.line, column: "", columnIndex: i, value: c, code: "cell-no-heading" });
  });
  const index = new Map(table.header.map((h, i) => [h, i]));
  const record: Record<string, string> = {};
  for (const col of columnsOf(name)) record[col] = cells[index.get(col)!] ?? "";
  const parsed = schema.safeParse(record);
  if (parsed.success) {
    out.rows!.push({ line: row.line, value: parsed.data });
    return;
  }
  const key = rowKey(name, record);
  if (key !== null) out.rejected.push(key);
  out.partial.push({ line: row.line, value: cellsThatRead(schema.in.shape as Record<string, z.ZodType>, record) });
  for (const zi of parsed.error.issues) {
    const column = String(zi.path[0] ?? "");
    const params = "params" in zi && zi.params ? (zi.params as Record<string, string | number>) : undefined;
    out.issues.push({
      file,
      line: row.line,
      column,
      columnIndex: index.get(column),
      value: record[column] ?? null,
      code: zi.message as IssueCode,
      ...(params ? { params } : {}),
    });
  }
}

/**
 * A row with too many or too few cells. A row written with another delimiter (Indonesian Excel's ";"
 * in a "," file) splits into the right number of cells when read with that one, so say which.
 */
function fieldCountIssue(table: CsvTable, row: CsvRow, cells: string[]): DataIssue {
  const joined = row.cells.join(table.delimiter);
  const otherDelimiter = ([",", ";", "\t"] as const).find(
    (d) => d !== table.delimiter && joined.split(d).length >= table.header.length - 1 && joined.includes(d),
  );
  return {
    file: table.file,
    line: row.line,
    column: null,
    value: truncateRow(cells.join(table.delimiter)),
    code: "row-field-count",
    params: {
      found: cells.length,
      expected: table.header.length,
      delimiter: shownDelimiter(table.delimiter),
      ...(otherDelimiter ? { otherDelimiter: shownDelimiter(otherDelimiter) } : {}),
    },
  };
}

/** The cells of a row that pass their own column's rule, by column: what cross-table rules can still check. */
function cellsThatRead(shape: Record<string, z.ZodType>, record: Record<string, string>): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const [column, schema] of Object.entries(shape)) {
    const r = schema.safeParse(record[column] ?? "");
    if (r.success) cells[column] = r.data;
  }
  return cells;
}

/**
 * The id other tables use to point at a row of a lookup table. A row rejected for another column
 * (a bad URL in sources.csv) still defines its id, so rows that use it are not also reported as
 * pointing at an unknown id: one mistake, one message.
 */
function rowKey(name: TableName, record: Record<string, string>): string | null {
  switch (name) {
    case "regions":
    case "indicators":
      return record.code?.trim() || null;
    case "sources":
      return record.id?.trim() || null;
    case "series":
      return `${record.indicator?.trim()}|${record.code?.trim()}`;
    default:
      return null;
  }
}

function shownDelimiter(d: string): string {
  return d === "\t" ? "tab" : d;
}

function truncateRow(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function checkHeader(table: CsvTable, columns: string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const { file, header, headerLine } = table;
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    // Empty heading cells are what Excel leaves when the sheet runs past the data: not duplicates.
    if (h === "") return;
    if (seen.has(h))
      issues.push({ file, line: headerLine, column: h, columnIndex: i, value: h, code: "header-duplicate-column" });
    else seen.set(h, i);
  });
  const unknown = header.map((h, i) => ({ h, i })).filter(({ h }) => !columns.includes(h));
  for (const expected of columns) {
    if (seen.has(expected)) continue;
    const near = unknown
      .map((u) => ({ ...u, d: distance(u.h.replace(/[\s-]+/g, "_"), expected) }))
      .filter((u) => u.d <= Math.max(2, Math.floor(expected.length / 3)) || u.h.includes(expected) || expected.includes(u.h))
      .sort((a, b) => a.d - b.d)[0];
    issues.push({
      file,
      line: headerLine,
      column: expected,
      value: near ? near.h : null,
      code: "header-missing-column",
      params: near ? { expected, suggestion: near.h } : { expected },
    });
  }
  for (const u of unknown) {
    if (u.h === "") continue; // an empty trailing header cell from Excel is harmless
    issues.push({
      file,
      line: headerLine,
      column: u.h,
      columnIndex: u.i,
      value: u.h,
      code: "header-unknown-column",
      params: { columns: columns.join(", ") },
    });
  }
  return issues;
}
