import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { firstComparableYear, peerBand, startingPointPeers, type PeerComparison } from "./peers";
import { observationsCsv, regionsCsv, type ObservationTuple } from "./test-national";

// Thirty kab/kota in two provinces. IKG (lower is better), start 2018, latest 2023; Kotabaru (6302)
// starts at 0.576 and ends at 0.571 (change −0.005).
// [region, 2018, 2023] — 2023 null = no value in the series.
const IKG: Array<[string, number | null, number | null]> = [
  ["6302", 0.576, 0.571],
  // Within ±0.02 of 0.576 (10 kab/kota; 0.556 and 0.596 exactly on the edge).
  ["6301", 0.556, 0.456], // −0.100
  ["6303", 0.56, 0.54], // −0.020
  ["6304", 0.565, null], // no 2023 value at all
  ["6305", 0.57, 0.57], // 0.000
  ["6306", 0.575, 0.585], // +0.010
  ["6307", 0.58, 0.57], // −0.010
  ["6308", 0.585, null], // 2023 only in another series (below)
  ["6309", 0.59, 0.65], // +0.060
  ["6310", 0.596, 0.546], // −0.050
  ["6311", 0.558, 0.563], // +0.005
  // Within ±0.03 (10 more; 0.546 and 0.606 on the edge).
  ["6312", 0.546, 0.536], // −0.010
  ["6313", 0.548, 0.548], // 0.000
  ["6371", 0.55, 0.57], // +0.020
  ["6372", 0.552, 0.522], // −0.030
  ["6401", 0.554, 0.474], // −0.080
  ["6402", 0.599, 0.629], // +0.030
  ["6403", 0.6, 0.58], // −0.020
  ["6404", 0.602, 0.642], // +0.040
  ["6405", 0.604, 0.544], // −0.060
  ["6406", 0.606, 0.656], // +0.050
  // Within ±0.04 (2 more, 0.036 away).
  ["6407", 0.54, 0.5], // −0.040
  ["6408", 0.612, 0.622], // +0.010
  // Far away.
  ["6409", 0.3, 0.29], // −0.010
  ["6410", 0.32, 0.3], // −0.020
  ["6411", 0.35, 0.33], // −0.020
  ["6412", 0.38, 0.37], // −0.010
  ["6413", null, null], // values in 2019 and 2020 only (below)
  ["6471", 0.42, 0.41],
  ["6472", null, 0.44], // no 2018 value: its first comparable year is 2023
];

// [region, 2017, 2023]: 6402, 6403 and 6404 within ±1 point of 6401; the other eleven 10 points or more away (50 … 60).
const IDG_KALTIM: Array<[string, number, number]> = [
  ["6401", 70, 72], // +2
  ["6402", 70.5, 75.5], // +5
  ["6403", 69, 68], // −1
  ["6404", 71, 73], // +2
  ...["6405", "6406", "6407", "6408", "6409", "6410", "6411", "6412", "6413", "6471", "6472"].map(
    (region, i): [string, number, number] => [region, 50 + i, 51 + i],
  ),
];

const rows: ObservationTuple[] = [
  ...IKG.flatMap(([region, start, latest]): ObservationTuple[] => [
    ...(start === null ? [] : [[region, "IKG", 2018, start] as ObservationTuple]),
    ...(latest === null ? [] : [[region, "IKG", 2023, latest] as ObservationTuple]),
  ]),
  ["6308", "IKG", 2023, 0.4, "alt"],
  // The province and Indonesia start exactly where Kotabaru starts; they are never peers.
  ["6300", "IKG", 2018, 0.576],
  ["6300", "IKG", 2023, 0.507],
  ["0000", "IKG", 2018, 0.576],
  ["0000", "IKG", 2023, 0.447],
  // 2017: only three kab/kota (3 of 30 < 90 %), so not the first comparable year.
  ["6302", "IKG", 2017, 0.58],
  ["6301", "IKG", 2017, 0.56],
  ["6303", "IKG", 2017, 0.56],
  // IDG (higher is better) within the Kaltim-like province only: 6401 starts at 70.0 in 2017.
  ...IDG_KALTIM.flatMap(([region, start, latest]): ObservationTuple[] => [
    [region, "IDG", 2017, start],
    [region, "IDG", 2023, latest],
  ]),
  // 2019 and 2020: only 6413 (1 of 30).
  ["6413", "IKG", 2019, 0.4],
  ["6413", "IKG", 2020, 0.39],
];

const d = miniDataset((f) => ({
  regions: regionsCsv({
    "63": [
      "6301",
      "6302",
      "6303",
      "6304",
      "6305",
      "6306",
      "6307",
      "6308",
      "6309",
      "6310",
      "6311",
      "6312",
      "6313",
      "6371",
      "6372",
    ],
    "64": [
      "6401",
      "6402",
      "6403",
      "6404",
      "6405",
      "6406",
      "6407",
      "6408",
      "6409",
      "6410",
      "6411",
      "6412",
      "6413",
      "6471",
      "6472",
    ],
  }),
  observations: observationsCsv(rows),
  series: f.series + "IKG,alt,Seri lain,Other series,Uji.,Test.,no,,,\n",
}));

const close = (actual: number | undefined, expected: number) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

function peersOf(region: string, options?: Parameters<typeof startingPointPeers>[4]): PeerComparison {
  const r = startingPointPeers(d, "IKG", "single", region, options);
  assert.equal(r.kind, "peers", JSON.stringify(r));
  return r as PeerComparison;
}

describe("firstComparableYear", () => {
  it("IKG: 2018 (28 of 30 kab/kota, ≥ 27 = 90 %), not 2017 (3 of 30)", () =>
    assert.equal(firstComparableYear(d, "IKG", "single", "6302"), 2018));
  it("a region without a 2018 value starts at the next bulk year, 2023 (27 of 30)", () =>
    assert.equal(firstComparableYear(d, "IKG", "single", "6472"), 2023));
  it("a region with values only in 2019 and 2020 (1 of 30 each) has none", () =>
    assert.equal(firstComparableYear(d, "IKG", "single", "6413"), null));
});

describe("peerBand", () => {
  it("IKG ±0.02 widening by 0.01 up to ±0.08; IPM ±1 by 0.5 up to ±4; a component from its range (0–1: 0.02, 0.01)", () => {
    const ind = (code: string) => d.indicators.find((i) => i.code === code)!;
    assert.deepEqual(peerBand(ind("IKG")), { start: 0.02, step: 0.01, widest: 0.08 });
    assert.deepEqual(peerBand(ind("IPM")), { start: 1, step: 0.5, widest: 4 });
    assert.deepEqual(peerBand(ind("IKG_MTF")), { start: 0.02, step: 0.01, widest: 0.08 });
  });
});

describe("startingPointPeers", () => {
  const p = peersOf("6302");
  it("band widens ±0.02 (8 with 2023) → ±0.03 (18) → ±0.04 (20): two widenings, 22 in band", () => {
    assert.deepEqual([p.startYear, p.latestYear, p.band, p.widenings, p.reachedMinimum], [2018, 2023, 0.04, 2, true]);
    assert.deepEqual([p.inBand, p.peers.length], [22, 20]);
  });
  it("6304 (no 2023) and 6308 (2023 only in another series) are left out and listed", () =>
    assert.deepEqual(p.withoutLatest, ["6304", "6308"]));
  it("the province and Indonesia, which start at 0.576 too, are not peers; far regions are not either", () => {
    const codes = p.peers.map((x) => x.region);
    assert.ok(!codes.includes("6300") && !codes.includes("0000") && !codes.includes("6409"));
  });
  it("Kotabaru −0.005; peers' change Q1 −0.0325, median −0.005, Q3 +0.0125 (n = 20, h = 4.75, 9.5, 14.25)", () => {
    assert.deepEqual(p.focus, { start: 0.576, latest: 0.571, change: -0.005 });
    close(p.change?.q1, -0.0325);
    close(p.change?.median, -0.005);
    close(p.change?.q3, 0.0125);
    assert.deepEqual([p.change?.min, p.change?.max], [-0.1, 0.06]);
  });
  it("IKG, a fall is better: 10 peers fell more than 0.005, so Kotabaru is 11 of 21, percentile (10 + 1/2)/21 = 50", () =>
    assert.deepEqual(p.place, { rank: 11, of: 21, percentile: 50 }));
  it("moved most: the five largest falls, with province, start, latest and change", () =>
    assert.deepEqual(p.movedMost, [
      { region: "6301", province: "6300", start: 0.556, latest: 0.456, change: -0.1 },
      { region: "6401", province: "6400", start: 0.554, latest: 0.474, change: -0.08 },
      { region: "6405", province: "6400", start: 0.604, latest: 0.544, change: -0.06 },
      { region: "6310", province: "6300", start: 0.596, latest: 0.546, change: -0.05 },
      { region: "6407", province: "6400", start: 0.54, latest: 0.5, change: -0.04 },
    ]));
  it("the widest band (±0.08) cannot reach 20 for 0.300: three peers (0.320, 0.350, 0.380 on the edge), reachedMinimum false", () => {
    const far = peersOf("6409", { top: 2 });
    assert.deepEqual([far.band, far.widenings, far.reachedMinimum, far.inBand], [0.08, 6, false, 3]);
    // Falls of 0.02, 0.02 (ties by code), 0.01; 6409 fell 0.01: rank 3 of 4, percentile (0 + 2/2)/4 = 25.
    assert.deepEqual(
      far.peers.map((x) => [x.region, x.change]),
      [
        ["6410", -0.02],
        ["6411", -0.02],
        ["6412", -0.01],
      ],
    );
    assert.deepEqual(far.place, { rank: 3, of: 4, percentile: 25 });
    assert.deepEqual([far.change?.q1, far.change?.median, far.change?.q3], [-0.02, -0.02, -0.015]);
    assert.deepEqual(
      far.movedMost.map((x) => x.region),
      ["6410", "6411"],
    );
  });
  it("within the Kalsel-like province (15 kab/kota): all 14 others start within ±0.03, 12 with 2023, so it widens to ±0.08 and says so", () => {
    const k = peersOf("6302", { within: "6300" });
    assert.deepEqual([k.band, k.reachedMinimum, k.inBand, k.peers.length], [0.08, false, 14, 12]);
    assert.deepEqual(k.withoutLatest, ["6304", "6308"]);
  });
  it("IDG, higher is better, within 6400: +5 (6402) moved most, 6401's +2 ties 6404 at rank 2 of 4, percentile (1 + 2/2)/4 = 50", () => {
    const r = startingPointPeers(d, "IDG", "single", "6401", { within: "6400" });
    assert.equal(r.kind, "peers");
    const idg = r as PeerComparison;
    // ±1 holds three (0.5 away, and 69 and 71 exactly on the edge); the next nearest is 10 away, so ±4 and fewer than 20.
    assert.deepEqual([idg.startYear, idg.band, idg.widenings, idg.reachedMinimum, idg.inBand], [2017, 4, 6, false, 3]);
    assert.deepEqual(
      idg.peers.map((x) => [x.region, x.change]),
      [
        ["6402", 5],
        ["6404", 2],
        ["6403", -1],
      ],
    );
    assert.deepEqual(idg.place, { rank: 2, of: 4, percentile: 50 });
    // Changes −1, 2, 5: Q1 = −1 + 0.5 · 3 = 0.5, median 2, Q3 = 2 + 0.5 · 3 = 3.5.
    assert.deepEqual([idg.change?.q1, idg.change?.median, idg.change?.q3], [0.5, 2, 3.5]);
  });
  it("unavailable, with the reason: a province, no start year, no later year, an unknown index", () => {
    assert.deepEqual(startingPointPeers(d, "IKG", "single", "6300"), { kind: "unavailable", reason: "not-kab-kota" });
    assert.deepEqual(startingPointPeers(d, "IKG", "single", "6413"), { kind: "unavailable", reason: "no-start-year" });
    assert.deepEqual(startingPointPeers(d, "IKG", "single", "6304"), { kind: "unavailable", reason: "no-later-year" });
    assert.deepEqual(startingPointPeers(d, "IKG", "single", "6472"), { kind: "unavailable", reason: "no-later-year" });
    assert.deepEqual(startingPointPeers(d, "XYZ", "single", "6302"), { kind: "unavailable", reason: "unknown-indicator" });
  });
});
