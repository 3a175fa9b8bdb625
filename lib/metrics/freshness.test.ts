import assert from "node:assert/strict";
import { test } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { freshness } from "./freshness";

const byCode = (today: { year: number; month: number; day: number }) =>
  Object.fromEntries(freshness(miniDataset(), "6302", today).map((f) => [f.indicator, f]));

test("IPM 2025, released nationally on 5 November 2025, is listed as not loaded for Kotabaru (held through 2024)", () => {
  const f = byCode({ year: 2026, month: 11, day: 30 });
  assert.equal(f.IPM!.held, 2024);
  assert.deepEqual(
    f.IPM!.notLoaded.map((n) => [n.dataYear, n.releases.map((r) => r.region)]),
    [[2025, ["0000"]]],
  );
  // IKG: Kotabaru holds 2023; the national release of 2024 (5 May 2025) is listed.
  assert.equal(f.IKG!.held, 2023);
  assert.deepEqual(
    f.IKG!.notLoaded.map((n) => n.dataYear),
    [2024],
  );
});

test("a release after today is not yet published: nothing is listed", () => {
  const f = byCode({ year: 2025, month: 11, day: 4 });
  assert.deepEqual(f.IPM!.notLoaded, []);
  assert.deepEqual(byCode({ year: 2025, month: 5, day: 4 }).IKG!.notLoaded, []);
  assert.deepEqual(
    byCode({ year: 2025, month: 5, day: 5 }).IKG!.notLoaded.map((n) => n.dataYear),
    [2024],
  );
});

test("an index with no dated release in the calendar says so instead of guessing", () => {
  const f = byCode({ year: 2026, month: 11, day: 30 });
  assert.equal(f.IPG!.calendarKnown, false);
  assert.deepEqual(f.IPG!.notLoaded, []);
  assert.equal(f.IPM!.calendarKnown, true);
});

test("once the steward loads Kotabaru's IPM 2025, it is no longer listed", () => {
  const d = miniDataset((files) => ({
    observations: `${files.observations}6302,IPM,2025,73.00,UHH-LF2020,fixture-bps,\n`,
  }));
  const f = freshness(d, "6302", { year: 2026, month: 11, day: 30 }).find((x) => x.indicator === "IPM")!;
  assert.equal(f.held, 2025);
  assert.deepEqual(f.notLoaded, []);
});
