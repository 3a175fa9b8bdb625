import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { comparisonSeries, latestRankedYear, rankHistory, rankRegions, referenceRegions } from "./rank";

// Five regencies/cities, the province and Indonesia (lib/data/fixtures/mini).
const d = miniDataset();

describe("rankRegions", () => {
  it("IKG 2023: lower is better, so the lowest IKG ranks first; the paper's 0,551 never enters the ranking", () => {
    const r = rankRegions(d, "IKG", 2023, "6302")!;
    assert.deepEqual(
      r.ranked.map((x) => [x.region, x.value, x.rank]),
      [
        ["6372", 0.36, 1],
        ["6303", 0.45, 2],
        ["6301", 0.5, 3],
        ["6302", 0.571, 4],
        ["6309", 0.58, 5],
      ],
    );
    assert.ok(!r.ranked.some((x) => x.source === "fixture-paper"));
    assert.deepEqual(
      r.references.map((x) => [x.region, x.value]),
      [
        ["6300", 0.507],
        ["0000", 0.447],
      ],
    );
  });
  it("IPM 2024 is compared in the new-method series, not mixed with the old-method values", () => {
    assert.equal(comparisonSeries(d, "IPM", 2024), "UHH-LF2020");
    const r = rankRegions(d, "IPM", 2024, "6302")!;
    assert.deepEqual(
      r.ranked.map((x) => [x.region, x.rank]),
      [
        ["6372", 1],
        ["6309", 2],
        ["6302", 3],
        ["6303", 4],
        ["6301", 5],
      ],
    );
    assert.equal(r.ranked.find((x) => x.region === "6302")?.value, 72.42);
  });
  it("ties share a rank and the next rank skips (1, 2, 3, 3, 5)", () => {
    const r = rankRegions(d, "IPG", 2023)!;
    assert.deepEqual(
      r.ranked.map((x) => x.rank),
      [1, 2, 3, 3, 5],
    );
    assert.equal(r.ranked.at(-1)?.region, "6302");
  });
  it("no value in a year: null, not an empty chart", () => assert.equal(rankRegions(d, "IKG", 2015), null));
});

describe("references and history", () => {
  it("Kotabaru's references are the province, then Indonesia", () =>
    assert.deepEqual(
      referenceRegions(d, "6302").map((r) => r.code),
      ["6300", "0000"],
    ));
  it("latest ranked year: IPM 2024; IKG 2023, although Indonesia has 2024 (no regency has)", () => {
    assert.equal(latestRankedYear(d, "IPM"), 2024);
    assert.equal(latestRankedYear(d, "IKG"), 2023);
  });
  it("rank history counts how many were ranked each year", () => {
    assert.deepEqual(
      rankHistory(d, "IKG", "6302").map((x) => [x.year, x.rank, x.of]),
      [
        [2018, 1, 1],
        [2019, 1, 1],
        [2020, 1, 1],
        [2021, 1, 1],
        [2022, 4, 5],
        [2023, 4, 5],
      ],
    );
  });
});
