import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dict } from "@/lib/i18n/dictionary";
import { compactRows, expandRows, exportRowsToCsv, type ExportRow } from "./rows";

describe("compactRows / expandRows", () => {
  it("round-trips rows exactly, with and without a role", () => {
    const rows: ExportRow[] = [
      {
        region_code: "6302",
        region_name: "Kabupaten Kotabaru",
        indicator: "IKG",
        year: 2023,
        value: 0.571,
        series: "Seri BPS",
        source_id: "a",
        source: "BPS",
        source_url: "https://x",
      },
      {
        region_code: "6302",
        region_name: "Kabupaten Kotabaru",
        indicator: "IKG",
        year: 2029,
        value: 0.45,
        series: "Seri BPS",
        source_id: "p",
        source: "Makalah",
        source_url: "",
        role: "Target 2029",
      },
      {
        region_code: "0000",
        region_name: "Indonesia",
        indicator: "IKG",
        year: 2024,
        value: null,
        series: "Seri BPS",
        source_id: "a",
        source: "BPS",
        source_url: "https://x",
      },
    ];
    assert.deepEqual(expandRows(compactRows(rows)), rows);
  });
});

describe("exportRowsToCsv", () => {
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
  it("has the region, indicator, year, value, series and source columns, Indonesian headers in Indonesian", () => {
    const csv = exportRowsToCsv([row()], "excel-id", dict("id").client.csvColumns);
    const [header, line] = csv.slice(1).split("\r\n");
    assert.equal(header, "kode_wilayah;nama_wilayah;indikator;tahun;nilai;seri;sumber;url_sumber;id_sumber");
    assert.equal(
      line,
      "6306;Kabupaten Hulu Sungai Selatan;IKG;2023;0,531;Seri BPS;BPS;https://example.org/ikg.csv;bps-ikg-2021-2023-vannesayaa",
    );
  });
  it("defangs a region name that starts like a formula, keeps the number", () => {
    const csv = exportRowsToCsv(
      [row({ region_name: "=cmd|' /C calc'!A0", value: -0.5 })],
      "standard",
      dict("en").client.csvColumns,
    );
    assert.match(csv, /,"?'=cmd\|' \/C calc'!A0"?,IKG,2023,-0\.5,/);
  });
});
