import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { assessIndicator, type Flag } from "./assess";
import { mainSeries, seriesPoints } from "./observations";

// The fixture holds Kotabaru's published IPM, IPG, IDG and IKG values, the paper's targets and the
// paper's values that disagree with BPS (lib/data/fixtures/mini).
const d = miniDataset();

const close = (a: number | null | undefined, e: number, tol = 1e-6) =>
  assert.ok(a != null && Math.abs(a - e) <= tol, `expected ${e}, got ${a}`);
const flag = <K extends Flag["kind"]>(flags: Flag[], kind: K) =>
  flags.find((f): f is Extract<Flag, { kind: K }> => f.kind === kind);

describe("assessIndicator on Kotabaru (fixture)", () => {
  it("IPM: the paper's baseline 70.61 is BPS's 2024 old-method value, so progress is measured in that series", () => {
    const a = assessIndicator(d, "6302", "IPM");
    assert.equal(a.series, "pre-2023-method-continued");
    assert.equal(a.seriesBasis, "baseline-match");
    assert.deepEqual(flag(a.flags, "target-series-inferred")?.match, {
      year: 2024,
      value: 70.61,
      series: "pre-2023-method-continued",
      source: "fixture-dataset",
    });
    const differs = flag(a.flags, "baseline-differs");
    assert.deepEqual(differs?.published.map((p) => [p.series, p.value]).sort(), [
      ["UHH-LF2020", 72.01],
      ["pre-2023-method-continued", 70.18],
    ]);
    assert.deepEqual(a.progress.latest, { year: 2024, value: 70.61 });
    close(a.progress.required, 0.952);
    close(a.progress.pace?.perYear, 0.43);
    close(a.progress.projected?.value, 72.76);
    assert.equal(a.progress.status, "needs-acceleration");
    close(a.sharePublishedBaseline, 0.43 / 5.19);
    // BPS's headline series is shown beside it, never mixed in.
    const other = flag(a.flags, "other-series");
    assert.equal(other?.series, "UHH-LF2020");
    assert.equal(other?.latest.value, 72.42);
  });

  it("IKG: target baseline 0.551 differs from BPS 2023 (0.571); progress runs from the BPS value", () => {
    const a = assessIndicator(d, "6302", "IKG");
    assert.equal(a.series, "single");
    assert.deepEqual(a.progress.latest, { year: 2023, value: 0.571 });
    assert.equal(a.points.at(-1)?.source, "fixture-bps");
    assert.deepEqual(flag(a.flags, "latest-alternatives")?.values, [{ value: 0.551, source: "fixture-paper" }]);
    assert.deepEqual(
      flag(a.flags, "baseline-differs")?.published.map((p) => p.value),
      [0.571],
    );
    close(a.progress.required, -0.121 / 6);
    assert.equal(a.progress.status, "stalled");
    close(a.progress.share, -0.19802, 1e-5);
    assert.ok(flag(a.flags, "different-sources"));
  });

  it("IPG and IDG have no published target: status says so, trend is classified without a target", () => {
    const ipg = assessIndicator(d, "6302", "IPG");
    assert.equal(ipg.target, null);
    assert.equal(ipg.progress.status, "no-target");
    assert.deepEqual(ipg.progress.latest, { year: 2023, value: 85.05 });
    assert.equal(ipg.trendWithoutTarget, "moderate");
    const idg = assessIndicator(d, "6302", "IDG");
    assert.equal(idg.progress.status, "no-target");
    assert.deepEqual(idg.progress.latest, { year: 2023, value: 75.95 });
    // (75.95 / 70.68)^(1/5) − 1 = +1.45 %/yr: over 1.5 % × C would be substantial; IDG has no natural limit, C = 1.
    assert.equal(idg.trendWithoutTarget, "moderate");
  });

  it("a scenario target switches IPG to the with-target rule from the latest value, nothing stored", () => {
    const a = assessIndicator(d, "6302", "IPG", { scenario: { targetYear: 2029, targetValue: 88 } });
    assert.deepEqual(a.goal, { baselineYear: 2023, baselineValue: 85.05, targetYear: 2029, targetValue: 88 });
    close(a.progress.required, (88 - 85.05) / 6);
    close(a.progress.pace?.perYear, (85.05 - 83.8) / 5);
    assert.equal(a.progress.status, "needs-acceleration");
    assert.equal(
      d.targets.some((t) => t.indicator === "IPG"),
      false,
    );
  });

  it("Kalsel IPM target (75.19 in 2024) is recognised as the SP2020-LF series", () => {
    const a = assessIndicator(d, "6300", "IPM");
    assert.equal(a.series, "UHH-LF2020");
    assert.equal(flag(a.flags, "baseline-differs"), undefined);
    assert.deepEqual(a.progress.latest, { year: 2024, value: 75.19 });
    close(a.progress.required, (77.71 - 75.19) / 5);
  });
});

describe("series handling", () => {
  it("never joins series: the new-method line has 2021–2024 only, the old series stops in 2022", () => {
    assert.deepEqual(
      seriesPoints(d, "6302", "IPM", "UHH-LF2020").map((p) => p.year),
      [2021, 2022, 2023, 2024],
    );
    assert.deepEqual(
      seriesPoints(d, "6302", "IPM", "pre-2023-release")
        .map((p) => p.year)
        .at(-1),
      2022,
    );
  });
  it("leads with BPS's headline series when two series reach the same year", () =>
    assert.equal(mainSeries(d, "6302", "IPM"), "UHH-LF2020"));
});
