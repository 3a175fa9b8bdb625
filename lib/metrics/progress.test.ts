import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  achievedPace,
  classifyProgress,
  classifyWithoutTarget,
  computeProgress,
  projectValue,
  requiredPace,
  shareCovered,
} from "./progress";

const close = (actual: number | null | undefined, expected: number, tol = 1e-6) => {
  assert.ok(actual !== null && actual !== undefined, `expected ${expected}, got ${actual}`);
  assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);
};

// Kotabaru IKG, BPS table (IKG1.csv / IKG.csv): lower is better.
const IKG_KOTABARU = [
  { year: 2018, value: 0.576 },
  { year: 2019, value: 0.577 },
  { year: 2020, value: 0.584 },
  { year: 2021, value: 0.588 },
  { year: 2022, value: 0.597 },
  { year: 2023, value: 0.571 },
];

describe("shareCovered", () => {
  it("lower is better: 0.60 → target 0.40, now 0.55 is a quarter of the way", () => close(shareCovered(0.6, 0.4, 0.55), 0.25));
  it("higher is better: 70 → 80, now 77.5 is three quarters", () => close(shareCovered(70, 80, 77.5), 0.75));
  it("negative when the value moved away from the target (IKG 0.551 stated → 0.571 published, target 0.450)", () =>
    close(shareCovered(0.551, 0.45, 0.571), -0.02 / 0.101)); // = −0.198
  it("null, not 0, when target equals baseline", () => assert.equal(shareCovered(80, 80, 82), null));
});

describe("achievedPace", () => {
  it("IKG Kotabaru 2018→2023: (0.571 − 0.576) / 5 = −0.001 points per year", () => {
    const pace = achievedPace(IKG_KOTABARU);
    close(pace?.perYear, -0.001);
    assert.equal(pace?.from.year, 2018);
    assert.equal(pace?.to.year, 2023);
    // CAGR = (0.571/0.576)^(1/5) − 1 = −0.174 %/yr
    close(pace?.cagr, -0.0017423, 1e-6);
  });
  it("looks back at most five years: a 2015 value does not count for 2023", () => {
    const pace = achievedPace([
      { year: 2015, value: 50 },
      { year: 2019, value: 60 },
      { year: 2023, value: 64 },
    ]);
    assert.equal(pace?.from.year, 2019);
    close(pace?.perYear, 1);
  });
  it("uses the span actually covered when years are missing (2020, 2024 only → 4 years)", () =>
    close(
      achievedPace([
        { year: 2024, value: 64 },
        { year: 2020, value: 60 },
      ])?.perYear,
      1,
    ));
  it("null with one year of data", () => assert.equal(achievedPace([{ year: 2023, value: 0.571 }]), null));
});

describe("requiredPace", () => {
  it("IKG Kotabaru to 0.450 in 2029 from BPS 2023 (0.571): −0.0202 points per year", () =>
    close(requiredPace({ year: 2023, value: 0.571 }, { year: 2029, value: 0.45 }), -0.121 / 6));
  it("from the paper's own baseline 0.551 the need is −0.0168 per year", () =>
    close(requiredPace({ year: 2023, value: 0.551 }, { year: 2029, value: 0.45 }), -0.101 / 6));
  it("IPM 70.61 → 75.37: 0.793/yr if 70.61 is 2023, 0.952/yr if it is 2024", () => {
    close(requiredPace({ year: 2023, value: 70.61 }, { year: 2029, value: 75.37 }), 0.79333, 1e-5);
    close(requiredPace({ year: 2024, value: 70.61 }, { year: 2029, value: 75.37 }), 0.952);
  });
  it("null once the target year is reached", () =>
    assert.equal(requiredPace({ year: 2029, value: 70 }, { year: 2029, value: 75 }), null));
});

describe("projectValue", () => {
  it("IKG 0.571 in 2023 at −0.001/yr projects 0.565 in 2029", () =>
    close(projectValue({ year: 2023, value: 0.571 }, -0.001, 2029), 0.565));
});

describe("classifyProgress", () => {
  const t = (value: number) => ({ year: 2029, value });
  const pace = (perYear: number) => ({ perYear, from: { year: 2020, value: 0 }, to: { year: 2024, value: 0 }, cagr: null });
  it("achieved when the latest value already meets the target (lower is better)", () =>
    assert.equal(
      classifyProgress({ direction: "lower", latest: { year: 2024, value: 0.44 }, target: t(0.45), pace: pace(0.01) }).status,
      "achieved",
    ));
  it("on track at ratio ≥ 0.95: +1/yr achieved vs +0.8/yr needed", () => {
    const r = classifyProgress({ direction: "higher", latest: { year: 2024, value: 64 }, target: t(68), pace: pace(1) });
    assert.equal(r.status, "on-track");
    close(r.ratio, 1.25);
  });
  it("exactly 0.95 is on track; just under is not", () => {
    assert.equal(
      classifyProgress({ direction: "higher", latest: { year: 2024, value: 60 }, target: t(70), pace: pace(1.9) }).status,
      "on-track",
    );
    assert.equal(
      classifyProgress({ direction: "higher", latest: { year: 2024, value: 60 }, target: t(70), pace: pace(1.89) }).status,
      "needs-acceleration",
    );
  });
  it("IKG Kotabaru is stalled: −0.001/yr against −0.0202/yr needed (ratio 0.050)", () => {
    const r = classifyProgress({ direction: "lower", latest: { year: 2023, value: 0.571 }, target: t(0.45), pace: pace(-0.001) });
    assert.equal(r.status, "stalled");
    close(r.ratio, 0.001 / (0.121 / 6), 1e-9);
  });
  it("moving away when the index worsens (IKG rising)", () =>
    assert.equal(
      classifyProgress({ direction: "lower", latest: { year: 2023, value: 0.571 }, target: t(0.45), pace: pace(0.005) }).status,
      "moving-away",
    ));
  it("moving away when a higher-is-better index falls", () =>
    assert.equal(
      classifyProgress({ direction: "higher", latest: { year: 2024, value: 69 }, target: t(80), pace: pace(-1) }).status,
      "moving-away",
    ));
  it("missed when the target year has passed without reaching it", () =>
    assert.equal(
      classifyProgress({ direction: "higher", latest: { year: 2030, value: 74 }, target: t(75), pace: pace(1) }).status,
      "missed",
    ));
  it("insufficient data without a pace", () =>
    assert.equal(
      classifyProgress({ direction: "higher", latest: { year: 2024, value: 70 }, target: t(75), pace: null }).status,
      "insufficient-data",
    ));
});

describe("computeProgress", () => {
  it("IKG Kotabaru against the RPJMD target as stated (0.551 in 2023 → 0.450 in 2029)", () => {
    const p = computeProgress({
      direction: "lower",
      points: IKG_KOTABARU,
      target: { baseline: { year: 2023, value: 0.551 }, target: { year: 2029, value: 0.45 } },
    });
    assert.deepEqual(p.latest, { year: 2023, value: 0.571 });
    assert.deepEqual(p.previous, { year: 2022, value: 0.597 });
    close(p.changeSincePrevious, -0.026);
    close(p.required, -0.0201667, 1e-7);
    close(p.projected?.value, 0.565);
    close(p.gapAtTarget, 0.45 - 0.565);
    close(p.share, -0.19802, 1e-6);
    assert.equal(p.status, "stalled");
  });
  it("IPM Kotabaru, old-method series 70.18 (2023) → 70.61 (2024), target 75.37: needs acceleration", () => {
    const p = computeProgress({
      direction: "higher",
      points: [
        { year: 2023, value: 70.18 },
        { year: 2024, value: 70.61 },
      ],
      target: { baseline: { year: 2023, value: 70.61 }, target: { year: 2029, value: 75.37 } },
    });
    close(p.pace?.perYear, 0.43);
    close(p.required, 0.952);
    close(p.projected?.value, 72.76);
    close(p.ratio, 0.43 / 0.952);
    close(p.share, 0);
    assert.equal(p.status, "needs-acceleration");
  });
  it("without a target: no-target status, pace still computed, no projection", () => {
    const p = computeProgress({
      direction: "higher",
      points: [
        { year: 2018, value: 83.8 },
        { year: 2023, value: 85.05 },
      ],
      target: null,
    });
    assert.equal(p.status, "no-target");
    close(p.pace?.perYear, 0.25);
    assert.equal(p.projected, null);
    assert.equal(p.share, null);
  });
  it("no data at all: insufficient data, every figure null", () => {
    const p = computeProgress({
      direction: "higher",
      points: [],
      target: { baseline: { year: 2023, value: 70 }, target: { year: 2029, value: 75 } },
    });
    assert.equal(p.status, "insufficient-data");
    assert.equal(p.latest, null);
    assert.equal(p.required, null);
  });
});

describe("classifyWithoutTarget", () => {
  it("IPG Kotabaru 83.8 (2018) → 85.05 (2023): CAGR 0.297 %/yr is moderate once scaled for parity (C = 0.544)", () => {
    const pace = achievedPace([
      { year: 2018, value: 83.8 },
      { year: 2023, value: 85.05 },
    ]);
    const r = classifyWithoutTarget({ direction: "higher", pace, naturalLimit: 100 });
    assert.equal(r?.trend, "moderate");
    close(r?.scaledThresholds[0], 0.015 * 0.543754, 1e-5);
    close(r?.scaledThresholds[1], 0.005 * 0.543754, 1e-5);
  });
  it("the same IPG trend without the parity scaling would be limited", () => {
    const pace = achievedPace([
      { year: 2018, value: 83.8 },
      { year: 2023, value: 85.05 },
    ]);
    assert.equal(classifyWithoutTarget({ direction: "higher", pace, naturalLimit: null })?.trend, "limited");
  });
  it("IDG Kotabaru 70.68 → 75.95: CAGR 1.45 %/yr is moderate", () => {
    const pace = achievedPace([
      { year: 2018, value: 70.68 },
      { year: 2023, value: 75.95 },
    ]);
    close(pace?.cagr, 0.014494, 1e-5);
    assert.equal(classifyWithoutTarget({ direction: "higher", pace, naturalLimit: null })?.trend, "moderate");
  });
  it("a falling IKG is improvement, a rising one deterioration", () => {
    const falling = achievedPace([
      { year: 2018, value: 0.6 },
      { year: 2023, value: 0.5 },
    ]);
    const rising = achievedPace([
      { year: 2018, value: 0.5 },
      { year: 2023, value: 0.6 },
    ]);
    assert.equal(classifyWithoutTarget({ direction: "lower", pace: falling, naturalLimit: null })?.trend, "substantial");
    assert.equal(classifyWithoutTarget({ direction: "lower", pace: rising, naturalLimit: null })?.trend, "deterioration");
  });
});
