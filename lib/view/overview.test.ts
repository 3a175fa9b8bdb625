import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { overviewModel } from "./overview";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset());

describe("overviewModel", () => {
  const m = overviewModel(site, "id");
  const card = (code: string) => m.cards.find((c) => c.code === code)!;

  it("one card per headline index, in indicators.csv order", () =>
    assert.deepEqual(
      m.cards.map((c) => c.code),
      ["IPM", "IPG", "IDG", "IKG"],
    ));

  it("IKG card: BPS's 2023 value, the paper's target and baseline, the status and both sources", () => {
    const c = card("IKG");
    assert.deepEqual(c.latest, { year: 2023, value: 0.571 });
    assert.deepEqual(c.target, { baseline: { year: 2023, value: 0.551 }, target: { year: 2029, value: 0.45 } });
    assert.equal(c.status, "stalled");
    assert.deepEqual(c.change, { value: 0.571 - 0.597, since: 2022 });
    assert.equal(c.source, "BPS"); // the publisher before its parenthesis
    assert.equal(c.targetSource, "Makalah Refansyah dkk.");
    assert.ok(c.notes.some((n) => n.includes("0,551")));
  });

  it("IPG card: no target, so no share, no projection; the trend is classed without a target", () => {
    const c = card("IPG");
    assert.equal(c.target, null);
    assert.equal(c.share, null);
    assert.equal(c.projected, null);
    assert.equal(c.trendWithoutTarget, "moderate");
  });

  it("the sparkline of IPM draws the series measured against the target, the other series as context", () => {
    const c = card("IPM");
    assert.deepEqual(
      c.spark?.points.map((p) => p.year),
      [2023, 2024],
    );
    assert.equal(c.spark?.context.length, 2);
  });

  it("institutions: the latest APE result, the halt and what is under way", () => {
    assert.deepEqual(m.institutions.ape, { year: 2023, predicate: "non-ape" });
    assert.deepEqual(
      m.institutions.items.map((i) => i.when),
      ["2023–2024", "2025"],
    );
  });
});
