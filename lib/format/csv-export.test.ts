import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BOM, defangText, exportRowsToCsv, fileSlug, toCsv } from "./csv-export";
import type { ExportRow } from "@/lib/view/export-rows";

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  region_code: "6306",
  region_name: "Kabupaten Hulu Sungai Selatan",
  indicator: "IKG",
  year: 2023,
  value: 0.531,
  series: "Seri BPS",
  source_id: "bps-ikg-2021-2023-vannesayaa",
  source: "BPS",
  source_url: "https://example.org/ikg.csv",
  ...over,
});

describe("defangText", () => {
  for (const t of ["=1+1", "+62", "-lihat", "@SUM(A1)", "\tx", "\rx", "\0x"]) {
    it(`prefixes ${JSON.stringify(t)} with an apostrophe`, () => assert.equal(defangText(t), `'${t}`));
  }
  it("leaves ordinary text alone", () => assert.equal(defangText("Kotabaru"), "Kotabaru"));
  it("leaves a plain negative number written as text alone, but not an expression", () => {
    assert.equal(defangText("-0,026"), "-0,026");
    assert.equal(defangText("-1+2"), "'-1+2");
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and never with sep=", () => {
    const csv = toCsv(["a"], [["x"]], "standard");
    assert.ok(csv.startsWith(BOM));
    assert.ok(!csv.includes("sep="));
  });
  it("Excel Indonesia: semicolons and decimal commas; numbers (even negative) are not prefixed", () => {
    const csv = toCsv(["nilai", "perubahan"], [[0.571, -0.026]], "excel-id");
    assert.equal(csv, `${BOM}nilai;perubahan\r\n0,571;-0,026\r\n`);
  });
  it("standard: commas and decimal points", () => assert.equal(toCsv(["v"], [[70.61]], "standard"), `${BOM}v\r\n70.61\r\n`));
  it("quotes cells with the delimiter, quotes or line breaks, and defangs inside quotes too", () => {
    const csv = toCsv(["t"], [['=HYPERLINK("x")'], ["a;b"], ["two\nlines"]], "excel-id");
    assert.equal(csv, `${BOM}t\r\n"'=HYPERLINK(""x"")"\r\n"a;b"\r\ntwo\nlines`.replace("two\nlines", '"two\nlines"') + "\r\n");
  });
  it("a missing value is an empty cell, never 0", () => assert.equal(toCsv(["v"], [[null]], "standard"), `${BOM}v\r\n\r\n`));
});

describe("exportRowsToCsv", () => {
  it("has the region, indicator, year, value, series and source columns, Indonesian headers in Indonesian", () => {
    const csv = exportRowsToCsv([row()], "excel-id", "id");
    const [header, line] = csv.slice(1).split("\r\n");
    assert.equal(header, "kode_wilayah;nama_wilayah;indikator;tahun;nilai;seri;sumber;url_sumber;id_sumber");
    assert.equal(
      line,
      "6306;Kabupaten Hulu Sungai Selatan;IKG;2023;0,531;Seri BPS;BPS;https://example.org/ikg.csv;bps-ikg-2021-2023-vannesayaa",
    );
  });
  it("defangs a region name that starts like a formula, keeps the number", () => {
    const csv = exportRowsToCsv([row({ region_name: "=cmd|' /C calc'!A0", value: -0.5 })], "standard", "en");
    assert.match(csv, /,"?'=cmd\|' \/C calc'!A0"?,IKG,2023,-0\.5,/);
  });
});

describe("fileSlug", () => {
  it("makes a safe ASCII file name", () =>
    assert.equal(fileSlug("IKG Kotabaru stagnan: perlu −0,0202 poin"), "ikg-kotabaru-stagnan-perlu-0-0202-poin"));
});
