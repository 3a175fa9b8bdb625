/**
 * A corpus of malformed CSV files (lib/data/fixtures/malformed/), each validated in place of one
 * bundled table, with EVERY issue the validator must report for it: code, line and column, in order.
 * Also the accepted variants Excel writes (these must load), a >100 MB file built in memory, and a
 * sweep that feeds every fixture to every table and checks that nothing throws.
 */
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { MAX_FILE_BYTES } from "./csv";
import { describeIssue, formatIssue } from "@/lib/format/issue";
import { dict } from "@/lib/i18n/dictionary";
import type { Lang } from "@/lib/i18n/lang";
import type { DataIssue, IssueCode } from "./issues";
import { readDataFiles } from "./load";
import { TABLES, TABLE_NAMES, type Observation, type TableName } from "./schemas";
import { validateFiles, type LoadResult } from "./validate";

const DATA = path.join(process.cwd(), "data");
const FIXTURES = path.join(process.cwd(), "lib/data/fixtures/malformed");
const CURRENT_YEAR = 2026;

interface Expected {
  code: IssueCode;
  line: number | null;
  column: string | null;
  /** When given, the issue's value must equal it. */
  value?: string | null;
  /** When given, these params must be present with these values. */
  params?: Record<string, string | number>;
}

interface Case {
  fixture: string;
  table: TableName;
  expect: Expected[];
}

interface ValidCase {
  fixture: string;
  table: TableName;
  /** Observations the file must produce, in file order (only these fields are compared). */
  observations?: Array<Pick<Observation, "region" | "indicator" | "year" | "value"> & { note?: string | null }>;
  rows?: number;
}

const E = (code: IssueCode, line: number | null, column: string | null, extra: Partial<Expected> = {}): Expected => ({
  code,
  line,
  column,
  ...extra,
});

const CASES: Case[] = [
  { fixture: "01-empty.csv", table: "observations", expect: [E("file-empty", null, null)] },
  { fixture: "02-header-only.csv", table: "observations", expect: [E("file-header-only", 1, null)] },
  { fixture: "03-whitespace-only.csv", table: "observations", expect: [E("file-empty", null, null)] },
  {
    fixture: "04-missing-column.csv",
    table: "observations",
    expect: [E("header-missing-column", 1, "source", { params: { expected: "source" } })],
  },
  { fixture: "05-extra-column.csv", table: "observations", expect: [E("header-unknown-column", 1, "unit", { value: "unit" })] },
  {
    fixture: "06-renamed-column.csv",
    table: "observations",
    expect: [
      // "did you mean": indikator is one letter from indicator.
      E("header-missing-column", 1, "indicator", {
        value: "indikator",
        params: { expected: "indicator", suggestion: "indikator" },
      }),
      E("header-missing-column", 1, "year", { value: null }),
      E("header-unknown-column", 1, "indikator"),
      E("header-unknown-column", 1, "tahun"),
    ],
  },
  { fixture: "07-duplicate-column.csv", table: "observations", expect: [E("header-duplicate-column", 1, "value")] },
  {
    fixture: "08-mixed-delimiters.csv",
    table: "observations",
    expect: [
      E("row-field-count", 3, null, { params: { found: 1, expected: 7, delimiter: ",", otherDelimiter: ";" } }),
      // The decimal comma splits the row in two, so no delimiter hint here (found 2, not 1).
      E("row-field-count", 4, null, { params: { found: 2, expected: 7 } }),
    ],
  },
  {
    fixture: "09-decimal-comma-unquoted.csv",
    table: "observations",
    expect: [
      E("row-field-count", 2, null, { params: { found: 8, expected: 7 } }),
      // Empty note: the trailing empty cell is dropped, the row shifts by one and is still caught.
      // Problems on one line are listed left to right: series (column E) before source (column F).
      E("ref-unknown-series", 3, "series", { value: "597" }),
      E("ref-unknown-source", 3, "source", { value: "single" }),
    ],
  },
  {
    fixture: "10-thousands-dot-comma.csv",
    table: "observations",
    expect: [
      E("cell-thousands-separator", 2, "value", { value: "1.234,5" }),
      E("cell-thousands-separator", 3, "value", { value: "1,234.5" }),
    ],
  },
  {
    fixture: "11-thousands-comma-dot.csv",
    table: "observations",
    expect: [
      E("cell-thousands-separator", 2, "value", { value: "1,234.5" }),
      E("cell-thousands-separator", 3, "value", { value: "1 234,5" }),
    ],
  },
  {
    fixture: "12-percent-sign.csv",
    table: "observations",
    expect: [E("cell-percent", 2, "value"), E("cell-percent", 3, "value")],
  },
  {
    fixture: "13-unclosed-quote.csv",
    table: "observations",
    // The quote swallows the rest of the file into one cell: one short row, lines 4-5 are inside it.
    expect: [E("row-unclosed-quote", 3, null), E("row-field-count", 3, null, { params: { found: 4, expected: 7 } })],
  },
  {
    fixture: "14-stray-quote.csv",
    table: "observations",
    expect: [E("row-unclosed-quote", 2, null)],
  },
  {
    fixture: "15-not-a-number.csv",
    table: "observations",
    expect: [
      E("cell-not-number", 2, "value", { value: "abc" }),
      E("cell-not-number", 3, "value"),
      E("cell-not-number", 4, "value"),
      E("cell-not-number", 5, "value", { value: "1e-1" }),
    ],
  },
  { fixture: "16-nan.csv", table: "observations", expect: [E("cell-not-finite", 2, "value"), E("cell-not-finite", 3, "value")] },
  {
    fixture: "17-infinity.csv",
    table: "observations",
    expect: [E("cell-not-finite", 2, "value"), E("cell-not-finite", 3, "value"), E("cell-not-finite", 4, "value")],
  },
  {
    fixture: "18-excel-errors.csv",
    table: "observations",
    expect: [
      E("cell-not-finite", 2, "value", { value: "#N/A" }),
      E("cell-not-finite", 3, "value", { value: "#DIV/0!" }),
      E("cell-not-finite", 4, "value", { value: "#VALUE!" }),
    ],
  },
  {
    fixture: "19-negative-value.csv",
    table: "observations",
    expect: [
      E("value-out-of-range", 2, "value", { value: "-0.1", params: { indicator: "IKG", min: 0, max: 1 } }),
      E("value-out-of-range", 3, "value", { value: "-0.597" }),
    ],
  },
  {
    fixture: "20-out-of-range.csv",
    table: "observations",
    expect: [
      E("value-out-of-range", 2, "value", { value: "5.71", params: { indicator: "IKG", min: 0, max: 1 } }),
      E("value-out-of-range", 3, "value", { value: "720.1", params: { indicator: "IPM", min: 0, max: 100 } }),
    ],
  },
  {
    fixture: "21-year-1850.csv",
    table: "observations",
    expect: [
      E("cell-year", 2, "year", { value: "1850", params: { min: 1990, max: 2100 } }),
      E("cell-year", 3, "year", { value: "2101" }),
      E("cell-year", 4, "year", { value: "23" }),
    ],
  },
  {
    fixture: "22-year-not-integer.csv",
    table: "observations",
    expect: [
      E("cell-year", 2, "year", { value: "2023.5" }),
      E("cell-year", 3, "year", { value: "20x3" }),
      E("cell-year", 4, "year", { value: "2023,0" }),
    ],
  },
  {
    fixture: "23-year-future.csv",
    table: "observations",
    expect: [E("cell-year-future", 3, "year", { value: "2027", params: { max: CURRENT_YEAR } })],
  },
  {
    fixture: "24-unknown-region.csv",
    table: "observations",
    expect: [
      E("ref-unknown-region", 2, "region", { value: "9999" }),
      E("cell-code", 3, "region", { value: "630" }),
      E("cell-code", 4, "region", { value: "63O2" }),
    ],
  },
  {
    fixture: "25-unknown-indicator.csv",
    table: "observations",
    expect: [E("ref-unknown-indicator", 2, "indicator", { value: "IPX" }), E("cell-code", 3, "indicator", { value: "ikg" })],
  },
  {
    fixture: "26-unknown-source.csv",
    table: "observations",
    expect: [E("ref-unknown-source", 2, "source", { value: "bps-ikg-2099" }), E("cell-code", 3, "source", { value: "BPS IKG" })],
  },
  {
    fixture: "27-duplicate-row.csv",
    table: "observations",
    expect: [
      E("duplicate-row", 4, "source", { params: { firstLine: 2 } }),
      // "0" is Excel's 0000: the same key as line 5.
      E("duplicate-row", 6, "source", { params: { firstLine: 5, key: "0000 IKG 2023 single bps-ikg-2021-2023-vannesayaa" } }),
    ],
  },
  {
    fixture: "28-unknown-series.csv",
    table: "observations",
    expect: [
      E("ref-unknown-series", 2, "series", { value: "bps", params: { indicator: "IKG", allowed: "single" } }),
      E("ref-unknown-series", 3, "series", { value: "UHH-LF2021" }),
      E("ref-unknown-series", 4, "series", { value: "single", params: { indicator: "IPM" } }),
    ],
  },
  {
    fixture: "29-target-year-before-baseline.csv",
    table: "targets",
    expect: [
      E("target-year-order", 2, "target_year", { params: { targetYear: 2023, baselineYear: 2029 } }),
      E("target-year-order", 3, "target_year", { params: { targetYear: 2023, baselineYear: 2023 } }),
    ],
  },
  { fixture: "30-latin1-note.csv", table: "regions", expect: [E("file-not-utf8", 5, null, { value: "0xE9" })] },
  { fixture: "31-utf16le-bom.csv", table: "observations", expect: [E("file-utf16", 1, null)] },
  {
    fixture: "32-formula-text.csv",
    table: "observations",
    expect: [
      E("cell-formula", 2, "note"),
      E("cell-formula", 3, "note", { value: "+62 518 21000" }),
      E("cell-formula", 4, "note", { value: "@SUM(A1:A3)" }),
      E("cell-formula", 5, "note"),
      E("cell-formula", 6, "region", { value: "=6302" }),
    ],
  },
  { fixture: "33-huge-field.csv", table: "observations", expect: [E("cell-too-long", 2, "note", { params: { max: 4000 } })] },
  { fixture: "34-binary-garbage.bin", table: "observations", expect: [E("file-binary", 3, null, { value: "NUL" })] },
  {
    fixture: "35-field-count.csv",
    table: "observations",
    expect: [
      E("row-field-count", 2, null, { params: { found: 6, expected: 7 } }),
      E("row-field-count", 3, null, { params: { found: 8, expected: 7 } }),
    ],
  },
  {
    fixture: "36-required-empty.csv",
    table: "observations",
    expect: ["region", "indicator", "year", "series", "source"].map((c) => E("cell-required", 2, c)),
  },
  {
    fixture: "37-regions-rules.csv",
    table: "regions",
    expect: [
      E("cell-enum", 17, "level", { value: "kecamatan" }),
      E("ref-unknown-parent", 18, "parent", { value: "6999" }),
      E("duplicate-id", 19, "code", { params: { firstLine: 5 } }),
    ],
  },
  {
    fixture: "38-settings-rules.csv",
    table: "settings",
    expect: [
      E("setting-missing", null, "key", { params: { key: "focus_region" } }),
      E("setting-unknown-key", 2, "key", { value: "focus_regon" }),
    ],
  },
  {
    fixture: "39-cesu8-surrogates.csv",
    table: "observations",
    expect: [E("file-not-utf8", 3, null, { value: "0xED" })],
  },
  {
    fixture: "40-formula-in-number.csv",
    table: "observations",
    expect: [E("cell-formula", 2, "value", { value: "=0.571" })],
  },
  {
    fixture: "41-macroman-cr-only.csv",
    table: "observations",
    expect: [E("file-not-utf8", 3, null, { value: "0x8E" })],
  },
  {
    fixture: "49-data-under-empty-heading.csv",
    table: "observations",
    expect: [E("cell-no-heading", 2, "", { value: "komentar" })],
  },
  {
    fixture: "50-utf16le-no-bom.bin",
    table: "observations",
    expect: [E("file-utf16", 1, null)],
  },
  {
    fixture: "51-excel-ref-name-errors.csv",
    table: "observations",
    expect: [E("cell-not-finite", 2, "value", { value: "#REF!" }), E("cell-not-finite", 3, "value", { value: "#NAME?" })],
  },
];

const VALID: ValidCase[] = [
  {
    fixture: "42-excel-empty-header-cells.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "ok" },
      { region: "6302", indicator: "IKG", year: 2022, value: 0.597, note: null },
    ],
  },
  {
    fixture: "43-valid-bom-semicolon-decimal-comma-crlf.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "catatan; dengan titik koma" },
      { region: "6302", indicator: "IPM", year: 2023, value: 72.01, note: "ok" },
    ],
  },
  {
    fixture: "44-valid-tab-delimited.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "catatan, dengan koma; dan titik koma" },
      { region: "6302", indicator: "IPM", year: 2023, value: 72.01, note: null },
    ],
  },
  {
    fixture: "45-valid-multiline-note.csv",
    table: "observations",
    observations: [
      {
        region: "6302",
        indicator: "IKG",
        year: 2023,
        value: 0.571,
        note: 'baris pertama\nbaris kedua, dengan koma\ndan "kutip"',
      },
      { region: "6302", indicator: "IKG", year: 2022, value: 0.597, note: "ok" },
    ],
  },
  {
    // Excel's "sep=;" first line names the delimiter; it is not the header.
    fixture: "52-valid-excel-sep-hint.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "baris 3, setelah sep=" },
      { region: "6302", indicator: "IPM", year: 2023, value: 72.01, note: "ok" },
    ],
  },
  {
    fixture: "46-valid-semicolon-decimal-dot.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "titik desimal" },
      { region: "6302", indicator: "IPM", year: 2023, value: 72.01, note: "a, b" },
    ],
  },
  {
    // Blank line before the header, columns in another order and case, one empty trailing header
    // cell and trailing commas, a row of only commas, mixed CRLF/LF, "0,571" quoted, region "0".
    fixture: "47-valid-excel-quirks.csv",
    table: "observations",
    observations: [
      { region: "6302", indicator: "IKG", year: 2023, value: 0.571, note: "kolom diacak" },
      { region: "0000", indicator: "IKG", year: 2023, value: 0.447, note: "nasional" },
      { region: "6302", indicator: "IKG", year: 2022, value: null, note: "tanpa nilai" },
    ],
  },
  { fixture: "48-valid-targets-header-only.csv", table: "targets", rows: 0 },
];

let bundled: Partial<Record<TableName, Uint8Array | null>>;

async function fixtureBytes(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(FIXTURES, name)));
}

function validateWith(table: TableName, input: Uint8Array | string): LoadResult {
  return validateFiles({ ...bundled, [table]: input }, { currentYear: CURRENT_YEAR });
}

const LINE_WORD: Record<Lang, string> = { id: "baris", en: "line" };

/** Every issue must read well in both languages: where, what, and a sentence saying what to do. */
function assertReadable(issue: DataIssue): void {
  for (const lang of ["id", "en"] as const) {
    const text = formatIssue(issue, dict(lang).issues);
    const { what, todo } = describeIssue(issue, dict(lang).issues);
    assert.ok(text.includes(issue.file), `${lang}: no file name in ${text}`);
    if (issue.line !== null) assert.ok(text.includes(`${LINE_WORD[lang]} ${issue.line}`), `${lang}: no line number in ${text}`);
    if (issue.column !== null && issue.column !== "") assert.ok(text.includes(issue.column), `${lang}: no column in ${text}`);
    assert.ok(what.trim().length > 0, `${lang}: empty "what" in ${text}`);
    assert.ok(todo.trim().length > 0, `${lang}: empty "what to do" in ${text}`);
    assert.ok(text.includes(todo), `${lang}: "what to do" missing from ${text}`);
    // A parameter the message needs but the issue lacks shows up as "undefined", "NaN MB", "(–)" or "…: .".
    assert.doesNotMatch(`${what} ${todo}`, /undefined|NaN MB|\(\s*–\s*\)|: \.$/, `${lang}: unfilled parameter in ${text}`);
  }
}

function shown(e: Expected | DataIssue) {
  return { code: e.code, line: e.line, column: e.column };
}

before(async () => {
  bundled = await readDataFiles(DATA);
});

describe("malformed CSV corpus: every issue, with file, line and column", () => {
  for (const c of CASES) {
    const title = `${c.fixture} (${c.table}) → ${[...new Set(c.expect.map((e) => e.code))].join(", ")}`;
    it(title, async () => {
      const r = validateWith(c.table, await fixtureBytes(c.fixture));
      assert.equal(r.ok, false);
      assert.equal("dataset" in r, false);
      if (r.ok) return;
      assert.deepEqual(r.issues.map(shown), c.expect.map(shown));
      c.expect.forEach((e, i) => {
        const got = r.issues[i]!;
        assert.equal(got.file, TABLES[c.table].file);
        if (e.value !== undefined) assert.equal(got.value, e.value, `value of issue ${i}`);
        for (const [k, v] of Object.entries(e.params ?? {})) assert.equal(got.params?.[k], v, `param ${k} of issue ${i}`);
      });
      r.issues.forEach(assertReadable);
    });
  }

  it("a file over 100 MB is refused before it is decoded (built in memory, not stored)", () => {
    const size = 101 * 1024 * 1024;
    const bytes = new Uint8Array(size);
    const row = new TextEncoder().encode("6302,IKG,2023,0.571,single,bps-ikg-2021-2023-vannesayaa,ok\n");
    const header = new TextEncoder().encode("region,indicator,year,value,series,source,note\n");
    bytes.set(header, 0);
    bytes.set(row, header.length);
    // Fill the rest with copies of the row by doubling, so it is a real (huge) CSV and cheap to build.
    let filled = header.length + row.length;
    while (filled < size) {
      const n = Math.min(filled - header.length, size - filled);
      bytes.copyWithin(filled, header.length, header.length + n);
      filled += n;
    }
    const started = performance.now();
    const r = validateWith("observations", bytes);
    assert.ok(performance.now() - started < 5000, "the size check should come before parsing");
    assert.equal(r.ok, false);
    assert.equal("dataset" in r, false);
    if (r.ok) return;
    assert.deepEqual(r.issues.map(shown), [{ code: "file-too-large", line: null, column: null }]);
    assert.equal(r.issues[0]!.value, `${size} bytes`);
    assert.equal(r.issues[0]!.params?.maxMb, MAX_FILE_BYTES / 1048576);
    assert.match(
      formatIssue(r.issues[0]!, dict("en").issues),
      /observations\.csv: "105906176 bytes" file is too large\. The limit is 100 MB/,
    );
    assert.match(formatIssue(r.issues[0]!, dict("id").issues), /Batasnya 100 MB/);
    r.issues.forEach(assertReadable);
  });
});

describe("accepted variants in the corpus load", () => {
  for (const c of VALID) {
    it(`${c.fixture} (${c.table}) loads`, async () => {
      const r = validateWith(c.table, await fixtureBytes(c.fixture));
      assert.equal(r.ok, true, r.ok ? "" : r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n"));
      if (!r.ok) return;
      if (c.observations) {
        const got = r.dataset.observations.map((o) => ({
          region: o.region,
          indicator: o.indicator,
          year: o.year,
          value: o.value,
          note: o.note,
        }));
        assert.deepEqual(got, c.observations);
      }
      if (c.rows !== undefined) assert.equal(r.dataset[c.table as "targets"].length, c.rows);
    });
  }
});

describe("the whole corpus", () => {
  it("lists every fixture file exactly once", async () => {
    const files = (await readdir(FIXTURES)).sort();
    const listed = [...CASES, ...VALID].map((c) => c.fixture).sort();
    assert.deepEqual(files, listed);
    assert.ok(CASES.length >= 32, `only ${CASES.length} malformed fixtures`);
    for (const f of files) assert.match(f, /^\d\d-[a-z0-9-]+\.(csv|bin)$/);
  });

  it("never throws, whichever table a fixture is given as (bytes, and decoded text for its own table)", async () => {
    const all = [...CASES, ...VALID];
    for (const c of all) {
      const bytes = await fixtureBytes(c.fixture);
      for (const table of TABLE_NAMES) {
        let r: LoadResult | undefined;
        assert.doesNotThrow(() => {
          r = validateWith(table, bytes);
        }, `${c.fixture} as ${table}`);
        assert.ok(
          r && (r.ok ? r.dataset !== undefined : r.issues.length > 0),
          `${c.fixture} as ${table}: neither a dataset nor an issue`,
        );
        if (r && !r.ok)
          for (const i of r.issues)
            assert.doesNotThrow(() => [formatIssue(i, dict("id").issues), formatIssue(i, dict("en").issues)]);
      }
      const text = new TextDecoder("utf-8").decode(bytes);
      assert.doesNotThrow(() => validateWith(c.table, text), `${c.fixture} as text`);
    }
  });
});
