import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readScenario } from "./scenario";

describe("readScenario", () => {
  const ipg: [number, number] = [0, 100];
  it("reads a target in either decimal style", () => {
    assert.deepEqual(readScenario("88.5", ipg), { kind: "ok", value: 88.5 });
    assert.deepEqual(readScenario("88,5", ipg), { kind: "ok", value: 88.5 });
  });
  it("tells text, out-of-range numbers and no parameter apart", () => {
    assert.deepEqual(readScenario(null, ipg), { kind: "none" });
    assert.deepEqual(readScenario("abc", ipg), { kind: "not-a-number", raw: "abc" });
    assert.deepEqual(readScenario("250", ipg), { kind: "out-of-range", value: 250 });
    assert.equal(readScenario("1e999", ipg).kind, "not-a-number");
  });
});
