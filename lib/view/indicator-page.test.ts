import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { findHeadlineIndicator, indicatorPageModel, indicatorParams } from "./indicator-page";
import { toSiteData } from "./site";

const site = toSiteData(miniDataset());
const page = (code: string, lang: "id" | "en" = "id") => indicatorPageModel(site, findHeadlineIndicator(site, code)!, lang);

describe("indicatorPageModel", () => {
  it("one page per headline index, addressed in lower case", () =>
    assert.deepEqual(
      indicatorParams(site).map((p) => p.kode),
      ["ipm", "ipg", "idg", "ikg"],
    ));

  it("IKG: the facts a planner checks, in the page's number format", () => {
    const m = page("IKG");
    const fact = (label: string) => m.facts.find((f) => f.label.startsWith(label))?.value;
    assert.equal(fact("Nilai terakhir"), "0,571 (2023)");
    assert.equal(fact("Target 2029"), "0,450");
    assert.equal(fact("Laju dibutuhkan"), "−0,0202/tahun");
    assert.equal(page("IKG", "en").facts.find((f) => f.label === "Pace needed")?.value, "−0.0202/year");
  });

  it("IKG: the trend chart carries the target path and the projection, its data the BPS values, the paper's value and the target", () => {
    const m = page("IKG");
    assert.ok(m.trend.props.path && m.trend.props.projection && m.trend.props.target);
    const values = m.trend.rows.map((r) => r.value);
    for (const v of [0.576, 0.571, 0.551, 0.45]) assert.ok(values.includes(v), String(v));
    assert.equal(m.scenario, null); // an official target exists
  });

  it("IPG: no target, so the scenario box is offered from the latest value", () => {
    const m = page("IPG");
    assert.deepEqual(m.scenario?.points.at(-1), { year: 2023, value: 85.05 });
    assert.equal(m.scenario?.targetYear, 2029);
    assert.ok(m.trend.props.scenario);
  });

  it("ranking, rank history, peers and sources are all there", () => {
    const m = page("IKG");
    assert.equal(m.ranking?.bars.length, 5);
    assert.match(m.ranking!.title, /Kotabaru peringkat 4 dari 5/);
    assert.deepEqual(m.rankHistory.at(-1), { year: 2023, rank: 4, of: 5, series: "Seri BPS" });
    assert.ok(m.peers.defaults.includes("6302"));
    assert.deepEqual(m.sources.map((s) => s.id).sort(), ["fixture-bps", "fixture-news", "fixture-paper"]); // news: Indonesia's 2024 IKG on the peers chart
  });
});
