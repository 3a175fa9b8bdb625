import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { loadDatasetFrom } from "@/lib/data/load";
import { publishedConflicts } from "./conflicts";

describe("publishedConflicts", () => {
  it("lists Kotabaru IPM 2023 with its three published values (two BPS series and the paper)", async () => {
    const r = await loadDatasetFrom(path.join(process.cwd(), "data"), "");
    assert.ok(r.ok);
    const c = publishedConflicts(r.dataset, ["6302"]);
    const ipm2023 = c.find((x) => x.indicator === "IPM" && x.year === 2023)!;
    assert.deepEqual([...new Set(ipm2023.values.map((v) => v.value))].sort(), [70.18, 70.61, 72.01]);
    assert.equal(ipm2023.values.at(-1)?.source, "paper-refansyah-pug-kotabaru");
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
