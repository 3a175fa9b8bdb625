import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { kabKotaWithin, provinceOf, rankBucket, rankInSeries, regionRank, regionRankHistory } from "./national-rank";
import { observationsCsv, regionsCsv, yearRows } from "./test-national";

// Twelve kab/kota in two provinces (63 Kalsel-like, 64 Kaltim-like), the two provinces and Indonesia.
const REGIONS = regionsCsv({
  "63": ["6301", "6302", "6303", "6304", "6309", "6372"],
  "64": ["6401", "6402", "6403", "6404", "6471", "6472"],
});

// IKG 2023 (lower is better). 6404 has no value; Kaltim (6400, 0.290) is lower than every kab/kota but is never ranked.
const IKG_2023 = {
  "6301": 0.5,
  "6302": 0.571,
  "6303": 0.45,
  "6304": 0.45,
  "6309": 0.58,
  "6372": 0.36,
  "6401": 0.4,
  "6402": 0.62,
  "6403": 0.571,
  "6471": 0.3,
  "6472": 0.45,
  "6300": 0.507,
  "6400": 0.29,
  "0000": 0.447,
};

const d = miniDataset(() => ({
  regions: REGIONS,
  observations: observationsCsv([
    ...yearRows("IKG", 2023, IKG_2023),
    // The paper's 0.551 for Kotabaru: BPS's 0.571 takes precedence.
    ["6302", "IKG", 2023, 0.551, "single", "fixture-paper"],
    ...yearRows("IKG", 2022, { "6302": 0.597, "6301": 0.52, "6303": 0.47 }),
    ["6301", "IKG", 2021, 0.53],
    // IPM 2024 in the new-method series; 6402 only in the old method continued, 6302 in both.
    ...yearRows(
      "IPM",
      2024,
      { "6372": 81.65, "6309": 75.97, "6302": 72.42, "6401": 72.42, "6303": 71.8, "6301": 70.5 },
      "UHH-LF2020",
    ),
    ...yearRows("IPM", 2024, { "6302": 70.61, "6402": 90 }, "pre-2023-method-continued"),
  ]),
}));

describe("rankInSeries", () => {
  it("IKG 2023, lowest first, ties 4, 4, 4 then 7 and 8, 8 then 10: 11 ranked of 12, 6404 missing", () => {
    const r = rankInSeries(d, "IKG", 2023, "single")!;
    assert.deepEqual(
      r.ranked.map((x) => [x.region, x.rank]),
      [
        ["6471", 1],
        ["6372", 2],
        ["6401", 3],
        ["6303", 4],
        ["6304", 4],
        ["6472", 4],
        ["6301", 7],
        ["6302", 8],
        ["6403", 8],
        ["6309", 10],
        ["6402", 11],
      ],
    );
    assert.equal(r.total, 12);
    assert.deepEqual(r.missing, ["6404"]);
  });
  it("provinces and Indonesia are never ranked, although Kaltim's 0.290 is the lowest value", () => {
    const codes = rankInSeries(d, "IKG", 2023, "single")!.ranked.map((x) => x.region);
    assert.ok(!codes.includes("6400") && !codes.includes("6300") && !codes.includes("0000"));
    assert.equal(regionRank(d, "IKG", 2023, "single", "6400"), null);
    assert.equal(regionRank(d, "IKG", 2023, "single", "0000"), null);
  });
  it("within Kaltim (6400): 5 ranked of 6; within Kalsel (6300): 6 of 6", () => {
    const kaltim = rankInSeries(d, "IKG", 2023, "single", "6400")!;
    assert.deepEqual(
      kaltim.ranked.map((x) => [x.region, x.rank]),
      [
        ["6471", 1],
        ["6401", 2],
        ["6472", 3],
        ["6403", 4],
        ["6402", 5],
      ],
    );
    assert.equal(kaltim.total, 6);
    assert.equal(rankInSeries(d, "IKG", 2023, "single", "6300")!.ranked.length, 6);
  });
  it("no kab/kota value in that series and year → null; unknown indicator → null", () => {
    assert.equal(rankInSeries(d, "IKG", 2015, "single"), null);
    assert.equal(rankInSeries(d, "XYZ", 2023, "single"), null);
  });
});

describe("regionRank", () => {
  it("Kotabaru IKG 2023: 0.571 (BPS, not the paper's 0.551), rank 8 of 11 (12 kab/kota), tied with 6403, share 8/11", () => {
    const r = regionRank(d, "IKG", 2023, "single", "6302")!;
    assert.deepEqual([r.value, r.rank, r.of, r.total, r.tied], [0.571, 8, 11, 12, true]);
    assert.equal(r.share, 8 / 11);
    // Worst side: k = 11 − 8 + 1 = 4, 10 · 4 / 11 = 3.6 → 40 %; the worst IKG values are the highest.
    assert.deepEqual(r.bucket, { side: "worst", end: "highest", percent: 40 });
  });
  it("IKG rank 1 (0.300) is the lowest value and the best: best 10 %, end 'lowest'", () =>
    assert.deepEqual(regionRank(d, "IKG", 2023, "single", "6471")!.bucket, { side: "best", end: "lowest", percent: 10 }));
  it("within Kalsel, Kotabaru is 5 of 6 (0.36, 0.45, 0.45, 0.50, 0.571, 0.58)", () => {
    const r = regionRank(d, "IKG", 2023, "single", "6302", "6300")!;
    assert.deepEqual([r.rank, r.of, r.total, r.within], [5, 6, 6, "6300"]);
  });
  it("a kab/kota outside the area, or without a value, has no rank", () => {
    assert.equal(regionRank(d, "IKG", 2023, "single", "6302", "6400"), null);
    assert.equal(regionRank(d, "IKG", 2023, "single", "6404"), null);
  });
  it("IPM 2024 (higher is better) in UHH-LF2020: 72.42 shared by 6302 and 6401 at rank 3 of 6; 6402's 90 (old method) is not used", () => {
    const r = regionRank(d, "IPM", 2024, "UHH-LF2020", "6302")!;
    assert.deepEqual([r.value, r.rank, r.of, r.tied], [72.42, 3, 6, true]);
    assert.equal(regionRank(d, "IPM", 2024, "UHH-LF2020", "6402"), null);
    assert.equal(regionRank(d, "IPM", 2024, "pre-2023-method-continued", "6402")!.rank, 1);
    // 3 of 6: 3 ≤ 3.5, best side; 10 · 3 / 6 = 5 → 50 %, the highest values.
    assert.deepEqual(r.bucket, { side: "best", end: "highest", percent: 50 });
  });
});

describe("rankBucket", () => {
  it("431 of 514, higher is better: worst side, k = 84, 84/514 = 16.3 % → lowest 20 %", () =>
    assert.deepEqual(rankBucket(431, 514, "higher"), { side: "worst", end: "lowest", percent: 20 }));
  it("431 of 514 for IKG: the same side, but the worst IKG values are the highest", () =>
    assert.deepEqual(rankBucket(431, 514, "lower"), { side: "worst", end: "highest", percent: 20 }));
  it("boundary: 103 of 515 is exactly 20 % → 20; 104 of 515 is 20.2 % → 30", () => {
    assert.deepEqual(rankBucket(103, 515, "higher"), { side: "best", end: "highest", percent: 20 });
    assert.deepEqual(rankBucket(104, 515, "higher"), { side: "best", end: "highest", percent: 30 });
  });
  it("the middle of an odd count (7 of 13) is 'middle'; 6 of 13 is best 50 % (46 %); 8 of 13 worst 50 %", () => {
    assert.deepEqual(rankBucket(7, 13, "higher"), { side: "middle" });
    assert.deepEqual(rankBucket(6, 13, "higher"), { side: "best", end: "highest", percent: 50 });
    assert.deepEqual(rankBucket(8, 13, "higher"), { side: "worst", end: "lowest", percent: 50 });
  });
  it("1 of 1 is 'middle' (the only one ranked is the middle of an odd count); 2 of 2 for IKG is worst 50 %, the highest value", () => {
    assert.deepEqual(rankBucket(1, 1, "higher"), { side: "middle" });
    assert.deepEqual(rankBucket(2, 2, "lower"), { side: "worst", end: "highest", percent: 50 });
  });
});

describe("regionRankHistory", () => {
  it("Kotabaru IKG: 2022 3 of 3, 2023 8 of 11; 2021 (only 6301 has a value) is absent", () =>
    assert.deepEqual(
      regionRankHistory(d, "IKG", "single", "6302").map((x) => [x.year, x.rank, x.of, x.total]),
      [
        [2022, 3, 3, 12],
        [2023, 8, 11, 12],
      ],
    ));
  it("stays in the series asked for: IPM in UHH-LF2020 has 2024 only, rank 3", () =>
    assert.deepEqual(
      regionRankHistory(d, "IPM", "UHH-LF2020", "6302").map((x) => [x.year, x.series, x.rank]),
      [[2024, "UHH-LF2020", 3]],
    ));
});

describe("scope helpers", () => {
  it("kab/kota within 6400 are its six; within 0000 all twelve; 6403's province is 6400", () => {
    assert.deepEqual(
      kabKotaWithin(d, "6400").map((r) => r.code),
      ["6401", "6402", "6403", "6404", "6471", "6472"],
    );
    assert.equal(kabKotaWithin(d, "0000").length, 12);
    assert.equal(provinceOf(d, "6403"), "6400");
  });
});
