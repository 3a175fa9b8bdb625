import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { formatIssue } from "@/lib/format/issue";
import { dict } from "@/lib/i18n/dictionary";
import type { DataIssue } from "./issues";
import { loadDatasetFrom, readDataFiles } from "./load";
import type { TableName } from "./schemas";
import { validateFiles, type Dataset } from "./validate";

const DATA = path.join(process.cwd(), "data");

async function bundled(): Promise<Dataset> {
  const r = await loadDatasetFrom(DATA, "");
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n"));
  return r.dataset;
}

/** Validate one replaced table against the bundled others. */
async function withTable(name: TableName, text: string | Uint8Array): Promise<DataIssue[]> {
  const files = await readDataFiles(DATA);
  const r = validateFiles({ ...files, [name]: text }, { currentYear: 2026 });
  return r.ok ? [] : r.issues;
}

const OBS_HEADER = "region,indicator,year,value,series,source,note";
const SRC = "bps-ikg-2021-2023-vannesayaa";

describe("the bundled data/", () => {
  it("validates with no issue, so a broken edit also fails npm test", async () => {
    const r = await loadDatasetFrom(DATA, "");
    assert.equal(r.ok, true, r.ok ? "" : r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n"));
  });
  it("holds the paper's targets and every figure with a source", async () => {
    const d = await bundled();
    const ipm = d.targets.find((t) => t.region === "6302" && t.indicator === "IPM");
    assert.deepEqual([ipm?.baselineYear, ipm?.baselineValue, ipm?.targetYear, ipm?.targetValue], [2023, 70.61, 2029, 75.37]);
    const ikg = d.targets.find((t) => t.region === "6302" && t.indicator === "IKG");
    assert.deepEqual([ikg?.baselineValue, ikg?.targetValue], [0.551, 0.45]);
    assert.equal(d.targets.filter((t) => t.region === "6302" && (t.indicator === "IPG" || t.indicator === "IDG")).length, 0);
    assert.equal(d.settings.focusRegion, "6302");
    assert.equal(d.regions.length, 15);
    const ids = new Set(d.sources.map((s) => s.id));
    assert.ok(d.observations.every((o) => ids.has(o.source)));
  });
  it("keeps both published Kotabaru IPM 2023 values apart by series", async () => {
    const d = await bundled();
    const ipm2023 = d.observations.filter((o) => o.region === "6302" && o.indicator === "IPM" && o.year === 2023);
    const bySeries = Object.fromEntries(ipm2023.filter((o) => o.series !== "unstated").map((o) => [o.series, o.value]));
    assert.deepEqual(bySeries, { "pre-2023-method-continued": 70.18, "UHH-LF2020": 72.01 });
  });
});

describe("validateFiles on broken tables", () => {
  it("a row with a malformed value still has its region, series and source checked: every problem in one run", async () => {
    const csv = [
      OBS_HEADER,
      `6302,IKG,2021,0.588,single,${SRC},ok`,
      "9999,IKG,2022,0.5x,singel,no-such-source,two mistakes",
    ].join("\n");
    const issues = await withTable("observations", csv);
    assert.deepEqual(
      issues.map((i) => [i.line, i.column, i.code]),
      [
        [3, "region", "ref-unknown-region"],
        [3, "value", "cell-not-number"],
        [3, "series", "ref-unknown-series"],
        [3, "source", "ref-unknown-source"],
      ],
    );
  });

  it("reports every problem at once with file, line, column and value", async () => {
    const csv = [
      OBS_HEADER,
      `6302,IKG,2021,0.588,single,${SRC},ok`,
      `6302,IKG,2022,0.5.97,single,${SRC},`, // line 3: not a number
      `9999,IKG,2022,0.597,single,${SRC},`, // line 4: unknown region
      `6302,IKG,2023,5.71,single,${SRC},`, // line 5: out of range 0–1
      `6302,IKG,2021,0.588,single,${SRC},dup`, // line 6: duplicate of line 2
      `6302,IKG,2023,0.571,bps,${SRC},`, // line 7: unknown series
      `6302,IKG,20x3,0.571,single,${SRC},`, // line 8: bad year
      `6302,IKG,2022,0.597,single,no-such-source,`, // line 9: unknown source
    ].join("\n");
    const issues = await withTable("observations", csv);
    const got = issues.map((i) => [i.file, i.line, i.column, i.code]);
    assert.deepEqual(got, [
      ["observations.csv", 3, "value", "cell-not-number"],
      ["observations.csv", 4, "region", "ref-unknown-region"],
      ["observations.csv", 5, "value", "value-out-of-range"],
      ["observations.csv", 6, "source", "duplicate-row"],
      ["observations.csv", 7, "series", "ref-unknown-series"],
      ["observations.csv", 8, "year", "cell-year"],
      ["observations.csv", 9, "source", "ref-unknown-source"],
    ]);
    const text = formatIssue(issues[0]!, dict("id").issues);
    assert.match(text, /^observations\.csv, baris 3, kolom D \(value\): "0\.5\.97" bukan angka\. Tulis angka/);
    assert.match(formatIssue(issues[3]!, dict("en").issues), /duplicate row: .* already on line 2/);
  });

  it("accepts what Indonesian Excel writes: semicolons, decimal commas, BOM, CRLF", async () => {
    const csv =
      "\uFEFF" +
      ["region;indicator;year;value;series;source;note", `6302;IKG;2023;0,571;single;${SRC};"catatan; dengan titik koma"`].join(
        "\r\n",
      ) +
      "\r\n";
    const files = await readDataFiles(DATA);
    const r = validateFiles({ ...files, observations: new TextEncoder().encode(csv) });
    assert.equal(r.ok, true, r.ok ? "" : r.issues.map((i) => formatIssue(i, dict("en").issues)).join("\n"));
    if (r.ok) assert.equal(r.dataset.observations[0]?.value, 0.571);
  });

  it("counts lines from the file, not rows: after a blank line and a note spanning lines", async () => {
    const csv = [
      OBS_HEADER,
      `6302,IKG,2021,0.588,single,${SRC},"first line`,
      `second line"`,
      "",
      `6302,IKG,2022,abc,single,${SRC},`,
    ].join("\n");
    const issues = await withTable("observations", csv);
    assert.deepEqual(
      issues.map((i) => [i.line, i.column]),
      [[5, "value"]],
    );
  });

  it("names a renamed column and suggests the right name", async () => {
    const issues = await withTable(
      "observations",
      `region,indicator,tahun,value,series,source,note\n6302,IKG,2023,0.571,single,${SRC},`,
    );
    const missing = issues.find((i) => i.code === "header-missing-column");
    assert.equal(missing?.column, "year");
    const unknown = issues.find((i) => i.code === "header-unknown-column");
    assert.equal(unknown?.value, "tahun");
  });

  it("refuses a target year before its baseline year", async () => {
    const csv = `region,indicator,baseline_year,baseline_value,target_year,target_value,series,document,source,note\n6302,IKG,2029,0.551,2023,0.450,,RPJMD,paper-refansyah-pug-kotabaru,`;
    const issues = await withTable("targets", csv);
    assert.deepEqual(
      issues.map((i) => [i.line, i.column, i.code]),
      [[2, "target_year", "target-year-order"]],
    );
  });

  it("refuses a non-UTF-8 (Latin-1) file and names the line", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(`${OBS_HEADER}\n6302,IKG,2023,0.571,single,${SRC},Kotabaru `),
      0xe9,
      0x0a,
    ]);
    const issues = await withTable("observations", latin1);
    assert.deepEqual(
      issues.map((i) => [i.line, i.code]),
      [[2, "file-not-utf8"]],
    );
  });

  it("reports a missing file with the columns it needs", async () => {
    const files = await readDataFiles(DATA);
    const r = validateFiles({ ...files, targets: null });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.issues[0]?.code, "file-missing");
      assert.match(
        formatIssue(r.issues[0]!, dict("en").issues),
        /targets\.csv: file not found\. Create this file with the columns: region, indicator, baseline_year/,
      );
    }
  });

  it("a table that cannot be read (here a folder named ape.csv) is reported by name, not thrown", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pug-unreadable-"));
    try {
      await cp(DATA, dir, { recursive: true });
      await rm(path.join(dir, "ape.csv"));
      await mkdir(path.join(dir, "ape.csv"));
      const r = await loadDatasetFrom(dir, "");
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.deepEqual(
          r.issues.map((i) => [i.file, i.code, i.value]),
          [["ape.csv", "file-unreadable", "EISDIR"]],
        );
        assert.match(
          formatIssue(r.issues[0]!, dict("id").issues),
          /ape\.csv: "EISDIR" berkas tidak dapat dibaca\. Pastikan ini berkas biasa \(bukan folder\)/,
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("never returns a dataset when any row is bad (nothing half-loaded)", async () => {
    const good = await readFile(path.join(DATA, "observations.csv"), "utf8");
    const files = await readDataFiles(DATA);
    const r = validateFiles({ ...files, observations: good + `6302,IKG,2023,oops,single,${SRC},\n` });
    assert.equal(r.ok, false);
    assert.equal("dataset" in r, false);
  });
});

describe("repeated problems", () => {
  it("a source row with a bad URL is the only problem: the rows citing it are not also told its id is unknown", async () => {
    const files = await readDataFiles(DATA);
    const sources = new TextDecoder().decode(files.sources!).split("\n");
    const line = sources.findIndex((l) => l.startsWith("bps-webapi-ipm-ped-kalsel,"));
    sources[line] = sources[line]!.replace(/https?:\/\/[^,"]*/, "javascript:alert(1)");
    const r = validateFiles({ ...files, sources: sources.join("\n") }, { currentYear: 2026 });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => [i.file, i.line, i.column]),
        [["sources.csv", line + 1, "url"]],
      );
  });

  it("a region made its own parent is refused with the chain; a rejected region row does not also fail the focus setting", async () => {
    const files = await readDataFiles(DATA);
    const text = new TextDecoder().decode(files.regions!);
    const self = validateFiles(
      { ...files, regions: text.replace(/\n6302,([^\n]*?),kabupaten,6300,/, "\n6302,$1,kabupaten,6302,") },
      { currentYear: 2026 },
    );
    assert.equal(self.ok, false);
    if (!self.ok) {
      assert.deepEqual(
        self.issues.map((i) => [i.file, i.column, i.code]),
        [["regions.csv", "parent", "parent-cycle"]],
      );
      assert.match(formatIssue(self.issues[0]!, dict("en").issues), /\(6302 → 6302\)/);
    }
    const level = validateFiles(
      { ...files, regions: text.replace(/\n6302,([^\n]*?),kabupaten,/, "\n6302,$1,regency,") },
      { currentYear: 2026 },
    );
    assert.equal(level.ok, false);
    if (!level.ok)
      assert.deepEqual(
        level.issues.map((i) => [i.file, i.column]),
        [["regions.csv", "level"]],
      );
  });

  it("an indicator whose min is not below its max is reported once, not once per value", async () => {
    const files = await readDataFiles(DATA);
    const indicators = new TextDecoder().decode(files.indicators!).replace(/(\nIPM,[^\n]*?,indeks,index,)0,100,/, "$1100,0,");
    const r = validateFiles({ ...files, indicators }, { currentYear: 2026 });
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.issues.map((i) => [i.file, i.code]),
        [["indicators.csv", "range-order"]],
      );
  });

  it("one mistyped region code is reported once for its row and once, as a range, for the rows that use it", async () => {
    const files = await readDataFiles(DATA);
    const regions = new TextDecoder().decode(files.regions!).replace("\n6302,", "\n6302x,");
    const r = validateFiles({ ...files, regions }, { currentYear: 2026 });
    assert.equal(r.ok, false);
    if (r.ok) return;
    const obs = r.issues.filter((i) => i.file === "observations.csv");
    assert.equal(obs.length, 1);
    assert.equal(obs[0]?.code, "ref-unknown-region");
    assert.equal(obs[0]?.count, d6302Rows(new TextDecoder().decode(files.observations!)));
    assert.match(
      formatIssue(obs[0]!, dict("id").issues),
      /observations\.csv, \d+ baris antara baris \d+ dan \d+, kolom A \(region\): "6302"/,
    );
    assert.match(formatIssue(obs[0]!, dict("en").issues), /\d+ lines between line \d+ and \d+/);
  });
});

function d6302Rows(csv: string): number {
  return csv.split("\n").filter((l) => l.startsWith("6302,")).length;
}
