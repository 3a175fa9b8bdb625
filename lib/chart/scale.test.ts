import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { linearScale, minorTicks, niceScale } from "./scale";

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

describe("linearScale", () => {
  it("puts the ends of the domain at the ends of the axis and values in proportion", () => {
    const x = linearScale([0.3, 0.6], [154, 1104]);
    assert.equal(x(0.3), 154);
    assert.equal(x(0.6), 1104);
    assert.ok(Math.abs(x(0.45) - 629) < 1e-9);
  });
  it("a zero-width domain does not divide by zero", () => {
    assert.equal(linearScale([5, 5], [10, 100])(5), 10);
  });
});

describe("minorTicks", () => {
  it("every other label from the first may give way on a narrow plot", () =>
    assert.deepEqual([...minorTicks([70, 72.5, 75, 77.5, 80])], [72.5, 77.5]));
  it("three labels or fewer all stay", () => assert.equal(minorTicks([0.3, 0.45, 0.6]).size, 0));
});
