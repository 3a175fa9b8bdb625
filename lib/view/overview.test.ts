import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { overviewModel } from "./overview";
import { toSiteData } from "./site";

const asOf = { year: 2026, month: 11, day: 30 };

describe("overviewModel", () => {
  const m = overviewModel(toSiteData(miniDataset(), asOf), "id");
  const card = (code: string) => m.cards.find((c) => c.code === code)!;

  it("the scorecard comes with one card per headline index, in indicators.csv order", () => {
    assert.deepEqual(
      m.scorecard.rows.map((r) => r.code),
      ["IPM", "IPG", "IDG", "IKG"],
    );
    assert.deepEqual(
      m.cards.map((c) => c.code),
      ["IPM", "IPG", "IDG", "IKG"],
    );
  });

  it("IPM card: BPS's official 72,42 (2024) leads; the baseline line says what is true; no '0 %' bar", () => {
    const c = card("IPM");
    assert.deepEqual(c.official, { value: "72,42", year: 2024, series: "Metode baru (resmi)", source: "BPS" });
    assert.equal(c.baseline, "Baseline RPJMD 70,61 (tertulis 2023; sama dengan nilai BPS 2024, metode lama, dilanjutkan)");
    assert.equal(c.bar, null);
    assert.equal(c.progressNote, "Belum ada data setelah baseline");
    assert.match(c.basis!, /^Kemajuan menuju 75,37 diukur pada metode lama, dilanjutkan/);
    assert.equal(c.targetBasis, "Metode lama, dilanjutkan; setara 77,18 pada metode baru (resmi) (dihitung, bukan target resmi)");
  });

  it("IPM sparkline: the official series is the line; the target (set on the old method) is not drawn on it", () => {
    const c = card("IPM");
    assert.deepEqual(
      c.spark?.points.map((p) => p.year),
      [2021, 2022, 2023, 2024],
    );
    assert.equal(c.spark?.context.length, 2);
    assert.equal(c.spark?.target, null);
  });

  it("IKG card: status, change and bar agree — a fall in 2023 inside a flat trend, no filled bar", () => {
    const c = card("IKG");
    assert.equal(c.status, "stalled");
    assert.equal(c.change, "Turun 0,026 dari 2022 ke 2023, tetapi laju 2018–2023 hampir datar");
    assert.equal(c.bar, null);
    assert.equal(c.baseline, "Baseline RPJMD 0,551 (2023; nilai BPS 2023: 0,571)");
    assert.deepEqual(c.spark?.target, { year: 2029, value: 0.45 });
  });

  it("IPG card: no target, the trend in words, projection without a gap, last of the ranked regions", () => {
    const c = card("IPG");
    assert.equal(c.target, null);
    assert.equal(c.trendWord, "Kemajuan sedang");
    assert.equal(c.gap, null);
    assert.equal(c.rank?.lowest, true);
  });

  it("institutions: the latest APE result, the halt and what is under way", () => {
    assert.deepEqual(m.institutions.ape, { year: 2023, predicate: "non-ape" });
    assert.deepEqual(
      m.institutions.items.map((i) => i.when),
      ["2023–2024", "2025"],
    );
  });
});
