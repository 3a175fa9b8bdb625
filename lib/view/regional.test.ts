import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { gapView, mapBlock, rankChartView } from "./regional";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset(), { year: 2026, month: 11, day: 30 });
const indicator = (code: string) => site.dataset.indicators.find((i) => i.code === code)!;

describe("regional views", () => {
  it("gap to the leaders in words: behind or ahead, and whether it closes at the current paces", () => {
    const g = gapView(site, indicator("IKG"), 2023, "id")!;
    assert.deepEqual(
      g.rows.map((r) => [r.against, r.behind, r.catchUp]),
      [
        ["Provinsi (Kalsel)", "0,064 di belakang", "laju belum dapat dihitung"],
        ["Kabupaten/kota terbaik (Banjarbaru; peraih APE 2023 Pratama)", "0,211 di belakang", "tidak terkejar pada laju ini"],
        ["Peraih APE 2023: Banjar (Pratama)", "0,121 di belakang", "tidak terkejar pada laju ini"],
        ["Peraih APE 2023: Tabalong (Pratama)", "0,009 di depan", "sudah di depan"],
      ],
    );
    assert.equal(gapView(site, indicator("IKG"), 2023, "en")!.rows[3]!.catchUp, "already ahead");
  });

  it("rank over time: a line only within one series, the change marked", () => {
    const r = rankChartView(site, indicator("IPM"), "id")!;
    for (const s of r.segments) for (let i = 1; i < s.length; i++) assert.equal(s[i]!.year, s[i - 1]!.year + 1);
    assert.ok(r.rows.every((row) => row.region_code === "6302" && Number.isInteger(row.value)));
    assert.equal(r.rows.length, r.segments.flat().length);
  });

  it("without a boundary file the map says so instead of drawing half a map", () => {
    const m = mapBlock(site, indicator("IKG"), 2023, "id");
    assert.equal(m.view, null);
    assert.match(m.problem!, /kalsel-kabkota\.geojson/);
  });
});
