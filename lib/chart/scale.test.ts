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
  it("a zero-width domain does not divide by zero: the value sits in the middle of the axis", () => {
    assert.equal(linearScale([5, 5], [10, 100])(5), 55);
  });
});

describe("niceScale on d3's steps", () => {
  it("IPG 83.5–85.05 (Kotabaru 2017–2023): steps of 0.5, the data inside the domain", () => {
    const { domain, ticks, tickDecimals } = niceScale([83.5, 85.05]);
    assert.deepEqual(ticks, [83, 83.5, 84, 84.5, 85, 85.5]);
    assert.deepEqual(domain, [83, 85.5]);
    assert.equal(tickDecimals, 1);
  });
});

describe("niceScale keeps an axis readable", () => {
  it("IPM 70.18–75.37: steps of 2 (68…76), not eight ticks of 1", () =>
    assert.deepEqual(niceScale([70.18, 75.37]).ticks, [68, 70, 72, 74, 76]));
  it("no axis gets more than seven ticks", () => {
    for (const values of [
      [55, 82],
      [1, 13],
      [60.1, 61.2],
      [76, 80.5],
      [0.4, 0.6],
    ])
      assert.ok(niceScale(values).ticks.length <= 7, JSON.stringify(values));
  });
});

describe("minorTicks", () => {
  it("every other label from the first may give way on a narrow plot", () =>
    assert.deepEqual([...minorTicks([70, 72.5, 75, 77.5, 80])], [72.5, 77.5]));
  it("three labels or fewer all stay", () => assert.equal(minorTicks([0.3, 0.45, 0.6]).size, 0));
});
