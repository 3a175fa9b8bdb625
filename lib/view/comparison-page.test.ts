import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { comparisonModel, comparisonParams } from "./comparison-page";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset());

describe("comparisonModel", () => {
  it("an unknown indicator or year is a 404 (null), not an empty page", () => {
    assert.equal(comparisonModel(site, "id", "abc", "2023"), null);
    assert.equal(comparisonModel(site, "id", "ikg", "1999"), null);
  });

  it("without parameters: the first index in its latest ranked year", () => {
    const m = comparisonModel(site, "id")!;
    assert.deepEqual([m.code, m.year], ["IPM", 2024]);
  });

  it("IKG 2023: the ranking, the table with the change since 2022, and links that keep the year", () => {
    const m = comparisonModel(site, "en", "ikg", "2023")!;
    assert.equal(m.ranking?.bars.length, 5);
    const kotabaru = m.table!.rows.find((r) => r.code === "6302")!;
    assert.equal(kotabaru.rank, 4);
    assert.ok(Math.abs(kotabaru.change! - (0.571 - 0.597)) < 1e-12);
    assert.equal(m.table!.previousYear, 2022);
    assert.equal(m.indicatorLinks.find((l) => l.code === "IPG")?.href, "/en/perbandingan/ipg/2023");
  });

  it("a year with no regency data: an empty state naming what is published and the latest ranked year", () => {
    const m = comparisonModel(site, "id", "ikg", "2024")!;
    assert.equal(m.ranking, null);
    assert.equal(m.table, null);
    assert.deepEqual(m.empty?.available, [{ name: "Indonesia", value: 0.421 }]);
    assert.equal(m.empty?.rankedYear?.year, 2023);
  });

  it("the coverage grid says published, other series only, or missing; nothing is filled in", () => {
    const m = comparisonModel(site, "id", "ipm", "2024")!;
    const kotabaru = m.coverage.rows.find((r) => r.code === "6302")!;
    const at = (year: number) => kotabaru.cells[m.coverage.years.indexOf(year)];
    assert.equal(at(2024), 72.42);
    assert.equal(at(2018), 68.32); // that year's comparison series is the old one
    const tanahLaut = m.coverage.rows.find((r) => r.code === "6301")!;
    assert.equal(tanahLaut.cells[m.coverage.years.indexOf(2018)], null);
  });

  it("the coverage grid marks where the method changes (IPM: the new method from 2021) and says what it means", () => {
    const m = comparisonModel(site, "id", "ipm", "2024")!;
    assert.deepEqual(m.coverage.breaks, [2021]);
    assert.equal(
      m.coverage.breakNote,
      "Garis ganda: mulai 2021 nilainya dari metode baru (resmi), sebelumnya metode lama. Metode berganti: nilai di kedua sisi garis tidak dapat dibandingkan.",
    );
    assert.deepEqual(comparisonModel(site, "id", "ikg", "2023")!.coverage.breaks, []);
  });

  it("the scatter pairs the page's index with each other index in the latest year both have, up to the page's year", () => {
    const m = comparisonModel(site, "id", "ikg", "2023")!;
    assert.equal(m.scatter.kind, "chart");
    if (m.scatter.kind !== "chart") return;
    assert.deepEqual(
      m.scatter.pairs.map((p) => [p.y.code, p.year]),
      [
        ["IPM", 2023],
        ["IPG", 2023],
        ["IDG", 2023],
      ],
    );
    const ipg = m.scatter.pairs[1]!;
    assert.equal(ipg.x.direction, "lower");
    assert.equal(ipg.y.direction, "higher");
    assert.equal(ipg.x.reference, 0.507); // the province's IKG 2023, a reference line
  });

  it("IPM 2024 has no other index in 2024, so the scatter shows IPM against each index in 2023 instead of an empty panel", () => {
    const m = comparisonModel(site, "id", "ipm", "2024")!;
    assert.equal(m.scatter.kind, "chart");
    if (m.scatter.kind !== "chart") return;
    assert.ok(m.scatter.pairs.length > 0);
    assert.ok(m.scatter.pairs.every((p) => p.year <= 2024 && Object.keys(p.x.values).some((r) => p.y.values[r] !== undefined)));
  });

  it("every indicator-year with a value has a page", () =>
    assert.ok(comparisonParams(site).some((p) => p.kode === "ikg" && p.tahun === "2024")));
});
