import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { buildDeck } from "./deck";
import { deckToPptx } from "./deck-pptx";
import { toSiteData } from "./site";

const asOf = { year: 2026, month: 11, day: 30 };
const kotabaru = toSiteData(miniDataset(), asOf);

describe("buildDeck", () => {
  it("Kotabaru: the scorecard first, one slide per index, what to confirm, institutions, sources; every slide has notes", () => {
    const deck = buildDeck(kotabaru, "id");
    assert.deepEqual(
      deck.slides.map((s) => s.kind),
      ["scorecard", "indicator", "rank", "rank", "indicator", "decisions", "institutions", "sources"],
    );
    for (const s of deck.slides) {
      if ("source" in s && s.kind !== "decisions") assert.match(s.source, /^Sumber: /);
      assert.ok(s.notes.length > 0, `${s.kind} has speaker notes`);
    }
    const first = deck.slides[0]!;
    assert.ok(first.kind === "scorecard");
    assert.equal(first.title, "Posisi menuju 2029 · Kabupaten Kotabaru");
    assert.match(first.sentence, /^0 dari 2 target 2029 di jalur/);
  });

  it("IKG's slide says what the target needs; IPG's leads with its rank and the missing target", () => {
    const deck = buildDeck(kotabaru, "id");
    const ikg = deck.slides.find((s) => s.kind === "indicator" && s.code === "IKG");
    assert.ok(ikg && ikg.kind === "indicator");
    assert.equal(ikg.status, "stalled");
    // Lower is better: the title says "turun 0,0202", not "−0,0202".
    assert.match(ikg.title, /perlu turun 0,0202 poin per tahun untuk mencapai 0,450 pada 2029/);
    const ipg = deck.slides.find((s) => s.kind === "rank" && s.code === "IPG");
    assert.ok(ipg && ipg.kind === "rank");
    assert.equal(ipg.title, "IPG Kotabaru terendah di Provinsi Kalimantan Selatan (5 dari 5); target 2029 belum ditetapkan");
    assert.ok(ipg.bars.some((b) => b.focus && b.label === "Kotabaru"));
  });

  it("the decisions slide names both baselines to confirm, with the step", () => {
    const d = buildDeck(kotabaru, "en").slides.find((s) => s.kind === "decisions");
    assert.ok(d && d.kind === "decisions");
    assert.equal(d.title, "To confirm: the IPM and IKG baselines");
    assert.match(
      d.items[1]!.step,
      /^Ask BAPPERIDA and BPS Kotabaru to confirm the value and year of the IKG baseline \(0\.551 or 0\.571\)/,
    );
  });

  it("another regency (Tabalong) gets the same deck about Tabalong: no targets, so every index leads with its rank", () => {
    const tabalong = toSiteData(
      miniDataset((f) => ({ settings: f.settings.replace("6302", "6309") })),
      asOf,
    );
    const deck = buildDeck(tabalong, "en");
    assert.ok(deck.slides[0]!.kind === "scorecard" && deck.slides[0]!.title.includes("Kabupaten Tabalong"));
    assert.deepEqual(
      deck.slides.flatMap((s) => (s.kind === "rank" || s.kind === "indicator" ? [s.kind] : [])),
      ["rank", "rank", "rank", "rank"],
    );
  });

  it("the PowerPoint file is a zip with the deck's slides and their speaker notes", async () => {
    const buf = await deckToPptx(buildDeck(kotabaru, "id"));
    assert.equal(buf.subarray(0, 2).toString(), "PK");
    const names = new Set(buf.toString("latin1").match(/ppt\/notesSlides\/notesSlide\d+\.xml/g));
    assert.equal(names.size, buildDeck(kotabaru, "id").slides.length);
  });
});
