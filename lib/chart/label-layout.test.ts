import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { placePointLabels, spreadLabels } from "./label-layout";

describe("spreadLabels", () => {
  it("keeps labels that are far apart where they are", () =>
    assert.deepEqual(spreadLabels([10, 50, 90], 14, 0, 100), [10, 50, 90]));
  it("pushes labels that would overlap at least a gap apart, in their order", () =>
    assert.deepEqual(spreadLabels([50, 52, 20], 14, 0, 200), [50, 64, 20]));
  it("slides a stack that runs past the bottom back up", () => {
    const ys = spreadLabels([95, 96, 97], 10, 0, 100);
    assert.deepEqual(ys, [80, 90, 100]);
  });
});

describe("placePointLabels", () => {
  const label = (x: number, y: number) => ({ x, y, width: 60, height: 14 });
  it("puts a lone label to the right of its point", () =>
    assert.deepEqual(placePointLabels([label(100, 100)], { width: 400, height: 300 }), ["right"]));
  it("two points close together: neither label covers the other point", () =>
    assert.deepEqual(placePointLabels([label(100, 100), label(140, 100)], { width: 400, height: 300 }), ["left", "right"]));
  it("a label that would leave the plot goes to the other side", () =>
    assert.deepEqual(placePointLabels([label(380, 100)], { width: 400, height: 300 }), ["left"]));
  it("no side free: no label (the tooltip names the point)", () => {
    const crowd = [label(100, 100), label(100, 120), label(100, 80), label(170, 100), label(30, 100), label(100, 100)];
    assert.equal(placePointLabels(crowd, { width: 200, height: 200 }).at(-1), null);
  });
});
