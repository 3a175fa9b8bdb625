import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { scorecardModel } from "./scorecard";
import { toSiteData } from "./site";

const asOf = { year: 2026, month: 11, day: 30 };

describe("scorecardModel", () => {
  it("one sentence for the whole: targets on track, the lowest rank, what has no target (id)", () => {
    const m = scorecardModel(toSiteData(miniDataset(), asOf), "id");
    assert.equal(m.title, "Posisi menuju 2029");
    assert.equal(
      m.sentence,
      "0 dari 2 target 2029 di jalur (IPM perlu percepatan dan IKG stagnan). IPG terendah di Provinsi Kalimantan Selatan (5 dari 5). IPG dan IDG belum punya target 2029.",
    );
    assert.match(m.note, /^Data per 30 November 2026\./);
  });

  it("the same in English", () => {
    const m = scorecardModel(toSiteData(miniDataset(), asOf), "en");
    assert.equal(
      m.sentence,
      "0 of the 2 targets for 2029 on track (IPM needs acceleration and IKG stalled). IPG lowest in Provinsi Kalimantan Selatan (5 of 5). IPG and IDG have no 2029 target yet.",
    );
  });

  it("rows: official value, target or 'not set', projection with its basis, gap, status, rank", () => {
    const rows = scorecardModel(toSiteData(miniDataset(), asOf), "id").rows;
    const ipm = rows.find((r) => r.code === "IPM")!;
    assert.deepEqual(ipm.official, { value: "72,42", year: 2024, series: "Metode baru (resmi)", source: "BPS" });
    assert.equal(ipm.target, "75,37");
    assert.equal(
      ipm.targetBasis,
      "Metode lama, dilanjutkan; setara 77,18 pada metode baru (resmi) (dihitung, bukan target resmi)",
    );
    assert.deepEqual(ipm.projection, { value: "72,76", year: 2029, basis: "Metode lama, dilanjutkan" });
    assert.equal(ipm.gap, "2,61 di bawah target");
    assert.equal(ipm.statusWord, "Perlu percepatan");
    assert.equal(ipm.rank?.text, "3 dari 5");
    const ikg = rows.find((r) => r.code === "IKG")!;
    assert.equal(ikg.gap, "0,115 di atas target");
    assert.equal(rows.find((r) => r.code === "IDG")!.target, null);
  });

  it("a changed figure in a copy of the data changes the scorecard: Kotabaru's IKG 2023 at 0.500 puts IKG on track", () => {
    const edited = miniDataset((f) => ({
      observations: f.observations.replace("6302,IKG,2023,0.571,single,fixture-bps", "6302,IKG,2023,0.500,single,fixture-bps"),
    }));
    const m = scorecardModel(toSiteData(edited, asOf), "id");
    const ikg = m.rows.find((r) => r.code === "IKG")!;
    assert.equal(ikg.official?.value, "0,500");
    assert.equal(ikg.statusWord, "Sesuai jalur");
    assert.match(m.sentence, /^1 dari 2 target 2029 di jalur \(IPM perlu percepatan\)\./);
  });
});
