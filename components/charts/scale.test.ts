import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatNumber } from "@/lib/format/number";
import { linearScale, niceScale, thinTicks } from "./scale";

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

describe("thinTicks", () => {
  const ticks = [70, 72.5, 75, 77.5, 80, 82.5];
  const label = (v: number) => formatNumber(v, "id", 1);
  it("keeps every tick where the labels fit (desktop)", () => {
    assert.deepEqual(thinTicks(ticks, label, 900, 12), ticks);
  });
  it("labels every second or third tick on a phone-width axis, starting from the first", () => {
    const shown = thinTicks(ticks, label, 148, 12);
    assert.ok(shown.length < ticks.length && shown.length >= 2, `${shown}`);
    assert.equal(shown[0], 70);
    const gap = (148 / (ticks.length - 1)) * (ticks.indexOf(shown[1]!) - ticks.indexOf(shown[0]!));
    assert.ok(gap >= label(72.5).length * 12 * 0.6, `labels ${gap} px apart`);
  });
});
