import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseCsvText } from "./csv";
import { DATA_FILE_STYLE, writeCsv } from "./csv";
import { applyImport, diffImport, planImport, regionMatcher } from "./import";
import { TABLES, TABLE_NAMES } from "./schemas";
import { loadDatasetFrom } from "./load";
import type { Dataset } from "./validate";

const DATA = path.join(process.cwd(), "data");
let d: Dataset;
before(async () => {
  const r = await loadDatasetFrom(DATA, "");
  if (!r.ok) throw new Error("bundled data invalid");
  d = r.dataset;
});

// A BPS dynamic-table export as Excel saves it: title rows, a header of years, "-" for unpublished.
const WIDE = [
  '"Indeks Ketimpangan Gender (IKG)";;;',
  '"Kabupaten/Kota";"2022";"2023";"2024"',
  '"KABUPATEN KOTA BARU";0,597;0,571;0,560',
  '"Tanah Laut";0,455;0,421;-',
  '"KALIMANTAN SELATAN";0,514;0,507;0,500',
  '"Kabupaten Entah";0,1;0,2;0,3',
  '"Sumber: BPS";;;',
].join("\r\n");

describe("regionMatcher", () => {
  it("reads region names as BPS and Excel write them", () => {
    const m = regionMatcher(d);
    assert.equal(m("KABUPATEN KOTA BARU"), "6302");
    assert.equal(m("Kotabaru"), "6302");
    assert.equal(m("Kab. Hulu Sungai Selatan"), "6306");
    assert.equal(m("KOTA BANJARBARU"), "6372");
    assert.equal(m("Kalimantan Selatan"), "6300");
    assert.equal(m("INDONESIA"), "0000");
    assert.equal(m("6311"), "6311");
    assert.equal(m("Kabupaten Entah"), null);
  });
});

describe("planImport", () => {
  it("wide BPS table: one row per region and year; '-' is left out, not zero; unknown regions are named", () => {
    const plan = planImport(WIDE, d, { fileName: "ikg.csv", indicator: "IKG", source: "bps-ikg-2021-2023-vannesayaa" });
    assert.equal(plan.shape, "wide");
    assert.equal(plan.rows.length, 8);
    assert.deepEqual(
      plan.rows.filter((r) => r.region === "6302").map((r) => [r.year, r.value, r.series]),
      [
        [2022, 0.597, "single"],
        [2023, 0.571, "single"],
        [2024, 0.56, "single"],
      ],
    );
    assert.deepEqual(
      plan.skipped.map((s) => s.from),
      ["ikg.csv:4:2024"],
    );
    assert.equal(plan.problems.length, 1);
    assert.equal(plan.problems[0]?.code, "region-unknown");
    assert.equal(plan.problems[0]?.value, "Kabupaten Entah");
    assert.equal(plan.problems[0]?.line, 6);
  });
  it("a wide table without --indicator or with an unknown source says what is missing", () => {
    const plan = planImport(WIDE, d, { fileName: "ikg.csv", source: "tidak-ada" });
    assert.deepEqual(
      plan.problems.map((p) => [p.code, p.params?.flag]),
      [
        ["wide-needs-flag", "--indicator"],
        ["source-unknown", undefined],
      ],
    );
    assert.equal(plan.rows.length, 0);
  });
});

describe("diffImport and applyImport", () => {
  it("sorts rows into added, changed and unchanged against the current table", () => {
    const plan = planImport(WIDE, d, { fileName: "ikg.csv", indicator: "IKG", source: "bps-ikg-2021-2023-vannesayaa" });
    const diff = diffImport(d.observations, plan.rows);
    // 2022 and 2023 values equal the bundled BPS ones; 2024 is new; Tanah Laut 2022 is 0.455 here vs 0.455?
    assert.deepEqual(diff.added.map((r) => `${r.region}:${r.year}`).sort(), ["6300:2024", "6302:2024"]);
    assert.ok(diff.unchanged.some((r) => r.region === "6302" && r.year === 2023));
    for (const c of diff.changed) assert.notEqual(c.before, c.row.value);
  });
  it("applies changes in place and appends new rows", () => {
    const header = ["region", "indicator", "year", "value", "series", "source", "note"];
    const rows = [["6302", "IKG", "2023", "0.5", "single", "s", "old"]];
    const out = applyImport(header, rows, {
      added: [
        { region: "6302", indicator: "IKG", year: 2024, value: 0.56, series: "single", source: "s", note: "new", from: "" },
      ],
      changed: [
        {
          row: { region: "6302", indicator: "IKG", year: 2023, value: 0.571, series: "single", source: "s", note: "x", from: "" },
          before: 0.5,
        },
      ],
      unchanged: [],
    });
    assert.deepEqual(out, [
      ["6302", "IKG", "2023", "0.571", "single", "s", "old"],
      ["6302", "IKG", "2024", "0.56", "single", "s", "new"],
    ]);
  });
});

describe("writeCsv in the data-file style", () => {
  it("writes every bundled table back byte for byte", async () => {
    for (const name of TABLE_NAMES) {
      const text = await readFile(path.join(DATA, TABLES[name].file), "utf8");
      const { table } = parseCsvText(TABLES[name].file, text);
      assert.equal(
        writeCsv(
          table.header,
          table.rows.map((r) => r.cells),
          DATA_FILE_STYLE,
        ),
        text,
        name,
      );
    }
  });
});
