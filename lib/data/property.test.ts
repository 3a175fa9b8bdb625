/**
 * Property-based tests of the CSV loader and validator (fast-check, fixed seed so a failure replays).
 * Thousands of generated observations.csv files, validated against the other bundled tables:
 *  (a) robustness: validateFiles never throws and always gives a dataset or at least one issue, each
 *      with a known code, the file's name and a line inside the file;
 *  (b) soundness: whenever it says ok, every observation obeys every rule (known region, indicator,
 *      source, series of that indicator, value in range, plausible past year, no duplicate key), and
 *      when the file was written correctly the dataset is exactly the rows that were written;
 *  (c) for a valid table with exactly one injected rule violation, the result is never ok, the
 *      expected code is reported on the injected row, and nothing is blamed on another line.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { formatIssue } from "@/lib/format/issue";
import { dict } from "@/lib/i18n/dictionary";
import type { DataIssue, IssueCode } from "./issues";
import { readDataFiles } from "./load";
import { columnsOf, type Observation, type TableName } from "./schemas";
import { validateFiles, type Dataset, type LoadResult } from "./validate";

const DATA = path.join(process.cwd(), "data");
const CURRENT_YEAR = 2026;
/** Fixed so a failure replays; PROPERTY_SEED / PROPERTY_SCALE explore further by hand (e.g. 7 and 10). */
const SEED = Number(process.env.PROPERTY_SEED ?? 42);
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1);
/** Runs per property; 2,000 tables in all at scale 1. */
const RUNS = { robust: 700 * SCALE, sound: 650 * SCALE, injected: 550 * SCALE, base: 100 * SCALE };
const FILE = "observations.csv";
const COLUMNS = columnsOf("observations") as Array<keyof Cells>;

/** Every issue code, as a record so TypeScript fails the build when issues.ts gains or loses one. */
const CODE_LIST: Record<IssueCode, true> = {
  "file-missing": true,
  "file-unreadable": true,
  "parent-cycle": true,
  "file-too-large": true,
  "file-utf16": true,
  "file-not-utf8": true,
  "file-binary": true,
  "file-empty": true,
  "file-header-only": true,
  "cell-no-heading": true,
  "header-missing-column": true,
  "header-unknown-column": true,
  "header-duplicate-column": true,
  "row-unclosed-quote": true,
  "row-field-count": true,
  "cell-required": true,
  "cell-not-number": true,
  "cell-not-finite": true,
  "cell-thousands-separator": true,
  "cell-percent": true,
  "cell-not-integer": true,
  "cell-year": true,
  "cell-year-future": true,
  "cell-date": true,
  "cell-enum": true,
  "cell-formula": true,
  "cell-too-long": true,
  "cell-url": true,
  "cell-code": true,
  "ref-unknown-region": true,
  "ref-unknown-indicator": true,
  "ref-unknown-source": true,
  "ref-unknown-series": true,
  "ref-unknown-parent": true,
  "value-out-of-range": true,
  "duplicate-row": true,
  "duplicate-id": true,
  "target-year-order": true,
  "year-order": true,
  "range-order": true,
  "headline-series": true,
  "setting-unknown-key": true,
  "setting-missing": true,
};
const KNOWN_CODES = new Set(Object.keys(CODE_LIST));

// ---------------------------------------------------------------------------------------------
// The reference tables, read once.

interface Ctx {
  files: Partial<Record<TableName, Uint8Array | null>>;
  regions: string[];
  indicators: Map<string, { min: number; max: number; decimals: number }>;
  indicatorCodes: string[];
  sources: string[];
  seriesByIndicator: Map<string, string[]>;
  allSeries: string[];
}
let ctx: Ctx;

before(async () => {
  const files = await readDataFiles(DATA);
  const r = validateFiles(files, { currentYear: CURRENT_YEAR });
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n"));
  const d: Dataset = r.dataset;
  const seriesByIndicator = new Map<string, string[]>();
  for (const s of d.series) seriesByIndicator.set(s.indicator, [...(seriesByIndicator.get(s.indicator) ?? []), s.code]);
  ctx = {
    files,
    regions: d.regions.map((x) => x.code),
    indicators: new Map(d.indicators.map((i) => [i.code, { min: i.min, max: i.max, decimals: i.decimals }])),
    indicatorCodes: d.indicators.map((i) => i.code),
    sources: d.sources.map((s) => s.id),
    seriesByIndicator,
    allSeries: [...new Set(d.series.map((s) => s.code))],
  };
});

function validate(bytes: Uint8Array): LoadResult {
  return validateFiles({ ...ctx.files, observations: bytes }, { currentYear: CURRENT_YEAR });
}

// ---------------------------------------------------------------------------------------------
// Writing a table: delimiter, BOM, line endings, quoting, column order, header case, blank lines.

interface Cells {
  region: string;
  indicator: string;
  year: string;
  value: string;
  series: string;
  source: string;
  note: string;
}
/** A cell written verbatim, bypassing quoting (for deliberately broken cells). */
type Cell = string | { raw: string };

type Delimiter = "," | ";" | "\t";
interface Layout {
  delimiter: Delimiter;
  bom: boolean;
  eol: "\n" | "\r\n" | "\r" | "mixed";
  quoting: "needed" | "always" | "never";
  order: Array<keyof Cells>;
  upperHeader: boolean;
  /** Excel's one empty trailing column: "…,note," on every line. */
  trailingEmpty: boolean;
  /** Before which data rows a blank line (or a line of bare delimiters) is inserted. */
  blankAfter: number[];
  finalNewline: boolean;
}

const layoutArb = (quoting: Array<Layout["quoting"]>): fc.Arbitrary<Layout> =>
  fc.record({
    delimiter: fc.constantFrom<Delimiter>(",", ";", "\t"),
    bom: fc.boolean(),
    eol: fc.constantFrom<Layout["eol"]>("\n", "\r\n", "\r", "mixed"),
    quoting: fc.constantFrom(...quoting),
    order: fc.shuffledSubarray(COLUMNS, { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
    upperHeader: fc.boolean(),
    trailingEmpty: fc.boolean(),
    blankAfter: fc.array(fc.nat(9), { maxLength: 2 }),
    finalNewline: fc.boolean(),
  });

function renderCell(c: Cell, L: Layout): string {
  if (typeof c !== "string") return c.raw;
  const needs = c.includes(L.delimiter) || /["\r\n]/.test(c);
  return L.quoting === "always" || (L.quoting === "needed" && needs) ? `"${c.replace(/"/g, '""')}"` : c;
}

const countBreaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

/** The text of the file and the 1-based line each data row starts on. */
function serialize(header: string[], rows: Cell[][], L: Layout): { text: string; rowLines: number[] } {
  const eol = (i: number) => (L.eol === "mixed" ? (i % 2 ? "\r\n" : "\n") : L.eol);
  const line = (cells: Cell[]) => [...cells, ...(L.trailingEmpty ? [""] : [])].map((c) => renderCell(c, L)).join(L.delimiter);
  let text = line(header.map((h) => (L.upperHeader ? h.toUpperCase() : h)));
  const rowLines: number[] = [];
  rows.forEach((cells, i) => {
    text += eol(i);
    if (L.blankAfter.includes(i)) text += (i % 2 ? L.delimiter.repeat(header.length - 1) : "") + eol(i + 1);
    rowLines.push(countBreaks(text) + 1);
    text += line(cells);
  });
  if (L.finalNewline) text += eol(rows.length);
  return { text, rowLines };
}

function encode(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Lines in the file as an editor counts them (LF, CRLF and a lone CR each end one). */
function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Cell recipes. Values and series depend on the row's indicator, so rows are recipes turned into
// cells with the reference tables at hand.

type ValueRecipe = { kind: "in"; u: number; decimals: number; comma: boolean } | { kind: "empty" } | { kind: "raw"; s: string };
type SeriesRecipe = { kind: "valid"; k: number } | { kind: "raw"; s: string };
interface RowRecipe {
  region: { pick: number } | { raw: string };
  indicator: { pick: number } | { raw: string };
  year: string;
  value: ValueRecipe;
  series: SeriesRecipe;
  source: { pick: number } | { raw: string };
  note: string;
  shape: "ok" | "short" | "long";
}

const w = <T>(arbitrary: fc.Arbitrary<T>, weight: number) => ({ arbitrary, weight });

const JUNK_NUMBERS = [
  "abc",
  "NaN",
  "Infinity",
  "-inf",
  "#N/A",
  "#DIV/0!",
  "1.234,5",
  "1,234.5",
  "70%",
  "-0.1",
  "5.71",
  "720.1",
  "1e3",
  "0.5.97",
  "=1+1",
  "+0.5",
  "-0",
  "00.5",
  " 0.5 ",
  "0,5",
  ".5",
];

/**
 * How often a piece is broken: "wild" tables (property a) break something in most files; "mild"
 * tables (property b) are mostly valid, so that many of them load and soundness is really tested.
 */
type Level = "wild" | "mild";
const BAD: Record<Level, number> = { wild: 8, mild: 1 };

/** A note: usually plain, sometimes with delimiters, quotes, line breaks, formulas, NUL or a huge text. */
const noteArb = (level: Level) =>
  fc.oneof(
    w(fc.constant(""), 30),
    w(fc.string({ unit: "grapheme", maxLength: 20 }), 60),
    w(
      fc
        .array(
          fc.oneof(
            fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
            fc.constantFrom(",", ";", "\t", '"', "\n", "\r\n", "\r", " ", "é", "—", "'"),
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join("")),
      60,
    ),
    w(fc.constantFrom('=HYPERLINK("x")', "+62 518", "@SUM(A1)", "-cmd(1)", "\u0000", "x".repeat(4001), "a\u0000b"), BAD[level]),
    w(fc.string({ unit: "binary", maxLength: 12 }), BAD[level]),
  );

const rowRecipeArb = (level: Level): fc.Arbitrary<RowRecipe> => {
  const bad = BAD[level];
  return fc.record({
    region: fc.oneof(
      w(fc.record({ pick: fc.nat() }), 100),
      w(fc.record({ raw: fc.constantFrom("0", " 6302 ", "0000") }), 10),
      w(
        fc.record({ raw: fc.oneof(fc.constantFrom("9999", "630", "63O2", "", "=6302", "00"), fc.string({ maxLength: 5 })) }),
        bad,
      ),
    ),
    indicator: fc.oneof(
      w(fc.record({ pick: fc.nat() }), 100),
      w(fc.record({ raw: fc.oneof(fc.constantFrom("IPX", "ikg", "", " IKG"), fc.string({ maxLength: 6 })) }), bad),
    ),
    year: fc.oneof(
      w(fc.integer({ min: 1990, max: CURRENT_YEAR }).map(String), 100),
      w(
        fc.oneof(
          fc.integer({ min: 1800, max: 2200 }).map(String),
          fc.constantFrom("2023.5", "20x3", "", " 2023", "02023", "-2023"),
          fc.string({ maxLength: 5 }),
        ),
        bad,
      ),
    ),
    value: fc.oneof(
      w(
        fc.record({
          kind: fc.constant("in" as const),
          u: fc.double({ min: 0, max: 1, noNaN: true }),
          decimals: fc.integer({ min: 0, max: 4 }),
          comma: fc.boolean(),
        }),
        90,
      ),
      w(fc.constant({ kind: "empty" as const }), 10),
      w(
        fc.record({
          kind: fc.constant("raw" as const),
          s: fc.oneof(fc.constantFrom(...JUNK_NUMBERS), fc.string({ maxLength: 6 })),
        }),
        bad,
      ),
    ),
    series: fc.oneof(
      w(fc.record({ kind: fc.constant("valid" as const), k: fc.nat() }), 100),
      w(
        fc.record({
          kind: fc.constant("raw" as const),
          s: fc.oneof(fc.constantFrom("", "bps", "Single", "single", "UHH-LF2020", "unstated"), fc.string({ maxLength: 6 })),
        }),
        bad,
      ),
    ),
    source: fc.oneof(
      w(fc.record({ pick: fc.nat() }), 100),
      w(fc.record({ raw: fc.oneof(fc.constantFrom("no-such-source", "BPS", ""), fc.string({ maxLength: 8 })) }), bad),
    ),
    note: noteArb(level),
    shape: fc.oneof(w(fc.constant("ok" as const), 200), w(fc.constantFrom("short" as const, "long" as const), bad)),
  });
};

const pick = <T>(xs: T[], k: number): T => xs[k % xs.length]!;

function formatNumber(n: number, decimals: number, comma: boolean): string {
  const s = n.toFixed(decimals);
  return comma ? s.replace(".", ",") : s;
}

function materialize(r: RowRecipe): Cells {
  const indicator = "pick" in r.indicator ? pick(ctx.indicatorCodes, r.indicator.pick) : r.indicator.raw;
  const range = ctx.indicators.get(indicator.trim()) ?? { min: 0, max: 1, decimals: 3 };
  let value = "";
  if (r.value.kind === "in") {
    const f = 10 ** r.value.decimals;
    // Rounded inside [min, max], never onto a value just outside it.
    const n = Math.min(Math.max(Math.round((range.min + r.value.u * (range.max - range.min)) * f) / f, range.min), range.max);
    value = formatNumber(n, r.value.decimals, r.value.comma);
  } else if (r.value.kind === "raw") value = r.value.s;
  const allowed = ctx.seriesByIndicator.get(indicator.trim()) ?? ctx.allSeries;
  return {
    region: "pick" in r.region ? pick(ctx.regions, r.region.pick) : r.region.raw,
    indicator,
    year: r.year,
    value,
    series: r.series.kind === "valid" ? pick(allowed, r.series.k) : r.series.s,
    source: "pick" in r.source ? pick(ctx.sources, r.source.pick) : r.source.raw,
    note: r.note,
  };
}

// ---------------------------------------------------------------------------------------------
// Arbitrary tables: mostly valid pieces mixed with broken ones, random layouts and junk bytes.

type HeaderMode = "normal" | "drop" | "rename" | "extra" | "dup";
interface Junk {
  at: number;
  bytes: Uint8Array;
}
interface ChaosTable {
  rows: RowRecipe[];
  dups: number[];
  layout: Layout;
  header: HeaderMode;
  junk: Junk[];
}

const junkArb: fc.Arbitrary<Junk> = fc.record({
  at: fc.nat(),
  bytes: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 4 }),
    fc.constantFrom(
      Uint8Array.of(0x00), // NUL
      Uint8Array.of(0xe9), // Latin-1 é
      Uint8Array.of(0xff, 0xfe), // UTF-16 BOM
      Uint8Array.of(0xed, 0xa0, 0x80), // CESU-8 surrogate
      Uint8Array.of(0xc3), // truncated UTF-8
      Uint8Array.of(0x22), // "
      Uint8Array.of(0x0d),
      Uint8Array.of(0x0a),
      Uint8Array.of(0x2c),
      Uint8Array.of(0x3b),
      Uint8Array.of(0x09),
    ),
  ),
});

const chaosArb = (level: Level): fc.Arbitrary<ChaosTable> =>
  fc.record({
    rows: fc.array(rowRecipeArb(level), { maxLength: 8 }),
    dups: fc.oneof(w(fc.constant<number[]>([]), 20), w(fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), BAD[level])),
    layout: layoutArb(
      level === "wild" ? ["needed", "always", "never"] : ["needed", "needed", "needed", "always", "always", "always", "never"],
    ),
    header: fc.oneof(
      w(fc.constant<HeaderMode>("normal"), 40),
      w(fc.constantFrom<HeaderMode>("drop", "rename", "extra", "dup"), BAD[level]),
    ),
    junk: fc.oneof(w(fc.constant<Junk[]>([]), 20), w(fc.array(junkArb, { minLength: 1, maxLength: 3 }), BAD[level])),
  });

const RENAMES: Record<keyof Cells, string> = {
  region: "wilayah",
  indicator: "indikator",
  year: "tahun",
  value: "values",
  series: "seri",
  source: "sumber",
  note: "notes",
};

function headerFor(mode: HeaderMode, order: Array<keyof Cells>, k: number): string[] {
  const h: string[] = [...order];
  const i = k % h.length;
  if (mode === "drop") h.splice(i, 1);
  if (mode === "rename") h[i] = RENAMES[order[i]!];
  if (mode === "extra") h.push("unit");
  if (mode === "dup") h.push(h[i]!);
  return h;
}

interface Built {
  bytes: Uint8Array;
  /** The cells intended for each data row, in file order. */
  intended: Cells[];
  rowLines: number[];
  /** Written correctly: normal header, RFC 4180 quoting, no broken rows, no junk bytes. */
  clean: boolean;
}

function buildChaos(t: ChaosTable): Built {
  const intended = t.rows.map(materialize);
  for (const d of t.dups) if (intended.length) intended.push({ ...pick(intended, d) });
  const rows: Cell[][] = intended.map((c, i) => {
    const cells: Cell[] = t.layout.order.map((col) => c[col]);
    const shape = t.rows[i]?.shape ?? "ok";
    if (shape === "short") cells.pop();
    if (shape === "long") cells.push("x");
    return cells;
  });
  const { text, rowLines } = serialize(headerFor(t.header, t.layout.order, t.dups[0] ?? 0), rows, t.layout);
  let bytes = encode(text, t.layout.bom);
  for (const j of t.junk) {
    const at = j.at % (bytes.length + 1);
    const out = new Uint8Array(bytes.length + j.bytes.length);
    out.set(bytes.subarray(0, at));
    out.set(j.bytes, at);
    out.set(bytes.subarray(at), at + j.bytes.length);
    bytes = out;
  }
  const clean =
    t.junk.length === 0 && t.header === "normal" && t.layout.quoting !== "never" && t.rows.every((r) => r.shape === "ok");
  return { bytes, intended, rowLines, clean };
}

/** What the validator should make of a correctly written, valid row (the oracle for "exactly the rows written"). */
function expectedObservation(c: Cells): Observation {
  const region = c.region.trim();
  const value = c.value.trim();
  const note = c.note.replace(/\r\n?/g, "\n").trim();
  return {
    region: region === "0" ? "0000" : region,
    indicator: c.indicator.trim(),
    year: Number(c.year.trim()),
    value: value === "" ? null : Number(value.replace(",", ".")),
    series: c.series.trim(),
    source: c.source.trim(),
    note: note === "" ? null : note,
  };
}

const isBlank = (c: Cells) => Object.values(c).every((v) => v.replace(/\r\n?/g, "\n").trim() === "");

function describeFailure(bytes: Uint8Array, r: LoadResult): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  const issues = r.ok ? "ok" : r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n");
  return `file:\n${JSON.stringify(text)}\nresult:\n${issues}`;
}

// ---------------------------------------------------------------------------------------------

describe("property: validateFiles on arbitrary observation tables", () => {
  it(`(a) never throws; gives a dataset or issues with a known code, the file name and a line inside the file (${RUNS.robust} tables)`, (t) => {
    const codes = new Map<string, number>();
    let loaded = 0;
    fc.assert(
      fc.property(chaosArb("wild"), (table) => {
        const { bytes } = buildChaos(table);
        let r: LoadResult;
        try {
          r = validate(bytes);
        } catch (e) {
          throw new Error(`validateFiles threw ${String(e)}\n${JSON.stringify(new TextDecoder().decode(bytes))}`);
        }
        if (r.ok) {
          loaded++;
          assert.ok(r.dataset && Array.isArray(r.dataset.observations));
          assert.equal("issues" in r, false);
          return;
        }
        assert.equal("dataset" in r, false);
        assert.ok(r.issues.length >= 1, "not ok but no issue");
        const lines = lineCount(bytes);
        let previous = 0;
        for (const i of r.issues as DataIssue[]) {
          assert.ok(KNOWN_CODES.has(i.code), `unknown code ${i.code}`);
          codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
          assert.equal(i.file, FILE, `issue blamed on ${i.file}: ${formatIssue(i, dict("en").issues)}`);
          if (i.line !== null) {
            assert.ok(
              Number.isInteger(i.line) && i.line >= 1 && i.line <= lines,
              `line ${i.line} outside 1..${lines}: ${formatIssue(i, dict("en").issues)}\n${describeFailure(bytes, r)}`,
            );
          }
          assert.ok((i.line ?? 0) >= previous, "issues are not in line order");
          previous = i.line ?? 0;
          assert.ok(formatIssue(i, dict("id").issues).length > 0 && formatIssue(i, dict("en").issues).length > 0);
        }
      }),
      { seed: SEED, numRuns: RUNS.robust },
    );
    t.diagnostic(
      `${loaded} of ${RUNS.robust} tables loaded; issue codes seen: ${[...codes].map(([c, n]) => `${c} ${n}`).join(", ")}`,
    );
    // The generator reaches the file, header, row and cross-table checks alike.
    for (const c of [
      "file-binary",
      "file-not-utf8",
      "header-missing-column",
      "row-field-count",
      "row-unclosed-quote",
      "cell-not-number",
      "cell-formula",
      "ref-unknown-series",
      "duplicate-row",
    ]) {
      assert.ok(codes.has(c), `the generator never produced ${c}`);
    }
  });

  it(`(b) sound: an ok dataset obeys every rule, and a correctly written file gives exactly its rows (${RUNS.sound} tables)`, (t) => {
    let ok = 0;
    let faithful = 0;
    fc.assert(
      fc.property(chaosArb("mild"), (table) => {
        const built = buildChaos(table);
        const r = validate(built.bytes);
        if (!r.ok) return;
        ok++;
        const regions = new Set(ctx.regions);
        const sources = new Set(ctx.sources);
        const keys = new Set<string>();
        for (const o of r.dataset.observations) {
          const why = `${JSON.stringify(o)}\n${describeFailure(built.bytes, r)}`;
          assert.ok(regions.has(o.region), `region not in regions.csv: ${why}`);
          const ind = ctx.indicators.get(o.indicator);
          assert.ok(ind, `indicator not in indicators.csv: ${why}`);
          assert.ok(sources.has(o.source), `source not in sources.csv: ${why}`);
          assert.ok(
            (ctx.seriesByIndicator.get(o.indicator) ?? []).includes(o.series),
            `series not defined for the indicator: ${why}`,
          );
          assert.ok(
            o.value === null || (Number.isFinite(o.value) && o.value >= ind.min && o.value <= ind.max),
            `value out of range: ${why}`,
          );
          assert.ok(Number.isInteger(o.year) && o.year >= 1990 && o.year <= CURRENT_YEAR, `implausible year: ${why}`);
          const key = [o.region, o.indicator, o.year, o.series, o.source].join("|");
          assert.ok(!keys.has(key), `duplicate key ${key}: ${why}`);
          keys.add(key);
        }
        if (built.clean) {
          faithful++;
          assert.deepEqual(
            r.dataset.observations,
            built.intended.filter((c) => !isBlank(c)).map(expectedObservation),
            describeFailure(built.bytes, r),
          );
        }
      }),
      { seed: SEED, numRuns: RUNS.sound },
    );
    t.diagnostic(`${ok} of ${RUNS.sound} tables loaded and were checked rule by rule; ${faithful} of them also row by row`);
    // Not vacuous: a fair share of the generated tables are valid.
    assert.ok(ok >= RUNS.sound / 10, `only ${ok} of ${RUNS.sound} generated tables were valid`);
    assert.ok(faithful >= RUNS.sound / 20, `only ${faithful} valid tables were checked row by row`);
  });
});

// ---------------------------------------------------------------------------------------------
// (c) A valid table, then exactly one violation.

const noteBodyArb = fc
  .array(
    fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom(",", ";", "\t", '"', "\n", "\r\n", " ", "é", "—")),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

interface ValidRow {
  region: number;
  zeroAsExcel: boolean;
  indicator: number;
  year: number;
  value: { u: number; decimals: number; comma: boolean } | null;
  series: number;
  source: number;
  note: string;
}

const validRowArb: fc.Arbitrary<ValidRow> = fc.record({
  region: fc.nat(),
  zeroAsExcel: fc.boolean(),
  indicator: fc.nat(),
  year: fc.integer({ min: 1990, max: CURRENT_YEAR }),
  value: fc.option(
    fc.record({ u: fc.double({ min: 0, max: 1, noNaN: true }), decimals: fc.integer({ min: 0, max: 4 }), comma: fc.boolean() }),
    { freq: 8 },
  ),
  series: fc.nat(),
  source: fc.nat(),
  // Starts with a word, so it never looks like a formula.
  note: fc.oneof(
    fc.constant(""),
    fc.tuple(fc.constantFrom("BPS ", "tabel ", "catatan "), noteBodyArb).map(([a, b]) => a + b),
  ),
});

function validCells(v: ValidRow): Cells {
  const region = pick(ctx.regions, v.region);
  const indicator = pick(ctx.indicatorCodes, v.indicator);
  return materialize({
    region: { raw: region === "0000" && v.zeroAsExcel ? "0" : region },
    indicator: { raw: indicator },
    year: String(v.year),
    value: v.value ? { kind: "in", ...v.value } : { kind: "empty" },
    series: { kind: "valid", k: v.series },
    source: { pick: v.source },
    note: v.note,
    shape: "ok",
  });
}

const keyOf = (c: Cells) => {
  const o = expectedObservation(c);
  return [o.region, o.indicator, o.year, o.series, o.source].join("|");
};

type Violation =
  | "value-out-of-range"
  | "unknown-region"
  | "duplicate-row"
  | "bad-year"
  | "future-year"
  | "unknown-series"
  | "unknown-indicator"
  | "unknown-source"
  | "not-a-number"
  | "not-finite"
  | "percent"
  | "thousands"
  | "formula"
  | "required"
  | "unclosed-quote"
  | "field-count";

const VIOLATIONS: Violation[] = [
  "value-out-of-range",
  "unknown-region",
  "duplicate-row",
  "bad-year",
  "future-year",
  "unknown-series",
  "unknown-indicator",
  "unknown-source",
  "not-a-number",
  "not-finite",
  "percent",
  "thousands",
  "formula",
  "required",
  "unclosed-quote",
  "field-count",
];

interface Injected {
  rows: ValidRow[];
  layout: Layout;
  violation: Violation;
  target: number;
  k: number;
}

const injectedArb: fc.Arbitrary<Injected> = fc.record({
  rows: fc.array(validRowArb, { minLength: 1, maxLength: 8 }),
  layout: layoutArb(["needed", "always"]),
  violation: fc.constantFrom(...VIOLATIONS),
  target: fc.nat(),
  k: fc.nat(),
});

/** Build the valid table, break one row, and say which code must be reported on which row. */
function buildInjected(t: Injected): { bytes: Uint8Array; code: IssueCode; line: number; cells: Cells } {
  // Valid base: rows with distinct keys only.
  const seen = new Set<string>();
  const base = t.rows.map(validCells).filter((c) => {
    const k = keyOf(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const rows: Cell[][] = base.map((c) => t.layout.order.map((col) => c[col] as Cell));
  const target = t.target % base.length;
  const c = { ...base[target]! };
  const one = <T>(xs: T[]) => pick(xs, t.k);
  const set = (patch: Partial<Cells>) => {
    Object.assign(c, patch);
    rows[target] = t.layout.order.map((col) => c[col]);
  };
  let row = target;
  let code: IssueCode;
  switch (t.violation) {
    case "value-out-of-range": {
      const ind = ctx.indicators.get(c.indicator)!;
      const step = 10 ** -ind.decimals;
      const n = one([ind.max + step, ind.max + 1, ind.max * 10 + 1, ind.min - step, ind.min - 1]);
      set({ value: formatNumber(n, ind.decimals, t.k % 3 === 0) });
      code = "value-out-of-range";
      break;
    }
    case "unknown-region":
      set({ region: one(["9999", "6399", "0001", "6312", "1234"]) });
      code = "ref-unknown-region";
      break;
    case "duplicate-row": {
      // Same key, maybe another value or note, appended at the end; "0" and "0000" are the same region.
      const copy = { ...c, note: one(["", "salinan", c.note]), region: c.region === "0000" ? one(["0", "0000"]) : c.region };
      rows.push(t.layout.order.map((col) => copy[col]));
      row = rows.length - 1;
      code = "duplicate-row";
      break;
    }
    case "bad-year":
      set({ year: one(["1850", "1989", "2101", "2023.5", "20x3", "-2023", "23"]) });
      code = "cell-year";
      break;
    case "future-year":
      set({ year: String(CURRENT_YEAR + 1 + (t.k % (2100 - CURRENT_YEAR))) });
      code = "cell-year-future";
      break;
    case "unknown-series": {
      const allowed = ctx.seriesByIndicator.get(c.indicator) ?? [];
      const candidates = [...ctx.allSeries, "bps", "UHH-LF2021", "Single"].filter((s) => !allowed.includes(s));
      set({ series: one(candidates) });
      code = "ref-unknown-series";
      break;
    }
    case "unknown-indicator":
      set({ indicator: one(["IPX", "IKG_X", "HDI", "GII"]) });
      code = "ref-unknown-indicator";
      break;
    case "unknown-source":
      set({ source: one(["no-such-source", "bps-ikg-2099", "paper"]) });
      code = "ref-unknown-source";
      break;
    case "not-a-number":
      set({ value: one(["abc", "0.5.97", "1e-1", ".5", "0x1F", "\u22120.5", "n/a"]) });
      code = "cell-not-number";
      break;
    case "not-finite":
      set({ value: one(["NaN", "nan", "Infinity", "-Infinity", "inf", "#N/A", "#DIV/0!", "#VALUE!"]) });
      code = "cell-not-finite";
      break;
    case "percent":
      set({ value: one(["72.01%", "0,5 %", "7%"]) });
      code = "cell-percent";
      break;
    case "thousands":
      set({ value: one(["1.234,5", "1,234.5", "12.345,67", "1 234", "1,234,567"]) });
      code = "cell-thousands-separator";
      break;
    case "formula":
      set({
        note: one(['=HYPERLINK("http://bps.go.id","klik")', "+62 518 21000", "@SUM(A1:A3)", '-HYPERLINK("x")', "=1+1", "\t=1"]),
      });
      code = "cell-formula";
      break;
    case "required":
      set({ [one(["region", "indicator", "year", "series", "source"] as const)]: "" });
      code = "cell-required";
      break;
    case "unclosed-quote": {
      const i = t.layout.order.indexOf("note");
      rows[target]![i] = { raw: '"catatan tanpa kutip penutup' };
      code = "row-unclosed-quote";
      break;
    }
    case "field-count": {
      const cells = rows[target]!;
      // An extra cell only without Excel's empty trailing header cell: under an empty header name the
      // extra cell is read as that (ignored) column; see the report on data under an unnamed column.
      if (t.k % 2 || t.layout.trailingEmpty) cells.splice(t.k % cells.length, 1);
      else cells.push("lebih");
      code = "row-field-count";
      break;
    }
  }
  const { text, rowLines } = serialize(t.layout.order, rows, t.layout);
  return { bytes: encode(text, t.layout.bom), code, line: rowLines[row]!, cells: c };
}

describe("property: one injected rule violation is always caught, on its row", () => {
  it(`(c) never ok, the expected code on the broken row, nothing blamed elsewhere (${RUNS.injected} tables)`, (t) => {
    const seen = new Map<Violation, number>();
    fc.assert(
      fc.property(injectedArb, (inj) => {
        const { bytes, code, line } = buildInjected(inj);
        const r = validate(bytes);
        const why = `${inj.violation} on line ${line}\n${describeFailure(bytes, r)}`;
        assert.equal(r.ok, false, `not caught: ${why}`);
        if (r.ok) return;
        assert.ok(
          r.issues.some((i) => i.code === code && i.line === line),
          `expected ${code} on line ${line}: ${why}`,
        );
        for (const i of r.issues)
          assert.equal(i.line, line, `issue on another line: ${formatIssue(i, dict("en").issues)}\n${why}`);
        seen.set(inj.violation, (seen.get(inj.violation) ?? 0) + 1);
      }),
      { seed: SEED, numRuns: RUNS.injected },
    );
    t.diagnostic(`violations injected: ${[...seen].map(([v, n]) => `${v} ${n}`).join(", ")}`);
    for (const v of VIOLATIONS) assert.ok((seen.get(v) ?? 0) >= 5, `violation ${v} generated only ${seen.get(v) ?? 0} times`);
  });

  it("the valid tables used as a base do load (so (c) tests one violation, not a broken base)", () => {
    fc.assert(
      fc.property(fc.array(validRowArb, { minLength: 1, maxLength: 8 }), layoutArb(["needed", "always"]), (vrows, layout) => {
        const seen = new Set<string>();
        const cells = vrows.map(validCells).filter((c) => !seen.has(keyOf(c)) && !!seen.add(keyOf(c)));
        const { text } = serialize(
          layout.order,
          cells.map((c) => layout.order.map((col) => c[col])),
          layout,
        );
        const bytes = encode(text, layout.bom);
        const r = validate(bytes);
        assert.equal(r.ok, true, describeFailure(bytes, r));
        if (r.ok) assert.deepEqual(r.dataset.observations, cells.map(expectedObservation));
      }),
      { seed: SEED, numRuns: RUNS.base },
    );
  });
});
