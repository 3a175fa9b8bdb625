import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { bigJumps, jumpThreshold, jumpsInWindow, regionChanges, yearOnYearChanges } from "./jumps";
import { observationsCsv, regionsCsv, yearRows, type ObservationTuple } from "./test-national";

/** IKG 2018, 2019, 2020 for one region, in the single series. */
const ikg = (region: string, v2018: number, v2019: number, v2020?: number): ObservationTuple[] => [
  [region, "IKG", 2018, v2018],
  [region, "IKG", 2019, v2019],
  ...(v2020 === undefined ? [] : [[region, "IKG", 2020, v2020] as ObservationTuple]),
];

const d = miniDataset(() => ({
  regions: regionsCsv({
    "63": ["6301", "6302", "6303", "6304", "6309", "6372"],
    "64": ["6401", "6402", "6403", "6404", "6471", "6472"],
  }),
  observations: observationsCsv([
    ...ikg("6301", 0.52, 0.51, 0.5), // −0.010, −0.010
    ...ikg("6302", 0.576, 0.577, 0.584), // +0.001, +0.007
    ...ikg("6303", 0.47, 0.46, 0.45), // −0.010, −0.010
    ...ikg("6304", 0.46, 0.45, 0.44), // −0.010, −0.010
    ...ikg("6309", 0.6, 0.59, 0.58), // −0.010, −0.010
    ...ikg("6372", 0.267, 0.481, 0.409), // +0.214, −0.072: Banjarbaru's jump as in data/
    ...ikg("6401", 0.42, 0.41), // −0.010; 2020 missing,
    ["6401", "IKG", 2021, 0.4], // so 2019 → 2021 is not a year-on-year change
    ...ikg("6402", 0.64, 0.63, 0.62), // −0.010, −0.010
    ...ikg("6403", 0.59, 0.58, 0.571), // −0.010, −0.009
    ...ikg("6404", 0.5, 0.52, 0.5), // +0.020, −0.020
    ...ikg("6471", 0.33, 0.32, 0.3), // −0.010, −0.020
    ...ikg("6472", 0.48, 0.47, 0.45), // −0.010, −0.020
    // The province moves +0.400: not part of the kab/kota threshold, but judged against it.
    ...ikg("6400", 0.5, 0.9),
    // IPM: a value in another series is not a change.
    ...yearRows("IPM", 2022, { "6302": 71.57 }, "UHH-LF2020"),
    ...yearRows("IPM", 2023, { "6302": 72.01 }, "UHH-LF2020"),
    ...yearRows("IPM", 2024, { "6302": 70.61 }, "pre-2023-method-continued"),
    // IDG: every change is +1.00, so none is beyond the threshold (1.00).
    ...yearRows("IDG", 2018, { "6301": 60, "6302": 70, "6303": 80 }),
    ...yearRows("IDG", 2019, { "6301": 61, "6302": 71, "6303": 81 }),
    // IPG: one year only, no change.
    ...yearRows("IPG", 2023, { "6302": 85.05 }, "pre-2023-release"),
  ]),
}));

describe("yearOnYearChanges", () => {
  it("23 kab/kota changes: two each for eleven regions, one for 6401 (2019 → 2021 skipped); the province's is not one", () => {
    const all = yearOnYearChanges(d, "IKG", "single");
    assert.equal(all.length, 23);
    assert.ok(!all.some((c) => c.region === "6400"));
    assert.deepEqual(
      regionChanges(d, "IKG", "single", "6401").map((c) => [c.fromYear, c.toYear, c.change]),
      [[2018, 2019, -0.01]],
    );
  });
  it("a series break is not a change: Kotabaru IPM UHH-LF2020 2022 → 2023 only (+0.44)", () =>
    assert.deepEqual(
      regionChanges(d, "IPM", "UHH-LF2020", "6302").map((c) => [c.fromYear, c.toYear, c.change]),
      [[2022, 2023, 0.44]],
    ));
});

describe("jumpThreshold", () => {
  // |changes| ascending, n = 23: …, 0.072, 0.214. h = 22 · 0.99 = 21.78 → 0.072 + 0.78 · (0.214 − 0.072) = 0.18276.
  it("IKG: the 99th percentile of 23 absolute changes, linear, is 0.18276", () => {
    const t = jumpThreshold(d, "IKG", "single")!;
    assert.ok(Math.abs(t.threshold - 0.18276) < 1e-12, String(t.threshold));
    assert.deepEqual([t.changes, t.quantile], [23, 0.99]);
  });
  it("no region with two adjacent years → null (IPG here)", () =>
    assert.equal(jumpThreshold(d, "IPG", "pre-2023-release"), null));
});

describe("bigJumps", () => {
  it("Banjarbaru IKG 0.267 (2018) → 0.481 (2019), +0.214 > 0.18276; its −0.072 the next year is not flagged", () =>
    assert.deepEqual(bigJumps(d, "IKG", "single", "6372"), [
      { region: "6372", fromYear: 2018, toYear: 2019, from: 0.267, to: 0.481, change: 0.214 },
    ]));
  it("ordinary movers have none", () => assert.deepEqual(bigJumps(d, "IKG", "single", "6302"), []));
  it("the province's +0.400 is judged against the kab/kota threshold and flagged", () =>
    assert.deepEqual(
      bigJumps(d, "IKG", "single", "6400").map((c) => c.change),
      [0.4],
    ));
  it("strictly above: IDG changes all +1.00, threshold 1.00, nothing flagged", () => {
    assert.equal(jumpThreshold(d, "IDG", "single")!.threshold, 1);
    assert.deepEqual(bigJumps(d, "IDG", "single", "6302"), []);
  });
});

describe("jumpsInWindow", () => {
  it("a pace over 2018–2023 for Banjarbaru rests on the 2018 → 2019 jump", () =>
    assert.deepEqual(
      jumpsInWindow(d, "IKG", "single", "6372", 2018, 2023).map((j) => [j.fromYear, j.toYear]),
      [[2018, 2019]],
    ));
  it("a window from 2019 on, or one ending in 2018, does not", () => {
    assert.deepEqual(jumpsInWindow(d, "IKG", "single", "6372", 2019, 2023), []);
    assert.deepEqual(jumpsInWindow(d, "IKG", "single", "6372", 2015, 2018), []);
  });
  it("the jump itself is a window: 2018 → 2019", () =>
    assert.equal(jumpsInWindow(d, "IKG", "single", "6372", 2018, 2019).length, 1));
});
