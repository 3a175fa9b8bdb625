/**
 * One Zod schema per table: the single source of both the row rules and the TypeScript types.
 * Each schema reads the cells of one CSV row (column name → text) and outputs the domain object
 * (camelCase, numbers as numbers, a missing value as null, never 0 or NaN). Cell rules raise
 * issue codes (see issues.ts), so messages stay translatable and precise.
 */
import { z } from "zod";
import { parseDecimal } from "./decimal";
import type { IssueCode } from "./issues";

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, code: IssueCode, params?: Record<string, string | number>) {
  ctx.addIssue({ code: "custom", message: code, params });
  return z.NEVER;
}

/** Text that a spreadsheet would run as a formula if it were pasted back (OWASP CSV injection). */
export function looksLikeFormula(s: string): boolean {
  return /^[=+@\t\r\0]/.test(s) || /^-\s*[A-Za-z_]+\s*\(/.test(s);
}

const MAX_TEXT = 4000;

function text({ required }: { required: boolean }) {
  return z.string().transform((raw, ctx) => {
    if (looksLikeFormula(raw)) return fail(ctx, "cell-formula");
    const s = raw.trim();
    if (required && s === "") return fail(ctx, "cell-required");
    if (s.length > MAX_TEXT) return fail(ctx, "cell-too-long", { max: MAX_TEXT });
    return s;
  });
}
const requiredText = () => text({ required: true });
const optionalText = () => text({ required: false }).transform((s) => (s === "" ? null : s));

/** Cell schemas that read a number: a column built from one of them is numeric (see numericColumns). */
const NUMERIC_CELLS = new WeakSet<z.ZodType>();
function numeric<T extends z.ZodType>(schema: T): T {
  NUMERIC_CELLS.add(schema);
  return schema;
}

function decimalCell(raw: string, ctx: Ctx): number {
  const r = parseDecimal(raw);
  return r.ok ? r.value : fail(ctx, r.code);
}
const requiredDecimal = () =>
  numeric(z.string().transform((raw, ctx): number => (raw.trim() === "" ? fail(ctx, "cell-required") : decimalCell(raw, ctx))));
const optionalDecimal = () =>
  numeric(z.string().transform((raw, ctx): number | null => (raw.trim() === "" ? null : decimalCell(raw, ctx))));

function integerCell(raw: string, ctx: Ctx, min: number, max: number, code: IssueCode): number {
  const s = raw.trim();
  if (looksLikeFormula(s)) return fail(ctx, "cell-formula");
  if (!/^-?\d+$/.test(s)) {
    if (code === "cell-year") return fail(ctx, code, { min, max });
    const d = parseDecimal(s);
    return fail(ctx, d.ok ? "cell-not-integer" : d.code);
  }
  const n = Number(s);
  if (n < min || n > max) return fail(ctx, code, { min, max });
  return n;
}
const requiredInteger = (min: number, max: number, code: IssueCode = "cell-not-integer") =>
  numeric(
    z
      .string()
      .transform((raw, ctx): number => (raw.trim() === "" ? fail(ctx, "cell-required") : integerCell(raw, ctx, min, max, code))),
  );
const optionalInteger = (min: number, max: number, code: IssueCode = "cell-not-integer") =>
  numeric(z.string().transform((raw, ctx): number | null => (raw.trim() === "" ? null : integerCell(raw, ctx, min, max, code))));

/** Years a BPS series or an RPJMD target can plausibly carry. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
const requiredYear = () => requiredInteger(YEAR_MIN, YEAR_MAX, "cell-year");
const optionalYear = () => optionalInteger(YEAR_MIN, YEAR_MAX, "cell-year");

/** A calendar date: a release day (2025-05-05) or, where only the month is known, a month (2023-12). Month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number | null;
}

function dateCell(raw: string, ctx: Ctx, needDay: boolean): CalendarDate {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = m?.[3] === undefined ? null : Number(m[3]);
  const valid =
    m !== null &&
    year >= YEAR_MIN &&
    year <= YEAR_MAX &&
    month >= 1 &&
    month <= 12 &&
    (day === null ? !needDay : day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  return valid ? { year, month, day } : fail(ctx, "cell-date", { format: needDay ? "2025-05-05" : "2023-12" });
}
const requiredDay = () =>
  z.string().transform((raw, ctx): CalendarDate => (raw.trim() === "" ? fail(ctx, "cell-required") : dateCell(raw, ctx, true)));
const optionalMonth = () =>
  z.string().transform((raw, ctx): CalendarDate | null => (raw.trim() === "" ? null : dateCell(raw, ctx, false)));

function enumCell<T extends string>(values: readonly T[], raw: string, ctx: Ctx): T {
  const s = raw.trim();
  if (s === "") return fail(ctx, "cell-required");
  return values.find((v) => v.toLowerCase() === s.toLowerCase()) ?? fail(ctx, "cell-enum", { allowed: values.join(", ") });
}
const oneOf = <const T extends readonly string[]>(values: T) =>
  z.string().transform((raw, ctx): T[number] => enumCell(values, raw, ctx));

/** Which kind of code a cell holds; lib/i18n describes each format in words. */
export type CodeFormat = "region" | "indicator" | "slug" | "series" | "setting";

function codeCell(raw: string, ctx: Ctx, pattern: RegExp, format: CodeFormat): string {
  const s = raw.trim();
  if (looksLikeFormula(raw)) return fail(ctx, "cell-formula");
  return pattern.test(s) ? s : fail(ctx, "cell-code", { format });
}
const requiredCode = (pattern: RegExp, format: CodeFormat) =>
  z
    .string()
    .transform((raw, ctx): string => (raw.trim() === "" ? fail(ctx, "cell-required") : codeCell(raw, ctx, pattern, format)));
const optionalCode = (pattern: RegExp, format: CodeFormat) =>
  z.string().transform((raw, ctx): string | null => (raw.trim() === "" ? null : codeCell(raw, ctx, pattern, format)));

/** BPS kode wilayah in 4-digit form (6302); 0000 for Indonesia. Excel turns 0000 into 0, so "0" reads as 0000. */
const REGION = /^\d{4}$/;
const REGION_FORMAT: CodeFormat = "region";
const regionCell = (raw: string, ctx: Ctx) => (raw.trim() === "0" ? "0000" : codeCell(raw, ctx, REGION, REGION_FORMAT));
const requiredRegion = () =>
  z.string().transform((raw, ctx): string => (raw.trim() === "" ? fail(ctx, "cell-required") : regionCell(raw, ctx)));
const optionalRegion = () => z.string().transform((raw, ctx): string | null => (raw.trim() === "" ? null : regionCell(raw, ctx)));
const INDICATOR = /^[A-Z][A-Z0-9_]*$/;
const INDICATOR_FORMAT: CodeFormat = "indicator";
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SLUG_FORMAT: CodeFormat = "slug";
const SERIES = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const SERIES_FORMAT: CodeFormat = "series";
const indicatorCode = () => requiredCode(INDICATOR, INDICATOR_FORMAT);
const slug = () => requiredCode(SLUG, SLUG_FORMAT);

const url = () =>
  z.string().transform((raw, ctx): string | null => {
    const s = raw.trim();
    if (s === "") return null;
    try {
      const u = new URL(s);
      if (u.protocol === "http:" || u.protocol === "https:") return s;
    } catch {
      /* reported below */
    }
    return fail(ctx, "cell-url");
  });

export const DIRECTIONS = ["higher", "lower", "neutral"] as const;
export const REGION_LEVELS = ["nasional", "provinsi", "kabupaten", "kota"] as const;
export const SOURCE_KINDS = ["bps", "government", "news", "dataset", "paper"] as const;
export const APE_PREDICATES = ["mentor", "utama", "madya", "pratama", "ape-unspecified", "non-ape"] as const;
export const MILESTONE_KINDS = ["regulation", "institution", "planning", "activity", "award"] as const;
export const MILESTONE_STATUSES = ["done", "in-progress", "halted", "planned"] as const;
export const ACTION_STATUSES = ["planned", "in-progress", "done", "dropped"] as const;

export const indicatorSchema = z
  .object({
    code: indicatorCode(),
    parent: optionalCode(INDICATOR, INDICATOR_FORMAT),
    name_id: requiredText(),
    name_en: requiredText(),
    definition_id: requiredText(),
    definition_en: requiredText(),
    unit_id: requiredText(),
    unit_en: requiredText(),
    min: requiredDecimal(),
    max: requiredDecimal(),
    direction: oneOf(DIRECTIONS),
    decimals: requiredInteger(0, 6),
    natural_limit: optionalDecimal(),
    order: requiredInteger(0, 9999),
    office_id: optionalText(),
    office_en: optionalText(),
  })
  .transform((r) => ({
    code: r.code,
    parent: r.parent,
    name: { id: r.name_id, en: r.name_en },
    definition: { id: r.definition_id, en: r.definition_en },
    unit: { id: r.unit_id, en: r.unit_en },
    min: r.min,
    max: r.max,
    direction: r.direction,
    decimals: r.decimals,
    naturalLimit: r.natural_limit,
    order: r.order,
    /** The office (OPD) whose programmes move a component; empty for the indices themselves. English where given, else the same. */
    office: r.office_id ? { id: r.office_id, en: r.office_en ?? r.office_id } : null,
  }));

export const regionSchema = z
  .object({
    code: requiredRegion(),
    name: requiredText(),
    short_name: requiredText(),
    level: oneOf(REGION_LEVELS),
    parent: optionalRegion(),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    level: r.level,
    parent: r.parent,
    source: r.source,
    note: r.note,
  }));

export const sourceSchema = z
  .object({
    id: slug(),
    kind: oneOf(SOURCE_KINDS),
    publisher: requiredText(),
    publisher_en: optionalText(),
    title: requiredText(),
    year: optionalYear(),
    url: url(),
    note: optionalText(),
  })
  .transform((r) => ({
    id: r.id,
    kind: r.kind,
    /** Who published it; in English where the Indonesian name is a description ("Repositori GitHub …"), else the same. */
    publisher: { id: r.publisher, en: r.publisher_en ?? r.publisher },
    title: r.title,
    year: r.year,
    url: r.url,
    note: r.note,
  }));

export const seriesSchema = z
  .object({
    indicator: indicatorCode(),
    code: requiredCode(SERIES, SERIES_FORMAT),
    label_id: requiredText(),
    label_en: requiredText(),
    description_id: requiredText(),
    description_en: requiredText(),
    headline: oneOf(["yes", "no"] as const),
    introduced: optionalMonth(),
    revised_from: optionalYear(),
    source: optionalCode(SLUG, SLUG_FORMAT),
  })
  .transform((r) => ({
    indicator: r.indicator,
    code: r.code,
    label: { id: r.label_id, en: r.label_en },
    description: { id: r.description_id, en: r.description_en },
    headline: r.headline === "yes",
    /** When BPS first published on this basis (a method change), and the first data year it recalculated. */
    introduced: r.introduced,
    revisedFrom: r.revised_from,
    source: r.source,
  }));

export const observationSchema = z
  .object({
    region: requiredRegion(),
    indicator: indicatorCode(),
    year: requiredYear(),
    value: optionalDecimal(),
    series: requiredCode(SERIES, SERIES_FORMAT),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({
    region: r.region,
    indicator: r.indicator,
    year: r.year,
    value: r.value,
    series: r.series,
    source: r.source,
    note: r.note,
  }));

export const targetSchema = z
  .object({
    region: requiredRegion(),
    indicator: indicatorCode(),
    baseline_year: requiredYear(),
    baseline_value: requiredDecimal(),
    target_year: requiredYear(),
    target_value: requiredDecimal(),
    series: optionalCode(SERIES, SERIES_FORMAT),
    document: requiredText(),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({
    region: r.region,
    indicator: r.indicator,
    baselineYear: r.baseline_year,
    baselineValue: r.baseline_value,
    targetYear: r.target_year,
    targetValue: r.target_value,
    series: r.series,
    document: r.document,
    source: r.source,
    note: r.note,
  }));

export const apeSchema = z
  .object({
    region: requiredRegion(),
    year: requiredYear(),
    predicate: oneOf(APE_PREDICATES),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({ region: r.region, year: r.year, predicate: r.predicate, source: r.source, note: r.note }));

export const milestoneSchema = z
  .object({
    id: slug(),
    start_year: requiredYear(),
    end_year: optionalYear(),
    kind: oneOf(MILESTONE_KINDS),
    status: oneOf(MILESTONE_STATUSES),
    title_id: requiredText(),
    title_en: requiredText(),
    detail_id: optionalText(),
    detail_en: optionalText(),
    source: slug(),
  })
  .transform((r) => ({
    id: r.id,
    startYear: r.start_year,
    endYear: r.end_year,
    kind: r.kind,
    status: r.status,
    title: { id: r.title_id, en: r.title_en },
    detail: r.detail_id && r.detail_en ? { id: r.detail_id, en: r.detail_en } : null,
    source: r.source,
  }));

/** "a; b; c" → ["a", "b", "c"]. */
function list(cell: string | null): string[] {
  return cell
    ? cell
        .split(";")
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
}

export const actionSchema = z
  .object({
    id: slug(),
    action_id: requiredText(),
    action_en: requiredText(),
    lead: requiredText(),
    lead_en: optionalText(),
    partners: optionalText(),
    partners_en: optionalText(),
    timeframe_id: requiredText(),
    timeframe_en: requiredText(),
    status: oneOf(ACTION_STATUSES),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({
    id: r.id,
    action: { id: r.action_id, en: r.action_en },
    lead: { id: r.lead, en: r.lead_en ?? r.lead },
    partners: { id: list(r.partners), en: list(r.partners_en ?? r.partners) },
    timeframe: { id: r.timeframe_id, en: r.timeframe_en },
    status: r.status,
    source: r.source,
    note: r.note,
  }));

/** BPS's release calendar: when a year's figures of an index were first published, for a region (0000 = national). */
export const releaseSchema = z
  .object({
    indicator: indicatorCode(),
    data_year: requiredYear(),
    region: requiredRegion(),
    release_date: requiredDay(),
    source: slug(),
    note: optionalText(),
  })
  .transform((r) => ({
    indicator: r.indicator,
    dataYear: r.data_year,
    region: r.region,
    date: r.release_date,
    source: r.source,
    note: r.note,
  }));

export const settingSchema = z
  .object({ key: requiredCode(/^[a-z_]+$/, "setting"), value: requiredText(), note: optionalText() })
  .transform((r) => ({ key: r.key, value: r.value, note: r.note }));

export type Indicator = z.output<typeof indicatorSchema>;
export type Region = z.output<typeof regionSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Series = z.output<typeof seriesSchema>;
export type Observation = z.output<typeof observationSchema>;
export type Target = z.output<typeof targetSchema>;
export type ApeRecord = z.output<typeof apeSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Action = z.output<typeof actionSchema>;
export type Setting = z.output<typeof settingSchema>;
export type Release = z.output<typeof releaseSchema>;
export type Direction = (typeof DIRECTIONS)[number];
export type RegionLevel = (typeof REGION_LEVELS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ApePredicate = (typeof APE_PREDICATES)[number];

/** The tables of `data/`, in the order they are checked (referenced tables first). */
export const TABLES = {
  indicators: { file: "indicators.csv", schema: indicatorSchema, mayBeEmpty: false },
  regions: { file: "regions.csv", schema: regionSchema, mayBeEmpty: false },
  sources: { file: "sources.csv", schema: sourceSchema, mayBeEmpty: false },
  series: { file: "series.csv", schema: seriesSchema, mayBeEmpty: false },
  observations: { file: "observations.csv", schema: observationSchema, mayBeEmpty: false },
  targets: { file: "targets.csv", schema: targetSchema, mayBeEmpty: true },
  ape: { file: "ape.csv", schema: apeSchema, mayBeEmpty: true },
  milestones: { file: "milestones.csv", schema: milestoneSchema, mayBeEmpty: true },
  actions: { file: "actions.csv", schema: actionSchema, mayBeEmpty: true },
  releases: { file: "releases.csv", schema: releaseSchema, mayBeEmpty: true },
  settings: { file: "settings.csv", schema: settingSchema, mayBeEmpty: false },
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Column names of a table, in the documented order. */
export function columnsOf(name: TableName): string[] {
  return Object.keys(TABLES[name].schema.in.shape);
}

/** Columns of a table that hold numbers (values, years, ranges), read from the schemas themselves. */
export function numericColumns(name: TableName): string[] {
  const shape = TABLES[name].schema.in.shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((column) => NUMERIC_CELLS.has(shape[column]!));
}
