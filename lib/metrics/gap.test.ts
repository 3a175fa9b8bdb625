import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { apeWinners, catchUp, leaderGaps } from "./gap";

const d = miniDataset();

describe("leaderGaps", () => {
  // IKG 2023 (lower is better): Kotabaru 0,571, pace (0,571 − 0,576) / 5 = −0,001 a year.
  const g = leaderGaps(d, "IKG", 2023, "6302")!;
  const by = (role: string, region?: string) => g.gaps.find((x) => x.role === role && (!region || x.region === region))!;

  it("distance in points, positive when behind, for an index where lower is better", () => {
    assert.equal(by("province").behind, 0.064); // Kalsel 0,507
    assert.equal(by("best").region, "6372");
    assert.equal(by("best").behind, 0.211); // Banjarbaru 0,360
    assert.equal(by("ape", "6309").behind, -0.009); // Tabalong 0,580: Kotabaru is ahead
  });

  it("years to catch up only when Kotabaru improves faster; otherwise it says the gap widens or the pace is unknown", () => {
    assert.equal(g.focus.pace!.toFixed(4), "-0.0010");
    // Banjarbaru falls 0,02 a year, Kotabaru 0,001: the gap widens.
    assert.deepEqual(by("best").catchUp, { kind: "diverging" });
    // The province has one year only: no pace.
    assert.deepEqual(by("province").catchUp, { kind: "unknown" });
    assert.deepEqual(by("ape", "6309").catchUp, { kind: "ahead" });
  });

  it("the APE/PPE winners of the latest award year, without Kotabaru (Non-APE)", () => {
    assert.deepEqual(apeWinners(d, "6302"), ["6303", "6309", "6372"]);
  });

  it("catchUp: closing 0,5 points at 0,2 a year faster takes 3 years (rounded up); higher-is-better sign", () => {
    assert.deepEqual(catchUp(0.5, 0.4, 0.2, 1), { kind: "years", years: 3 });
    assert.deepEqual(catchUp(0.5, 0.2, 0.4, 1), { kind: "diverging" });
    assert.deepEqual(catchUp(0.05, -0.03, -0.01, -1), { kind: "years", years: 3 });
  });

  it("no value for the focus region in that year: no gaps", () => assert.equal(leaderGaps(d, "IKG", 2021, "6303"), null));
});
