import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { leverGap } from "./lever";

describe("leverGap", () => {
  it("higher is better: above the province is better, below is worse", () => {
    assert.deepEqual(leverGap(69.93, 69.65, 2, "higher"), { difference: 0.28, verdict: "better" });
    assert.deepEqual(leverGap(12.08, 12.87, 2, "higher"), { difference: -0.79, verdict: "worse" });
  });

  it("lower is better (IKG components): above the province is worse", () => {
    assert.deepEqual(leverGap(0.2, 0.15, 3, "lower"), { difference: 0.05, verdict: "worse" });
    assert.deepEqual(leverGap(0.1, 0.15, 3, "lower"), { difference: -0.05, verdict: "better" });
  });

  it("a gap that rounds to zero at the published decimals is 'the same', without a negative zero", () => {
    const g = leverGap(70.001, 70.004, 2, "higher");
    assert.equal(g.verdict, "same");
    assert.ok(Object.is(g.difference, 0));
  });

  it("a neutral component (men's values) is compared but not judged", () => {
    assert.deepEqual(leverGap(77.86, 80, 2, "neutral"), { difference: -2.14, verdict: "neutral" });
  });

  it("rounds the difference to the published decimals (expenditure in whole thousands)", () => {
    assert.deepEqual(leverGap(12929, 13399, 0, "higher"), { difference: -470, verdict: "worse" });
  });
});
