import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { difference, percentileRank, quantileSorted, quartilesSorted } from "./stats";

const close = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

describe("quantileSorted", () => {
  it("[1, 2, 3, 4]: Q(0.25) = 1.75 (h = 0.75), median 2.5 (h = 1.5), Q(0) = 1, Q(1) = 4", () => {
    close(quantileSorted([1, 2, 3, 4], 0.25), 1.75);
    close(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
    close(quantileSorted([1, 2, 3, 4], 0), 1);
    close(quantileSorted([1, 2, 3, 4], 1), 4);
  });
  it("99th percentile, linear: 0..9 → 8.91 (h = 9 · 0.99); 1..101 → 100 (h = 99); 1..201 → 199 (h = 198)", () => {
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    close(quantileSorted(range(0, 9), 0.99), 8.91);
    close(quantileSorted(range(1, 101), 0.99), 100);
    close(quantileSorted(range(1, 201), 0.99), 199);
  });
  it("one value is every quantile; none → null; p outside 0–1 → null", () => {
    assert.equal(quantileSorted([5], 0.99), 5);
    assert.equal(quantileSorted([], 0.5), null);
    assert.equal(quantileSorted([1, 2], 1.5), null);
    assert.equal(quantileSorted([1, 2], -0.1), null);
  });
});

describe("quartilesSorted", () => {
  it("[1, 2, 3, 4, 10]: 1, 2, 3, 4, 10 (h = 1, 2, 3 fall on values); none → null", () => {
    assert.deepEqual(quartilesSorted([1, 2, 3, 4, 10]), { min: 1, q1: 2, median: 3, q3: 4, max: 10 });
    assert.equal(quartilesSorted([]), null);
  });
});

describe("percentileRank", () => {
  it("five distinct values: lowest 10, middle 50, highest 90", () => {
    assert.equal(percentileRank([1, 2, 3, 4, 5], 1), 10);
    assert.equal(percentileRank([1, 2, 3, 4, 5], 3), 50);
    assert.equal(percentileRank([1, 2, 3, 4, 5], 5), 90);
  });
  it("ties count half: 2 in [1, 2, 2, 3] = (1 + 2/2) / 4 = 50", () => assert.equal(percentileRank([1, 2, 2, 3], 2), 50));
  it("a value outside the set: 2.5 in [1, 2, 2, 3] = 3/4 = 75; below all 0, above all 100; no values → null", () => {
    assert.equal(percentileRank([1, 2, 2, 3], 2.5), 75);
    assert.equal(percentileRank([1, 2, 2, 3], 0), 0);
    assert.equal(percentileRank([1, 2, 2, 3], 10), 100);
    assert.equal(percentileRank([], 1), null);
  });
});

describe("difference", () => {
  it("0.481 − 0.267 = 0.214 exactly (raw floating point gives 0.21399999999999997)", () => {
    assert.notEqual(0.481 - 0.267, 0.214);
    assert.equal(difference(0.481, 0.267), 0.214);
  });
  it("0.596 − 0.576 = 0.02 exactly (raw: 0.020000000000000018)", () => {
    assert.ok(0.596 - 0.576 > 0.02);
    assert.equal(difference(0.596, 0.576), 0.02);
  });
});
