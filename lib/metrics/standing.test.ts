import assert from "node:assert/strict";
import { test } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { decisionFor } from "./decisions";
import { standing } from "./standing";

const close = (actual: number | null | undefined, expected: number, eps = 1e-9) =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < eps, `${actual} ≠ ${expected}`);

test("IPM: the official value is the new method's 2024; progress is measured on the old method the target was set on", () => {
  const s = standing(miniDataset(), "6302", "IPM", 2029);
  assert.deepEqual(s.official, { year: 2024, value: 72.42, series: "UHH-LF2020", source: "fixture-bps" });
  assert.equal(s.assessment.series, "pre-2023-method-continued");
  assert.equal(s.basisDiffers, true);
  // 70.61 is written "2023" but is BPS's 2024 value in the old method, continued: no data after it yet.
  assert.deepEqual(s.baselineAsPublished, {
    year: 2024,
    value: 70.61,
    series: "pre-2023-method-continued",
    source: "fixture-dataset",
  });
  assert.equal(s.dataAfterBaseline, false);
  // 2023→2024 in the old method: +0.43 a year; 70.61 + 0.43 · 5 = 72.76, 2.61 short of 75.37.
  close(s.projected?.value, 72.76);
  close(s.gap, 2.61);
  assert.equal(s.status, "needs-acceleration");
  assert.deepEqual(s.rank, { rank: 3, of: 5, year: 2024, series: "UHH-LF2020" });
});

test("IPM: the target restated on the official series by the additive rule is 75.37 + (72.42 − 70.61) = 77.18", () => {
  const r = standing(miniDataset(), "6302", "IPM", 2029).restatedTarget!;
  close(r.value, 77.18);
  assert.equal(r.year, 2024);
  assert.equal(r.official.value, 72.42);
  assert.equal(r.basis.value, 70.61);
});

test("IKG: a fall in 2023 inside a flat 2018–2023 trend is said as such; no data after the stated baseline", () => {
  const s = standing(miniDataset(), "6302", "IKG", 2029);
  assert.equal(s.status, "stalled");
  close(s.assessment.progress.changeSincePrevious, -0.026);
  assert.equal(s.yearVersusTrend, "good-year-weak-trend");
  assert.equal(s.dataAfterBaseline, false);
  assert.equal(s.basisDiffers, false);
  assert.equal(s.restatedTarget, null);
  // Lower is better: rank 4 of 5 (only Tabalong, 0.580, is higher).
  assert.equal(s.rank?.rank, 4);
});

test("IPG without a target: projected at the current pace, no gap; last of the five regencies", () => {
  const s = standing(miniDataset(), "6302", "IPG", 2029);
  assert.equal(s.status, "no-target");
  // 2018–2023: (85.05 − 83.8) / 5 = 0.25 a year → 85.05 + 0.25 · 6 = 86.55.
  close(s.projected?.value, 86.55);
  assert.equal(s.gap, null);
  assert.deepEqual(s.rank, { rank: 5, of: 5, year: 2023, series: "pre-2023-release" });
});

test("a changed figure in the data changes the standing: with IKG 2023 at 0.500 the trend falls fast enough to be on track", () => {
  const d = miniDataset((f) => ({
    observations: f.observations.replace("6302,IKG,2023,0.571,single,fixture-bps", "6302,IKG,2023,0.500,single,fixture-bps"),
  }));
  const s = standing(d, "6302", "IKG", 2029);
  assert.equal(s.official?.value, 0.5);
  // (0.500 − 0.576) / 5 = −0.0152 a year against (0.450 − 0.500) / 6 = −0.0083 needed.
  assert.equal(s.status, "on-track");
});

test("decision, IPM: target basis; the status under the old method and under the official series as written", () => {
  const d = miniDataset();
  const x = decisionFor(d, standing(d, "6302", "IPM", 2029))!;
  assert.equal(x.kind, "target-basis");
  assert.deepEqual(x.stated, { year: 2023, value: 70.61, source: "fixture-paper" });
  assert.deepEqual(
    x.published.map((p) => [p.value, p.series]),
    [
      [72.01, "UHH-LF2020"],
      [70.18, "pre-2023-method-continued"],
    ],
  );
  assert.equal(x.matched?.year, 2024);
  assert.equal(x.used.series, "pre-2023-method-continued");
  assert.equal(x.used.status, "needs-acceleration");
  // Official series: 2021–2024 +0.4933 a year against (75.37 − 72.42) / 5 = 0.59 needed: r = 0.84.
  assert.equal(x.alternative.series, "UHH-LF2020");
  close(x.alternative.required, 0.59);
  close(x.alternative.pace, (72.42 - 70.94) / 3);
  assert.equal(x.alternative.status, "needs-acceleration");
});

test("decision, IKG: BPS 0.571 is used; were 0.551 the 2023 value, the status would be needs acceleration, not stalled", () => {
  const d = miniDataset();
  const x = decisionFor(d, standing(d, "6302", "IKG", 2029))!;
  assert.equal(x.kind, "baseline-value");
  assert.deepEqual(
    x.published.map((p) => [p.value, p.source]),
    [[0.571, "fixture-bps"]],
  );
  assert.equal(x.used.status, "stalled");
  assert.deepEqual(x.alternative.assumed, { year: 2023, value: 0.551 });
  // (0.551 − 0.576) / 5 = −0.005 a year against (0.450 − 0.551) / 6 = −0.0168 needed: r = 0.30.
  close(x.alternative.pace, -0.005);
  assert.equal(x.alternative.status, "needs-acceleration");
});

test("no decision where the paper and BPS agree (IDG 75.95) or there is no target", () => {
  const d = miniDataset();
  assert.equal(decisionFor(d, standing(d, "6302", "IDG", 2029)), null);
  assert.equal(decisionFor(d, standing(d, "6302", "IPG", 2029)), null);
});
