import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { roundTo } from "./round";

describe("roundTo", () => {
  it("1.005 → 1.01 and 0.5975 → 0.598: the value as written, half away from zero, not its binary neighbour", () => {
    assert.equal(roundTo(1.005, 2), 1.01);
    assert.equal(roundTo(0.5975, 3), 0.598);
  });
  it("negative values round away from zero; a negative that rounds to zero is 0, not −0", () => {
    assert.equal(roundTo(-1.005, 2), -1.01);
    assert.ok(Object.is(roundTo(-0.0004, 3), 0));
  });
  it("72.75999999999996 (a sum of floats) → 72.76; carries into the whole part (0.9995 → 1.000)", () => {
    assert.equal(roundTo(72.75999999999996, 2), 72.76);
    assert.equal(roundTo(0.9995, 3), 1);
  });
  it("zero decimals rounds to a whole number", () => {
    assert.equal(roundTo(2.5, 0), 3);
    assert.equal(roundTo(84.49, 0), 84);
  });
});
