/**
 * Rules that span tables, one function per rule: unknown codes (region, indicator, source, series,
 * parent), duplicates, values outside an indicator's range, year order, parent cycles, settings.
 *
 * A row that failed its own cell checks (a malformed value) still has its reference columns checked
 * here, from the cells that did read, so one run lists every problem of that row.
 */
import type { DataIssue, IssueCode } from "./issues";
import {
  TABLES,
  type Action,
  type ApeRecord,
  type Indicator,
  type Milestone,
  type Observation,
  type Region,
  type Release,
  type Series,
  type Setting,
  type Source,
  type TableName,
  type Target,
} from "./schemas";

/** A validated row with the line it came from, kept for cross-table messages. Line 0: taken from a base dataset, never blamed. */
export interface Lined<T> {
  line: number;
  value: T;
}

export interface Tables {
  indicators: Lined<Indicator>[] | null;
  regions: Lined<Region>[] | null;
  sources: Lined<Source>[] | null;
  series: Lined<Series>[] | null;
  observations: Lined<Observation>[] | null;
  targets: Lined<Target>[] | null;
  ape: Lined<ApeRecord>[] | null;
  milestones: Lined<Milestone>[] | null;
  actions: Lined<Action>[] | null;
  releases: Lined<Release>[] | null;
  settings: Lined<Setting>[] | null;
}

/** The cells of a rejected row that read correctly, by column name. */
export type PartialRow = Lined<Record<string, unknown>>;

export interface CrossTableInput {
  tables: Tables;
  /** Rows that failed their own checks, with the cells that did read. */
  partial: Partial<Record<TableName, PartialRow[]>>;
  /** "table|id" of rows that failed their own checks: references to them are not blamed again. */
  rejected: Set<string>;
  currentYear: number;
  /** FOCUS_REGION from the environment, overriding settings.csv. */
  focusOverride?: string;
}

/** Which columns of each table point at another table. Input and output names agree for these columns. */
const REFERENCES: Partial<Record<TableName, { region?: string[]; indicator?: boolean; source?: boolean; series?: boolean }>> = {
  regions: { source: true },
  series: { indicator: true, source: true },
  observations: { region: ["region"], indicator: true, source: true, series: true },
  targets: { region: ["region"], indicator: true, source: true, series: true },
  ape: { region: ["region"], source: true },
  milestones: { source: true },
  actions: { source: true },
  releases: { region: ["region"], indicator: true, source: true },
};

export const SETTING_KEYS = ["focus_region"] as const;

type Context = ReturnType<typeof context>;

/** Check every rule; returns the focus region's code, or null when it could not be established. */
export function checkCrossTable(input: CrossTableInput, issues: DataIssue[]): string | null {
  const c = context(input, issues);
  checkIndicators(c);
  checkRegions(c);
  unique(c, "sources", (v) => v.id, "id");
  checkSeries(c);
  checkObservations(c);
  checkTargets(c);
  unique(c, "ape", (v) => `${v.region} ${v.year} ${v.source}`, "source", "duplicate-row");
  checkMilestones(c);
  unique(c, "actions", (v) => v.id, "id");
  unique(c, "releases", (v) => `${v.indicator} ${v.dataYear} ${v.region} ${v.source}`, "source", "duplicate-row");
  for (const name of Object.keys(REFERENCES) as TableName[]) {
    for (const row of input.tables[name] ?? [])
      checkReferences(c, name, row.line, row.value as unknown as Record<string, unknown>);
    for (const row of input.partial[name] ?? []) checkReferences(c, name, row.line, row.value);
  }
  return focusRegion(c);
}

function context(input: CrossTableInput, issues: DataIssue[]) {
  const t = input.tables;
  const seriesByIndicator = new Map<string, string[]>();
  for (const r of t.series ?? [])
    seriesByIndicator.set(r.value.indicator, [...(seriesByIndicator.get(r.value.indicator) ?? []), r.value.code]);
  return {
    t,
    input,
    indicators: new Map((t.indicators ?? []).map((r) => [r.value.code, r.value])),
    regionCodes: new Set((t.regions ?? []).map((r) => r.value.code)),
    sourceIds: new Set((t.sources ?? []).map((r) => r.value.id)),
    seriesByIndicator,
    push(
      table: TableName,
      line: number,
      column: string | null,
      value: string | null,
      code: IssueCode,
      params?: Record<string, string | number>,
    ) {
      // Rows taken from the bundled base dataset (line 0) are already valid; never blame them.
      if (line === 0) return;
      issues.push({ file: TABLES[table].file, line, column, value, code, ...(params ? { params } : {}) });
    },
    issues,
    isRejected: (table: TableName, key: string) => input.rejected.has(`${table}|${key}`),
  };
}

/** The same id twice in one table; for data rows, the same key twice (region, indicator, year…). */
function unique<K extends TableName>(
  c: Context,
  name: K,
  key: (v: NonNullable<Tables[K]>[number]["value"]) => string,
  column: string,
  code: IssueCode = "duplicate-id",
) {
  const first = new Map<string, number>();
  for (const r of (c.t[name] ?? []) as Lined<NonNullable<Tables[K]>[number]["value"]>[]) {
    const k = key(r.value);
    const at = first.get(k);
    if (at !== undefined) c.push(name, r.line, column, code === "duplicate-row" ? null : k, code, { firstLine: at, key: k });
    else first.set(k, r.line);
  }
}

/** Region, indicator, source and series codes must exist in their tables (or name a row already reported there). */
function checkReferences(c: Context, table: TableName, line: number, v: Record<string, unknown>) {
  const refs = REFERENCES[table];
  if (!refs) return;
  const str = (column: string) => (typeof v[column] === "string" ? (v[column] as string) : null);
  for (const column of refs.region ?? []) {
    const code = str(column);
    if (code !== null && c.t.regions && !c.regionCodes.has(code) && !c.isRejected("regions", code)) {
      c.push(table, line, column, code, "ref-unknown-region");
    }
  }
  const indicator = refs.indicator ? str("indicator") : null;
  if (indicator !== null && c.t.indicators && !c.indicators.has(indicator) && !c.isRejected("indicators", indicator)) {
    c.push(table, line, "indicator", indicator, "ref-unknown-indicator", { allowed: [...c.indicators.keys()].join(", ") });
  }
  const source = refs.source ? str("source") : null;
  if (source !== null && c.t.sources && !c.sourceIds.has(source) && !c.isRejected("sources", source)) {
    c.push(table, line, "source", source, "ref-unknown-source");
  }
  const series = refs.series ? str("series") : null;
  if (
    series !== null &&
    indicator !== null &&
    c.t.series &&
    c.indicators.has(indicator) &&
    !c.isRejected("series", `${indicator}|${series}`)
  ) {
    const allowed = c.seriesByIndicator.get(indicator) ?? [];
    if (!allowed.includes(series))
      c.push(table, line, "series", series, "ref-unknown-series", { indicator, series, allowed: allowed.join(", ") });
  }
}

/** A value outside its indicator's range (IKG 571 where 0,571 was meant). A range with min ≥ max is reported once, on the indicator. */
function checkRange(c: Context, table: TableName, line: number, column: string, indicator: string, value: number | null) {
  const ind = c.indicators.get(indicator);
  if (!ind || value === null || !(ind.min < ind.max)) return;
  if (value < ind.min || value > ind.max)
    c.push(table, line, column, String(value), "value-out-of-range", { indicator, min: ind.min, max: ind.max });
}

/** A parent chain that comes back to where it started (a region made its own parent) would never end. */
function checkParentCycles(c: Context, name: "indicators" | "regions") {
  const rows = (c.t[name] ?? []) as Lined<{ code: string; parent: string | null }>[];
  const parentOf = new Map(rows.map((r) => [r.value.code, r.value.parent]));
  for (const { line, value: v } of rows) {
    const chain = [v.code];
    for (let at = v.parent; at !== null && at !== undefined && chain.length <= parentOf.size; at = parentOf.get(at) ?? null) {
      chain.push(at);
      if (at === v.code) {
        c.push(name, line, "parent", v.parent, "parent-cycle", { chain: chain.join(" → ") });
        break;
      }
    }
  }
}

function checkIndicators(c: Context) {
  unique(c, "indicators", (v) => v.code, "code");
  for (const { line, value: v } of c.t.indicators ?? []) {
    if (v.parent !== null && !c.indicators.has(v.parent)) c.push("indicators", line, "parent", v.parent, "ref-unknown-parent");
    if (!(v.min < v.max)) c.push("indicators", line, "max", String(v.max), "range-order");
  }
  checkParentCycles(c, "indicators");
}

function checkRegions(c: Context) {
  unique(c, "regions", (v) => v.code, "code");
  for (const { line, value: v } of c.t.regions ?? []) {
    if (v.parent !== null && !c.regionCodes.has(v.parent) && !c.isRejected("regions", v.parent)) {
      c.push("regions", line, "parent", v.parent, "ref-unknown-parent");
    }
  }
  checkParentCycles(c, "regions");
}

/** One headline series per indicator: the one BPS publishes as the official figure. */
function checkSeries(c: Context) {
  unique(c, "series", (v) => `${v.indicator} ${v.code}`, "code");
  const headlines = new Set<string>();
  for (const { line, value: v } of c.t.series ?? []) {
    if (!v.headline) continue;
    if (headlines.has(v.indicator)) c.push("series", line, "headline", "yes", "headline-series", { indicator: v.indicator });
    else headlines.add(v.indicator);
  }
}

function checkObservations(c: Context) {
  unique(c, "observations", (v) => `${v.region} ${v.indicator} ${v.year} ${v.series} ${v.source}`, "source", "duplicate-row");
  for (const { line, value: v } of c.t.observations ?? []) {
    checkRange(c, "observations", line, "value", v.indicator, v.value);
    if (v.year > c.input.currentYear) {
      c.push("observations", line, "year", String(v.year), "cell-year-future", { max: c.input.currentYear });
    }
  }
}

function checkTargets(c: Context) {
  unique(c, "targets", (v) => `${v.region} ${v.indicator} ${v.targetYear} ${v.source}`, "source", "duplicate-row");
  for (const { line, value: v } of c.t.targets ?? []) {
    checkRange(c, "targets", line, "baseline_value", v.indicator, v.baselineValue);
    checkRange(c, "targets", line, "target_value", v.indicator, v.targetValue);
    if (v.targetYear <= v.baselineYear) {
      c.push("targets", line, "target_year", String(v.targetYear), "target-year-order", {
        targetYear: v.targetYear,
        baselineYear: v.baselineYear,
      });
    }
  }
}

function checkMilestones(c: Context) {
  unique(c, "milestones", (v) => v.id, "id");
  for (const { line, value: v } of c.t.milestones ?? []) {
    if (v.endYear !== null && v.endYear < v.startYear) c.push("milestones", line, "end_year", String(v.endYear), "year-order");
  }
}

/** The focus region: FOCUS_REGION if set, else settings.csv's focus_region; it must be a known region. */
function focusRegion(c: Context): string | null {
  const settings = c.t.settings;
  if (!settings) return null;
  unique(c, "settings", (v) => v.key, "key");
  let focus: string | null = null;
  let focusLine = 0;
  for (const { line, value: v } of settings) {
    if (!(SETTING_KEYS as readonly string[]).includes(v.key)) {
      c.push("settings", line, "key", v.key, "setting-unknown-key", { allowed: SETTING_KEYS.join(", ") });
    } else if (v.key === "focus_region") {
      focus = v.value;
      focusLine = line;
    }
  }
  const override = c.input.focusOverride;
  if (override) {
    if (c.t.regions && !c.regionCodes.has(override)) {
      c.issues.push({ file: "FOCUS_REGION", line: null, column: null, value: override, code: "ref-unknown-region" });
      return null;
    }
    return override;
  }
  if (focus === null) {
    c.issues.push({
      file: TABLES.settings.file,
      line: null,
      column: "key",
      value: null,
      code: "setting-missing",
      params: { key: "focus_region" },
    });
    return null;
  }
  if (c.t.regions && !c.regionCodes.has(focus)) {
    // A focus region whose own row was rejected is already reported there; still no dataset.
    if (!c.isRejected("regions", focus)) c.push("settings", focusLine, "value", focus, "ref-unknown-region");
    return null;
  }
  return focus;
}
