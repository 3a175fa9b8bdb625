import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { componentsModel } from "./components";

/**
 * The mini fixture plus IPM components (test values; the fixture's sources say so). Kotabaru (6302) and
 * Kalsel (6300) have life expectancy and expected schooling in the same year and series; mean schooling
 * only in different years or series (so it must not be compared); expenditure nothing for Kotabaru.
 */
function withComponents() {
  const ind = (code: string, name: string, unit: string, decimals: number, order: number, office: string, officeEn: string) =>
    `${code},IPM,${name},${name} (en),Definisi ${code}.,Definition ${code}.,${unit},${unit} (en),0,100000,higher,${decimals},,${order},${office},${officeEn}`;
  const series = (code: string) =>
    [
      `${code},UHH-LF2020,Metode baru (resmi),New method (official),Baru.,New.,yes,,,`,
      `${code},pre-2023-release,Metode lama,Old method,Lama.,Old.,no,,,`,
      `${code},pre-2023-method-continued,"Metode lama, dilanjutkan","Old method, continued",Lanjut.,Continued.,no,,,`,
    ].join("\n");
  return miniDataset((f) => ({
    indicators: [
      f.indicators.trimEnd(),
      ind("IPM_UHH", "Umur harapan hidup (UHH)", "tahun", 2, 5, "Dinas Kesehatan", "Health Office"),
      ind("IPM_HLS", "Harapan lama sekolah (HLS)", "tahun", 2, 6, "Dinas Pendidikan", "Education Office"),
      ind("IPM_RLS", "Rata-rata lama sekolah (RLS)", "tahun", 2, 7, "Dinas Pendidikan", ""),
      ind("IPM_PENGELUARAN", "Pengeluaran per kapita", "ribu rupiah", 0, 8, "", ""),
    ].join("\n"),
    series: [f.series.trimEnd(), ...["IPM_UHH", "IPM_HLS", "IPM_RLS", "IPM_PENGELUARAN"].map(series)].join("\n"),
    observations: [
      f.observations.trimEnd(),
      "6302,IPM_UHH,2023,69.77,pre-2023-method-continued,fixture-dataset,",
      "6302,IPM_UHH,2024,69.93,pre-2023-method-continued,fixture-bps,",
      "6300,IPM_UHH,2024,69.65,pre-2023-method-continued,fixture-bps,",
      // The province's official-series value of the same year must not be compared with an old-method value.
      "6300,IPM_UHH,2024,74.18,UHH-LF2020,fixture-news,",
      "6302,IPM_HLS,2024,12.08,pre-2023-method-continued,fixture-bps,",
      "6300,IPM_HLS,2024,12.87,pre-2023-method-continued,fixture-bps,",
      "6302,IPM_RLS,2024,7.56,pre-2023-method-continued,fixture-bps,",
      "6300,IPM_RLS,2022,8.46,pre-2023-release,fixture-bps,",
      "6300,IPM_RLS,2024,8.62,UHH-LF2020,fixture-bps,",
      "6300,IPM_PENGELUARAN,2024,13399,pre-2023-method-continued,fixture-bps,",
      "6302,IKG_MTF,2023,0.200,single,fixture-bps,",
      "6300,IKG_MTF,2023,0.150,single,fixture-bps,",
    ].join("\n"),
  }));
}

const regionOf = (d: ReturnType<typeof miniDataset>, code: string) => d.regions.find((r) => r.code === code)!;
const indicatorOf = (d: ReturnType<typeof miniDataset>, code: string) => d.indicators.find((i) => i.code === code)!;

describe("componentsModel (levers)", () => {
  it("each component: the focus region's latest value, the province in the same year and series, the gap, the office, the source", () => {
    const d = withComponents();
    const m = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "6302"), "id")!;
    assert.equal(m.heading, "Komponen sebagai pengungkit: Kotabaru dibanding Kalsel");
    assert.deepEqual(
      m.rows.map((r) => r.code),
      ["IPM_UHH", "IPM_HLS", "IPM_RLS", "IPM_PENGELUARAN"],
    );
    const uhh = m.rows[0]!;
    assert.deepEqual(uhh.focus, {
      value: 69.93,
      text: "69,93",
      year: 2024,
      series: "Metode lama, dilanjutkan",
      seriesCode: "pre-2023-method-continued",
    });
    // Same year and series: the old-method 69,65, not the official-series 74,18 of the same year.
    assert.deepEqual(uhh.province, { value: 69.65, text: "69,65" });
    assert.deepEqual(uhh.gap, { difference: 0.28, verdict: "better", text: "+0,28", word: "lebih baik" });
    assert.equal(uhh.office, "Dinas Kesehatan");
    assert.deepEqual(uhh.sources, ["BPS"]);
    const hls = m.rows[1]!;
    assert.equal(hls.gap?.text, "−0,79");
    assert.equal(hls.gap?.word, "lebih buruk");
    assert.equal(hls.office, "Dinas Pendidikan");
  });

  it("never compares across years or series: the province's missing value is said, not filled in", () => {
    const d = withComponents();
    const rls = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "6302"), "id")!.rows[2]!;
    assert.equal(rls.focus?.text, "7,56");
    assert.equal(rls.province, null);
    assert.equal(rls.gap, null);
    assert.equal(rls.provinceMissing, "Kalsel belum punya nilai 2024 pada seri ini");
  });

  it("a component with no value for the focus region says so and shows how to add it, never a number", () => {
    const d = withComponents();
    const m = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "6302"), "id")!;
    const exp = m.rows[3]!;
    assert.equal(exp.focus, null);
    assert.equal(exp.province, null);
    assert.equal(exp.gap, null);
    assert.equal(exp.provinceMissing, null);
    assert.equal(exp.office, null);
    assert.deepEqual(m.howToAdd?.commands, [
      "npm run data:import -- TABEL-BPS.csv --indicator IPM_PENGELUARAN --source ID-SUMBER",
    ]);
    const [header, row, ...rest] = m.howToAdd!.template.split("\n");
    assert.equal(header, "region,indicator,year,value,series,source,note");
    assert.equal(rest.length, 0);
    // The headline series is filled in; the year, value and source are placeholders.
    assert.equal(row, '6302,IPM_PENGELUARAN,TAHUN,NILAI,UHH-LF2020,ID-SUMBER,"Tabel BPS ..., baris ..., kolom TAHUN"');
  });

  it("says which components hold the region back and which are ahead; lists every source for the page", () => {
    const d = withComponents();
    const m = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "6302"), "id")!;
    assert.equal(
      m.summary,
      "Kotabaru di bawah Kalsel pada: Harapan lama sekolah (HLS). Kotabaru lebih baik dari Kalsel pada: Umur harapan hidup (UHH).",
    );
    assert.deepEqual(m.sourceIds, ["fixture-bps"]);
  });

  it("the same in English: English offices (or the Indonesian name where none is given), English words", () => {
    const d = withComponents();
    const m = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "6302"), "en")!;
    assert.equal(m.heading, "Components as levers: Kotabaru against Kalsel");
    assert.equal(m.rows[0]!.office, "Health Office");
    assert.equal(m.rows[0]!.focus?.text, "69.93");
    assert.equal(m.rows[0]!.focus?.series, "Old method, continued");
    assert.equal(m.rows[0]!.gap?.word, "better");
    assert.equal(m.rows[2]!.office, "Dinas Pendidikan");
    assert.equal(m.rows[2]!.provinceMissing, "no Kalsel value for 2024 in this series");
    assert.equal(m.howToAdd?.commands[0], "npm run data:import -- BPS-TABLE.csv --indicator IPM_PENGELUARAN --source SOURCE-ID");
  });

  it("IKG components: lower is better, so a higher share than the province is worse", () => {
    const d = withComponents();
    const m = componentsModel(d, indicatorOf(d, "IKG"), regionOf(d, "6302"), "id")!;
    const mtf = m.rows.find((r) => r.code === "IKG_MTF")!;
    assert.equal(mtf.gap?.text, "+0,050");
    assert.equal(mtf.gap?.word, "lebih buruk");
    assert.equal(mtf.office, "Dinas Kesehatan");
    assert.equal(m.howToAdd, null);
  });

  it("the fixture as it is: IKG_MTF has only a national value, so Kotabaru's row is missing and the page shows the import", () => {
    const d = miniDataset();
    const m = componentsModel(d, indicatorOf(d, "IKG"), regionOf(d, "6302"), "en")!;
    assert.equal(m.rows.length, 1);
    assert.equal(m.rows[0]!.focus, null);
    assert.deepEqual(m.howToAdd?.commands, ["npm run data:import -- BPS-TABLE.csv --indicator IKG_MTF --source SOURCE-ID"]);
    assert.equal(m.summary, "");
  });

  it("no components, no section; a region without a parent has nothing to compare with", () => {
    const d = withComponents();
    assert.equal(componentsModel(d, indicatorOf(d, "IDG"), regionOf(d, "6302"), "id"), null);
    const m = componentsModel(d, indicatorOf(d, "IPM"), regionOf(d, "0000"), "id")!;
    assert.equal(m.provinceName, null);
    assert.ok(m.rows.every((r) => r.province === null));
  });
});
