import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { findHeadlineIndicator, indicatorPageModel, indicatorParams } from "./indicator-page";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset(), { year: 2026, month: 11, day: 30 });
const page = (code: string, lang: "id" | "en" = "id") => indicatorPageModel(site, findHeadlineIndicator(site, code)!, lang);

describe("indicatorPageModel", () => {
  it("one page per headline index, addressed in lower case", () =>
    assert.deepEqual(
      indicatorParams(site).map((p) => p.kode),
      ["ipm", "ipg", "idg", "ikg"],
    ));

  it("IKG: the position a planner checks, in the page's number format", () => {
    const p = page("IKG").position;
    assert.deepEqual(p.official, { value: "0,571", year: 2023, series: null, source: "BPS" });
    assert.equal(p.target, "0,450");
    assert.equal(p.required, "−0,0202/tahun");
    assert.equal(page("IKG", "en").position.required, "−0.0202/year");
  });

  it("IPM: the summary leads with BPS's official value, says the target's basis, and is said once", () => {
    const m = page("IPM");
    assert.equal(m.narrative[0], "IPM Kotabaru 2024 sebesar 72,42, menurut metode baru (resmi).");
    assert.ok(
      m.narrative.includes("Target 75,37 ditetapkan pada metode lama, dilanjutkan; pada metode itu nilai 2024 adalah 70,61."),
    );
    assert.equal(m.narrative.at(-1), "Status: perlu percepatan.");
  });

  it("trend data: each published value once; the paper's value that is also the baseline is flagged, not repeated", () => {
    for (const code of ["IPM", "IKG"]) {
      const rows = page(code).trend.rows;
      const keys = rows.map((r) => `${r.region_code}|${r.year}|${r.value}|${r.source_id}`);
      assert.equal(new Set(keys).size, keys.length, code);
    }
    const paper2023 = page("IPM").trend.rows.filter((r) => r.year === 2023 && r.source_id === "fixture-paper");
    assert.deepEqual(
      paper2023.map((r) => [r.value, r.role]),
      [[70.61, "Nilai terbitan lain (sumber atau seri lain); Baseline target"]],
    );
  });

  it("IPM trend: the official series in colour, the target's basis marked, the baseline where it is published, the method break", () => {
    const t = page("IPM").trend.props;
    const byKey = Object.fromEntries(t.lines.map((l) => [l.key, l]));
    assert.equal(byKey["UHH-LF2020"]!.label, "Kotabaru · Metode baru (resmi)");
    assert.equal(byKey["pre-2023-method-continued"]!.label, "Kotabaru · Metode lama, dilanjutkan (basis target RPJMD)");
    assert.notEqual(byKey["UHH-LF2020"]!.color, byKey["pre-2023-release"]!.color);
    assert.deepEqual(t.baseline, { year: 2024, value: 70.61, label: "Baseline target (tertulis 2023)" });
    assert.equal(t.breaks?.length, 1);
    assert.equal(t.breaks![0]!.x, 2019.5);
    assert.match(t.breaks![0]!.tip, /^Desember 2023: BPS beralih ke metode baru \(resmi\) dan menghitung ulang sejak 2020/);
  });

  it("IKG: the trend chart carries the target path and the projection, its data the BPS values, the paper's value and the target", () => {
    const m = page("IKG");
    assert.ok(m.trend.props.path && m.trend.props.projection && m.trend.props.target);
    const values = m.trend.rows.map((r) => r.value);
    for (const v of [0.576, 0.571, 0.551, 0.45]) assert.ok(values.includes(v), String(v));
    assert.equal(m.trend.props.breaks, undefined);
    assert.equal(m.scenario, null); // an official target exists
  });

  it("data notes: a decision per disagreement, the method break, and what BPS has released but is not loaded", () => {
    const ipm = page("IPM").notes;
    assert.equal(ipm.decisions[0]!.title, "Baseline IPM: metode lama atau metode baru?");
    assert.deepEqual(
      ipm.decisions[0]!.outcomes.map((o) => o.statusWord),
      ["Perlu percepatan", "Perlu percepatan"],
    );
    assert.match(ipm.methodBreak!, /^Desember 2023: BPS mengganti cara menghitung IPM/);
    assert.match(ipm.freshness.lines[0]!, /^IPM 2025 sudah dirilis BPS \(Indonesia, 5 November 2025/);
    assert.match(ipm.freshness.step!, /npm run data:import/);
    const ikg = page("IKG").notes;
    assert.equal(ikg.decisions[0]!.title, "Baseline IKG: 0,551 atau 0,571?");
    assert.deepEqual(
      ikg.decisions[0]!.outcomes.map((o) => o.status),
      ["stalled", "needs-acceleration"],
    );
    assert.match(ikg.decisions[0]!.verdict, /^Status berbeda/);
    // IPG: the method change is noted although its new-method values are not loaded; no release date is known.
    const ipg = page("IPG").notes;
    assert.match(ipg.methodBreak!, /nilai metode baru belum dimuat\.$/);
    assert.match(ipg.freshness.lines[0]!, /^Tanggal rilis IPG belum tercatat/);
    assert.equal(page("IDG").notes.freshness.needsAction, true);
  });

  it("IPG: no target, so the scenario box is offered from the latest value", () => {
    const m = page("IPG");
    assert.deepEqual(m.scenario?.points.at(-1), { year: 2023, value: 85.05 });
    assert.equal(m.scenario?.targetYear, 2029);
    assert.ok(m.trend.props.scenario);
  });

  it("ranking, rank history (with the series change marked), peers and sources are all there", () => {
    const m = page("IKG");
    assert.equal(m.ranking?.bars.length, 5);
    assert.match(m.ranking!.title, /Kotabaru peringkat 4 dari 5/);
    assert.deepEqual(m.rankHistory.at(-1), { year: 2023, rank: 4, of: 5, series: "Seri BPS", tied: false, seriesChanged: false });
    assert.ok(m.peers.defaults.includes("6302"));
    assert.deepEqual(m.sources.map((s) => s.id).sort(), ["fixture-bps", "fixture-news", "fixture-paper"]); // news: Indonesia's 2024 IKG on the peers chart
  });
});
