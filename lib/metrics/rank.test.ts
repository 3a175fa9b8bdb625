import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import { loadDatasetFrom } from "@/lib/data/load";
import type { Dataset } from "@/lib/data/validate";
import { comparisonSeries, latestRankedYear, rankHistory, rankRegions, referenceRegions } from "./rank";

let d: Dataset;
before(async () => {
  const r = await loadDatasetFrom(path.join(process.cwd(), "data"), "");
  if (!r.ok) throw new Error("bundled data invalid");
  d = r.dataset;
});

describe("rankRegions", () => {
  it("IKG 2023: lower is better, so the lowest IKG ranks first; all 13 regencies/cities ranked", () => {
    const r = rankRegions(d, "IKG", 2023, "6302")!;
    assert.equal(r.ranked.length, 13);
    for (let i = 1; i < r.ranked.length; i++) assert.ok(r.ranked[i - 1]!.value <= r.ranked[i]!.value);
    const kotabaru = r.ranked.find((x) => x.region === "6302")!;
    assert.equal(kotabaru.value, 0.571);
    // The paper's 0.551 never enters a ranking: BPS is preferred.
    assert.ok(!r.ranked.some((x) => x.source.startsWith("paper")));
    assert.deepEqual(
      r.references.map((x) => [x.region, x.value]),
      [
        ["6300", 0.507],
        ["0000", 0.447],
      ],
    );
  });
  it("IPM 2024 is compared in the SP2020-LF series (all 13), not mixed with the old-method values", () => {
    assert.equal(comparisonSeries(d, "IPM", 2024), "UHH-LF2020");
    const r = rankRegions(d, "IPM", 2024, "6302")!;
    assert.equal(r.ranked[0]?.region, "6372"); // Banjarbaru 81.65
    assert.equal(r.ranked[0]?.value, 81.65);
    assert.equal(r.ranked.find((x) => x.region === "6302")?.value, 72.42);
  });
  it("ties share a rank", () => {
    const r = rankRegions(d, "IPG", 2023)!;
    const ranks = r.ranked.map((x) => x.rank);
    for (let i = 1; i < r.ranked.length; i++) {
      if (r.ranked[i]!.value === r.ranked[i - 1]!.value) assert.equal(ranks[i], ranks[i - 1]);
      else assert.equal(ranks[i], i + 1);
    }
  });
  it("no value in a year: null, not an empty chart", () => assert.equal(rankRegions(d, "IKG", 2015), null));
});

describe("references and history", () => {
  it("Kotabaru's references are the province, then Indonesia", () =>
    assert.deepEqual(
      referenceRegions(d, "6302").map((r) => r.code),
      ["6300", "0000"],
    ));
  it("latest ranked year: IPM 2024, IKG 2023 (no 2024 kab/kota IKG published)", () => {
    assert.equal(latestRankedYear(d, "IPM"), 2024);
    assert.equal(latestRankedYear(d, "IKG"), 2023);
  });
  it("rank history counts how many were ranked each year", () => {
    const h = rankHistory(d, "IKG", "6302");
    assert.deepEqual(
      h.map((x) => x.year),
      [2018, 2019, 2020, 2021, 2022, 2023],
    );
    assert.ok(h.every((x) => x.of === 13 && x.rank >= 1 && x.rank <= 13));
  });
});
