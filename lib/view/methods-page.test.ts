import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { methodsModel } from "./methods-page";
import { toSiteData } from "./site";

describe("methodsModel", () => {
  const m = methodsModel(toSiteData(miniDataset()), "id");

  it("prints the engine's own thresholds and window in the method text", () => {
    const rule = (s: string) => m.method.rules.find((r) => r.status === s)!.rule;
    assert.equal(rule("on-track"), "r ≥ 0,95.");
    assert.equal(rule("stalled"), "0 ≤ r < 0,10.");
    assert.match(m.method.formulas[1]!.note!, /dalam 5 tahun sebelum t/);
  });

  it("worked examples: IKG's pace ratio from the engine", () => {
    const ikg = m.examples.find((e) => e.code === "IKG")!;
    assert.equal(ikg.progress.status, "stalled");
    assert.deepEqual(ikg.goal, { baselineYear: 2023, baselineValue: 0.551, targetYear: 2029, targetValue: 0.45 });
  });

  it("conflicts are derived from the data: IKG 2023 (BPS and the paper), IPM 2021–2024 (two series each), not IPG 2023 (the paper agrees)", () =>
    assert.deepEqual(
      m.conflicts.map((c) => c.title),
      ["IKG Kotabaru 2023", "IPM Kotabaru 2021", "IPM Kotabaru 2022", "IPM Kotabaru 2023", "IPM Kotabaru 2024"],
    ));

  it("gaps: the latest IKG year has one region of seven", () =>
    assert.deepEqual(
      m.gaps.find((g) => g.code === "IKG"),
      { code: "IKG", year: 2024, have: 1, of: 7, regions: ["Indonesia"] },
    ));

  it("downloads list every table with its row count", () => assert.equal(m.downloads.find((d) => d.name === "targets")?.rows, 3));
});
