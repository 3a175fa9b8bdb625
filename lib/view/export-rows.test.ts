import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compactRows, expandRows, type ExportRow } from "./export-rows";

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
