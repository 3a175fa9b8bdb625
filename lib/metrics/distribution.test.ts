import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { distributionOf, positionsIn } from "./distribution";
import { observationsCsv, regionsCsv, yearRows } from "./test-national";

const d = miniDataset(() => ({
  regions: regionsCsv({
    "63": ["6301", "6302", "6303", "6304", "6309", "6372"],
    "64": ["6401", "6402", "6403", "6404", "6471", "6472"],
  }),
  observations: observationsCsv([
    // IKG 2023: eleven kab/kota (6404 missing), the two provinces and Indonesia.
    ...yearRows("IKG", 2023, {
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
    }),
    // Another series in the same year is not part of the distribution.
    ["6404", "IPM", 2023, 60, "pre-2023-release"],
    ...yearRows("IPM", 2023, { "6302": 72.01, "6401": 70 }, "UHH-LF2020"),
  ]),
}));

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

describe("distributionOf", () => {
  // Sorted: 0.300 0.360 0.400 0.450 0.450 0.450 0.500 0.571 0.571 0.580 0.620 (n = 11, h = 10p).
  const dist = distributionOf(d, "IKG", 2023, "single")!;
  it("the eleven kab/kota values, lowest first (equal values by code), without provinces or Indonesia", () => {
    assert.deepEqual(
      dist.values.map((v) => v.region),
      ["6471", "6372", "6401", "6303", "6304", "6472", "6301", "6302", "6403", "6309", "6402"],
    );
    assert.equal(dist.total, 12);
  });
  it("quartiles: Q1 = x[2] + 0.5·(x[3] − x[2]) = 0.425, median x[5] = 0.450, Q3 = x[7] + 0.5·0 = 0.571", () => {
    close(dist.quartiles.q1, 0.425);
    assert.equal(dist.quartiles.median, 0.45);
    assert.equal(dist.quartiles.q3, 0.571);
    assert.deepEqual([dist.quartiles.min, dist.quartiles.max], [0.3, 0.62]);
  });
  it("within Kaltim (0.300 0.400 0.450 0.571 0.620): Q1 0.400, median 0.450, Q3 0.571", () => {
    const k = distributionOf(d, "IKG", 2023, "single", "6400")!.quartiles;
    assert.deepEqual([k.q1, k.median, k.q3], [0.4, 0.45, 0.571]);
  });
  it("IPM 2023 in UHH-LF2020: two values; 6404's 60 in the old series is not among them", () =>
    assert.deepEqual(
      distributionOf(d, "IPM", 2023, "UHH-LF2020")!.values.map((v) => v.value),
      [70, 72.01],
    ));
  it("no value that year → null", () => assert.equal(distributionOf(d, "IKG", 2019, "single"), null));
});

describe("positionsIn", () => {
  const dist = distributionOf(d, "IKG", 2023, "single")!;
  const [kotabaru, lowest, province, nation, missing, kaltim, unknown] = positionsIn(d, dist, [
    "6302",
    "6471",
    "6300",
    "0000",
    "6404",
    "6400",
    "9999",
  ]);
  it("Kotabaru 0.571: rank 8 (IKG, lower is better), percentile (7 below + 2/2 equal) / 11 = 72.7", () => {
    assert.equal(kotabaru?.kind, "kab-kota");
    assert.deepEqual(kotabaru?.kind === "kab-kota" && [kotabaru.value, kotabaru.rank], [0.571, 8]);
    close(kotabaru?.kind === "kab-kota" ? kotabaru.percentile : NaN, 800 / 11);
  });
  it("the lowest value, 0.300: rank 1 and percentile (0 + 1/2) / 11 = 4.5", () => {
    assert.deepEqual(lowest?.kind === "kab-kota" && [lowest.rank, lowest.percentile], [1, 50 / 11]);
  });
  it("the province, Indonesia and Kaltim are references at their value, never ranked", () => {
    assert.deepEqual(province, { kind: "reference", region: "6300", value: 0.507 });
    assert.deepEqual(nation, { kind: "reference", region: "0000", value: 0.447 });
    assert.deepEqual(kaltim, { kind: "reference", region: "6400", value: 0.29 });
  });
  it("a kab/kota without a value, and an unknown code, say so", () => {
    assert.deepEqual(missing, { kind: "no-value", region: "6404" });
    assert.deepEqual(unknown, { kind: "no-value", region: "9999" });
  });
  it("a kab/kota outside the area of a provincial distribution is not placed in it", () => {
    const kaltimOnly = distributionOf(d, "IKG", 2023, "single", "6400")!;
    assert.deepEqual(positionsIn(d, kaltimOnly, ["6302"]), [{ kind: "no-value", region: "6302" }]);
  });
});
