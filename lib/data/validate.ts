/**
 * Whole-dataset validation: every table's rows against its schema, then every rule that spans
 * tables (unknown codes, duplicates, ranges, year order). All problems are collected and returned
 * together; a dataset is only returned when there are none, so nothing half-loaded is ever shown.
 * Pure: the build, the CLI and the browser's CSV checker all call this with file contents.
 */
import { decodeCsvBytes, parseCsvText, type CsvTable } from "./csv";
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
  type Series,
  type Setting,
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

/** A validated row with the line it came from, kept for cross-table messages. */
interface Lined<T> {
  line: number;
  value: T;
}

type Rows = {
  indicators: Lined<Indicator>[];
  regions: Lined<Region>[];
  sources: Lined<Source>[];
  series: Lined<Series>[];
  observations: Lined<Observation>[];
  targets: Lined<Target>[];
  ape: Lined<ApeRecord>[];
  milestones: Lined<Milestone>[];
  actions: Lined<Action>[];
  settings: Lined<Setting>[];
};

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

const SETTING_KEYS = ["focus_region"] as const;

export function validateFiles(files: Partial<Record<TableName, FileInput | null>>, options: ValidateOptions = {}): LoadResult {
  const issues: DataIssue[] = [];
  const rows: Partial<Rows> = {};
  const headers = new Map<string, string[]>();
  /** Tables whose rows could not all be read; cross-checks that depend on them are skipped. */
  const unreadable = new Set<TableName>();
  /** "table|id" of rows that failed their own checks: references to them are not blamed again. */
  const rejected = new Set<string>();

  for (const name of TABLE_NAMES) {
    const input = files[name];
    const { file } = TABLES[name];
    if (input === undefined || input === null) {
      if (options.base) continue;
      issues.push({ file, line: null, column: null, value: null, code: "file-missing", params: { columns: columnsOf(name).join(", ") } });
      unreadable.add(name);
      continue;
    }
    if (typeof input === "object" && "unreadable" in input) {
      issues.push({ file, line: null, column: null, value: input.unreadable, code: "file-unreadable" });
      unreadable.add(name);
      continue;
    }
    const read = readTable(name, input);
    issues.push(...read.issues);
    for (const key of read.rejected) rejected.add(`${name}|${key}`);
    if (read.header) headers.set(file, read.header);
    if (read.rows === null) unreadable.add(name);
    else (rows as Record<TableName, Lined<unknown>[]>)[name] = read.rows;
  }

  const base = options.base;
  const from = <K extends TableName>(name: K): Rows[K] | null => {
    if (rows[name]) return rows[name] as Rows[K];
    if (unreadable.has(name) || !base) return null;
    if (name === "settings") {
      return [{ line: 0, value: { key: "focus_region", value: base.settings.focusRegion, note: null } }] as Rows[K];
    }
    return (base[name as Exclude<TableName, "settings">] as unknown[]).map((value) => ({ line: 0, value })) as Rows[K];
  };

  const currentYear = options.currentYear ?? new Date().getFullYear();
  const focus = checkCrossTable(
    {
      indicators: from("indicators"),
      regions: from("regions"),
      sources: from("sources"),
      series: from("series"),
      observations: from("observations"),
      targets: from("targets"),
      ape: from("ape"),
      milestones: from("milestones"),
      actions: from("actions"),
      settings: from("settings"),
    },
    issues,
    currentYear,
    options.focusRegion,
    rejected,
  );
  for (const issue of issues) {
    const index = issue.column === null ? -1 : (headers.get(issue.file)?.indexOf(issue.column) ?? -1);
    if (issue.columnIndex === undefined && index >= 0) issue.columnIndex = index;
  }

  if (issues.length > 0 || focus === null) {
    return { ok: false, issues: groupRepeatedIssues(sortIssues(issues)) };
  }
  const all = <K extends Exclude<TableName, "settings">>(name: K) => from(name)!.map((r) => r.value) as Dataset[K];
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
    settings: { focusRegion: focus },
  };
  return { ok: true, dataset, summary: summarise(dataset, rows) };
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

function sortIssues(issues: DataIssue[]): DataIssue[] {
  const order = new Map<string, number>(TABLE_NAMES.map((n, i) => [TABLES[n].file, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const fa = order.get(a.issue.file) ?? 99;
      const fb = order.get(b.issue.file) ?? 99;
      if (fa !== fb) return fa - fb;
      const la = a.issue.line ?? 0;
      const lb = b.issue.line ?? 0;
      return la !== lb ? la - lb : a.i - b.i;
    })
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

/** Read one table: decode, parse, check the header, validate every row. rows is null when the file itself cannot be read. */
export function readTable(
  name: TableName,
  input: Uint8Array | string,
): { rows: Lined<unknown>[] | null; header: string[] | null; issues: DataIssue[]; rejected: string[] } {
  const { file, schema, mayBeEmpty } = TABLES[name];
  const rejected: string[] = [];
  const columns = columnsOf(name);
  const issues: DataIssue[] = [];
  let text: string;
  if (typeof input === "string") {
    text = input.replace(/^\uFEFF/, "");
  } else {
    const decoded = decodeCsvBytes(file, input);
    if ("issue" in decoded) return { rows: null, header: null, issues: [decoded.issue], rejected };
    text = decoded.text;
  }
  if (text.trim() === "") {
    return {
      rows: null,
      header: null,
      issues: [{ file, line: null, column: null, value: null, code: "file-empty", params: { columns: columns.join(", ") } }],
      rejected,
    };
  }
  const { table, issues: parseIssues } = parseCsvText(file, text);
  issues.push(...parseIssues);

  const headerIssues = checkHeader(table, columns);
  issues.push(...headerIssues);
  if (headerIssues.some((i) => i.code !== "header-unknown-column")) return { rows: null, header: table.header, issues, rejected };

  if (table.rows.length === 0 && !mayBeEmpty) {
    issues.push({ file, line: table.headerLine, column: null, value: null, code: "file-header-only" });
    return { rows: null, header: table.header, issues, rejected };
  }

  const index = new Map(table.header.map((h, i) => [h, i]));
  const out: Lined<unknown>[] = [];
  for (const row of table.rows) {
    let cells = row.cells;
    // Excel sometimes pads rows with empty trailing cells; those are harmless.
    while (cells.length > table.header.length && cells[cells.length - 1]!.trim() === "") cells = cells.slice(0, -1);
    if (cells.length !== table.header.length) {
      // A row written with another delimiter (Indonesian Excel's ";" in a "," file) splits into the
      // right number of cells when read with that one.
      const joined = row.cells.join(table.delimiter);
      const otherDelimiter = ([",", ";", "\t"] as const).find((d) => d !== table.delimiter && joined.split(d).length >= table.header.length - 1 && joined.includes(d));
      issues.push({
        file,
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
      });
      continue;
    }
    // Content under an empty heading would otherwise be dropped without a word.
    table.header.forEach((h, i) => {
      const c = cells[i];
      if (h === "" && c !== undefined && c.trim() !== "") {
        issues.push({ file, line: row.line, column: "", columnIndex: i, value: c, code: "cell-no-heading" });
      }
    });
    const record: Record<string, string> = {};
    for (const col of columns) record[col] = cells[index.get(col)!] ?? "";
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      out.push({ line: row.line, value: parsed.data });
      continue;
    }
    const key = rowKey(name, record);
    if (key !== null) rejected.push(key);
    for (const zi of parsed.error.issues) {
      const column = String(zi.path[0] ?? "");
      const params = "params" in zi && zi.params ? (zi.params as Record<string, string | number>) : undefined;
      issues.push({
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
  // Rows that passed are kept even when others failed, so cross-table rules can still report on them.
  return { rows: out, header: table.header, issues, rejected };
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
    if (seen.has(h)) issues.push({ file, line: headerLine, column: h, columnIndex: i, value: h, code: "header-duplicate-column" });
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
    issues.push({ file, line: headerLine, column: u.h, columnIndex: u.i, value: u.h, code: "header-unknown-column", params: { columns: columns.join(", ") } });
  }
  return issues;
}

type Tables = { [K in TableName]: Rows[K] | null };

/** Rules across tables. Returns the focus region code, or null if it could not be established. */
function checkCrossTable(t: Tables, issues: DataIssue[], currentYear: number, focusOverride: string | undefined, rejected: Set<string>): string | null {
  const push = (file: string, line: number, column: string | null, value: string | null, code: IssueCode, params?: Record<string, string | number>) => {
    // Rows taken from the bundled base dataset (line 0) are already valid; never blame them.
    if (line === 0) return;
    issues.push({ file, line, column, value, code, ...(params ? { params } : {}) });
  };
  const f = (n: TableName) => TABLES[n].file;

  const uniq = <T>(name: TableName, rows: Lined<T>[] | null, key: (v: T) => string, column: string, code: IssueCode = "duplicate-id") => {
    const first = new Map<string, number>();
    for (const r of rows ?? []) {
      const k = key(r.value);
      const at = first.get(k);
      if (at !== undefined) push(f(name), r.line, column, code === "duplicate-row" ? null : k, code, { firstLine: at, key: k });
      else first.set(k, r.line);
    }
    return first;
  };

  const indicators = new Map((t.indicators ?? []).map((r) => [r.value.code, r.value]));
  const regionCodes = new Set((t.regions ?? []).map((r) => r.value.code));
  const sourceIds = new Set((t.sources ?? []).map((r) => r.value.id));
  const seriesByIndicator = new Map<string, string[]>();
  for (const r of t.series ?? []) seriesByIndicator.set(r.value.indicator, [...(seriesByIndicator.get(r.value.indicator) ?? []), r.value.code]);

  const checkRef = (ok: boolean, table: TableName, line: number, column: string, value: string, code: IssueCode, params?: Record<string, string | number>) => {
    if (!ok) push(f(table), line, column, value, code, params);
  };
  const isRejected = (table: TableName, key: string) => rejected.has(`${table}|${key}`);
  const known = {
    region: (table: TableName, line: number, code: string, column = "region") =>
      t.regions && checkRef(regionCodes.has(code) || isRejected("regions", code), table, line, column, code, "ref-unknown-region"),
    indicator: (table: TableName, line: number, code: string) =>
      t.indicators &&
      checkRef(indicators.has(code) || isRejected("indicators", code), table, line, "indicator", code, "ref-unknown-indicator", { allowed: [...indicators.keys()].join(", ") }),
    source: (table: TableName, line: number, id: string) => t.sources && checkRef(sourceIds.has(id) || isRejected("sources", id), table, line, "source", id, "ref-unknown-source"),
    series: (table: TableName, line: number, indicator: string, series: string) => {
      if (!t.series || !indicators.has(indicator) || isRejected("series", `${indicator}|${series}`)) return;
      const allowed = seriesByIndicator.get(indicator) ?? [];
      checkRef(allowed.includes(series), table, line, "series", series, "ref-unknown-series", {
        indicator,
        series,
        allowed: allowed.length ? allowed.join(", ") : "(belum ada seri; tambahkan di series.csv)",
      });
    },
    inRange: (table: TableName, line: number, column: string, indicator: string, value: number | null) => {
      const ind = indicators.get(indicator);
      // A range with min ≥ max is reported once, on the indicator; values are not all blamed for it.
      if (!ind || value === null || !(ind.min < ind.max)) return;
      if (value < ind.min || value > ind.max) push(f(table), line, column, String(value), "value-out-of-range", { indicator, min: ind.min, max: ind.max });
    },
  };

  /** A parent chain that comes back to where it started (a region made its own parent) would never end. */
  const checkParentCycles = (name: TableName, rows: Lined<{ code: string; parent: string | null }>[] | null) => {
    const parentOf = new Map((rows ?? []).map((r) => [r.value.code, r.value.parent]));
    for (const { line, value: v } of rows ?? []) {
      const chain = [v.code];
      for (let at = v.parent; at !== null && at !== undefined && chain.length <= parentOf.size; at = parentOf.get(at) ?? null) {
        chain.push(at);
        if (at === v.code) {
          push(f(name), line, "parent", v.parent, "parent-cycle", { chain: chain.join(" → ") });
          break;
        }
      }
    }
  };
  // indicators
  uniq("indicators", t.indicators, (v) => v.code, "code");
  for (const { line, value: v } of t.indicators ?? []) {
    if (v.parent !== null && !indicators.has(v.parent)) push(f("indicators"), line, "parent", v.parent, "ref-unknown-parent");
    if (!(v.min < v.max)) push(f("indicators"), line, "max", String(v.max), "range-order");
  }
  checkParentCycles("indicators", t.indicators);
  // regions
  uniq("regions", t.regions, (v) => v.code, "code");
  for (const { line, value: v } of t.regions ?? []) {
    if (v.parent !== null && !regionCodes.has(v.parent) && !isRejected("regions", v.parent)) push(f("regions"), line, "parent", v.parent, "ref-unknown-parent");
    known.source("regions", line, v.source);
  }
  checkParentCycles("regions", t.regions);
  // sources
  uniq("sources", t.sources, (v) => v.id, "id");
  // series
  uniq("series", t.series, (v) => `${v.indicator} ${v.code}`, "code");
  const headlines = new Map<string, number>();
  for (const { line, value: v } of t.series ?? []) {
    known.indicator("series", line, v.indicator);
    if (v.source !== null) known.source("series", line, v.source);
    if (v.headline) {
      if (headlines.has(v.indicator)) push(f("series"), line, "headline", "yes", "headline-series", { indicator: v.indicator });
      else headlines.set(v.indicator, line);
    }
  }
  // observations
  uniq(
    "observations",
    t.observations,
    (v) => `${v.region} ${v.indicator} ${v.year} ${v.series} ${v.source}`,
    "source",
    "duplicate-row",
  );
  for (const { line, value: v } of t.observations ?? []) {
    known.region("observations", line, v.region);
    known.indicator("observations", line, v.indicator);
    known.source("observations", line, v.source);
    known.series("observations", line, v.indicator, v.series);
    known.inRange("observations", line, "value", v.indicator, v.value);
    if (v.year > currentYear) push(f("observations"), line, "year", String(v.year), "cell-year-future", { max: currentYear });
  }
  // targets
  uniq("targets", t.targets, (v) => `${v.region} ${v.indicator} ${v.targetYear} ${v.source}`, "source", "duplicate-row");
  for (const { line, value: v } of t.targets ?? []) {
    known.region("targets", line, v.region);
    known.indicator("targets", line, v.indicator);
    known.source("targets", line, v.source);
    if (v.series !== null) known.series("targets", line, v.indicator, v.series);
    known.inRange("targets", line, "baseline_value", v.indicator, v.baselineValue);
    known.inRange("targets", line, "target_value", v.indicator, v.targetValue);
    if (v.targetYear <= v.baselineYear) {
      push(f("targets"), line, "target_year", String(v.targetYear), "target-year-order", { targetYear: v.targetYear, baselineYear: v.baselineYear });
    }
  }
  // APE
  uniq("ape", t.ape, (v) => `${v.region} ${v.year} ${v.source}`, "source", "duplicate-row");
  for (const { line, value: v } of t.ape ?? []) {
    known.region("ape", line, v.region);
    known.source("ape", line, v.source);
  }
  // milestones and actions
  uniq("milestones", t.milestones, (v) => v.id, "id");
  for (const { line, value: v } of t.milestones ?? []) {
    known.source("milestones", line, v.source);
    if (v.endYear !== null && v.endYear < v.startYear) push(f("milestones"), line, "end_year", String(v.endYear), "year-order");
  }
  uniq("actions", t.actions, (v) => v.id, "id");
  for (const { line, value: v } of t.actions ?? []) known.source("actions", line, v.source);

  // settings
  if (!t.settings) return null;
  uniq("settings", t.settings, (v) => v.key, "key");
  let focus: string | null = null;
  let focusLine = 0;
  for (const { line, value: v } of t.settings) {
    if (!(SETTING_KEYS as readonly string[]).includes(v.key)) {
      push(f("settings"), line, "key", v.key, "setting-unknown-key", { allowed: SETTING_KEYS.join(", ") });
    } else if (v.key === "focus_region") {
      focus = v.value;
      focusLine = line;
    }
  }
  if (focusOverride) {
    if (t.regions && !regionCodes.has(focusOverride)) {
      issues.push({ file: "FOCUS_REGION", line: null, column: null, value: focusOverride, code: "ref-unknown-region" });
      return null;
    }
    return focusOverride;
  }
  if (focus === null) {
    issues.push({ file: f("settings"), line: null, column: "key", value: null, code: "setting-missing", params: { key: "focus_region" } });
    return null;
  }
  if (t.regions && !regionCodes.has(focus)) {
    // A focus region whose own row was rejected is already reported there; still no dataset.
    if (!isRejected("regions", focus)) push(f("settings"), focusLine, "value", focus, "ref-unknown-region");
    return null;
  }
  return focus;
}
