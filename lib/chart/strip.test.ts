import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { stripOffsets, vanDerCorput } from "./strip";

describe("stripOffsets", () => {
  it("van der Corput: 1/2, 1/4, 3/4, 1/8 … fills the interval without repeats", () => {
    assert.deepEqual([0, 1, 2, 3].map(vanDerCorput), [0.5, 0.25, 0.75, 0.125]);
  });
  it("neighbours on the axis sit apart in height, and every offset stays within the strip", () => {
    const o = stripOffsets(514);
    assert.equal(o.length, 514);
    assert.ok(o.every((v) => v >= -1 && v < 1));
    const closeNeighbours = o.slice(1).filter((v, i) => Math.abs(v - o[i]!) < 0.05).length;
    assert.ok(closeNeighbours < 10, `${closeNeighbours} neighbours nearly on top of each other`);
  });
});
