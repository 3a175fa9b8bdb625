import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { niceScale } from "./scale";

describe("niceScale", () => {
  it("IPM 65.9–75.4 gets round ticks that cover the data", () => {
    const { domain, ticks } = niceScale([66.61, 75.37]);
    assert.ok(domain[0] <= 66.61 && domain[1] >= 75.37);
    assert.deepEqual(ticks, [66, 68, 70, 72, 74, 76]);
  });
  it("IKG 0.36–0.574 steps by 0.05 without float noise", () => {
    const { ticks } = niceScale([0.36, 0.574]);
    assert.deepEqual(ticks, [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]);
  });
  it("one value still gets a range", () => {
    const { domain } = niceScale([85.05]);
    assert.ok(domain[0] < 85.05 && domain[1] > 85.05);
  });
});
