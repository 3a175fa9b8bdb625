import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { publishedConflicts } from "./conflicts";

describe("publishedConflicts", () => {
  it("lists Kotabaru IPM 2023 with its three published values (two BPS series and the paper)", () => {
    const c = publishedConflicts(miniDataset(), ["6302"]);
    const ipm2023 = c.find((x) => x.indicator === "IPM" && x.year === 2023)!;
    assert.deepEqual([...new Set(ipm2023.values.map((v) => v.value))].sort(), [70.18, 70.61, 72.01]);
    assert.equal(ipm2023.values.at(-1)?.source, "fixture-paper");
    const ikg2023 = c.find((x) => x.indicator === "IKG" && x.year === 2023)!;
    assert.deepEqual(
      ikg2023.values.map((v) => v.value),
      [0.571, 0.551],
    );
    // IPG 2023: the paper agrees with BPS (85.05), so it is not a conflict.
    assert.equal(
      c.some((x) => x.indicator === "IPG" && x.year === 2023),
      false,
    );
  });
});
