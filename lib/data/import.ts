/**
 * Turning a CSV as BPS or Excel exports it into rows of observations.csv, and saying what an import
 * would add, change and leave alone. Pure: the CLI (scripts/data-import.ts) reads and writes files.
 *
 * Two shapes are understood:
 *  - tidy: the columns of observations.csv (region, indicator, year, value, series, source[, note]);
 *  - wide: a BPS table with one row per region and one column per year (title rows above the header,
 *    "-" or empty for unpublished cells). The indicator, series and source are given on the command line.
 */
import { parseCsvText } from "./csv";
import { parseDecimal } from "./decimal";
import type { Observation } from "./schemas";
import type { Dataset } from "./validate";

export interface ImportOptions {
  indicator?: string;
  series?: string;
  source?: string;
  fileName: string;
}

export interface ImportedRow {
  region: string;
  indicator: string;
  year: number;
  value: number;
  series: string;
  source: string;
  note: string;
  /** Where it came from in the input, for messages. */
  from: string;
}

/** What can stop an import; the words for each are in lib/i18n (importProblems). */
export type ImportProblemCode =
  | "unclosed-quote"
  | "shape-unknown"
  | "wide-needs-flag"
  | "indicator-unknown"
  | "source-unknown"
  | "region-unknown"
  | "not-a-number";

export interface ImportProblem {
  line: number | null;
  column: string | null;
  value: string | null;
  code: ImportProblemCode;
  params?: Record<string, string>;
}

export interface ImportPlan {
  shape: "tidy" | "wide";
  rows: ImportedRow[];
  /** Cells left out because nothing was published ("-", "…", empty). */
  skipped: { from: string; value: string }[];
  problems: ImportProblem[];
}

/** Region names as BPS and Excel write them → region codes, tolerant of case, spacing and "Kabupaten"/"Kab."/"Kota" prefixes. */
export function regionMatcher(d: Dataset): (name: string) => string | null {
  const key = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const strip = (k: string) => k.replace(/^(KABUPATEN|KAB|PROVINSI|PROV)/, "");
  const index = new Map<string, string>();
  for (const r of d.regions) {
    for (const k of [key(r.code), key(r.name), key(r.shortName), strip(key(r.name))]) if (k) index.set(k, r.code);
  }
  return (name: string) => {
    const k = key(name);
    if (!k) return null;
    return index.get(k) ?? index.get(strip(k)) ?? index.get(k.replace(/^KOTA/, "")) ?? null;
  };
}

const NOT_PUBLISHED = /^(-|–|—|…|\.\.\.|na|n\/a)?$/i;

export function planImport(text: string, d: Dataset, options: ImportOptions): ImportPlan {
  const { table, issues } = parseCsvText(options.fileName, text.replace(/^\uFEFF/, ""));
  const problems: ImportProblem[] = issues.map((i) => ({ line: i.line, column: null, value: null, code: "unclosed-quote" }));
  const plan: ImportPlan = { shape: "tidy", rows: [], skipped: [], problems };
  const tidyColumns = ["region", "indicator", "year", "value", "series", "source"];
  if (tidyColumns.every((c) => table.header.includes(c))) return planTidy(table.header, table.rows, d, options, plan);

  // Wide: the header is the first row holding year columns.
  const all = [{ line: table.headerLine, cells: table.header }, ...table.rows];
  const headerIndex = all.findIndex((r) => r.cells.some((c) => /^\d{4}$/.test(c.trim())));
  if (headerIndex === -1) {
    problems.push({ line: null, column: null, value: null, code: "shape-unknown" });
    return plan;
  }
  plan.shape = "wide";
  const target = wideTarget(d, options, problems);
  if (!target) return plan;
  return planWide(all[headerIndex]!, all.slice(headerIndex + 1), d, { ...options, ...target }, plan);
}

/** What a wide table's values are (indicator, series, source: given on the command line), or null with the problems said. */
function wideTarget(
  d: Dataset,
  options: ImportOptions,
  problems: ImportProblem[],
): { indicator: string; series: string; source: string } | null {
  for (const [flag, value] of [
    ["--indicator", options.indicator],
    ["--source", options.source],
  ] as const) {
    if (!value) problems.push({ line: null, column: null, value: null, code: "wide-needs-flag", params: { flag } });
  }
  const indicator = options.indicator ? d.indicators.find((i) => i.code === options.indicator!.toUpperCase()) : undefined;
  if (options.indicator && !indicator) {
    problems.push({
      line: null,
      column: null,
      value: options.indicator,
      code: "indicator-unknown",
      params: { allowed: d.indicators.map((i) => i.code).join(", ") },
    });
  }
  if (options.source && !d.sources.some((s) => s.id === options.source)) {
    problems.push({ line: null, column: null, value: options.source, code: "source-unknown" });
  }
  const series =
    options.series ?? (indicator ? d.series.find((s) => s.indicator === indicator.code && s.headline)?.code : undefined);
  if (problems.length || !indicator || !series || !options.source) return null;
  return { indicator: indicator.code, series, source: options.source };
}

/** One row per region and one column per year; "-", "…" or an empty cell is skipped as not published. */
function planWide(
  header: { cells: string[] },
  rows: { line: number; cells: string[] }[],
  d: Dataset,
  options: ImportOptions & { indicator: string; series: string; source: string },
  plan: ImportPlan,
): ImportPlan {
  const yearColumns = header.cells
    .map((c, i) => ({ i, year: /^\d{4}$/.test(c.trim()) ? Number(c.trim()) : null }))
    .filter((c): c is { i: number; year: number } => c.year !== null);
  const match = regionMatcher(d);
  for (const row of rows) {
    const name = (row.cells[0] ?? "").trim();
    if (!name || yearColumns.every((c) => (row.cells[c.i] ?? "").trim() === "")) continue; // notes under the table
    const region = match(name);
    if (!region) {
      plan.problems.push({ line: row.line, column: header.cells[0] || "A", value: name, code: "region-unknown" });
      continue;
    }
    for (const c of yearColumns) {
      const raw = (row.cells[c.i] ?? "").trim();
      const from = `${options.fileName}:${row.line}:${c.year}`;
      if (NOT_PUBLISHED.test(raw)) {
        plan.skipped.push({ from, value: raw });
        continue;
      }
      const v = parseDecimal(raw);
      if (!v.ok) {
        plan.problems.push({ line: row.line, column: String(c.year), value: raw, code: "not-a-number" });
        continue;
      }
      plan.rows.push({
        region,
        indicator: options.indicator,
        year: c.year,
        value: v.value,
        series: options.series,
        source: options.source,
        note: `Impor dari ${options.fileName}, baris ${row.line}, kolom ${c.year} (${name})`,
        from,
      });
    }
  }
  return plan;
}

function planTidy(
  header: string[],
  rows: { line: number; cells: string[] }[],
  d: Dataset,
  options: ImportOptions,
  plan: ImportPlan,
): ImportPlan {
  const col = (name: string) => header.indexOf(name);
  for (const row of rows) {
    const cell = (name: string) => (col(name) >= 0 ? (row.cells[col(name)] ?? "").trim() : "");
    const raw = cell("value");
    const from = `${options.fileName}:${row.line}`;
    if (NOT_PUBLISHED.test(raw)) {
      plan.skipped.push({ from, value: raw });
      continue;
    }
    const v = parseDecimal(raw);
    const year = Number(cell("year"));
    if (!v.ok || !Number.isInteger(year)) {
      plan.problems.push({
        line: row.line,
        column: v.ok ? "year" : "value",
        value: v.ok ? cell("year") : raw,
        code: "not-a-number",
      });
      continue;
    }
    plan.rows.push({
      region: regionMatcher(d)(cell("region")) ?? cell("region"),
      indicator: cell("indicator").toUpperCase(),
      year,
      value: v.value,
      series: cell("series"),
      source: cell("source"),
      note: cell("note") || `Impor dari ${options.fileName}, baris ${row.line}`,
      from,
    });
  }
  return plan;
}

export interface ImportDiff {
  added: ImportedRow[];
  changed: { row: ImportedRow; before: number | null }[];
  unchanged: ImportedRow[];
}

const keyOf = (o: { region: string; indicator: string; year: number; series: string; source: string }) =>
  `${o.region}|${o.indicator}|${o.year}|${o.series}|${o.source}`;

/** Compare planned rows with the current observations, by region, indicator, year, series and source. */
export function diffImport(current: readonly Observation[], rows: readonly ImportedRow[]): ImportDiff {
  const existing = new Map(current.map((o) => [keyOf(o), o]));
  const diff: ImportDiff = { added: [], changed: [], unchanged: [] };
  for (const r of rows) {
    const have = existing.get(keyOf(r));
    if (!have) diff.added.push(r);
    else if (have.value === r.value) diff.unchanged.push(r);
    else diff.changed.push({ row: r, before: have.value });
  }
  return diff;
}

/** The new observations table: current rows with changed values replaced in place, added rows at the end. */
export function applyImport(header: string[], rows: string[][], diff: ImportDiff): string[][] {
  const col = (name: string) => header.indexOf(name);
  const changes = new Map(diff.changed.map((c) => [keyOf(c.row), c.row]));
  const updated = rows.map((cells) => {
    const k = `${cells[col("region")]}|${cells[col("indicator")]}|${cells[col("year")]}|${cells[col("series")]}|${cells[col("source")]}`;
    const change = changes.get(k);
    if (!change) return cells;
    const next = [...cells];
    next[col("value")] = String(change.value);
    return next;
  });
  const added = diff.added.map((r) =>
    header.map((h) =>
      h === "value" || h === "year" ? String(r[h]) : String((r as unknown as Record<string, string | number>)[h] ?? ""),
    ),
  );
  return [...updated, ...added];
}
