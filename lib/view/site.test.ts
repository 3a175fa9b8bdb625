import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { siteNavModel, toSiteData } from "./site";

describe("site", () => {
  const site = toSiteData(miniDataset());
  it("the focus region and plan year come from the data", () =>
    assert.deepEqual([site.focus.code, site.planYear], ["6302", 2029]));
  it("the navigation has an indicator link per headline index, in the page's language", () => {
    const nav = siteNavModel(site, "en");
    assert.equal(nav.region, "Kabupaten Kotabaru");
    assert.deepEqual(
      nav.items.slice(0, 5).map((i) => i.href),
      ["/en", "/en/indikator/ipm", "/en/indikator/ipg", "/en/indikator/idg", "/en/indikator/ikg"],
    );
  });
  it("without data the navigation still works, without indicator links", () =>
    assert.deepEqual(
      siteNavModel(null, "id").items.map((i) => i.href),
      ["/", "/perbandingan", "/kelembagaan", "/data", "/periksa", "/presentasi"],
    ));
});
