import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseBoundaries, type Boundary } from "@/lib/data/boundaries";
import { miniDataset } from "@/lib/data/test-fixture";
import { MAP_PALETTE } from "@/lib/chart/map";
import { mapView } from "./map";

const d = miniDataset();
const parsed = parseBoundaries(
  "peta/kalsel-kabkota.geojson",
  readFileSync("lib/data/fixtures/mini/peta/kalsel-kabkota.geojson", "utf8"),
);
assert.ok(parsed.ok);
const boundaries: Boundary[] = parsed.boundaries;
const ikg = d.indicators.find((i) => i.code === "IKG")!;
const ipm = d.indicators.find((i) => i.code === "IPM")!;
const kotabaru = d.regions.find((r) => r.code === "6302")!;

describe("map", () => {
  it("IKG 2023: each region named with its value and rank; no value is hatched and says so; Kotabaru outlined and labelled", () => {
    const m = mapView(d, boundaries, ikg, 2023, kotabaru, "id")!;
    const by = (code: string) => m.regions.find((r) => r.code === code)!;
    assert.equal(by("6372").tip, "Banjarbaru: 0,360 (peringkat 1 dari 5)");
    assert.equal(by("6372").fill, MAP_PALETTE[4]); // the lowest IKG, the best
    assert.equal(by("6309").fill, MAP_PALETTE[0]); // the highest IKG, the worst
    assert.equal(by("6304").fill, null);
    assert.equal(by("6304").tip, "Barito Kuala: tidak ada data");
    assert.ok(by("6302").focus);
    assert.equal(m.focusLabel?.text, "Kotabaru 0,571");
    assert.equal(m.title, "IKG 2023 di peta Kalimantan Selatan: Kotabaru peringkat 4 dari 5");
    assert.match(m.summary, /Tidak ada data: Barito Kuala\.$/);
    assert.deepEqual(m.legend[0], { fill: MAP_PALETTE[4], label: "0,360–0,404" });
    assert.equal(m.rows.length, 5);
  });

  it("an islet too small to draw is left out of the path; English tooltips are English", () => {
    const m = mapView(d, boundaries, ipm, 2024, kotabaru, "en");
    assert.ok(m);
    const path = m.regions.find((r) => r.code === "6302")!.path;
    assert.equal(path.match(/M/g)!.length, 1);
    assert.match(m.regions.find((r) => r.code === "6304")!.tip, /: no data$/);
  });

  it("a boundary file of the wrong shape is refused with the field and what to do", () => {
    const r = parseBoundaries(
      "peta/x.geojson",
      JSON.stringify({ type: "FeatureCollection", features: [{ properties: { nama: "X" }, geometry: null }] }),
    );
    assert.ok(!r.ok && r.problem);
    assert.match(r.problem, /^peta\/x\.geojson: features\.0\.properties\.wilayah_id: .*wilayah_id \(4-digit BPS code\)/);
  });
});
