import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { planYear } from "@/lib/metrics/assess";
import { buildDeck } from "./deck";
import { deckToPptx } from "./deck-pptx";

const d = miniDataset();

describe("buildDeck", () => {
  it("Kotabaru: title, four indicator slides, ranking, institutions, sources; every slide says where it comes from", () => {
    const focus = d.regions.find((r) => r.code === "6302")!;
    const deck = buildDeck(d, focus, planYear(d, "6302"), "id");
    assert.deepEqual(
      deck.slides.map((s) => s.kind),
      ["title", "indicator", "indicator", "indicator", "indicator", "ranking", "institutions", "sources"],
    );
    for (const s of deck.slides) if ("source" in s) assert.match(s.source, /^Sumber: /);
    const ikg = deck.slides.find((s) => s.kind === "indicator" && s.code === "IKG");
    assert.ok(ikg && ikg.kind === "indicator");
    assert.equal(ikg.status, "stalled");
    // Lower is better: the title says "turun 0,0202", not "−0,0202".
    assert.match(ikg.title, /perlu turun 0,0202 poin per tahun untuk mencapai 0,450 pada 2029/);
  });

  it("another regency (Tabalong) is the same deck about Tabalong, with targets not yet set", () => {
    const focus = d.regions.find((r) => r.code === "6309")!;
    const deck = buildDeck(d, focus, planYear(d, "6309"), "en");
    const title = deck.slides[0]!;
    assert.ok(title.kind === "title" && title.title.includes("Kabupaten Tabalong"));
    const statuses = deck.slides.flatMap((s) => (s.kind === "indicator" ? [s.status] : []));
    assert.deepEqual(statuses, ["no-target", "no-target", "no-target", "no-target"]);
    assert.ok(deck.slides.some((s) => s.kind === "ranking" && s.bars.some((b) => b.focus && b.label === "Tabalong")));
  });

  it("the PowerPoint file is a zip with the deck's slides", async () => {
    const focus = d.regions.find((r) => r.code === "6302")!;
    const buf = await deckToPptx(buildDeck(d, focus, 2029, "id"));
    assert.equal(buf.subarray(0, 2).toString(), "PK");
    assert.ok(buf.length > 50_000);
  });
});
